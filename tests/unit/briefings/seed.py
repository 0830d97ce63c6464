"""A seeded municipality for overview tests: three weeks of invented signals."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.app import App, build_app
from config.loader import parse_settings
from tests.helpers import FATIMA, JORIS, REGIE_ROOM, SIGNAL_ROOM, FixedClock, settings_dict
from tests.unit.test_handlers import message, run

# Sunday 22 November 2026, 13:00 in Amsterdam (winter time).
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)

LOCATIONS = [
    {"name": "JOP Wilhelminapark", "aliases": ["wilhelminapark"]},
    {"name": "Winkelcentrum Noord", "aliases": ["wc noord"]},
    {"name": "Station Centrum", "aliases": ["het station"]},
    {"name": "Skatebaan Oost", "aliases": ["skatebaan"]},
]

# (days before NOW, local time, sender, text): all invented, group-level.
SIGNALS: list[tuple[int, str, str, str]] = [
    # The same weekend a week earlier: a quieter picture.
    (8, "23:10", FATIMA, "Groepje van 6 bij de JOP Wilhelminapark, blowen en harde muziek"),
    (8, "21:40", JORIS, "Rond de 8 jongeren bij Winkelcentrum Noord, hangen en schreeuwen"),
    (7, "00:30", FATIMA, "Skatebaan Oost: paar jongens met lachgas, ballonnen op de grond"),
    # Earlier this week.
    (4, "22:15", JORIS, "JOP Wilhelminapark weer 7 jongeren, alcohol en muziek, 14-15 jr"),
    (3, "20:50", FATIMA, "Winkelcentrum Noord groep van 10, winkelpersoneel geïntimideerd"),
    (2, "23:30", JORIS, "Station Centrum: groepje van 5 met vuurwerk, rond de 15"),
    (2, "19:00", JORIS, "Groep van 6 bij de Jumbo aan de Dorpsstraat, voetballen tegen de gevel"),
    # Since yesterday's debriefing (Saturday 22:00 local).
    (1, "22:40", FATIMA, "JOP Wilhelminapark groep van 9, blowen, harde muziek, 22.40u"),
    (1, "22:55", JORIS, "Bij de JOP Wilhelminapark ook alcohol gezien, zo'n 9 jongeren"),
    (1, "23:20", FATIMA, "Vechtpartij bij Station Centrum, groep van 6, een had een mes"),
    (0, "01:10", JORIS, "Skatebaan Oost: 4 jongens met lachgas, 16-17 jaar"),
    (0, "10:30", FATIMA, "Winkelcentrum Noord paar jongeren rondhangen, verder rustig"),
]


def seed_settings(tmp: Path, **extra: Any) -> Any:
    data = settings_dict(tmp / "data")
    data["locations"] = LOCATIONS
    data.update(extra)
    return parse_settings(data, tmp / "test.toml")


def local(days_before: int, hhmm: str) -> datetime:
    """A local Amsterdam time ``days_before`` days before NOW's date, as UTC."""
    from zoneinfo import ZoneInfo

    tz = ZoneInfo("Europe/Amsterdam")
    day = NOW.astimezone(tz).date() - timedelta(days=days_before)
    hour, minute = (int(x) for x in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz).astimezone(UTC)


def post(app: App, at: datetime, sender: str, text: str, room: str = SIGNAL_ROOM) -> None:
    app.ctx.clock.now = at  # type: ignore[attr-defined]
    run(app, replace(message(text, sender=sender, room=room), timestamp=at))
    assert app.ctx.hotspots is not None
    app.ctx.hotspots.tick(at)


def seeded_app(tmp: Path, signals: list[tuple[int, str, str, str]] | None = None) -> App:
    app = build_app(seed_settings(tmp), clock=FixedClock(NOW))
    for days, hhmm, sender, text in sorted(
        signals if signals is not None else SIGNALS, key=lambda s: local(s[0], s[1])
    ):
        post(app, local(days, hhmm), sender, text)
    app.ctx.clock.now = NOW  # type: ignore[attr-defined]
    return app


__all__ = ["NOW", "REGIE_ROOM", "SIGNAL_ROOM", "UTC", "seeded_app"]
