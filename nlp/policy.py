"""What the privacy gate does with what it finds."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from nlp.types import PiiType


class GateMode(StrEnum):
    # Replace confident findings with placeholders; block only high-risk or unsure ones.
    STRIP = "strip"
    # Block every message with any finding (a room's "block-always" policy).
    BLOCK = "block"


DEFAULT_BLOCK_TYPES: frozenset[PiiType] = frozenset(
    {PiiType.BSN, PiiType.IBAN, PiiType.DATE_OF_BIRTH}
)


@dataclass(frozen=True, slots=True)
class GatePolicy:
    mode: GateMode = GateMode.STRIP
    # Finding types that block the whole message even in strip mode.
    block_types: frozenset[PiiType] = field(default=DEFAULT_BLOCK_TYPES)
