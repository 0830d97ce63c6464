"""Repository functions for the hotspot engine's state, prompts and decisions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from storage.models import DecisionRecord, EngineState, PromptRecord, Signal

KEY = "hotspots"


def load_state(session: Session) -> EngineState | None:
    return session.get(EngineState, KEY)


def save_state(
    session: Session,
    data: dict[str, Any],
    *,
    last_signal_id: int,
    waiting: Sequence[int],
    at: datetime,
) -> None:
    state = session.get(EngineState, KEY)
    if state is None:
        state = EngineState(key=KEY, data=data, last_signal_id=last_signal_id, updated_at=at)
        session.add(state)
    state.data = data
    state.last_signal_id = last_signal_id
    state.waiting = list(waiting)
    state.updated_at = at
    session.flush()


def signals_after(session: Session, last_id: int, also: Sequence[int] = ()) -> list[Signal]:
    """Signals newer than ``last_id`` (plus the ids in ``also``), in the order they came in."""
    query = select(Signal).where(or_(Signal.id > last_id, Signal.id.in_(list(also))))
    return list(session.scalars(query.order_by(Signal.received_at, Signal.id)))


def signals_by_ids(session: Session, ids: Sequence[int]) -> list[Signal]:
    if not ids:
        return []
    query = select(Signal).where(Signal.id.in_(list(ids))).order_by(Signal.received_at)
    return list(session.scalars(query))


def record_prompt(
    session: Session,
    *,
    location: str,
    kind: str,
    reason: str,
    level: str,
    severe: bool,
    ts: datetime,
    incidents: int,
    expected: float,
    organisations: Sequence[str],
) -> PromptRecord:
    record = PromptRecord(
        location=location,
        kind=kind,
        reason=reason,
        level=level,
        severe=severe,
        ts=ts,
        incidents=incidents,
        expected=expected,
        organisations=list(organisations),
    )
    session.add(record)
    session.flush()
    return record


def get_prompt(session: Session, prompt_id: int) -> PromptRecord | None:
    return session.get(PromptRecord, prompt_id)


def record_decision(
    session: Session,
    *,
    prompt_id: int | None,
    location: str,
    kind: str,
    review: date | None,
    group_name: str | None,
    reason: str | None,
    decided_by: str,
    decided_at: datetime,
) -> DecisionRecord:
    record = DecisionRecord(
        prompt_id=prompt_id,
        location=location,
        kind=kind,
        review=review,
        group_name=group_name,
        reason=reason,
        decided_by=decided_by,
        decided_at=decided_at,
    )
    session.add(record)
    session.flush()
    return record


def decisions(session: Session, location: str | None = None) -> list[DecisionRecord]:
    query = select(DecisionRecord).order_by(DecisionRecord.decided_at, DecisionRecord.id)
    if location is not None:
        query = query.where(DecisionRecord.location == location)
    return list(session.scalars(query))


def prompts(session: Session) -> list[PromptRecord]:
    return list(session.scalars(select(PromptRecord).order_by(PromptRecord.ts, PromptRecord.id)))


def open_prompts(session: Session) -> list[PromptRecord]:
    """The latest prompt per place that no decision answered yet, oldest first."""
    latest_decision: dict[str, datetime] = {}
    for d in decisions(session):
        latest_decision[d.location] = d.decided_at
    latest_prompt: dict[str, PromptRecord] = {}
    for p in prompts(session):
        if p.kind in {"prompt", "escalation"}:
            latest_prompt[p.location] = p
    waiting = [
        p
        for location, p in latest_prompt.items()
        if location not in latest_decision or latest_decision[location] < p.ts
    ]
    return sorted(waiting, key=lambda p: p.ts)


def reviews_due(session: Session, today: date) -> list[DecisionRecord]:
    """Places whose latest decision has a review date that has come."""
    latest: dict[str, DecisionRecord] = {}
    for d in decisions(session):
        latest[d.location] = d
    return sorted(
        (d for d in latest.values() if d.review is not None and d.review <= today),
        key=lambda d: (d.review or today, d.location),
    )


def prompts_between(session: Session, start: datetime, end: datetime) -> list[PromptRecord]:
    query = select(PromptRecord).where(PromptRecord.ts >= start, PromptRecord.ts < end)
    return list(session.scalars(query.order_by(PromptRecord.ts, PromptRecord.id)))


def decisions_between(session: Session, start: datetime, end: datetime) -> list[DecisionRecord]:
    query = select(DecisionRecord).where(
        DecisionRecord.decided_at >= start, DecisionRecord.decided_at < end
    )
    return list(session.scalars(query.order_by(DecisionRecord.decided_at, DecisionRecord.id)))
