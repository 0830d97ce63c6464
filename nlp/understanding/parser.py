"""SignalParser: sanitized signal text in, a countable record out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from nlp.understanding.behaviour import BehaviourMatcher
from nlp.understanding.categories import BY_NAME
from nlp.understanding.category_model import CategoryModel, default_model
from nlp.understanding.counts import extract_counts
from nlp.understanding.model import KnownPlace, ParsedSignal
from nlp.understanding.places import PlaceFinder
from nlp.understanding.text import prepare
from nlp.understanding.when import resolve_event_time

# Placeholders the privacy gate leaves behind. Names stay as "[naam]" (they count as
# people); the others become neutral words so they are never read as places or numbers.
_PLACEHOLDER = re.compile(
    r"\[(telefoon|adres|kenteken|email|e-mail|handle|bsn|iban|"
    r"geboortedatum|postcode|link|url|datum|nummer)\]",
    re.IGNORECASE,
)


def neutralise(text: str) -> str:
    return _PLACEHOLDER.sub(lambda m: " " * (m.end() - m.start()), text)


_MATCHER: list[BehaviourMatcher] = []
# The classifier is consulted when the lexicons found at most this many categories.
_ASK_MODEL_UP_TO = 1


def _default_matcher() -> BehaviourMatcher:
    """One matcher for the built-in categories, shared by all parsers: it compiles its
    patterns as words are met, so a new parser (another room, a reloaded location
    config) starts with them already compiled."""
    if not _MATCHER:
        _MATCHER.append(BehaviourMatcher())
    return _MATCHER[0]


class SignalParser:
    """Parses one signal at a time; build once per configuration (it precompiles)."""

    def __init__(
        self,
        places: Sequence[KnownPlace] = (),
        timezone: str = "Europe/Amsterdam",
        *,
        category_model: CategoryModel | bool | None = True,
    ) -> None:
        """``category_model``: True for the shipped classifier, a model, or None/False
        for the category lexicons alone."""
        self.places = tuple(places)
        self.tz = ZoneInfo(timezone)
        self._behaviour = _default_matcher()
        if category_model is True:
            category_model = default_model()
        self._model = category_model or None
        self._places = PlaceFinder(self.places)

    def parse(self, text: str, *, now: datetime) -> ParsedSignal:
        """Extract place, categories, group size, ages and event time.

        ``now`` is the message time and must be timezone-aware; relative expressions
        ("gisteravond") are resolved against it in the parser's time zone.
        """
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError("now must be a timezone-aware datetime")
        prepared = prepare(neutralise(text))
        place = self._places.find(prepared)
        categories = self._categories(prepared.low)
        counts = extract_counts(prepared.low, now.astimezone(self.tz).year)
        event, stated = resolve_event_time(prepared.low, now, self.tz)
        severity = max((BY_NAME[c].severity for c in categories), default=0)
        phrase = text[place.span[0] : place.span[1]] if place.span else None
        return ParsedSignal(
            location=place.name,
            location_known=place.known is not None,
            categories=categories,
            group_size=counts.group_size,
            age_min=counts.age_min,
            age_max=counts.age_max,
            event_time=event,
            location_span=place.span,
            location_phrase=phrase,
            known_place=place.known,
            severity=severity,
            time_stated=stated,
            received_at=now.astimezone(self.tz),
        )

    def _categories(self, low: str) -> tuple[str, ...]:
        """The lexicon hits, plus what the classifier is confident about (it only adds:
        the lexicons' negation and precision stay in charge). It is asked only when the
        lexicons found at most one category: where they found two or more, asking it too
        gave the same F1 on first contact (blind9-12) at twice the cost."""
        found = self._behaviour.categories(low)
        if self._model is None or len(found) > _ASK_MODEL_UP_TO:
            return found
        extra = self._model.predict(low).difference(found)
        if not extra:
            return found
        return tuple(n for n in self._behaviour.order if n in extra or n in found)
