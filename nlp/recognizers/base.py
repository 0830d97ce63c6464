"""The recognizer contract and registry.

A recognizer is a class in its own module in this package, decorated with
``@register``. ``load_recognizers`` imports every module here (pkgutil), so adding a
recognizer means adding one file. All recognizers run over one spaCy ``Doc`` per
message (built by ``nlp.pipeline``); its text is the *normalised* text, and findings
are offsets into that text (the gate maps them back to the input).
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar, TypeVar

from spacy.tokens import Doc

from nlp.lexicon import Lexicon
from nlp.pipeline import MessageView, view_of
from nlp.types import Finding, PiiType


@dataclass(frozen=True, slots=True)
class Resources:
    """Shared, read-only data every recognizer may use."""

    lexicon: Lexicon


class Recognizer(ABC):
    """Finds one or more kinds of personal data in a ``Doc``.

    ``order`` decides when a recognizer runs: structured, unambiguous patterns first
    (so e-mail addresses and handles are not also read as names), persons later,
    and recognizers that depend on other findings (special categories) last.
    """

    name: ClassVar[str] = ""
    types: ClassVar[tuple[PiiType, ...]] = ()
    order: ClassVar[int] = 100

    def __init__(self, resources: Resources) -> None:
        self.resources = resources

    @abstractmethod
    def find(self, doc: Doc, found: Sequence[Finding]) -> Iterable[Finding]:
        """Yield findings (offsets into ``text_of(doc)``); ``found`` holds earlier ones."""

    def finding(self, type_: PiiType, start: int, end: int, *, confident: bool = True) -> Finding:
        return Finding(type=type_, start=start, end=end, recognizer=self.name, confident=confident)


__all__ = [
    "MessageView",
    "Recognizer",
    "Resources",
    "overlaps",
    "register",
    "registered",
    "text_of",
    "view_of",
]

_REGISTRY: dict[str, type[Recognizer]] = {}

R = TypeVar("R", bound=type[Recognizer])


def register(cls: R) -> R:
    """Class decorator: make a recognizer known to the gate."""
    if not cls.name:
        cls.name = cls.__name__
    _REGISTRY[cls.name] = cls
    return cls


def registered() -> dict[str, type[Recognizer]]:
    return dict(_REGISTRY)


def text_of(doc: Doc) -> str:
    """The message text the recognizers work on (normalised)."""
    return view_of(doc).text


def overlaps(found: Sequence[Finding], start: int, end: int) -> bool:
    """True when [start, end) overlaps any finding in ``found``."""
    return any(f.start < end and start < f.end for f in found)


# Family and friends: the words both the person and the special-category recognizers
# read as pointing at one person ("moeder van ...", "zijn broer").
FAMILY_WORDS = frozenset(
    {
        "broer",
        "broertje",
        "dochter",
        "halfbroer",
        "halfzus",
        "ma",
        "mama",
        "moeder",
        "neef",
        "neefje",
        "nicht",
        "nichtje",
        "oma",
        "oom",
        "opa",
        "ouders",
        "pa",
        "papa",
        "stiefmoeder",
        "stiefvader",
        "tante",
        "vader",
        "vriend",
        "vriendin",
        "vriendinnetje",
        "vriendje",
        "zoon",
        "zus",
        "zusje",
    }
)


# -- numbers spoken as words (voice-to-text) ------------------------------------------
# Digit words as a number is dictated ("nul zes twee acht ..."), for phones, BSNs, plates.
DIGIT_WORDS: dict[str, str] = {
    "nul": "0",
    "een": "1",
    "één": "1",
    "eén": "1",
    "twee": "2",
    "drie": "3",
    "vier": "4",
    "vijf": "5",
    "zes": "6",
    "zeven": "7",
    "acht": "8",
    "negen": "9",
}
_UNITS = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_TEENS = {
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}
_TENS = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
# One spoken number from 10 to 99 as one word: "zeventien", "negenentwintig",
# "drieëntwintig" (the longest alternatives first, so "een" does not stop
# "eenentwintig").
SPOKEN_TENS = (
    r"(?:(?:"
    + "|".join(_UNITS)
    + r"|één)(?:en|ën)(?:"
    + "|".join(_TENS)
    + r")|"
    + "|".join(sorted(_TENS, key=len, reverse=True))
    + "|"
    + "|".join(sorted(_TEENS, key=len, reverse=True))
    + r")"
)
_SPOKEN_TENS_RX = re.compile(
    r"(?:(" + "|".join(_UNITS) + r"|één)(?:en|ën))?(" + "|".join(_TENS) + r")"
)


def spoken_value(word: str) -> str | None:
    """The digits a spoken number word of 10..99 stands for ("achtendertig" -> "38",
    "zeventien" -> "17"), or None."""
    w = word.lower()
    if w in _TEENS:
        return str(_TEENS[w])
    m = _SPOKEN_TENS_RX.fullmatch(w)
    if not m:
        return None
    unit = 0 if m.group(1) is None else _UNITS.index(m.group(1).replace("één", "een")) + 1
    return str(_TENS[m.group(2)] + unit)
