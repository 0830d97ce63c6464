"""Which events are done: the idempotency record of the sync loop."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from storage.models import HandledEvent


def is_handled(session: Session, event_id: str) -> bool:
    return session.get(HandledEvent, event_id) is not None


def mark_handled(
    session: Session, *, event_id: str, room_id: str, at: datetime, outcome: str
) -> None:
    if session.get(HandledEvent, event_id) is None:
        session.add(
            HandledEvent(event_id=event_id, room_id=room_id, handled_at=at, outcome=outcome)
        )
        session.flush()


def outcome(session: Session, event_id: str) -> str | None:
    entry = session.get(HandledEvent, event_id)
    return entry.outcome if entry else None
