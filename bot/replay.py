"""`signaalbot replay`: a history through the real pipeline, with a simulated clock.

Each input line is screened by the privacy gate, understood by the parser (pre-parsed
`location`, `categories`, `group_size` take precedence), stored in a temporary database
and counted by the hotspot engine, exactly as in the bot; nothing waits in real time.
Output: one JSON line per prompt the regisseur would have received (reminders and
escalations of an unanswered prompt are not new prompts and are left out):
    {"ts", "location", "level", "reason", "incidents", "expected", "organisations"}
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from bot.app import build_app
from config.models import DatabaseConfig, Settings
from handlers.hotspot_service import Emitted
from handlers.log import get_logger
from handlers.understanding import remember_new_place, to_storage
from nlp.types import Verdict
from storage.signals import NewSignal, Understanding, add_signal

log = get_logger("signaalbot.replay")


class ReplayError(ValueError):
    """A line that cannot be replayed; the message names the line and the fix."""


class SimulatedClock:
    def __init__(self) -> None:
        self.now: datetime | None = None

    def __call__(self) -> datetime:
        assert self.now is not None, "the clock is set by the first input line"
        return self.now


def _timestamp(raw: Any, line_no: int) -> datetime:
    try:
        ts = datetime.fromisoformat(str(raw))
    except ValueError:
        raise ReplayError(f"line {line_no}: 'ts' is not ISO 8601 ({raw!r})") from None
    if ts.tzinfo is None:
        raise ReplayError(f"line {line_no}: 'ts' needs an offset, e.g. +01:00")
    return ts


def replay(settings: Settings, lines: Iterable[str], out: TextIO) -> int:
    """Replay; returns the number of prompts written."""
    with tempfile.TemporaryDirectory(prefix="signaalbot-replay-") as tmp:
        clock = SimulatedClock()
        temporary = settings.model_copy(
            update={
                "data_dir": Path(tmp),
                "database": DatabaseConfig(url=f"sqlite:///{Path(tmp) / 'replay.db'}"),
            }
        )
        written = 0
        app = None
        try:
            for line_no, raw in enumerate(lines, start=1):
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw)
                except json.JSONDecodeError:
                    raise ReplayError(f"line {line_no}: not valid JSON") from None
                if not isinstance(record, dict) or "ts" not in record:
                    raise ReplayError(f"line {line_no}: needs at least 'ts' and 'org'")
                ts = _timestamp(record["ts"], line_no)
                if clock.now is not None and ts < clock.now:
                    raise ReplayError(f"line {line_no}: lines must be in time order")
                clock.now = ts
                if app is None:
                    app = build_app(temporary, clock=clock)
                assert app.ctx.hotspots is not None
                written += _write(app.ctx.hotspots.tick(ts), out)
                _store(app, record, ts, line_no)
            if app is not None and clock.now is not None:
                assert app.ctx.hotspots is not None
                # Let the last hold timers run out.
                end = clock.now + app.ctx.hotspots.config.hold + timedelta(minutes=1)
                clock.now = end
                written += _write(app.ctx.hotspots.tick(end), out)
        finally:
            if app is not None:
                app.db.close()
        return written


def _write(emitted: list[Emitted], out: TextIO) -> int:
    count = 0
    for item in emitted:
        if item.prompt.kind == "prompt":
            out.write(json.dumps(item.prompt.to_json_dict(), ensure_ascii=False) + "\n")
            count += 1
    out.flush()
    return count


def _store(app: Any, record: dict[str, Any], ts: datetime, line_no: int) -> None:
    ctx = app.ctx
    org = str(record.get("org") or "onbekend")
    text = record.get("text")
    sanitized: str | None = None
    verdict = Verdict.PASS
    parsed = None
    if isinstance(text, str) and text.strip():
        result = ctx.gate.scrub(text)
        verdict = result.verdict
        sanitized = result.text if verdict is not Verdict.BLOCKED else None
        if sanitized:
            parsed = ctx.parser.parse(sanitized, now=ts)
    understanding = to_storage(parsed) if parsed else Understanding(event_time=ts)
    overrides: dict[str, Any] = {}
    if record.get("location") is not None:
        overrides.update(location=str(record["location"]), location_known=True)
    if isinstance(record.get("categories"), list):
        overrides["categories"] = tuple(str(c) for c in record["categories"])
    if record.get("group_size") is not None:
        overrides["group_size"] = int(record["group_size"])
    understanding = replace(understanding, **overrides)
    with ctx.db.transaction() as session:
        add_signal(
            session,
            NewSignal(
                event_id=f"replay:{line_no}",
                room_id="replay",
                sender="replay",
                organisation=org,
                received_at=ts,
                text=sanitized,
                # Pre-parsed fields are group-level facts: they count even if the text did not.
                verdict=Verdict.PASS.value
                if overrides and verdict is Verdict.BLOCKED
                else verdict.value,
                understanding=understanding,
                transport="replay",
            ),
        )
        if parsed is not None and "location" not in overrides:
            remember_new_place(session, parsed, ctx)
