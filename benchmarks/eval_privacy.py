"""Quality figures of the privacy gate on labelled signal corpora.

Usage::

    python benchmarks/eval_privacy.py [--policy strip|block] [FILE.jsonl ...]

Without files it evaluates the shared dev corpus (../shared/corpus/signals-dev.jsonl)
and our own sets in tests/data/privacy/ (tuning set and held-out set) separately.
Each JSONL line: {"id", "text", "pii": [{"text", "type"}], "places": [{"text"}]}.

Printed per corpus:
* per PII type: spans, leaked spans and leaked-span rate. A span is leaked when the
  message was not blocked and any identifying part of it (a name word that is not a
  particle, any token with a digit, the whole handle/e-mail/plate) is still readable
  in the output, i.e. not covered by a redacted finding;
* places kept: share of labelled places in non-blocked outputs that are untouched;
* clean blocked / clean changed: share of messages without personal data that were
  blocked / not passed unchanged.
Message text is never printed (only ids, with --verbose, and only for our own data).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.gate import PrivacyGate  # noqa: E402
from nlp.policy import GateMode, GatePolicy  # noqa: E402
from nlp.types import PiiType, Verdict  # noqa: E402

DEV = ROOT.parent / "shared" / "corpus" / "signals-dev.jsonl"
OWN = ROOT / "tests" / "data" / "privacy"

_TOKEN = re.compile(r"[^\W_]+")
_NUMBER_WORD = re.compile(
    r"(?:(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën))?"
    r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|"
    r"zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|"
    r"tachtig|negentig|honderd)"
)
_PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "t",
        "ter",
        "ten",
        "te",
        "el",
        "al",
        "ben",
        "bin",
        "la",
        "le",
        "da",
        "du",
        "dos",
        "v",
        "vd",
        "op",
        "aan",
        "in",
        "nr",
        "nummer",
        "geb",
        "geboren",
        "s",
    }
)
# Titles and kinship words that some annotators include in a name span ("mw. de Vries",
# "meneer Smit", "tante Ria"): on their own they identify nobody, so they may stay readable.
_TITLE_WORDS = frozenset(
    {
        "mw",
        "hr",
        "mijnheer",
        "mej",
        "mejuffrouw",
        "mevr",
        "mvr",
        "mevrouw",
        "dhr",
        "heer",
        "meneer",
        "mr",
        "mrs",
        "ms",
        "fam",
        "familie",
        "ome",
        "oom",
        "tante",
        "juf",
        "meester",
        "dokter",
        "dr",
        "ir",
        "drs",
        "imam",
        "pastoor",
        "dominee",
        "zuster",
        "broer",
        "zus",
        "moeder",
        "vader",
    }
)


def identifying_tokens(span_text: str, type_: str) -> list[tuple[int, int]]:
    """Offsets (relative to the span) of the parts that identify on their own."""
    out: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(span_text):
        tok = m.group()
        has_digit = any(c.isdigit() for c in tok)
        if type_ in ("ADDRESS", "DATE_OF_BIRTH"):
            # the street or month alone is no address/date; numbers (also spelled
            # out: "nummer zeventien") and postcode letters are
            if (
                has_digit
                or (type_ == "ADDRESS" and len(tok) == 2 and tok.isupper())
                or _NUMBER_WORD.fullmatch(tok.lower())
            ):
                out.append(m.span())
        elif type_ == "PERSON":
            if len(tok) >= 2 and tok.lower() not in _PARTICLES | _TITLE_WORDS:
                out.append(m.span())
        else:
            out.append(m.span())
    return out or [(0, len(span_text))]


def _covered(start: int, end: int, cover: list[bool]) -> bool:
    return all(cover[start:end])


def evaluate(
    path: Path | list[dict[str, Any]], gate: PrivacyGate, policy: GatePolicy, verbose: bool = False
) -> dict[str, Any]:
    spans: Counter[str] = Counter()
    leaked: Counter[str] = Counter()
    places_total = places_kept = 0
    clean = clean_blocked = clean_changed = 0
    msgs = blocked = 0
    leak_ids: list[str] = []
    examples = (
        path
        if isinstance(path, list)
        else [
            json.loads(line)
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    )
    for ex in examples:
        text: str = ex["text"]
        res = gate.scrub(text, policy=policy)
        msgs += 1
        is_blocked = res.verdict is Verdict.BLOCKED
        blocked += is_blocked
        cover = [False] * len(text)
        if res.verdict is Verdict.REDACTED:
            for f in res.findings:
                for k in range(f.start, f.end):
                    cover[k] = True
        pii = ex.get("pii", [])
        # locate each labelled span (successive occurrences for repeats)
        used: Counter[str] = Counter()
        for p in pii:
            spans[p["type"]] += 1
            if is_blocked:
                continue
            t = p["text"]
            pos = -1
            for _ in range(used[t] + 1):
                pos = text.find(t, pos + 1)
            used[t] += 1
            if pos < 0:
                pos = text.find(t)
            if pos < 0:
                continue
            for s, e in identifying_tokens(t, p["type"]):
                if not _covered(pos + s, pos + e, cover):
                    leaked[p["type"]] += 1
                    leak_ids.append(f"{ex['id']}:{p['type']}")
                    break
        if not is_blocked:
            for pl in ex.get("places", []):
                pos = text.find(pl["text"])
                if pos < 0:
                    continue
                places_total += 1
                if not any(cover[pos : pos + len(pl["text"])]):
                    places_kept += 1
                elif verbose:
                    leak_ids.append(f"{ex['id']}:PLACE_LOST")
        if not pii:
            clean += 1
            clean_blocked += is_blocked
            clean_changed += res.verdict is not Verdict.PASS
            if verbose and res.verdict is not Verdict.PASS:
                leak_ids.append(
                    f"{ex['id']}:CLEAN_{res.verdict.value}:{','.join(res.reasons)}"
                    f":{','.join(t.value for t in res.types)}"
                )
    return {
        "messages": msgs,
        "blocked": blocked,
        "spans": spans,
        "leaked": leaked,
        "places_total": places_total,
        "places_kept": places_kept,
        "clean": clean,
        "clean_blocked": clean_blocked,
        "clean_changed": clean_changed,
        "ids": leak_ids,
    }


# --------------------------------------------------------------------------------------
# Synthetic stress test: templates x independent name lists x national street list.
# It measures coverage at scale (random streets, names the curated lists do not hold,
# obfuscations); it is no substitute for real labelled messages.

_CLEAN_T = [
    "Groep van {n} jongens bij de {shop} op de {s}, {a} jr, {b}.",
    "{t} {p}: {n} jongeren, {b}. Politie ingelicht.",
    "rustig bij {p} vandaag, alleen {n} jongens bij de {shop}",
    "Bij de {s} weer {n} jongens op scooters, ong {a}.",
    "{p}: groepje van {n} ({a}) bij de speeltuin, {b}",
    "jongerenwerk {p}: geen bijzonderheden, groep bij de {s} rustig",
    "oproep op snap om morgen {h}u te vechten bij de {s}, wordt veel gedeeld",
    "Weer overlast {shop} {p}, ca {n} jongens {a}-{a2} jr",
    "De groep van de {s} is verplaatst naar de {s2}.",
    "Wijkagent {p}: {n} jongens bij de {s}, {b}.",
    "tramhalte {s}: {n} jongens gooien met stenen naar de tram",
    "{s} {t}: {n} jongens (rond de {a}), {b}",
    "Melding bewoners {s}: elke avond {n} jongens, {b}",
    "vanavond {n} meiden van {a} bij de {shop} in {p}, brutaal tegen personeel",
    "na de wedstrijd {n} jongeren richting de {s}, vuurwerk",
]
_B = [
    "lachgas en harde muziek",
    "blowen",
    "intimideren voorbijgangers",
    "vuurwerk",
    "vernielen fietsen",
    "schelden naar personeel",
    "drinken en roken",
    "rijden over de stoep",
]
_PII_T = [
    ("{F} en {F2} waren weer bij de {shop} op de {s}", ["F:PERSON", "F2:PERSON"]),
    ("moeder van {F} belde, nummer {PH}", ["F:PERSON", "PH:PHONE"]),
    ("{F} {L} ({a}) hangt elke avond bij de {s}", ["F L:PERSON"]),
    ("de jongen heet {F}, woont {s} {hn}", ["F:PERSON", "s hn:ADDRESS"]),
    ("{f} zat er ook weer bij, bij de {s}", ["f:PERSON"]),
    ("ik heb met {f} gesproken bij de {shop}", ["f:PERSON"]),
    ("snap van {f}: {HD}", ["f:PERSON", "HD:HANDLE"]),
    ("kenteken {PL}, rijdt rondjes bij de {s}", ["PL:PLATE"]),
    (
        "leerplicht: {F} {L}, geb. {DOB}, zit bij de groep op de {s}",
        ["F L:PERSON", "DOB:DATE_OF_BIRTH"],
    ),
    ("vader (dhr. {L}) wil contact: {EM}", ["L:PERSON", "EM:EMAIL"]),
    ("{FO} verkoopt lachgas bij de {s}", ["FO:PERSON"]),
    ("tikkie naar {IB} tnv {I}. {L}", ["IB:IBAN", "I. L:PERSON"]),
    ("bsn {BSN} hoort bij {F}, ter info", ["BSN:BSN", "F:PERSON"]),
    ("{F} heeft ADHD en hangt bij de {s}", ["F:PERSON", "ADHD:SPECIAL_CATEGORY"]),
    ("Adres ouders: {PC} {hn}, graag niet delen", ["PC hn:ADDRESS"]),
    ("Volgens de buurtapp zijn {F} en zijn neef de leiders bij de {s}", ["F:PERSON"]),
    ("{f} en {f2} roken elke dag bij de {shop}", ["f:PERSON", "f2:PERSON"]),
    ("de zus van {F} ({PH}) wil praten", ["F:PERSON", "PH:PHONE"]),
    ("mevrouw {L} van de {s} belt steeds", ["L:PERSON"]),
    ("insta {HD} post filmpjes van de groep bij de {s}", ["HD:HANDLE"]),
]


# Families of the second blind set, with other words: titles before surnames,
# lowercase names after "heet"/"ene", nicknames in quotes, house numbers without a
# street pattern, floors, lowercase streets, sexuality/origin/detention phrasings.
_TITLES = ["mevrouw", "mevr.", "mw.", "Mw", "meneer", "dhr.", "Dhr", "de heer", "fam.", "familie"]
_TITLES_LOW = ["mevrouw", "meneer", "mevr", "dhr", "mw"]
_FAMILY_PII_T = [
    ("{T} {L} van de {shop} belde over de groep", ["L:PERSON"]),
    ("{t} {l} heeft gebeld over de jongens bij de {s}", ["l:PERSON"]),
    ("ja dus die ene jongen heet {f} en hangt altijd bij de {s}", ["f:PERSON"]),
    ("er was ook ene {f} bij die gooide met stenen", ["f:PERSON"]),
    ("ze zeggen dat ene '{N}' de scooters regelt", ["N:PERSON"]),
    ('hij heet "Kleine {F}" en is de jongste', ["Kleine F:PERSON"]),
    ("'{F} van Tante {F2}' deelt de oproepen", ["F van Tante F2:PERSON"]),
    ("ze wonen op de {hn} boven de {shop}", ["op de hn:ADDRESS"]),
    ("de buurvrouw van nr {hn} heeft gebeld ({s})", ["nr hn:ADDRESS"]),
    ("woont {s} {hn}, {fl} hoog", ["s hn, fl hoog:ADDRESS"]),
    ("adres van die jongen: {sl} {hn}", ["sl hn:ADDRESS"]),
    ("{F} valt op {sex} en wordt daarom gepest", ["F:PERSON", "valt op sex:SPECIAL_CATEGORY"]),
    ("{F} ({nat}, {a}) wordt bedreigd bij de {s}", ["F:PERSON", "nat:SPECIAL_CATEGORY"]),
    ("{F} zit al {dur} in {p} vast", ["F:PERSON", "zit al dur in p vast:SPECIAL_CATEGORY"]),
    ("de {natadj} {pn} van de overkant heeft het gefilmd", ["natadj pn:SPECIAL_CATEGORY"]),
]
_FAMILY_CLEAN_T = [
    "{p}, {p2}: {n} jongens bij de {chain}, {b}",
    "{p} {p2}: rustig, alleen bij de {chain} een paar jongens",
    "groep van {n} bij de {chain} in {p}, {b}",
    "de jongens zijn met de trein naar {abroad} gegaan voor vuurwerk",
    "{n} {natadj} jongens hadden ruzie bij de {s}",
    "bus nummer {hn} en tram {n} werden bekogeld bij de {s}",
    "leerlingen van het {school} hangen in de pauze bij de {chain}",
]
_CHAINS = [
    "Dirk",
    "Poiesz",
    "Boni",
    "DekaMarkt",
    "Nettorama",
    "Coop",
    "Plus",
    "Vomar",
    "Jan Linders",
    "Hoogvliet",
    "Spar",
    "Intratuin",
    "Kwantum",
    "Wibra",
    "Zeeman",
    "Primark",
    "Decathlon",
    "Mediamarkt",
    "Gamma",
    "Praxis",
]
_ABROAD = ["Aken", "Kleve", "Gronau", "Emmerich", "Antwerpen", "Turnhout", "Lanaken", "Nordhorn"]
_SCHOOLS = ["Edith Stein", "Kees Boeke", "Zadkine", "Thorbecke", "Da Vinci", "Titus Brandsma"]
_NAT = ["Afghaans", "Syrisch", "Somalisch", "Eritrees", "Pools", "Marokkaans", "Turks"]
_NAT_ADJ = ["Surinaamse", "Poolse", "Marokkaanse", "Turkse", "Antilliaanse", "Roemeense"]
_PERSON_NOUNS = ["buurman", "buurvrouw", "dominee", "eigenaar", "jongen", "vader"]
_NICKS = ["Bolle", "Chino", "Capo", "Tanki", "Spooky", "Snelle", "Kaaskop", "Prof"]


def _family_example(
    rnd: Any, k: int, v: dict[str, str], f1: str, f2: str, lasts: list[str]
) -> dict[str, Any]:
    last = rnd.choice(lasts)
    v = dict(v)
    v.update(
        {
            "T": rnd.choice(_TITLES),
            "t": rnd.choice(_TITLES_LOW),
            "L": last,
            "l": last.lower(),
            "F": f1,
            "F2": f2,
            "f": f1.lower(),
            "N": rnd.choice(_NICKS),
            "fl": str(rnd.randint(1, 4)),
            "sl": v["s"].lower(),
            "sex": rnd.choice(["jongens", "mannen", "meisjes", "vrouwen"]),
            "nat": rnd.choice(_NAT),
            "natadj": rnd.choice(_NAT_ADJ),
            "pn": rnd.choice(_PERSON_NOUNS),
            "dur": rnd.choice(["een jaar", "drie maanden", "een paar weken"]),
            "chain": rnd.choice(_CHAINS),
            "abroad": rnd.choice(_ABROAD),
            "school": rnd.choice(_SCHOOLS),
        }
    )
    if k % 2 == 0:
        text = rnd.choice(_FAMILY_CLEAN_T).format(**v)
        pl = [
            {"text": x}
            for x in (v["p"], v["p2"], v["chain"], v["abroad"], v["school"])
            if re.search(r"(?<!\w)" + re.escape(x) + r"(?!\w)", text)
        ]
        return {"id": f"s{k}", "text": text, "pii": [], "places": pl, "synthetic": 1}
    tpl, labels = rnd.choice(_FAMILY_PII_T)
    text = tpl.format(**v)
    pii = []
    for lab in labels:
        keys, typ = lab.rsplit(":", 1)
        span = re.sub(r"\b(\w+)\b", lambda m: v.get(m.group(1), m.group(1)), keys)
        if span in text:
            pii.append({"text": span, "type": typ})
    return {"id": f"s{k}", "text": text, "pii": pii, "places": [], "synthetic": 1}


def _elf_bsn(rnd: Any) -> str:
    while True:
        d = [rnd.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        rest = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
        if rest < 10:
            return "".join(map(str, d)) + str(rest)


def _iban(rnd: Any) -> str:
    bank = rnd.choice(["ABNA", "RABO", "INGB", "ASNB", "SNSB", "TRIO", "KNAB"])
    acct = "".join(str(rnd.randint(0, 9)) for _ in range(10))
    num = int("".join(str(int(c, 36)) for c in bank + acct + "NL00"))
    check = 98 - num % 97
    raw = f"NL{check:02d}{bank}{acct}"
    if rnd.random() < 0.5:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def _phone(rnd: Any) -> str:
    d = "".join(str(rnd.randint(0, 9)) for _ in range(8))
    return rnd.choice(
        [
            f"06-{d}",
            f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
            f"+31 6 {d[:4]} {d[4:]}",
            f"06{d}",
            f"020-{d[:7]}",
            f"010 {d[:3]} {d[3:7]}",
            f"0031 6 {d}",
        ]
    )


def _plate(rnd: Any) -> str:
    code = rnd.choice(
        [
            "LL-DD-LL",
            "DD-LLL-D",
            "D-LLL-DD",
            "LL-DDD-L",
            "L-DDD-LL",
            "LLL-DD-L",
            "DD-LL-LL",
            "D-LL-DDD",
        ]
    )
    letters = "BDFGHJKLNPRSTVXZ"
    return "".join(
        rnd.choice(letters) if c == "L" else str(rnd.randint(1, 9)) if c == "D" else "-"
        for c in code
    )


def _obfuscate(rnd: Any, name: str) -> str:
    kind = rnd.randrange(4)
    if kind == 0:
        return " ".join(name)
    if kind == 1:
        return name.replace("e", "3", 1).replace("o", "0", 1).replace("i", "1", 1)
    if kind == 2:
        return name[:2] + "\u200b" + name[2:]
    return name.replace("e", "е", 1).replace("a", "а", 1)  # Cyrillic


def synthetic(n: int, seed: int = 7, families: bool = False) -> list[dict[str, Any]]:
    import random

    from nlp.lexicon import _package_dir

    rnd = random.Random(seed)

    def lines(p: Path) -> list[str]:
        return [
            x.strip()
            for x in p.read_text(encoding="utf-8").splitlines()
            if x.strip() and not x.startswith("#")
        ]

    firsts = lines(OWN / "probe_first_names.txt")
    lasts = lines(OWN / "probe_surnames.txt")
    streets: list[str] = []
    ded = _package_dir("deduce")
    if ded is not None:
        allst = lines(ded / "data" / "lookup" / "src" / "locations" / "lst_street" / "items.txt")
        streets = [
            x
            for x in allst
            if x[:1].isupper()
            and len(x) > 5
            and '"' not in x
            and re.search(r"(straat|weg|laan|plein|kade|gracht|singel|dreef|hof)$", x)
        ]
    streets = streets or ["Kerkstraat", "Dorpsstraat"]
    places = lines(ROOT / "nlp" / "data" / "places.txt")
    towns: list[str] = []
    if ded is not None:
        res = ded / "data" / "lookup" / "src" / "locations" / "lst_placename" / "lst_residence"
        towns = [x for x in lines(res / "items.txt") if x[:1].isupper() and " " not in x]
    towns = towns or ["Zwolle", "Kampen"]
    shops = [
        "Albert Heijn",
        "Jumbo",
        "Lidl",
        "Dirk van den Broek",
        "Kruidvat",
        "Action",
        "Hema",
        "McDonald's",
        "Primark",
        "Aldi",
        "Etos",
        "Febo",
    ]
    nicks: list[str] = []
    out: list[dict[str, Any]] = []
    for k in range(n):
        v = {
            "n": str(rnd.randint(3, 25)),
            "a": str(rnd.randint(12, 19)),
            "a2": str(rnd.randint(15, 21)),
            "t": f"{rnd.randint(16, 23)}.{rnd.randint(0, 5)}0",
            "h": str(rnd.randint(14, 22)),
            "p": rnd.choice(places),
            "s": rnd.choice(streets),
            "s2": rnd.choice(streets),
            "shop": rnd.choice(shops),
            "b": rnd.choice(_B),
            "hn": str(rnd.randint(1, 250)) + rnd.choice(["", "", "a", "-2", "bis"]),
        }
        if families:
            v["p2"] = rnd.choice(towns)
            fa, fb = rnd.sample(firsts, 2)
            out.append(_family_example(rnd, k, v, fa, fb, lasts))
            continue
        if k % 2 == 0:
            tpl = rnd.choice(_CLEAN_T)
            text = tpl.format(**v)
            pl = [{"text": x} for x in (v["s"], v["s2"], v["shop"], v["p"]) if x in text]
            out.append({"id": f"s{k}", "text": text, "pii": [], "places": pl, "synthetic": 1})
            continue
        tpl, labels = rnd.choice(_PII_T)
        f1, f2 = rnd.sample(firsts, 2)
        v.update(
            {
                "F": f1,
                "F2": f2,
                "f": f1.lower(),
                "f2": f2.lower(),
                "L": rnd.choice(lasts),
                "I": f1[0],
                "PH": _phone(rnd),
                "PL": _plate(rnd),
                "BSN": _elf_bsn(rnd),
                "IB": _iban(rnd),
                "FO": _obfuscate(rnd, f1),
                "HD": rnd.choice(
                    [
                        f"{f1.lower()}.{rnd.randint(10, 99)}0",
                        f"@{f1.lower()}_{rnd.choice(['west', 'zuid', 'x'])}",
                        f"{f1.lower()}.x.0{rnd.randint(10, 99)}",
                    ]
                ),
                "EM": f"{f1.lower()}.{rnd.randint(70, 99)}@hotmail.com",
                "DOB": rnd.choice(
                    [
                        f"{rnd.randint(1, 28)}-{rnd.randint(1, 12)}-20{rnd.randint(5, 12):02d}",
                        f"{rnd.randint(1, 28)} maart 20{rnd.randint(5, 12):02d}",
                    ]
                ),
                "PC": f"{rnd.randint(1000, 9999)} "
                f"{rnd.choice('BDFGHJKLNPRT')}{rnd.choice('BDFGHJKLNPRT')}",
            }
        )
        text = tpl.format(**v)
        pii = []
        for lab in labels:
            keys, typ = lab.split(":")
            span = " ".join(v.get(x, x) for x in keys.split(" "))
            span = span.replace(f"{v['I']} . ", f"{v['I']}. ") if "I" in keys else span
            if keys == "I. L":
                span = f"{v['I']}. {v['L']}"
            if span in text:
                pii.append({"text": span, "type": typ})
        pl = [{"text": x} for x in (v["shop"],) if x in text]
        if "{s} {hn}" not in tpl and v["s"] in text:
            pl.append({"text": v["s"]})
        out.append({"id": f"s{k}", "text": text, "pii": pii, "places": pl, "synthetic": 1})
    del nicks
    return out


def _pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:5.1f}%" if b else "   n/a"


def report(name: str, r: dict[str, Any]) -> None:
    print(f"== {name}: {r['messages']} messages, {r['blocked']} blocked")
    print(f"   {'type':<18}{'spans':>6}{'leaked':>8}{'leak rate':>11}")
    for t in PiiType:
        n = r["spans"][t.value]
        if n:
            k = r["leaked"][t.value]
            print(f"   {t.value:<18}{n:>6}{k:>8}{_pct(k, n):>11}")
    tot = sum(r["spans"].values())
    lk = sum(r["leaked"].values())
    print(f"   {'ALL':<18}{tot:>6}{lk:>8}{_pct(lk, tot):>11}")
    print(
        f"   places kept (non-blocked): {r['places_kept']}/{r['places_total']} "
        f"{_pct(r['places_kept'], r['places_total'])}"
    )
    print(
        f"   clean blocked: {r['clean_blocked']}/{r['clean']} "
        f"{_pct(r['clean_blocked'], r['clean'])}   clean changed: "
        f"{r['clean_changed']}/{r['clean']} {_pct(r['clean_changed'], r['clean'])}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--policy", choices=["strip", "block"], default="strip")
    ap.add_argument(
        "--synthetic",
        type=int,
        default=0,
        metavar="N",
        help="also run N generated messages (stress test, not a target)",
    )
    ap.add_argument(
        "--families",
        type=int,
        default=0,
        metavar="N",
        help="also run N generated messages of the blind-set failure families (stress test)",
    )
    ap.add_argument(
        "--verbose",
        action="store_true",
        help="list ids (never text) of leaked spans, lost places, changed clean",
    )
    args = ap.parse_args(argv)
    policy = GatePolicy(mode=GateMode(args.policy))
    files: list[Path] = args.files or [
        p for p in [DEV, *sorted(OWN.glob("*.jsonl"))] if p.is_file()
    ]
    gate = PrivacyGate()
    for f in files:
        r = evaluate(f, gate, policy, args.verbose)
        report(f.name, r)
        if args.verbose and r["ids"]:
            print("   ids:", " ".join(r["ids"]))
    if args.synthetic:
        syn = synthetic(args.synthetic)
        r = evaluate(syn, gate, policy, args.verbose)
        report(f"synthetic stress test (seed 7, {args.synthetic})", r)
        if args.verbose and r["ids"]:
            print("   ids:", " ".join(r["ids"][:200]))
    if args.families:
        syn = synthetic(args.families, seed=11, families=True)
        r = evaluate(syn, gate, policy, args.verbose)
        report(f"synthetic failure families (seed 11, {args.families})", r)
        if args.verbose and r["ids"]:
            print("   ids:", " ".join(r["ids"][:200]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
