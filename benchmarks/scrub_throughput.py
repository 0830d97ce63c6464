"""Throughput, start-up time and peak memory of the privacy gate's scrub path.

Usage::

    python benchmarks/scrub_throughput.py [--messages N] [--runs R] [--cold]

Everything is measured in fresh child processes pinned to one CPU core, so the
figures are those of a real ``signaalbot scrub`` run:

* start-up: wall time from process start until the gate has scrubbed its first
  message (interpreter, imports, word lists from the on-disk cache, spaCy pipeline).
  With ``--cold`` the word-list cache starts empty (first run after install);
* throughput: N JSON lines (the labelled corpora, repeated) through
  ``nlp.scrub_cli.run_scrub`` into memory, messages per second; best and median of R
  runs (the machine's other load makes single runs noisy);
* CPU time per message of the throughput runs (process time: less sensitive to
  other load on a shared machine than the wall-clock rate);
* peak RSS of the child (ru_maxrss).

Targets: >= 2,000 messages/s on one core, start-up <= 3 s, peak memory <= 400 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "signals-dev.jsonl"
OWN = ROOT / "tests" / "data" / "privacy"

_STARTUP = """
import sys
sys.path.insert(0, sys.argv[1])
from nlp.gate import PrivacyGate
PrivacyGate().scrub("Kevin 06-12345678 bij de Jumbo")
"""

_THROUGHPUT = """
import io, json, resource, sys, time
sys.path.insert(0, sys.argv[1])
n = int(sys.argv[2])
files = sys.argv[3:]
from nlp.gate import PrivacyGate
from nlp.scrub_cli import run_scrub
gate = PrivacyGate()
texts = [json.loads(x)["text"] for f in files
         for x in open(f, encoding="utf-8") if x.strip()]
lines = [json.dumps({"id": i, "text": texts[i % len(texts)]}) for i in range(n)]
run_scrub(lines[:200], io.StringIO(), gate)  # warm-up
out = io.StringIO()
c = time.process_time()
t = time.perf_counter()
run_scrub(lines, out, gate)
dt = time.perf_counter() - t
cpu = time.process_time() - c
assert len(out.getvalue().splitlines()) == n
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"rate": n / dt, "cpu_us": cpu / n * 1e6, "rss": rss, "distinct": len(texts)}))
"""


def _pin() -> list[str]:
    """A prefix that pins the child to one core (taskset when available)."""
    if sys.platform.startswith("linux") and hasattr(os, "sched_getaffinity"):
        core = sorted(os.sched_getaffinity(0))[-1]
        for cand in ("/usr/bin/taskset", "/bin/taskset"):
            if Path(cand).exists():
                return [cand, "-c", str(core)]
    return []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="privacy gate throughput")
    ap.add_argument("--messages", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cold", action="store_true", help="start with an empty word-list cache")
    ap.add_argument("--files", nargs="*", type=Path, help="JSONL corpora to take the texts from")
    args = ap.parse_args(argv)
    files = [str(p) for p in (args.files or [DEV, *sorted(OWN.glob("*.jsonl"))]) if p.is_file()]
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    pin = _pin()
    with tempfile.TemporaryDirectory() as tmp:
        if args.cold:
            env["SIGNAALBOT_CACHE_DIR"] = tmp
        else:  # make sure the cache exists before timing a warm start
            subprocess.run([sys.executable, "-c", _STARTUP, str(ROOT)], env=env, check=True)
        starts: list[float] = []
        for _ in range(1 if args.cold else args.runs):
            t = time.perf_counter()
            subprocess.run([*pin, sys.executable, "-c", _STARTUP, str(ROOT)], env=env, check=True)
            starts.append(time.perf_counter() - t)
        results = []
        for _ in range(args.runs):
            proc = subprocess.run(
                [*pin, sys.executable, "-c", _THROUGHPUT, str(ROOT), str(args.messages), *files],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if proc.returncode != 0:
                print(proc.stderr, file=sys.stderr)
                return 1
            results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    rates = [r["rate"] for r in results]
    print(
        f"messages:   {args.messages} per run, {results[0]['distinct']} distinct texts, "
        f"{args.runs} runs, {'pinned to one core' if pin else 'not pinned'}"
    )
    print(
        f"throughput: best {max(rates):,.0f} / median {statistics.median(rates):,.0f} "
        "messages/s on one core"
    )
    kind = "cold (empty word-list cache)" if args.cold else "warm word-list cache"
    cpus = [r["cpu_us"] for r in results]
    print(
        f"cpu time:   best {min(cpus):,.0f} / median {statistics.median(cpus):,.0f} "
        "µs per message (process CPU time, independent of other load)"
    )
    print(f"start-up:   {min(starts):.2f} s best, {max(starts):.2f} s worst ({kind})")
    print(f"peak RSS:   {max(r['rss'] for r in results):.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
