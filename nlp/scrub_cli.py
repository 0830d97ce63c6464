"""The ``signaalbot scrub`` contract: JSON Lines in, exactly one JSON line out each.

Input: one JSON object per line with at least ``id`` and ``text``.
Output, per input line, one line::

    {"id": ..., "verdict": "pass"|"redacted"|"blocked",
     "text": <sanitized text, or null when blocked>,
     "findings": [{"type": "PHONE", "start": 10, "end": 21}, ...]}

Offsets are into the input ``text`` (Python str indices, i.e. code points).

A line that cannot be processed still yields exactly one line, fail-closed::

    {"id": <the id if it could be read, else null>, "verdict": "blocked", "text": null,
     "findings": [], "error": "<reason>"}

with ``error`` one of ``"invalid_json"``, ``"not_an_object"``, ``"missing_text"``,
``"text_not_a_string"`` or ``"internal_error"``. Blank input lines are skipped (no
output). Nothing else is written to ``out``; message text never appears in errors.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from nlp.gate import PrivacyGate
from nlp.policy import GatePolicy

__all__ = ["run_scrub", "scrub_record"]


def _error(id_: Any, reason: str) -> dict[str, Any]:
    return {"id": id_, "verdict": "blocked", "text": None, "findings": [], "error": reason}


def scrub_record(line: str, gate: PrivacyGate, policy: GatePolicy | None = None) -> dict[str, Any]:
    """Process one input line into one output object."""
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError):
        return _error(None, "invalid_json")
    if not isinstance(obj, dict):
        return _error(None, "not_an_object")
    id_ = obj.get("id")
    if not isinstance(id_, str | int | float | bool) and id_ is not None:
        id_ = None
    if "text" not in obj:
        return _error(id_, "missing_text")
    text = obj["text"]
    if not isinstance(text, str):
        return _error(id_, "text_not_a_string")
    try:
        res = gate.scrub(text, policy=policy)
    except Exception:
        return _error(id_, "internal_error")
    return {
        "id": id_,
        "verdict": res.verdict.value,
        "text": res.text,
        "findings": [{"type": f.type.value, "start": f.start, "end": f.end} for f in res.findings],
    }


def run_scrub(
    lines: Iterable[str], out: TextIO, gate: PrivacyGate, policy: GatePolicy | None = None
) -> int:
    """Scrub every JSON line of ``lines`` and write one JSON line each to ``out``.

    Returns the number of lines that produced an ``error`` output (0 when all were
    processed); callers may use it as a hint, but the contract is met either way.
    """
    errors = 0
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        rec = scrub_record(line, gate, policy)
        if "error" in rec:
            errors += 1
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    out.flush()
    return errors
