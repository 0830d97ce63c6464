"""Dutch licence plates (kentekens), cars and mopeds/scooters."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from nlp.recognizers.base import DIGIT_WORDS, Recognizer, overlaps, register, text_of, view_of
from nlp.types import Finding, PiiType

# Sidecodes 1-14 (L = letter, D = digit); moped plates use the same shapes.
_SIDECODES = (
    "LL-DD-DD",
    "DD-DD-LL",
    "DD-LL-DD",
    "LL-DD-LL",
    "LL-LL-DD",
    "DD-LL-LL",
    "DD-LLL-D",
    "D-LLL-DD",
    "LL-DDD-L",
    "L-DDD-LL",
    "LLL-DD-L",
    "L-DD-LLL",
    "D-LL-DDD",
    "DDD-LL-D",
)


def _sidecode_regex(code: str, sep: str) -> str:
    parts = []
    for group in code.split("-"):
        letter = group[0] == "L"
        parts.append(("[A-Za-z]" if letter else r"\d") + "{" + str(len(group)) + "}")
    return sep.join(parts)


_DASHED = re.compile(
    r"(?<![\w-])(?:" + "|".join(_sidecode_regex(c, r"\s?-\s?") for c in _SIDECODES) + r")(?![\w-])"
)
_LOOSE = re.compile(
    r"(?<![\w-])(?:" + "|".join(_sidecode_regex(c, r"[ .]?") for c in _SIDECODES) + r")(?![\w-])"
)
# Car and scooter makes that name the vehicle a plate belongs to ("Toyota TG 77 RZ").
_MAKES = [
    "toyota",
    "kia",
    "hyundai",
    "peugeot",
    "renault",
    "citroen",
    "citroën",
    "ford",
    "skoda",
    "volvo",
    "nissan",
    "mazda",
    "suzuki",
    "fiat",
    "tesla",
    "mini",
    "dacia",
    "honda",
    "kymco",
    "sym",
    "volkswagen",
    "porsche",
    "lexus",
    "jeep",
]
_CONTEXT = re.compile(
    r"(?i)\b(?:kenteken\w*|nummerbord\w*|plaat(?:je)?|plate|kent\.?|auto|scooter|"
    r"brommer|snorfiets|motor|bus(?:je)?|wagen|golf|polo|bmw|audi|mercedes|seat|"
    r"yamaha|piaggio|vespa|tmax|vw|opel|clio|caddy|fatbike|quad|range\s+rover|land\s+rover|"
    r"moped|bromfiets|motorfiets|bestel(?:bus|auto|wagen)|taxi|vrachtwagen|camper|"
    + "|".join(_MAKES)
    + r")\b"
)
# Plates from the neighbouring countries, seen on cars near the border: German
# ("KLE-RT 418", "D-AB 1234E") and Belgian ("1-ABC-123"). Only with a vehicle word or
# "Duits"/"Belgisch" nearby: the shapes are close to product and room codes.
_FOREIGN = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}\s?\d{1,4}[EH]?|[1-9]-[A-Z]{3}-\d{3}|"
    # French "FG-208-PX"
    r"[A-Z]{2}-\d{3}-[A-Z]{2})(?![\w-])"
)
_FOREIGN_CONTEXT = re.compile(
    r"(?i)\b(?:duits\w*|belgisch\w*|frans\w*|pools\w*|d-kenteken|b-kenteken)"
)
# Plates of other countries ("PO 6KT31", "34 FK 2197", "KX71 RFN", "KHN 428"): only right
# after a vehicle or plate named by its country ("Pools kenteken", "Turkse auto met").
_FOREIGN_UNDASHED = re.compile(r"(?<![\w-])[A-Z0-9]{1,5}(?:[ -][A-Z0-9]{1,5}){1,2}(?![\w-])")
_FOREIGN_NAMED = re.compile(
    r"(?i)\b(?:pools|poolse|frans|franse|duits|duitse|belgisch|belgische|turks|turkse|litouws|"
    r"litouwse|engels|engelse|brits|britse|roemeens|roemeense|bulgaars|bulgaarse|spaans|spaanse|"
    r"italiaans|italiaanse|oekraiens|oekraiense|lets|letse|ests|estse|slowaaks|slowaakse|"
    r"tsjechisch|tsjechische|hongaars|hongaarse|marokkaans|marokkaanse)\s+"
    r"(?:kenteken\w*|nummerbord\w*|auto\w*|busje|bus|bestelbus|wagen|camper|scooter)\s*(?:met\s+)?"
)
# Every vehicle word of the pattern above contains one of these (a cheap test first).
_FOREIGN_VEHICLE_STEMS = ("kenteken", "nummerbord", "auto", "bus", "wagen", "camper", "scooter")
# Moroccan plates: a serial number, one Arabic letter (the series) and the prefecture
# code ("48271-أ-6", "12345 | ب | 40"). The shape is distinctive: no context needed.
_ARABIC_PLATE = re.compile(
    r"(?<![\w-])\d{1,6}\s?[-|/]\s?[\u0600-\u06FF]{1,2}\s?[-|/]\s?\d{1,2}(?![\w-])"
)
_ARABIC = re.compile(r"[\u0600-\u06FF]")
# a letter and a digit group meeting at a dash: every dashed plate has one
_DASH_MIX = re.compile(r"[A-Za-z]\s?-\s?\d|\d\s?-\s?[A-Za-z]")
# Makes whose next capitalised word is a model, not a person ("Seat Leon").
VEHICLE_MAKES = frozenset(
    {*_MAKES, "seat", "piaggio", "vespa", "yamaha", "opel", "bmw", "audi", "mercedes", "vw"}
)
_VEHICLE_WORDS = frozenset(
    {
        "kenteken",
        "nummerbord",
        "plaat",
        "plaatje",
        "plate",
        "kent",
        "auto",
        "scooter",
        "brommer",
        "snorfiets",
        "motor",
        "bus",
        "busje",
        "wagen",
        "golf",
        "polo",
        "tmax",
        "clio",
        "caddy",
        "fatbike",
        "quad",
        "moped",
        "bromfiets",
        "motorfiets",
        "bestelbus",
        "bestelauto",
        "taxi",
        "vrachtwagen",
        "camper",
        *VEHICLE_MAKES,
    }
)
_VOWELS = re.compile(r"[aeiouAEIOU]")
_MONTHS = frozenset(
    {
        "JAN",
        "FEB",
        "MRT",
        "APR",
        "MEI",
        "JUN",
        "JUL",
        "AUG",
        "SEP",
        "OKT",
        "NOV",
        "DEC",
        "MAR",
        "MAY",
        "OCT",
    }
)

# Spelling alphabets (Dutch telephone alphabet and NATO), as a plate is read out over
# the phone or dictated: "kenteken is Peter Hendrik Anton 31 Karel".
_SPELLING = {
    **dict.fromkeys(("anton", "alfa", "alpha"), "A"),
    **dict.fromkeys(("bernard", "bravo"), "B"),
    **dict.fromkeys(("cornelis", "charlie"), "C"),
    **dict.fromkeys(("dirk", "delta"), "D"),
    **dict.fromkeys(("eduard", "echo"), "E"),
    **dict.fromkeys(("ferdinand", "foxtrot"), "F"),
    **dict.fromkeys(("gerard", "golf"), "G"),
    **dict.fromkeys(("hendrik", "hotel"), "H"),
    **dict.fromkeys(("izaak", "india"), "I"),
    **dict.fromkeys(("johannes", "jan", "juliet", "juliett"), "J"),
    **dict.fromkeys(("karel", "kilo"), "K"),
    **dict.fromkeys(("lodewijk", "lima"), "L"),
    **dict.fromkeys(("marie", "maria", "mike"), "M"),
    **dict.fromkeys(("nico", "november"), "N"),
    **dict.fromkeys(("otto", "oscar"), "O"),
    **dict.fromkeys(("pieter", "peter", "papa"), "P"),
    **dict.fromkeys(("quirinus", "quotient", "quebec"), "Q"),
    **dict.fromkeys(("rudolf", "romeo"), "R"),
    **dict.fromkeys(("simon", "sierra"), "S"),
    **dict.fromkeys(("theodoor", "tango"), "T"),
    **dict.fromkeys(("utrecht", "uniform"), "U"),
    **dict.fromkeys(("victor",), "V"),
    **dict.fromkeys(("willem", "whiskey", "whisky"), "W"),
    **dict.fromkeys(("xantippe", "xray"), "X"),
    **dict.fromkeys(("ypsilon", "yankee"), "Y"),
    **dict.fromkeys(("zacharias", "zaandam", "zulu"), "Z"),
}
# "kenteken is ...", "kenteken: ...", "nummerbord ..." before a dictated plate.
_DICTATE_CUE = re.compile(r"(?i)\b(?:kenteken|nummerbord|plaat)\w*(?:\s+(?:is|was|van))?\s*:?\s*")
_DICTATE_TOKEN = re.compile(r"[\s,-]*([^\W_]+)")
_PLATE_SHAPES = re.compile(r"^(?:" + "|".join(_sidecode_regex(c, "") for c in _SIDECODES) + r")$")


@register
class PlateRecognizer(Recognizer):
    """Finds Dutch licence plates in all sidecodes (XX-99-99 ... 999-XX-9), including
    scooter and moped plates (D-123-XX, F-123-XX), with dashes, or without dashes
    when a vehicle word is near ("kenteken HT407Z"); German and Belgian plates
    ("KLE-RT 418", "1-ABC-123") next to a vehicle word or "Duits"/"Belgisch"; plates
    dictated in a spelling alphabet after "kenteken" ("Peter Hendrik Anton 31 Karel");
    Moroccan plates with their Arabic series letter ("12345-ب-40"), with no context.

    Personal data: a plate identifies the vehicle's keeper through the RDW register
    (AVG art. 4(1), indirectly identifying). Not allowed in step 1.
    False positives: dashed letter/digit groups that are no plate (product codes);
    lowercase or undashed forms need a vehicle word nearby, and month abbreviations
    ("3-mei-09") are excluded.
    """

    name = "plate"
    types = (PiiType.PLATE,)
    order = 50

    def find(self, doc: Doc, found: Sequence[Finding]) -> Iterator[Finding]:
        text = text_of(doc)
        out: list[Finding] = []
        words = view_of(doc).words
        vehicle = any(
            w.key in _VEHICLE_WORDS or w.key.startswith(("kenteken", "nummerbord")) for w in words
        )
        passes: list[tuple[re.Pattern[str], bool]] = []
        if "-" in text and _DASH_MIX.search(text):
            passes.append((_DASHED, False))
        if vehicle:
            passes.append((_LOOSE, True))
        for rx, needs_context in passes:
            for m in rx.finditer(text):
                raw = m.group()
                letters = "".join(c for c in raw if c.isalpha())
                digits = sum(c.isdigit() for c in raw)
                if not letters or not digits:
                    continue
                if letters.upper() in _MONTHS or any(
                    g.upper() in _MONTHS for g in re.findall(r"[A-Za-z]+", raw)
                ):
                    continue
                window = text[max(0, m.start() - 50) : m.end() + 30]
                # a plate right before ("GBV-71-S en k-48-bnl") is context too
                has_ctx = bool(_CONTEXT.search(window)) or any(
                    0 <= m.start() - f.end <= 12 for f in out
                )
                lower = letters != letters.upper()
                if (needs_context or lower) and not has_ctx:
                    continue
                if needs_context and self._spans_words(raw):
                    continue
                if overlaps(found, m.start(), m.end()) or overlaps(out, m.start(), m.end()):
                    continue
                out.append(self.finding(PiiType.PLATE, m.start(), m.end()))
        if "-" in text:
            for m in _FOREIGN.finditer(text):
                window = text[max(0, m.start() - 50) : m.end() + 30]
                if not (_CONTEXT.search(window) or _FOREIGN_CONTEXT.search(window)):
                    continue
                if overlaps(found, m.start(), m.end()) or overlaps(out, m.start(), m.end()):
                    continue
                out.append(self.finding(PiiType.PLATE, m.start(), m.end()))
        low = text.lower()
        named = (
            _FOREIGN_NAMED.search(text) if any(v in low for v in _FOREIGN_VEHICLE_STEMS) else None
        )
        after = named.end() if named is not None else len(text)
        for m in _FOREIGN_UNDASHED.finditer(text, after):
            raw = m.group()
            if m.start() - after > 12 or not any(c.isdigit() for c in raw):
                break
            if not any(c.isalpha() for c in raw):
                continue
            # the whole foreign plate, not the Dutch-looking part of it ("34 FK 2197")
            out = [f for f in out if not (m.start() <= f.start and f.end <= m.end())]
            if not overlaps(found, m.start(), m.end()) and not overlaps(out, m.start(), m.end()):
                out.append(self.finding(PiiType.PLATE, m.start(), m.end()))
        if not text.isascii() and _ARABIC.search(text):
            for m in _ARABIC_PLATE.finditer(text):
                if not overlaps(found, m.start(), m.end()) and not overlaps(
                    out, m.start(), m.end()
                ):
                    out.append(self.finding(PiiType.PLATE, m.start(), m.end()))
        if "kenteken" in low or "nummerbord" in low or "plaat" in low:
            out.extend(self._dictated(text, found, out))
        yield from out

    @staticmethod
    def _dictated(text: str, found: Sequence[Finding], out: Sequence[Finding]) -> list[Finding]:
        """A plate read out in a spelling alphabet after a plate word ("kenteken is
        Peter Hendrik Anton 31 Karel"): spelling words, digit groups and digit words
        that together make a Dutch sidecode."""
        res: list[Finding] = []
        for cm in _DICTATE_CUE.finditer(text):
            pos = cm.end()
            chars = ""
            end = pos
            limit = min(len(text), pos + 120)
            while len(chars) < 6:
                tm = _DICTATE_TOKEN.match(text, end, limit)
                if tm is None:
                    break
                tok = tm.group(1)
                low = tok.lower()
                if low in _SPELLING:
                    chars += _SPELLING[low]
                elif tok.isdigit() and len(tok) <= 3:
                    chars += tok
                elif low in DIGIT_WORDS:
                    chars += DIGIT_WORDS[low]
                elif len(tok) == 1 and tok.isalpha():
                    chars += tok.upper()
                else:
                    break
                end = tm.end()
            if (
                # the whole plate, or a part of one ("Lodewijk Theodoor nul zeven, rest
                # niet gezien"): a partial plate still narrows down the keeper
                (_PLATE_SHAPES.match(chars) if len(chars) == 6 else len(chars) >= 4)
                and any(c.isalpha() for c in chars)
                and any(c.isdigit() for c in chars)
                and not overlaps(found, pos, end)
                and not overlaps(out, pos, end)
            ):
                start = pos + len(text[pos:end]) - len(text[pos:end].lstrip(" ,-"))
                res.append(Finding(PiiType.PLATE, start, end, PlateRecognizer.name, True))
        return res

    def _spans_words(self, raw: str) -> bool:
        """An undashed match that is made of ordinary words and numbers ("tram 12",
        "40 werd"): a letter group with a vowel that is a Dutch or English word.
        Dutch plates have had no vowels since 1978, so real plates are unaffected."""
        if not (" " in raw or "." in raw):
            return False
        lex = self.resources.lexicon
        for tok in re.split(r"[ .]+", raw):
            if (
                tok.isalpha()
                and _VOWELS.search(tok)
                and (lex.word_freq.get(tok.lower(), 0) > 0 or tok.lower() in lex.english)
            ):
                return True
        return False
