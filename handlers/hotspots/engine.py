"""The replay core: signals in, prompts out, driven only by the times the caller gives.

``Engine.add`` takes sanitized signal points in the order they were received;
``Engine.advance(now)`` runs everything due up to ``now`` — hold ends, the daily tick
(baselines, CUSUM decay, levels), quiet-hour releases, reminders, escalations, review
dates — in time order, and returns the prompts with the time each would have been sent.
The same object serves live use (advance on a timer) and ``signaalbot replay``.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from handlers.hotspots.decisions import Decision
from handlers.hotspots.detector import (
    DAY,
    CityPrior,
    DetectorState,
    Level,
    baseline_for,
    city_prior,
    raw_level,
)
from handlers.hotspots.hygiene import HygieneState, Intent, Mode, decide, next_due, set_mode
from handlers.hotspots.hygiene import signal_arrived as hygiene_signal
from handlers.hotspots.hygiene import step as hygiene_step
from handlers.hotspots.incidents import Incident, IncidentBook, SignalPoint
from handlers.hotspots.settings import HotspotConfig
from handlers.hotspots.stats import nb_sf
from handlers.hotspots.timing import next_local_time, utc
from handlers.hotspots.words import count_phrase, expected_phrase, explain, sparkline

__all__ = ["Engine", "LocationStatus", "Prompt"]

_WEEKDAY = ("ma", "di", "wo", "do", "vr", "za", "zo")
_ASK = (
    "Jouw besluit? Antwoord met een reply: Naar stap 2 · Regulier afhandelen · "
    "Monitoren tot <datum> · Hoort bij bestaande groep <naam>. "
    "Of reageer met 2️⃣ (stap 2), ✅ (regulier) of 👀 (monitoren, 2 weken)."
)


@dataclass(frozen=True)
class Prompt:
    """One message for the regisseur (kind prompt/reminder) or the backup (escalation).

    ``incidents``/``days``/``expected`` describe the evidence period: since the current
    rise began (the CUSUM left zero), or the last 14 days when there is no rise.
    ``level`` is the statistical level; a severe incident prompts whatever it is.
    """

    ts: datetime
    location: str
    level: str
    reason: str  # unusual | severe | review | reminder | escalation
    kind: str  # prompt | reminder | escalation
    severe: bool
    incidents: int
    days: float
    expected: float
    organisations: tuple[str, ...]
    categories: tuple[str, ...]
    return_days: float  # "zoveel gebeurt hier minder dan eens per ... dagen"
    window_incidents: int  # the last ``window`` (14) days
    window_expected: float
    window_chance: float  # P(at least window_incidents | nothing changed), predictive
    trend: tuple[int, ...]  # incidents per week, oldest first
    signal_ids: tuple[str, ...]  # the last few signals, for the sanitized texts
    slow_rise: bool
    text: str  # Dutch, ready to send

    def to_json_dict(self) -> dict[str, Any]:
        """The stable replay line: ts (local, with offset), counts, organisation count."""
        return {
            "ts": self.ts.isoformat(),
            "location": self.location,
            "level": self.level,
            "reason": self.reason,
            "incidents": self.incidents,
            "expected": round(self.expected, 1),
            "organisations": len(self.organisations),
        }


@dataclass(frozen=True)
class LocationStatus:
    """For briefings and the weekly overview (yellow places, "sluipende toename")."""

    location: str
    level: str
    mode: str
    slow_rise: bool
    window_incidents: int
    window_expected: float
    window_chance: float
    return_days: float
    decision: str | None
    review_at: datetime | None
    trend: tuple[int, ...]


class Engine:
    """Incidents, levels and hygiene for all locations of one municipality."""

    def __init__(self, config: HotspotConfig | None = None, *, start: datetime | None = None):
        self.config = config or HotspotConfig()
        self._tz = self.config.tz
        cfg = self.config
        self._book = IncidentBook(cfg.incident_window, cfg.uncategorised, cfg.severe_categories)
        self._det: dict[str, DetectorState] = {}
        self._hyg: dict[str, HygieneState] = {}
        self._clock: datetime | None = None
        self._since = 0.0  # when observation started (epoch seconds)
        self._day = 0.0  # the last daily tick (or the start)
        self._next_tick: datetime | None = None
        self._prior: tuple[float, CityPrior] | None = None
        self._heap: list[tuple[float, int, str]] = []
        self._seq = 0
        self._outbox: list[Prompt] = []
        if start is not None:
            self._begin(utc(start))

    # --- public API -------------------------------------------------------------------

    def register(self, location: str) -> None:
        """Make a quiet place known, so it counts in the city-wide rate."""
        self._state(location)

    def add(self, point: SignalPoint, received_at: datetime | None = None) -> None:
        """Take in one signal (received at ``received_at``, default its event time).

        Everything due before it is run first; prompts wait in the outbox for ``advance``.
        Feed signals in receipt order: a receipt time before the engine's clock is taken
        as "now", so a backlog fed out of order would look like a burst.
        """
        now = utc(received_at if received_at is not None else point.at)
        if self._clock is None:
            self._begin(now)
        assert self._clock is not None
        now = max(now, self._clock)
        self._run_until(now)
        det, hyg = self._state(point.location)
        added = self._book.add(point)
        if added.new:
            self._refresh(point.location, det)
            det.arrive(
                now.timestamp(),
                min(now.timestamp(), added.incident.first_at.timestamp()),
                self.config,
            )
        severe = (added.incident.incident_id,) if added.became_severe else ()
        self._set(point.location, hygiene_signal(hyg, now, severe, self.config))

    def advance(self, now: datetime) -> list[Prompt]:
        """Run everything due up to ``now``; return the prompts, oldest first."""
        now = utc(now)
        if self._clock is None:
            self._begin(now)
        self._run_until(now)
        out, self._outbox = self._outbox, []
        return out

    def decide(self, location: str, decision: Decision, now: datetime) -> None:
        """Record the regisseur's decision (the audit trail is the caller's)."""
        now = utc(now)
        self._run_until(now)
        _, hyg = self._state(location)
        new = decide(
            hyg, decision.kind, now, self.config, review=decision.review, group=decision.group
        )
        self._set(location, new)

    def set_mode(self, location: str, mode: Mode, now: datetime) -> None:
        """Step 2 or crisis mode take a place out of this flow; step 1 brings it back."""
        self._run_until(utc(now))
        _, hyg = self._state(location)
        self._set(location, set_mode(hyg, mode))

    def state_of(self, location: str) -> HygieneState:
        return self._state(location)[1]

    def overview(self, now: datetime) -> list[LocationStatus]:
        """Every known place's status now (prompts that fall due stay in the outbox)."""
        now = utc(now)
        self._run_until(now)
        out: list[LocationStatus] = []
        for location in sorted(self._hyg):
            det, hyg = self._state(location)
            det.decay(now.timestamp(), self.config)
            self._refresh(location, det)
            n, expected, chance = self._window(location, det, now.timestamp())
            out.append(
                LocationStatus(
                    location=location,
                    level=hyg.level,
                    mode=hyg.mode,
                    slow_rise=det.slow_rise(),
                    window_incidents=n,
                    window_expected=expected,
                    window_chance=chance,
                    return_days=det.return_days(self.config),
                    decision=hyg.decision,
                    review_at=hyg.review_at,
                    trend=self._trend(location, now.timestamp()),
                )
            )
        return out

    # --- persistence --------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """All state as plain JSON-able data (call ``advance`` first: the outbox is not
        included)."""
        return {
            "version": 1,
            "clock": self._clock.isoformat() if self._clock else None,
            "since": self._since,
            "day": self._day,
            "next_tick": self._next_tick.isoformat() if self._next_tick else None,
            "incidents": self._book.to_dict(),
            "detectors": {k: v.to_dict() for k, v in self._det.items()},
            "hygiene": {k: v.to_dict() for k, v in self._hyg.items()},
        }

    @classmethod
    def restore(cls, data: dict[str, Any], config: HotspotConfig | None = None) -> Engine:
        if data.get("version") != 1:
            raise ValueError("unknown hotspot snapshot version")
        engine = cls(config)
        engine._clock = datetime.fromisoformat(data["clock"]) if data["clock"] else None
        engine._since = float(data["since"])
        engine._day = float(data["day"])
        engine._next_tick = datetime.fromisoformat(data["next_tick"]) if data["next_tick"] else None
        engine._book.load(data["incidents"])
        engine._det = {k: DetectorState.from_dict(v) for k, v in data["detectors"].items()}
        for location, raw in data["hygiene"].items():
            engine._set(location, HygieneState.from_dict(raw))
        return engine

    # --- the clock ------------------------------------------------------------------------

    def _begin(self, now: datetime) -> None:
        self._clock = now
        self._since = now.timestamp()
        self._day = now.timestamp()
        self._next_tick = next_local_time(now, self.config.tick_at, self._tz)

    def _run_until(self, target: datetime) -> None:
        if self._clock is None:
            self._begin(target)
        assert self._next_tick is not None and self._clock is not None
        limit = target.timestamp()
        while True:
            while self._heap and not self._live(self._heap[0]):
                heapq.heappop(self._heap)
            tick = self._next_tick.timestamp()
            due = self._heap[0][0] if self._heap else float("inf")
            if min(tick, due) > limit:
                break
            if tick <= due:
                self._tick(self._next_tick)
            else:
                _, _, location = heapq.heappop(self._heap)
                self._location_due(location, datetime.fromtimestamp(due, UTC))
        if target > self._clock:
            self._clock = target

    def _live(self, entry: tuple[float, int, str]) -> bool:
        due = next_due(self._hyg[entry[2]])
        return due is not None and due.timestamp() == entry[0]

    def _tick(self, at: datetime) -> None:
        self._clock = at
        self._day = at.timestamp()
        self._prior = None
        t = at.timestamp()
        for location in list(self._hyg):
            det, hyg = self._state(location)
            if det.idle() and hyg.level == Level.GREEN.value:
                continue  # nothing can change for a quiet place between its signals
            det.decay(t, self.config)
            self._refresh(location, det)
            self._evaluate(location, at)
        self._book.prune(t - self.config.history.total_seconds())
        self._next_tick = next_local_time(at, self.config.tick_at, self._tz)

    def _location_due(self, location: str, at: datetime) -> None:
        self._clock = at
        det, _ = self._state(location)
        det.decay(at.timestamp(), self.config)
        self._refresh(location, det)
        self._evaluate(location, at)
        due = next_due(self._hyg[location])
        if due is not None and due <= at:  # pragma: no cover - a hygiene bug, not input
            raise RuntimeError(f"hygiene left a timer in the past for {location!r}")

    # --- numbers --------------------------------------------------------------------------

    def _state(self, location: str) -> tuple[DetectorState, HygieneState]:
        if location not in self._hyg:
            self._hyg[location] = HygieneState(location)
            self._det[location] = DetectorState()
        return self._det[location], self._hyg[location]

    def _set(self, location: str, state: HygieneState) -> None:
        self._hyg[location] = state
        self._det.setdefault(location, DetectorState())
        due = next_due(state)
        if due is not None:
            self._seq += 1
            heapq.heappush(self._heap, (due.timestamp(), self._seq, location))

    def _baseline_span(self) -> tuple[float, float]:
        cfg = self.config
        end = self._day - (cfg.window + cfg.guard).total_seconds()
        return end - cfg.baseline.total_seconds(), end

    def _exposure(self, start: float, end: float) -> float:
        return max(0.0, end - max(start, self._since)) / DAY

    def _city(self) -> CityPrior:
        if self._prior is None or self._prior[0] != self._day:
            start, end = self._baseline_span()
            exposure = self._exposure(start, end)
            pairs = [(self._book.count(loc, start, end), exposure) for loc in self._hyg]
            self._prior = (self._day, city_prior(pairs, self.config))
        return self._prior[1]

    def _refresh(self, location: str, det: DetectorState) -> None:
        if det.day == self._day:
            return
        start, end = self._baseline_span()
        n = self._book.count(location, start, end)
        det.set_baseline(
            self._day, baseline_for(n, self._exposure(start, end), self._city(), self.config)
        )

    def _run_span(self, det: DetectorState, t: float) -> tuple[float, float]:
        if det.run_start is not None:
            return det.run_start, t
        return t - self.config.window.total_seconds(), t

    def _level(self, location: str, det: DetectorState, t: float) -> Level:
        if det.s <= det.h_yellow:
            return Level.GREEN
        start, _ = self._run_span(det, t)
        n = self._book.count(location, start, t + 1e-3)
        orgs = self._book.organisations(location, start, t + 1e-3)
        level = raw_level(det, n, len(orgs), self.config)
        if level is Level.RED and t - self._since < self.config.warmup.total_seconds():
            return Level.YELLOW
        return level

    def _window(self, location: str, det: DetectorState, t: float) -> tuple[int, float, float]:
        w = self.config.window.total_seconds() / DAY
        n = self._book.count(location, t - w * DAY, t + 1e-3)
        chance = nb_sf(n, det.shape, det.rate / (det.rate + w)) if det.shape > 0 else 1.0
        return n, det.mean * w, chance

    def _trend(self, location: str, t: float) -> tuple[int, ...]:
        weeks = self.config.trend_weeks
        week = 7 * DAY
        return tuple(
            self._book.count(location, t - (weeks - i) * week, t - (weeks - i - 1) * week + 1e-3)
            for i in range(weeks)
        )

    def _evaluate(self, location: str, at: datetime) -> None:
        det, hyg = self._state(location)
        level = self._level(location, det, at.timestamp())
        new, intents = hygiene_step(hyg, at, level, self.config)
        self._set(location, new)
        for intent in intents:
            self._outbox.append(self._render(location, intent, at, det, new))

    # --- the message ------------------------------------------------------------------------

    def _render(
        self, location: str, intent: Intent, at: datetime, det: DetectorState, hyg: HygieneState
    ) -> Prompt:
        t = at.timestamp()
        start, _ = self._run_span(det, t)
        incidents = self._book.between(location, start, t + 1e-3)
        days = max(1.0, (t - start) / DAY)
        expected = det.mean * days
        focus: list[Incident] = incidents
        if intent.severe:
            wanted = set(intent.incident_ids)
            focus = [
                i
                for i in self._book.between(location, t - self.config.window.total_seconds(), t + 1)
                if i.incident_id in wanted
            ] or incidents
        orgs = tuple(sorted({o for i in focus for o in i.organisations}))
        cats = tuple(sorted({c for i in focus for c in i.categories}))
        ids = tuple(s for i in focus for s in i.signal_ids)[-self.config.last_signals :]
        n_window, w_expected, w_chance = self._window(location, det, t)
        trend = self._trend(location, t)
        return_days = det.return_days(self.config)
        prompt = Prompt(
            ts=at.astimezone(self._tz),
            location=location,
            level=hyg.level,
            reason=intent.reason,
            kind=intent.kind,
            severe=intent.severe,
            incidents=len(incidents),
            days=days,
            expected=expected,
            organisations=orgs,
            categories=cats,
            return_days=return_days,
            window_incidents=n_window,
            window_expected=w_expected,
            window_chance=w_chance,
            trend=trend,
            signal_ids=ids,
            slow_rise=det.slow_rise(),
            text="",
        )
        return _with_text(prompt, hyg, self._tz)


def _when(moment: datetime, tz: ZoneInfo) -> str:
    local = moment.astimezone(tz)
    return f"{_WEEKDAY[local.weekday()]} {local.day}-{local.month} {local:%H:%M}"


def _with_text(p: Prompt, hyg: HygieneState, tz: ZoneInfo) -> Prompt:
    """The Dutch message: what, the numbers, who saw it, the trend, what to answer."""
    numbers = explain(p.incidents, p.days, p.expected, p.return_days)
    who = f"Gemeld door {count_phrase(len(p.organisations), 'organisatie', 'organisaties')}"
    if p.organisations:
        who += f" ({', '.join(p.organisations)})"
    what = f"Soort: {', '.join(p.categories)}." if p.categories else ""
    trend = f"Per week, laatste {len(p.trend)} weken: {sparkline(p.trend)} " + (
        f"({' '.join(str(c) for c in p.trend)})"
    )
    window = (
        f"Laatste 14 dagen: {count_phrase(p.window_incidents, 'incident', 'incidenten')}, "
        f"{expected_phrase(p.window_expected)}."
    )
    lines: list[str]
    if p.reason == "severe":
        lines = [f"Ernstig incident bij {p.location}: {', '.join(p.categories) or 'ernstig'}."]
        lines.append(f"{who}.")
        lines.append(numbers if p.level != Level.GREEN.value else window)
    elif p.reason == "review":
        review = f" ({_when(hyg.decided_at, tz)})" if hyg.decided_at else ""
        lines = [f"Monitoren{review} is voorbij en {p.location} is nog rood.", numbers, f"{who}."]
    elif p.kind == "reminder":
        since = _when(hyg.awaiting_since, tz) if hyg.awaiting_since else "eerder"
        lines = [f"Herinnering: nog geen besluit over {p.location} (gemeld {since}).", numbers]
    elif p.kind == "escalation":
        since = _when(hyg.awaiting_since, tz) if hyg.awaiting_since else "eerder"
        lines = [
            f"Geen besluit over {p.location} sinds {since}, ook niet na een herinnering. "
            "Wil jij dit als vervangend regisseur oppakken?",
            numbers,
        ]
    else:
        lines = [f"Opvallend veel bij {p.location} ({_LEVEL_NL[p.level]}).", numbers, f"{who}."]
    if what and p.reason != "severe":
        lines.append(what)
    if p.slow_rise and p.reason != "severe":
        lines.append("Let op: sluipende toename over de laatste weken.")
    lines.append(trend)
    lines.append(_ASK)
    return replace(p, text="\n".join(line for line in lines if line))


_LEVEL_NL = {"green": "groen", "yellow": "geel", "red": "rood"}
