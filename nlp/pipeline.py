"""The spaCy pipeline the recognizers run over: a blank Dutch pipeline plus our own
components (no pretrained model).

* ``signaal_words``: splits the text into alphanumeric ``Word`` runs with
  capitalisation and sentence-start flags (``doc._.signaal_view.words``).
* ``signaal_places``: marks places (configured locations, gazetteers, shape rules)
  before any person detection (``doc._.signaal_view.places``, ``.place_words``).

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
from nlp.words import Word, split_words

if not Doc.has_extension("signaal_view"):
    Doc.set_extension("signaal_view", getter=lambda doc: view_of(doc))

_TAGGERS: dict[int, PlaceTagger] = {}
_ids = itertools.count(1)


class _SignaalDefaults(DutchDefaults):
    tokenizer_exceptions = BASE_EXCEPTIONS


class SignaalDutch(Dutch):  # type: ignore[no-untyped-call]
    """``spacy.blank("nl")`` with a lighter tokenizer exception table."""

    lang = "nl"
    Defaults = _SignaalDefaults


class MessageView:
    """What the components computed for one message, in one place (``doc._.signaal_view``).

    spaCy builds ``doc.text`` from its tokens on every access and creates a new
    ``Underscore`` object on every ``doc._`` access, so recognizers read this instead.
    """

    __slots__ = ("place_kinds", "place_words", "places", "text", "words")

    def __init__(self, text: str, words: list[Word]) -> None:
        self.text = text
        self.words = words
        self.places: list[PlaceSpan] = []
        self.place_words: list[bool] = [False] * len(words)
        # place kind bits per word; bit 1024 marks a one-word place (which may still
        # be a surname right after a first name)
        self.place_kinds: list[int] = [0] * len(words)


_VIEW = "signaal_view"
# ``doc.user_data`` key under which the gate passes the normalised text (the tokens'
# text joined, without asking spaCy to rebuild it)
NORM_TEXT = "signaal_text"


def view_of(doc: Doc) -> MessageView:
    """The message view of ``doc`` (kept in ``doc.user_data``, a plain dict, because
    ``doc._`` creates an object on every access)."""
    data = doc.user_data
    view = data.get(_VIEW)
    if view is None:
        text = data.get(NORM_TEXT)
        if text is None:
            text = doc.text
        view = MessageView(text, split_words(text))
        data[_VIEW] = view
    assert isinstance(view, MessageView)
    return view


class WordsComponent:
    def __call__(self, doc: Doc) -> Doc:
        view_of(doc)
        return doc


class PlacesComponent:
    def __init__(self, tagger: PlaceTagger) -> None:
        self.tagger = tagger

    def __call__(self, doc: Doc) -> Doc:
        view = view_of(doc)
        spans: list[PlaceSpan] = self.tagger.tag(view.words)
        view.places = spans
        mask = view.place_words
        kinds = view.place_kinds
        for sp in spans:
            single = sp.first_word == sp.last_word
            for k in range(sp.first_word, sp.last_word + 1):
                mask[k] = True
                kinds[k] = sp.kind | (1024 if single else 0)
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
