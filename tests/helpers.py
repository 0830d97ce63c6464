"""Constants and small helpers shared by the tests (invented people only)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

SIGNAL_ROOM = "!signal:test.local"
REGIE_ROOM = "!regie:test.local"
BOT = "@signaalbot:test.local"
FATIMA = "@fatima:test.local"
JORIS = "@joris:test.local"
REGISSEUR = "@regisseur:test.local"


def settings_dict(data_dir: Path) -> dict[str, Any]:
    return {
        "data_dir": str(data_dir),
        "matrix": {"homeserver": "http://127.0.0.1:1", "user_id": BOT},
        "organisations": [
            {"id": "handhaving", "name": "Handhaving"},
            {"id": "jongerenwerk", "name": "Jongerenwerk"},
            {"id": "gemeente", "name": "Gemeente"},
        ],
        "members": {
            FATIMA: {"organisation": "handhaving", "role": "street_worker"},
            JORIS: {"organisation": "jongerenwerk", "role": "street_worker"},
            REGISSEUR: {"organisation": "gemeente", "role": "regisseur"},
        },
        "rooms": [
            {"purpose": "signal", "name": "Signalen", "id": SIGNAL_ROOM},
            {"purpose": "regisseur", "name": "Regie", "id": REGIE_ROOM},
        ],
        "locations": [
            {"name": "JOP Wilhelminapark", "aliases": ["wilhelminapark"]},
        ],
    }


class FixedClock:
    """A clock tests can set and move."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now
