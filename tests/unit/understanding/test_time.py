"""Event time: relative Dutch expressions in Europe/Amsterdam, DST included."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from nlp.understanding.text import fold
from nlp.understanding.when import resolve_event_time

TZ = ZoneInfo("Europe/Amsterdam")


def resolve(text: str, now: str) -> str:
    ev, _ = resolve_event_time(fold(text), datetime.fromisoformat(now), TZ)
    return ev.isoformat(timespec="seconds")


CASES = [
    # text, message time, expected event time
    ("groep bij de jop 22.30u", "2025-06-14T22:41:00+02:00", "2025-06-14T22:30:00+02:00"),
    ("gisteravond 22.30u lachgas", "2025-06-15T09:00:00+02:00", "2025-06-14T22:30:00+02:00"),
    ("net nog 5 jongens", "2025-06-14T22:41:00+02:00", "2025-06-14T22:41:00+02:00"),
    ("zojuist vechtpartij", "2025-01-10T08:00:00+01:00", "2025-01-10T08:00:00+01:00"),
    ("23.15: brandje", "2025-06-15T00:20:00+02:00", "2025-06-14T23:15:00+02:00"),
    ("zaterdagnacht om 2u klappers", "2025-06-16T10:00:00+02:00", "2025-06-15T02:00:00+02:00"),
    ("zaterdagnacht overlast", "2025-06-16T10:00:00+02:00", "2025-06-15T01:00:00+02:00"),
    ("vrijdagavond 22.15 bedreiging", "2025-06-16T10:00:00+02:00", "2025-06-13T22:15:00+02:00"),
    ("oproep om morgen 16u te vechten", "2025-06-14T12:00:00+02:00", "2025-06-15T16:00:00+02:00"),
    ("10 min geleden", "2025-06-14T12:00:00+02:00", "2025-06-14T11:50:00+02:00"),
    ("vanmiddag 14.20 beroving", "2025-06-14T18:00:00+02:00", "2025-06-14T14:20:00+02:00"),
    ("geen tijd genoemd", "2025-06-14T12:00:00+02:00", "2025-06-14T12:00:00+02:00"),
    # DST: the evening before the spring change, seen the morning after.
    ("gisteravond 22.30u", "2025-03-30T09:12:00+02:00", "2025-03-29T22:30:00+01:00"),
    # DST: the repeated hour in autumn stays on the message's own offset.
    ("net op het plein", "2025-10-26T02:30:00+01:00", "2025-10-26T02:30:00+01:00"),
    ("03.00: vechtpartij", "2025-10-26T03:40:00+01:00", "2025-10-26T03:00:00+01:00"),
]


@pytest.mark.parametrize(("text", "now", "expected"), CASES)
def test_event_time(text: str, now: str, expected: str) -> None:
    assert resolve(text, now) == expected


def test_a_message_time_in_utc_is_reported_in_amsterdam() -> None:
    assert resolve("niks bijzonders", "2025-06-14T20:00:00+00:00") == "2025-06-14T22:00:00+02:00"


def test_numbers_that_are_no_time_do_not_move_the_event() -> None:
    assert resolve("10-12 jongens, 14-16 jr", "2025-06-14T12:00:00+02:00") == (
        "2025-06-14T12:00:00+02:00"
    )
