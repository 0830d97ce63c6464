"""The audit trail: who did what, when. Never message text, only ids and kinds."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import AuditEvent


def record(
    session: Session,
    *,
    at: datetime,
    actor: str,
    action: str,
    room_id: str | None = None,
    event_id: str | None = None,
    signal_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    entry = AuditEvent(
        at=at,
        actor=actor,
        action=action,
        room_id=room_id,
        event_id=event_id,
        signal_id=signal_id,
        details=details or {},
    )
    session.add(entry)
    session.flush()
    return entry


def events(session: Session, action: str | None = None) -> list[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.at, AuditEvent.id)
    if action is not None:
        query = query.where(AuditEvent.action == action)
    return list(session.scalars(query))
