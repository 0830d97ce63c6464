"""Dates of birth and birth years attached to a person."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from nlp.recognizers.base import Recognizer, overlaps, register, text_of
from nlp.types import Finding, PiiType

_MONTH = (
    r"(?:jan(?:uari)?|feb(?:ruari)?|maa(?:rt)?|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|"
    r"aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    # English, on documents and from abroad: "12MAR2010", "7th March 2010"
    r"january|february|march|mar|may|june|july|oct(?:ober)?|"
    # Papiamentu (Caribbean Netherlands), Spanish and German: "14 di mart 2010",
    # "3 de marzo de 2009", "14. März 2010"
    r"yan[uü]ari|febr[uü]ari|mart|aprel|y[uü]ni|y[uü]li|oug[uù]st[uù]s|s[eè]pt[eè]mber|"
    r"[oò]ktober|nov[eè]mber|des[eè]mber|enero|febrero|marzo|abril|mayo|junio|julio|"
    r"agosto|septiembre|octubre|noviembre|diciembre|m[aä]rz|januar|februar|dezember|"
    # Frisian: "12 maaie 2010", "3 novimber 2009"
    r"jannewaris|febrewaris|maaie|juny|july|septimber|novimber|desimber)"
)
_DATE = re.compile(
    r"(?i)(?<![\w/.-])(?:"
    r"(?P<d1>\d{1,2})\s?[-/.]\s?(?P<m1>\d{1,2})\s?[-/.]\s?(?P<y1>\d{4}|\d{2}|'\d{2})"
    r"|(?P<y2>(?:19|20)\d{2})[-./](?P<m2>\d{1,2})[-./](?P<d2>\d{1,2})"
    # day with an ordinal ("14e", "1ste", "7th") or a connector ("14 di mart 2010")
    r"|(?P<d3>\d{1,2})(?:st|nd|rd|th|ste|de|e|\.)?\s*-?\s*(?:(?:di|de|del)\s+)?"
    r"(?P<m3>" + _MONTH + r")\.?\s*-?\s*(?:(?:di|de|del)\s+)?"
    r"(?P<y3>(?:19|20)\d{2}|'\d{2})"
    # compact, after a birth cue only: "20091215", "15122009"
    r"|(?P<y6>(?:19|20)\d{2})(?P<m6>0[1-9]|1[0-2])(?P<d6>0[1-9]|[12]\d|3[01])"
    # day first, also with a two-digit year, after a birth cue only: "070510"
    r"|(?P<d7>0[1-9]|[12]\d|3[01])(?P<m7>0[1-9]|1[0-2])(?P<y7>(?:19|20)\d{2}|\d{2})"
    # Roman months on forms: "3 III 2010", "14-XI-2009".
    r"|(?P<d4>\d{1,2})[\s.-]+(?P<m4>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[\s.-]+(?P<y4>(?:19|20)\d{2})"
    r")(?![\w/-])"
)
_CUE = re.compile(
    r"(?i)(?:\bgeb\b\.?|\bgeboren\b|\bgeboortedatum\b|\bgeb\.?\s?datum\b|\bgebdat\b|"
    r"\bdob\b|\bborn\b|\bgeboortejaar\b|\bgeb\.?jaar\b|\bverjaardag\b|\bjarig\b|°|\*)\s*(?:op|in|on|:)?\s*$"
)
# A birth date said in words before its year ("geboren op eerste kerstdag 2009") and a
# birthday without a year ("ze wordt 16 op 12 oktober", "jarig op 3 mei").
_CUE_PHRASE = re.compile(
    r"(?i)\b(?:geboren|geb\.|geboortedatum)\s*(?:op\s*)?:?\s*(?P<p>(?:[^\W\d_]+\s+){1,3}(?:19|20)\d{2})\b"
)
# Month first, as in the US, after "DOB": "DOB Jan 5, 2010".
_MONTH_FIRST = re.compile(
    r"(?i)\bdob\b\s*:?\s*(?P<p>" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2})\b"
)
_BIRTHDAY = re.compile(
    r"(?i)\b(?:wordt\s+\d{1,2}\s+op|jarig\s+op|verjaardag\s+(?:is\s+)?(?:op\s+)?)\s*"
    r"(?P<p>\d{1,2}\s*(?:" + _MONTH + r")\b\.?|\d{1,2}[-/]\d{1,2}\b(?![-/]))"
)
# A birthday before "jarig": "ze is 3 april jarig (en wordt 15)".
_BIRTHDAY_BEFORE = re.compile(
    r"(?i)\b(?:is|wordt|was|ben)\s+(?:op\s+)?(?P<p>\d{1,2}\s*(?:" + _MONTH + r")\b\.?)\s+jarig\b"
)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10, "XI": 11, "XII": 12}  # fmt: skip
_YEAR_CUE = re.compile(
    r"(?i)(?:\bgeb\b\.?|\bgeboren\b(?:\s+in)?|\bgeboortejaar\b|\bbouwjaar\b|\bjaargang\b)"
    r"\s*:?\s*$"
)
_PAREN_YEAR = re.compile(r"\(\s*(?:geb\.?\s*|°\s*|'|‘)?((?:19|20)?\d{2})\s*\)")
_DIGIT = re.compile(r"\d")
_SINCE_BEFORE = re.compile(
    r"(?i)\b(?:sinds|opgericht|geopend|gebouwd|geplaatst|vanaf)\s*(?:op\s*)?$"
)
_O_FOR_ZERO = re.compile(r"(?<=\d)[oO]|[oO](?=\d)")
_YEAR = re.compile(r"(?<![\w.,/-])((?:19|20)\d{2})(?![\w/-])")


def _full_year(y: str) -> int:
    if len(y) == 4:
        return int(y)
    v = int(y.lstrip("'"))
    this = dt.date.today().year % 100
    return 2000 + v if v <= this else 1900 + v


@register
class DateOfBirthRecognizer(Recognizer):
    """Finds dates of birth ("geb. 12-03-2009", "geboren 17 augustus 2009",
    "(2008)" after a name, "geboren in 2009") and full dates whose year makes the
    person a child or adult today (a recent incident date is left alone).

    Personal data: a date of birth with a name singles out a person and is a key
    identifier for linking files; high risk, so messages are blocked by default.
    False positives: an old full date that is not a birth date ("op 12-03-2015");
    times, ages ("rond de 16") and incident dates of this year and last survive.
    """

    name = "date_of_birth"
    types = (PiiType.DATE_OF_BIRTH,)
    order = 60

    def find(self, doc: Doc, found: Sequence[Finding]) -> Iterator[Finding]:
        # letters typed for zeros next to digits: "16 juni 2oo9" (same length, same offsets)
        text = text_of(doc)
        if _O_FOR_ZERO.search(text) is not None:
            text = _O_FOR_ZERO.sub("0", text)
        this_year = dt.date.today().year
        out: list[Finding] = []
        if _DIGIT.search(text) is None:
            return
        for m in _DATE.finditer(text):
            y = (
                m.group("y1")
                or m.group("y2")
                or m.group("y3")
                or m.group("y4")
                or m.group("y6")
                or m.group("y7")
            )
            mo = m.group("m1") or m.group("m2") or m.group("m6") or m.group("m7")
            if m.group("m4"):
                mo = str(_ROMAN[m.group("m4").upper()])
            day = (
                m.group("d1")
                or m.group("d2")
                or m.group("d3")
                or m.group("d4")
                or m.group("d6")
                or m.group("d7")
            )
            if y is None or day is None:
                continue
            year = _full_year(y)
            before = text[max(0, m.start() - 30) : m.start()]
            cue = bool(_CUE.search(before))
            # "born 04/22/2010": month first, only when called a birth date
            us_order = cue and mo is not None and 1 <= int(day) <= 12 and 13 <= int(mo) <= 31
            if mo is not None and not (1 <= int(mo) <= 12 and 1 <= int(day) <= 31) and not us_order:
                continue
            old = 1930 <= year <= this_year - 6
            if not (cue or old) or ((m.group("y6") or m.group("y7")) and not cue):
                continue
            if not cue and _SINCE_BEFORE.search(before):
                continue  # "de JOP bestaat sinds 12-06-2009": no one's birthday
            if overlaps(found, m.start(), m.end()) or overlaps(out, m.start(), m.end()):
                continue
            out.append(self.finding(PiiType.DATE_OF_BIRTH, m.start(), m.end()))
        for m in _PAREN_YEAR.finditer(text) if "(" in text else ():
            year = _full_year(m.group(1)) if len(m.group(1)) == 2 else int(m.group(1))
            if not (1930 <= year <= this_year - 6):
                continue
            # attached to a capitalised word: "Damian (2008)"
            before = text[: m.start()].rstrip()
            wm = re.search(r"([^\W\d_][\w'-]*)$", before)
            if wm is None or not (wm.group(1)[:1].isupper() or "geb" in m.group(0)):
                continue
            if not overlaps(found, m.start(), m.end()) and not overlaps(out, m.start(), m.end()):
                out.append(self.finding(PiiType.DATE_OF_BIRTH, m.start(), m.end()))
        low = text.lower()
        for pattern, gates in (
            (_CUE_PHRASE, ("geb",)),
            (_BIRTHDAY, ("jarig", "wordt", "verjaardag")),
            (_BIRTHDAY_BEFORE, ("jarig",)),
            (_MONTH_FIRST, ("dob",)),
        ):
            for m in pattern.finditer(text) if any(g in low for g in gates) else ():
                s, e = m.span("p")
                if not overlaps(found, s, e) and not overlaps(out, s, e):
                    out.append(self.finding(PiiType.DATE_OF_BIRTH, s, e))
        has_cue = "geb" in low or "jaar" in low
        for m in _YEAR.finditer(text) if has_cue else ():
            before = text[max(0, m.start() - 25) : m.start()]
            cm = _YEAR_CUE.search(before)
            if cm is None or "bouwjaar" in cm.group(0).lower() or "jaargang" in cm.group(0):
                continue
            if not overlaps(found, m.start(), m.end()) and not overlaps(out, m.start(), m.end()):
                out.append(self.finding(PiiType.DATE_OF_BIRTH, m.start(), m.end()))
        yield from out
