"""Repository functions for signals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.models import Signal


@dataclass(frozen=True, slots=True)
class Understanding:
    """What the parser (or a correction) says a signal is about."""

    location: str | None = None
    location_known: bool | None = None
    categories: Sequence[str] = ()
    group_size: int | None = None
    age_min: int | None = None
    age_max: int | None = None
    event_time: datetime | None = None


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
    understanding: Understanding = Understanding()


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
    )
    set_understanding(signal, new.understanding)
    session.add(signal)
    session.flush()
    return signal, True


def set_understanding(signal: Signal, what: Understanding, at: datetime | None = None) -> None:
    signal.location = what.location
    signal.location_known = what.location_known
    signal.categories = list(what.categories)
    signal.group_size = what.group_size
    signal.age_min = what.age_min
    signal.age_max = what.age_max
    signal.event_time = what.event_time
    if at is not None:
        signal.updated_at = at


def understanding_of(signal: Signal) -> Understanding:
    return Understanding(
        location=signal.location,
        location_known=signal.location_known,
        categories=tuple(signal.categories),
        group_size=signal.group_size,
        age_min=signal.age_min,
        age_max=signal.age_max,
        event_time=signal.event_time,
    )


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


def signals_received(
    session: Session, start: datetime, end: datetime, room_id: str | None = None
) -> list[Signal]:
    """Shared (not blocked) signals received in [start, end), optionally of one room."""
    query = select(Signal).where(
        Signal.received_at >= start, Signal.received_at < end, Signal.verdict != "blocked"
    )
    if room_id is not None:
        query = query.where(Signal.room_id == room_id)
    return list(session.scalars(query.order_by(Signal.received_at, Signal.id)))


def signals_happened(
    session: Session, start: datetime, end: datetime, room_id: str | None = None
) -> list[Signal]:
    """Shared signals about what happened in [start, end) (event time, else receipt).

    Signals are posted soon after the fact, so looking a day past each end is enough.
    """
    margin = timedelta(days=2)
    candidates = signals_received(session, start, end + margin, room_id)
    return [s for s in candidates if start <= (s.event_time or s.received_at) < end]
