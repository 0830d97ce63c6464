"""Bank account numbers (IBAN)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from nlp.recognizers.base import Recognizer, overlaps, register, text_of
from nlp.types import Finding, PiiType

# Two letters, two digits, then 11-30 alphanumerics in groups of up to 4, with
# optional single spaces/dashes/dots between groups, also between the country code
# and the check digits ("NL 84 SNSB 7924 4026 85").
_IBAN = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z]{2}[ .\-]?\d{2}(?:[ .\-]?[A-Za-z0-9]){11,30})(?![A-Za-z0-9])"
)
_NL_SHAPE = re.compile(r"NL\d{2}[A-Z]{4}\d{10}")
_LENGTHS = {
    "NL": 18,
    "BE": 16,
    "DE": 22,
    "FR": 27,
    "GB": 22,
    "ES": 24,
    "IT": 27,
    "PL": 28,
    "TR": 26,
    "LU": 20,
    "AT": 20,
    "CH": 21,
    "PT": 25,
    "IE": 22,
}


def iban_valid(compact: str) -> bool:
    """ISO 13616 mod-97 check on an IBAN without spaces."""
    s = compact.upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    rearranged = s[4:] + s[:4]
    digits = "".join(str(int(c, 36)) for c in rearranged)
    return int(digits) % 97 == 1


@register
class IbanRecognizer(Recognizer):
    """Finds IBANs: valid ones (mod-97) and IBAN-shaped invalid ones (typos still
    identify an account holder; a Dutch-shaped NLkk BANK 0123 4567 89 always counts).

    Personal data: an account number identifies its holder (AVG art. 4(1)); high risk
    (financial), so by default the whole message is blocked.
    False positives: low; needs a country code, check digits and 11+ alphanumerics with
    at least 8 digits.
    """

    name = "iban"
    types = (PiiType.IBAN,)
    order = 20

    def find(self, doc: Doc, found: Sequence[Finding]) -> Iterator[Finding]:
        text = text_of(doc)
        for m in _IBAN.finditer(text):
            raw = m.group(1)
            compact = re.sub(r"[ .\-]", "", raw).upper()
            # trim to the expected length for known countries ("... 64 t.n.v.")
            exp = _LENGTHS.get(compact[:2])
            end = m.end(1)
            if exp is not None and len(compact) > exp:
                # walk the raw match to the char where exp alphanumerics were seen
                seen = 0
                for i, ch in enumerate(raw):
                    if ch.isalnum():
                        seen += 1
                        if seen == exp:
                            end = m.start(1) + i + 1
                            break
                compact = compact[:exp]
                if compact[-1:].isalpha() and not iban_valid(compact):
                    continue
            digits = sum(c.isdigit() for c in compact)
            if digits < 8:
                continue
            valid = iban_valid(compact)
            shaped = bool(_NL_SHAPE.fullmatch(compact)) or (
                exp is not None and len(compact) == exp and compact[:2] in ("NL", "BE", "DE")
            )
            if not (valid or shaped):
                continue
            if overlaps(found, m.start(1), end):
                continue
            yield self.finding(PiiType.IBAN, m.start(1), end)
