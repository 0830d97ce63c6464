"""Repository functions for signals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.models import Signal


@dataclass(frozen=True, slots=True)
class NewSignal:
    event_id: str
    room_id: str
    sender: str
    organisation: str
    received_at: datetime
    # Sanitized text only (None when blocked).
    text: str | None = field(repr=False)
    verdict: str
    finding_types: Sequence[str] = ()
    transport: str = "matrix"


def add_signal(session: Session, new: NewSignal) -> tuple[Signal, bool]:
    """Store a signal once per event id; returns (signal, created)."""
    existing = get_signal_by_event(session, new.event_id)
    if existing is not None:
        return existing, False
    signal = Signal(
        event_id=new.event_id,
        transport=new.transport,
        room_id=new.room_id,
        sender=new.sender,
        organisation=new.organisation,
        received_at=new.received_at,
        text=new.text,
        verdict=new.verdict,
        finding_types=list(new.finding_types),
        categories=[],
    )
    session.add(signal)
    session.flush()
    return signal, True


def get_signal_by_event(session: Session, event_id: str) -> Signal | None:
    return session.scalars(select(Signal).where(Signal.event_id == event_id)).one_or_none()


def update_text(
    session: Session,
    signal: Signal,
    *,
    text: str | None,
    verdict: str,
    finding_types: Sequence[str],
    at: datetime,
) -> None:
    """Replace a signal's sanitized text after an edit."""
    signal.text = text
    signal.verdict = verdict
    signal.finding_types = sorted(set(signal.finding_types) | set(finding_types))
    signal.updated_at = at


def count_signals(session: Session, since: datetime, until: datetime | None = None) -> int:
    """Signals received in [since, until); blocked messages carry nothing and do not count."""
    query = select(func.count(Signal.id)).where(
        Signal.received_at >= since, Signal.verdict != "blocked"
    )
    if until is not None:
        query = query.where(Signal.received_at < until)
    return int(session.scalar(query) or 0)


def latest_signals(session: Session, limit: int = 10) -> list[Signal]:
    query = select(Signal).order_by(Signal.received_at.desc(), Signal.id.desc()).limit(limit)
    return list(session.scalars(query))


def all_signals(session: Session) -> list[Signal]:
    return list(session.scalars(select(Signal).order_by(Signal.received_at, Signal.id)))
