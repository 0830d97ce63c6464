"""Evaluate signal understanding (nlp.understanding) per field, on tune and held-out data.

Data
----
* The labelled dev corpus (``../shared/corpus/signals-dev.jsonl``, 300 signals) is split
  by a hash of the id: 30% **held-out** (``sha256("signaalbot-split:" + id) % 10 < 3``,
  91 signals), 70% **tune** (209 signals). Only the tune part was used while building
  the extractors; the held-out part is scored, never inspected per message (``--errors``
  refuses it unless ``--final`` is given).
* ``tests/data/understanding/holdout_invented.jsonl``: 80 invented signals in street
  Dutch (typos, missing capitals, abbreviations, emoji, placeholders), written before
  the extractors and labelled with the corpus conventions, plus message times and
  expected event times. Also held out.

Location config
---------------
Labels are canonical place names ("Albert Heijn Westzijde", "Metrostation Beurs",
"Jumbo Korte Akkeren, Gouda"). *With config* simulates a municipality that configured
its hotspots: every canonical name that occurs as a label anywhere (dev and invented,
about 280 names, so each message competes against many distractors), names only, no
aliases. *Without config* nothing is configured and the parser reports the phrase from
the text, so names such as "Metrostation Beurs" for "Beurs:" cannot be matched; the
lenient figure also accepts a phrase that equals the label after dropping type words
("winkelcentrum", "metrostation", "station", "jop") and a ", Town" suffix.

Metrics
-------
* place: exact (after case and spacing normalisation) over messages whose label names
  a place;
* categories: micro precision / recall / F1 over all messages (empty sets included);
* group size: exact where the label states one; ages: min and max both exact where
  the label states either; event time: exact where labelled (invented set only);
* "spurious": how often a field is filled while the label is empty (not a target).

Categories come from the lexicons plus the trained classifier (``category_model``);
``--lexicons-only`` scores the lexicons alone. The classifier is trained on the dev tune
part and the blind sets, so on those its figure is not a first-contact figure.

Usage: ``python benchmarks/eval_parse.py [--corpus PATH] [--set tune|holdout|invented|all]
[--errors FIELD] [--final] [--lexicons-only]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.understanding import KnownPlace, ParsedSignal, SignalParser  # noqa: E402
from nlp.understanding.category_train import is_dev_holdout as is_holdout  # noqa: E402

DEV = ROOT.parent / "shared" / "corpus" / "signals-dev.jsonl"
INVENTED = ROOT / "tests" / "data" / "understanding" / "holdout_invented.jsonl"
TZ = ZoneInfo("Europe/Amsterdam")
DEFAULT_NOW = datetime(2025, 6, 14, 12, 0, tzinfo=TZ)
_TYPES = re.compile(r"\b(?:winkelcentrum|metrostation|station|jop|tramhalte)\b")


def load(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def norm(name: str | None) -> str | None:
    if name is None:
        return None
    return re.sub(r"\s+", " ", name).strip().casefold()


def lenient(name: str | None) -> str | None:
    n = norm(name)
    if n is None:
        return None
    n = n.split(",")[0]
    n = _TYPES.sub(" ", n)
    return re.sub(r"[\s-]+", " ", n).strip()


@dataclass
class Score:
    place_ok: int = 0
    place_lenient: int = 0
    place_n: int = 0
    place_spurious: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    size_ok: int = 0
    size_n: int = 0
    size_spurious: int = 0
    age_ok: int = 0
    age_n: int = 0
    age_spurious: int = 0
    time_ok: int = 0
    time_n: int = 0
    n: int = 0
    errors: dict[str, list[str]] = field(default_factory=dict)

    def add_error(self, kind: str, line: str) -> None:
        self.errors.setdefault(kind, []).append(line)


def evaluate(rows: Iterable[dict[str, object]], parser: SignalParser) -> Score:
    s = Score()
    for row in rows:
        text = str(row["text"])
        ts = row.get("ts")
        now = datetime.fromisoformat(str(ts)) if ts else DEFAULT_NOW
        p: ParsedSignal = parser.parse(text, now=now)
        rid = str(row["id"])
        s.n += 1
        gold_loc = row.get("location")
        if gold_loc is not None:
            s.place_n += 1
            if norm(p.location) == norm(str(gold_loc)):
                s.place_ok += 1
            else:
                s.add_error("place", f"{rid}: got {p.location!r} want {gold_loc!r} | {text}")
            if lenient(p.location) == lenient(str(gold_loc)):
                s.place_lenient += 1
        elif p.location is not None:
            s.place_spurious += 1
        gold_c = set(row.get("categories") or [])  # type: ignore[call-overload]
        got_c = set(p.categories)
        s.tp += len(gold_c & got_c)
        s.fp += len(got_c - gold_c)
        s.fn += len(gold_c - got_c)
        if gold_c != got_c:
            s.add_error(
                "categories",
                f"{rid}: +{sorted(got_c - gold_c)} -{sorted(gold_c - got_c)} | {text}",
            )
        if row.get("group_size") is not None:
            s.size_n += 1
            if p.group_size == row["group_size"]:
                s.size_ok += 1
            else:
                s.add_error("size", f"{rid}: got {p.group_size} want {row['group_size']} | {text}")
        elif p.group_size is not None:
            s.size_spurious += 1
        if row.get("age_min") is not None or row.get("age_max") is not None:
            s.age_n += 1
            if (p.age_min, p.age_max) == (row.get("age_min"), row.get("age_max")):
                s.age_ok += 1
            else:
                want = (row.get("age_min"), row.get("age_max"))
                s.add_error("age", f"{rid}: got {(p.age_min, p.age_max)} want {want} | {text}")
        elif p.age_min is not None:
            s.age_spurious += 1
        if row.get("event_time"):
            s.time_n += 1
            got = p.event_time.isoformat(timespec="seconds")
            if got == row["event_time"]:
                s.time_ok += 1
            else:
                s.add_error("time", f"{rid}: got {got} want {row['event_time']} | {text}")
    return s


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}% ({a}/{b})" if b else "   n/a"


def report(name: str, s: Score, config: bool) -> None:
    prec = s.tp / (s.tp + s.fp) if s.tp + s.fp else 0.0
    rec = s.tp / (s.tp + s.fn) if s.tp + s.fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    mode = "with config" if config else "no config"
    print(f"== {name} [{mode}] n={s.n}")
    print(f"  place correct        {pct(s.place_ok, s.place_n)}   target >= 90%")
    if not config:
        print(f"  place (lenient)      {pct(s.place_lenient, s.place_n)}")
    print(f"  categories micro-F1  {f1:.3f} (P {prec:.3f} R {rec:.3f})   target >= 0.85")
    print(f"  group size exact     {pct(s.size_ok, s.size_n)}   target >= 90%")
    print(f"  age range exact      {pct(s.age_ok, s.age_n)}   target >= 90%")
    if s.time_n:
        print(f"  event time exact     {pct(s.time_ok, s.time_n)}")
    print(
        f"  spurious (label empty): place {s.place_spurious}, size {s.size_spurious}, "
        f"age {s.age_spurious}"
    )


def config_places(rows: Sequence[dict[str, object]]) -> list[KnownPlace]:
    names = sorted({str(r["location"]) for r in rows if r.get("location")})
    return [KnownPlace(name=n) for n in names]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEV)
    ap.add_argument("--invented", type=Path, default=INVENTED)
    ap.add_argument("--set", choices=["tune", "holdout", "invented", "all"], default="all")
    ap.add_argument("--errors", choices=["place", "categories", "size", "age", "time"])
    ap.add_argument(
        "--no-config-errors",
        action="store_true",
        help="show errors of the run without config instead of with config",
    )
    ap.add_argument(
        "--lexicons-only",
        action="store_true",
        help="categories from the lexicons alone, without the trained classifier",
    )
    ap.add_argument(
        "--final",
        action="store_true",
        help="allow --errors on held-out data (only after development)",
    )
    args = ap.parse_args(argv)

    dev = load(args.corpus) if args.corpus.exists() else []
    invented = load(args.invented) if args.invented.exists() else []
    sets: dict[str, list[dict[str, object]]] = {
        "tune (dev 70%)": [r for r in dev if not is_holdout(str(r["id"]))],
        "held-out (dev 30%)": [r for r in dev if is_holdout(str(r["id"]))],
        "held-out (invented)": invented,
    }
    wanted = {
        "tune": ["tune (dev 70%)"],
        "holdout": ["held-out (dev 30%)"],
        "invented": ["held-out (invented)"],
        "all": list(sets),
    }[args.set]
    if args.errors and not args.final and any("held-out" in w for w in wanted):
        print("refusing to show held-out errors without --final", file=sys.stderr)
        return 2
    model = not args.lexicons_only
    plain = SignalParser(category_model=model)
    configured = SignalParser(config_places(dev + invented), category_model=model)
    print(f"location config: {len(configured.places)} canonical names from the labels")
    for name in wanted:
        rows = sets[name]
        if not rows:
            print(f"== {name}: no data")
            continue
        with_cfg = evaluate(rows, configured)
        without = evaluate(rows, plain)
        report(name, with_cfg, True)
        report(name, without, False)
        if args.errors:
            src = without if args.no_config_errors else with_cfg
            for line in src.errors.get(args.errors, []):
                print("   ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
