"""Corrections a poster sends as a reply: "locatie: Stadhuis", "aantal 12", "+ alcohol",
"- drugs", "leeftijd 14-16", "tijd 22.30". Several may share one message, one per line
or separated by ";" or ",". Category words may be synonyms ("+ blowen" adds drugs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, time

from nlp.understanding.behaviour import BehaviourMatcher
from nlp.understanding.categories import ALL, BY_NAME
from nlp.understanding.model import ParsedSignal
from nlp.understanding.text import fold

_LOC = re.compile(
    r"^\s*(?:📍|locatie|loc|plek|plaats|waar|adres)\s*[:=]?\s*(?P<v>\S.*?)\s*$", re.IGNORECASE
)
_SIZE = re.compile(
    r"^\s*(?:aantal|groep(?:sgrootte)?|grootte|hoeveel|aant)\s*[:=]?\s*(?:ca\.?\s*|ong\.?\s*|"
    r"zo'?n\s*|~\s*)?(?P<a>\d{1,3})(?:\s*(?:-|tot|à)\s*(?P<b>\d{1,3}))?\s*(?:\w+)?\s*$"
)
_AGE = re.compile(
    r"^\s*(?:leeftijd(?:en)?|lft\.?|ages?|leeft)\s*[:=]?\s*(?:ca\.?\s*|ong\.?\s*|rond\s+de\s*)?"
    r"(?P<a>\d{1,2})\s*(?:(?P<plus>\+)|(?:-|tot|à)\s*(?P<b>\d{1,2}))?\s*(?:jr|jaar)?\s*$"
)
_TIME = re.compile(
    r"^\s*(?:tijd|tijdstip|om|time)\s*[:=]?\s*(?P<h>[01]?\d|2[0-3])(?:[.:h](?P<m>[0-5]\d))?"
    r"\s*(?:u|uur)?\s*$"
)
_CAT = re.compile(r"^\s*(?P<op>[+-])\s*(?P<v>\S.*?)\s*$")
_SET_CATS = re.compile(r"^\s*(?:categorie(?:en|ën)?|cat|wat)\s*[:=]\s*(?P<v>\S.*?)\s*$")
_SPLIT = re.compile(r"\n|;")
_MATCHER = BehaviourMatcher()
_LABELS = {fold(c.label_nl): c.name for c in ALL} | {c.name: c.name for c in ALL}


@dataclass(frozen=True, slots=True)
class Correction:
    """What a reply changes; fields left None (or empty) stay as they were."""

    location: str | None = None
    group_size: int | None = None
    age_min: int | None = None
    age_max: int | None = None
    age_open: bool = False  # "leeftijd 12+": no upper bound
    time_of_day: time | None = None
    add_categories: tuple[str, ...] = ()
    remove_categories: tuple[str, ...] = ()
    set_categories: tuple[str, ...] | None = None

    def is_empty(self) -> bool:
        return self == Correction()


def _categories(value: str) -> tuple[str, ...]:
    found: list[str] = []
    for part in re.split(r"[,/&]|\ben\b|\+", fold(value)):
        word = part.strip()
        if not word:
            continue
        if word in _LABELS:
            found.append(_LABELS[word])
            continue
        found.extend(_MATCHER.categories(word))
    return tuple(dict.fromkeys(found))


def parse_correction(text: str) -> Correction | None:
    """The correction in a reply, or None when the reply is no correction."""
    fields: dict[str, object] = {}
    add: list[str] = []
    remove: list[str] = []
    pieces = [p for chunk in _SPLIT.split(text) for p in _split_commas(chunk)]
    for piece in pieces:
        if not piece.strip():
            continue
        low = fold(piece)
        if m := _LOC.match(piece):
            fields["location"] = m.group("v").strip().rstrip(".")
        elif m := _SIZE.match(low):
            a = int(m.group("a"))
            b = int(m.group("b")) if m.group("b") else a
            fields["group_size"] = (a + b) // 2 if b > a else a
        elif m := _AGE.match(low):
            a = int(m.group("a"))
            fields["age_min"] = a
            if m.group("plus"):
                fields["age_open"] = True
            else:
                fields["age_max"] = max(a, int(m.group("b"))) if m.group("b") else a
        elif m := _TIME.match(low):
            fields["time_of_day"] = time(int(m.group("h")), int(m.group("m") or 0))
        elif m := _SET_CATS.match(low):
            fields["set_categories"] = _categories(m.group("v"))
        elif m := _CAT.match(low):
            cats = _categories(m.group("v"))
            if not cats:
                return None
            (add if m.group("op") == "+" else remove).extend(cats)
        else:
            return None
    corr = Correction(
        add_categories=tuple(dict.fromkeys(add)),
        remove_categories=tuple(dict.fromkeys(remove)),
        **fields,  # type: ignore[arg-type]
    )
    return None if corr.is_empty() else corr


def _split_commas(chunk: str) -> list[str]:
    """Split "aantal 12, + alcohol" but keep "locatie: Kanaalkade, Alkmaar" whole."""
    parts = [p for p in chunk.split(",")]
    out: list[str] = []
    for p in parts:
        if out and not re.match(
            r"\s*(?:[+-]|aantal|leeftijd|lft|tijd|locatie|loc|plek|categorie)", fold(p)
        ):
            out[-1] = out[-1] + "," + p
        else:
            out.append(p)
    return out


def apply_correction(
    parsed: ParsedSignal, correction: Correction, *, location_known: bool = False
) -> ParsedSignal:
    """A copy of ``parsed`` with the correction applied (the caller logs the change).

    ``location_known`` tells whether the corrected location is a configured place.
    """
    changes: dict[str, object] = {}
    if correction.location is not None:
        changes.update(
            location=correction.location,
            location_known=location_known,
            location_span=None,
            location_phrase=None,
            known_place=None,
        )
    if correction.group_size is not None:
        changes["group_size"] = correction.group_size
    if correction.age_min is not None:
        changes["age_min"] = correction.age_min
        changes["age_max"] = None if correction.age_open else correction.age_max
    if correction.time_of_day is not None:
        ev: datetime = parsed.event_time
        tz = ev.tzinfo
        naive = datetime.combine(ev.date(), correction.time_of_day)
        changes["event_time"] = naive.replace(tzinfo=tz).astimezone(tz)
        changes["time_stated"] = True
    cats = list(
        parsed.categories if correction.set_categories is None else correction.set_categories
    )
    cats = [c for c in cats if c not in correction.remove_categories]
    cats += [c for c in correction.add_categories if c not in cats]
    order = {c.name: i for i, c in enumerate(ALL)}
    new_cats = tuple(sorted(dict.fromkeys(cats), key=lambda c: order.get(c, 99)))
    if new_cats != parsed.categories:
        changes["categories"] = new_cats
        changes["severity"] = max((BY_NAME[c].severity for c in new_cats), default=0)
    return replace(parsed, **changes)  # type: ignore[arg-type]
