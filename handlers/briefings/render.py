"""An overview as a short Dutch message, readable on a phone in twenty seconds.

Only group-level facts appear: counts, place names, behaviour, times. No message text is
quoted, so nothing a reporter typed can reach a briefing.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from handlers.briefings.data import Overview, PlaceCount
from nlp.understanding.categories import BY_NAME

WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
LEVEL_NL = {"yellow": "geel", "red": "rood", "green": "groen"}
LEVEL_ICON = {"yellow": "🟡", "red": "🔴"}
DECISION_NL = {
    "naar_stap_2": "naar stap 2",
    "regulier": "regulier",
    "monitoren": "monitoren",
    "bestaande_groep": "bestaande groep",
}
MAX_PLACES = 5
MAX_SEVERE = 4
MAX_NEW_PLACES = 5


def category_label(name: str) -> str:
    cat = BY_NAME.get(name)
    return cat.label_nl if cat is not None else name.replace("_", " ")


def count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def arrow(now: int, before: int) -> str:
    if now > before:
        return "↑"
    if now < before:
        return "↓"
    return "→"


def moment(at: datetime, overview: Overview, *, reference: datetime | None = None) -> str:
    """'13:00', 'gisteren 22:00' or 'za 21-11 22:00', relative to the end of the period."""
    tz = overview.tz
    local = at.astimezone(tz)
    ref = (reference or overview.scope.end).astimezone(tz).date()
    if local.date() == ref:
        return local.strftime("%H:%M")
    if local.date() == ref - timedelta(days=1):
        return "gisteren " + local.strftime("%H:%M")
    return f"{WEEKDAYS[local.weekday()]} {local.strftime('%d-%m %H:%M')}"


def day(at: datetime, overview: Overview) -> str:
    local = at.astimezone(overview.tz)
    return f"{WEEKDAYS[local.weekday()]} {local.strftime('%d-%m')}"


def _place(p: PlaceCount) -> str:
    return f"{p.name} {p.incidents} {arrow(p.incidents, p.incidents_before)}"


def render(overview: Overview, title: str) -> str:
    lines = [title]
    if overview.signals == 0:
        lines.append("Geen signalen.")
    else:
        trend = arrow(overview.incidents, overview.incidents_before)
        lines.append(
            f"{count(overview.signals, 'signaal', 'signalen')} · "
            f"{count(overview.incidents, 'incident', 'incidenten')} {trend} · "
            f"{count(overview.organisations, 'organisatie', 'organisaties')}"
        )
    lines.append(
        "Vorige week zelfde periode: "
        f"{count(overview.signals_before, 'signaal', 'signalen')} · "
        f"{count(overview.incidents_before, 'incident', 'incidenten')}"
    )
    if overview.places:
        shown = " · ".join(_place(p) for p in overview.places[:MAX_PLACES])
        more = len(overview.places) - MAX_PLACES
        lines.append(f"📍 {shown}" + (f" · +{more} plekken" if more > 0 else ""))
    if overview.categories:
        lines.append(
            "🏷️ " + " · ".join(f"{category_label(c)} {n}" for c, n in overview.categories[:6])
        )
    for incident in overview.severe[:MAX_SEVERE]:
        what = ", ".join(category_label(c) for c in incident.categories)
        size = f" (~{incident.group_size})" if incident.group_size else ""
        lines.append(
            f"⚠️ Ernstig: {moment(incident.at, overview)} {incident.location} – {what}{size}"
        )
    if len(overview.severe) > MAX_SEVERE:
        lines.append(f"⚠️ … en nog {len(overview.severe) - MAX_SEVERE} ernstige incidenten")
    if overview.watch:
        lines.append(
            "Let op: " + " · ".join(f"{LEVEL_ICON[level]} {name}" for name, level in overview.watch)
        )
    for prompt in overview.open_prompts:
        why = "ernstig incident" if prompt.severe else LEVEL_NL.get(prompt.level, prompt.level)
        lines.append(
            f"❓ Wacht op besluit: {prompt.location} ({why}, sinds {day(prompt.since, overview)})"
        )
    for review in overview.reviews:
        decision = DECISION_NL.get(review.decision, review.decision)
        lines.append(f"🔁 Herbeoordelen: {review.location} ({decision}, tot {review.review:%d-%m})")
    if overview.slow_rises:
        lines.append("🐢 Sluipende toename: " + " · ".join(overview.slow_rises))
    if overview.new_places:
        names = " · ".join(f"'{name}' ({n})" for name, n in overview.new_places[:MAX_NEW_PLACES])
        lines.append(f"🆕 Nieuwe plekken: {names} → bevestig of voeg samen met !locatie")
    return "\n".join(lines)
