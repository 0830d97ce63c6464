"""Matrix event JSON -> IncomingMessage. Pure functions, tested from recorded events.

Works on the raw (decrypted) event dict rather than nio's classes, so every field a
client may show (reply fallbacks, the HTML body, the "* edited" body of an edit,
captions) reaches the privacy gate.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from handlers.types import IncomingMessage, MessageKind

_MSGTYPES = {
    "m.text": MessageKind.TEXT,
    "m.notice": MessageKind.NOTICE,
    "m.emote": MessageKind.EMOTE,
    "m.image": MessageKind.IMAGE,
    "m.file": MessageKind.FILE,
    "m.audio": MessageKind.AUDIO,
    "m.video": MessageKind.VIDEO,
    "m.location": MessageKind.LOCATION,
}

_MX_REPLY = re.compile(r"<mx-reply>.*?</mx-reply>", re.DOTALL | re.IGNORECASE)


def split_reply_fallback(body: str) -> tuple[str, str]:
    """Split a plain-text reply fallback ("> <@u:s> quoted" lines) from the new text."""
    lines = body.split("\n")
    if not lines or not lines[0].startswith("> "):
        return body, ""
    index = 0
    while index < len(lines) and lines[index].startswith(">"):
        index += 1
    if index < len(lines) and lines[index] == "":
        index += 1
    return "\n".join(lines[index:]), "\n".join(lines[:index])


def split_html_reply(formatted: str) -> tuple[str, str]:
    """Split an <mx-reply> fallback block from an HTML body."""
    quoted = "".join(_MX_REPLY.findall(formatted))
    return _MX_REPLY.sub("", formatted), quoted


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _timestamp(event: dict[str, Any]) -> datetime:
    ts = event.get("origin_server_ts")
    if isinstance(ts, int | float):
        return datetime.fromtimestamp(ts / 1000, tz=UTC)
    return datetime.now(UTC)


def to_incoming(
    event: dict[str, Any],
    room_id: str,
    *,
    room_encrypted: bool,
    is_direct: bool = False,
) -> IncomingMessage | None:
    """Translate a room event; None for events that are not messages people send."""
    event_type = event.get("type")
    content = event.get("content")
    event_id = event.get("event_id")
    sender = event.get("sender")
    if (
        not isinstance(content, dict)
        or not isinstance(event_id, str)
        or not isinstance(sender, str)
    ):
        return None
    if "redacted_because" in (event.get("unsigned") or {}):
        return None
    if event_type == "m.reaction":
        relates = content.get("m.relates_to")
        if not isinstance(relates, dict) or relates.get("rel_type") != "m.annotation":
            return None
        target, key = _str(relates.get("event_id")), _str(relates.get("key"))
        if target is None or key is None:
            return None
        return IncomingMessage(
            event_id=event_id,
            room_id=room_id,
            sender=sender,
            kind=MessageKind.REACTION,
            timestamp=_timestamp(event),
            body=key,
            reply_to=target,
            room_encrypted=room_encrypted,
            is_direct=is_direct,
        )
    if event_type == "m.sticker":
        kind = MessageKind.STICKER
    elif event_type == "m.room.message":
        msgtype = content.get("msgtype")
        if not isinstance(msgtype, str):
            return None
        kind = _MSGTYPES.get(msgtype, MessageKind.OTHER)
    else:
        return None

    timestamp = _timestamp(event)
    relates = content.get("m.relates_to") if isinstance(content.get("m.relates_to"), dict) else {}
    assert isinstance(relates, dict)
    reply_to = None
    in_reply = relates.get("m.in_reply_to")
    if isinstance(in_reply, dict):
        reply_to = _str(in_reply.get("event_id"))
    replaces = None
    extra: list[str] = []
    body = _str(content.get("body")) or ""
    formatted = _str(content.get("formatted_body"))

    if relates.get("rel_type") == "m.replace" and isinstance(relates.get("event_id"), str):
        replaces = relates["event_id"]
        new = content.get("m.new_content")
        # The outer body ("* new text") is what older clients show: screen it too.
        extra.append(body)
        if formatted:
            extra.append(formatted)
        if isinstance(new, dict):
            body = _str(new.get("body")) or ""
            formatted = _str(new.get("formatted_body"))
        else:
            body = body.removeprefix("* ")
            formatted = None

    if reply_to is not None:
        body, quoted = split_reply_fallback(body)
        if quoted:
            extra.append(quoted)
        if formatted:
            formatted, quoted_html = split_html_reply(formatted)
            if quoted_html:
                extra.append(quoted_html)

    if kind in (MessageKind.IMAGE, MessageKind.FILE, MessageKind.AUDIO, MessageKind.VIDEO):
        # Since Matrix 1.10 a body that differs from the filename is a caption.
        filename = _str(content.get("filename"))
        if filename:
            extra.append(filename)

    return IncomingMessage(
        event_id=event_id,
        room_id=room_id,
        sender=sender,
        kind=kind,
        timestamp=timestamp,
        body=body,
        formatted_body=formatted,
        reply_to=reply_to,
        replaces=replaces,
        extra_texts=tuple(extra),
        room_encrypted=room_encrypted,
        is_direct=is_direct,
        transport="matrix",
        geo_uri=_str(content.get("geo_uri")) if kind is MessageKind.LOCATION else None,
    )
