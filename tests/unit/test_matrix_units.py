"""Pieces of the Matrix adapter that need no server: rights, backoff, login errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.matrix.adapter import Backoff
from bot.matrix.rooms import can_redact, invitees, is_encrypted, power_levels
from bot.matrix.session import LoginFailed, login, make_client
from config.models import RoomPurpose, Settings
from tests.helpers import BOT, FATIMA, REGISSEUR

CREATOR = "@regisseur:test.local"


def _state(version: str, levels: dict | None, creator: str = CREATOR) -> list[dict]:
    events = [
        {
            "type": "m.room.create",
            "state_key": "",
            "sender": creator,
            "content": {"room_version": version},
        }
    ]
    if levels is not None:
        events.append({"type": "m.room.power_levels", "state_key": "", "content": levels})
    return events


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (_state("10", {"users": {BOT: 50}, "redact": 50}), True),
        (_state("10", {"users": {BOT: 49}, "redact": 50}), False),
        (_state("10", {"users_default": 50}), True),
        (_state("10", {"users": {}}), False),
        (_state("10", {"users": {BOT: 10}, "redact": 10}), True),
        # Room version 12: creators have unlimited power and are not in the users map.
        (_state("12", {"users": {}}, creator=BOT), True),
        (_state("11", {"users": {}}, creator=BOT), False),
        # No power levels event at all: only the creator may.
        (_state("10", None, creator=BOT), True),
        (_state("10", None), False),
    ],
)
def test_can_redact(state: list[dict], expected: bool) -> None:
    assert can_redact(state, BOT) is expected


def test_is_encrypted() -> None:
    plain = _state("12", {})
    assert not is_encrypted(plain)
    encrypted = [
        *plain,
        {"type": "m.room.encryption", "state_key": "", "content": {"algorithm": "x"}},
    ]
    assert is_encrypted(encrypted)


def test_power_levels_never_list_the_creator(settings: Settings) -> None:
    [signal] = settings.rooms_for(RoomPurpose.SIGNAL)
    levels = power_levels(settings, signal, REGISSEUR)
    assert REGISSEUR not in levels["users"]
    assert levels["redact"] == 50
    assert FATIMA in invitees(settings, signal)
    [regie] = settings.rooms_for(RoomPurpose.REGISSEUR)
    assert invitees(settings, regie) == [REGISSEUR]


def test_backoff_grows_to_a_cap_and_resets() -> None:
    backoff = Backoff(base=1.0, cap=60.0)
    delays = [backoff.next() for _ in range(10)]
    assert 0.8 <= delays[0] <= 1.2
    assert delays[3] > delays[1] > delays[0]
    assert max(delays) <= 72.0
    backoff.reset()
    assert backoff.next() <= 1.2


async def test_login_without_session_or_secret_names_the_variable(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(settings.matrix.password_env, raising=False)
    monkeypatch.delenv(settings.matrix.access_token_env, raising=False)
    client = make_client(settings, encryption=False)
    try:
        with pytest.raises(LoginFailed) as caught:
            await login(client, settings)
    finally:
        await client.close()
    message = str(caught.value)
    assert settings.matrix.password_env in message and "Fix:" in message
