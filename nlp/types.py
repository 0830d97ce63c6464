"""Types shared by the privacy gate and everything that consumes its result.

A ``Finding`` never carries the matched text: only its type and offsets. That keeps
personal data out of reprs, logs, exceptions and test output by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class PiiType(StrEnum):
    """Kinds of personal data the gate looks for (step 1: group level only)."""

    PERSON = "PERSON"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    BSN = "BSN"
    IBAN = "IBAN"
    ADDRESS = "ADDRESS"
    PLATE = "PLATE"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    HANDLE = "HANDLE"
    SPECIAL_CATEGORY = "SPECIAL_CATEGORY"

    @property
    def label_nl(self) -> str:
        """How the bot names this kind of data to users."""
        return _LABELS[self][0]

    @property
    def placeholder(self) -> str:
        """What replaces a finding in the shared text."""
        return _LABELS[self][1]


_LABELS: dict[PiiType, tuple[str, str]] = {
    PiiType.PERSON: ("naam", "[naam]"),
    PiiType.PHONE: ("telefoonnummer", "[telefoon]"),
    PiiType.EMAIL: ("e-mailadres", "[e-mail]"),
    PiiType.BSN: ("BSN", "[bsn]"),
    PiiType.IBAN: ("rekeningnummer", "[rekeningnummer]"),
    PiiType.ADDRESS: ("adres", "[adres]"),
    PiiType.PLATE: ("kenteken", "[kenteken]"),
    PiiType.DATE_OF_BIRTH: ("geboortedatum", "[geboortedatum]"),
    PiiType.HANDLE: ("social-media-account", "[account]"),
    PiiType.SPECIAL_CATEGORY: ("gevoelig persoonsgegeven", "[gevoelig]"),
}


class Verdict(StrEnum):
    PASS = "pass"
    REDACTED = "redacted"
    BLOCKED = "blocked"


@dataclass(frozen=True, slots=True)
class Finding:
    """One span of personal data: offsets into the text the gate was given."""

    type: PiiType
    start: int
    end: int
    recognizer: str = ""
    # False when the gate is not sure the span is personal data; unsure findings
    # make the message blocked instead of redacted.
    confident: bool = True


@dataclass(frozen=True, slots=True)
class GateResult:
    """The gate's decision for one text."""

    verdict: Verdict
    # The sanitized text; None when blocked (nothing may be shared).
    text: str | None = field(repr=False)
    findings: tuple[Finding, ...] = ()
    # Machine-readable reasons for a block, e.g. "high_risk:BSN", "unsure:PERSON".
    reasons: tuple[str, ...] = ()

    @property
    def types(self) -> tuple[PiiType, ...]:
        """The distinct kinds found, in a stable order."""
        return tuple(t for t in PiiType if any(f.type is t for f in self.findings))

    def labels_nl(self) -> str:
        """Dutch list of the kinds found, e.g. "telefoonnummer, naam"."""
        return ", ".join(t.label_nl for t in self.types)
