"""Slots and periods in local time, also across the DST changes, and agreement with the
scheduler that decides when a job fires."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.cron import CronTrigger

from config.models import DEFAULT_BRIEFINGS, BriefingKind, BriefingSchedule
from handlers.briefings.schedule import (
    fire_times,
    natural_start,
    period_start,
    slot_for,
    week_earlier,
    weekdays,
)

TZ = ZoneInfo("Europe/Amsterdam")
SIGNAL = DEFAULT_BRIEFINGS["signal"]
REGIE = DEFAULT_BRIEFINGS["regisseur"]


def at(text: str) -> datetime:
    """A local Amsterdam wall-clock time as UTC."""
    return datetime.fromisoformat(text).replace(tzinfo=TZ).astimezone(UTC)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ("*", set(range(7))),
        ("mon", {0}),
        ("mon-fri", {0, 1, 2, 3, 4}),
        ("sat,sun", {5, 6}),
        ("fri-mon", {4, 5, 6, 0}),
    ],
)
def test_weekdays(days: str, expected: set[int]) -> None:
    assert weekdays(days) == expected


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2026-03-25T00:00", "2026-04-02T00:00"),  # clocks go forward on Sunday 29 March
        ("2026-10-21T00:00", "2026-10-29T00:00"),  # and back on Sunday 25 October
        ("2026-11-01T00:00", "2026-11-30T00:00"),
    ],
)
@pytest.mark.parametrize("schedule", [*SIGNAL, *REGIE], ids=lambda s: f"{s.kind}-{s.at}")
def test_fire_times_agree_with_apscheduler(
    schedule: BriefingSchedule, start: str, end: str
) -> None:
    trigger = CronTrigger(
        day_of_week=schedule.days, hour=schedule.hour, minute=schedule.minute, timezone=TZ
    )
    expected: list[datetime] = []
    previous = None
    now = at(start)
    while (nxt := trigger.get_next_fire_time(previous, now)) < at(end):
        expected.append(nxt.astimezone(UTC))
        previous, now = nxt, nxt + timedelta(seconds=1)
    assert fire_times(schedule, at(start), at(end), TZ) == expected
    # Wall-clock times stay put across the change.
    assert {t.astimezone(TZ).strftime("%H:%M") for t in expected} == {schedule.at}


def test_briefing_after_spring_forward_covers_fourteen_hours() -> None:
    briefing = SIGNAL[0]
    slot = slot_for(briefing, at("2026-03-29T13:05"), TZ)
    assert slot == at("2026-03-29T13:00")
    start = natural_start(SIGNAL, BriefingKind.BRIEFING, slot, TZ)
    assert start == at("2026-03-28T22:00")
    assert slot - start == timedelta(hours=14)  # 22:00 to 13:00 is one hour shorter


def test_briefing_after_fall_back_covers_sixteen_hours() -> None:
    slot = slot_for(SIGNAL[0], at("2026-10-25T13:00"), TZ)
    assert slot is not None
    start = natural_start(SIGNAL, BriefingKind.BRIEFING, slot, TZ)
    assert slot - start == timedelta(hours=16)


def test_debriefing_covers_since_the_briefing() -> None:
    slot = slot_for(SIGNAL[1], at("2026-11-22T22:00"), TZ)
    assert slot == at("2026-11-22T22:00")
    assert natural_start(SIGNAL, BriefingKind.DEBRIEFING, slot, TZ) == at("2026-11-22T13:00")


def test_a_late_run_belongs_to_its_own_slot() -> None:
    # Down from 12:00 to 14:30: the 13:00 briefing runs at start-up and covers until 13:00.
    assert slot_for(SIGNAL[0], at("2026-11-22T14:30"), TZ) == at("2026-11-22T13:00")


def test_weekly_slot_and_period() -> None:
    weekly = REGIE[1]
    slot = slot_for(weekly, at("2026-11-23T08:30"), TZ)
    assert slot == at("2026-11-23T08:30")
    assert natural_start(REGIE, BriefingKind.WEEKLY, slot, TZ) == at("2026-11-16T08:30")
    # On a Sunday the slot is last Monday's (and too old to send: the service checks).
    assert slot_for(weekly, at("2026-11-22T09:00"), TZ) == at("2026-11-16T08:30")


def test_period_starts_at_the_previous_run_when_recent() -> None:
    slot = at("2026-11-22T22:00")
    earlier = at("2026-11-21T22:00")  # the 13:00 briefing was missed: cover since yesterday
    assert period_start(SIGNAL, BriefingKind.DEBRIEFING, slot, TZ, earlier) == earlier
    ancient = at("2026-11-01T22:00")  # weeks ago: fall back to the schedule
    assert period_start(SIGNAL, BriefingKind.DEBRIEFING, slot, TZ, ancient) == at(
        "2026-11-22T13:00"
    )


def test_week_earlier_keeps_the_wall_clock_time_across_dst() -> None:
    assert week_earlier(at("2026-03-29T13:00"), TZ) == at("2026-03-22T13:00")
    assert at("2026-03-29T13:00") - at("2026-03-22T13:00") == timedelta(days=7, hours=-1)
    assert week_earlier(at("2026-10-27T22:00"), TZ) == at("2026-10-20T22:00")


def test_a_time_the_clocks_skip_gets_one_slot() -> None:
    night = BriefingSchedule(kind=BriefingKind.BRIEFING, at="02:30")
    times = fire_times(night, at("2026-03-28T12:00"), at("2026-03-30T12:00"), TZ)
    assert len(times) == 2
    # 02:30 does not exist on 29 March; the slot is the instant APScheduler fires.
    trigger = CronTrigger(hour=2, minute=30, timezone=TZ)
    fired = trigger.get_next_fire_time(None, at("2026-03-29T00:00"))
    assert fired is not None and times[0] == fired.astimezone(UTC)
