"""The trained category classifier: its fast path, training, the shipped file, the union."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from nlp.understanding import SignalParser
from nlp.understanding.categories import NAMES
from nlp.understanding.category_model import CategoryModel, default_model, features
from nlp.understanding.category_train import REPO, low_text, train

NOW = datetime(2025, 6, 13, 21, 30, tzinfo=UTC)

TEXTS = [
    "Groepje van 8 bij de jop, blowen + harde muziek 22.30u",
    "geen alcohol gezien, wel een paar flessen bij de bank",
    "niks aan de hand. niet eens muziek, niemand te zien maar wel rommel",
    "ze stonden te sjezen met brommers over het fietspad",
    "",
    "!!!",
    "geen geen geen drank drank",
]

# A word no lexicon knows, so only a trained model can map it to a category.
NONSENSE_ROWS = [
    {"text": "ze zaten weer te flurpen bij de bank", "categories": ["drugs"]},
    {"text": "jongens flurpen achter de sporthal", "categories": ["drugs"]},
    {"text": "flurpen op het schoolplein", "categories": ["drugs"]},
    {"text": "harde muziek bij de bank", "categories": ["geluidsoverlast"]},
    {"text": "muziek op het schoolplein", "categories": ["geluidsoverlast"]},
    {"text": "rustig achter de sporthal", "categories": []},
]


@pytest.fixture(scope="module")
def tiny() -> CategoryModel:
    return train(NONSENSE_ROWS)


@pytest.mark.parametrize("text", TEXTS)
def test_fast_path_equals_feature_list(text: str) -> None:
    """Prediction sums cached word rows as packed integers; it must equal summing
    ``features()`` up to the integer scale (1/4096 per feature)."""
    model = default_model()
    low = low_text(text)
    rows = [model.index[f] for f in features(low) if f in model.index]
    want = model.weights[rows].sum(axis=0) if rows else np.zeros(len(model.categories))
    assert np.allclose(model._sum(low), want, atol=0.01)


def test_negated_words_are_their_own_features() -> None:
    assert "w=alcohol" in features("alcohol gezien")
    assert "nw=alcohol" in features("geen alcohol gezien")
    assert "w=muziek" in features("geen alcohol, wel muziek")


def test_shipped_model_knows_every_category() -> None:
    """A category added to the registry needs a retrained model."""
    assert set(default_model().categories) == set(NAMES)


def test_shipped_model_is_trained_on_the_current_blind_sets() -> None:
    """Editing or adding a labelled set without `make train-categories` leaves a stale
    model; the files it was trained on are recorded with their hashes."""
    trained = {str(e["file"]): e["sha256"] for e in default_model().trained_on}
    blind = sorted(REPO.glob("tests/data/blind*/parse.jsonl"))
    assert blind
    for path in blind:
        rel = str(path.relative_to(REPO))
        assert rel in trained, f"{rel} is not in the model: run make train-categories"
        assert trained[rel] == hashlib.sha256(path.read_bytes()).hexdigest(), rel


def test_training_learns_a_new_word_and_is_deterministic(tiny: CategoryModel) -> None:
    assert "drugs" in tiny.predict(low_text("weer aan het flurpen"))
    again = train(NONSENSE_ROWS)
    assert again.index == tiny.index
    assert np.array_equal(again.weights, tiny.weights)


def test_save_and_load_round_trip(tiny: CategoryModel, tmp_path: Path) -> None:
    path = tmp_path / "model.npz"
    tiny.save(path)
    loaded = CategoryModel.load(path)
    assert loaded.categories == tiny.categories
    assert loaded.threshold == tiny.threshold
    for text in TEXTS + [r["text"] for r in NONSENSE_ROWS]:
        low = low_text(str(text))
        assert loaded.predict(low) == tiny.predict(low)


def test_missing_model_file_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="make train-categories"):
        CategoryModel.load(tmp_path / "absent.npz")


def test_parser_adds_what_the_model_is_sure_of(tiny: CategoryModel) -> None:
    text = "vanavond 5 jongens aan het flurpen bij de sporthal"
    assert "drugs" not in SignalParser(category_model=False).parse(text, now=NOW).categories
    got = SignalParser(category_model=tiny).parse(text, now=NOW).categories
    assert "drugs" in got
    # the union keeps the registry order
    assert list(got) == [n for n in NAMES if n in got]


def test_parser_keeps_lexicon_hits_the_model_misses(tiny: CategoryModel) -> None:
    text = "ruiten ingegooid bij de sporthal"
    lexicons = SignalParser(category_model=False).parse(text, now=NOW).categories
    assert "vandalisme" in lexicons
    assert set(lexicons) <= set(SignalParser(category_model=tiny).parse(text, now=NOW).categories)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "jongens met bivakmutsen stonden bij de fietsenstalling sloten door te knippen",
            "diefstal",
        ),
        ("ze waren aan het zuipen met blikjes bier op het bankje", "alcohol"),
        ("overal lege patronen en ballonnen op het parkeerterrein", "lachgas"),
    ],
)
def test_shipped_model_reads_street_dutch(text: str, category: str) -> None:
    assert category in default_model().predict(low_text(text))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("geen drank gezien bij de bank", "alcohol"),
        ("geen vuurwerk gehoord vannacht bij het plein", "vuurwerk"),
    ],
)
def test_shipped_model_respects_negation(text: str, category: str) -> None:
    model = default_model()
    assert category not in model.predict(low_text(text))
    assert category in model.predict(low_text(text.replace("geen ", "")))


def test_model_is_asked_only_when_the_lexicons_found_little(tiny: CategoryModel) -> None:
    """Two or more lexicon categories: the message is read; the model is not asked."""
    text = "harde muziek en vuurwerk bij de sporthal, ook aan het flurpen"
    lexicons = SignalParser(category_model=False).parse(text, now=NOW).categories
    assert len(lexicons) >= 2
    assert SignalParser(category_model=tiny).parse(text, now=NOW).categories == lexicons


def test_a_full_word_cache_starts_over_between_messages(
    tiny: CategoryModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long-running bot fills the word cache; emptying it must not break the message
    being read (its rows are summed after all its words are looked up)."""
    import nlp.understanding.category_model as cm

    monkeypatch.setattr(cm, "_MAX_CACHED_WORDS", 3)
    fresh = train(NONSENSE_ROWS)
    text = low_text("flurpen bank sporthal schoolplein muziek harde rustig achter flurpen")
    first = fresh.predict(text)
    assert fresh.predict(text) == first == tiny.predict(text)
    assert "drugs" in first
