"""!briefing and !rapport, as members use them."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bot.app import App
from handlers.commands.rapport import BAD_ORDER, NOT_HERE, USAGE, _dates
from handlers.types import SendFile, SendMessage, action_from_dict, action_to_dict
from tests.helpers import FATIMA, REGIE_ROOM, REGISSEUR, SIGNAL_ROOM
from tests.unit.briefings.seed import seeded_app
from tests.unit.test_handlers import message, run

TODAY = date(2026, 11, 22)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    built = seeded_app(tmp_path)
    yield built
    built.db.close()


def test_briefing_in_the_signal_room_covers_that_room(app: App) -> None:
    msg = message("!briefing")
    text, chart = run(app, msg)
    assert isinstance(text, SendMessage) and text.reply_to == msg.event_id
    assert text.text.startswith("📋 Overzicht laatste 24 uur (tot 13:00)")
    assert "Wacht op besluit" not in text.text  # the regisseur's business
    assert isinstance(chart, SendFile) and chart.room_id == SIGNAL_ROOM


def test_briefing_in_the_regisseur_room_has_open_prompts(app: App) -> None:
    [text, _chart] = run(app, message("!briefing week", sender=REGISSEUR, room=REGIE_ROOM))
    assert isinstance(text, SendMessage)
    assert "laatste 7 dagen" in text.text
    assert "❓ Wacht op besluit: Station Centrum" in text.text
    assert "🆕 Nieuwe plekken" in text.text


def test_briefing_in_a_private_chat_is_for_the_regisseur_only(app: App) -> None:
    [answer] = run(app, message("!briefing", sender=FATIMA, room="!dm:test.local", is_direct=True))
    assert isinstance(answer, SendMessage) and "signaalroom" in answer.text
    actions = run(
        app, message("!briefing", sender=REGISSEUR, room="!dm2:test.local", is_direct=True)
    )
    assert isinstance(actions[0], SendMessage) and "Overzicht" in actions[0].text


def test_briefing_with_unknown_argument_explains(app: App) -> None:
    [answer] = run(app, message("!briefing gisteren"))
    assert isinstance(answer, SendMessage) and answer.text.startswith("Zo gebruik je !briefing")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ("", (date(2026, 10, 26), TODAY)),
        ("1-11", (date(2026, 11, 1), TODAY)),
        ("1-11 15-11", (date(2026, 11, 1), date(2026, 11, 15))),
        ("van 1-11 t/m 15-11", (date(2026, 11, 1), date(2026, 11, 15))),
        ("2026-10-01 2026-10-31", (date(2026, 10, 1), date(2026, 10, 31))),
        ("1 november 15 november", (date(2026, 11, 1), date(2026, 11, 15))),
        ("21 november 2026", (date(2026, 11, 21), TODAY)),
        ("1-12", (date(2025, 12, 1), TODAY)),  # still to come this year: last year's
        ("gisteren vandaag", (date(2026, 11, 21), TODAY)),
        ("15-11 1-11", BAD_ORDER),
        ("morgen", USAGE),
        ("31-02", USAGE),
        ("1-11 2-11 3-11", USAGE),
    ],
)
def test_report_periods(args: str, expected: object) -> None:
    assert _dates(args, TODAY) == expected


def test_report_has_summary_csv_and_html(app: App) -> None:
    msg = message("!rapport 1-11 22-11", sender=REGISSEUR, room=REGIE_ROOM)
    summary, csv_file, html_file = run(app, msg)
    assert isinstance(summary, SendMessage) and summary.reply_to == msg.event_id
    assert summary.text.startswith("📄 Rapport signalen 01-11-2026 t/m 22-11-2026")
    assert isinstance(csv_file, SendFile) and csv_file.filename == "rapport-20261101-20261122.csv"
    rows = list(csv.reader(io.StringIO(csv_file.data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["datum", "tijd", "weekdag", "plek"]
    assert len(rows) == 1 + 12  # every seeded signal, one row each
    assert "Station Centrum" in {r[3] for r in rows[1:]}
    # No message text, no senders.
    flat = csv_file.data.decode("utf-8")
    assert "blowen" not in flat and "@" not in flat
    assert isinstance(html_file, SendFile) and html_file.mimetype == "text/html"
    page = html_file.data.decode("utf-8")
    assert "<h2>Per plek</h2>" in page and "data:image/png;base64," in page
    assert "Meldingen en besluiten" in page


def test_report_only_for_the_regisseur_and_not_in_signal_rooms(app: App) -> None:
    [denied] = run(app, message("!rapport", sender=FATIMA))
    assert isinstance(denied, SendMessage) and "alleen voor" in denied.text
    [elsewhere] = run(app, message("!rapport", sender=REGISSEUR, room=SIGNAL_ROOM))
    assert isinstance(elsewhere, SendMessage) and elsewhere.text == NOT_HERE


def test_files_survive_the_outbox() -> None:
    action = SendFile("!r:x", "a.png", "image/png", b"\x89PNG\x00\xff", body="x", width=2, height=1)
    assert action_from_dict(action_to_dict(action)) == action
