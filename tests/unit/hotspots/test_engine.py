"""The engine end to end: a replayed history gives the prompts the regisseur would get."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from handlers.hotspots import (
    Decision,
    DecisionKind,
    Engine,
    HotspotConfig,
    Mode,
    Prompt,
    parse_decision,
)
from tests.unit.hotspots.conftest import ams, point

LOC = "JOP Wilhelminapark"
START = ams(2025, 1, 1, 0, 0)


def quiet_city(engine: Engine, until_days: int = 90) -> None:
    """JOP: one incident every 3 days (two organisations); six other places around."""
    points = [
        point(
            f"h{i}",
            START + timedelta(days=3 * i, hours=14),
            LOC,
            org=("handhaving", "jongerenwerk")[i % 2],
        )
        for i in range(until_days // 3)
    ]
    points += [
        point(
            f"o{place}-{i}",
            START + timedelta(days=4 * i + place * 0.3, hours=15),
            f"plek{place}",
            org="politie",
        )
        for place in range(6)
        for i in range(until_days // 4)
    ]
    for p in sorted(points, key=lambda p: p.at):  # the engine takes signals in time order
        engine.add(p)


def spike(engine: Engine, day: datetime, hours: list[float]) -> list[Prompt]:
    """Distinct incidents (more than 2 hours apart) from two organisations."""
    out: list[Prompt] = []
    for k, offset in enumerate(hours):
        t = day + timedelta(hours=offset)
        engine.add(point(f"x{k}", t, LOC, org=("politie", "jongerenwerk")[k % 2]))
        out += engine.advance(t + timedelta(minutes=20))
    return out


def fresh() -> Engine:
    engine = Engine(start=START)
    quiet_city(engine)
    assert engine.advance(ams(2025, 4, 1, 8)) == []  # a quiet history prompts nothing
    return engine


SPIKE = [0, 2.5, 5, 7.5, 10, 24, 26.5, 29]


def test_a_spike_gives_one_red_prompt_with_the_numbers() -> None:
    engine = fresh()
    prompts = spike(engine, ams(2025, 4, 1, 9), SPIKE)
    assert [(p.kind, p.reason, p.level) for p in prompts] == [("prompt", "unusual", "red")]
    (p,) = prompts
    assert p.ts - p.ts.replace(minute=0) == timedelta(minutes=15)  # the hold after a signal
    assert p.incidents >= 3 and p.organisations == ("jongerenwerk", "politie")
    assert p.expected < p.incidents and p.return_days >= 365
    assert "incidenten in" in p.text and "minder dan eens per" in p.text
    assert p.trend[-1] > max(p.trend[:-1])
    assert p.signal_ids[-1] == f"x{p.incidents - 1}"
    line = p.to_json_dict()
    assert set(line) == {
        "ts",
        "location",
        "level",
        "reason",
        "incidents",
        "expected",
        "organisations",
    }
    assert line["organisations"] == 2 and line["location"] == LOC
    assert json.loads(json.dumps(line)) == line
    assert datetime.fromisoformat(line["ts"]).utcoffset() == timedelta(hours=2)


def test_many_reports_of_one_event_are_not_a_spike() -> None:
    engine = fresh()
    t = ams(2025, 4, 1, 15)
    orgs = ["politie", "handhaving", "jongerenwerk", "school", "beveiliging", "buurtcoach"]
    for k, org in enumerate(orgs):
        engine.add(point(f"b{k}", t + timedelta(minutes=4 * k), LOC, org=org))
    assert engine.advance(t + timedelta(days=2)) == []


def test_the_same_spike_by_one_organisation_is_not_red() -> None:
    engine = fresh()
    out: list[Prompt] = []
    for k, offset in enumerate(SPIKE):
        t = ams(2025, 4, 1, 9) + timedelta(hours=offset)
        engine.add(point(f"x{k}", t, LOC, categories={"graffiti"}, org="school"))
        out += engine.advance(t + timedelta(minutes=20))
    assert out == []
    assert engine.state_of(LOC).level == "yellow"


def test_severe_goes_out_after_the_hold_even_at_night() -> None:
    engine = fresh()
    t = ams(2025, 4, 2, 23, 10)
    engine.add(point("w1", t, LOC, categories={"wapen"}, org="politie"))
    engine.add(point("w2", t + timedelta(minutes=6), LOC, categories={"wapen"}, org="boa"))
    (p,) = engine.advance(t + timedelta(hours=1))
    assert (p.reason, p.severe, p.ts) == ("severe", True, t + timedelta(minutes=15))
    assert p.organisations == ("boa", "politie") and p.signal_ids == ("w1", "w2")
    assert p.text.startswith(f"Ernstig incident bij {LOC}: wapen.")


def test_unanswered_prompt_reminds_after_two_working_days_then_escalates() -> None:
    engine = fresh()
    friday = ams(2025, 4, 4, 16, 0)
    engine.add(point("w1", friday, LOC, categories={"vechtpartij"}, org="politie"))
    prompts = engine.advance(ams(2025, 4, 10, 12))
    assert [(p.kind, p.ts) for p in prompts] == [
        ("prompt", ams(2025, 4, 4, 16, 15)),
        ("reminder", ams(2025, 4, 8, 16, 15)),  # Tuesday
        ("escalation", ams(2025, 4, 9, 16, 15)),
    ]
    assert [p.to_json_dict()["reason"] for p in prompts] == ["severe", "reminder", "escalation"]
    assert "Herinnering" in prompts[1].text and "vervangend regisseur" in prompts[2].text


def test_a_decision_stops_the_reminder() -> None:
    engine = fresh()
    friday = ams(2025, 4, 4, 16, 0)
    engine.add(point("w1", friday, LOC, categories={"vechtpartij"}, org="politie"))
    assert len(engine.advance(ams(2025, 4, 4, 17))) == 1
    decision = parse_decision("Regulier afhandelen: wijkagent gaat langs", friday.date())
    assert decision is not None
    engine.decide(LOC, decision, ams(2025, 4, 7, 9))
    assert engine.advance(ams(2025, 4, 20)) == []
    assert engine.state_of(LOC).decision == "regulier"


def test_monitoren_brings_it_back_on_the_review_date() -> None:
    engine = fresh()
    first = spike(engine, ams(2025, 4, 1, 9), SPIKE)
    assert len(first) == 1
    engine.decide(
        LOC,
        Decision(DecisionKind.MONITOREN, review=first[0].ts.date() + timedelta(3)),
        ams(2025, 4, 2, 16),
    )
    more = spike(engine, ams(2025, 4, 3, 9), [0, 2.5, 5, 7.5, 10])
    assert more == []  # silenced while monitoring
    (review,) = engine.advance(ams(2025, 4, 4, 8))
    assert (review.reason, review.ts) == ("review", ams(2025, 4, 4, 7, 0))


@pytest.mark.parametrize("mode", [Mode.STEP2, Mode.CRISIS])
def test_step_two_and_crisis_places_are_left_alone(mode: Mode) -> None:
    engine = fresh()
    engine.set_mode(LOC, mode, ams(2025, 4, 1, 8))
    out = spike(engine, ams(2025, 4, 1, 9), SPIKE)
    engine.add(point("w1", ams(2025, 4, 3, 12), LOC, categories={"wapen"}))
    assert out + engine.advance(ams(2025, 4, 10)) == []


def test_naar_stap_2_takes_the_place_out_of_the_flow() -> None:
    engine = fresh()
    engine.decide(LOC, Decision(DecisionKind.NAAR_STAP_2), ams(2025, 4, 1, 8))
    assert spike(engine, ams(2025, 4, 1, 9), SPIKE) == []
    assert engine.state_of(LOC).mode == "step2"


def test_red_in_the_dst_night_waits_for_seven_oclock_winter_time() -> None:
    engine = Engine(start=ams(2025, 7, 1, 0, 0))
    for i in range(38):
        t = ams(2025, 7, 1, 14) + timedelta(days=3 * i)
        engine.add(point(f"h{i}", t, LOC, org=("handhaving", "jongerenwerk")[i % 2]))
    assert engine.advance(ams(2025, 10, 25, 12)) == []
    # Saturday 25 October (CEST): incidents into the night; clocks go back at 03:00.
    prompts = spike(engine, ams(2025, 10, 25, 12), [0, 2.5, 5, 7.5, 10, 12.5])
    prompts += engine.advance(ams(2025, 10, 26, 12))
    assert [p.reason for p in prompts] == ["unusual"]
    ts = prompts[0].ts  # red came during quiet hours (22:00 or 00:30)
    assert ts == ams(2025, 10, 26, 7, 0)
    assert ts.astimezone(UTC) == datetime(2025, 10, 26, 6, 0, tzinfo=UTC)


def test_snapshot_and_restore_continue_identically() -> None:
    a = fresh()
    spike(a, ams(2025, 4, 1, 9), SPIKE[:3])
    b = Engine.restore(json.loads(json.dumps(a.snapshot())), HotspotConfig())
    tail = [x - 1 for x in SPIKE[3:]]
    day = ams(2025, 4, 1, 16)
    out_a, out_b = spike(a, day, tail), spike(b, day, tail)
    assert out_a and [p.to_json_dict() for p in out_a] == [p.to_json_dict() for p in out_b]
    assert [p.text for p in out_a] == [p.text for p in out_b]


def test_overview_lists_every_place() -> None:
    engine = fresh()
    spike(engine, ams(2025, 4, 1, 9), SPIKE)
    status = {s.location: s for s in engine.overview(ams(2025, 4, 2, 17))}
    assert set(status) == {LOC} | {f"plek{i}" for i in range(6)}
    assert status[LOC].level == "red" and status["plek0"].level == "green"
    assert status[LOC].window_incidents > status[LOC].window_expected
    assert 0.0 < status[LOC].window_chance < 0.01


def test_late_receipt_does_not_go_back_in_time() -> None:
    engine = fresh()
    engine.advance(ams(2025, 4, 2, 12))
    engine.add(point("late", ams(2025, 4, 1, 22), LOC), received_at=ams(2025, 4, 1, 23))
    assert engine.advance(ams(2025, 4, 3)) == []


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Engine(start=datetime(2025, 1, 1))
