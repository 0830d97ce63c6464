"""Every text message from a member in a signal room becomes a stored, sanitized signal."""

from __future__ import annotations

from config.models import RoomPurpose
from handlers.context import Context
from handlers.router import Handler
from handlers.screening import answer, screen
from handlers.types import IncomingMessage, Outcome
from handlers.understanding import confirmation, remember_new_place, to_storage
from nlp.types import Verdict
from storage import audit
from storage.signals import NewSignal, Understanding, add_signal


class Intake(Handler):
    name = "intake"

    def check(self, msg: IncomingMessage, ctx: Context) -> bool:
        return (
            msg.kind.is_text
            and msg.replaces is None
            and ctx.rooms.purpose(msg.room_id) is RoomPurpose.SIGNAL
        )

    def handle(self, msg: IncomingMessage, ctx: Context) -> Outcome:
        if not msg.body.strip():
            return Outcome(label="empty")
        member = ctx.member(msg.sender)
        assert member is not None  # the non-member guard runs first
        screening = screen(msg, ctx)
        blocked = screening.verdict is Verdict.BLOCKED
        sanitized = None if blocked else screening.body.text
        # Understanding runs on the sanitized text only.
        parsed = ctx.parser.parse(sanitized, now=msg.timestamp) if sanitized else None
        with ctx.db.transaction() as session:
            signal, created = add_signal(
                session,
                NewSignal(
                    event_id=msg.event_id,
                    room_id=msg.room_id,
                    sender=msg.sender,
                    organisation=member.organisation,
                    received_at=msg.timestamp,
                    text=sanitized,
                    verdict=screening.verdict.value,
                    finding_types=[t.value for t in screening.types],
                    transport=msg.transport,
                    understanding=to_storage(parsed) if parsed else Understanding(),
                ),
            )
            if created and parsed is not None:
                remember_new_place(session, parsed, ctx)
            if created:
                audit.record(
                    session,
                    at=ctx.now(),
                    actor=msg.sender,
                    action="signal.stored",
                    room_id=msg.room_id,
                    event_id=msg.event_id,
                    signal_id=signal.id,
                    details={
                        "verdict": screening.verdict.value,
                        "types": [t.value for t in screening.types],
                        "reasons": list(screening.reasons),
                    },
                )
        actions = answer(
            msg,
            screening,
            ctx,
            details=confirmation(parsed) if parsed else None,
        )
        return Outcome(actions=actions, label=f"signal:{screening.verdict.value}")
