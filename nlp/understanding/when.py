"""Event time from relative Dutch time expressions, resolved in the local time zone.

"gisteravond 22.30u", "zaterdagnacht om 2u", "net", "vanmiddag 14.20", "22.45 Beurs:".
Rules: a stated clock time without a day is today, or yesterday when it would lie more
than an hour after the message; a spoken time ("half 3", "kwart over 9", "acht uur", "een
uur of 8", "middernacht") is read on a twelve-hour clock: the part of the day decides, or
else the most recent such time; a range gives its start ("tussen 20 en 22u", "21-23u");
numbers after "ca"/"ong" are counts or ages, not times; with several day words the one
nearest the time counts; a time inside a quoted online call is the call's appointment, and
"nu"/"net" outside the quote wins; a weekday is the most recent one (today included),
or the next one after "komende"/"aanstaande" or in an online call ("oproep om zaterdag
..."); "nacht" without a clock time is 01:00 of the night after the named day;
otherwise the event time is the message time. Local times are built in the configured
zone and normalised through UTC, so times in the DST gap or overlap stay valid; "X
geleden" is counted on absolute time, across a DST change too. "'s avonds" or "'s middags"
near a clock time sets its part of the day ("'s middags rond 3 uur" is 15:00), "vorige week
maandag" is the Monday of last week, and an exact time right after "middernacht" wins.
Old-style hours ("om achten", "tegen zessen", "rond 2en") and "9 uur" are read on a
twelve-hour clock; a shift start, a report, a response or an end time ("Om 19.00
begonnen", "21.10 melding", "politie was er om 20.25", "tot 3 uur") gives way to a later
time of the behaviour; "zaterdag rond middernacht" is Sunday 00:00; "over een half uur"
in an announcement lies ahead. "23h", "om 2300", "eenentwintig uur dertig" (a clock read
out) are clock times; "al anderhalf uur" is a duration back; a weekday inside a quoted post
("op snap: 'zondag 2 uur fittie'") is the next such day. Regional forms are read by
``dialect.standard_dutch``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from nlp.understanding.dialect import standard_dutch

_DAYS = {
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5,
    "zondag": 6, "ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6,
}  # fmt: skip
_PART_HOUR = {"ochtend": 9, "morgen": 9, "middag": 15, "avond": 21, "nacht": 1}
# The part of the day a suffix names: "gister|avond", "eergisteren|nacht", "morgen|vroeg".
_DAY_PART = {"avond": "avond", "middag": "middag", "ochtend": "ochtend", "morgen": "ochtend"}
_EERGISTER_PART = {**_DAY_PART, "nacht": "nacht"}
_MORGEN_PART = {**_DAY_PART, "vroeg": "ochtend", "nacht": "nacht"}

_DAYNAME = r"(?:maan|dins|woens|donder|vrij|zater|zon)dag"
_PART = r"(?:ochtend|morgen|middag|avond|nacht)"
_DAY_RE = re.compile(
    rf"\b(?:(?P<next>komende|aanstaande|a\.s\.|volgende)\s+|(?P<prev>afgelopen|vorige)\s+)?"
    rf"(?P<day>{_DAYNAME})(?P<part>{_PART})?\b"
    rf"|\b(?P<rel>vandaag|vanavond|vanmiddag|vanochtend|vanmorgen|vannacht|"
    rf"eergister(?:en)?(?:avond|middag|ochtend|morgen|nacht)|"
    rf"eergisteren|eergister|gisteren(?:avond|middag|ochtend|morgen|nacht)?|gistere|gister|gisteravond|"
    rf"gistermiddag|gisterochtend|"
    rf"gistermorgen|gisternacht|overmorgen|morgen(?:avond|middag|ochtend|vroeg|nacht)?|"
    rf"afgelopen\s+nacht|vorige\s+nacht|van(?:de)?\s*nacht)\b"
)
_NOW_RE = re.compile(
    r"\b(?:net|zojuist|zonet|nu|op\s+dit\s+moment|momenteel|live|zo\s+net|"
    r"(?:een\s+)?(?P<n>\d{1,2}|een|half|anderhalf|kwartier|kwartiertje|twee|drie|vier|vijf|tien|twintig|"
    r"dertig|veertig)\s*(?P<unit>min(?:uten|uutje|uut)?|kwartiertje|kwartier|uur|uurtje)?"
    r"\s+(?:geleden|terug))\b"
)
_CLOCK_RE = re.compile(
    r"(?<![\d.,:/-])(?P<h>[01]?\d|2[0-3])(?:(?:[.:;h]|u(?=[0-5]\d))(?P<m>[0-5]\d))?"
    r"(?:\s*(?P<u>u\b|uur\b)|(?P<hu>h\b))?(?![\d/]|[.,:]\d|\s*(?:-|/)\s*\d{1,2}\s*(?:jr|jaar|jongens))"
)
# Where a match of the patterns above can start: plain text that Python's regex engine
# finds quickly; the full pattern is then tried only there (a start-of-word assertion
# or look-behind at the front of a pattern makes the engine try every position).
_DAY_START = re.compile(
    r"komende|aanstaande|a\.s\.|volgende|afgelopen|vorige|maan|dins|woens|donder|vrij|zater|"
    r"zon|van|eergister|gister|overmorgen|morgen"
)
# Without "geleden" only the words can match ("net", "zojuist", "nu", "op dit moment").
_NOW_START = re.compile(r"net|zoju|zone|zo\s|nu|op\s+dit|momenteel|live")
_DIGITS = re.compile(r"[0-9]+")


def _search_at(
    pattern: re.Pattern[str], starts: re.Pattern[str], low: str, pos: int = 0
) -> re.Match[str] | None:
    """``pattern.search(low, pos)`` for a pattern that can only start where ``starts``
    matches."""
    for s in starts.finditer(low, pos):
        m = pattern.match(low, s.start())
        if m is not None:
            return m
    return None


_CLOCK_CUE = re.compile(r"(?:om|rond|vanaf|tegen|sinds|na|tot|tussen|omstreeks)\s*$")
# A bare hour that starts a range of hours: "tussen 20 en 22u", "21-23u".
_RANGE_AFTER = re.compile(r"\s*(?:-|tot|en)\s*(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s*(?:u|uur)\b")
_HOUR_WORDS = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
}  # fmt: skip
_H = r"(?:1[0-2]|0?\d|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)"
_EN_HOURS = {
    "enen": 1, "tweeen": 2, "drieen": 3, "vieren": 4, "vijven": 5, "zessen": 6, "zevenen": 7,
    "achten": 8, "negenen": 9, "tienen": 10, "elven": 11, "twaalven": 12,
}  # fmt: skip
_H_EN = (
    r"(?:enen|tweeen|drieen|vieren|vijven|zessen|zevenen|achten|negenen|tienen|elven|"
    r"twaalven|1[0-2]en|[1-9]en)"
)
# Spoken times: "half 3", "kwart over 9", "tien voor half 11", "acht uur", "een uur of 8".
_SPOKEN_RE = re.compile(
    rf"\b(?:(?P<m>kwart|vijf|tien|twintig|\d{{1,2}})\s+(?P<dir>over|voor|na)\s+(?P<half2>half\s+)?"
    rf"(?P<h1>{_H})"
    rf"|half\s+(?P<h2>{_H})|(?:een\s+)?uur\s+of\s+(?P<h3>{_H})|(?P<h4>{_H})\s+uur"
    rf"|(?P<mid>middernacht)"
    # "om achten", "tegen zessen", "rond tienen", "rond 2en": the hour, said the old way.
    rf"|(?:(?<=om\s)|(?<=tegen\s)|(?<=rond\s)|(?<=na\s)|(?<=vanaf\s)|(?<=tot\s)|(?<=omstreeks\s))"
    rf"(?P<h5>{_H_EN}))\b(?!\s*(?:[.:]\d|jr\b|jaar|jongens|jongeren|man\b|meiden))"
    rf"(?P<ampm>\s+'s\s+(?:avonds|middags|nachts|ochtends|morgens))?"
)
_EN_HOUR_GATE = re.compile(rf"(?:om|tegen|rond|na|vanaf|tot|omstreeks)\s+{_H_EN}\b")
_MINUTES_PAST = re.compile(r"(?:vijf|tien|twintig|kwart|[0-9])\s+(?:over|voor|na)\s")
_MINUTE_WORDS = {"kwart": 15, "vijf": 5, "tien": 10, "twintig": 20}  # a fast pre-test
_DURATION_BEFORE = re.compile(r"\b(?:over|binnen|al|na|ruim|bijna|anderhalf|zeker|pas|wel)\s+$")
_QUOTE = re.compile(r"'[^'\n]{3,}'|\"[^\"\n]{3,}\"")
_ONLINE_CALL = re.compile(
    r"oproep|opgeroepen|roept\s+op|afspraak|afgesproken|gepland|geregeld|aangekondigd|"
    r"uitgedaagd|dagen\s+(?:\S+\s+){1,6}?uit\b|iedereen\s+naar|kom\s+met\s+je|"
    r"om\s+\w+\s+te\b"
)


_UTC = ZoneInfo("UTC")
# "over een half uur", "over 10 minuten", "over een kwartier": a time still to come.
_LATER_RE = re.compile(
    r"\bover\s+(?P<n>een\s+half|een|anderhalf|\d{1,2}|twee|drie|vijf|tien|twintig)\s+"
    r"(?P<unit>uur|uurtjes?|kwartier|min(?:uten|uutjes?)?)\b"
)


def _later_delta(m: re.Match[str]) -> timedelta:
    n, unit = m.group("n"), m.group("unit")
    count = {"een": 1.0, "een half": 0.5, "anderhalf": 1.5}.get(n) or float(
        n if n.isdigit() else _COUNT_WORDS.get(n, 1)
    )
    if unit == "kwartier":
        return timedelta(minutes=15 * count)
    if unit.startswith("uur"):
        return timedelta(hours=count)
    return timedelta(minutes=count)


_COUNT_WORDS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "tien": 10, "twintig": 20, "dertig": 30,
                "veertig": 40}  # fmt: skip
# "'s middags rond 3 uur", "om 9 uur 's avonds": the part of the day of a clock time.
_PART_ADVERB = re.compile(r"'s\s+(?P<p>avonds|middags|nachts|ochtends|morgens)\b")
_ADVERB_PART = {"avonds": "avond", "middags": "middag", "nachts": "nacht", "ochtends": "ochtend",
                "morgens": "ochtend"}  # fmt: skip
# "vorige week maandag", "volgende week dinsdag".
_WEEK_DAY = re.compile(
    rf"\b(?P<w>vorige|afgelopen|volgende|komende)\s+week\s+(?P<day>{_DAYNAME})\b"
)


def _local(d: date, hh: int, mm: int, tz: ZoneInfo) -> datetime:
    naive = datetime.combine(d, time(hh, mm))
    aware = naive.replace(tzinfo=tz)
    return aware.astimezone(_UTC).astimezone(tz)


def _spoken(m: re.Match[str]) -> tuple[int, int]:
    """Hour (0-12) and minutes of a spoken time."""
    if m.group("mid"):
        return 0, 0

    def hour(g: str) -> int:
        return int(g) if g.isdigit() else _HOUR_WORDS[g]

    if m.group("h2"):
        return (hour(m.group("h2")) - 1) % 12, 30
    if m.group("h1"):
        h = hour(m.group("h1"))
        word = m.group("m")
        mins = _MINUTE_WORDS[word] if word in _MINUTE_WORDS else int(word)
        # "tien over half 11" = 10:40
        base = (h - 1) * 60 + 30 if m.group("half2") else h * 60
        total = base + mins if m.group("dir") in ("over", "na") else base - mins
        return (total // 60) % 12, total % 60
    if m.group("h5"):
        w = m.group("h5")
        h = int(w[:-2]) if w[:-2].isdigit() else _EN_HOURS[w]
        return h % 12, 0
    h = hour(m.group("h3") or m.group("h4"))
    return h % 12 if h == 12 else h, 0


def _find_clock(low: str) -> tuple[int, int, int, bool] | None:
    """The clock time of the event: 22.30, 22:30u, 20u, "om 3", "half 11" (hour, minutes,
    position, spoken: whether a twelve-hour reading applies). The first one, unless it is
    the start of a shift, the time of a report or a response, or an end time ("Om 19.00
    begonnen", "21.10 melding", "politie was er om 20.25", "tot 3 uur") and a later one
    is not."""
    found: list[tuple[int, int, int, bool, bool]] = []  # (..., weak)
    head = _HEAD_CLOCK.match(low)
    if head is not None:
        # "2245 groep van ca 15": a time typed without its dot, opening the message
        found.append((int(head.group(1)), int(head.group(2)), head.start(1), False, False))
    for d in _DIGITS.finditer(low):
        if d.end() - d.start() == 4:
            # "om 2300", "vanaf 2130": a time typed without its dot, after a clock word
            glued = _GLUED_CLOCK.fullmatch(d.group())
            if glued is not None and _GLUED_CUE.search(low, max(0, d.start() - 12), d.start()):
                hh, mm = int(glued.group(1)), int(glued.group(2))
                found.append((hh, mm, d.start(), False, _weak(low, d)))
            continue
        m = _CLOCK_RE.match(low, d.start())
        if m is None:
            continue
        hh = int(m.group("h"))
        mins = m.group("m")
        has_unit = m.group("u") is not None or m.group("hu") is not None
        cue_m = _CLOCK_CUE.search(low[max(0, m.start() - 12) : m.start()])
        if (
            cue_m is not None
            and cue_m.group().startswith("tegen")
            and _COUNT_TEGEN.search(low, max(0, m.start() - 16), m.start()) is not None
        ):
            continue  # "4 tegen 5": two sides of a fight, not five o'clock
        cue = cue_m is not None
        ranged = _RANGE_AFTER.match(low, m.end()) is not None
        if mins is None and not has_unit and not cue and not ranged:
            continue
        if mins is None and not has_unit and not ranged:
            # "om 3" is a time, "rond de 16" and "om 5 jongens" are not.
            tail = low[m.end() : m.end() + 14]
            if re.match(r"\s*(?:[a-z]{3,})", tail) and not re.match(
                r"\s*(?:'s|uur|vanavond|vannacht|vanmiddag|in\s+de|op\s+de)", tail
            ):
                continue
            if _NUMBER_TOT.search(low, max(0, m.start() - 12), m.start()):
                continue  # "jongens van 15 tot 18": ages, not a time
            if _AGE_LIKE.match(low, m.end()) or low[max(0, m.start() - 8) : m.start()].endswith(
                ("(rond ", "(om ")
            ):
                continue  # "(rond 16)", "tussen 15 en 17 schat ik": ages
            if (
                cue_m is not None
                and cue_m.group().startswith("tussen")
                and _PEOPLE_BEFORE.search(low, max(0, m.start() - 40), m.start())
            ):
                continue  # "zo'n 10 jongeren, ergens tussen 15 en 18": ages
        if mins is not None and low[max(0, m.start() - 1) : m.start()] in {"+", "€"}:
            continue
        if mins is None and not has_unit and low.startswith("en", m.end()):
            continue  # "rond 9en": an old-style hour, read below
        # "vanaf 9 uur" is spoken like "negen uur": a twelve-hour reading.
        spoken_digits = mins is None and hh < 12 and (m.group("u") or "").startswith("uur")
        found.append((hh, int(mins) if mins else 0, m.start(), spoken_digits, _weak(low, m)))
    if (
        "uur" in low
        or "half" in low
        or "kwart" in low
        or "middernacht" in low
        or _EN_HOUR_GATE.search(low) is not None
        or _MINUTES_PAST.search(low) is not None
    ):
        digits = [c[2] for c in found]
        for m in _SPOKEN_RE.finditer(low):
            if m.group("mid") and any(0 <= p - m.end() <= 12 for p in digits):
                continue  # "Voorbij middernacht (00.20)": the exact time
            hh, mm = _spoken(m)
            ampm = (m.group("ampm") or "").strip()
            if ampm.endswith(("avonds", "middags")) or (ampm.endswith("nachts") and 8 <= hh < 12):
                hh += 12  # "half twaalf 's nachts" is 23:30
            spoken = not ampm and not m.group("mid")
            if m.group("h4") and (
                m.group("h4").isdigit()  # "20 uur" is read by the digit pattern
                or _DURATION_BEFORE.search(low, max(0, m.start() - 12), m.start())
                or low.startswith(" geleden", m.end())
            ):
                continue  # "al een uur", "over twee uur", "een uur geleden": durations
            found.append((hh, mm, m.start(), spoken, _weak(low, m)))
    if not found:
        return None
    found.sort(key=lambda c: c[2])
    strong = [c for c in found if not c[4]]
    hh, mm, pos, spoken, _ = strong[0] if strong else found[0]
    return hh, mm, pos, spoken


# "4 tegen 5", "drie tegen twee": a count before "tegen".
_COUNT_TEGEN = re.compile(
    r"(?:\d|\b(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien))\s+tegen\s*$"
)
# A clock time that is not when the behaviour was seen: a shift start, a report, a
# response or an end time.
_WEAK_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:begonnen|gestart|melding\b|gemeld\b|ter\s+plaatse|weggestuurd|"
    r"aangekomen|dienst\b)"
)
_WEAK_BEFORE = re.compile(
    r"(?:dienst\w*(?:\s+[a-z][\w-]*)?|politie\s+(?:was|kwam|is)\s+(?:er\s+)?(?:om|rond)|"
    r"(?:weggestuurd|vertrokken|weg|ter\s+plaatse|aangekomen|gestopt)\s+(?:om|rond)|"
    r"(?<!van\s)(?<!\d\s)tot|t/m|melding\s+(?:om|van|rond)|\b(?:dat|die)\s+(?:om|rond)|"
    # a corrected time: "niet 21.00 maar 22.00"
    r"\bniet(?:\s+om|\s+rond)?)\s*$"
)
_GLUED_CLOCK = re.compile(r"([01]\d|2[0-3])([0-5]\d)")
# Not "sinds", "vanaf" or "tot": "sinds 2019" is a year.
_GLUED_CUE = re.compile(r"\b(?:om|rond|tegen|omstreeks)\s+$")
_HEAD_CLOCK = re.compile(r"\s*([01]\d|2[0-3])([0-5]\d)(?:\s*u(?:ur)?)?(?=[\s:,])")
# People just before "tussen 15 en 18": their ages, not a time.
_PEOPLE_BEFORE = re.compile(
    r"(?:jongens|jongeren|meiden|meisjes|kids|kinderen|leeftijd)\b[^.!?\n]*$"
)
# A number followed by what says it is an age: "tussen 15 en 17 schat ik".
_AGE_LIKE = re.compile(r"(?:\s+(?:en|tot|-)\s+\d{1,2})?\s*(?:schat|jaar|jr\b|jarig|oud\b)")
# "van 15 tot 18": a range of numbers, not an end time.
_NUMBER_TOT = re.compile(r"\b\d{1,2}\s+tot\s*$")


def _weak(low: str, m: re.Match[str]) -> bool:
    return (
        _WEAK_AFTER.match(low, m.end()) is not None
        or _WEAK_BEFORE.search(low, max(0, m.start() - 32), m.start()) is not None
    )


def _quoted_call_time(low: str, pos: int) -> bool:
    """A time inside a quoted online call ("'22u iedereen naar de skatebaan'")."""
    if _ONLINE_CALL.search(low) is None:
        return False
    return any(q.start() < pos < q.end() for q in _QUOTE.finditer(low))


# Where a quoted message was posted: "op snap gaat rond: 'zondag ...'", "wa-status".
_MEDIUM = re.compile(
    r"snap|insta|tiktok|story|status|groepsapp|app\b|whatsapp|telegram|gaat\s+rond|"
    r"gedeeld|doorgestuurd|gepost|geplaatst"
)


def _posted_quote(low: str, pos: int) -> bool:
    """A day word inside a quoted post ("op de wa-status: 'vrijdag 15.30 fittie'"):
    an appointment, so the next such day."""
    if "'" not in low and '"' not in low:
        return False
    if not any(q.start() < pos < q.end() for q in _QUOTE.finditer(low)):
        return False
    return _MEDIUM.search(low) is not None


def _nearest_day(low: str, pos: int) -> re.Match[str] | None:
    """Of several day words, the one nearest before the time (or else the first)."""
    first = _search_at(_DAY_RE, _DAY_START, low)
    if first is None or _search_at(_DAY_RE, _DAY_START, low, first.end()) is None:
        return first
    days = list(_DAY_RE.finditer(low))
    before = [d for d in days if d.start() <= pos]
    return before[-1] if before else days[0]


def _most_recent(day: date, hh: int, mm: int, now: datetime, tz: ZoneInfo) -> datetime:
    """A twelve-hour time without a part of the day: its most recent occurrence at or
    before ``now`` on ``day`` or the evening before."""
    options = [_local(day, hh, mm, tz), _local(day, hh + 12, mm, tz)] if hh < 12 else []
    past = [e for e in options if e <= now]
    if past:
        return max(past)
    return _local(day - timedelta(days=1), hh + 12, mm, tz)


# "sinds een half uur", "al anderhalf uur": read like "een half uur geleden".
# ("sinds 8 uur" and "sinds 20.30" are clock times and stay.)
_SINCE = re.compile(
    r"\b(?:sinds|al)\s+((?:een\s+)?(?:half\s+uur|kwartier|kwartiertje|uurtje|uur(?!\s+of)|"
    r"anderhalf\s+uur(?:tje)?|"
    r"(?:\d{1,2}|twee|drie|vijf|tien|twintig)\s*min(?:uten|uutjes?)?))(?=[\s,.;:!?]|$)"
)
# "in de nacht van za op zo", "nacht van vrijdag op zaterdag".
_NIGHT_OF = re.compile(r"\bnacht\s+van\s+(?P<a>[a-z]+)\s+op\s+(?P<b>[a-z]+)\b")


def _weekday(word: str) -> int | None:
    if word in _DAYS:
        return _DAYS[word]
    return _DAYS.get(word[:2]) if word.endswith("dag") else None


_UNITS = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9,
}  # fmt: skip
_TEENS = {
    "nul": 0, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}  # fmt: skip
_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50}
_U = "|".join(_UNITS)
_T = "|".join(_TENS)
_NUMBER_WORD = rf"(?:(?:{_U})en(?:{_T})|{_T}|{'|'.join(_TEENS)}|{_U})"
# Minutes from ten up: "elf uur een vechtpartij" is eleven o'clock and an article.
_MINUTE_WORD = rf"(?:(?:{_U})en(?:{_T})|{_T}|{'|'.join(t for t in _TEENS if _TEENS[t] >= 10)})"
# A clock read out like a digital one: "eenentwintig uur dertig" (21:30), "negen uur
# vijftien" (a quarter past nine, on a twelve-hour clock).
_DIGITAL_SPOKEN = re.compile(
    rf"\b(?P<h>{_NUMBER_WORD})\s+uur\s+(?P<m>{_MINUTE_WORD})\b"
    # then a pause or a small word, not a noun ("om negen uur twintig stenen" is no 9:20)
    r"(?=\s*(?:[,.;:!?)]|$|(?:en|toen|in|bij|op|aan|is|was|waren|zijn|stonden|zaten|'?s)\b))"
)


def _word_number(w: str) -> int:
    if w in _UNITS:
        return _UNITS[w]
    if w in _TEENS:
        return _TEENS[w]
    if w in _TENS:
        return _TENS[w]
    tens = next(t for t in _TENS if w.endswith(t))
    return _UNITS[w[: -len(tens) - 2]] + _TENS[tens]  # "zevenentwintig": 7 + 20


def _digital_spoken(x: re.Match[str]) -> str:
    hh, mm = _word_number(x.group("h")), _word_number(x.group("m"))
    if not 0 <= hh <= 23 or not 0 < mm <= 59:
        return x.group()
    if hh == 0 or hh > 12:
        return f"{hh}.{mm:02d}"
    return f"{mm} over {x.group('h')}"  # "negen uur vijftien": spoken, twelve-hour


_AM_PM = re.compile(r"(?<![\d.:])(1[0-2]|0?\d)(?:[.:]([0-5]\d))?\s*(am|pm|a\.m\.|p\.m\.)(?![\w])")
_AS_YESTERDAY = re.compile(r"\b(?:zoals|als)\s+gister(?:en)?\b")
# A word for an evening ("pakjesavond", "oudejaarsavond") near a spoken clock time.
_EVENING_WORD = re.compile(r"[a-z]avond\b")


def _am_pm(x: re.Match[str]) -> str:
    hh = int(x.group(1)) % 12 + (12 if x.group(3).startswith("p") else 0)
    return f"{hh}.{x.group(2) or '00'}"


def resolve_event_time(low: str, now: datetime, tz: ZoneInfo) -> tuple[datetime, bool]:
    """(event time, whether the text stated it) for folded text and an aware ``now``."""
    low = standard_dutch(low)
    if "pm" in low or ".m." in low:
        low = _AM_PM.sub(_am_pm, low)  # "around 9 pm": 21.00
    if "als gister" in low:
        low = _AS_YESTERDAY.sub("als eerder", low)  # "zelfde plek als gisteren": no day
    if " uur " in low:
        low = _DIGITAL_SPOKEN.sub(_digital_spoken, low)
    if "sinds" in low or "al " in low:
        low = _SINCE.sub(lambda x: x.group(1) + " geleden", low)
    local_now = now.astimezone(tz)
    today = local_now.date()
    clock = _find_clock(low)
    night = _NIGHT_OF.search(low) if clock is not None and "nacht van" in low else None
    if night is not None and clock is not None:
        a, b = _weekday(night.group("a")), _weekday(night.group("b"))
        if a is not None and b is not None and (a + 1) % 7 == b:
            # the morning of day b for early hours, the evening of day a before midnight
            day_b = today - timedelta(days=(today.weekday() - b) % 7)
            hh, mm = clock[0], clock[1]
            return _local(day_b if hh < 12 else day_b - timedelta(days=1), hh, mm, tz), True
    now_m = (
        _NOW_RE.search(low)
        if "geleden" in low or "terug" in low
        else _search_at(_NOW_RE, _NOW_START, low)
    )
    if clock is not None and now_m is not None and _quoted_call_time(low, clock[2]):
        clock = None  # "Oproep: '22u iedereen naar ...'. Wij zijn er nu"
    day_m = (
        _nearest_day(low, clock[2]) if clock is not None else _search_at(_DAY_RE, _DAY_START, low)
    )

    if day_m is None and clock is None:
        later = _LATER_RE.search(low) if "over " in low else None
        if later is not None and now_m is None:
            # An announcement: "over een half uur iedereen naar het plein".
            return (now.astimezone(_UTC) + _later_delta(later)).astimezone(tz), True
        quarter = (now_m.group("n") or "").startswith("kwartier") if now_m is not None else False
        if now_m is not None and (now_m.group("unit") or quarter):
            n = now_m.group("n")
            n = str(_COUNT_WORDS[n]) if n in _COUNT_WORDS else n
            unit = now_m.group("unit") or "kwartier"
            if unit.startswith("kwartier") or n == "kwartier":
                delta = timedelta(minutes=15 * (1 if not n.isdigit() else int(n)))
            elif unit.startswith("uur"):
                delta = (
                    timedelta(minutes=30)
                    if n == "half"
                    else timedelta(minutes=90)
                    if n == "anderhalf"
                    else timedelta(hours=int(n) if n.isdigit() else 1)
                )
            else:
                delta = timedelta(minutes=int(n) if n.isdigit() else 1)
            # On absolute time: "een uur geleden" across a DST change.
            return (now.astimezone(_UTC) - delta).astimezone(tz), True
        return local_now, now_m is not None

    day: date = today
    part: str | None = None
    night_after = False
    ahead = False  # a weekday of a call or announcement: the next one
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
                suffix = rel[len("eergisteren") :] if rel.startswith("eergisteren") else rel[9:]
                part = _EERGISTER_PART.get(suffix)
            elif rel.startswith("gister"):
                day = today - timedelta(days=1)
                suffix = rel[len("gisteren") :] if rel.startswith("gisteren") else rel[6:]
                part = _DAY_PART.get(suffix)
            elif rel == "overmorgen":
                day = today + timedelta(days=2)
            elif rel.startswith("morgen"):
                day = today + timedelta(days=1)
                part = _MORGEN_PART.get(rel[len("morgen") :])
                if part == "nacht":
                    night_after = True
        elif (week := _WEEK_DAY.search(low, max(0, day_m.start() - 20), day_m.end())) is not None:
            wd = _DAYS[week.group("day")]
            monday = today - timedelta(days=today.weekday())
            step = -7 if week.group("w") in {"vorige", "afgelopen"} else 7
            day = monday + timedelta(days=step + wd)
        else:
            wd = _DAYS[day_m.group("day")]
            back = (today.weekday() - wd) % 7
            forward = (wd - today.weekday()) % 7
            future = day_m.group("next") is not None or (
                day_m.group("prev") is None
                and (
                    _ONLINE_CALL.search(low) is not None
                    or _posted_quote(low, day_m.start())
                    # a poll or a voice message going round: an appointment ahead
                    or "poll" in low
                    or "spraakbericht" in low
                )
            )
            day = today + timedelta(days=forward) if future else today - timedelta(days=back)
            ahead = future
            part = day_m.group("part")
            if part == "morgen":
                part = "ochtend"
            if part == "nacht":
                night_after = True

    if clock is not None and part is None:
        near = low[max(0, clock[2] - 24) : clock[2] + 24]
        adverb = _PART_ADVERB.search(near) if "'s" in near else None
        if adverb is not None:
            part = _ADVERB_PART[adverb.group("p")]
            if part == "nacht" and day == today and local_now.hour < 12:
                part = "ochtend"  # "om 3 uur 's nachts", said the next morning: today
            elif part == "nacht" and clock[0] >= 18:
                part = None  # "half twaalf 's nachts": late on the evening itself
        elif clock[3] and day_m is None and "avond" in near and _EVENING_WORD.search(near):
            part = "avond"  # "op pakjesavond om half 8": 19:30
    if clock is not None:
        hh, mm, _pos, spoken = clock
        if (
            day_m is not None
            and part != "nacht"
            and low.startswith("middernacht", _pos)
            and (
                day_m.group("day") or (day_m.group("rel") or "").startswith(("gister", "eergister"))
            )
        ):
            day = day + timedelta(days=1)  # "zaterdag rond middernacht" ends Saturday
        if spoken and part is None and day == today:
            return _most_recent(day, hh, mm, local_now, tz), True
        if spoken and part is None and 0 < hh < 12:
            # "vrijdag om half 5", "gister om kwart over 8": on another day a spoken hour
            # is read in the afternoon or evening, when groups are out
            hh += 12
        if part == "nacht" and not night_after and spoken and 6 <= hh < 12:
            hh += 12  # "vannacht ... vanaf half 12": the evening before
        if part == "nacht" or night_after:
            # "zaterdagnacht om 2u" is early Sunday; "vannacht 23u" is the evening before.
            if night_after and hh < 12:
                day = day + timedelta(days=1)
            elif not night_after and hh >= 12:
                day = day - timedelta(days=1)
        elif part == "avond" and spoken and hh <= 3 and day != today:
            day = day + timedelta(days=1)  # "gisteravond laat rond 1 uur": after midnight
        elif part in {"avond", "middag"} and hh < 12:
            hh += 12 if hh != 12 else 0
        event = _local(day, hh, mm, tz)
        if ahead and event < local_now:
            event = _local(day + timedelta(days=7), hh, mm, tz)  # "zondag 15.00", said at 18.00
        if (
            day_m is None
            and event > local_now + timedelta(hours=1)
            and _ONLINE_CALL.search(low) is None
        ):
            event = _local(day - timedelta(days=1), hh, mm, tz)
        return event, True

    if part is not None and now_m is not None and day == today and now_m.group("n") is None:
        return local_now, True  # "vanavond rustig, maar de groep zit nu bij ...": now
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
