"""The sync position, owned by us rather than by the Matrix library."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from storage.models import SyncToken


def load_token(session: Session, account: str) -> str | None:
    entry = session.get(SyncToken, account)
    return entry.token if entry else None


def save_token(session: Session, account: str, token: str, at: datetime) -> None:
    entry = session.get(SyncToken, account)
    if entry is None:
        session.add(SyncToken(account=account, token=token, updated_at=at))
    else:
        entry.token = token
        entry.updated_at = at
    session.flush()
