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
    r"(?<![A-Za-z0-9])([A-Za-z]{2}[ .\-]?\d{2}(?:(?:[ .\-]|\r?\n)?[A-Za-z0-9]){11,30})"
    r"(?![A-Za-z0-9])"
)
_NL_SHAPE = re.compile(r"NL\d{2}[A-Z]{4}\d{10}")
# IBAN lengths per country (ISO 13616 registry), to cut the number off where the
# sentence goes on ("LT58 3250 0388 5398 0883 staat in de story").
_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip


_ORG_HOLDER = re.compile(
    r"(?i)\s*,?\s*(?:t\.?\s?n\.?\s?v\.?|ten\s+name\s+van)\s+(?:de\s+)?(?:stichting|gemeente|vereniging|"
    r"fonds|buurthuis|speeltuin|school|kerk|parochie|moskee|sportvereniging|v\.?v\.?|s\.?v\.?|"
    r"wijkraad|bewonerscommissie|jongerenwerk)\b"
)


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
            compact = re.sub(r"[\s.\-]", "", raw).upper()
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
            if _ORG_HOLDER.match(text, end) is not None:
                continue  # "t.n.v. Stichting Speeltuin Oranjepark": an organisation's account
            yield self.finding(PiiType.IBAN, m.start(1), end)
