"""The bot's private rooms with individual users."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import DirectRoom


def get_direct_room(session: Session, user_id: str) -> str | None:
    entry = session.get(DirectRoom, user_id)
    return entry.room_id if entry else None


def set_direct_room(session: Session, user_id: str, room_id: str, at: datetime) -> None:
    entry = session.get(DirectRoom, user_id)
    if entry is None:
        session.add(DirectRoom(user_id=user_id, room_id=room_id, created_at=at))
    else:
        entry.room_id = room_id
    session.flush()


def direct_room_ids(session: Session) -> set[str]:
    return set(session.scalars(select(DirectRoom.room_id)))
