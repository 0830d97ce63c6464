"""Regional and spoken Dutch read as standard Dutch before counts and times are read.

Street workers write as they speak: Limburgs "drei jóng, jaor of 13 ... um half ach 's
aoves", Twents "wal 15 jongs ... vanof tien oere", Frisian "14 oant 16 jier", Brabants "mee
z'n achten", Gronings "vanoavend". Only words that carry a number, a person count or a time
are mapped, each in the context that makes it unambiguous ("oor" is an ear unless an hour
comes before it; "ach" is "acht" only after "half", "om", "tegen" or "rond"). The text
changes length, so this feeds the readers that need no character positions (counts and
times), never places or categories.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORDS = {
    "jaor": "jaar", "joar": "jaar", "jier": "jaar", "oant": "tot", "drei": "drie",
    "jonges": "jongens", "jongs": "jongens", "mee": "met", "wal": "wel", "um": "om",
    "vanof": "vanaf", "vanoavend": "vanavond", "vanaovend": "vanavond",
    "vanoavond": "vanavond", "vanaovond": "vanavond", "gisteroavend": "gisteravond",
    "gisteraovend": "gisteravond", "zeve": "zeven", "ach": "acht", "nege": "negen",
    "tieng": "tien", "oor": "uur", "oere": "uur", "oer": "uur", "ure": "uur", "ur": "uur",
    "allemaol": "allemaal", "gisteroavond": "gisteravond", "gisteraovond": "gisteravond",
}  # fmt: skip
# Words that mean one thing wherever they stand: regional numbers ("zeuve", "tolve",
# Frisian "trije", "fjouwer"), "euver", "sa'n", "unne", "groepies", and chat shorthand
# ("grp ca 10 jgn").
_PLAIN = {
    "zeuve": "zeven", "zeuven": "zeven", "tolve": "twaalf", "tsien": "tien", "trije": "drie",
    "fjouwer": "vier", "fiif": "vijf", "alve": "elf", "njoggen": "negen", "euver": "over",
    "sa'n": "zo'n", "unne": "een", "groepies": "groepjes", "grp": "groep", "jgn": "jongens",
    "jngs": "jongens", "mdn": "meiden", "jaartje": "jaar", "vuuf": "vijf", "vief": "vijf",
    "aach": "acht", "seis": "zes", "jongers": "jongens", "zun": "z'n", "nao": "na",
    "justerjun": "gisteravond", "fanjun": "vanavond", "fannejun": "vanavond", "veur": "voor",
    "wichter": "meiden", "wichtjes": "meiden", "wichies": "meiden", "h'lf": "half",
}  # fmt: skip
# Context-bound forms: "zaoterdag…" at the start of a word, "un/e man of", "stok of".
_BOUND = (
    (re.compile(r"\bzaoterdag"), "zaterdag"),
    (re.compile(r"\b(?:un|e|'n|n)(?=\s+(?:man|stuk|stok|stök)\s+of\b)"), "een"),
    (re.compile(r"\bsto[kc]k?(?=\s+of\s+(?:\d|[a-z]+(?:en|f|s|t|n)\b))"), "stuk"),
)
_PLAIN_RE = re.compile(r"\b(?:" + "|".join(sorted(_PLAIN, key=len, reverse=True)) + r")\b")
_EVENING_SUFFIX = re.compile(r"(?<=[a-z])(?:aovond|oavond|aovend|oavend|eovend|eovond)\b")
_HOUR_WORD = (
    r"(?:\d{1,2}|een|twee|drie|vier|vijf|zes|zeve|zeven|ach|acht|nege|negen|tien|elf|twaalf)"
)
_WORD_RE = re.compile(
    r"\b(?:jaor|joar|jier|oant|drei|jonges|jongs|mee(?=\s+z)|wal(?=\s+\d)|um(?=\s)|vanof|"
    r"vanoavend|vanaovend|vanoavond|vanaovond|gisteroavend|gisteraovend|gisteroavond|"
    r"gisteraovond|allemaol|"
    r"(?<=half\s)(?:zeve|ach|nege|tieng)|(?<=om\s)(?:zeve|ach|nege|tieng)|"
    r"(?<=um\s)(?:zeve|ach|nege|tieng)|(?<=over\s)(?:ach|nege|zeve)|(?<=euver\s)(?:ach|nege|zeve)|"
    r"(?<=na\s)(?:ach|nege|zeve)|(?<=nao\s)(?:ach|nege|zeve)|"
    r"(?<=tegen\s)(?:zeve|ach|nege)|(?<=rond\s)(?:zeve|ach|nege)|"
    r"(?<=\s)(?:oor|oere|oer|ure|ur))\b"
)
_EVENING = re.compile(r"'s\s+(?:aoves|oavends|oavonds|aovends|aovonds|oavns|aovens)\b")
# "drie jong" (the accent of "jóng" folded away) after a number: youths.
_JONG = re.compile(r"(?<=\s)jong\b(?=[\s,.;:!?]|$)")
_NUMBER_WORDS = frozenset(
    [
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "dertien",
        "veertien",
        "vijftien",
        "zestien",
        "zeventien",
        "achttien",
        "negentien",
        "twintig",
    ]
)
# Whether a message may hold any regional form: its words against a set, and the few
# multi-word or inner forms behind substring checks (one regex alternation tried at every
# position cost 10 us a message; this costs about 3).
# The one-word keys of the tables above, and "jong" (read by _JONG); keys that need their
# context ("mee z", "um 8", "wal 3", "sa'n") are checked in _GATE_INNER.
_GATE_WORDS = frozenset(
    k for k in (*_WORDS, *_PLAIN) if k.isalpha() and k not in {"mee", "um", "wal"}
) | {"jong"}
_GATE_WORD = re.compile(r"[a-z]+")
_GATE_INNER: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("mee",), re.compile(r"\bmee\s+z")),
    (("wal",), re.compile(r"\bwal\s+\d")),
    (("um",), re.compile(r"\bum\s")),
    (("zaoterdag", "sa'n"), re.compile(r"zaoterdag|sa'n")),
    (("aav", "aov", "oav", "oov"), re.compile(r"'s\s+[ao][ao]v|[ao][ao]v[oe]nd")),
    (("stuk", "stok", "man"), re.compile(r"\s(?:un|e|'n|n)\s+(?:man|stuk|stok)\s+of|stok\s+of")),
)


def _may_be_regional(low: str) -> bool:
    if not _GATE_WORDS.isdisjoint(_GATE_WORD.findall(low)):
        return True
    return any(
        any(part in low for part in parts) and rx.search(low) is not None
        for parts, rx in _GATE_INNER
    )


# Frisian ("sân jongkeardels fan in jier as fyftjin, sechstjin", "kertier foar alven",
# "healwei ien", "2 tsjin 3"): read only when a word that is Frisian alone occurs, since
# "fan", "ien", "twa", "as" or "jun" mean something else (or nothing) in Dutch text.
_FRISIAN = {
    "trettjin": "dertien", "fjirtjin": "veertien", "fyftjin": "vijftien", "sechstjin": "zestien",
    "santjin": "zeventien", "achttjin": "achttien", "njoggentjin": "negentien",
    "tweintich": "twintig", "tritich": "dertig", "twa": "twee", "san": "zeven", "ien": "een",
    "ienen": "een", "alven": "elf", "tolven": "twaalf", "kertier": "kwart", "foar": "voor",
    "healwei": "half", "tsjin": "tegen", "jongkeardels": "jongens", "jongkeardel": "jongen",
    "fan": "van", "jun": "vanavond", "sjoch": "zie",
}  # fmt: skip
_FRISIAN_RE = re.compile(
    r"\b(?:" + "|".join(sorted(_FRISIAN, key=len, reverse=True)) + r")\b(?![.:]\d)"
)


@lru_cache(maxsize=16)
def standard_dutch(low: str) -> str:
    """Folded text with its regional number, person and time words made standard.

    Cached: the count and time readers both ask for the same message."""
    if "jin" in low or "healwei" in low or "kertier" in low:
        # "fyftjin", "tsjin", "kertier", "healwei": Frisian alone
        low = _FRISIAN_RE.sub(_frisian_word, low)
    if not _may_be_regional(low):
        return low
    low = _WORD_RE.sub(_word, low)
    low = _PLAIN_RE.sub(lambda x: _PLAIN[x.group()], low)
    for pattern, repl in _BOUND:
        low = pattern.sub(repl, low)
    if "jaar as " in low:
        low = low.replace("jaar as ", "jaar of ")  # Frisian "in jier as fyftjin"
    low = _EVENING_SUFFIX.sub("avond", low)
    low = _EVENING.sub("'s avonds", low)
    return _JONG.sub(_jong_after_number, low)


def _frisian_word(x: re.Match[str]) -> str:
    return _FRISIAN[x.group()]


def _word(x: re.Match[str]) -> str:
    w = x.group()
    if w in {"oor", "oere", "oer", "ure", "ur"}:
        before = x.string[max(0, x.start() - 8) : x.start()].split()
        if not before or not re.fullmatch(_HOUR_WORD, before[-1]):
            return w  # "in zijn oor": an ear
    return _WORDS[w]


def _jong_after_number(x: re.Match[str]) -> str:
    before = x.string[max(0, x.start() - 12) : x.start()].split()
    last = before[-1] if before else ""
    return "jongens" if last.isdigit() or last in _NUMBER_WORDS else x.group()
