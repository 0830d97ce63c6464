"""What the overviews say, for a seeded municipality and a fixed clock.

The expected texts are reviewed golden files in tests/data/briefings/; after an intended
change, regenerate them with ``SIGNAALBOT_UPDATE_GOLDEN=1 make test-fast`` and review the
diff.
"""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image

from bot.app import App
from config.models import BriefingKind
from handlers.briefings.service import BriefingService, Written
from handlers.types import SendFile, SendMessage
from storage import briefings, handled
from tests.helpers import FATIMA, JORIS, REGIE_ROOM, REGISSEUR, SIGNAL_ROOM
from tests.unit.briefings.seed import NOW, local, post, seeded_app
from tests.unit.test_handlers import message, run

GOLDEN = Path(__file__).parents[2] / "data" / "briefings"
CORPUS = Path(__file__).parents[4] / "shared" / "corpus" / "signals-dev.jsonl"


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("SIGNAALBOT_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
    assert text + "\n" == path.read_text(encoding="utf-8")


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    built = seeded_app(tmp_path)
    yield built
    built.db.close()


def scheduled(app: App, room: str, kind: BriefingKind, hhmm: str, days: int = 0) -> Written:
    at = local(-days, hhmm)
    app.ctx.clock.now = at  # type: ignore[attr-defined]
    written = BriefingService(app.ctx).run_scheduled(room, kind, at)
    assert written is not None
    return written


def text_of(written: Written) -> str:
    first = written.outcome.actions[0]
    assert isinstance(first, SendMessage)
    return first.text


def test_afternoon_briefing(app: App) -> None:
    written = scheduled(app, SIGNAL_ROOM, BriefingKind.BRIEFING, "13:00")
    golden("briefing.txt", text_of(written))
    assert written.room_id == SIGNAL_ROOM
    # Written to the outbox, so the adapter sends it even after a crash.
    with app.db.transaction() as s:
        assert handled.load_outbox(s, written.origin) is not None


def test_debriefing_covers_since_the_briefing(app: App) -> None:
    scheduled(app, SIGNAL_ROOM, BriefingKind.BRIEFING, "13:00")
    post(app, local(0, "15:10"), JORIS, "Groep van 12 bij Winkelcentrum Noord, vuurwerk afgestoken")
    post(app, local(0, "21:20"), FATIMA, "JOP Wilhelminapark rustig, 3 jongeren, geen alcohol")
    written = scheduled(app, SIGNAL_ROOM, BriefingKind.DEBRIEFING, "22:00")
    golden("debriefing.txt", text_of(written))
    with app.db.transaction() as s:
        [first, second] = briefings.runs(s)
    assert second.period_start == first.period_end == local(0, "13:00")


def test_morning_overview_for_the_regisseur(app: App) -> None:
    app.ctx.clock.now = local(-1, "08:30")  # type: ignore[attr-defined]
    written = scheduled(app, REGIE_ROOM, BriefingKind.MORNING, "08:30", days=1)
    golden("ochtend.txt", text_of(written))


def test_weekly_overview_has_new_places(app: App) -> None:
    written = scheduled(app, REGIE_ROOM, BriefingKind.WEEKLY, "08:30", days=1)
    text = text_of(written)
    golden("week.txt", text)
    assert "🆕 Nieuwe plekken" in text


def test_a_quiet_period_says_so(tmp_path: Path) -> None:
    app = seeded_app(tmp_path, signals=[])
    written = scheduled(app, SIGNAL_ROOM, BriefingKind.BRIEFING, "13:00")
    assert text_of(written).splitlines()[1] == "Geen signalen."
    # Nothing to draw: no chart.
    assert len(written.outcome.actions) == 1
    app.db.close()


def test_a_scheduled_overview_is_written_once(app: App) -> None:
    service = BriefingService(app.ctx)
    at = local(0, "13:00")
    assert service.run_scheduled(SIGNAL_ROOM, BriefingKind.BRIEFING, at) is not None
    # The same slot again (a crash before the scheduler saved its next run time).
    again = at + timedelta(minutes=3)
    assert service.run_scheduled(SIGNAL_ROOM, BriefingKind.BRIEFING, again) is None
    assert service.run_scheduled(SIGNAL_ROOM, BriefingKind.BRIEFING, at) is None
    with app.db.transaction() as s:
        assert len(briefings.runs(s)) == 1


def test_a_briefing_too_late_to_be_useful_is_skipped(app: App) -> None:
    service = BriefingService(app.ctx)
    assert service.run_scheduled(SIGNAL_ROOM, BriefingKind.BRIEFING, local(0, "15:01")) is None
    assert service.run_scheduled(SIGNAL_ROOM, BriefingKind.BRIEFING, local(0, "14:59"))


def test_chart_is_a_small_png(app: App) -> None:
    written = scheduled(app, SIGNAL_ROOM, BriefingKind.BRIEFING, "13:00")
    chart = written.outcome.actions[1]
    assert isinstance(chart, SendFile) and chart.mimetype == "image/png"
    image = Image.open(io.BytesIO(chart.data))
    assert image.format == "PNG"
    assert (image.width, image.height) == (chart.width, chart.height) == (800, 320)
    assert len(chart.data) < 100_000


def _spans(path: Path) -> list[str]:
    spans: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        for span in json.loads(line)["pii"]:
            spans.add(span["text"])
    return sorted(spans)


# The shared dev corpus when it is checked out beside the repo; the repo's own invented
# sets always (a clean clone in CI has no ../shared).
SOURCES = [
    pytest.param(
        CORPUS,
        id="dev-corpus",
        marks=pytest.mark.skipif(
            not CORPUS.exists(), reason="the shared dev corpus is not checked out"
        ),
    ),
    pytest.param(GOLDEN.parent / "privacy" / "holdout.jsonl", id="own-holdout"),
    pytest.param(GOLDEN.parent / "blind2" / "privacy.jsonl", id="blind2"),
    pytest.param(GOLDEN.parent / "blind3" / "privacy.jsonl", id="blind3"),
]


@pytest.mark.parametrize("source", SOURCES)
def test_no_personal_data_reaches_any_overview(tmp_path: Path, source: Path) -> None:
    app = seeded_app(tmp_path, signals=[])
    lines = source.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines):
        text = json.loads(line)["text"]
        at = NOW - timedelta(days=13) + n * timedelta(days=13) / len(lines)
        post(app, at, FATIMA if n % 2 else JORIS, text)
    outputs: list[str] = []
    for room, kind, hhmm, days in [
        (SIGNAL_ROOM, BriefingKind.BRIEFING, "13:00", 0),
        (SIGNAL_ROOM, BriefingKind.DEBRIEFING, "22:00", 0),
        (REGIE_ROOM, BriefingKind.MORNING, "08:30", 1),
        (REGIE_ROOM, BriefingKind.WEEKLY, "08:30", 1),
    ]:
        written = scheduled(app, room, kind, hhmm, days)
        outputs.append(text_of(written))
    for room, sender, body in [
        (SIGNAL_ROOM, FATIMA, "!briefing week"),
        (REGIE_ROOM, REGISSEUR, "!briefing week"),
        (REGIE_ROOM, REGISSEUR, "!rapport"),
    ]:
        for action in run(app, replace(message(body, sender=sender, room=room))):
            if isinstance(action, SendMessage):
                outputs.append(action.text)
            elif isinstance(action, SendFile) and not action.mimetype.startswith("image/"):
                outputs.append(action.data.decode("utf-8"))
    everything = "\n".join(outputs)
    assert "signalen" in everything  # the overviews were written
    # Whole words only: "Peters" inside "Czaar Peterstraat" is a street, not a leak.
    leaked = [
        span for span in _spans(source) if re.search(rf"(?<!\w){re.escape(span)}(?!\w)", everything)
    ]
    # Report the count only: the spans themselves must not reach test output.
    count = len(leaked)
    assert count == 0, f"{count} personal-data strings reached an overview"
    app.db.close()


def test_a_night_slot_repeated_when_the_clocks_go_back_is_written_once(tmp_path: Path) -> None:
    # APScheduler fires a 02:30 job twice on 25 October (02:30 summer and winter time).
    from bot.app import build_app
    from tests.helpers import FixedClock
    from tests.unit.briefings.seed import seed_settings

    settings = seed_settings(tmp_path)
    rooms = [r.model_copy(update={"briefings": None}) for r in settings.rooms]
    night = {"kind": "briefing", "at": "02:30"}
    data = settings.model_dump(mode="json")
    data["rooms"] = [r.model_dump(mode="json") for r in rooms]
    data["rooms"][0]["briefings"] = [night]
    from config.loader import parse_settings

    app = build_app(parse_settings(data, tmp_path / "t.toml"), clock=FixedClock(NOW))
    service = BriefingService(app.ctx)
    from datetime import UTC, datetime

    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET
    assert service.run_scheduled(SIGNAL_ROOM, BriefingKind.BRIEFING, first) is not None
    assert service.run_scheduled(SIGNAL_ROOM, BriefingKind.BRIEFING, second) is None
    app.db.close()
