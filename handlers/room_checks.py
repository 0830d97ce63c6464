"""Checks on a configured room when the bot (re)joins it: encryption and moderator rights."""

from __future__ import annotations

from config.models import RoomPurpose
from handlers.context import Context
from handlers.log import get_logger
from handlers.types import Action, SendMessage
from handlers.unencrypted_room import refuse_unencrypted
from storage import once

log = get_logger("signaalbot.rooms")

NO_POWER = (
    "Ik heb in deze room moderatorrechten nodig (machtsniveau 50) om berichten met "
    "persoonsgegevens te verwijderen. Vraag een beheerder van de room om mij die te geven; "
    "tot die tijd kan ik persoonsgegevens niet weghalen."
)


def check_room(room_id: str, *, encrypted: bool, can_redact: bool, ctx: Context) -> list[Action]:
    """Warnings for a signal room the bot cannot safely work in (each given once)."""
    if ctx.rooms.purpose(room_id) is not RoomPurpose.SIGNAL:
        return []
    if not encrypted:
        return refuse_unencrypted(room_id, ctx)
    if can_redact:
        return []
    log.warning("cannot_redact_in_signal_room", room_id=room_id)
    with ctx.db.transaction() as session:
        if not once.first_time(session, f"no_power:{room_id}", ctx.now()):
            return []
    return [SendMessage(room_id, NO_POWER)]
