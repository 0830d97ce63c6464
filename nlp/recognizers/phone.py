"""Phone numbers in all the ways Dutch people write them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from nlp.recognizers.base import (
    DIGIT_WORDS,
    SPOKEN_TENS,
    Recognizer,
    overlaps,
    register,
    spoken_value,
    text_of,
)
from nlp.types import Finding, PiiType

# A run of digit groups joined by single separators; may start with +, 00 or "(0".
_RUN = re.compile(
    r"(?<![\w+/])(?:\+\s?|\(\s?)?\d+(?:(?:[ .\-/_]|\s?\(\s?0?\s?\)\s?|\)\s?|\s\(|\s?-\s?)\d+)*"
)
_GROUP = re.compile(r"\d+")
# "dubbel 7" (spoken "77") is one token; so is a spoken pair ("achtendertig" = 38).
_DIGIT_TOKEN = (
    r"(?:"
    + SPOKEN_TENS
    + r"|(?:dubbel|dubbele)\s+(?:\d|nul|een|twee|drie|vier|vijf|zes|zeven|acht|negen)|"
    r"nul\d+|nul|een|één|eén|twee|drie|vier|vijf|zes|zeven|acht|negen|\d+)"
)
# Digit words and digit groups, also with fillers between them ("06 41 en dan 88 20 57",
# "06 34 zeven-zeven 92 18").
_WORDS_RUN = re.compile(
    r"(?i)\b"
    + _DIGIT_TOKEN
    + r"(?:[\s,.\-/]+(?:(?:en\s+dan|en|dan|daarna)[\s,]+)?"
    + _DIGIT_TOKEN
    + r"){2,}\b"
)
_FILLERS = frozenset({"en", "dan", "daarna"})
# "tel 046-4751200 (alleen overdag, algemeen nummer)": an organisation's general number.
_GENERAL_NUMBER = re.compile(r"(?i)[^.\n]{0,30}\balgeme(?:en|ne)\s+(?:nummer|telefoonnummer)\b")
_DOUBLE = re.compile(r"(?i)\bdubbele?\s+(\w+)")
# l, I, o and O between digits or at the edge of a digit group; an O for the 0 of
# "06" also right after a bracket or a colon ("(O6-12 34 56 78)").
_LETTER_DIGIT = re.compile(
    r"(?<=\d)[lIoO](?=[\d\s.\-]|$)|(?<=[\d\s.\-])[lIoO](?=\d)|(?:(?<=[(:])|^)[oO](?=6\d|6[\s.\-]\d)"
)
_AS_DIGIT = {"l": "1", "I": "1", "o": "0", "O": "0"}
_MOBILE_TYPO = re.compile(r"(?<![\d+])0\s?6(?:[\s.\-]?\d){7,9}(?![\d])")
_CONTEXT = re.compile(
    r"(?i)\b(?:tel|telefoon|telefoonnummer|nummer|nr|mobiel|gsm|bel|bellen|gebeld|"
    r"whatsapp|app|sms|06)\b"
)


def _phone_end(text: str, start: int, end: int) -> int | None:
    """Given a digit run, return where a phone number that starts at ``start`` ends
    (always at a digit-group boundary), or None when it is no phone number."""
    run = text[start:end]
    groups = list(_GROUP.finditer(run))
    if not groups:
        return None
    plus = run.lstrip().startswith("+")
    digits = ""
    for idx, g in enumerate(groups):
        digits += g.group()
        last = idx == len(groups) - 1
        nxt_len = 0 if last else len(groups[idx + 1].group())
        if plus or digits.startswith("00"):
            cc = digits[2:] if digits.startswith("00") else digits
            if cc.startswith("31"):
                rest = cc[2:]
                rest = rest[1:] if rest.startswith("0") else rest
                if len(rest) == 9:
                    return start + g.end()
                if len(rest) > 9:
                    return None
            elif len(cc) >= 10 and (last or len(cc) + nxt_len > 13):
                return start + g.end() if len(cc) <= 13 else None
        elif digits.startswith("0"):
            if len(digits) == 10:
                return start + g.end()
            if len(digits) > 10:
                return None
        else:
            return None
    return None


@register
class PhoneRecognizer(Recognizer):
    """Finds Dutch and international phone numbers: 06-12345678, 06 123 456 78,
    +31 6 ..., 0031 6 ..., (020) 123 4567, 020-..., dotted forms, numbers spelled
    out in words ("nul zes een twee ...") and letters typed for digits ("06-4l7 83 9l0").

    Personal data: a phone number reaches a person directly (AVG art. 4(1)); step 1
    allows no contact details of youths or parents.
    False positives: service numbers (0800/0900, 112) are too short to match; a
    ten-digit number starting with 0 is read as a phone number.
    """

    name = "phone"
    types = (PiiType.PHONE,)
    order = 40

    def find(self, doc: Doc, found: Sequence[Finding]) -> Iterator[Finding]:
        text = text_of(doc)
        if _LETTER_DIGIT.search(text):
            # "06-4l7 83 9l0": letters that stand for digits (same length, same offsets)
            text = _LETTER_DIGIT.sub(lambda m: _AS_DIGIT[m.group()], text)
        out: list[Finding] = []
        for m in _RUN.finditer(text):
            s = m.start()
            while s < m.end() and not (text[s].isdigit() or text[s] == "+"):
                s += 1
            if sum(c.isdigit() for c in m.group()) < 9:
                continue
            # try every group start inside the run ("tel 06 ...", "2 x 06...")
            starts = [s, *[s + g.start() for g in _GROUP.finditer(text[s : m.end()])][1:]]
            pos = s
            for st in starts:
                if st < pos:
                    continue
                st2 = st - 1 if st > 0 and text[st - 1] == "+" else st
                e = _phone_end(text, st2, min(m.end(), st2 + 40))
                if e is None:
                    continue
                if not overlaps(found, st2, e) and not overlaps(out, st2, e):
                    out.append(self.finding(PiiType.PHONE, st2, e))
                pos = e
        # a mobile number with a digit too few or too many, next to a phone word
        # ("tel 06-1234567"): still points at a person
        for m in _MOBILE_TYPO.finditer(text):
            if (
                _CONTEXT.search(text[max(0, m.start() - 30) : m.start()])
                and not overlaps(found, m.start(), m.end())
                and not overlaps(out, m.start(), m.end())
            ):
                out.append(self.finding(PiiType.PHONE, m.start(), m.end()))
        # spelled out: at least 9 digit words/digits starting with "nul"/0
        low = text.lower()
        if "nul" in low or "zes" in low or re.search(r"(?<!\d)0\d", text):
            for m in _WORDS_RUN.finditer(text):
                spoken = _DOUBLE.sub(lambda d: d.group(1) + " " + d.group(1), m.group())
                parts = [p for p in re.findall(r"[^\s,.\-/]+", spoken) if p.lower() not in _FILLERS]
                digits = "".join(
                    DIGIT_WORDS.get(p.lower()) or spoken_value(p) or re.sub(r"(?i)^nul", "0", p)
                    for p in parts
                )
                if not digits.isdigit() or len(digits) < 8 or len(digits) > 13:
                    continue
                ctx = _CONTEXT.search(text[max(0, m.start() - 40) : m.start()])
                if len(digits) == 8 and not (ctx and any(not p.isdigit() for p in parts)):
                    continue  # eight spelled-out digits after "nummer": the 06 was dropped
                if (
                    ((digits.startswith("0") and len(digits) in (10, 11, 12, 13)) or ctx)
                    and not overlaps(found, m.start(), m.end())
                    and not overlaps(out, m.start(), m.end())
                ):
                    out.append(self.finding(PiiType.PHONE, m.start(), m.end()))
        if "algeme" in text:
            out = [f for f in out if _GENERAL_NUMBER.match(text, f.end) is None]
        yield from out
