"""Parse throughput and start-up time of nlp.understanding (one core, one process).

Start-up: importing the package and building a SignalParser, without and with a
location config of 300 places (measured in fresh subprocesses so imports are cold).
Throughput: parses of the dev corpus texts (or invented ones when the corpus is
missing), repeated for at least 3 seconds, without and with the config.

Usage: ``python benchmarks/parse_throughput.py [--seconds 3]``
"""

from __future__ import annotations

import argparse
import json
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


def _throughput(places: int, seconds: float, texts: list[str]) -> float:
    from nlp.understanding import KnownPlace, SignalParser

    known = [KnownPlace(name=f"Plek {i}straat") for i in range(places)]
    rows = [json.loads(x) for x in INVENTED.open(encoding="utf-8")] if places else []
    known += [KnownPlace(name=str(r["location"])) for r in rows if r.get("location")]
    parser = SignalParser(known)
    now = datetime(2025, 6, 14, 22, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    for t in texts[:50]:
        parser.parse(t, now=now)  # warm caches
    done = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for t in texts:
            parser.parse(t, now=now)
        done += len(texts)
    return done / (time.perf_counter() - t0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()
    texts = _texts()
    print(f"start-up (import + build), no config:   {_startup(0) * 1000:7.1f} ms")
    print(f"start-up (import + build), 300 places:  {_startup(300) * 1000:7.1f} ms")
    for n in (0, 300):
        rate = _throughput(n, args.seconds, texts)
        label = "no config" if n == 0 else f"{n} configured places"
        print(f"throughput, {label:>22}: {rate:8.0f} messages/s   target >= 2000")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
