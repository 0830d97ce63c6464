"""E-mail addresses, including the usual obfuscations ("naam [at] gmail [punt] com")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from nlp.recognizers.base import Recognizer, overlaps, register, text_of
from nlp.types import Finding, PiiType

_EMAIL = re.compile(r"(?<![\w.+-])[^\W_][\w.%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_OBFUSCATED = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*\s*"
    r"(?:\[at\]|\(at\)|\{at\}|\[@\]|\(@\)|\s(?:at|apenstaartje|apestaart)\s)\s*"
    r"[A-Za-z0-9-]+\s*(?:\.|\[dot\]|\(dot\)|\[punt\]|\(punt\)|\s(?:dot|punt)\s)\s*"
    r"(?:com|nl|net|org|be|eu|info|live|me)\b",
    re.IGNORECASE,
)


@register
class EmailRecognizer(Recognizer):
    """Finds e-mail addresses, plain and obfuscated.

    Personal data: an e-mail address identifies its owner directly (AVG art. 4(1));
    in step 1 no contact details of youths or parents may be shared.
    False positives: very low for the plain form; the obfuscated form needs an
    "at"/"apenstaartje" marker and a known top-level domain.
    """

    name = "email"
    types = (PiiType.EMAIL,)
    order = 10

    def find(self, doc: Doc, found: Sequence[Finding]) -> Iterator[Finding]:
        text = text_of(doc)
        spans: list[Finding] = []
        if "@" in text:
            for m in _EMAIL.finditer(text):
                spans.append(self.finding(PiiType.EMAIL, m.start(), m.end()))
        low = text.lower()
        if any(k in low for k in ("at", "apenstaartje", "apestaart", "@")):
            for m in _OBFUSCATED.finditer(text):
                if not overlaps(spans, m.start(), m.end()):
                    spans.append(self.finding(PiiType.EMAIL, m.start(), m.end()))
        yield from spans
