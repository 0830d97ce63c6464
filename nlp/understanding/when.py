"""Event time from relative Dutch time expressions, resolved in the local time zone.

"gisteravond 22.30u", "zaterdagnacht om 2u", "net", "vanmiddag 14.20", "22.45 Beurs:".
Rules: a stated clock time without a day is today, or yesterday when it would lie more
than an hour after the message; a weekday is the most recent one (today included),
or the next one after "komende"/"aanstaande" or in an online call ("oproep om zaterdag
..."); "nacht" without a clock time is 01:00 of the night after the named day;
otherwise the event time is the message time. Local times are built in the configured
zone and normalised through UTC, so times in the DST gap or overlap stay valid.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

_DAYS = {
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5,
    "zondag": 6, "ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6,
}  # fmt: skip
_PART_HOUR = {"ochtend": 9, "morgen": 9, "middag": 15, "avond": 21, "nacht": 1}

_DAYNAME = r"(?:maan|dins|woens|donder|vrij|zater|zon)dag"
_PART = r"(?:ochtend|morgen|middag|avond|nacht)"
_DAY_RE = re.compile(
    rf"\b(?:(?P<next>komende|aanstaande|a\.s\.|volgende)\s+|(?P<prev>afgelopen|vorige)\s+)?"
    rf"(?P<day>{_DAYNAME})(?P<part>{_PART})?\b"
    rf"|\b(?P<rel>vandaag|vanavond|vanmiddag|vanochtend|vanmorgen|vannacht|"
    rf"eergisteren|eergister|gisteren|gister|gisteravond|gistermiddag|gisterochtend|"
    rf"gistermorgen|gisternacht|overmorgen|morgen(?:avond|middag|ochtend|vroeg|nacht)?|"
    rf"afgelopen\s+nacht|vorige\s+nacht|van(?:de)?\s*nacht)\b"
)
_NOW_RE = re.compile(
    r"\b(?:net|zojuist|zonet|nu|op\s+dit\s+moment|momenteel|live|zo\s+net|"
    r"(?P<n>\d{1,2}|een|half|kwartier)\s*(?P<unit>min(?:uten|uutje|uut)?|kwartier|uur|uurtje)"
    r"\s+geleden)\b"
)
_CLOCK_RE = re.compile(
    r"(?<![\d.,:/-])(?P<h>[01]?\d|2[0-3])(?:[.:h](?P<m>[0-5]\d))?"
    r"(?:\s*(?P<u>u\b|uur\b))?(?![\d/]|[.,:]\d|\s*(?:-|/)\s*\d{1,2}\s*(?:jr|jaar|jongens))"
)
_CLOCK_CUE = re.compile(r"(?:om|rond|vanaf|tegen|sinds|na|tot|ca\.?|ong\.?|omstreeks)\s*$")
_ONLINE_CALL = re.compile(r"oproep|opgeroepen|roept\s+op|afspraak|gepland|om\s+\w+\s+te\b")


def _local(d: date, hh: int, mm: int, tz: ZoneInfo) -> datetime:
    naive = datetime.combine(d, time(hh, mm))
    aware = naive.replace(tzinfo=tz)
    return aware.astimezone(ZoneInfo("UTC")).astimezone(tz)


def _find_clock(low: str) -> tuple[int, int, int] | None:
    """The first clock time: 22.30, 22:30u, 20u, "om 3"."""
    for m in _CLOCK_RE.finditer(low):
        hh = int(m.group("h"))
        mins = m.group("m")
        has_unit = m.group("u") is not None
        cue = _CLOCK_CUE.search(low[max(0, m.start() - 12) : m.start()]) is not None
        if mins is None and not has_unit and not cue:
            continue
        if mins is None and not has_unit:
            # "om 3" is a time, "rond de 16" and "om 5 jongens" are not.
            tail = low[m.end() : m.end() + 14]
            if re.match(r"\s*(?:[a-z]{3,})", tail) and not re.match(
                r"\s*(?:'s|uur|vanavond|vannacht|vanmiddag|in\s+de|op\s+de)", tail
            ):
                continue
        if mins is not None and low[max(0, m.start() - 1) : m.start()] in {"+", "€"}:
            continue
        return hh, int(mins) if mins else 0, m.start()
    return None


def resolve_event_time(low: str, now: datetime, tz: ZoneInfo) -> tuple[datetime, bool]:
    """(event time, whether the text stated it) for folded text and an aware ``now``."""
    local_now = now.astimezone(tz)
    today = local_now.date()
    clock = _find_clock(low)
    day_m = _DAY_RE.search(low)
    now_m = _NOW_RE.search(low)

    if day_m is None and clock is None:
        if now_m is not None and now_m.group("unit"):
            n = now_m.group("n")
            unit = now_m.group("unit")
            if unit.startswith("kwartier") or n == "kwartier":
                delta = timedelta(minutes=15 * (1 if not n.isdigit() else int(n)))
            elif unit.startswith("uur"):
                delta = (
                    timedelta(minutes=30)
                    if n == "half"
                    else timedelta(hours=int(n) if n.isdigit() else 1)
                )
            else:
                delta = timedelta(minutes=int(n) if n.isdigit() else 1)
            return local_now - delta, True
        return local_now, now_m is not None

    day: date = today
    part: str | None = None
    night_after = False
    if day_m is not None:
        rel = day_m.group("rel")
        if rel is not None:
            rel = re.sub(r"\s+", " ", rel)
            if rel in {"vandaag"}:
                pass
            elif rel in {"vanavond"}:
                part = "avond"
            elif rel in {"vanmiddag"}:
                part = "middag"
            elif rel in {"vanochtend", "vanmorgen"}:
                part = "ochtend"
            elif rel in {
                "vannacht",
                "van nacht",
                "vandenacht",
                "afgelopen nacht",
                "vorige nacht",
                "gisternacht",
            }:
                part = "nacht"
                if local_now.hour >= 18 and rel in {"vannacht", "van nacht", "vandenacht"}:
                    night_after = True  # tonight, still to come
            elif rel.startswith("eergister"):
                day = today - timedelta(days=2)
            elif rel.startswith("gister"):
                day = today - timedelta(days=1)
                suffix = rel[len("gisteren") :] if rel.startswith("gisteren") else rel[6:]
                part = {
                    "avond": "avond",
                    "middag": "middag",
                    "ochtend": "ochtend",
                    "morgen": "ochtend",
                }.get(suffix)
            elif rel == "overmorgen":
                day = today + timedelta(days=2)
            elif rel.startswith("morgen"):
                day = today + timedelta(days=1)
                rest = rel[len("morgen") :]
                part = {
                    "avond": "avond",
                    "middag": "middag",
                    "ochtend": "ochtend",
                    "vroeg": "ochtend",
                    "nacht": "nacht",
                }.get(rest)
                if part == "nacht":
                    night_after = True
        else:
            wd = _DAYS[day_m.group("day")]
            back = (today.weekday() - wd) % 7
            forward = (wd - today.weekday()) % 7
            future = day_m.group("next") is not None or (
                day_m.group("prev") is None and _ONLINE_CALL.search(low) is not None
            )
            day = today + timedelta(days=forward) if future else today - timedelta(days=back)
            part = day_m.group("part")
            if part == "morgen":
                part = "ochtend"
            if part == "nacht":
                night_after = True

    if clock is not None:
        hh, mm, _pos = clock
        if part == "nacht" or night_after:
            # "zaterdagnacht om 2u" is early Sunday; "vannacht 23u" is the evening before.
            if night_after and hh < 12:
                day = day + timedelta(days=1)
            elif not night_after and hh >= 12:
                day = day - timedelta(days=1)
        elif part in {"avond", "middag"} and hh < 12:
            hh += 12 if hh != 12 else 0
        event = _local(day, hh, mm, tz)
        if (
            day_m is None
            and event > local_now + timedelta(hours=1)
            and _ONLINE_CALL.search(low) is None
        ):
            event = _local(day - timedelta(days=1), hh, mm, tz)
        return event, True

    if part is not None:
        hour = _PART_HOUR[part]
        if part == "nacht":
            if night_after:
                day = day + timedelta(days=1)
            event = _local(day, hour, 0, tz)
        else:
            event = _local(day, hour, 0, tz)
        if day == today and part != "nacht" and event > local_now:
            # "vanavond" said during the evening: the message time is closer.
            return local_now, True
        if day == today and part == "nacht" and event > local_now:
            return local_now, True
        return event, True
    if day == today:
        return local_now, True
    return _local(day, local_now.hour, local_now.minute, tz), True
