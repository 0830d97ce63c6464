"""Calendar arithmetic in local time (working days, quiet hours, daily ticks), DST-correct.

Rule used everywhere: instants are kept in UTC and durations are added in UTC; local
time (Europe/Amsterdam by default) is only used to pick calendar moments, which are
built with ``datetime.combine`` so the zone's offset for *that* date applies.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

__all__ = [
    "add_working_days",
    "at_local",
    "in_quiet_hours",
    "next_local_time",
    "quiet_end",
    "require_aware",
    "utc",
]


def require_aware(moment: datetime) -> None:
    """Naive datetimes are refused: the engine has no implicit wall clock or zone."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"need a timezone-aware datetime, got {moment!r}")


def utc(moment: datetime) -> datetime:
    """The same instant in UTC (refuses naive datetimes)."""
    require_aware(moment)
    return moment.astimezone(UTC)


def at_local(day: date, clock: time, tz: ZoneInfo) -> datetime:
    """The instant at which local wall time on ``day`` reads ``clock`` (UTC)."""
    return datetime.combine(day, clock, tzinfo=tz).astimezone(UTC)


def next_local_time(after: datetime, clock: time, tz: ZoneInfo) -> datetime:
    """The first instant strictly after ``after`` when local wall time reads ``clock``."""
    day = after.astimezone(tz).date()
    for offset in range(3):
        candidate = at_local(day + timedelta(days=offset), clock, tz)
        if candidate > after:
            return candidate
    raise AssertionError("unreachable")  # pragma: no cover


def add_working_days(
    moment: datetime, days: int, tz: ZoneInfo, holidays: Collection[date] = ()
) -> datetime:
    """The same local wall time on the ``days``-th working day (Mon-Fri) after ``moment``.

    A prompt on Friday 16:00 is reminded on Tuesday 16:00; one on Saturday on Tuesday too.
    """
    local = moment.astimezone(tz)
    day = local.date()
    counted = 0
    while counted < days:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in holidays:
            counted += 1
    return at_local(day, local.time().replace(tzinfo=None), tz)


def in_quiet_hours(moment: datetime, quiet: tuple[time, time] | None, tz: ZoneInfo) -> bool:
    """Whether local time is in [start, end); the interval may wrap past midnight."""
    if quiet is None:
        return False
    start, end = quiet
    clock = moment.astimezone(tz).time().replace(tzinfo=None)
    if start <= end:
        return start <= clock < end
    return clock >= start or clock < end


def quiet_end(moment: datetime, quiet: tuple[time, time], tz: ZoneInfo) -> datetime:
    """When the quiet period that contains ``moment`` ends."""
    return next_local_time(moment, quiet[1], tz)
