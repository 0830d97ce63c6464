"""Events waiting for their room key. Only ids are kept, never the ciphertext."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import PendingDecryption


def add_pending(
    session: Session, *, event_id: str, room_id: str, session_id: str, sender: str, at: datetime
) -> bool:
    """Remember an undecryptable event; False when it was already waiting."""
    if session.get(PendingDecryption, event_id) is not None:
        return False
    session.add(
        PendingDecryption(
            event_id=event_id,
            room_id=room_id,
            session_id=session_id,
            sender=sender,
            first_seen=at,
            attempts=0,
        )
    )
    session.flush()
    return True


def pending(session: Session) -> list[PendingDecryption]:
    return list(session.scalars(select(PendingDecryption).order_by(PendingDecryption.first_seen)))


def bump_attempts(session: Session, event_id: str) -> None:
    entry = session.get(PendingDecryption, event_id)
    if entry is not None:
        entry.attempts += 1


def remove_pending(session: Session, event_id: str) -> None:
    entry = session.get(PendingDecryption, event_id)
    if entry is not None:
        session.delete(entry)
        session.flush()
