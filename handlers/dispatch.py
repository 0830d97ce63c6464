"""Exactly-once bookkeeping around the router.

The adapter calls ``dispatch`` for every event, performs the returned actions, then calls
``complete``. Before the first action runs, the actions are written to the outbox; an
event is marked handled (and leaves the outbox) only after all of them ran. After a crash:
  * actions in the outbox are finished at start-up (``unfinished``), even for an event
    that can no longer be read because the bot already redacted it;
  * an event whose handler ran but whose actions were not yet recorded is handled again;
    handlers store idempotently (by event id), so that never duplicates a signal.
"""

from __future__ import annotations

from dataclasses import dataclass

from handlers.context import Context
from handlers.log import get_logger, safe_error
from handlers.router import Router
from handlers.types import (
    IncomingMessage,
    Outcome,
    SendMessage,
    action_from_dict,
    action_to_dict,
)
from storage import audit, handled, replies

log = get_logger("signaalbot.dispatch")

FAILED_TEXT = (
    "Sorry, er ging iets mis bij het verwerken van je bericht. Het is nog niet opgeslagen. "
    "De beheerder is gewaarschuwd. Stuur je signaal over een paar minuten opnieuw."
)


@dataclass(frozen=True, slots=True)
class Unfinished:
    event_id: str
    room_id: str
    outcome: Outcome


class Dispatcher:
    def __init__(self, router: Router, ctx: Context) -> None:
        self.router = router
        self.ctx = ctx

    def dispatch(self, msg: IncomingMessage) -> Outcome | None:
        """The actions to perform for this event, or None when it was handled before."""
        with self.ctx.db.transaction() as session:
            if handled.is_handled(session, msg.event_id):
                log.debug("duplicate_event", event_id=msg.event_id, room_id=msg.room_id)
                return None
            stored = handled.load_outbox(session, msg.event_id)
            if stored is not None:
                return Outcome(
                    actions=tuple(action_from_dict(a) for a in stored.actions), label=stored.label
                )
        outcome = self._route(msg)
        if outcome.actions:
            with self.ctx.db.transaction() as session:
                handled.save_outbox(
                    session,
                    event_id=msg.event_id,
                    room_id=msg.room_id,
                    label=outcome.label[:64],
                    actions=[action_to_dict(a) for a in outcome.actions],
                    at=self.ctx.now(),
                )
        log.info("event_handled", event_id=msg.event_id, room_id=msg.room_id, outcome=outcome.label)
        return outcome

    def _route(self, msg: IncomingMessage) -> Outcome:
        try:
            return self.router.route(msg, self.ctx)
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

    def complete(self, msg: IncomingMessage, outcome: Outcome) -> None:
        self.complete_event(msg.event_id, msg.room_id, outcome)

    def complete_event(self, event_id: str, room_id: str, outcome: Outcome) -> None:
        """Record that the event's actions were carried out (and empty its outbox entry)."""
        with self.ctx.db.transaction() as session:
            handled.mark_handled(
                session,
                event_id=event_id,
                room_id=room_id,
                at=self.ctx.now(),
                outcome=outcome.label[:64],
            )

    def record_sent(self, origin_event_id: str, room_id: str, event_id: str) -> None:
        """Remember that our message ``event_id`` answered ``origin_event_id``."""
        with self.ctx.db.transaction() as session:
            replies.record_sent(
                session,
                event_id=event_id,
                room_id=room_id,
                origin_event_id=origin_event_id,
                at=self.ctx.now(),
            )

    def unfinished(self) -> list[Unfinished]:
        """Events whose actions a crash interrupted, oldest first."""
        with self.ctx.db.transaction() as session:
            return [
                Unfinished(
                    entry.event_id,
                    entry.room_id,
                    Outcome(
                        actions=tuple(action_from_dict(a) for a in entry.actions),
                        label=entry.label,
                    ),
                )
                for entry in handled.unfinished(session)
            ]
