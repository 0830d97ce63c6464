"""A signal room without end-to-end encryption is refused: no signal is read or stored.

The warning is given once per room, in the room itself, and logged for the operator.
"""

from __future__ import annotations

from config.models import RoomPurpose
from handlers.context import Context
from handlers.log import get_logger
from handlers.router import Handler
from handlers.types import Action, IncomingMessage, Outcome, SendMessage
from storage import audit, once

log = get_logger("signaalbot.rooms")

WARNING = (
    "Let op: deze signaalroom is niet end-to-end versleuteld. Ik verwerk en bewaar hier "
    "geen signalen. Vraag de beheerder een versleutelde room te maken (signaalbot "
    "setup-rooms) en deel je signalen daar."
)


def refuse_unencrypted(room_id: str, ctx: Context) -> list[Action]:
    """Warn once that a signal room is not encrypted; [] when already warned."""
    log.warning("signal_room_not_encrypted", room_id=room_id)
    with ctx.db.transaction() as session:
        if not once.first_time(session, f"unencrypted:{room_id}", ctx.now()):
            return []
        audit.record(
            session,
            at=ctx.now(),
            actor="signaalbot",
            action="room.refused_unencrypted",
            room_id=room_id,
        )
    return [SendMessage(room_id, WARNING)]


class UnencryptedSignalRoom(Handler):
    name = "unencrypted_signal_room"

    def check(self, msg: IncomingMessage, ctx: Context) -> bool:
        return not msg.room_encrypted and ctx.rooms.purpose(msg.room_id) is RoomPurpose.SIGNAL

    def handle(self, msg: IncomingMessage, ctx: Context) -> Outcome:
        return Outcome(actions=tuple(refuse_unencrypted(msg.room_id, ctx)), label="unencrypted")
