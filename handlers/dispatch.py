"""Exactly-once bookkeeping around the router.

The adapter calls ``dispatch`` for every event, performs the returned actions, then calls
``complete``. An event is marked handled only after its actions ran, so a crash in
between re-runs the handler on restart; handlers store idempotently (by event id), so a
re-run never duplicates a signal.
"""

from __future__ import annotations

from handlers.context import Context
from handlers.log import get_logger, safe_error
from handlers.router import Router
from handlers.types import IncomingMessage, Outcome, SendMessage
from storage import audit, handled

log = get_logger("signaalbot.dispatch")

FAILED_TEXT = (
    "Sorry, er ging iets mis bij het verwerken van je bericht. Het is nog niet opgeslagen. "
    "De beheerder is gewaarschuwd. Stuur je signaal over een paar minuten opnieuw."
)


class Dispatcher:
    def __init__(self, router: Router, ctx: Context) -> None:
        self.router = router
        self.ctx = ctx

    def is_handled(self, event_id: str) -> bool:
        with self.ctx.db.transaction() as session:
            return handled.is_handled(session, event_id)

    def dispatch(self, msg: IncomingMessage) -> Outcome | None:
        """The handler's outcome, or None when this event was handled before."""
        if self.is_handled(msg.event_id):
            log.debug("duplicate_event", event_id=msg.event_id, room_id=msg.room_id)
            return None
        try:
            outcome = self.router.route(msg, self.ctx)
        except Exception as exc:
            log.error(
                "handler_failed", event_id=msg.event_id, room_id=msg.room_id, **safe_error(exc)
            )
            with self.ctx.db.transaction() as session:
                audit.record(
                    session,
                    at=self.ctx.now(),
                    actor="signaalbot",
                    action="event.failed",
                    room_id=msg.room_id,
                    event_id=msg.event_id,
                    details={"error": type(exc).__name__},
                )
            reply = SendMessage(msg.room_id, FAILED_TEXT, reply_to=msg.event_id)
            return Outcome(actions=(reply,), label=f"failed:{type(exc).__name__}")
        log.info("event_handled", event_id=msg.event_id, room_id=msg.room_id, outcome=outcome.label)
        return outcome

    def complete(self, msg: IncomingMessage, outcome: Outcome) -> None:
        """Record that the event's actions were carried out."""
        with self.ctx.db.transaction() as session:
            handled.mark_handled(
                session,
                event_id=msg.event_id,
                room_id=msg.room_id,
                at=self.ctx.now(),
                outcome=outcome.label[:64],
            )
