"""Matrix event JSON -> IncomingMessage, from recorded (decrypted) events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.matrix.translate import split_reply_fallback, to_incoming
from handlers.types import MessageKind

RECORDED = json.loads((Path(__file__).parents[1] / "data" / "matrix" / "events.json").read_text())
ROOM = "!room:localhost"


def _event(name: str) -> dict:
    return dict(RECORDED[name])


def test_plain_text() -> None:
    msg = to_incoming(_event("text"), ROOM, room_encrypted=True)
    assert msg is not None
    assert msg.kind is MessageKind.TEXT
    assert msg.body.startswith("Groepje van 8")
    assert msg.sender == "@fatima:localhost"
    assert msg.timestamp.year == 2026 and msg.timestamp.tzinfo is not None
    assert msg.replaces is None and msg.reply_to is None and msg.extra_texts == ()


def test_reply_fallback_is_split_off_but_kept_for_screening() -> None:
    msg = to_incoming(_event("reply_with_fallback"), ROOM, room_encrypted=True)
    assert msg is not None
    assert msg.reply_to == "$original"
    assert msg.body == "aantal 12"
    assert msg.formatted_body == "aantal 12"
    assert any("06-12345678" in t for t in msg.extra_texts)
    assert any("mx-reply" in t for t in msg.extra_texts)


def test_edit_uses_new_content_and_screens_the_star_body() -> None:
    msg = to_incoming(_event("edit"), ROOM, room_encrypted=True)
    assert msg is not None
    assert msg.replaces == "$original"
    assert msg.body == "Groepje van 9 bij de JOP, Bram erbij"
    assert "* Groepje van 9 bij de JOP, Bram erbij" in msg.extra_texts


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("image", MessageKind.IMAGE),
        ("encrypted_file", MessageKind.FILE),
        ("voice", MessageKind.AUDIO),
        ("location", MessageKind.LOCATION),
        ("sticker", MessageKind.STICKER),
        ("notice", MessageKind.NOTICE),
        ("emote", MessageKind.EMOTE),
        ("poll_like_custom", MessageKind.OTHER),
    ],
)
def test_message_kinds(name: str, kind: MessageKind) -> None:
    msg = to_incoming(_event(name), ROOM, room_encrypted=True)
    assert msg is not None and msg.kind is kind


def test_caption_and_filename_reach_the_gate() -> None:
    msg = to_incoming(_event("image"), ROOM, room_encrypted=True)
    assert msg is not None
    assert msg.body == "kijk wie daar staat"
    assert "IMG_2031.jpg" in msg.extra_texts


def test_reaction_points_at_its_target() -> None:
    msg = to_incoming(_event("reaction"), ROOM, room_encrypted=True)
    assert msg is not None and msg.kind is MessageKind.REACTION
    assert msg.body == "👍" and msg.reply_to == "$text"


@pytest.mark.parametrize("name", ["member", "redacted", "no_content"])
def test_non_messages_are_skipped(name: str) -> None:
    assert to_incoming(_event(name), ROOM, room_encrypted=True) is None


def test_repr_never_shows_text() -> None:
    msg = to_incoming(_event("reply_with_fallback"), ROOM, room_encrypted=True)
    assert msg is not None
    shown = repr(msg)
    assert "aantal" not in shown and "06-12345678" not in shown


def test_split_reply_fallback_without_quote() -> None:
    assert split_reply_fallback("gewoon tekst") == ("gewoon tekst", "")
    assert split_reply_fallback("> <@a:b> eerst\n> regel 2\n\nnieuw") == (
        "nieuw",
        "> <@a:b> eerst\n> regel 2\n",
    )


def test_location_share_carries_its_geo_uri() -> None:
    msg = to_incoming(_event("location"), ROOM, room_encrypted=True)
    assert msg is not None and msg.geo_uri == "geo:51.9225,4.4792"
    assert "51.92" not in repr(msg)
