"""When to bother the regisseur: a pure state machine per location.

The rules (what Alertmanager/OnCall/PagerDuty users ask for):
* hold: the first new signal at a location starts a hold (15 min); what arrives during it
  is looked at once, when it ends, so a burst of reports is one prompt;
* re-prompt only when the level becomes red (red stays red until the place is green
  again, so red-yellow-red flapping does not count) or on a new severe incident;
* severe incidents prompt at the end of the hold whatever the count, in quiet hours too;
* a decision silences the place until it is green again or, for "monitoren", until the
  review date (then: a "review" prompt if it is still red); step 2 and crisis never
  prompt here;
* an unanswered prompt gets a reminder after 2 working days, then an escalation to the
  backup regisseur; both stop when a decision comes, or when the place is green again
  (unless the unanswered prompt was about a severe incident);
* quiet hours delay everything that is not severe until they end.

Every function takes a state and returns a new one; nothing reads a clock.
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from handlers.hotspots.detector import Level
from handlers.hotspots.settings import HotspotConfig
from handlers.hotspots.timing import add_working_days, at_local, in_quiet_hours, quiet_end

__all__ = [
    "DecisionKind",
    "HygieneState",
    "Intent",
    "Mode",
    "decide",
    "next_due",
    "set_mode",
    "signal_arrived",
    "step",
]


class Mode(StrEnum):
    STEP1 = "step1"
    STEP2 = "step2"
    CRISIS = "crisis"


class DecisionKind(StrEnum):
    NAAR_STAP_2 = "naar_stap_2"
    REGULIER = "regulier"
    MONITOREN = "monitoren"
    BESTAANDE_GROEP = "bestaande_groep"


@dataclass(frozen=True)
class Intent:
    """A message hygiene wants sent now; the engine adds the numbers and the words."""

    kind: str  # prompt | reminder | escalation
    reason: str  # unusual | severe | review | reminder | escalation
    severe: bool = False
    incident_ids: tuple[str, ...] = ()


@dataclass
class HygieneState:
    """Everything hygiene remembers about one location (persist via to_dict).

    Functions in this module never change a state they are given; they return a copy."""

    location: str
    mode: str = Mode.STEP1.value
    level: str = Level.GREEN.value  # held level: red is kept until the place is green
    hold_until: datetime | None = None
    pending_severe: tuple[str, ...] = ()  # severe incidents waiting for the hold to end
    deferred: tuple[str, ...] = ()  # reasons waiting for quiet hours to end
    deferred_until: datetime | None = None
    awaiting_since: datetime | None = None  # first unanswered prompt
    awaiting_severe: bool = False
    reminder_due: datetime | None = None
    escalation_due: datetime | None = None
    silenced: bool = False
    decision: str | None = None
    decided_at: datetime | None = None
    review_at: datetime | None = None
    group: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, datetime):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> HygieneState:
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            if isinstance(value, list):
                value = tuple(value)
            elif isinstance(value, str) and (f.name.endswith(("_until", "_due", "_at", "_since"))):
                value = datetime.fromisoformat(value)
            values[f.name] = value
        return cls(**values)


def next_due(state: HygieneState) -> datetime | None:
    """The next moment ``step`` has something to do for this location."""
    times = [
        t
        for t in (
            state.hold_until,
            state.deferred_until,
            state.reminder_due,
            state.escalation_due,
            state.review_at,
        )
        if t is not None
    ]
    return min(times, default=None)


def signal_arrived(
    state: HygieneState, now: datetime, severe_incidents: tuple[str, ...], config: HotspotConfig
) -> HygieneState:
    """A signal came in: start the hold if none runs; remember newly severe incidents."""
    hold = state.hold_until if state.hold_until is not None else now + config.hold
    pending = state.pending_severe + tuple(
        i for i in severe_incidents if i not in state.pending_severe
    )
    return replace(state, hold_until=hold, pending_severe=pending)


def step(
    state: HygieneState, now: datetime, level: Level, config: HotspotConfig
) -> tuple[HygieneState, list[Intent]]:
    """Take in the current level and do whatever is due at ``now`` (``state`` is not
    changed; the new state is returned)."""
    previous = Level(state.level)
    holding = state.hold_until is not None and state.hold_until > now
    # Red is kept until the place is green again: red-yellow-red is one episode.
    held = Level.RED if previous == Level.RED and level == Level.YELLOW else level
    if holding:  # the hold's end looks at the new level and severe incidents at once
        held = previous
    due = next_due(state)
    calm = not state.silenced and state.awaiting_since is None and not state.deferred
    if (due is None or due > now) and held == previous and (held != Level.GREEN or calm):
        return state, []  # nothing changes (the common case on a daily tick)

    st = copy(state)
    st.level = held.value
    severe_ids: tuple[str, ...] = ()
    if st.hold_until is not None and not holding:
        severe_ids, st.hold_until, st.pending_severe = st.pending_severe, None, ()
    if held == Level.GREEN:
        st.silenced = False
        if not st.awaiting_severe:
            st.awaiting_since = st.reminder_due = st.escalation_due = None
            st.deferred, st.deferred_until = (), None
    if st.mode != Mode.STEP1:
        st.deferred, st.deferred_until = (), None
        if st.review_at is not None and st.review_at <= now:
            st.review_at = None
        return st, []

    wanted: list[str] = []
    if st.review_at is not None and st.review_at <= now:
        st.review_at, st.silenced = None, False
        if held == Level.RED:
            wanted.append("review")
    if held == Level.RED and previous != Level.RED and not st.silenced:
        wanted.append("unusual")
    if st.deferred_until is not None and st.deferred_until <= now:
        for reason in st.deferred:
            if reason in {"unusual", "review"}:
                if held == Level.RED and not st.silenced:
                    wanted.append(reason)
            elif st.awaiting_since is not None:
                wanted.append(reason)
        st.deferred, st.deferred_until = (), None
    if st.reminder_due is not None and st.reminder_due <= now:
        if st.awaiting_since is not None:
            wanted.append("reminder")
        st.reminder_due = None
    if st.escalation_due is not None and st.escalation_due <= now:
        if st.awaiting_since is not None:
            wanted.append("escalation")
        st.escalation_due = None

    intents: list[Intent] = []
    if severe_ids and (not st.silenced or config.severe_breaks_silence):
        intents.append(Intent("prompt", "severe", True, severe_ids))
        _awaiting(st, now, config, severe=True)
        wanted = [w for w in wanted if w not in {"unusual", "review"}]  # the prompt has it
    quiet = in_quiet_hours(now, config.quiet_hours, config.tz)
    for reason in dict.fromkeys(wanted):  # unique, in order
        if quiet:
            assert config.quiet_hours is not None
            st.deferred_until = quiet_end(now, config.quiet_hours, config.tz)
            if reason not in st.deferred:
                st.deferred = (*st.deferred, reason)
        elif reason in {"unusual", "review"}:
            intents.append(Intent("prompt", reason))
            _awaiting(st, now, config, severe=False)
        elif reason == "reminder":
            intents.append(Intent("reminder", "reminder"))
            st.escalation_due = add_working_days(
                now, config.escalation_working_days, config.tz, config.holidays
            )
        else:
            intents.append(Intent("escalation", "escalation"))
    return st, intents


def decide(
    state: HygieneState,
    kind: DecisionKind,
    now: datetime,
    config: HotspotConfig,
    *,
    review: date | None = None,
    group: str | None = None,
) -> HygieneState:
    """The regisseur decided: stop reminders, silence the place as the decision says."""
    review_at: datetime | None = None
    mode = state.mode
    if kind == DecisionKind.MONITOREN:
        day = review or (now.astimezone(config.tz).date() + timedelta(config.review_days_default))
        review_at = max(now, at_local(day, config.tick_at, config.tz))
    if kind == DecisionKind.NAAR_STAP_2:
        mode = Mode.STEP2.value
    return replace(
        state,
        mode=mode,
        silenced=True,
        decision=kind.value,
        decided_at=now,
        review_at=review_at,
        group=group if kind == DecisionKind.BESTAANDE_GROEP else state.group,
        awaiting_since=None,
        awaiting_severe=False,
        reminder_due=None,
        escalation_due=None,
        deferred=(),
        deferred_until=None,
    )


def set_mode(state: HygieneState, mode: Mode) -> HygieneState:
    """Step 2 / crisis take the place out of the step-1 flow; back in step 1 it stays
    silent until it has been green once (it was just handled)."""
    if mode == Mode.STEP1:
        return replace(state, mode=mode.value, silenced=state.mode != Mode.STEP1 or state.silenced)
    return replace(
        state,
        mode=mode.value,
        pending_severe=(),
        deferred=(),
        deferred_until=None,
        awaiting_since=None,
        awaiting_severe=False,
        reminder_due=None,
        escalation_due=None,
    )


def _awaiting(st: HygieneState, now: datetime, config: HotspotConfig, severe: bool) -> None:
    st.awaiting_severe = st.awaiting_severe or severe
    if st.awaiting_since is None:
        st.awaiting_since = now
        st.reminder_due = add_working_days(
            now, config.reminder_working_days, config.tz, config.holidays
        )
