"""What handlers may use: configuration, storage, the privacy gate, the rooms, a clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from config.models import Member, RoomConfig, RoomPurpose, Settings
from nlp.gate import PrivacyGate
from nlp.policy import GateMode, GatePolicy
from nlp.types import PiiType
from nlp.understanding import SignalParser
from storage import locations
from storage.db import Database

if TYPE_CHECKING:
    from handlers.hotspot_service import HotspotService


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class RoomDirectory:
    """Configured rooms by their resolved room id (adapters resolve aliases at start-up)."""

    by_id: dict[str, RoomConfig] = field(default_factory=dict)

    def add(self, room_id: str, room: RoomConfig) -> None:
        self.by_id[room_id] = room

    def get(self, room_id: str) -> RoomConfig | None:
        return self.by_id.get(room_id)

    def purpose(self, room_id: str) -> RoomPurpose | None:
        room = self.by_id.get(room_id)
        return room.purpose if room else None

    def ids_for(self, purpose: RoomPurpose) -> list[str]:
        return [room_id for room_id, room in self.by_id.items() if room.purpose is purpose]


@dataclass
class Context:
    settings: Settings
    db: Database
    gate: PrivacyGate
    bot_user_id: str
    rooms: RoomDirectory = field(default_factory=RoomDirectory)
    clock: Callable[[], datetime] = utc_now
    # Knows the configured and confirmed places; rebuilt by refresh_places().
    parser: SignalParser = field(default_factory=SignalParser)
    # Counts incidents per place and prompts the regisseur (set up by bot.app.build_app).
    hotspots: HotspotService | None = None

    def member(self, user_id: str) -> Member | None:
        return self.settings.members.get(user_id)

    def now(self) -> datetime:
        return self.clock()

    def refresh_places(self) -> None:
        """Rebuild the parser after places were configured, confirmed, renamed or merged."""
        from handlers.understanding import build_parser

        with self.db.transaction() as session:
            self.parser = build_parser(self, session)
            if self.hotspots is not None:
                for place in locations.known(session):
                    self.hotspots.engine.register(place.name)

    def gate_policy(self, room_id: str) -> GatePolicy:
        """The configured privacy policy of a room (strip or block, and what always blocks)."""
        room = self.rooms.get(room_id)
        mode = GateMode(room.privacy) if room is not None else GateMode.STRIP
        block_types = frozenset(PiiType(t) for t in self.settings.privacy.block_types)
        return GatePolicy(mode=mode, block_types=block_types)
