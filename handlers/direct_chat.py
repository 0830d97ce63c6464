"""A member writing to the bot privately: point them to the signal room and !help."""

from __future__ import annotations

from handlers.context import Context
from handlers.router import Handler
from handlers.types import IncomingMessage, Outcome, SendMessage

HINT = (
    "Signalen deel je in de signaalroom; daar haal ik ook persoonsgegevens weg. "
    "Typ !help voor wat ik kan."
)


class DirectChat(Handler):
    name = "direct_chat"

    def check(self, msg: IncomingMessage, ctx: Context) -> bool:
        return msg.is_direct and msg.kind.is_text and msg.replaces is None

    def handle(self, msg: IncomingMessage, ctx: Context) -> Outcome:
        return Outcome(actions=(SendMessage(msg.room_id, HINT, reply_to=msg.event_id),), label="dm")
