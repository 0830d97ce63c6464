"""Behaviour of the gate: verdicts, policies, offsets, normalisation, no leaks."""

from __future__ import annotations

import pytest

from nlp.gate import PrivacyGate, merge_findings
from nlp.normalize import deleet, normalize
from nlp.policy import GateMode, GatePolicy
from nlp.types import Finding, PiiType, Verdict


def test_clean_message_passes_unchanged(gate: PrivacyGate) -> None:
    text = "Groepje van 8 jongeren bij de JOP Wilhelminapark, blowen en harde muziek, 22.30u"
    res = gate.scrub(text)
    assert res.verdict is Verdict.PASS
    assert res.text == text
    assert res.findings == ()


def test_redaction_replaces_with_dutch_placeholders(gate: PrivacyGate) -> None:
    res = gate.scrub("Kevin (06-12345678) hangt bij de JOP")
    assert res.verdict is Verdict.REDACTED
    assert res.text == "[naam] ([telefoon]) hangt bij de JOP"


def test_offsets_point_into_original_text(gate: PrivacyGate) -> None:
    text = "Zaandam: K e v i n\u200b (06-12345678) weer daar"
    res = gate.scrub(text)
    spans = {f.type: text[f.start : f.end].replace("\u200b", "") for f in res.findings}
    assert spans[PiiType.PERSON] == "K e v i n"
    assert spans[PiiType.PHONE] == "06-12345678"


def test_high_risk_blocks_by_default(gate: PrivacyGate) -> None:
    res = gate.scrub("bsn 111222333 hoort bij die jongen")
    assert res.verdict is Verdict.BLOCKED
    assert res.text is None
    assert res.reasons == ("high_risk:BSN",)


def test_block_types_are_configurable(gate: PrivacyGate) -> None:
    pol = GatePolicy(block_types=frozenset())
    res = gate.scrub("bsn 111222333 hoort bij die jongen", policy=pol)
    assert res.verdict is Verdict.REDACTED
    assert res.text == "bsn [bsn] hoort bij die jongen"


def test_block_mode_blocks_any_finding(gate: PrivacyGate) -> None:
    pol = GatePolicy(mode=GateMode.BLOCK)
    res = gate.scrub("Kevin was er weer", policy=pol)
    assert res.verdict is Verdict.BLOCKED
    assert "policy:block" in res.reasons
    assert gate.scrub("10 jongens bij de JOP", policy=pol).verdict is Verdict.PASS


def test_special_category_with_person_blocks(gate: PrivacyGate) -> None:
    res = gate.scrub("Kevin heeft een strafblad en hangt bij de JOP")
    assert res.verdict is Verdict.BLOCKED
    assert "high_risk:SPECIAL_CATEGORY" in res.reasons


def test_special_category_at_group_level_passes(gate: PrivacyGate) -> None:
    res = gate.scrub("groep Marokkaanse en Turkse jongens bij het plein, ca 15")
    assert res.verdict is Verdict.PASS


def test_unsure_address_blocks(gate: PrivacyGate) -> None:
    res = gate.scrub("die jongen woont op nummer 14, de ouders weten het")
    assert res.verdict is Verdict.BLOCKED
    assert "unsure:ADDRESS" in res.reasons


def test_repr_never_contains_text(gate: PrivacyGate) -> None:
    res = gate.scrub("Kevin Jansen 06-12345678")
    assert "Kevin" not in repr(res)
    assert "12345678" not in repr(res)


def test_empty_and_whitespace(gate: PrivacyGate) -> None:
    assert gate.scrub("").verdict is Verdict.PASS
    assert gate.scrub("   \n").verdict is Verdict.PASS


def test_merge_findings_takes_union_and_rank() -> None:
    merged = merge_findings(
        [
            Finding(PiiType.PERSON, 0, 5),
            Finding(PiiType.HANDLE, 3, 10),
            Finding(PiiType.PHONE, 20, 30),
        ]
    )
    assert [(f.type, f.start, f.end) for f in merged] == [
        (PiiType.HANDLE, 0, 10),
        (PiiType.PHONE, 20, 30),
    ]


def test_merge_keeps_special_category_inside_a_name() -> None:
    merged = merge_findings(
        [
            Finding(PiiType.PERSON, 0, 10),
            Finding(PiiType.SPECIAL_CATEGORY, 3, 10),
            Finding(PiiType.PHONE, 20, 30),
        ]
    )
    assert [(f.type, f.start, f.end) for f in merged] == [
        (PiiType.PERSON, 0, 10),
        (PiiType.SPECIAL_CATEGORY, 3, 10),
        (PiiType.PHONE, 20, 30),
    ]


def test_recognizer_does_not_see_its_own_findings(gate: PrivacyGate) -> None:
    # the word "Kleine" alone is an (unsure) name hit; the quoted nickname around
    # it must still be found as a whole, not skipped as "already found"
    text = "de aanvoerder is 'Kleine Moes' zegt men"
    res = gate.scrub(text)
    assert res.verdict is Verdict.REDACTED
    assert res.text == "de aanvoerder is '[naam]' zegt men"


def test_normalize_maps_back() -> None:
    n = normalize("a\u200bb К e v i n")
    assert n.text == "ab Kevin"
    s, e = n.to_source(3, 8)
    assert "a\u200bb К e v i n"[s:e] == "К e v i n"
    assert deleet("kev1n") == "kevin"


def test_html_formatted_body_is_read_as_text(gate: PrivacyGate) -> None:
    html = "<p><b>Ke</b>vin</p><p>tel 06-12345678 &amp; meer</p>"
    res = gate.scrub(html)
    assert res.verdict is Verdict.REDACTED
    assert res.text == "<p><b>[naam]</p><p>tel [telefoon] &amp; meer</p>"


def test_overlong_text_is_blocked_unread(gate: PrivacyGate) -> None:
    res = gate.scrub("10 jongens bij de JOP. " * 1000)
    assert res.verdict is Verdict.BLOCKED
    assert res.reasons == ("too_long",)


def test_missing_word_list_package_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    import nlp.lexicon as lexicon

    real = lexicon._package_dir
    monkeypatch.setattr(
        lexicon, "_package_dir", lambda name: None if name == "spellchecker" else real(name)
    )
    monkeypatch.delenv("SIGNAALBOT_ALLOW_PARTIAL_LEXICON", raising=False)
    with pytest.raises(lexicon.LexiconError, match="pyspellchecker"):
        lexicon.load_lexicon()
