"""Repository functions, on SQLite and on PostgreSQL (the `database` fixture runs both)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from storage import audit, decryption, direct, handled, once
from storage import sync as sync_store
from storage.db import Database
from storage.models import Base
from storage.signals import NewSignal, add_signal, all_signals, count_signals, get_signal_by_event

T0 = datetime(2026, 11, 20, 21, 30, tzinfo=UTC)


def _signal(event_id: str, at: datetime = T0, verdict: str = "pass") -> NewSignal:
    return NewSignal(
        event_id=event_id,
        room_id="!r:test",
        sender="@fatima:test",
        organisation="handhaving",
        received_at=at,
        text=None if verdict == "blocked" else "Groepje van 8 bij de JOP",
        verdict=verdict,
        finding_types=["PHONE"] if verdict != "pass" else [],
    )


def test_migrations_match_the_models(database: Database) -> None:
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_migrate_twice_is_harmless(database: Database) -> None:
    database.migrate()
    with database.transaction() as s:
        assert all_signals(s) == []


def test_signal_stored_once_per_event(database: Database) -> None:
    with database.transaction() as s:
        first, created = add_signal(s, _signal("$e1"))
        assert created
    with database.transaction() as s:
        again, created_again = add_signal(s, _signal("$e1"))
        assert not created_again
        assert again.id == first.id
        assert len(all_signals(s)) == 1


def test_times_come_back_as_aware_utc(database: Database) -> None:
    amsterdam_evening = datetime(2026, 11, 20, 22, 30, tzinfo=timezone(timedelta(hours=1)))
    with database.transaction() as s:
        add_signal(s, _signal("$e1", at=amsterdam_evening))
    with database.transaction() as s:
        stored = get_signal_by_event(s, "$e1")
        assert stored is not None
        assert stored.received_at == amsterdam_evening
        assert stored.received_at.tzinfo is not None
        assert stored.received_at.utcoffset() == timedelta(0)


def test_count_window_excludes_blocked(database: Database) -> None:
    with database.transaction() as s:
        add_signal(s, _signal("$old", at=T0 - timedelta(days=2)))
        add_signal(s, _signal("$a", at=T0))
        add_signal(s, _signal("$b", at=T0 + timedelta(minutes=5)))
        add_signal(s, _signal("$blocked", at=T0, verdict="blocked"))
    with database.transaction() as s:
        assert count_signals(s, T0 - timedelta(hours=1)) == 2
        assert count_signals(s, T0 - timedelta(days=3)) == 3
        assert count_signals(s, T0 - timedelta(days=3), until=T0) == 1
        blocked = get_signal_by_event(s, "$blocked")
        assert blocked is not None and blocked.text is None


def test_handled_events_and_sync_token(database: Database) -> None:
    with database.transaction() as s:
        assert not handled.is_handled(s, "$e")
        handled.mark_handled(s, event_id="$e", room_id="!r", at=T0, outcome="signal:pass")
        handled.mark_handled(s, event_id="$e", room_id="!r", at=T0, outcome="again")
    with database.transaction() as s:
        assert handled.is_handled(s, "$e")
        assert handled.outcome(s, "$e") == "signal:pass"
        assert sync_store.load_token(s, "@bot:test") is None
        sync_store.save_token(s, "@bot:test", "s1_2_3", T0)
        sync_store.save_token(s, "@bot:test", "s4_5_6", T0)
    with database.transaction() as s:
        assert sync_store.load_token(s, "@bot:test") == "s4_5_6"


def test_once_markers_direct_rooms_and_pending(database: Database) -> None:
    with database.transaction() as s:
        assert once.first_time(s, "non_member:@x:test", T0)
        assert not once.first_time(s, "non_member:@x:test", T0)
        direct.set_direct_room(s, "@x:test", "!dm1:test", T0)
        direct.set_direct_room(s, "@x:test", "!dm2:test", T0)
        assert decryption.add_pending(
            s, event_id="$enc", room_id="!r", session_id="sess", sender="@x:test", at=T0
        )
        assert not decryption.add_pending(
            s, event_id="$enc", room_id="!r", session_id="sess", sender="@x:test", at=T0
        )
        decryption.bump_attempts(s, "$enc")
    with database.transaction() as s:
        assert direct.get_direct_room(s, "@x:test") == "!dm2:test"
        assert direct.direct_room_ids(s) == {"!dm2:test"}
        [waiting] = decryption.pending(s)
        assert waiting.attempts == 1
        decryption.remove_pending(s, "$enc")
    with database.transaction() as s:
        assert decryption.pending(s) == []


def test_audit_trail_keeps_details(database: Database) -> None:
    with database.transaction() as s:
        signal, _ = add_signal(s, _signal("$e1"))
        audit.record(
            s,
            at=T0,
            actor="@fatima:test",
            action="signal.stored",
            signal_id=signal.id,
            details={"verdict": "pass", "types": []},
        )
    with database.transaction() as s:
        [entry] = audit.events(s, action="signal.stored")
        assert entry.details == {"verdict": "pass", "types": []}
        assert entry.at == T0


def test_failed_transaction_rolls_back(database: Database) -> None:
    try:
        with database.transaction() as s:
            add_signal(s, _signal("$e1"))
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with database.transaction() as s:
        assert all_signals(s) == []
