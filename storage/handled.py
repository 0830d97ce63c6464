"""Which events are done, and what is still to do for the others.

The idempotency record of the sync loop: ``outbox`` holds the actions decided for an event
until ``mark_handled`` records it as done (in the same transaction).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import HandledEvent, OutboxEntry


def is_handled(session: Session, event_id: str) -> bool:
    return session.get(HandledEvent, event_id) is not None


def mark_handled(
    session: Session, *, event_id: str, room_id: str, at: datetime, outcome: str
) -> None:
    if session.get(HandledEvent, event_id) is None:
        session.add(
            HandledEvent(event_id=event_id, room_id=room_id, handled_at=at, outcome=outcome)
        )
    pending = session.get(OutboxEntry, event_id)
    if pending is not None:
        session.delete(pending)
    session.flush()


def outcome(session: Session, event_id: str) -> str | None:
    entry = session.get(HandledEvent, event_id)
    return entry.outcome if entry else None


def save_outbox(
    session: Session,
    *,
    event_id: str,
    room_id: str,
    label: str,
    actions: list[dict[str, Any]],
    at: datetime,
) -> None:
    if session.get(OutboxEntry, event_id) is None:
        session.add(
            OutboxEntry(
                event_id=event_id, room_id=room_id, label=label, actions=actions, created_at=at
            )
        )
        session.flush()


def load_outbox(session: Session, event_id: str) -> OutboxEntry | None:
    return session.get(OutboxEntry, event_id)


def unfinished(session: Session) -> list[OutboxEntry]:
    return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.created_at)))
