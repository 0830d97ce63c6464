"""End to end through a real Synapse: encrypted rooms, the bot in-process, real clients."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import build_app
from config.loader import parse_settings
from handlers.types import SendMessage, action_to_dict
from storage import audit, decryption, handled, hotspots
from storage.signals import all_signals, get_signal_by_event
from tests.integration.harness import World

pytestmark = [pytest.mark.integration]

SIGNAL = "Groepje van 8 jongeren bij de JOP Wilhelminapark, blowen en harde muziek, 22.30u"
# Invented: a name and a phone number.
WITH_PHONE = "Groep van 5 bij het Stationsplein, bel me op 06-41234567 als het escaleert"


async def test_bot_joins_on_invite_and_acknowledges_a_signal(world: World) -> None:
    await world.start_bot()
    await world.wait_member(world.signal_room, world.bot_id)
    fatima = await world.client("fatima")
    joris = await world.client("joris")
    event_id = await fatima.send(world.signal_room, SIGNAL)
    [reply] = await fatima.wait_for(lambda: fatima.replies_to(event_id, world.bot_id))
    assert reply.body.startswith("Genoteerd. 📍")
    assert reply.msgtype == "m.notice"
    # Another member decrypts the bot's reply too.
    await joris.wait_for(lambda: joris.replies_to(event_id, world.bot_id))
    assert world.app is not None
    with world.app.db.transaction() as s:
        stored = get_signal_by_event(s, event_id)
        assert stored is not None
        assert stored.text == SIGNAL
        assert stored.organisation == "handhaving"
        assert stored.room_id == world.signal_room


async def test_phone_number_is_redacted_in_the_room_and_never_stored(world: World) -> None:
    await world.start_bot()
    await world.wait_member(world.signal_room, world.bot_id)
    fatima = await world.client("fatima")
    joris = await world.client("joris")
    event_id = await fatima.send(world.signal_room, WITH_PHONE)
    [reply] = await fatima.wait_for(lambda: fatima.replies_to(event_id, world.bot_id))
    assert reply.body.startswith("Je bericht bevatte persoonsgegevens (telefoonnummer).")
    assert "Signaal van Handhaving:" in reply.body
    assert "06-41234567" not in reply.body
    # Everyone sees the original disappear.
    await joris.wait_for(
        lambda: any(s.redacted for s in joris.seen if s.event_id == event_id),
        what="redaction of the original",
    )
    assert world.app is not None
    with world.app.db.transaction() as s:
        stored = get_signal_by_event(s, event_id)
        assert stored is not None and stored.verdict == "redacted"
        assert stored.text is not None and "41234567" not in stored.text
        for entry in audit.events(s):
            assert "41234567" not in str(entry.details)


async def test_non_member_is_ignored_and_gets_one_private_explanation(world: World) -> None:
    await world.start_bot()
    await world.wait_member(world.signal_room, world.bot_id)
    regisseur = await world.client("regisseur")
    stranger = await world.client("stranger")
    # A member invites someone who is not in the bot's configuration.
    await regisseur.client.room_invite(world.signal_room, stranger.user_id)
    await stranger.wait_joined(world.signal_room)
    await world.wait_member(world.signal_room, stranger.user_id)
    first = await stranger.send(world.signal_room, SIGNAL)
    await stranger.send(world.signal_room, "nog een signaal")
    explanation = await stranger.wait_for(
        lambda: [
            s for s in stranger.seen if s.sender == world.bot_id and s.room_id != world.signal_room
        ],
        timeout=30,
        what="the private explanation",
    )
    assert "deelnemerslijst" in explanation[0].body
    assert stranger.replies_to(first) == []
    # Let the second message pass through the bot as well, then check nothing was stored.
    fatima = await world.client("fatima")
    marker = await fatima.send(world.signal_room, "Groepje van 3 bij de sporthal")
    await fatima.wait_for(lambda: fatima.replies_to(marker, world.bot_id))
    private = [
        s for s in stranger.seen if s.sender == world.bot_id and s.room_id != world.signal_room
    ]
    assert len(private) == 1
    assert world.app is not None
    with world.app.db.transaction() as s:
        assert [sig.sender for sig in all_signals(s)] == [fatima.user_id]


async def test_invites_from_strangers_or_into_unknown_rooms_are_declined(world: World) -> None:
    await world.start_bot()
    stranger = await world.client("stranger")
    fatima = await world.client("fatima")
    regisseur = await world.client("regisseur")
    await regisseur.wait_joined(world.regie_room)
    strangers_room = await stranger.create_room(invite=[world.bot_id], name="elders")
    members_room = await fatima.create_room(invite=[world.bot_id], name="ander groepje")
    report = await regisseur.wait_for(
        lambda: [
            s for s in regisseur.messages(world.regie_room, world.bot_id) if "geweigerd" in s.body
        ],
        timeout=30,
        what="reports of declined invites",
    )
    assert report
    assert world.adapter is not None
    for room_id in (strangers_room, members_room):
        await regisseur.wait_for(
            lambda rid=room_id: world.adapter is not None and rid not in world.adapter.client.rooms,
            what="the bot to stay out",
        )
    joined = await world.adapter.client.joined_rooms()
    assert strangers_room not in joined.rooms and members_room not in joined.rooms


async def test_unencrypted_signal_room_is_refused(world: World) -> None:
    regisseur = await world.client("regisseur")
    plain_room = await regisseur.create_room(
        invite=[world.bot_id, world.uid("fatima")],
        encrypted=False,
        power_users={world.bot_id: 50},
    )
    world.signal_room = plain_room
    await world.start_bot()
    warning = await regisseur.wait_for(
        lambda: [s for s in regisseur.messages(plain_room, world.bot_id)],
        timeout=30,
        what="the unencrypted warning",
    )
    assert "niet end-to-end versleuteld" in warning[0].body
    fatima = await world.client("fatima")
    await fatima.wait_joined(plain_room)
    await fatima.send(plain_room, SIGNAL)
    await fatima.send(plain_room, "!status")
    # The bot keeps quiet in the room (only one warning) and stores nothing.
    with pytest.raises(TimeoutError):
        await regisseur.wait_for(
            lambda: len(regisseur.messages(plain_room, world.bot_id)) > 1, timeout=4
        )
    assert world.app is not None
    with world.app.db.transaction() as s:
        assert all_signals(s) == []


async def test_media_edits_and_status_in_the_room(world: World) -> None:
    await world.start_bot()
    await world.wait_member(world.signal_room, world.bot_id)
    fatima = await world.client("fatima")
    image = await fatima.send(
        world.signal_room,
        "foto.jpg",
        msgtype="m.image",
        extra={
            # An encrypted attachment, as clients send it in E2EE rooms (content invented).
            "file": {
                "url": "mxc://localhost/nothing",
                "key": {
                    "alg": "A256CTR",
                    "ext": True,
                    "k": "aWdub3JlZA",
                    "key_ops": ["encrypt", "decrypt"],
                    "kty": "oct",
                },
                "iv": "AAAAAAAAAAAAAAAAAAAAAA",
                "hashes": {"sha256": "aWdub3JlZA"},
                "v": "v2",
            },
            "info": {"mimetype": "image/jpeg"},
        },
    )
    [refusal] = await fatima.wait_for(lambda: fatima.replies_to(image, world.bot_id))
    assert "alleen tekst" in refusal.body
    await fatima.wait_for(
        lambda: any(s.redacted for s in fatima.seen if s.event_id == image), what="redaction"
    )
    original = await fatima.send(world.signal_room, "Groepje van 8 bij de JOP")
    await fatima.wait_for(lambda: fatima.replies_to(original, world.bot_id))
    edit = await fatima.send(world.signal_room, WITH_PHONE, edit_of=original)
    [answer] = await fatima.wait_for(lambda: fatima.replies_to(edit, world.bot_id))
    assert "aanpassing bevatte persoonsgegevens" in answer.body
    status = await fatima.send(world.signal_room, "!status")
    [reply] = await fatima.wait_for(lambda: fatima.replies_to(status, world.bot_id))
    assert "Signalen vandaag: 1" in reply.body
    assert world.app is not None
    with world.app.db.transaction() as s:
        [stored] = all_signals(s)
        assert stored.event_id == original
        assert stored.text is not None and "41234567" not in stored.text
        assert "Stationsplein" in stored.text


async def test_message_whose_key_arrives_late_is_handled_when_it_arrives(world: World) -> None:
    adapter = await world.start_bot()
    await world.wait_member(world.signal_room, world.bot_id)
    fatima = await world.client("fatima")
    # Make sure the bot's device is known and an Olm session exists.
    warmup = await fatima.send(world.signal_room, "Groepje van 3 bij de sporthal")
    await fatima.wait_for(lambda: fatima.replies_to(warmup, world.bot_id))
    event_id, release = await fatima.send_with_withheld_key(
        world.signal_room, SIGNAL, withhold_from=world.bot_id
    )
    assert world.app is not None
    db = world.app.db

    def pending() -> list[str]:
        with db.transaction() as s:
            return [p.event_id for p in decryption.pending(s)]

    await fatima.wait_for(lambda: event_id in pending(), what="the bot to park the event")
    assert fatima.replies_to(event_id, world.bot_id) == []
    await release()
    [reply] = await fatima.wait_for(
        lambda: fatima.replies_to(event_id, world.bot_id), timeout=30, what="late handling"
    )
    assert reply.body.startswith("Genoteerd. 📍")
    assert pending() == []
    with db.transaction() as s:
        stored = get_signal_by_event(s, event_id)
        assert stored is not None and stored.text == SIGNAL
    assert adapter.client.olm is not None


async def test_repeated_actions_after_a_crash_post_one_reply(world: World) -> None:
    adapter = await world.start_bot()
    await world.wait_member(world.signal_room, world.bot_id)
    fatima = await world.client("fatima")
    event_id = await fatima.send(world.signal_room, SIGNAL)
    await fatima.wait_for(lambda: fatima.replies_to(event_id, world.bot_id))
    # What a restart does when the bot died after replying but before marking the event
    # handled: the same actions again, for the same event.
    again = (SendMessage(world.signal_room, "Genoteerd.", reply_to=event_id),)
    await adapter.perform(again, origin=event_id)
    marker = await fatima.send(world.signal_room, "Groepje van 4 bij het station")
    await fatima.wait_for(lambda: fatima.replies_to(marker, world.bot_id))
    assert len(fatima.replies_to(event_id, world.bot_id)) == 1


async def test_actions_interrupted_by_a_crash_are_finished_at_start(world: World) -> None:
    """The bot redacted a message and died before replying: it replies after restart."""
    await world.start_bot()
    await world.wait_member(world.signal_room, world.bot_id)
    await world.stop_bot()
    fatima = await world.client("fatima")
    regisseur = await world.client("regisseur")
    event_id = await fatima.send(world.signal_room, "Groepje van 5 bij de sporthal")
    # What the crashed bot left behind: the original already redacted, the reply still due.
    await regisseur.client.room_redact(world.signal_room, event_id, "test")
    settings = parse_settings(world.config(), world.tmp / "bot.toml")
    crashed = build_app(settings)
    text = "Je bericht bevatte persoonsgegevens."
    reply = SendMessage(world.signal_room, text, reply_to=event_id)
    with crashed.db.transaction() as s:
        handled.save_outbox(
            s,
            event_id=event_id,
            room_id=world.signal_room,
            label="signal:redacted",
            actions=[action_to_dict(reply)],
            at=datetime.now(UTC),
        )
    crashed.db.close()
    await world.start_bot()
    [seen] = await fatima.wait_for(lambda: fatima.replies_to(event_id, world.bot_id), timeout=30)
    assert seen.body == text
    assert world.app is not None
    with world.app.db.transaction() as s:
        assert handled.is_handled(s, event_id)
        assert handled.unfinished(s) == []


async def test_where_was_this_answered_by_replying_to_the_bot(world: World) -> None:
    await world.start_bot(locations=[{"name": "Station Zuid", "aliases": ["station zuid"]}])
    await world.wait_member(world.signal_room, world.bot_id)
    fatima = await world.client("fatima")
    event_id = await fatima.send(world.signal_room, "Een stuk of 6 jongens met lachgas, 23u")
    [question] = await fatima.wait_for(lambda: fatima.replies_to(event_id, world.bot_id))
    assert "Waar was dit?" in question.body
    answer = await fatima.send(world.signal_room, "bij station zuid", reply_to=question.event_id)
    [thanks] = await fatima.wait_for(lambda: fatima.replies_to(answer, world.bot_id))
    assert "📍 Station Zuid" in thanks.body
    correction = await fatima.send(world.signal_room, "aantal 8", reply_to=question.event_id)
    [fixed] = await fatima.wait_for(lambda: fatima.replies_to(correction, world.bot_id))
    assert fixed.body.startswith("Aangepast.") and "~8 jongeren" in fixed.body
    assert world.app is not None
    with world.app.db.transaction() as s:
        stored = get_signal_by_event(s, event_id)
        assert stored is not None
        assert stored.location == "Station Zuid" and stored.group_size == 8
        assert get_signal_by_event(s, answer) is None and get_signal_by_event(s, correction) is None


async def test_hotspot_prompt_reaches_the_regisseur_who_decides_by_reaction(world: World) -> None:
    # No hold: the prompt goes out as soon as the bot has counted the signal.
    await world.start_bot(
        hotspots={"hold_minutes": 0},
        locations=[{"name": "Skatebaan Noord", "aliases": ["skatebaan"]}],
    )
    await world.wait_member(world.signal_room, world.bot_id)
    regisseur = await world.client("regisseur")
    await regisseur.wait_joined(world.regie_room)
    await world.wait_member(world.regie_room, world.bot_id)
    fatima = await world.client("fatima")
    await fatima.send(world.signal_room, "Jongen met een mes bij de skatebaan, groep van 6")
    [prompt] = await regisseur.wait_for(
        lambda: [
            s
            for s in regisseur.messages(world.regie_room, world.bot_id)
            if s.body.startswith("Ernstig incident")
        ],
        timeout=60,
        what="the prompt",
    )
    assert "mes" in prompt.body and "Naar stap 2" in prompt.body
    await regisseur.client.room_send(
        world.regie_room,
        "m.reaction",
        {"m.relates_to": {"rel_type": "m.annotation", "event_id": prompt.event_id, "key": "2️⃣"}},
        ignore_unverified_devices=True,
    )
    [ack] = await regisseur.wait_for(
        lambda: [
            s
            for s in regisseur.replies_to(prompt.event_id, world.bot_id)
            if s.body.startswith("Vastgelegd")
        ],
        timeout=30,
        what="the decision to be recorded",
    )
    assert "naar stap 2" in ack.body
    assert world.app is not None
    with world.app.db.transaction() as s:
        [decision] = hotspots.decisions(s)
        assert decision.kind == "naar_stap_2"
        assert decision.decided_by == regisseur.user_id
