"""What the bot understood, and how people fix it: corrections, places, !locatie."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest

from bot.app import App, build_app
from config.models import Location, Settings
from handlers.types import MessageKind, Redact, SendMessage
from storage import audit, locations
from storage.signals import get_signal_by_event
from tests.helpers import JORIS, REGIE_ROOM, REGISSEUR, FixedClock
from tests.unit.test_handlers import message, run

STATION = Location(name="Station Zuid", aliases=["station zuid"], lat=51.9000, lon=4.5000)


@pytest.fixture
def app(settings: Settings, clock: FixedClock) -> Iterator[App]:
    built = build_app(
        settings.model_copy(update={"locations": [*settings.locations, STATION]}), clock=clock
    )
    yield built
    built.db.close()


def _stored(app: App, event_id: str):  # type: ignore[no-untyped-def]
    with app.db.transaction() as s:
        signal = get_signal_by_event(s, event_id)
        assert signal is not None
        s.expunge(signal)
        return signal


def test_no_place_asks_once_and_the_answer_is_attached(app: App) -> None:
    signal = message("Groepje van 6 jongens, harde muziek en blowen, 23u")
    [reply] = run(app, signal)
    assert isinstance(reply, SendMessage) and "Waar was dit?" in reply.text
    app.dispatcher.record_sent(signal.event_id, signal.room_id, "$botreply")
    answer = message("bij station zuid", reply_to="$botreply")
    [ack] = run(app, answer)
    assert isinstance(ack, SendMessage) and "📍 Station Zuid" in ack.text
    stored = _stored(app, signal.event_id)
    assert stored.location == "Station Zuid" and stored.location_known is True
    # The answer is not a signal of its own.
    with app.db.transaction() as s:
        assert get_signal_by_event(s, answer.event_id) is None


def test_a_long_reply_to_the_question_is_a_new_signal(app: App) -> None:
    signal = message("Groepje van 6 jongens, harde muziek, 23u")
    run(app, signal)
    app.dispatcher.record_sent(signal.event_id, signal.room_id, "$botreply")
    story = message(
        "nu staan ze met z'n tienen bij het winkelcentrum en gooien met flessen naar auto's",
        reply_to="$botreply",
    )
    run(app, story)
    assert _stored(app, story.event_id).group_size == 10


def test_corrections_by_reply_update_and_are_logged(app: App) -> None:
    signal = message("Groepje van 8 jongeren bij de JOP Wilhelminapark, blowen, 22.30u")
    run(app, signal)
    app.dispatcher.record_sent(signal.event_id, signal.room_id, "$botreply")
    [ack] = run(app, message("aantal 12\n+ alcohol\n- drugs", reply_to="$botreply"))
    assert isinstance(ack, SendMessage) and ack.text.startswith("Aangepast. 📍")
    assert "~12 jongeren" in ack.text and "alcohol" in ack.text
    run(app, message("locatie: station zuid", reply_to=signal.event_id))
    stored = _stored(app, signal.event_id)
    assert stored.group_size == 12
    assert "alcohol" in stored.categories and "drugs" not in stored.categories
    assert stored.location == "Station Zuid" and stored.location_known is True
    with app.db.transaction() as s:
        fields = [e.details["fields"] for e in audit.events(s, action="signal.corrected")]
    assert fields == [["categories", "group_size"], ["location"]]


def test_only_the_poster_or_the_regisseur_may_correct(app: App) -> None:
    signal = message("Groepje van 8 bij de JOP Wilhelminapark")
    run(app, signal)
    [refusal] = run(app, message("aantal 3", sender=JORIS, reply_to=signal.event_id))
    assert isinstance(refusal, SendMessage) and "Alleen wie het signaal stuurde" in refusal.text
    run(app, message("aantal 4", sender=REGISSEUR, reply_to=signal.event_id))
    assert _stored(app, signal.event_id).group_size == 4


def test_correction_with_personal_data_is_refused(app: App) -> None:
    signal = message("Groepje van 8 bij de JOP Wilhelminapark")
    run(app, signal)
    actions = run(app, message("locatie: bij 06-41234567 thuis", reply_to=signal.event_id))
    assert isinstance(actions[0], Redact)
    assert _stored(app, signal.event_id).location == "JOP Wilhelminapark"


def test_new_places_wait_for_the_regisseur(app: App) -> None:
    signal = message("Groepje van 5 bij de Jumbo aan de Dorpsstraat, klieren")
    [reply] = run(app, signal)
    stored = _stored(app, signal.event_id)
    assert stored.location is not None and stored.location_known is False
    assert "(nieuw)" in reply.text  # type: ignore[attr-defined]
    found = stored.location
    [listing] = run(app, message("!locatie", sender=REGISSEUR, room=REGIE_ROOM))
    assert isinstance(listing, SendMessage) and found in listing.text
    [ack] = run(
        app,
        message(f"!locatie hernoem {found} -> Jumbo Centrum", sender=REGISSEUR, room=REGIE_ROOM),
    )
    assert isinstance(ack, SendMessage) and "Hernoemd" in ack.text, ack.text
    assert _stored(app, signal.event_id).location == "Jumbo Centrum"
    # From now on the parser knows it, also by its old name.
    again = message(f"weer 4 jongens bij de {found.lower()}")
    run(app, again)
    later = _stored(app, again.event_id)
    assert later.location == "Jumbo Centrum" and later.location_known is True
    [merge] = run(
        app,
        message(
            "!locatie samenvoegen Jumbo Centrum -> Station Zuid",
            sender=REGISSEUR,
            room=REGIE_ROOM,
        ),
    )
    assert isinstance(merge, SendMessage) and "Samengevoegd" in merge.text
    assert _stored(app, again.event_id).location == "Station Zuid"
    with app.db.transaction() as s:
        assert [e.action for e in audit.events(s) if e.action.startswith("location.")] == [
            "location.renamed",
            "location.merged",
        ]
        assert locations.unconfirmed(s) == []


def test_locatie_is_for_the_regisseur_only(app: App) -> None:
    [reply] = run(app, message("!locatie"))
    assert isinstance(reply, SendMessage) and "alleen voor" in reply.text


def test_shared_location_snaps_to_the_nearest_known_place(app: App, clock: FixedClock) -> None:
    signal = message("Groepje van 6 jongens met scooters, 23u")
    run(app, signal)
    share = replace(
        message("Locatie", kind=MessageKind.LOCATION, geo_uri="geo:51.9005,4.5003"),
        timestamp=signal.timestamp + timedelta(minutes=2),
    )
    actions = run(app, share)
    assert isinstance(actions[0], Redact) and actions[0].event_id == share.event_id
    assert isinstance(actions[1], SendMessage) and "Station Zuid" in actions[1].text
    assert "51.90" not in actions[1].text
    assert _stored(app, signal.event_id).location == "Station Zuid"
    far = message(
        "Locatie", kind=MessageKind.LOCATION, geo_uri="geo:52.3700,4.8900", reply_to=signal.event_id
    )
    refused = run(app, far)
    assert isinstance(refused[0], Redact)
    assert isinstance(refused[1], SendMessage) and "geen bekende plek" in refused[1].text
