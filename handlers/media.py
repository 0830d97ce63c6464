"""Images, files, voice messages, videos, location shares and stickers in a signal room.

They can show or identify persons and the gate cannot read them, so in step 1 they are
removed, with an explanation of what to send instead.
"""

from __future__ import annotations

from config.models import RoomPurpose
from handlers.context import Context
from handlers.router import Handler
from handlers.types import IncomingMessage, MessageKind, Outcome, Redact, SendMessage
from storage import audit

EXPLANATION = (
    "Ik heb je {what} verwijderd: in deze room deel ik alleen tekst, omdat foto's, "
    "bestanden, spraakberichten en locaties personen kunnen tonen of herkenbaar maken. "
    "Beschrijf in een kort bericht waar het was, wat er gebeurde, hoeveel jongeren en hoe laat."
)

_WHAT = {
    MessageKind.IMAGE: "foto",
    MessageKind.FILE: "bestand",
    MessageKind.AUDIO: "spraakbericht",
    MessageKind.VIDEO: "video",
    MessageKind.LOCATION: "locatie",
    MessageKind.STICKER: "sticker",
    # Message types the bot does not know (polls, custom client types): not readable either.
    MessageKind.OTHER: "bericht",
}


class Media(Handler):
    name = "media"

    def check(self, msg: IncomingMessage, ctx: Context) -> bool:
        room = ctx.rooms.get(msg.room_id)
        return (
            msg.kind in _WHAT
            and room is not None
            and room.purpose is RoomPurpose.SIGNAL
            and not room.allow_media
        )

    def handle(self, msg: IncomingMessage, ctx: Context) -> Outcome:
        with ctx.db.transaction() as session:
            audit.record(
                session,
                at=ctx.now(),
                actor=msg.sender,
                action="media.refused",
                room_id=msg.room_id,
                event_id=msg.event_id,
                details={"kind": msg.kind.value},
            )
        return Outcome(
            actions=(
                Redact(msg.room_id, msg.event_id, reason="Geen media in stap 1"),
                SendMessage(
                    msg.room_id,
                    EXPLANATION.format(what=_WHAT[msg.kind]),
                    reply_to=msg.event_id,
                ),
            ),
            label=f"media:{msg.kind.value}",
        )
