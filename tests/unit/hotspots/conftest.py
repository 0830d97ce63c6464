"""Helpers for the hotspot tests: Amsterdam times and signal points."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.hotspots import SignalPoint

AMS = ZoneInfo("Europe/Amsterdam")


def ams(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    """A local Amsterdam time (aware)."""
    return datetime(year, month, day, hour, minute, tzinfo=AMS)


def point(
    ident: str,
    at: datetime,
    location: str = "JOP Wilhelminapark",
    categories: Iterable[str] = ("overlast",),
    org: str = "handhaving",
    severe: bool = False,
) -> SignalPoint:
    return SignalPoint(ident, at, location, frozenset(categories), org, severe)
