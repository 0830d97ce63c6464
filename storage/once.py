"""One-time notices: remember that something was said, so it is said once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from storage.models import OnceMarker


def first_time(session: Session, key: str, at: datetime) -> bool:
    """True the first time a key is seen (and remembers it), False after that."""
    if session.get(OnceMarker, key) is not None:
        return False
    session.add(OnceMarker(key=key, created_at=at))
    session.flush()
    return True
