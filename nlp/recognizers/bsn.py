"""Citizen service numbers (BSN)."""

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

# Nine digits, optionally grouped with single spaces, dots or dashes, and not part of
# a longer digit run.
_NINE = re.compile(
    r"(?<![\d])(?<!\d[ .\-/])\d(?:(?:[ .\-/]|\s*\n\s*(?:/\s*)?)?\d){8}(?![ .\-/]?\d)"
)
_DIGIT = re.compile(r"\d")
_CONTEXT = re.compile(
    r"\b(?:bsn|b\.s\.n|burgerservice\s*nummer|burgerservicenummer|sofi(?:nummer)?|"
    r"sofi-nummer|bsn-nummer|bsn-nr)\b",
    re.IGNORECASE,
)

# Voice-to-text: "bsn is twee acht vijf acht ..." (digit words, spoken pairs, digits),
# also read out in groups of three ("driehonderdzeventien", "honderdvijf").
_UNIT_WORDS = "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen"
_HUNDREDS = r"(?:" + _UNIT_WORDS + r")?honderd(?:en)?(?:" + SPOKEN_TENS + "|" + _UNIT_WORDS + r")?"
_HUNDREDS_RX = re.compile(
    r"(?P<h>" + _UNIT_WORDS + r")?honderd(?:en)?(?P<r>" + SPOKEN_TENS + "|" + _UNIT_WORDS + r")?"
)
_SPOKEN_TOKEN = r"(?:" + _HUNDREDS + "|" + SPOKEN_TENS + "|" + "|".join(DIGIT_WORDS) + r"|\d{1,3})"
_SPOKEN_RUN = re.compile(
    r"(?i)(?<!\w)" + _SPOKEN_TOKEN + r"(?:[\s,.\-]{1,3}" + _SPOKEN_TOKEN + r"){2,}(?!\w)"
)


def _hundreds(word: str) -> str | None:
    """ "vijfhonderdnegentig" -> "590", "honderdvijf" -> "105"; None for other words."""
    m = _HUNDREDS_RX.fullmatch(word) if "honderd" in word else None
    if m is None:
        return None
    h = DIGIT_WORDS.get(m.group("h") or "een", "1")
    r = m.group("r") or ""
    rest = int(DIGIT_WORDS.get(r) or spoken_value(r) or 0) if r else 0
    return f"{int(h) * 100 + rest:03d}"


def _spoken_digits(run: str) -> str:
    out = []
    for p in re.findall(r"[^\s,.\-]+", run):
        low = p.lower()
        out.append(DIGIT_WORDS.get(low) or spoken_value(low) or _hundreds(low) or p)
    return "".join(out)


def elfproef(digits: str) -> bool:
    """The BSN eleven-test: sum(d_i * (9..2)) - d_9 is divisible by 11."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    return total % 11 == 0


@register
class BsnRecognizer(Recognizer):
    """Finds BSNs: nine-digit numbers that pass the eleven-test, and any nine-digit
    number near "bsn"/"burgerservicenummer" (a typo still identifies), also spoken as
    words after "bsn" ("bsn is twee acht vijf acht ...", "driehonderdtwaalf
    vijfhonderdzes ...", voice-to-text).

    Personal data: the BSN is a national identification number; its use is restricted
    by law (UAVG art. 46) and it is high risk, so the message is blocked by default.
    False positives: about 1 in 11 random nine-digit numbers passes the test; numbers
    starting with 06 (a phone number missing a digit) only count with "bsn" nearby.
    """

    name = "bsn"
    types = (PiiType.BSN,)
    order = 30

    def find(self, doc: Doc, found: Sequence[Finding]) -> Iterator[Finding]:
        text = text_of(doc)
        if len(_DIGIT.findall(text)) < 9:
            # spoken digits after "bsn" ("bsn is twee acht vijf ...")
            low = text.lower()
            if "bsn" not in low and "burger" not in low and "sofi" not in low:
                return
            ctx = _CONTEXT.search(text)
            if ctx is None:
                return
            for m in _SPOKEN_RUN.finditer(text, ctx.end()):
                if m.start() - ctx.end() > 60:
                    break
                digits = _spoken_digits(m.group())
                if len(digits) == 9 and digits.isdigit() and not overlaps(found, *m.span()):
                    yield self.finding(PiiType.BSN, m.start(), m.end())
            return
        for m in _NINE.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if overlaps(found, m.start(), m.end()):
                continue
            window = text[max(0, m.start() - 60) : m.start()] + " " + text[m.end() : m.end() + 25]
            context = bool(_CONTEXT.search(window))
            if context or (elfproef(digits) and not digits.startswith("06")):
                yield self.finding(PiiType.BSN, m.start(), m.end())
