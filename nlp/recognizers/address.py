"""Home addresses: street + house number, postcodes, "nr 14 op de X"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from nlp.lexicon import STREET
from nlp.places import PlaceSpan, place_suffix
from nlp.recognizers.base import Recognizer, overlaps, register, text_of, view_of
from nlp.types import Finding, PiiType
from nlp.words import Word

_HOUSE_NO = re.compile(
    r"^(?P<pre>\s{1,2}(?:nr\.?\s?|nummer\s|no\.?\s?|huisnummer\s)?)"
    r"(?P<num>[1-9]\d{0,4}"
    r"(?:\s?-\s?(?:\d{1,4}|[IVX]{1,4}|hoog|hg|bg|[a-gi-tv-wA-GI-TV-W]{1,2})(?![\w])"
    r"|\s?(?:bis|hs|huis|bg|sous|zw|rd|[a-gi-tv-wA-GI-TV-W])(?![\w])"
    r"|\s(?:I{1,3}|IV|V)(?![\w]))?)"
)
# What may follow a number that is a count, an age or a time, not a house number.
_NOT_HOUSE = re.compile(
    r"(?i)^\s*(?:[:.,]\d|-\d{1,2}\s*(?:jr|jaar|jarigen|j\b)|-?jarig|\+|x\b|%|[uh]\b|"
    r"(?:jongens|jongeren|jong|meiden|meisjes|man|mannen|vrouwen|personen|pers|kids|"
    r"kinderen|stuks|leerlingen|scooters|auto|auto's|brommers|fietsen|jaar|jr|jarigen|"
    r"jarige|u|uur|h|min|minuten|sec|keer|x|euro|eur|groepen|groepjes|km|meter|m|"
    r"dagen|weken|maanden|nachten|avonden|tot|à|a|of|en|december|januari|pv|pv's|"
    r"boetes|bekeuringen|aanhoudingen|arrestaties|views|leden|volgers|likes)\b)"
)
_POSTCODE = re.compile(
    r"(?<![\w-])(?P<pc>[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2})(?![\w-])"
    r"(?P<hn>\s*,?\s*(?:nr\.?\s*)?[1-9]\d{0,4}"
    r"(?:\s?(?:bis|hs|[a-zA-Z])(?![\w])|-\d{1,4}|-[IVX]{1,4})?"
    r"(?![\w:.]\d))?"
)
_POSTCODE_LOWER = re.compile(
    r"(?i)(?<![\w-])(?P<pc>[1-9]\d{3}(?:[a-z]{2}|\s[a-z]{2}(?=\s*,?\s*\d)))(?![\w-])"
    r"(?P<hn>\s*,?\s*[1-9]\d{0,4}(?:\s?(?:bis|hs|[a-zA-Z])(?![\w])|-\d{1,4})?"
    r"(?![\w:.]\d))?"
)
# Place suffixes that name streets with house numbers (not parks or stations).
_STREETLIKE = re.compile(
    r"(?:straat|str|weg|laan|plein|kade|gracht|singel|dreef|steeg|plantsoen|markt|"
    r"boulevard|straatweg|burgwal|pad|hof|dijk|dam|baan|ring|zoom|plaats|wal|erf|hage|"
    r"gaarde|akker|akkers|oord|hoeve|veld|velden|zijde|kwartier|promenade|passage|haven|"
    r"eiland|pier|oever|hoek|horst|kamp|daal|berg|molen)$"
)
_AGE_RANGE = re.compile(r"^([1-9]\d)\s?-\s?([1-9]\d)$")
_DIGIT = re.compile(r"\d")
_PC_CUE = re.compile(r"(?i)\b(?:postcode|pc|adres)\b\W*$")
_NR_WITH_STREET = re.compile(
    r"(?i)\b(?:nr|nummer|huisnummer|no)\.?\s*([1-9]\d{0,4}[a-z]?)\s+"
    r"(?:op|aan|in|van)\s+(?:de|het|'t)?\s*$"
)
_NR_ALONE = re.compile(r"(?i)\b(?:op|nr|nummer|huisnummer)\.?\s*(?:nummer\s*)?[1-9]\d{0,4}[a-z]?\b")
_LIVING = re.compile(
    r"(?i)\b(?:woont|wonen|woonde|woning|adres|huis|thuis|bewoner|deur|"
    r"ingeschreven|verblijft|slaapt)\b"
)


@register
class AddressRecognizer(Recognizer):
    """Finds home addresses: a street followed by a house number (12, 12a, 12-2,
    5bis, 14-III, "nr 14"), abbreviated streets ("Kerkstr. 12"), "nr 14 op de X",
    and postcodes with or without a house number ("1012 AB", "3072AP 5").
    "op nummer 14" with a living cue but no street is reported as unsure.

    Personal data: a home address locates a person and their family (AVG art. 4(1)).
    Step 1 shares places, not homes: a street *without* a number stays.
    False positives: a street followed by a count ("Kerkstraat 12 jongens"), a time
    ("Hobbemaplein 21.00u") or an age range is not an address; those are excluded.
    """

    name = "address"
    types = (PiiType.ADDRESS,)
    order = 70

    def _is_street(self, sp: PlaceSpan, words: Sequence[Word]) -> bool:
        last = words[sp.last_word]
        if sp.kind & STREET:
            return True
        return place_suffix(last) > 0 and bool(_STREETLIKE.search(last.key))

    def find(self, doc: Doc, found: Sequence[Finding]) -> Iterator[Finding]:
        text = text_of(doc)
        view = view_of(doc)
        words: list[Word] = view.words
        places: list[PlaceSpan] = view.places
        out: list[Finding] = []

        def add(s: int, e: int, confident: bool = True) -> None:
            if not overlaps(found, s, e) and not overlaps(out, s, e):
                out.append(self.finding(PiiType.ADDRESS, s, e, confident=confident))

        if _DIGIT.search(text) is None:
            return
        for sp in places:
            if not self._is_street(sp, words):
                continue
            rest = text[sp.end : sp.end + 40]
            if rest.startswith(".") and words[sp.last_word].key.endswith("str"):
                rest = rest[1:]
                skip = 1
            else:
                skip = 0
            m = _HOUSE_NO.match(rest)
            if m is None:
                continue
            after = rest[m.end() :]
            if _NOT_HOUSE.match(after):
                continue
            am = _AGE_RANGE.match(m.group("num"))
            if am is not None and int(am.group(1)) < int(am.group(2)) <= 30:
                continue  # "16-18": an age range
            start = sp.start
            # "nr 14 op de Gorslaan": include the number before the street
            nm = _NR_WITH_STREET.search(text[max(0, sp.start - 30) : sp.start])
            if nm is not None:
                start = max(0, sp.start - 30) + nm.start()
            add(start, sp.end + skip + m.end())
        for sp in places:
            nm = _NR_WITH_STREET.search(text[max(0, sp.start - 30) : sp.start])
            if nm is not None:
                add(max(0, sp.start - 30) + nm.start(), sp.end)
        for rx in (_POSTCODE, _POSTCODE_LOWER):
            for m in rx.finditer(text):
                if (
                    rx is _POSTCODE_LOWER
                    and not m.group("hn")
                    and not _PC_CUE.search(text[max(0, m.start() - 20) : m.start()])
                    and " " in m.group("pc")
                ):
                    continue
                end = m.end("hn") if m.group("hn") else m.end("pc")
                if m.group("hn") and _NOT_HOUSE.match(text[end : end + 20]):
                    end = m.end("pc")
                add(m.start(), end)
        # "woont op nummer 14" without a street: unsure
        if _LIVING.search(text):
            for m in _NR_ALONE.finditer(text):
                if m.group(0).lower().startswith("op") and "nummer" not in m.group(0).lower():
                    continue
                if _NOT_HOUSE.match(text[m.end() : m.end() + 20]):
                    continue
                add(m.start(), m.end(), confident=False)
        yield from out
