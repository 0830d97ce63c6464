"""A group-level report over a chosen period (!rapport): for the driehoek or a step-2
request. A short message, a CSV of signals (one row each, no text, no senders) and a
self-contained HTML page with tables and the chart.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from handlers.briefings.chart import Chart
from handlers.briefings.data import Overview
from handlers.briefings.render import DECISION_NL, LEVEL_NL, WEEKDAYS, category_label
from handlers.hotspot_service import UNKNOWN_PLACE
from storage.models import DecisionRecord, PromptRecord, Signal

CSV_COLUMNS = (
    "datum",
    "tijd",
    "weekdag",
    "plek",
    "plek_bevestigd",
    "categorieen",
    "groepsgrootte",
    "leeftijd_min",
    "leeftijd_max",
    "organisatie",
)
# Parts of the day, by local hour: (first hour, name).
DAYPARTS = (
    (0, "nacht (0-6)"),
    (6, "ochtend (6-12)"),
    (12, "middag (12-18)"),
    (18, "avond (18-24)"),
)


@dataclass(frozen=True, slots=True)
class PlaceRow:
    name: str
    incidents: int
    signals: int
    organisations: int
    categories: str
    ages: str
    group_size: str
    first: date
    last: date


@dataclass
class Report:
    first: date
    last: date
    overview: Overview
    signals: Sequence[Signal]
    prompts: Sequence[PromptRecord]
    decisions: Sequence[DecisionRecord]
    organisation_names: dict[str, str]

    def _local(self, s: Signal) -> tuple[date, int, int]:
        at = (s.event_time or s.received_at).astimezone(self.overview.tz)
        return at.date(), at.hour, at.weekday()

    def place_rows(self) -> list[PlaceRow]:
        rows: list[PlaceRow] = []
        incidents = {p.name: p.incidents for p in self.overview.places}
        by_place: dict[str, list[Signal]] = {}
        for s in self.signals:
            by_place.setdefault(s.location or UNKNOWN_PLACE, []).append(s)
        for name, group in sorted(
            by_place.items(), key=lambda kv: (-incidents.get(kv[0], 0), kv[0])
        ):
            cats = Counter(c for s in group for c in set(s.categories))
            ages = [a for s in group for a in (s.age_min, s.age_max) if a is not None]
            sizes = [s.group_size for s in group if s.group_size]
            days = sorted(self._local(s)[0] for s in group)
            rows.append(
                PlaceRow(
                    name=name,
                    incidents=incidents.get(name, 0),
                    signals=len(group),
                    organisations=len({s.organisation for s in group}),
                    categories=", ".join(
                        f"{category_label(c)} {n}" for c, n in cats.most_common(4)
                    ),
                    ages=f"{min(ages)}-{max(ages)}" if ages else "",
                    group_size=f"~{round(statistics.median(sizes))}" if sizes else "",
                    first=days[0],
                    last=days[-1],
                )
            )
        return rows

    def dayparts(self) -> list[tuple[str, int]]:
        counts = Counter(
            next(name for first, name in reversed(DAYPARTS) if self._local(s)[1] >= first)
            for s in self.signals
        )
        return [(name, counts[name]) for _, name in DAYPARTS]

    def weekdays(self) -> list[tuple[str, int]]:
        counts = Counter(self._local(s)[2] for s in self.signals)
        return [(WEEKDAYS[n], counts[n]) for n in range(7)]

    # -- Outputs -------------------------------------------------------------------------

    def title(self) -> str:
        return f"Rapport signalen {self.first:%d-%m-%Y} t/m {self.last:%d-%m-%Y}"

    def summary(self) -> str:
        o = self.overview
        lines = [
            f"📄 {self.title()}",
            f"{o.signals} signalen, {o.incidents} incidenten, {len(o.severe)} ernstig, "
            f"van {o.organisations} organisaties.",
        ]
        top = " · ".join(f"{p.name} {p.incidents}" for p in o.places[:5])
        if top:
            lines.append(f"📍 {top}")
        if self.prompts or self.decisions:
            lines.append(
                f"Meldingen aan de regisseur: {len(self.prompts)} · "
                f"besluiten: {len(self.decisions)}"
            )
        lines.append("Bijlagen: CSV (één regel per signaal, zonder tekst) en HTML-rapport.")
        return "\n".join(lines)

    def csv_bytes(self) -> bytes:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for s in self.signals:
            at = (s.event_time or s.received_at).astimezone(self.overview.tz)
            writer.writerow(
                (
                    at.strftime("%Y-%m-%d"),
                    at.strftime("%H:%M"),
                    WEEKDAYS[at.weekday()],
                    _cell(s.location or ""),
                    "ja" if s.location_known else "nee",
                    ",".join(sorted(s.categories)),
                    s.group_size if s.group_size is not None else "",
                    s.age_min if s.age_min is not None else "",
                    s.age_max if s.age_max is not None else "",
                    _cell(self.organisation_names.get(s.organisation, s.organisation)),
                )
            )
        # Excel opens a UTF-8 CSV correctly only with a byte order mark.
        return ("\ufeff" + buffer.getvalue()).encode("utf-8")

    def html_bytes(self, chart: Chart | None) -> bytes:
        e = html.escape
        o = self.overview
        parts = [
            "<!doctype html><html lang='nl'><head><meta charset='utf-8'>",
            f"<title>{e(self.title())}</title>",
            "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
            "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;"
            "padding:.3em .6em;text-align:left}th{background:#f3f3f3}</style></head><body>",
            f"<h1>{e(self.title())}</h1>",
            "<p>Groepsinformatie uit stap 1 van het werkproces: geen namen, "
            "geen berichtteksten.</p>",
            f"<p><b>{o.signals}</b> signalen, <b>{o.incidents}</b> incidenten, "
            f"<b>{len(o.severe)}</b> ernstig, van <b>{o.organisations}</b> organisaties.</p>",
        ]
        if chart is not None:
            data = base64.b64encode(chart.png).decode("ascii")
            parts.append(f"<img alt='grafiek' src='data:image/png;base64,{data}'>")
        parts.append("<h2>Per plek</h2>")
        parts.append(
            _table(
                (
                    "Plek",
                    "Incidenten",
                    "Signalen",
                    "Organisaties",
                    "Gedrag",
                    "Leeftijd",
                    "Groep",
                    "Eerste",
                    "Laatste",
                ),
                [
                    (
                        r.name,
                        r.incidents,
                        r.signals,
                        r.organisations,
                        r.categories,
                        r.ages,
                        r.group_size,
                        f"{r.first:%d-%m}",
                        f"{r.last:%d-%m}",
                    )
                    for r in self.place_rows()
                ],
            )
        )
        parts.append("<h2>Wanneer</h2>")
        parts.append(_table(("Dagdeel", "Signalen"), self.dayparts()))
        parts.append(_table(("Weekdag", "Signalen"), self.weekdays()))
        if o.severe:
            parts.append("<h2>Ernstige incidenten</h2>")
            parts.append(
                _table(
                    ("Wanneer", "Plek", "Gedrag", "Groep"),
                    [
                        (
                            i.at.astimezone(o.tz).strftime("%d-%m %H:%M"),
                            i.location,
                            ", ".join(category_label(c) for c in i.categories),
                            f"~{i.group_size}" if i.group_size else "",
                        )
                        for i in o.severe
                    ],
                )
            )
        if self.prompts or self.decisions:
            parts.append("<h2>Meldingen en besluiten</h2>")
            rows = [
                (
                    p.ts.astimezone(o.tz).strftime("%d-%m %H:%M"),
                    p.location,
                    f"melding ({LEVEL_NL.get(p.level, p.level)})",
                )
                for p in self.prompts
            ] + [
                (
                    d.decided_at.astimezone(o.tz).strftime("%d-%m %H:%M"),
                    d.location,
                    "besluit: "
                    + DECISION_NL.get(d.kind, d.kind)
                    + (f" (tot {d.review:%d-%m})" if d.review else ""),
                )
                for d in self.decisions
            ]
            parts.append(_table(("Wanneer", "Plek", "Wat"), sorted(rows)))
        parts.append("</body></html>")
        return "".join(parts).encode("utf-8")


def _cell(value: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas: defuse them."""
    return "'" + value if value[:1] in {"=", "+", "-", "@"} else value


def _table(head: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    e = html.escape
    out = ["<table><tr>", *(f"<th>{e(h)}</th>" for h in head), "</tr>"]
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>")
    out.append("</table>")
    return "".join(out)
