"""Special categories of personal data about an identifiable person."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from spacy.tokens import Doc

from nlp.lexicon import DATA_DIR
from nlp.recognizers.base import Recognizer, Resources, register, text_of
from nlp.types import Finding, PiiType

# Findings that make a person identifiable in the same message.
IDENTIFYING = frozenset(
    {
        PiiType.PERSON,
        PiiType.PHONE,
        PiiType.EMAIL,
        PiiType.BSN,
        PiiType.IBAN,
        PiiType.ADDRESS,
        PiiType.PLATE,
        PiiType.DATE_OF_BIRTH,
        PiiType.HANDLE,
    }
)


def _load_terms(path: Path) -> re.Pattern[str]:
    alts: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "\t" not in line:
            continue
        term = line.split("\t", 1)[1].strip().lower()
        if term.endswith("*"):
            alts.append(re.escape(term[:-1]) + r"\w*")
        else:
            alts.append(re.escape(term).replace(r"\ ", r"\s+"))
    alts.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)


@register
class SpecialCategoryRecognizer(Recognizer):
    """Finds health, religion, ethnicity, sexual orientation and criminal-record terms
    ("ADHD", "moslim", "Marokkaanse", "strafblad", "enkelband") in messages that also
    identify a person (a name, handle, phone, address, ...).

    Personal data: special categories (AVG art. 9) and criminal data (art. 10) need a
    specific legal ground; in step 1 they may never travel with a name. The gate
    blocks such messages (reason ``high_risk:SPECIAL_CATEGORY``). Group-level use
    ("groep Marokkaanse jongens") is not flagged: there is no identifiable person.
    False positives: ambiguous words ("turk", "pools", "homo" as slur) are flagged
    whenever a person is identifiable too; acceptable because the result is a block
    with a request to rephrase, never a leak.
    """

    name = "special_category"
    types = (PiiType.SPECIAL_CATEGORY,)
    order = 200

    def __init__(self, resources: Resources) -> None:
        super().__init__(resources)
        self._terms = _load_terms(DATA_DIR / "special_terms.txt")

    def find(self, doc: Doc, found: Sequence[Finding]) -> Iterator[Finding]:
        if not any(f.type in IDENTIFYING for f in found):
            return
        for m in self._terms.finditer(text_of(doc)):
            yield self.finding(PiiType.SPECIAL_CATEGORY, m.start(), m.end())
