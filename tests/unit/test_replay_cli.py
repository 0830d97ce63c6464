"""`signaalbot replay` is a contract: JSON lines on stdout, nothing else."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TZ = timezone(timedelta(hours=2))


def _run(tmp_path: Path, lines: list[str]) -> subprocess.CompletedProcess[str]:
    source = tmp_path / "signals.jsonl"
    source.write_text("\n".join(lines) + "\n")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "bot.cli",
            "replay",
            "--config",
            str(ROOT / "config/example.toml"),
            "--input",
            str(source),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_severe_signal_and_pre_parsed_lines(tmp_path: Path) -> None:
    start = datetime(2026, 6, 1, 20, 0, tzinfo=TZ)
    lines = [
        json.dumps(
            {
                "ts": (start + timedelta(days=d)).isoformat(),
                "org": "handhaving",
                "text": "Groepje van 5 bij de JOP Wilhelminapark, harde muziek",
            }
        )
        for d in range(3)
    ]
    # Pre-parsed fields win over the text; a knife makes it severe.
    lines.append(
        json.dumps(
            {
                "ts": (start + timedelta(days=3)).isoformat(),
                "org": "jongerenwerk",
                "text": "zie melding",
                "location": "Winkelcentrum Zuidplein",
                "categories": ["wapen"],
            }
        )
    )
    # Personal data in a line is screened like in the bot; it still counts as a signal.
    lines.append(
        json.dumps(
            {
                "ts": (start + timedelta(days=4)).isoformat(),
                "org": "handhaving",
                "text": "Kevin de Vries (06-41234567) weer bij de JOP Wilhelminapark",
            }
        )
    )
    done = _run(tmp_path, lines)
    assert done.returncode == 0, done.stderr
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(p["location"], p["reason"]) for p in out] == [("Winkelcentrum Zuidplein", "severe")]
    [prompt] = out
    assert set(prompt) == {
        "ts",
        "location",
        "level",
        "reason",
        "incidents",
        "expected",
        "organisations",
    }
    assert datetime.fromisoformat(prompt["ts"]) - (start + timedelta(days=3)) == timedelta(
        minutes=15
    )
    assert "41234567" not in done.stdout + done.stderr


def test_bad_input_is_refused_with_a_reason_and_no_output(tmp_path: Path) -> None:
    done = _run(tmp_path, ['{"ts": "2026-06-01T20:00:00", "org": "handhaving", "text": "x"}'])
    assert done.returncode == 2 and done.stdout == ""
    assert "line 1" in done.stderr and "offset" in done.stderr
    unordered = _run(
        tmp_path,
        [
            '{"ts": "2026-06-02T20:00:00+02:00", "org": "handhaving", "text": "x"}',
            '{"ts": "2026-06-01T20:00:00+02:00", "org": "handhaving", "text": "x"}',
        ],
    )
    assert unordered.returncode == 2 and "time order" in unordered.stderr
