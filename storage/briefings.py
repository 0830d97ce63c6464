"""Repository functions for scheduled overviews (briefings, debriefings, ...)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import BriefingRun


def get_run(session: Session, room_id: str, kind: str, slot: datetime) -> BriefingRun | None:
    query = select(BriefingRun).where(
        BriefingRun.room_id == room_id, BriefingRun.kind == kind, BriefingRun.slot == slot
    )
    return session.scalars(query).one_or_none()


def last_run(session: Session, room_id: str, kinds: Iterable[str]) -> BriefingRun | None:
    """The most recent overview of these kinds in a room (where the next one starts)."""
    query = (
        select(BriefingRun)
        .where(BriefingRun.room_id == room_id, BriefingRun.kind.in_(list(kinds)))
        .order_by(BriefingRun.period_end.desc(), BriefingRun.id.desc())
        .limit(1)
    )
    return session.scalars(query).one_or_none()


def record_run(
    session: Session,
    *,
    room_id: str,
    kind: str,
    slot: datetime,
    start: datetime,
    end: datetime,
    at: datetime,
) -> BriefingRun:
    run = BriefingRun(
        room_id=room_id, kind=kind, slot=slot, period_start=start, period_end=end, created_at=at
    )
    session.add(run)
    session.flush()
    return run


def runs(session: Session) -> list[BriefingRun]:
    return list(session.scalars(select(BriefingRun).order_by(BriefingRun.slot, BriefingRun.id)))
