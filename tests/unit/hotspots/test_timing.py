"""Working days, quiet hours and ticks in Amsterdam time, across DST changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from handlers.hotspots.timing import add_working_days, in_quiet_hours, next_local_time, quiet_end
from tests.unit.hotspots.conftest import AMS, ams

QUIET = (time(22, 0), time(7, 0))


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        (ams(2025, 3, 5, 10), 2, ams(2025, 3, 7, 10)),  # Wed -> Fri
        (ams(2025, 3, 6, 10), 2, ams(2025, 3, 10, 10)),  # Thu -> Mon
        (ams(2025, 3, 7, 16), 2, ams(2025, 3, 11, 16)),  # Fri -> Tue
        (ams(2025, 3, 8, 11), 2, ams(2025, 3, 11, 11)),  # Sat -> Tue
        (ams(2025, 3, 9, 23, 30), 1, ams(2025, 3, 10, 23, 30)),  # Sun -> Mon
    ],
)
def test_working_days(start: datetime, days: int, due: datetime) -> None:
    assert add_working_days(start, days, AMS) == due


def test_working_days_skip_holidays() -> None:
    # Koningsdag 2025 is Saturday 26 April; use Liberation Day (Monday 5 May 2025).
    due = add_working_days(ams(2025, 5, 2, 9), 2, AMS, holidays={date(2025, 5, 5)})
    assert due == ams(2025, 5, 7, 9)


def test_working_days_keep_wall_time_across_dst() -> None:
    friday = ams(2025, 3, 28, 16)  # CET, UTC+1
    due = add_working_days(friday, 2, AMS)  # Tuesday 1 April, CEST, UTC+2
    assert due.astimezone(AMS).hour == 16
    assert due.astimezone(UTC).hour == 14
    assert due - friday == timedelta(days=4) - timedelta(hours=1)


@pytest.mark.parametrize(
    ("local", "quiet"),
    [((21, 59), False), ((22, 0), True), ((3, 0), True), ((6, 59), True), ((7, 0), False)],
)
def test_quiet_hours_wrap_midnight(local: tuple[int, int], quiet: bool) -> None:
    assert in_quiet_hours(ams(2025, 6, 1, *local), QUIET, AMS) is quiet


def test_quiet_hours_use_local_time_in_summer_and_winter() -> None:
    # 21:30 UTC is 22:30 in winter (quiet) and 23:30 in summer (quiet); 20:30 UTC is
    # 21:30 in winter (not quiet) but 22:30 in summer (quiet).
    assert in_quiet_hours(datetime(2025, 1, 15, 20, 30, tzinfo=UTC), QUIET, AMS) is False
    assert in_quiet_hours(datetime(2025, 7, 15, 20, 30, tzinfo=UTC), QUIET, AMS) is True


def test_quiet_night_over_the_autumn_change_is_ten_hours() -> None:
    start = ams(2025, 10, 25, 22, 0)  # CEST
    end = quiet_end(start, QUIET, AMS)  # 07:00 CET on Sunday 26 October
    assert end == ams(2025, 10, 26, 7, 0)
    assert end - start == timedelta(hours=10)


def test_quiet_night_over_the_spring_change_is_shorter() -> None:
    start = ams(2025, 3, 29, 22, 0)
    end = quiet_end(start, QUIET, AMS)
    assert end - start == timedelta(hours=8)


def test_daily_tick_at_local_seven_across_dst() -> None:
    t = ams(2025, 3, 29, 8, 0)
    first = next_local_time(t, time(7, 0), AMS)
    second = next_local_time(first, time(7, 0), AMS)
    assert first == ams(2025, 3, 30, 7, 0) and second == ams(2025, 3, 31, 7, 0)
    assert first.astimezone(UTC).hour == 5 and ams(2025, 3, 29, 7).astimezone(UTC).hour == 6
