"""Every recognizer is registered, documented and types what it finds."""

from __future__ import annotations

from nlp.gate import PrivacyGate


def test_all_recognizers_loaded_and_documented(gate: PrivacyGate) -> None:
    names = {r.name for r in gate.recognizers}
    assert {
        "phone",
        "email",
        "bsn",
        "iban",
        "address",
        "plate",
        "person",
        "date_of_birth",
        "handle",
        "special_category",
    } <= names
    for rec in gate.recognizers:
        doc = type(rec).__doc__ or ""
        assert "Personal data" in doc and "False positives" in doc, rec.name
        assert rec.types, rec.name
