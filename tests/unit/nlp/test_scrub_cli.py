"""The JSON Lines contract of ``signaalbot scrub``."""

from __future__ import annotations

import io
import json

from nlp.gate import PrivacyGate
from nlp.policy import GateMode, GatePolicy
from nlp.scrub_cli import run_scrub


def _run(
    gate: PrivacyGate, lines: list[str], policy: GatePolicy | None = None
) -> list[dict[str, object]]:
    out = io.StringIO()
    run_scrub(lines, out, gate, policy)
    return [json.loads(x) for x in out.getvalue().splitlines()]


def test_one_line_out_per_line_in(gate: PrivacyGate) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Kevin 06-12345678"}),
        json.dumps({"id": 2, "text": "10 jongens bij de JOP"}),
        "{not json",
        json.dumps({"id": "c"}),
        json.dumps(["x"]),
        json.dumps({"id": "d", "text": 5}),
    ]
    res = _run(gate, lines)
    assert len(res) == len(lines)
    assert res[0]["id"] == "a" and res[0]["verdict"] == "redacted"
    assert res[0]["text"] == "[naam] [telefoon]"
    assert res[0]["findings"] == [
        {"type": "PERSON", "start": 0, "end": 5},
        {"type": "PHONE", "start": 6, "end": 17},
    ]
    assert res[1] == {"id": 2, "verdict": "pass", "text": "10 jongens bij de JOP", "findings": []}
    assert res[2] == {
        "id": None,
        "verdict": "blocked",
        "text": None,
        "findings": [],
        "error": "invalid_json",
    }
    assert res[3]["error"] == "missing_text" and res[3]["id"] == "c"
    assert res[4]["error"] == "not_an_object"
    assert res[5]["error"] == "text_not_a_string"


def test_block_policy(gate: PrivacyGate) -> None:
    res = _run(
        gate, [json.dumps({"id": 1, "text": "Kevin was er"})], GatePolicy(mode=GateMode.BLOCK)
    )
    assert res[0]["verdict"] == "blocked" and res[0]["text"] is None


def test_blank_lines_are_skipped(gate: PrivacyGate) -> None:
    assert _run(gate, ["", "  "]) == []
