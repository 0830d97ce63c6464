"""Signals become incidents: many people reporting one fight is one incident, not five.

Rule: a signal joins an earlier incident at the same location when (1) their categories
overlap — they share a behaviour category, or either side has none (only "overig" counts
as none) — and (2) the incident, with this signal, spans at most the incident window
(default 2 hours). Anchoring on the span, not on a chain of signals, keeps a long evening
of reports from collapsing into one incident. Distinct organisations are kept: that is
the corroboration the regisseur sees.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from handlers.hotspots.settings import DEFAULT_SEVERE_CATEGORIES
from handlers.hotspots.timing import require_aware

__all__ = ["Incident", "IncidentBook", "SignalPoint", "group_incidents"]


@dataclass(frozen=True)
class SignalPoint:
    """One sanitized signal as the engine needs it: no text, no people."""

    signal_id: str
    at: datetime  # when it happened (aware)
    location: str
    categories: frozenset[str] = frozenset()
    organisation: str = ""
    severe: bool = False  # e.g. the parser saw a weapon; severe categories also count

    def __post_init__(self) -> None:
        require_aware(self.at)
        if not isinstance(self.categories, frozenset):
            object.__setattr__(self, "categories", frozenset(self.categories))


@dataclass(frozen=True)
class Incident:
    """One event at one place, however many signals described it."""

    incident_id: str  # the id of its first signal
    location: str
    first_at: datetime
    last_at: datetime
    categories: frozenset[str]
    organisations: frozenset[str]
    signal_ids: tuple[str, ...]
    severe: bool


class _Rec:
    __slots__ = ("cats", "first", "ident", "ids", "last", "orgs", "severe")

    def __init__(self, ident: str, t: float) -> None:
        self.ident = ident
        self.first = t
        self.last = t
        self.cats: set[str] = set()
        self.orgs: set[str] = set()
        self.ids: list[str] = []
        self.severe = False


@dataclass(frozen=True)
class Added:
    """What adding one signal did: the incident it is now part of, and whether that
    incident is new or has just become severe (both can call for a prompt)."""

    incident: Incident
    new: bool
    became_severe: bool


class IncidentBook:
    """Incidents per location, kept sorted by start time, built one signal at a time."""

    def __init__(
        self,
        window: timedelta = timedelta(hours=2),
        uncategorised: frozenset[str] = frozenset({"overig"}),
        severe_categories: frozenset[str] = DEFAULT_SEVERE_CATEGORIES,
    ) -> None:
        self._window = window.total_seconds()
        self._uncategorised = uncategorised
        self._severe = severe_categories
        self._recs: dict[str, list[_Rec]] = {}
        self._starts: dict[str, list[float]] = {}

    def locations(self) -> list[str]:
        return list(self._recs)

    def add(self, point: SignalPoint) -> Added:
        t = point.at.timestamp()
        cats = set(point.categories) - self._uncategorised
        recs = self._recs.setdefault(point.location, [])
        starts = self._starts.setdefault(point.location, [])
        lo = bisect.bisect_left(starts, t - self._window)
        hi = bisect.bisect_right(starts, t + self._window)
        best: _Rec | None = None
        best_key: tuple[int, float] = (-1, 0.0)
        for rec in recs[lo:hi]:
            if max(rec.last, t) - min(rec.first, t) > self._window:
                continue
            shared = len(rec.cats & cats)
            if rec.cats and cats and not shared:
                continue
            key = (shared, -abs(t - rec.first))
            if key > best_key:
                best, best_key = rec, key
        new = best is None
        if best is None:
            best = _Rec(point.signal_id, t)
            index = bisect.bisect_right(starts, t)
            starts.insert(index, t)
            recs.insert(index, best)
        elif t < best.first:
            index = recs.index(best)
            del recs[index], starts[index]
            best.first = t
            index = bisect.bisect_right(starts, t)
            starts.insert(index, t)
            recs.insert(index, best)
        best.last = max(best.last, t)
        best.cats |= cats
        if point.organisation:
            best.orgs.add(point.organisation)
        best.ids.append(point.signal_id)
        severe = point.severe or bool(point.categories & self._severe)
        became_severe = severe and not best.severe
        best.severe = best.severe or severe
        return Added(self._snapshot(point.location, best), new, became_severe)

    def count(self, location: str, start: float, end: float) -> int:
        """Incidents that started in [start, end) (epoch seconds)."""
        starts = self._starts.get(location, [])
        return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)

    def between(self, location: str, start: float, end: float) -> list[Incident]:
        """Incidents that started in [start, end), oldest first."""
        starts = self._starts.get(location, [])
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [self._snapshot(location, r) for r in self._recs[location][lo:hi]]

    def organisations(self, location: str, start: float, end: float) -> set[str]:
        starts = self._starts.get(location, [])
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        found: set[str] = set()
        for rec in self._recs[location][lo:hi]:
            found |= rec.orgs
        return found

    def prune(self, before: float) -> None:
        """Forget incidents that started before ``before``; the engine never looks back
        further than its history setting."""
        for location, starts in self._starts.items():
            cut = bisect.bisect_left(starts, before)
            if cut:
                del starts[:cut]
                del self._recs[location][:cut]

    def _snapshot(self, location: str, rec: _Rec) -> Incident:
        return Incident(
            incident_id=rec.ident,
            location=location,
            first_at=datetime.fromtimestamp(rec.first, UTC),
            last_at=datetime.fromtimestamp(rec.last, UTC),
            categories=frozenset(rec.cats),
            organisations=frozenset(rec.orgs),
            signal_ids=tuple(rec.ids),
            severe=rec.severe,
        )

    # --- persistence ------------------------------------------------------------------

    def to_dict(self) -> dict[str, list[dict[str, object]]]:
        """Plain JSON-able form (times as epoch seconds)."""
        return {
            loc: [
                {
                    "id": r.ident,
                    "first": r.first,
                    "last": r.last,
                    "categories": sorted(r.cats),
                    "organisations": sorted(r.orgs),
                    "signal_ids": list(r.ids),
                    "severe": r.severe,
                }
                for r in recs
            ]
            for loc, recs in self._recs.items()
        }

    def load(self, data: dict[str, list[dict[str, object]]]) -> None:
        for loc, items in data.items():
            recs: list[_Rec] = []
            for item in items:
                rec = _Rec(str(item["id"]), float(str(item["first"])))
                rec.last = float(str(item["last"]))
                rec.cats = {str(c) for c in _seq(item["categories"])}
                rec.orgs = {str(o) for o in _seq(item["organisations"])}
                rec.ids = [str(i) for i in _seq(item["signal_ids"])]
                rec.severe = bool(item["severe"])
                recs.append(rec)
            recs.sort(key=lambda r: r.first)
            self._recs[loc] = recs
            self._starts[loc] = [r.first for r in recs]


def _seq(value: object) -> Iterable[object]:
    if not isinstance(value, list | tuple):
        raise ValueError(f"expected a list, got {value!r}")
    return value


def group_incidents(
    points: Iterable[SignalPoint],
    window: timedelta = timedelta(hours=2),
    uncategorised: frozenset[str] = frozenset({"overig"}),
    severe_categories: frozenset[str] = DEFAULT_SEVERE_CATEGORIES,
) -> list[Incident]:
    """Group signals into incidents (pure); result ordered by start time, then location."""
    book = IncidentBook(window, uncategorised, severe_categories)
    ordered = sorted(points, key=lambda p: p.at)
    for point in ordered:
        book.add(point)
    result: list[Incident] = []
    for location in book.locations():
        result.extend(book.between(location, float("-inf"), float("inf")))
    result.sort(key=lambda i: (i.first_at, i.location))
    return result
