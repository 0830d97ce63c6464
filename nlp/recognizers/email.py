"""E-mail addresses, including the usual obfuscations ("naam [at] gmail [punt] com")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from nlp.lexicon import TOWN, Lexicon
from nlp.recognizers.base import Recognizer, overlaps, register, text_of
from nlp.types import Finding, PiiType

_EMAIL = re.compile(r"(?<![\w.+-])[^\W_][\w.%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_OBFUSCATED = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*"
    # a local part dictated in words: "lotte streepje jansen"
    r"(?:\s+(?:streepje|punt|underscore|liggend\s+streepje)\s+[A-Za-z0-9._%+-]+)*\s*"
    r"(?:\[at\]|\(at\)|\{at\}|\[@\]|\(@\)|\[apenstaart(?:je)?\]|\(apenstaart(?:je)?\)|"
    r"\(at-?teken\)|\[at-?teken\]|\[a\]|\(a\)|"
    r"\s(?:at|apenstaartje|apestaart|apenstaart)\s)\s*"
    r"[A-Za-z0-9-]+\s*(?:\.|\[dot\]|\(dot\)|\[punt\]|\(punt\)|\[\.\]|\(\.\)|\s(?:dot|punt)\s)\s*"
    r"(?:com|nl|net|org|be|eu|info|live|me)\b",
    re.IGNORECASE,
)

# A typo in the domain: a comma or a space for the last dot, or no top-level domain at
# all after a mail provider ("naam@gmail,com", "naam@hotmail nl", "naam@outlook").
_SLOPPY = re.compile(
    r"(?<![\w.+-])[^\W_][\w.%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
    r"(?:\s?,\s?|\s)(?:com|nl|net|org|be|eu|info|live|me|de|fr)\b"
    r"|(?<![\w.+-])[^\W_][\w.%+-]*@(?:gmail|hotmail|outlook|live|icloud|yahoo|ziggo|kpnmail|"
    r"planet|xs4all|telenet|msn|home|caiway|online|quicknet|protonmail|proton)\b(?![.@])",
    re.IGNORECASE,
)

# Spaces around the "@" and the dots, as dictated or typed on a phone: "naam @
# provider . nl". A known top-level domain is required, so "snap @lisa.jansen" (a
# handle after a platform word) is not taken.
_SPACED = re.compile(
    r"(?<![\w.+-])[^\W_][\w.%+-]*(?:\s+@\s*|@\s+)[A-Za-z0-9-]+"
    r"(?:\s*\.\s*[A-Za-z0-9-]+)*?\s*\.\s*(?:com|nl|net|org|be|eu|info|live|me|de|fr)\b"
    r"(?!\s?\.\s?\w)",
    re.IGNORECASE,
)
# "account @ede.op.de.kaart" is a handle: the spaced form needs a space right after
# the "@" or around a dot of the domain.
_SPACE_IN_DOMAIN = re.compile(r"@\s|\s\.|\.\s")

# Functional mailboxes of an organisation ("info@", "jongerenwerk@", "meldpunt@") are
# no one's personal data: the whole local part is made of these words.
_ROLE_PARTS = frozenset(
    {
        "info", "contact", "team", "teammailbox", "secretariaat", "receptie", "administratie",
        "meldpunt", "meldingen", "melding", "klantenservice", "service", "support", "noreply",
        "no", "reply", "helpdesk", "wijkteam", "handhaving", "jongerenwerk", "leerplicht",
        "servicepunt", "balie", "office", "algemeen", "directie", "redactie", "pers",
        "communicatie", "klachten", "vragen", "veiligheid", "jeugd", "buurtpreventie",
        "wijkagent", "politie", "gemeente", "school", "mailbox", "privacy", "fg", "avg",
        "functionaris", "gegevensbescherming", "security", "beveiliging", "postmaster",
        "overlast", "toernooi", "aanmelden", "aanmeldingen", "inloop", "activiteiten", "events",
    }
)  # fmt: skip


# Domain parts that name an organisation, whatever name-like prefix they have.
_ORG_WORDS = (
    "jongerenwerk", "veiligheidsregio", "gemeente", "politie", "wijkteam", "stichting",
    "buurthuis", "welzijn", "jeugdzorg", "school", "college", "lyceum", "scholengemeenschap",
)  # fmt: skip


def _role_mailbox(address: str, lex: Lexicon) -> bool:
    """A functional mailbox whose domain names no person ("info@smitverhuur.nl" of a
    one-man business does: the owner's name is in it)."""
    local, _, domain = address.lower().partition("@")
    parts = [p for p in re.split(r"[._+-]+", local) if p]
    if not parts or not all(p in _ROLE_PARTS for p in parts):
        return False
    for token in re.split(r"[.-]+", domain)[:-1]:
        # a town ("@zwolle.nl", "@leiden.nl") or another place that is no common name
        place = bool(lex.places.get(token, 0) & TOWN) or (
            token in lex.places
            and max(lex.surnames.get(token, 0), lex.first_names.get(token, 0)) < 200
        )
        if token in _ROLE_PARTS or token.startswith(_ORG_WORDS) or place:
            continue  # "jongerenwerk-…", "veiligheidsregio-…", "-westerkwartier": no person
        for n in range(4, len(token) + 1):
            head = token[:n]
            if lex.surnames.get(head, 0) >= 200 or lex.first_names.get(head, 0) >= 200:
                return False
    return True


@register
class EmailRecognizer(Recognizer):
    """Finds e-mail addresses, plain and obfuscated.

    Personal data: an e-mail address identifies its owner directly (AVG art. 4(1));
    in step 1 no contact details of youths or parents may be shared.
    False positives: very low for the plain form; the obfuscated form needs an
    "at"/"apenstaartje" marker and a known top-level domain; so does an address
    typed with spaces around "@" and the dots ("naam @ provider . nl"); a mistyped domain
    ("naam@gmail,com", "naam@hotmail") counts as well. An organisation's
    functional mailbox ("info@", "meldpunt@") is left alone: it names no person.
    """

    name = "email"
    types = (PiiType.EMAIL,)
    order = 10

    def find(self, doc: Doc, found: Sequence[Finding]) -> Iterator[Finding]:
        text = text_of(doc)
        spans: list[Finding] = []
        if "@" in text:
            for m in _EMAIL.finditer(text):
                if _role_mailbox(m.group(), self.resources.lexicon):
                    continue
                spans.append(self.finding(PiiType.EMAIL, m.start(), m.end()))
            if " @" in text or "@ " in text:
                for m in _SPACED.finditer(text):
                    if _SPACE_IN_DOMAIN.search(m.group()) is None:
                        continue
                    if not overlaps(spans, m.start(), m.end()) and not _role_mailbox(
                        re.sub(r"\s+", "", m.group()), self.resources.lexicon
                    ):
                        spans.append(self.finding(PiiType.EMAIL, m.start(), m.end()))
            for m in _SLOPPY.finditer(text):
                if not overlaps(spans, m.start(), m.end()) and not _role_mailbox(
                    m.group(), self.resources.lexicon
                ):
                    spans.append(self.finding(PiiType.EMAIL, m.start(), m.end()))
        low = text.lower()
        if any(k in low for k in ("at", "apenstaart", "apestaart", "@", "[a]", "(a)")):
            for m in _OBFUSCATED.finditer(text):
                if not overlaps(spans, m.start(), m.end()):
                    spans.append(self.finding(PiiType.EMAIL, m.start(), m.end()))
        yield from spans
