"""Each hygiene rule on the pure state machine (levels are given, not computed)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from handlers.hotspots import HotspotConfig, Level, Mode
from handlers.hotspots.hygiene import (
    DecisionKind,
    HygieneState,
    Intent,
    decide,
    next_due,
    set_mode,
    signal_arrived,
    step,
)
from tests.unit.hotspots.conftest import ams

CFG = HotspotConfig()
G, Y, R = Level.GREEN, Level.YELLOW, Level.RED


def run(
    state: HygieneState, now: datetime, level: Level
) -> tuple[HygieneState, list[tuple[str, str]]]:
    new, intents = step(state, now, level, CFG)
    return new, [(i.kind, i.reason) for i in intents]


def red_prompted(now: datetime) -> HygieneState:
    """A place that just got its red prompt at ``now`` (outside quiet hours)."""
    st, out = run(HygieneState("JOP"), now, R)
    assert out == [("prompt", "unusual")]
    return st


def test_hold_turns_a_burst_into_one_look() -> None:
    t = ams(2025, 3, 5, 15, 0)
    st = signal_arrived(HygieneState("JOP"), t, (), CFG)
    assert st.hold_until == t + timedelta(minutes=15)
    st = signal_arrived(st, t + timedelta(minutes=10), (), CFG)
    assert st.hold_until == t + timedelta(minutes=15)  # later signals do not extend it
    st, out = run(st, t + timedelta(minutes=12), R)
    assert out == [] and st.level == "green"  # nothing decided during the hold
    st, out = run(st, t + timedelta(minutes=15), R)
    assert out == [("prompt", "unusual")]
    assert st.hold_until is None and next_due(st) is not None  # the reminder


def test_red_prompts_once_and_again_only_after_green() -> None:
    t = ams(2025, 3, 5, 15)
    st = red_prompted(t)
    for day, level in enumerate([R, Y, R, Y], start=1):  # flapping is one episode
        st, out = run(st, t + timedelta(hours=day), level)
        assert out == [] and st.level == "red"
    st, out = run(st, t + timedelta(days=1, hours=1), G)
    assert out == [] and st.level == "green"
    st, out = run(st, t + timedelta(days=1, hours=2), R)
    assert out == [("prompt", "unusual")]


def test_yellow_never_prompts() -> None:
    st, out = run(HygieneState("JOP"), ams(2025, 3, 5, 15), Y)
    assert out == [] and st.level == "yellow"


def test_severe_prompts_after_the_hold_even_at_night_and_when_red() -> None:
    t = ams(2025, 3, 5, 23, 30)  # quiet hours
    st = red_prompted(ams(2025, 3, 5, 15))
    st = signal_arrived(st, t, ("inc-9",), CFG)
    st, out = run(st, t + timedelta(minutes=14), R)
    assert out == []
    new, intents = step(st, t + timedelta(minutes=15), R, CFG)
    assert intents == [Intent("prompt", "severe", True, ("inc-9",))]
    assert new.pending_severe == ()


def test_severe_and_red_together_are_one_prompt() -> None:
    t = ams(2025, 3, 5, 15)
    st = signal_arrived(HygieneState("JOP"), t, ("inc-1",), CFG)
    st, out = run(st, t + timedelta(minutes=15), R)
    assert out == [("prompt", "severe")]
    st, out = run(st, t + timedelta(hours=2), R)
    assert out == []  # the red episode was covered by the severe prompt


def test_quiet_hours_delay_a_red_prompt_and_drop_it_if_green_by_morning() -> None:
    night = ams(2025, 3, 5, 23, 0)
    st, out = run(HygieneState("JOP"), night, R)
    assert out == [] and st.deferred == ("unusual",)
    assert st.deferred_until == ams(2025, 3, 6, 7, 0)
    _, out = run(st, ams(2025, 3, 6, 7, 0), R)
    assert out == [("prompt", "unusual")]
    _, out = run(st, ams(2025, 3, 6, 7, 0), G)
    assert out == []


def test_decision_silences_until_green() -> None:
    t = ams(2025, 3, 5, 15)
    st = decide(red_prompted(t), DecisionKind.REGULIER, t + timedelta(hours=1), CFG)
    assert next_due(st) is None  # no reminder any more
    st, out = run(st, t + timedelta(days=3), R)
    assert out == []
    st, _ = run(st, t + timedelta(days=4), G)
    assert not st.silenced
    _, out = run(st, t + timedelta(days=5), R)
    assert out == [("prompt", "unusual")]


def test_a_new_severe_incident_breaks_the_silence() -> None:
    t = ams(2025, 3, 5, 15)
    st = decide(red_prompted(t), DecisionKind.REGULIER, t, CFG)
    st = signal_arrived(st, t + timedelta(days=1), ("inc-7",), CFG)
    _, out = run(st, t + timedelta(days=1, minutes=15), R)
    assert out == [("prompt", "severe")]


def test_monitoren_review_date() -> None:
    t = ams(2025, 3, 5, 15)
    st = decide(red_prompted(t), DecisionKind.MONITOREN, t, CFG, review=date(2025, 3, 19))
    assert st.review_at == ams(2025, 3, 19, 7, 0)
    st2, out = run(st, ams(2025, 3, 12, 7, 0), R)
    assert out == []
    _, out = run(st2, ams(2025, 3, 19, 7, 0), R)
    assert out == [("prompt", "review")]
    _, out = run(st2, ams(2025, 3, 19, 7, 0), Y)
    assert out == [("prompt", "review")]  # red holds through yellow
    _, out = run(st2, ams(2025, 3, 19, 7, 0), G)
    assert out == []


def test_monitoren_without_date_uses_the_default() -> None:
    t = ams(2025, 3, 5, 15)
    st = decide(HygieneState("JOP"), DecisionKind.MONITOREN, t, CFG)
    assert st.review_at == ams(2025, 3, 19, 7, 0)


def test_reminder_after_two_working_days_across_a_weekend_then_escalation() -> None:
    friday = ams(2025, 3, 7, 16, 0)
    st = red_prompted(friday)
    assert st.reminder_due == ams(2025, 3, 11, 16, 0)  # Tuesday, not Sunday
    st, out = run(st, ams(2025, 3, 10, 16, 0), R)
    assert out == []
    st, out = run(st, ams(2025, 3, 11, 16, 0), R)
    assert out == [("reminder", "reminder")]
    assert st.escalation_due == ams(2025, 3, 12, 16, 0)
    st, out = run(st, ams(2025, 3, 12, 16, 0), R)
    assert out == [("escalation", "escalation")]
    assert next_due(st) is None


def test_a_decision_stops_reminders() -> None:
    st = red_prompted(ams(2025, 3, 7, 16))
    st = decide(st, DecisionKind.BESTAANDE_GROEP, ams(2025, 3, 10, 9), CFG, group="Noord")
    assert st.group == "Noord" and st.reminder_due is None
    _, out = run(st, ams(2025, 3, 11, 16), R)
    assert out == []


def test_green_again_stops_reminders_except_for_severe() -> None:
    st = red_prompted(ams(2025, 3, 5, 15))
    st, _ = run(st, ams(2025, 3, 6, 7), G)
    assert st.reminder_due is None
    t = ams(2025, 3, 5, 15)
    sev = signal_arrived(HygieneState("JOP"), t, ("inc-1",), CFG)
    sev, out = run(sev, t + timedelta(minutes=15), G)
    assert out == [("prompt", "severe")]
    sev, _ = run(sev, ams(2025, 3, 6, 7), G)
    assert sev.reminder_due == ams(2025, 3, 7, 15, 15)


def test_reminder_waits_for_the_end_of_quiet_hours() -> None:
    t = ams(2025, 3, 5, 23, 30)
    st = signal_arrived(HygieneState("JOP"), t, ("inc-1",), CFG)
    st, _ = run(st, t + timedelta(minutes=15), G)  # severe at 23:45
    st, out = run(st, ams(2025, 3, 7, 23, 45), G)
    assert out == [] and st.deferred == ("reminder",)
    _, out = run(st, ams(2025, 3, 8, 7, 0), G)
    assert out == [("reminder", "reminder")]


def test_step_two_and_crisis_never_prompt() -> None:
    t = ams(2025, 3, 5, 15)
    for mode in (Mode.STEP2, Mode.CRISIS):
        st = set_mode(HygieneState("JOP"), mode)
        st = signal_arrived(st, t, ("inc-1",), CFG)
        st, out = run(st, t + timedelta(minutes=15), R)
        assert out == [] and st.level == "red"
    st = decide(red_prompted(t), DecisionKind.NAAR_STAP_2, t, CFG)
    assert st.mode == "step2"
    st = signal_arrived(st, t + timedelta(days=1), ("inc-2",), CFG)
    _, out = run(st, t + timedelta(days=1, minutes=15), R)
    assert out == []


def test_back_to_step_one_waits_for_green() -> None:
    t = ams(2025, 3, 5, 15)
    st = set_mode(set_mode(HygieneState("JOP"), Mode.STEP2), Mode.STEP1)
    st, out = run(st, t, R)
    assert out == []
    st, _ = run(st, t + timedelta(days=1), G)
    _, out = run(st, t + timedelta(days=2), R)
    assert out == [("prompt", "unusual")]


def test_functions_do_not_change_their_input() -> None:
    st = HygieneState("JOP")
    before = st.to_dict()
    step(st, ams(2025, 3, 5, 15), R, CFG)
    signal_arrived(st, ams(2025, 3, 5, 15), ("x",), CFG)
    decide(st, DecisionKind.REGULIER, ams(2025, 3, 5, 15), CFG)
    assert st.to_dict() == before


def test_state_round_trips_through_json() -> None:
    t = ams(2025, 3, 7, 23, 0)
    st = signal_arrived(red_prompted(ams(2025, 3, 7, 16)), t, ("inc-3",), CFG)
    st = decide(st, DecisionKind.MONITOREN, t, CFG, review=date(2025, 4, 1))
    back = HygieneState.from_dict(json.loads(json.dumps(st.to_dict())))
    assert back == st
