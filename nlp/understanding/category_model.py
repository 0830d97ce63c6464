"""A small linear classifier for behaviour categories, trained here on labels we own.

Why: the category lexicons (``categories/*.py``) are precise, but every new writer uses
words they have never seen ("kechs", "matpartij", "gappies"), so recall on first contact
stalled near 0.77-0.80. A multi-label logistic regression over words, word pairs and
character 4-grams generalises to spelling variants and compounds ("lachgaspatronen",
"vuurwerkbommetjes") and to phrasings the lists lack. It only *adds* categories it is
confident about to what the rules found (see ``SignalParser``), so the rules' precision,
negation handling and registry order stay in charge.

Words after a negator in the same clause ("geen drank gezien") get their own features,
so the model learns negation instead of firing on the word.

The model is trained by ``nlp.understanding.category_train`` (``make train-categories``)
and shipped as ``nlp/data/category_model.npz``: feature strings, float16 weights, biases,
the category names, the threshold and the list of training files with their hashes.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import cast

import numpy as np
import numpy.typing as npt

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "category_model.npz"

_TOKEN = re.compile(r"[a-z0-9]+")
# Clause breaks: punctuation and the turns that end a negation ("geen drank, wel wiet").
_CLAUSE = re.compile(r"[.,;:!?\n]| maar | wel ")
_NEGATORS = frozenset({"geen", "niet", "niks", "niets", "nooit", "gn", "niemand", "nergens"})
# How many following words a negator governs.
_NEG_SPAN = 3
_CHAR_N = 4
_MIN_CHAR_WORD = 4
# Packed integer scores: weights times _SCALE, one _LANE-bit lane per category, each lane
# offset by _OFFSET (larger than any word's summed weight) so that it never borrows.
_SCALE = 4096
_LANE = 32
_OFFSET = 1 << 20
_MASK = (1 << _LANE) - 1
_MAX_ROWS = (1 << (_LANE - 1)) // _OFFSET - 1
_PAIR = "b={}_{}"
_MAX_CACHED_WORDS = 262_144


@lru_cache(maxsize=65536)
def _word_features(token: str, negated: bool) -> tuple[str, ...]:
    """The word itself and its character 4-grams (with word-boundary marks)."""
    mark = "n" if negated else ""
    out = [f"{mark}w={token}"]
    if len(token) >= _MIN_CHAR_WORD:
        padded = f"<{token}>"
        out.extend(f"{mark}c{padded[i : i + _CHAR_N]}" for i in range(len(padded) - _CHAR_N + 1))
    return tuple(out)


def _walk(tokens: list[str]) -> Iterator[tuple[str, bool, str]]:
    """(word, negated, previous word) of one clause: a negator is no word itself and
    governs the next _NEG_SPAN words."""
    prev = "<s>"
    neg = 0
    for token in tokens:
        if token in _NEGATORS:
            neg = _NEG_SPAN
            prev = token
            continue
        yield token, neg > 0, prev
        neg -= 1
        prev = token


def features(low: str) -> list[str]:
    """Feature strings of folded text (``Text.low``); training and prediction share this."""
    out: list[str] = []
    for clause in _CLAUSE.split(low):
        for token, negated, prev in _walk(_TOKEN.findall(clause)):
            out.extend(_word_features(token, negated))
            out.append(_PAIR.format(prev, token))
    return out


class CategoryModel:
    """Weights per feature and category; ``predict`` gives the categories above threshold."""

    def __init__(
        self,
        index: dict[str, int],
        weights: npt.NDArray[np.float32],
        bias: npt.NDArray[np.float32],
        categories: tuple[str, ...],
        threshold: float,
        trained_on: tuple[dict[str, object], ...] = (),
    ) -> None:
        self.index = index
        self.weights = weights  # (features, categories)
        self.bias = bias
        self.categories = categories
        self.threshold = threshold
        self.trained_on = trained_on
        # Prediction adds one Python integer per word and per word pair: every category's
        # weight, scaled to an integer, sits in its own 32-bit lane of that integer (with
        # an offset that keeps each lane positive), so a message's scores are one sum of
        # a few dozen ints, unpacked once; about 5x cheaper than a numpy gather and sum
        # per message. A word's integer holds the sum of its own features (the word and
        # its 4-grams) and is made when the word is first met.
        scaled = np.rint(weights.astype(np.float64) * _SCALE).astype(np.int64)
        self._lanes = len(categories)
        self._packed: list[int] = [self._pack(row) for row in scaled.tolist()]
        self._unknown = len(self._packed)
        self._packed.append(self._pack([0] * self._lanes))
        self._rows: tuple[dict[str, int], dict[str, int]] = ({}, {})  # plain, negated
        self._all_offsets = self._packed[self._unknown]
        cut = math.log(threshold / (1.0 - threshold)) - bias.astype(np.float64)
        self._cut = [float(c) * _SCALE for c in cut]

    def _pack(self, values: list[int]) -> int:
        total = 0
        for lane, v in enumerate(values):
            total |= (v + _OFFSET) << (_LANE * lane)
        return total

    def probabilities(self, low: str) -> dict[str, float]:
        """Probability per category for folded text."""
        scores = self.bias.astype(np.float64) + np.array(self._sum(low))
        probs = 1.0 / (1.0 + np.exp(-scores))
        return {c: float(p) for c, p in zip(self.categories, probs, strict=True)}

    def predict(self, low: str) -> frozenset[str]:
        """Categories whose probability reaches the threshold."""
        lanes = self._lanes_of(low)
        return frozenset(
            c for c, v, cut in zip(self.categories, lanes, self._cut, strict=True) if v >= cut
        )

    def _sum(self, low: str) -> list[float]:
        """Summed weight per category of every feature occurrence in ``features(low)``
        (a feature that occurs twice counts twice, in training too), without the bias."""
        return [v / _SCALE for v in self._lanes_of(low)]

    def _lanes_of(self, low: str) -> list[int]:
        """The scaled per-category sums of a message: its packed rows added and unpacked."""
        rows = self._rows_of(low)
        total = sum(map(self._packed.__getitem__, rows))
        base = len(rows) * _OFFSET
        return [((total >> (_LANE * k)) & _MASK) - base for k in range(self._lanes)]

    def _rows_of(self, low: str) -> list[int]:
        """The packed rows of a message's words and word pairs. Clauses without a negator
        (nearly all) are looked up with ``map`` in C; a missing pair is the zero row."""
        if len(self._packed) - self._unknown > _MAX_CACHED_WORDS:
            # Full (a long-running bot meets many rare words): start over. Only here,
            # before a message: its rows must stay valid while it is summed.
            for seen in self._rows:
                seen.clear()
            del self._packed[self._unknown + 1 :]
        index = self.index
        plain = self._rows[0]
        unknown = repeat(self._unknown)
        rows: list[int] = []
        for clause in _CLAUSE.split(low):
            tokens = _TOKEN.findall(clause)
            if not tokens:
                continue
            if not _NEGATORS.isdisjoint(tokens):
                self._negated_clause(tokens, rows)
                continue
            words = list(map(plain.get, tokens))
            if None in words:
                rows += [
                    self._add_word(t, False) if r is None else r
                    for r, t in zip(words, tokens, strict=True)
                ]
            else:
                rows += cast(list[int], words)
            rows += map(index.get, map(_PAIR.format, ["<s>", *tokens], tokens), unknown)
        if len(rows) > _MAX_ROWS:
            rows = rows[:_MAX_ROWS]  # lanes hold this many offsets; a longer text is cut
        return rows

    def _negated_clause(self, tokens: list[str], rows: list[int]) -> None:
        """The word-by-word path of ``features`` for a clause with a negator."""
        for token, negated, prev in _walk(tokens):
            row = self._rows[negated].get(token)
            rows.append(self._add_word(token, negated) if row is None else row)
            rows.append(self.index.get(_PAIR.format(prev, token), self._unknown))

    def _add_word(self, token: str, negated: bool) -> int:
        known = [self.index[f] for f in _word_features(token, negated) if f in self.index]
        seen = self._rows[1 if negated else 0]
        if not known:
            seen[token] = self._unknown
            return self._unknown
        packed = self._packed
        row = len(packed)
        packed.append(sum(packed[k] for k in known) - (len(known) - 1) * self._all_offsets)
        seen[token] = row
        return row

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            features=np.array(sorted(self.index, key=self.index.__getitem__)),
            weights=self.weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
            categories=np.array(self.categories),
            meta=np.array(
                json.dumps({"threshold": self.threshold, "trained_on": list(self.trained_on)})
            ),
        )

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> CategoryModel:
        try:
            data = np.load(path, allow_pickle=False)
        except FileNotFoundError as exc:
            raise FileNotFoundError(
                f"category model {path} is missing: run `make train-categories` "
                "(or reinstall the package) to create it"
            ) from exc
        with data:
            names = [str(f) for f in data["features"]]
            meta = json.loads(str(data["meta"]))
            return cls(
                index={f: i for i, f in enumerate(names)},
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
                categories=tuple(str(c) for c in data["categories"]),
                threshold=float(meta["threshold"]),
                trained_on=tuple(meta["trained_on"]),
            )


_DEFAULT: list[CategoryModel] = []


def default_model() -> CategoryModel:
    """The shipped model, loaded once per process."""
    if not _DEFAULT:
        _DEFAULT.append(CategoryModel.load())
    return _DEFAULT[0]
