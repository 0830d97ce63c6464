"""Tunable settings of the hotspot engine, with the defaults the benchmark was run with."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

__all__ = ["DEFAULT_SEVERE_CATEGORIES", "HotspotConfig"]

DEFAULT_SEVERE_CATEGORIES: frozenset[str] = frozenset({"wapen", "vechtpartij", "oproep_online"})


@dataclass(frozen=True)
class HotspotConfig:
    """All knobs in one place; ``from_mapping`` reads the TOML table the lead wires in.

    Statistics: the baseline is the ``baseline`` period that ends ``guard`` before the
    current ``window`` starts (so a rise that began just before the window does not raise
    the baseline). Levels come from a Poisson CUSUM (see ``detector``); ``red_return`` and
    ``yellow_return`` are the nominal "this happens less than once per ..." periods.
    """

    timezone: str = "Europe/Amsterdam"
    incident_window: timedelta = timedelta(hours=2)
    uncategorised: frozenset[str] = frozenset({"overig"})
    severe_categories: frozenset[str] = DEFAULT_SEVERE_CATEGORIES
    window: timedelta = timedelta(days=14)
    baseline: timedelta = timedelta(weeks=8)
    guard: timedelta = timedelta(weeks=1)
    # Without this much history nothing is "unusual" yet: no red from the numbers alone
    # (severe incidents still prompt). Stops a freshly started bot from crying wolf.
    warmup: timedelta = timedelta(days=28)
    red_return: timedelta = timedelta(days=365)
    yellow_return: timedelta = timedelta(days=91)
    slow_return: timedelta = timedelta(days=365)
    red_min_incidents: int = 3
    red_min_organisations: int = 2
    yellow_min_incidents: int = 2
    design_ratio: float = 3.0  # the rise the red CUSUM is tuned for (x3)
    slow_ratio: float = 1.5  # the rise the "sluipende toename" CUSUM is tuned for
    # The baseline rate used for alarms is this upper credible quantile of the location's
    # rate, not its mean: an underestimated baseline is what makes detectors cry wolf.
    baseline_quantile: float = 0.75
    prior_days: float = 14.0  # shrinkage strength while there are too few locations
    prior_days_min: float = 2.0
    prior_days_max: float = 56.0
    min_locations_for_prior: int = 5
    default_rate_per_day: float = 0.1  # city rate before there is any history
    hold: timedelta = timedelta(minutes=15)
    quiet_hours: tuple[time, time] | None = (time(22, 0), time(7, 0))
    tick_at: time = time(7, 0)  # daily evaluation (local)
    reminder_working_days: int = 2
    escalation_working_days: int = 1  # counted from the reminder
    holidays: frozenset[date] = frozenset()
    review_days_default: int = 14  # "Monitoren" without a date
    severe_breaks_silence: bool = True  # a decision does not mute a new weapon/fight
    trend_weeks: int = 8
    last_signals: int = 5

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def history(self) -> timedelta:
        """How far back incidents are kept: baseline, guard, window (trend fits inside)."""
        keep = self.window + self.guard + self.baseline
        return max(keep, timedelta(weeks=self.trend_weeks)) + timedelta(days=1)

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> HotspotConfig:
        """Build from plain values: durations as ``*_minutes``/``*_hours``/``*_days``
        keys (e.g. ``hold_minutes = 15``), times as "HH:MM", quiet hours as
        "22:00-07:00" (or "" for none), sets as lists."""
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        units = {"_minutes": "minutes", "_hours": "hours", "_days": "days", "_weeks": "weeks"}
        for key, value in raw.items():
            name, unit = key, None
            for suffix, kw in units.items():
                if key.endswith(suffix) and key[: -len(suffix)] in known:
                    name, unit = key[: -len(suffix)], kw
            if name not in known:
                raise ValueError(f"unknown hotspot setting {key!r}")
            if unit is not None:
                values[name] = timedelta(**{unit: float(value)})
            elif name in {"tick_at"}:
                values[name] = time.fromisoformat(str(value))
            elif name == "quiet_hours":
                values[name] = _quiet(str(value)) if value else None
            elif name == "holidays":
                values[name] = frozenset(date.fromisoformat(str(v)) for v in value)
            elif name in {"uncategorised", "severe_categories"}:
                values[name] = frozenset(str(v) for v in value)
            else:
                values[name] = value
        config = cls(**values)
        config.tz  # noqa: B018 - fail early on an unknown zone
        return config


def _quiet(text: str) -> tuple[time, time]:
    start, _, end = text.partition("-")
    return time.fromisoformat(start.strip()), time.fromisoformat(end.strip())
