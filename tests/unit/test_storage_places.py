"""Places and reply bookkeeping, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from storage import locations, replies
from storage.db import Database
from storage.locations import PlaceSpec
from storage.signals import NewSignal, add_signal, get_signal_by_event

T0 = datetime(2026, 11, 20, 21, 30, tzinfo=UTC)


def _signal(s, event_id: str, location: str | None) -> None:  # type: ignore[no-untyped-def]
    signal, _ = add_signal(
        s,
        NewSignal(
            event_id=event_id,
            room_id="!r",
            sender="@a:t",
            organisation="handhaving",
            received_at=T0,
            text="Groepje bij de Jumbo",
            verdict="pass",
        ),
    )
    signal.location = location
    signal.location_known = False


def test_configured_places_sync_and_find(database: Database) -> None:
    with database.transaction() as s:
        locations.sync_configured(
            s, [PlaceSpec("JOP Wilhelminapark", ("jop wilhelmina",), 51.9, 4.4)], T0
        )
        locations.sync_configured(s, [PlaceSpec("JOP Wilhelminapark", ("wilhelminapark",))], T0)
    with database.transaction() as s:
        [place] = locations.known(s)
        assert place.aliases == ["wilhelminapark", "jop wilhelmina"]
        assert locations.find(s, "  JOP   wilhelmina ") is place
        assert locations.find(s, "Zuidplein") is None
        # Dropped from the config: still known, no longer "configured".
        locations.sync_configured(s, [], T0)
        assert place.status == locations.CONFIRMED


def test_unconfirmed_places_confirm_rename_merge(database: Database) -> None:
    with database.transaction() as s:
        locations.sync_configured(s, [PlaceSpec("Winkelcentrum Zuidplein")], T0)
        jumbo = locations.add_unconfirmed(s, "Jumbo Dorpsstraat", T0)
        assert locations.add_unconfirmed(s, "jumbo dorpsstraat", T0) is jumbo
        locations.add_unconfirmed(s, "zuidplein ingang", T0)
        _signal(s, "$1", "Jumbo Dorpsstraat")
        _signal(s, "$2", "Jumbo Dorpsstraat")
        _signal(s, "$3", "zuidplein ingang")
    with database.transaction() as s:
        listed = [(p.name, n) for p, n in locations.unconfirmed(s)]
        assert listed == [("Jumbo Dorpsstraat", 2), ("zuidplein ingang", 1)]
        jumbo = locations.find(s, "jumbo dorpsstraat")
        assert jumbo is not None
        assert locations.rename(s, jumbo, "Jumbo Dorpsstraat Noord", T0) == 2
        source = locations.find(s, "zuidplein ingang")
        target = locations.find(s, "Winkelcentrum Zuidplein")
        assert source is not None and target is not None
        assert locations.merge(s, source, target, T0) == 1
    with database.transaction() as s:
        assert locations.unconfirmed(s) == []
        renamed = get_signal_by_event(s, "$1")
        assert renamed is not None and renamed.location == "Jumbo Dorpsstraat Noord"
        assert renamed.location_known is True
        moved = get_signal_by_event(s, "$3")
        assert moved is not None and moved.location == "Winkelcentrum Zuidplein"
        # Old names keep working: they became aliases.
        assert locations.find(s, "Jumbo Dorpsstraat").name == "Jumbo Dorpsstraat Noord"  # type: ignore[union-attr]
        assert locations.find(s, "zuidplein ingang").name == "Winkelcentrum Zuidplein"  # type: ignore[union-attr]
        assert {p.name for p in locations.known(s)} == {
            "Winkelcentrum Zuidplein",
            "Jumbo Dorpsstraat Noord",
        }


def test_reply_to_the_bot_finds_the_signal(database: Database) -> None:
    with database.transaction() as s:
        _signal(s, "$signal", None)
        replies.record_sent(s, event_id="$botreply", room_id="!r", origin_event_id="$signal", at=T0)
        replies.record_sent(s, event_id="$botreply", room_id="!r", origin_event_id="$signal", at=T0)
    with database.transaction() as s:
        by_bot = replies.signal_for(s, "$botreply")
        direct = replies.signal_for(s, "$signal")
        assert by_bot is not None and direct is not None and by_bot.id == direct.id
        assert replies.signal_for(s, "$unknown") is None
