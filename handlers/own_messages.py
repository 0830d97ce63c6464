"""The bot's own messages come back through sync; they are never handled."""

from __future__ import annotations

from handlers.context import Context
from handlers.router import Handler
from handlers.types import IncomingMessage, Outcome


class OwnMessages(Handler):
    name = "own_messages"

    def check(self, msg: IncomingMessage, ctx: Context) -> bool:
        return msg.sender == ctx.bot_user_id

    def handle(self, msg: IncomingMessage, ctx: Context) -> Outcome:
        return Outcome(label="own")
