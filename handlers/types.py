"""The transport-neutral language between adapters (Matrix, Telegram) and handlers.

Adapters translate network events into an ``IncomingMessage`` and carry out the
``Action``s handlers return. Text fields are excluded from ``repr`` so that a message
printed in a log line, an exception or a failing test never shows what was typed.
"""

from __future__ import annotations

import base64
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class MessageKind(StrEnum):
    TEXT = "text"
    NOTICE = "notice"
    EMOTE = "emote"
    IMAGE = "image"
    FILE = "file"
    AUDIO = "audio"
    VIDEO = "video"
    LOCATION = "location"
    STICKER = "sticker"
    # An emoji reaction (m.reaction); body holds the emoji, reply_to the event reacted to.
    REACTION = "reaction"
    OTHER = "other"

    @property
    def is_text(self) -> bool:
        return self in (MessageKind.TEXT, MessageKind.EMOTE)


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    """One event from a room, as every handler sees it."""

    event_id: str
    room_id: str
    sender: str
    kind: MessageKind
    timestamp: datetime
    body: str = field(default="", repr=False)
    # HTML version of the body, if the client sent one (may differ from ``body``).
    formatted_body: str | None = field(default=None, repr=False)
    # Event this one replies to.
    reply_to: str | None = None
    # Event this one edits (Matrix m.replace); body/formatted_body then hold the new content.
    replaces: str | None = None
    # Other text the event carries that clients may show: reply fallbacks, the "* edited"
    # body of an edit, captions. The gate checks it; it is never stored.
    extra_texts: tuple[str, ...] = field(default=(), repr=False)
    room_encrypted: bool = True
    is_direct: bool = False
    transport: str = "matrix"
    # A shared location ("geo:lat,lon"); exact coordinates, so never stored or repeated.
    geo_uri: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class SendMessage:
    """Post a (notice) message in a room, optionally as a reply."""

    room_id: str
    text: str = field(repr=False)
    html: str | None = field(default=None, repr=False)
    reply_to: str | None = None
    notice: bool = True


@dataclass(frozen=True, slots=True)
class SendDirect:
    """Tell one user something privately (the adapter finds or opens the private room)."""

    user_id: str
    text: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class Redact:
    """Remove an event from a room (needs power level ≥ the room's redact level)."""

    room_id: str
    event_id: str
    reason: str


@dataclass(frozen=True, slots=True)
class SendFile:
    """Post a file (a chart, a report) in a room; encrypted when the room is."""

    room_id: str
    filename: str
    mimetype: str
    data: bytes = field(repr=False)
    # What clients show as the file's description.
    body: str = field(default="", repr=False)
    # Pixel size, for images.
    width: int | None = None
    height: int | None = None


Action = SendMessage | SendDirect | Redact | SendFile

_ACTION_TYPES: dict[str, type[SendMessage] | type[SendDirect] | type[Redact] | type[SendFile]] = {
    cls.__name__: cls for cls in (SendMessage, SendDirect, Redact, SendFile)
}


def action_to_dict(action: Action) -> dict[str, Any]:
    """A JSON-ready form, for the outbox (actions carry sanitized text only)."""
    out: dict[str, Any] = {"kind": type(action).__name__, **asdict(action)}
    if isinstance(action, SendFile):
        out["data"] = base64.b64encode(action.data).decode("ascii")
    return out


def action_from_dict(data: dict[str, Any]) -> Action:
    fields = dict(data)
    kind = _ACTION_TYPES[fields.pop("kind")]
    if kind is SendFile:
        fields["data"] = base64.b64decode(fields["data"])
    return kind(**fields)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a handler decided: actions to perform and a short label for the log."""

    actions: tuple[Action, ...] = ()
    label: str = "handled"
