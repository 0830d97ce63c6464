"""What an overview is about, gathered from storage: counts, places, categories, severe
incidents, open prompts. Group-level only: no message text, no senders, no coordinates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from handlers.briefings.schedule import week_earlier
from handlers.hotspot_service import UNKNOWN_PLACE, signal_point
from handlers.hotspots import HotspotConfig, Incident, LocationStatus, group_incidents
from storage import hotspots, locations
from storage.models import Signal
from storage.signals import signals_happened, signals_received

CHART_PLACES = 4


@dataclass(frozen=True, slots=True)
class Scope:
    """Which signals an overview covers and which parts it has."""

    # None: every room (regisseur room, private chat, reports).
    room_id: str | None
    start: datetime
    end: datetime
    # The regisseur's parts: open prompts, reviews that are due.
    regie: bool = False
    # The weekly parts: slow rises, new places to confirm.
    weekly: bool = False
    # Days of history in the chart.
    chart_days: int = 14


@dataclass(frozen=True, slots=True)
class PlaceCount:
    name: str
    incidents: int
    incidents_before: int
    signals: int


@dataclass(frozen=True, slots=True)
class SevereIncident:
    at: datetime
    location: str
    categories: tuple[str, ...]
    group_size: int | None
    signals: int


@dataclass(frozen=True, slots=True)
class OpenPrompt:
    location: str
    level: str
    severe: bool
    since: datetime


@dataclass(frozen=True, slots=True)
class Review:
    location: str
    decision: str
    review: date


@dataclass
class Overview:
    scope: Scope
    tz: ZoneInfo
    # The shared signals the overview counts (for a report's rows).
    rows: list[Signal] = field(default_factory=list)
    signals: int = 0
    signals_before: int = 0
    incidents: int = 0
    incidents_before: int = 0
    organisations: int = 0
    places: list[PlaceCount] = field(default_factory=list)
    categories: list[tuple[str, int]] = field(default_factory=list)
    severe: list[SevereIncident] = field(default_factory=list)
    watch: list[tuple[str, str]] = field(default_factory=list)
    open_prompts: list[OpenPrompt] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    slow_rises: list[str] = field(default_factory=list)
    new_places: list[tuple[str, int]] = field(default_factory=list)
    # Chart: incidents per local day for the top places.
    days: list[date] = field(default_factory=list)
    daily: dict[str, list[int]] = field(default_factory=dict)


def incidents_of(signals: Sequence[Signal], config: HotspotConfig) -> list[Incident]:
    """Reports of one event (same place, overlapping behaviour, close in time) count once."""
    return group_incidents(
        [signal_point(s, config, s.location or UNKNOWN_PLACE) for s in signals],
        window=config.incident_window,
        uncategorised=config.uncategorised,
        severe_categories=config.severe_categories,
    )


def gather(
    session: Session,
    scope: Scope,
    config: HotspotConfig,
    statuses: Sequence[LocationStatus] = (),
) -> Overview:
    tz = config.tz
    out = Overview(scope=scope, tz=tz)
    now_signals = signals_received(session, scope.start, scope.end, scope.room_id)
    before_signals = signals_received(
        session, week_earlier(scope.start, tz), week_earlier(scope.end, tz), scope.room_id
    )
    now_incidents = incidents_of(now_signals, config)
    before_incidents = incidents_of(before_signals, config)
    out.rows = now_signals
    out.signals, out.signals_before = len(now_signals), len(before_signals)
    out.incidents, out.incidents_before = len(now_incidents), len(before_incidents)
    out.organisations = len({s.organisation for s in now_signals})

    per_place = Counter(i.location for i in now_incidents)
    per_place_before = Counter(i.location for i in before_incidents)
    signals_per_place = Counter(s.location or UNKNOWN_PLACE for s in now_signals)
    ranked = sorted(per_place, key=lambda name: (-per_place[name], name))
    out.places = [
        PlaceCount(name, per_place[name], per_place_before[name], signals_per_place[name])
        for name in ranked
    ]
    out.categories = sorted(
        Counter(c for s in now_signals for c in set(s.categories)).items(),
        key=lambda item: (-item[1], item[0]),
    )
    by_id = {str(s.id): s for s in now_signals}
    for incident in now_incidents:
        if incident.severe:
            sizes = [n for i in incident.signal_ids if (n := by_id[i].group_size) is not None]
            out.severe.append(
                SevereIncident(
                    at=incident.first_at,
                    location=incident.location,
                    categories=tuple(sorted(incident.categories)),
                    group_size=max(sizes) if sizes else None,
                    signals=len(incident.signal_ids),
                )
            )
    shown = set(per_place) if scope.room_id is not None else None
    out.watch = [
        (s.location, s.level)
        for s in statuses
        if s.level in {"yellow", "red"} and (shown is None or s.location in shown)
    ]
    if scope.regie:
        out.open_prompts = [
            OpenPrompt(p.location, p.level, p.severe, p.ts) for p in hotspots.open_prompts(session)
        ]
        today = scope.end.astimezone(tz).date()
        out.reviews = [
            Review(d.location, d.kind, d.review)
            for d in hotspots.reviews_due(session, today)
            if d.review is not None
        ]
    if scope.weekly:
        out.slow_rises = sorted(s.location for s in statuses if s.slow_rise)
        out.new_places = [(p.name, n) for p, n in locations.unconfirmed(session)]
    _chart_data(session, scope, config, out)
    return out


def _chart_data(session: Session, scope: Scope, config: HotspotConfig, out: Overview) -> None:
    tz = out.tz
    last_day = (scope.end - timedelta(microseconds=1)).astimezone(tz).date()
    out.days = [last_day - timedelta(days=n) for n in range(scope.chart_days - 1, -1, -1)]
    first = datetime.combine(out.days[0], datetime.min.time(), tzinfo=tz).astimezone(UTC)
    window = incidents_of(signals_happened(session, first, scope.end, scope.room_id), config)
    totals = Counter(i.location for i in window)
    top = sorted(totals, key=lambda name: (-totals[name], name))[:CHART_PLACES]
    index = {day: n for n, day in enumerate(out.days)}
    out.daily = {name: [0] * len(out.days) for name in top}
    for incident in window:
        if incident.location in out.daily:
            day = incident.first_at.astimezone(tz).date()
            if day in index:
                out.daily[incident.location][index[day]] += 1
