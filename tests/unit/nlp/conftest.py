"""Shared fixtures for the privacy-gate tests (all texts are invented)."""

from __future__ import annotations

import pytest

from nlp.gate import PrivacyGate
from nlp.types import PiiType


@pytest.fixture(scope="session")
def gate() -> PrivacyGate:
    return PrivacyGate()


def covered_types(gate: PrivacyGate, text: str, part: str) -> set[PiiType]:
    """Types of the findings that cover every character of ``part`` in ``text``."""
    start = text.index(part)
    end = start + len(part)
    out: set[PiiType] = set()
    for f in gate.find(text):
        if f.start <= start and end <= f.end:
            out.add(f.type)
    return out


def found_types(gate: PrivacyGate, text: str) -> set[PiiType]:
    return {f.type for f in gate.find(text)}
