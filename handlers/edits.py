"""Edits of signals: an edit may add personal data, so it is screened like a new message.

A clean edit updates the stored signal. An edit with personal data is removed from the
room (clients then show the previous, screened version again); a sanitized version is
shared and stored, or nothing when the gate blocks it.
"""

from __future__ import annotations

from config.models import RoomPurpose
from handlers.context import Context
from handlers.router import Handler
from handlers.screening import answer, screen
from handlers.types import IncomingMessage, Outcome
from handlers.understanding import confirmation, remember_new_place, to_storage
from nlp.types import Verdict
from storage import audit
from storage.signals import get_signal_by_event, set_understanding, update_text


class Edits(Handler):
    name = "edits"

    def check(self, msg: IncomingMessage, ctx: Context) -> bool:
        return msg.replaces is not None and ctx.rooms.purpose(msg.room_id) is RoomPurpose.SIGNAL

    def handle(self, msg: IncomingMessage, ctx: Context) -> Outcome:
        assert msg.replaces is not None
        screening = screen(msg, ctx)
        parsed = None
        with ctx.db.transaction() as session:
            signal = get_signal_by_event(session, msg.replaces)
            known = signal is not None and signal.sender == msg.sender
            if signal is not None and known and screening.verdict is not Verdict.BLOCKED:
                update_text(
                    session,
                    signal,
                    text=screening.body.text,
                    verdict=screening.verdict.value,
                    finding_types=[t.value for t in screening.types],
                    at=ctx.now(),
                )
                if screening.body.text:
                    # What the signal is about follows the new text (at the original time).
                    parsed = ctx.parser.parse(screening.body.text, now=signal.received_at)
                    set_understanding(signal, to_storage(parsed), at=ctx.now())
                    remember_new_place(session, parsed, ctx)
            audit.record(
                session,
                at=ctx.now(),
                actor=msg.sender,
                action="signal.edited" if known else "edit.ignored",
                room_id=msg.room_id,
                event_id=msg.event_id,
                signal_id=signal.id if signal is not None else None,
                details={
                    "verdict": screening.verdict.value,
                    "types": [t.value for t in screening.types],
                },
            )
        if not known and screening.verdict is Verdict.PASS:
            return Outcome(label="edit:ignored")
        actions = answer(
            msg,
            screening,
            ctx,
            what="aanpassing",
            clean_reply="Aanpassing genoteerd.",
            details=confirmation(parsed) if parsed else None,
        )
        return Outcome(actions=actions, label=f"edit:{screening.verdict.value}")
