"""Rooms that are not configured (and are not a private chat) are not ours to read."""

from __future__ import annotations

from handlers.context import Context
from handlers.router import Handler
from handlers.types import IncomingMessage, Outcome


class UnknownRoom(Handler):
    name = "unknown_room"

    def check(self, msg: IncomingMessage, ctx: Context) -> bool:
        return not msg.is_direct and ctx.rooms.get(msg.room_id) is None

    def handle(self, msg: IncomingMessage, ctx: Context) -> Outcome:
        return Outcome(label="unknown_room")
