"""Typed tables. Only sanitized text is ever stored: there is no column for raw input."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from storage.types import UTCDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class Signal(Base):
    """A street signal after the privacy gate."""

    __tablename__ = "signals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Matrix event id (or "tg:<chat>:<message>"): the idempotency key of intake.
    event_id: Mapped[str] = mapped_column(String(255), unique=True)
    transport: Mapped[str] = mapped_column(String(16), default="matrix")
    room_id: Mapped[str] = mapped_column(String(255), index=True)
    # The professional who posted it (never a youth).
    sender: Mapped[str] = mapped_column(String(255))
    organisation: Mapped[str] = mapped_column(String(64), index=True)
    received_at: Mapped[datetime] = mapped_column(index=True)
    # Sanitized text; NULL when the gate blocked the message.
    text: Mapped[str | None] = mapped_column(Text)
    verdict: Mapped[str] = mapped_column(String(16))
    # Kinds of personal data the gate removed (types only, never the data).
    finding_types: Mapped[list[str]] = mapped_column(default=list)
    # Filled by signal understanding (later): where, what, how many, how old, when.
    location: Mapped[str | None] = mapped_column(String(255), index=True)
    location_known: Mapped[bool | None] = mapped_column(Boolean)
    categories: Mapped[list[str]] = mapped_column(default=list)
    group_size: Mapped[int | None] = mapped_column(Integer)
    age_min: Mapped[int | None] = mapped_column(Integer)
    age_max: Mapped[int | None] = mapped_column(Integer)
    event_time: Mapped[datetime | None] = mapped_column()
    updated_at: Mapped[datetime | None] = mapped_column()


class Place(Base):
    """A location signals are counted for: configured, or found in signals and confirmed
    (or not yet) by the regisseur. A merged place lives on as an alias of its target."""

    __tablename__ = "locations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    aliases: Mapped[list[str]] = mapped_column(default=list)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    # configured | confirmed | unconfirmed | merged
    status: Mapped[str] = mapped_column(String(16), index=True)
    merged_into: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    created_at: Mapped[datetime] = mapped_column()
    updated_at: Mapped[datetime | None] = mapped_column()


class BotMessage(Base):
    """Which event of ours answered which event, so a reply to the bot finds its signal."""

    __tablename__ = "bot_messages"

    event_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    room_id: Mapped[str] = mapped_column(String(255))
    origin_event_id: Mapped[str] = mapped_column(String(255), index=True)
    created_at: Mapped[datetime] = mapped_column()


class EngineState(Base):
    """The hotspot engine's state (a JSON snapshot) and which signals it has seen."""

    __tablename__ = "engine_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column()
    # Every signal up to this id has been looked at ...
    last_signal_id: Mapped[int] = mapped_column(Integer, default=0)
    # ... except these, which had no place yet (one may still come: "Waar was dit?").
    waiting: Mapped[list[int]] = mapped_column(JSON(), default=list)
    updated_at: Mapped[datetime] = mapped_column()


class PromptRecord(Base):
    """A message the regisseur (or the backup) got about a place."""

    __tablename__ = "prompts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    location: Mapped[str] = mapped_column(String(255), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(16))
    level: Mapped[str] = mapped_column(String(16))
    severe: Mapped[bool] = mapped_column(Boolean)
    ts: Mapped[datetime] = mapped_column(index=True)
    incidents: Mapped[int] = mapped_column(Integer)
    expected: Mapped[float] = mapped_column(Float)
    organisations: Mapped[list[str]] = mapped_column(default=list)


class DecisionRecord(Base):
    """The regisseur's decision about a place: the step-1/step-2 boundary, on record."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prompt_id: Mapped[int | None] = mapped_column(ForeignKey("prompts.id"))
    location: Mapped[str] = mapped_column(String(255), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    review: Mapped[date | None] = mapped_column(Date)
    group_name: Mapped[str | None] = mapped_column(String(255))
    # The stated reason, after the privacy gate (None when it held personal data).
    reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(255))
    decided_at: Mapped[datetime] = mapped_column()


class AuditEvent(Base):
    """Who did what, when. Details hold ids and kinds, never message text."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(64), index=True)
    room_id: Mapped[str | None] = mapped_column(String(255))
    event_id: Mapped[str | None] = mapped_column(String(255))
    signal_id: Mapped[int | None] = mapped_column(ForeignKey("signals.id", ondelete="SET NULL"))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class HandledEvent(Base):
    """Events whose handling finished (or failed for good): never handled twice."""

    __tablename__ = "handled_events"

    event_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    room_id: Mapped[str] = mapped_column(String(255))
    handled_at: Mapped[datetime] = mapped_column()
    outcome: Mapped[str] = mapped_column(String(64))


class OutboxEntry(Base):
    """Actions decided for an event and not yet all carried out.

    Written before the first action runs and removed when the event is marked handled, so
    a restart can finish what a crash interrupted even when the event itself can no longer
    be read (it was already redacted). Holds sanitized text only.
    """

    __tablename__ = "outbox"

    event_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    room_id: Mapped[str] = mapped_column(String(255))
    label: Mapped[str] = mapped_column(String(64))
    actions: Mapped[list[dict[str, Any]]] = mapped_column(JSON())
    created_at: Mapped[datetime] = mapped_column()


class SyncToken(Base):
    """Where the sync loop resumes; written only after a batch is fully handled."""

    __tablename__ = "sync_tokens"

    account: Mapped[str] = mapped_column(String(255), primary_key=True)
    token: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column()


class DirectRoom(Base):
    """The bot's private room with a user, for explanations only that user should read."""

    __tablename__ = "direct_rooms"

    user_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    room_id: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column()


class PendingDecryption(Base):
    """An event we could not decrypt yet; retried when its room key arrives."""

    __tablename__ = "pending_decryptions"

    event_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    room_id: Mapped[str] = mapped_column(String(255))
    session_id: Mapped[str] = mapped_column(String(255), index=True)
    sender: Mapped[str] = mapped_column(String(255))
    first_seen: Mapped[datetime] = mapped_column()
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class OnceMarker(Base):
    """Notices that must be given only once (e.g. the non-member explanation)."""

    __tablename__ = "once_markers"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    created_at: Mapped[datetime] = mapped_column()


class BriefingRun(Base):
    """A scheduled overview that was written: one per room, kind and scheduled time.

    The unique key makes a scheduled overview idempotent (a job that runs again after a
    crash finds its row and sends nothing); ``period_end`` is where the next one starts.
    """

    __tablename__ = "briefing_runs"
    __table_args__ = (UniqueConstraint("room_id", "kind", "slot"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    room_id: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(16))
    # The scheduled time this run belongs to (it may have run later, after downtime).
    slot: Mapped[datetime] = mapped_column()
    period_start: Mapped[datetime] = mapped_column()
    period_end: Mapped[datetime] = mapped_column()
    created_at: Mapped[datetime] = mapped_column()
