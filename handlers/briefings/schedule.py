"""Scheduled times in local wall-clock time, without a scheduler: which slot a run
belongs to and where the period it covers starts.

APScheduler (bot/scheduling.py) decides *when* to run; this module decides *what* a run
covers, from the same schedule, so a run that comes late (after downtime) still covers
its own slot, and a run repeated after a crash is recognised by that slot.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from config.models import BriefingKind, BriefingSchedule

_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Kinds whose periods follow on from each other: the afternoon briefing covers since the
# evening debriefing, and the debriefing since the briefing.
FAMILIES: dict[BriefingKind, frozenset[BriefingKind]] = {
    BriefingKind.BRIEFING: frozenset({BriefingKind.BRIEFING, BriefingKind.DEBRIEFING}),
    BriefingKind.DEBRIEFING: frozenset({BriefingKind.BRIEFING, BriefingKind.DEBRIEFING}),
    BriefingKind.MORNING: frozenset({BriefingKind.MORNING}),
    BriefingKind.WEEKLY: frozenset({BriefingKind.WEEKLY}),
}
# However long nothing was sent, an overview never reaches back further than this.
MAX_PERIOD: dict[BriefingKind, timedelta] = {
    BriefingKind.BRIEFING: timedelta(days=2),
    BriefingKind.DEBRIEFING: timedelta(days=2),
    BriefingKind.MORNING: timedelta(days=3),
    BriefingKind.WEEKLY: timedelta(days=14),
}
# A scheduler fires at or after a slot, never before; a slot in a DST gap (02:30 on the
# last Sunday of March) may fire a little off the wall-clock time we compute for it.
_TOLERANCE = timedelta(hours=1)


def weekdays(days: str) -> frozenset[int]:
    """Cron-style day names ("*", "mon", "mon-fri", "sat,sun") to weekday numbers."""
    if days == "*":
        return frozenset(range(7))
    out: set[int] = set()
    for part in days.split(","):
        first, _, last = part.partition("-")
        a = _DAY_NAMES.index(first)
        b = _DAY_NAMES.index(last) if last else a
        out.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
    return frozenset(out)


def local_time(day: date, hour: int, minute: int, tz: ZoneInfo) -> datetime:
    """A wall-clock time on a day as an aware UTC datetime (a time the clocks skip is read
    with the offset from before the change, i.e. an hour later in summer time)."""
    naive = datetime(day.year, day.month, day.day, hour, minute)
    return naive.replace(tzinfo=tz).astimezone(UTC)


def fire_times(
    schedule: BriefingSchedule, start: datetime, end: datetime, tz: ZoneInfo
) -> list[datetime]:
    """The schedule's times in [start, end), oldest first."""
    days = weekdays(schedule.days)
    first = start.astimezone(tz).date() - timedelta(days=1)
    last = end.astimezone(tz).date() + timedelta(days=1)
    out: list[datetime] = []
    day = first
    while day <= last:
        if day.weekday() in days:
            at = local_time(day, schedule.hour, schedule.minute, tz)
            if start <= at < end:
                out.append(at)
        day += timedelta(days=1)
    return out


def slot_for(schedule: BriefingSchedule, now: datetime, tz: ZoneInfo) -> datetime | None:
    """The scheduled time a run at ``now`` belongs to: the latest one not after it."""
    times = fire_times(schedule, now - timedelta(days=8), now + _TOLERANCE, tz)
    return times[-1] if times else None


def natural_start(
    schedules: Iterable[BriefingSchedule], kind: BriefingKind, slot: datetime, tz: ZoneInfo
) -> datetime:
    """Where a period starts when no earlier run is known: the family's previous slot."""
    family = FAMILIES[kind]
    earliest = slot - MAX_PERIOD[kind]
    before = [t for s in schedules if s.kind in family for t in fire_times(s, earliest, slot, tz)]
    return max(before) if before else slot - timedelta(days=1)


def period_start(
    schedules: Iterable[BriefingSchedule],
    kind: BriefingKind,
    slot: datetime,
    tz: ZoneInfo,
    previous_end: datetime | None,
) -> datetime:
    """Since the previous overview of the family, when there was one recently enough."""
    if previous_end is not None and slot - MAX_PERIOD[kind] <= previous_end < slot:
        return previous_end
    return natural_start(schedules, kind, slot, tz)


def week_earlier(moment: datetime, tz: ZoneInfo) -> datetime:
    """The same wall-clock time seven days earlier (23 or 25 hours across a DST change)."""
    local = moment.astimezone(tz)
    return (local.replace(tzinfo=None) - timedelta(days=7)).replace(tzinfo=tz).astimezone(UTC)
