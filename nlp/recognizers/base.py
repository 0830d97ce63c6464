"""The recognizer contract and registry.

A recognizer is a class in its own module in this package, decorated with
``@register``. ``load_recognizers`` imports every module here (pkgutil), so adding a
recognizer means adding one file. All recognizers run over one spaCy ``Doc`` per
message (built by ``nlp.pipeline``); its text is the *normalised* text, and findings
are offsets into that text (the gate maps them back to the input).
"""

from __future__ import annotations

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
