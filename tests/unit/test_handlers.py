"""The core without a network: messages in, actions out, signals in the database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.app import App, build_app
from config.models import GateModeName, Settings
from handlers.dispatch import FAILED_TEXT
from handlers.types import IncomingMessage, MessageKind, Redact, SendDirect, SendMessage
from storage import audit
from storage.signals import all_signals, get_signal_by_event
from tests.helpers import (
    BOT,
    FATIMA,
    JORIS,
    REGIE_ROOM,
    REGISSEUR,
    SIGNAL_ROOM,
    FixedClock,
)

# Invented data only. 111222333 passes the elfproef.
PHONE_TEXT = "Groep van 5 bij het Stationsplein, bel me op 06-41234567 als het escaleert"
BSN_TEXT = "Jongen met bsn 111222333 stond er weer bij, groep van 6 bij de sporthal"


@pytest.fixture
def app(settings: Settings, clock: FixedClock) -> Iterator[App]:
    built = build_app(settings, clock=clock)
    yield built
    built.db.close()


_counter = iter(range(1, 10_000))


def message(
    body: str,
    *,
    sender: str = FATIMA,
    room: str = SIGNAL_ROOM,
    kind: MessageKind = MessageKind.TEXT,
    **kw: object,
) -> IncomingMessage:
    return IncomingMessage(
        event_id=f"$ev{next(_counter)}",
        room_id=room,
        sender=sender,
        kind=kind,
        timestamp=datetime(2026, 11, 20, 21, 30, tzinfo=UTC),
        body=body,
        **kw,  # type: ignore[arg-type]
    )


def run(app: App, msg: IncomingMessage) -> list[object]:
    outcome = app.dispatcher.dispatch(msg)
    assert outcome is not None
    app.dispatcher.complete(msg, outcome)
    return list(outcome.actions)


def test_clean_signal_is_stored_and_acknowledged(app: App) -> None:
    msg = message(
        "Groepje van 8 jongeren bij de JOP Wilhelminapark, blowen en harde muziek, 22.30u"
    )
    [reply] = run(app, msg)
    assert isinstance(reply, SendMessage) and reply.reply_to == msg.event_id
    # The bot says back what it understood, in one line.
    assert reply.text.startswith("Genoteerd. 📍 JOP Wilhelminapark · ")
    assert "drugs" in reply.text and "~8 jongeren" in reply.text and "22:30" in reply.text
    assert "Waar was dit?" not in reply.text
    with app.db.transaction() as s:
        stored = get_signal_by_event(s, msg.event_id)
        assert stored is not None
        assert stored.text == msg.body
        assert stored.verdict == "pass"
        assert stored.organisation == "handhaving"
        assert stored.sender == FATIMA
        assert stored.location == "JOP Wilhelminapark" and stored.location_known is True
        assert "drugs" in stored.categories and stored.group_size == 8
        assert stored.event_time is not None
        assert stored.event_time.astimezone(app.settings.zone).strftime("%H:%M") == "22:30"
        assert [e.action for e in audit.events(s)] == ["signal.stored"]


def test_phone_number_is_redacted_and_reposted(app: App) -> None:
    msg = message(PHONE_TEXT)
    actions = run(app, msg)
    assert isinstance(actions[0], Redact) and actions[0].event_id == msg.event_id
    reply = actions[1]
    assert isinstance(reply, SendMessage) and reply.reply_to == msg.event_id
    assert reply.text.startswith("Je bericht bevatte persoonsgegevens (telefoonnummer).")
    assert "Signaal van Handhaving:" in reply.text
    assert "06-41234567" not in reply.text and "[telefoon]" in reply.text
    with app.db.transaction() as s:
        stored = get_signal_by_event(s, msg.event_id)
        assert stored is not None and stored.verdict == "redacted"
        assert stored.text is not None and "41234567" not in stored.text
        assert "Stationsplein" in stored.text
        assert stored.finding_types == ["PHONE"]


def test_high_risk_data_blocks_the_whole_message(app: App) -> None:
    msg = message(BSN_TEXT)
    actions = run(app, msg)
    assert isinstance(actions[0], Redact)
    notice, dm = actions[1], actions[2]
    assert isinstance(notice, SendMessage) and "verwijderd" in notice.text
    assert isinstance(dm, SendDirect) and dm.user_id == FATIMA
    assert "BSN" in dm.text and "Stuur het opnieuw" in dm.text
    with app.db.transaction() as s:
        stored = get_signal_by_event(s, msg.event_id)
        assert stored is not None and stored.verdict == "blocked" and stored.text is None


def test_personal_data_only_in_html_or_reply_fallback_still_redacts(app: App) -> None:
    html_only = message(
        "Groep van 5 bij de sporthal",
        formatted_body="Groep van 5 bij de sporthal <a href='tel:0641234567'>06-41234567</a>",
    )
    assert isinstance(run(app, html_only)[0], Redact)
    fallback = message(
        "aantal 12", reply_to="$x", extra_texts=("> <@joris:test.local> bel 06-41234567",)
    )
    actions = run(app, fallback)
    assert isinstance(actions[0], Redact)
    with app.db.transaction() as s:
        stored = get_signal_by_event(s, fallback.event_id)
        assert stored is not None and stored.text == "aantal 12"


def test_same_event_twice_is_stored_once(app: App) -> None:
    msg = message("Groepje van 4 bij de skatebaan")
    run(app, msg)
    assert app.dispatcher.dispatch(msg) is None
    # Also when the first run crashed before it was marked handled:
    other = message("Groepje van 3 bij het winkelcentrum")
    first = app.dispatcher.dispatch(other)
    again = app.dispatcher.dispatch(other)
    assert first is not None and again is not None and first.actions == again.actions
    with app.db.transaction() as s:
        assert len(all_signals(s)) == 2


def test_non_member_is_ignored_and_told_once(app: App) -> None:
    stranger = "@onbekend:test.local"
    first = run(app, message("Groep van 5 bij de sporthal", sender=stranger))
    assert len(first) == 1 and isinstance(first[0], SendDirect)
    assert first[0].user_id == stranger and "deelnemerslijst" in first[0].text
    assert run(app, message("nog een bericht", sender=stranger)) == []
    with app.db.transaction() as s:
        assert all_signals(s) == []


def test_own_messages_and_unknown_rooms_are_ignored(app: App) -> None:
    assert run(app, message("Genoteerd.", sender=BOT)) == []
    assert run(app, message("Groep van 5", room="!elders:test.local")) == []
    with app.db.transaction() as s:
        assert all_signals(s) == []


def test_unencrypted_signal_room_is_refused_once(app: App) -> None:
    first = run(app, message("Groep van 5 bij de sporthal", room_encrypted=False))
    assert len(first) == 1 and isinstance(first[0], SendMessage)
    assert "niet end-to-end versleuteld" in first[0].text
    assert run(app, message("Groep van 6", room_encrypted=False)) == []
    with app.db.transaction() as s:
        assert all_signals(s) == []


@pytest.mark.parametrize(
    "kind",
    [
        MessageKind.IMAGE,
        MessageKind.FILE,
        MessageKind.AUDIO,
        MessageKind.STICKER,
        MessageKind.OTHER,
    ],
)
def test_media_is_removed_with_an_explanation(app: App, kind: MessageKind) -> None:
    msg = message("IMG_1.jpg", kind=kind)
    actions = run(app, msg)
    assert isinstance(actions[0], Redact)
    assert isinstance(actions[1], SendMessage) and "alleen tekst" in actions[1].text


def test_edit_with_personal_data_is_removed_and_sanitized(app: App) -> None:
    original = message("Groepje van 8 bij de JOP")
    run(app, original)
    edit = message(
        "Groepje van 8 bij de JOP, bel 06-41234567",
        replaces=original.event_id,
        extra_texts=("* Groepje van 8 bij de JOP, bel 06-41234567",),
    )
    actions = run(app, edit)
    assert isinstance(actions[0], Redact) and actions[0].event_id == edit.event_id
    assert isinstance(actions[1], SendMessage) and "aanpassing" in actions[1].text
    clean_edit = message("Groepje van 9 bij de JOP", replaces=original.event_id)
    [ack] = run(app, clean_edit)
    assert isinstance(ack, SendMessage) and ack.reply_to == clean_edit.event_id
    assert ack.text.startswith("Aanpassing genoteerd. 📍") and "~9 jongeren" in ack.text
    with app.db.transaction() as s:
        stored = get_signal_by_event(s, original.event_id)
        assert stored is not None and stored.text == "Groepje van 9 bij de JOP"
        assert stored.group_size == 9
        assert "PHONE" in stored.finding_types
        assert len(all_signals(s)) == 1


def test_help_lists_commands_in_dutch(app: App) -> None:
    [reply] = run(app, message("!help", sender=JORIS))
    assert isinstance(reply, SendMessage)
    assert (
        "!status" in reply.text
        and "!help" in reply.text
        and "Alleen groepsinformatie" in reply.text
    )


def test_status_counts_today_and_this_week(app: App, clock: FixedClock) -> None:
    # Friday 20 Nov 2026, 22:30 in Amsterdam. Monday 16 Nov 00:00 local starts the week.
    for days_ago in (0, 0, 3, 5):
        run(
            app,
            replace(
                message("Groep van 5 bij de sporthal"),
                timestamp=clock.now - timedelta(days=days_ago),
            ),
        )
    [reply] = run(app, message("!status", room=REGIE_ROOM, sender=REGISSEUR))
    assert isinstance(reply, SendMessage)
    assert "vandaag: 2" in reply.text and "deze week: 3" in reply.text
    assert "Handhaving" in reply.text


def test_unknown_command_and_commands_are_not_signals(app: App) -> None:
    [reply] = run(app, message("!onbekendcommando"))
    assert isinstance(reply, SendMessage) and "!help" in reply.text
    with app.db.transaction() as s:
        assert all_signals(s) == []


def test_command_with_personal_data_in_signal_room_is_removed(app: App) -> None:
    actions = run(app, message("!status 06-41234567"))
    assert isinstance(actions[0], Redact)


def test_direct_chat_points_to_the_signal_room(app: App) -> None:
    [reply] = run(app, message("hoi", room="!dm:test.local", is_direct=True))
    assert isinstance(reply, SendMessage) and "signaalroom" in reply.text


def test_handler_crash_gives_dutch_answer_and_no_text_in_log(
    app: App, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = "Groep van 5, bel 06-41234567"

    def explode(text: str, **_: object) -> object:
        raise ValueError(f"cannot handle {text}")

    monkeypatch.setattr(app.ctx.gate, "scrub", explode)
    msg = message(secret)
    outcome = app.dispatcher.dispatch(msg)
    assert outcome is not None and outcome.label == "failed:ValueError"
    assert outcome.actions == (SendMessage(SIGNAL_ROOM, FAILED_TEXT, reply_to=msg.event_id),)
    captured = capsys.readouterr()
    assert "06-41234567" not in captured.out + captured.err
    assert "ValueError" in captured.out + captured.err


def test_interrupted_actions_are_kept_until_complete(app: App, settings: Settings) -> None:
    msg = message(PHONE_TEXT)
    outcome = app.dispatcher.dispatch(msg)
    assert outcome is not None and isinstance(outcome.actions[0], Redact)
    # The bot dies here, after (say) redacting. A new process finds the work unfinished:
    restarted = build_app(settings)
    try:
        [pending] = restarted.dispatcher.unfinished()
        assert pending.event_id == msg.event_id
        assert pending.outcome.actions == outcome.actions
        # Re-delivery of the same (still readable) event gives the stored actions, without
        # running the handler again.
        again = restarted.dispatcher.dispatch(msg)
        assert again is not None and again.actions == outcome.actions
        restarted.dispatcher.complete_event(pending.event_id, pending.room_id, pending.outcome)
        assert restarted.dispatcher.unfinished() == []
        assert restarted.dispatcher.dispatch(msg) is None
        with restarted.db.transaction() as s:
            assert len(all_signals(s)) == 1
    finally:
        restarted.db.close()


def test_outbox_holds_sanitized_text_only(app: App) -> None:
    from sqlalchemy import text as sql

    msg = message(PHONE_TEXT)
    app.dispatcher.dispatch(msg)
    with app.db.engine.connect() as conn:
        rows = [str(r) for r in conn.execute(sql("select * from outbox"))]
    assert rows and all("41234567" not in r for r in rows)


def _app_with(settings: Settings, clock: FixedClock, **changes: object) -> App:
    return build_app(settings.model_copy(update=changes), clock=clock)


def test_room_with_block_policy_shares_nothing_with_personal_data(
    settings: Settings, clock: FixedClock
) -> None:
    rooms = [r.model_copy(update={"privacy": GateModeName.BLOCK}) for r in settings.rooms]
    strict = _app_with(settings, clock, rooms=rooms)
    try:
        actions = run(strict, message(PHONE_TEXT))
        assert isinstance(actions[0], Redact) and isinstance(actions[2], SendDirect)
        assert "telefoonnummer" in actions[2].text
    finally:
        strict.db.close()


def test_block_types_are_configurable(settings: Settings, clock: FixedClock) -> None:
    privacy = settings.privacy.model_copy(update={"block_types": []})
    lenient = _app_with(settings, clock, privacy=privacy)
    try:
        actions = run(lenient, message(BSN_TEXT))
        assert isinstance(actions[1], SendMessage) and "[bsn]" in actions[1].text
        assert not any(isinstance(a, SendDirect) for a in actions)
    finally:
        lenient.db.close()


def test_media_may_be_allowed_per_room(settings: Settings, clock: FixedClock) -> None:
    rooms = [r.model_copy(update={"allow_media": True}) for r in settings.rooms]
    relaxed = _app_with(settings, clock, rooms=rooms)
    try:
        assert run(relaxed, message("foto.jpg", kind=MessageKind.IMAGE)) == []
    finally:
        relaxed.db.close()


def test_too_long_message_is_blocked_with_its_own_reason(app: App) -> None:
    actions = run(app, message("Groep van 5 bij de sporthal. " * 500))
    dm = actions[2]
    assert isinstance(dm, SendDirect) and "te lang" in dm.text
