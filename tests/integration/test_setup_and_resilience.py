"""setup-rooms against Synapse, rights checks, reconnecting after the homeserver was away."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.dev.client import ChatClient
from bot.dev.synapse import SynapseServer
from bot.matrix.rooms import can_redact, invitees, room_state, setup_rooms
from bot.matrix.session import load_credentials, login, make_client
from config.loader import parse_settings
from config.models import RoomPurpose
from storage.signals import all_signals
from tests.integration.harness import World, make_world

pytestmark = [pytest.mark.integration]


def _state(events: list[dict], event_type: str) -> dict:
    return next(e["content"] for e in events if e["type"] == event_type and e["state_key"] == "")


async def test_setup_rooms_creates_encrypted_invite_only_rooms(world: World) -> None:
    server = world.synapse.server_name
    raw = world.config(
        rooms=[
            {"purpose": "signal", "name": "Signalen", "alias": f"#sig_{world.suffix}:{server}"},
            {"purpose": "regisseur", "name": "Regie", "alias": f"#regie_{world.suffix}:{server}"},
        ]
    )
    settings = parse_settings(raw, world.tmp / "bot.toml")
    client = make_client(settings, encryption=False)
    try:
        await login(client, settings)
        first = await setup_rooms(client, settings)
        assert len(first.created) == 2 and not first.problems
        for room in settings.rooms:
            resolved = await client.room_resolve_alias(room.alias or "")
            state = await room_state(client, resolved.room_id)
            assert state is not None
            assert _state(state, "m.room.encryption")["algorithm"] == "m.megolm.v1.aes-sha2"
            assert _state(state, "m.room.join_rules")["join_rule"] == "invite"
            assert _state(state, "m.room.guest_access")["guest_access"] == "forbidden"
            assert _state(state, "m.room.history_visibility")["history_visibility"] == "invited"
            assert can_redact(state, settings.matrix.user_id)
            levels = _state(state, "m.room.power_levels")
            assert levels["redact"] == 50 and levels["invite"] == 50
            # The test's clients accept invites at once, so members may already have joined.
            invited = {
                e["state_key"]
                for e in state
                if e["type"] == "m.room.member"
                and e["content"]["membership"] in {"invite", "join"}
                and e["state_key"] != settings.matrix.user_id
            }
            assert invited == set(invitees(settings, room))
            if room.purpose is RoomPurpose.REGISSEUR:
                assert invited == {world.uid("regisseur")}
        # Running it again changes nothing.
        second = await setup_rooms(client, settings)
        assert second.created == [] and second.invited == [] and len(second.existing) == 2
    finally:
        await client.close()
    # The password was only needed once: the session is saved for the bot itself.
    saved = load_credentials(settings)
    assert saved is not None and saved.device_id == settings.matrix.device_id


async def test_bot_without_moderator_rights_says_so(world: World) -> None:
    regisseur = await world.client("regisseur")
    room = await regisseur.create_room(invite=[world.bot_id], name="zonder rechten")
    world.signal_room = room
    await world.start_bot()
    warning = await regisseur.wait_for(
        lambda: [s for s in regisseur.messages(room, world.bot_id) if "moderator" in s.body],
        timeout=30,
        what="the rights warning",
    )
    assert "machtsniveau 50" in warning[0].body


@pytest.mark.slow
async def test_bot_reconnects_after_homeserver_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    server = SynapseServer(tmp_path / "own-synapse")
    server.start()
    try:
        world = await make_world(server, tmp_path, monkeypatch)
        try:
            await world.start_bot()
            await world.wait_member(world.signal_room, world.bot_id)
            # Drop the scripted clients while the server is away; they reconnect after.
            for client in world.clients.values():
                await client.stop()
            world.clients.clear()
            server.stop()
            await asyncio.sleep(6)
            assert world.task is not None and not world.task.done(), "the bot gave up"
            assert "homeserver_unreachable" in capsys.readouterr().out
            server.start()
            fatima = await world.client("fatima")
            await fatima.wait_joined(world.signal_room)
            event_id = await fatima.send(world.signal_room, "Groepje van 6 bij de skatebaan, 21u")
            [reply] = await fatima.wait_for(
                lambda: fatima.replies_to(event_id, world.bot_id), timeout=90, what="reply"
            )
            assert reply.body.startswith("Genoteerd. 📍")
            assert world.app is not None
            with world.app.db.transaction() as s:
                assert [sig.event_id for sig in all_signals(s)] == [event_id]
            assert world.adapter is not None
            device = world.adapter.client.device_id
            await world.stop_bot()
            # A clean stop never logs out: the saved session still works on the same device.
            assert world.settings is not None
            saved = load_credentials(world.settings)
            assert saved is not None and saved.device_id == device == "SIGNAALBOT"
            check = ChatClient(server.base_url, world.bot_id, "unused", tmp_path / "check")
            check.client.restore_login(saved.user_id, saved.device_id, saved.access_token)
            who = await check.client.whoami()
            await check.client.close()
            assert getattr(who, "device_id", None) == "SIGNAALBOT"
        finally:
            await world.close()
    finally:
        server.stop()
