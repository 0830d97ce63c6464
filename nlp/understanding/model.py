"""The public records of signal understanding: known places and parsed signals."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from nlp.understanding.categories import BY_NAME

_WEEKDAYS_NL = ("ma", "di", "wo", "do", "vr", "za", "zo")
_MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


@dataclass(frozen=True, slots=True)
class KnownPlace:
    """A configured location: canonical name, other ways people write it, coordinates."""

    name: str
    aliases: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class ParsedSignal:
    """What a signal says, in countable form."""

    location: str | None
    location_known: bool
    categories: tuple[str, ...]
    group_size: int | None
    age_min: int | None
    age_max: int | None
    event_time: datetime
    # Where the place was found in the text (character offsets) and how it was written.
    location_span: tuple[int, int] | None = None
    location_phrase: str | None = None
    known_place: KnownPlace | None = None
    # Highest default severity of the categories (0 when none).
    severity: int = 0
    # True when the text stated the time ("gisteravond 22.30"), False for the default.
    time_stated: bool = False
    received_at: datetime | None = field(default=None, compare=False)

    def describe_nl(self) -> str:
        """The one-line Dutch confirmation the bot posts:
        "📍 JOP Wilhelminapark · drugs, geluidsoverlast · ~8 jongeren, 13-14 jr · 22:30"."""
        if self.location is None:
            place = "📍 locatie onbekend"
        elif self.location_known:
            place = f"📍 {self.location}"
        else:
            place = f"📍 {self.location} (nieuw)"
        parts = [place]
        if self.categories:
            parts.append(
                ", ".join(BY_NAME[c].label_nl if c in BY_NAME else c for c in self.categories)
            )
        else:
            parts.append("geen categorie")
        who: list[str] = []
        if self.group_size is not None:
            who.append(f"~{self.group_size} jongeren")
        if self.age_min is not None:
            if self.age_max is None:
                who.append(f"{self.age_min}+ jr")
            elif self.age_max == self.age_min:
                who.append(f"{self.age_min} jr")
            else:
                who.append(f"{self.age_min}-{self.age_max} jr")
        if who:
            parts.append(", ".join(who))
        parts.append(self._when_nl())
        return " · ".join(parts)

    def _when_nl(self) -> str:
        ev = self.event_time
        clock = f"{ev.hour:02d}:{ev.minute:02d}"
        ref = self.received_at.astimezone(ev.tzinfo) if self.received_at else None
        if ref is None or ev.date() == ref.date():
            return clock
        if ev.date() == ref.date() - timedelta(days=1):
            return f"gisteren {clock}"
        if ev.date() == ref.date() + timedelta(days=1):
            return f"morgen {clock}"
        return f"{_WEEKDAYS_NL[ev.weekday()]} {ev.day} {_MONTHS_NL[ev.month - 1]} {clock}"

    def to_json_dict(self) -> dict[str, Any]:
        """The fields of the `signaalbot parse` contract (without the id)."""
        return {
            "location": self.location,
            "location_known": self.location_known,
            "categories": list(self.categories),
            "group_size": self.group_size,
            "age_min": self.age_min,
            "age_max": self.age_max,
            "event_time": self.event_time.isoformat(timespec="seconds"),
        }
