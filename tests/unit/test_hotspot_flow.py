"""From stored signals to a prompt in the regisseur room, and the regisseur's decision."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.app import App, build_app
from config.models import Settings
from handlers.hotspot_service import HotspotService
from handlers.types import MessageKind, SendMessage
from storage import audit, hotspots
from tests.helpers import FATIMA, JORIS, REGIE_ROOM, REGISSEUR, SIGNAL_ROOM, FixedClock
from tests.unit.test_handlers import message, run

START = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def app(settings: Settings) -> Iterator[App]:
    clock = FixedClock(START)
    built = build_app(settings, clock=clock)
    yield built
    built.db.close()


def _signal(app: App, text: str, at: datetime, sender: str = FATIMA) -> None:
    app.ctx.clock.now = at  # type: ignore[attr-defined]
    run(app, replace(message(text, sender=sender), timestamp=at))


def _tick(app: App, at: datetime) -> list[SendMessage]:
    app.ctx.clock.now = at  # type: ignore[attr-defined]
    assert app.ctx.hotspots is not None
    sent = []
    for item in app.ctx.hotspots.tick(at):
        for action in item.outcome.actions:
            assert isinstance(action, SendMessage)
            sent.append(action)
        # What the adapter does after sending: remember the message, close the outbox.
        app.dispatcher.record_sent(item.origin, item.room_id, f"$sent:{item.origin}")
        app.dispatcher.complete_event(item.origin, item.room_id, item.outcome)
    return sent


def test_severe_signal_prompts_the_regisseur_with_evidence(app: App) -> None:
    at = START + timedelta(days=1, hours=12)
    _signal(app, "Jongen met een mes bij de JOP Wilhelminapark, groep van 6, 13u", at)
    assert _tick(app, at + timedelta(minutes=5)) == []  # held: more reports may follow
    [prompt] = _tick(app, at + timedelta(minutes=16))
    assert prompt.room_id == REGIE_ROOM
    assert prompt.text.startswith("Ernstig incident bij JOP Wilhelminapark")
    assert "Laatste signalen:" in prompt.text and "mes" in prompt.text
    assert "Naar stap 2" in prompt.text
    assert _tick(app, at + timedelta(hours=2)) == []


def _prompted(app: App) -> str:
    at = START + timedelta(days=1, hours=12)
    _signal(app, "Groep van 5 met een mes bij de JOP Wilhelminapark", at)
    assert len(_tick(app, at + timedelta(minutes=20))) == 1
    with app.db.transaction() as s:
        [record] = hotspots.prompts(s)
    return f"$sent:prompt:{record.id}"


def test_decision_by_reply_is_stored_and_audited(app: App) -> None:
    prompt_event = _prompted(app)
    reply = message(
        "Monitoren tot 30-9: eerst kijken of het na de herfst rustiger wordt\n"
        "melding: De regisseur volgt de JOP extra. Blijf signalen delen.",
        sender=REGISSEUR,
        room=REGIE_ROOM,
        reply_to=prompt_event,
    )
    actions = run(app, reply)
    ack, note = actions
    assert isinstance(ack, SendMessage) and ack.text.startswith(
        "Vastgelegd voor JOP Wilhelminapark: monitoren tot 30-09-2026."
    )
    assert isinstance(note, SendMessage) and note.room_id == SIGNAL_ROOM
    assert note.text.startswith("Van de regisseur over JOP Wilhelminapark:")
    with app.db.transaction() as s:
        [decision] = hotspots.decisions(s)
        assert decision.kind == "monitoren" and decision.decided_by == REGISSEUR
        assert decision.review is not None and decision.review.isoformat() == "2026-09-30"
        assert decision.reason is not None and "herfst" in decision.reason
        [entry] = audit.events(s, action="hotspot.decision")
        assert entry.details["location"] == "JOP Wilhelminapark"


def test_decision_by_reaction(app: App) -> None:
    prompt_event = _prompted(app)
    reaction = message(
        "2️⃣", sender=REGISSEUR, room=REGIE_ROOM, kind=MessageKind.REACTION, reply_to=prompt_event
    )
    [ack] = run(app, reaction)
    assert isinstance(ack, SendMessage) and "naar stap 2" in ack.text
    assert ack.reply_to == prompt_event
    assert app.ctx.hotspots is not None
    assert app.ctx.hotspots.engine.state_of("JOP Wilhelminapark").mode == "step2"


def test_only_the_regisseur_decides_and_unclear_answers_are_asked_again(app: App) -> None:
    prompt_event = _prompted(app)
    [refusal] = run(
        app, message("Naar stap 2", sender=JORIS, room=REGIE_ROOM, reply_to=prompt_event)
    )
    assert isinstance(refusal, SendMessage) and "Alleen de regisseur" in refusal.text
    [unclear] = run(
        app, message("even over nadenken", sender=REGISSEUR, room=REGIE_ROOM, reply_to=prompt_event)
    )
    assert isinstance(unclear, SendMessage) and "begrijp ik niet" in unclear.text
    with app.db.transaction() as s:
        assert hotspots.decisions(s) == []


def test_personal_data_in_the_reason_is_not_stored(app: App) -> None:
    prompt_event = _prompted(app)
    [ack] = run(
        app,
        message(
            "Regulier afhandelen: moeder gebeld op 06-41234567",
            sender=REGISSEUR,
            room=REGIE_ROOM,
            reply_to=prompt_event,
        ),
    )
    assert isinstance(ack, SendMessage) and "persoonsgegevens" in ack.text
    with app.db.transaction() as s:
        [decision] = hotspots.decisions(s)
        assert decision.reason is None or "41234567" not in decision.reason


def test_engine_state_survives_a_restart(app: App, settings: Settings) -> None:
    _prompted(app)
    restarted = build_app(settings, clock=FixedClock(START + timedelta(days=1, hours=13)))
    try:
        assert restarted.ctx.hotspots is not None
        service: HotspotService = restarted.ctx.hotspots
        # The place was prompted already; the restarted engine knows, and does not repeat it.
        assert service.engine.state_of("JOP Wilhelminapark").awaiting_since is not None
        assert service.tick(START + timedelta(days=1, hours=14)) == []
    finally:
        restarted.db.close()


def test_severe_signal_without_a_place_still_prompts_within_the_hold(app: App) -> None:
    at = START + timedelta(days=1, hours=12)
    _signal(app, "Jongen met een mes gezien, groep van 6", at)
    [prompt] = _tick(app, at + timedelta(minutes=15, seconds=30))
    assert prompt.text.startswith("Ernstig incident bij onbekende plek")


def test_regisseur_sets_a_place_in_crisis_mode_and_back(app: App) -> None:
    [ack] = run(app, message("!fase JOP Wilhelminapark crisis", sender=REGISSEUR, room=REGIE_ROOM))
    assert isinstance(ack, SendMessage) and "crisismodus" in ack.text
    assert app.ctx.hotspots is not None
    assert app.ctx.hotspots.engine.state_of("JOP Wilhelminapark").mode == "crisis"
    at = START + timedelta(days=1, hours=12)
    _signal(app, "Jongen met een mes bij de JOP Wilhelminapark", at)
    assert _tick(app, at + timedelta(minutes=20)) == []  # no step-1 prompt in crisis mode
    run(app, message("!fase JOP Wilhelminapark stap1", sender=REGISSEUR, room=REGIE_ROOM))
    assert app.ctx.hotspots.engine.state_of("JOP Wilhelminapark").mode == "step1"
    [usage] = run(app, message("!fase", sender=REGISSEUR, room=REGIE_ROOM))
    assert isinstance(usage, SendMessage) and "Zo gebruik je" in usage.text
    [refusal] = run(app, message("!fase JOP Wilhelminapark crisis", sender=JORIS))
    assert isinstance(refusal, SendMessage) and "alleen voor" in refusal.text
    with app.db.transaction() as s:
        modes = [e.details["mode"] for e in audit.events(s, action="hotspot.mode")]
    assert modes == ["crisis", "step1"]
