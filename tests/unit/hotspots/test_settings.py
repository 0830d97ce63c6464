"""Settings from the plain values a TOML table gives."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from handlers.hotspots import HotspotConfig


def test_from_mapping() -> None:
    cfg = HotspotConfig.from_mapping(
        {
            "hold_minutes": 5,
            "window_days": 10,
            "baseline_weeks": 12,
            "quiet_hours": "23:00-06:30",
            "tick_at": "06:30",
            "severe_categories": ["wapen"],
            "holidays": ["2025-12-25"],
            "red_min_organisations": 3,
        }
    )
    assert cfg.hold == timedelta(minutes=5) and cfg.window == timedelta(days=10)
    assert cfg.baseline == timedelta(weeks=12)
    assert cfg.quiet_hours == (time(23, 0), time(6, 30)) and cfg.tick_at == time(6, 30)
    assert cfg.severe_categories == {"wapen"} and cfg.holidays == {date(2025, 12, 25)}
    assert cfg.red_min_organisations == 3
    assert HotspotConfig.from_mapping({"quiet_hours": ""}).quiet_hours is None


@pytest.mark.parametrize("raw", [{"hold_seconds": 3}, {"nonsense": 1}, {"timezone": "Mars/Base"}])
def test_bad_settings_are_refused(raw: dict[str, object]) -> None:
    with pytest.raises((ValueError, KeyError)):
        HotspotConfig.from_mapping(raw)
