"""Parse throughput and start-up time of nlp.understanding (one core, one process).

Start-up: importing the package and building a SignalParser, without and with a
location config of 300 places (measured in fresh subprocesses so imports are cold).
Throughput: parses of the dev corpus texts (or invented ones when the corpus is
missing), repeated for at least 3 seconds, without and with the config, in several runs;
the median run is reported, both per wall-clock second and per CPU second of this
process (the "one core" figure, which other load on the machine does not distort).

Usage: ``python benchmarks/parse_throughput.py [--seconds 3] [--runs 5]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEV = ROOT.parent / "shared" / "corpus" / "signals-dev.jsonl"
INVENTED = ROOT / "tests" / "data" / "understanding" / "holdout_invented.jsonl"

_STARTUP = """
import time, sys
t0 = time.perf_counter()
from nlp.understanding import SignalParser, KnownPlace
places = [KnownPlace(name=f"Plek {i}straat", aliases=(f"plek{i}",)) for i in range({n})]
SignalParser(places)
print(time.perf_counter() - t0)
"""


def _texts() -> list[str]:
    path = DEV if DEV.exists() else INVENTED
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def _startup(n_places: int) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _STARTUP.replace("{n}", str(n_places))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip())


def _throughput(places: int, seconds: float, texts: list[str], runs: int) -> tuple[float, float]:
    """Median messages per wall-clock second and per CPU second over ``runs`` runs."""
    from nlp.understanding import KnownPlace, SignalParser

    known = [KnownPlace(name=f"Plek {i}straat") for i in range(places)]
    rows = [json.loads(x) for x in INVENTED.open(encoding="utf-8")] if places else []
    known += [KnownPlace(name=str(r["location"])) for r in rows if r.get("location")]
    parser = SignalParser(known)
    now = datetime(2025, 6, 14, 22, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    for t in texts[:50]:
        parser.parse(t, now=now)  # warm caches
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        done = 0
        t0, c0 = time.perf_counter(), time.process_time()
        while time.perf_counter() - t0 < seconds:
            for t in texts:
                parser.parse(t, now=now)
            done += len(texts)
        wall.append(done / (time.perf_counter() - t0))
        cpu.append(done / max(time.process_time() - c0, 1e-9))
    return statistics.median(wall), statistics.median(cpu)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    texts = _texts()
    for n in (0, 300):
        ms = statistics.median(_startup(n) for _ in range(3)) * 1000
        label = "no config" if n == 0 else f"{n} places"
        print(f"start-up (import + build), {label:>10}: {ms:7.1f} ms (median of 3)   target < 1000")
    for n in (0, 300):
        wall, cpu = _throughput(n, args.seconds, texts, args.runs)
        label = "no config" if n == 0 else f"{n} configured places"
        print(
            f"throughput, {label:>22}: {wall:8.0f} messages/s wall, {cpu:8.0f} per CPU second"
            f" (median of {args.runs})   target >= 2000"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
