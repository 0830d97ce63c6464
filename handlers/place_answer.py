"""The answer to "Waar was dit?": the poster replies to the bot's question with the place."""

from __future__ import annotations

from handlers.context import Context
from handlers.router import Handler
from handlers.screening import answer, screen
from handlers.types import IncomingMessage, Outcome, SendMessage
from handlers.understanding import (
    from_storage,
    known_place_name,
    reply_in_signal_room,
    to_storage,
    with_place,
)
from nlp.types import Verdict
from storage import audit, replies
from storage.models import BotMessage
from storage.signals import set_understanding

# A place, not a story: longer answers are treated as a new signal.
MAX_WORDS = 8


class PlaceAnswer(Handler):
    name = "place_answer"

    def check(self, msg: IncomingMessage, ctx: Context) -> bool:
        if not (reply_in_signal_room(msg, ctx) and 0 < len(msg.body.split()) <= MAX_WORDS):
            return False
        assert msg.reply_to is not None
        with ctx.db.transaction() as session:
            # Only a reply to the bot's message (which asked) about the poster's own signal.
            if session.get(BotMessage, msg.reply_to) is None:
                return False
            signal = replies.signal_for(session, msg.reply_to)
            return signal is not None and signal.location is None and signal.sender == msg.sender

    def handle(self, msg: IncomingMessage, ctx: Context) -> Outcome:
        assert msg.reply_to is not None
        screening = screen(msg, ctx)
        if screening.verdict is not Verdict.PASS:
            actions = answer(msg, screening, ctx)
            return Outcome(actions=actions, label=f"place_answer:{screening.verdict.value}")
        with ctx.db.transaction() as session:
            signal = replies.signal_for(session, msg.reply_to)
            assert signal is not None
            found = ctx.parser.parse(msg.body, now=signal.received_at)
            typed = found.location or msg.body.strip(" .!?")
            name, known = known_place_name(session, typed, ctx)
            updated = with_place(from_storage(signal, ctx), name, known)
            set_understanding(signal, to_storage(updated), at=ctx.now())
            audit.record(
                session,
                at=ctx.now(),
                actor=msg.sender,
                action="signal.place_added",
                room_id=msg.room_id,
                event_id=msg.event_id,
                signal_id=signal.id,
                details={"known": known},
            )
        reply = SendMessage(msg.room_id, f"Dank je. {updated.describe_nl()}", reply_to=msg.event_id)
        return Outcome(actions=(reply,), label="place_answer")
