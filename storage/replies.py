"""The bot's own messages and what they answered: a reply to the bot finds its signal."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from storage.models import BotMessage, Signal
from storage.signals import get_signal_by_event


def record_sent(
    session: Session, *, event_id: str, room_id: str, origin_event_id: str, at: datetime
) -> None:
    if session.get(BotMessage, event_id) is None:
        session.add(
            BotMessage(
                event_id=event_id, room_id=room_id, origin_event_id=origin_event_id, created_at=at
            )
        )
        session.flush()


def signal_for(session: Session, event_id: str) -> Signal | None:
    """The signal an event is about: the signal itself, or the one a bot message answered."""
    signal = get_signal_by_event(session, event_id)
    if signal is not None:
        return signal
    sent = session.get(BotMessage, event_id)
    if sent is None:
        return None
    return get_signal_by_event(session, sent.origin_event_id)
