"""The `signaalbot parse` contract: JSON Lines in, exactly one JSON line out per line.

Input lines: ``{"id": ..., "text": "...", "ts": "2025-06-14T22:41:00+02:00"}`` (``ts``
optional, ISO 8601 with offset; without it the current time is used). Blank lines are
skipped. Output per input line, and nothing else on ``out``::

    {"id", "location", "location_known", "categories", "group_size", "age_min",
     "age_max", "event_time"}

with nulls where unknown and ``event_time`` in ISO 8601 with offset in the parser's
time zone (Europe/Amsterdam). A line that cannot be parsed (invalid JSON, not an
object, missing or non-string ``text``, a ``ts`` without offset or unreadable) still
gives exactly one line: the ``id`` when it could be read (else null), ``location``,
``group_size``, ``age_min``, ``age_max`` and ``event_time`` null, ``location_known``
false, ``categories`` empty, plus ``"error": "<reason>"``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any, TextIO

from nlp.understanding.parser import SignalParser


def _error(row_id: Any, reason: str) -> dict[str, Any]:
    return {
        "id": row_id,
        "location": None,
        "location_known": False,
        "categories": [],
        "group_size": None,
        "age_min": None,
        "age_max": None,
        "event_time": None,
        "error": reason,
    }


def parse_line(line: str, parser: SignalParser) -> dict[str, Any]:
    """One input line to one output record (never raises for bad input)."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return _error(None, f"invalid JSON: {exc.msg}")
    if not isinstance(row, dict):
        return _error(None, "a line must be a JSON object")
    row_id = row.get("id")
    if isinstance(row_id, (dict, list)):
        row_id = None
    text = row.get("text")
    if not isinstance(text, str):
        return _error(row_id, "missing or non-string 'text'")
    ts = row.get("ts")
    if ts is None:
        now = datetime.now(parser.tz)
    else:
        if not isinstance(ts, str):
            return _error(row_id, "'ts' must be an ISO 8601 string")
        try:
            now = datetime.fromisoformat(ts.replace("Z", "+00:00"))
        except ValueError:
            return _error(row_id, f"unreadable 'ts': {ts!r}")
        if now.tzinfo is None:
            return _error(row_id, "'ts' needs a UTC offset")
    try:
        parsed = parser.parse(text, now=now)
    except Exception as exc:  # pragma: no cover - a bug; keep the one-line contract
        return _error(row_id, f"internal error: {type(exc).__name__}")
    return {"id": row_id, **parsed.to_json_dict()}


def run_parse(lines: Iterable[str], out: TextIO, parser: SignalParser) -> int:
    """Write one JSON line per non-blank input line; returns the exit status (0)."""
    for line in lines:
        if not line.strip():
            continue
        record = parse_line(line, parser)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return 0
