"""The regisseur's answer to a prompt, parsed from a short Dutch reply.

Accepted (case and punctuation free; a reason may follow after ':' or 'omdat'/'want'):
  "Naar stap 2" / "stap 2"
  "Regulier afhandelen" / "regulier"
  "Monitoren tot <datum>" / "monitoren" (review after the default number of days)
      <datum>: 12-3, 12/3/2026, 2026-03-12, 12 maart, 12 mrt 2026, vrijdag, morgen,
      overmorgen, volgende week, over 3 dagen, over 2 weken
  "Hoort bij bestaande groep <naam>" / "bestaande groep <naam>" / "hoort bij groep <naam>"
Anything else gives None, so the bot can ask again instead of guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from handlers.hotspots.hygiene import DecisionKind

__all__ = ["Decision", "DecisionKind", "parse_date", "parse_decision"]


@dataclass(frozen=True)
class Decision:
    kind: DecisionKind
    review: date | None = None  # monitoren: the review date
    group: str | None = None  # bestaande_groep: the group's name
    reason: str | None = None  # the stated reason, for the audit trail


_MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "maart": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_WEEKDAYS = {
    "maandag": 0,
    "dinsdag": 1,
    "woensdag": 2,
    "donderdag": 3,
    "vrijdag": 4,
    "zaterdag": 5,
    "zondag": 6,
}
_REASON = re.compile(r"\s*(?::|\bomdat\b|\bwant\b)\s*", re.IGNORECASE)
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WRITTEN = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?(?:\s+(\d{4}))?$")
_IN = re.compile(r"^over\s+(\d{1,3})\s+(dag|dagen|week|weken)$")


def parse_date(text: str, today: date) -> date | None:
    """A Dutch date phrase to a date on or after today; dates without a year that have
    passed mean next year. None when unreadable or impossible."""
    words = " ".join(text.lower().replace(",", " ").split()).removeprefix("op ")
    if words in {"morgen"}:
        return today + timedelta(days=1)
    if words == "overmorgen":
        return today + timedelta(days=2)
    if words == "volgende week":
        return today + timedelta(days=7)
    if (m := _IN.match(words)) is not None:
        n = int(m.group(1))
        return today + timedelta(days=n * (7 if m.group(2).startswith("we") else 1))
    if words.removeprefix("a.s. ").removeprefix("aanstaande ") in _WEEKDAYS:
        target = _WEEKDAYS[words.split()[-1]]
        ahead = (target - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead)
    return _calendar_date(words, today, ahead=True)


def _calendar_date(words: str, today: date, *, ahead: bool) -> date | None:
    """A calendar date; without a year the nearest one ahead of (or back from) today. With
    ``ahead`` a date in the past is refused."""
    found = _calendar(words)
    if found is None:
        return None
    day, month, year = found
    step = 1 if ahead else -1
    try:
        if year is not None:
            result = date(year, month, day)
            return None if ahead and result < today else result
        result = date(today.year, month, day)
        if (result - today).days * step >= 0:
            return result
        return date(today.year + step, month, day)
    except ValueError:
        return None


def _calendar(words: str) -> tuple[int, int, int | None] | None:
    """Day, month and (when given) year of "21-11", "21-11-2026", "2026-11-21", "21 nov"."""
    if (m := _ISO.match(words)) is not None:
        return int(m.group(3)), int(m.group(2)), int(m.group(1))
    if (m := _NUMERIC.match(words)) is not None:
        year = int(m.group(3)) if m.group(3) else None
        if year is not None and year < 100:
            year += 2000
        return int(m.group(1)), int(m.group(2)), year
    if (m := _WRITTEN.match(words)) is not None and m.group(2) in _MONTHS:
        return int(m.group(1)), _MONTHS[m.group(2)], int(m.group(3)) if m.group(3) else None
    return None


def parse_past_date(text: str, today: date) -> date | None:
    """A Dutch date phrase to a date on or before today (for reports): dates without a
    year that are still to come mean last year. None when unreadable or impossible."""
    words = " ".join(text.lower().replace(",", " ").split())
    if words == "vandaag":
        return today
    if words == "gisteren":
        return today - timedelta(days=1)
    if words == "eergisteren":
        return today - timedelta(days=2)
    return _calendar_date(words, today, ahead=False)


def parse_decision(text: str, today: date) -> Decision | None:
    """Read a decision; None when the reply is not one (or its date is unreadable)."""
    head, reason = _split_reason(text)
    words = re.sub(r"[\"'“”‘’!?.]+$", "", " ".join(head.split())).strip()
    low = words.lower()
    if re.fullmatch(r"(?:naar\s+)?stap\s*2", low):
        return Decision(DecisionKind.NAAR_STAP_2, reason=reason)
    if re.fullmatch(r"regulier(?:\s+afhandelen)?", low):
        return Decision(DecisionKind.REGULIER, reason=reason)
    if (m := re.fullmatch(r"monitor(?:en)?(?:\s+tot(?:\s+en\s+met)?\s+(.+))?", low)) is not None:
        if m.group(1) is None:
            return Decision(DecisionKind.MONITOREN, reason=reason)
        review = parse_date(m.group(1), today)
        return None if review is None else Decision(DecisionKind.MONITOREN, review, None, reason)
    m = re.fullmatch(
        r"(?:hoort\s+bij\s+)?(?:de\s+)?(?:bestaande\s+)?groep\s+(.+)", words, re.IGNORECASE
    )
    if m is not None and (low.startswith(("hoort", "bestaande", "de bestaande"))):
        name = m.group(1).strip(" \"'“”‘’")
        if name:
            return Decision(DecisionKind.BESTAANDE_GROEP, group=name, reason=reason)
    return None


def _split_reason(text: str) -> tuple[str, str | None]:
    parts = _REASON.split(text.strip(), maxsplit=1)
    if len(parts) == 2 and parts[1].strip():
        return parts[0], parts[1].strip()
    return parts[0], None
