"""The spaCy pipeline the recognizers run over: a blank Dutch pipeline plus our own
components (no pretrained model).

* ``signaal_words``: splits the text into alphanumeric ``Word`` runs with
  capitalisation and sentence-start flags (``doc._.words``).
* ``signaal_places``: marks places (configured locations, gazetteers, shape rules)
  before any person detection (``doc._.places``, ``doc._.place_words``).

The tokenizer is spaCy's Dutch tokenizer with only the language-independent
exceptions: the ~4,700 Dutch abbreviation special cases cost half a second at
start-up and the recognizers do not need them.
"""

from __future__ import annotations

import itertools
from typing import Any

from spacy.lang.nl import Dutch, DutchDefaults
from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.language import Language
from spacy.tokens import Doc

from nlp.places import PlaceSpan, PlaceTagger
from nlp.words import split_words

for _ext in ("words", "places", "place_words", "norm"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)

_TAGGERS: dict[int, PlaceTagger] = {}
_ids = itertools.count(1)


class _SignaalDefaults(DutchDefaults):  # type: ignore[misc]
    tokenizer_exceptions = BASE_EXCEPTIONS


class SignaalDutch(Dutch):  # type: ignore[misc]
    """``spacy.blank("nl")`` with a lighter tokenizer exception table."""

    lang = "nl"
    Defaults = _SignaalDefaults


class WordsComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.words = split_words(doc.text)
        return doc


class PlacesComponent:
    def __init__(self, tagger: PlaceTagger) -> None:
        self.tagger = tagger

    def __call__(self, doc: Doc) -> Doc:
        words = doc._.words
        if words is None:
            words = doc._.words = split_words(doc.text)
        spans: list[PlaceSpan] = self.tagger.tag(words)
        doc._.places = spans
        mask = [False] * len(words)
        for sp in spans:
            for k in range(sp.first_word, sp.last_word + 1):
                mask[k] = True
        doc._.place_words = mask
        return doc


@Language.factory("signaal_words")
def _make_words(nlp: Language, name: str) -> WordsComponent:
    return WordsComponent()


@Language.factory("signaal_places", default_config={"tagger_id": 0})
def _make_places(nlp: Language, name: str, tagger_id: int) -> PlacesComponent:
    return PlacesComponent(_TAGGERS[tagger_id])


def build_pipeline(tagger: PlaceTagger) -> Any:
    """A blank Dutch spaCy pipeline with our components."""
    nlp = SignaalDutch()
    tid = next(_ids)
    _TAGGERS[tid] = tagger
    nlp.add_pipe("signaal_words")
    nlp.add_pipe("signaal_places", config={"tagger_id": tid})
    return nlp
