"""The privacy gate: find personal data in a step-1 signal, strip it or block it.

Usage::

    gate = PrivacyGate(known_places=["Wilhelminapark", "JOP Overvecht"])
    result = gate.scrub("Kevin (06-12345678) hangt bij de JOP")
    result.verdict   # Verdict.REDACTED
    result.text      # "[naam] ([telefoon]) hangt bij de JOP"

Per message: normalise evasion tricks (``nlp.normalize``), build one spaCy ``Doc``
(``nlp.pipeline``: words + place protection), run every registered recognizer
(``nlp.recognizers``), merge overlapping findings, map offsets back to the input,
then decide: ``pass`` (nothing found), ``redacted`` (confident findings replaced by
Dutch placeholders) or ``blocked`` (a high-risk type, a block-always policy, or an
unsure finding). Findings never carry the matched text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from nlp.lexicon import Lexicon, shared_lexicon
from nlp.normalize import normalize
from nlp.pipeline import NORM_TEXT, build_pipeline
from nlp.places import PlaceTagger
from nlp.policy import GateMode, GatePolicy
from nlp.recognizers import Recognizer, Resources, load_recognizers
from nlp.types import Finding, GateResult, PiiType, Verdict

__all__ = ["PrivacyGate", "shared_lexicon"]

# When overlapping findings merge, the merged span takes the type ranked first here.
_TYPE_RANK: dict[PiiType, int] = {
    t: i
    for i, t in enumerate(
        (
            PiiType.BSN,
            PiiType.IBAN,
            PiiType.DATE_OF_BIRTH,
            PiiType.EMAIL,
            PiiType.PHONE,
            PiiType.HANDLE,
            PiiType.PLATE,
            PiiType.ADDRESS,
            PiiType.PERSON,
            PiiType.SPECIAL_CATEGORY,
        )
    )
}

# Longer texts are refused (blocked, reason "too_long") instead of scanned: a step-1
# signal is a few sentences, and scanning cost grows with findings x length.
MAX_CHARS = 10_000


def merge_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Merge overlapping or touching-inside spans into one finding per region.

    The merged finding covers the union, takes the highest-ranked type, and is
    confident when any confident finding of that type covers it. Unsure findings that
    lie entirely inside a confident one are dropped first. Special-category findings
    are merged only among themselves, so one that overlaps a name ("de Turk" as a
    nickname) is still reported (and still blocks the message).
    """
    items = list(findings)
    special = [f for f in items if f.type is PiiType.SPECIAL_CATEGORY]
    if not special or len(special) == len(items):
        return _merge(items)
    others = [f for f in items if f.type is not PiiType.SPECIAL_CATEGORY]
    return sorted(_merge(others) + _merge(special), key=lambda f: (f.start, -f.end))


def _merge(findings: Iterable[Finding]) -> list[Finding]:
    items = sorted(findings, key=lambda f: (f.start, -f.end))
    confident = [f for f in items if f.confident]
    kept = [
        f
        for f in items
        if f.confident or not any(c.start <= f.start and f.end <= c.end for c in confident)
    ]
    merged: list[Finding] = []
    group: list[Finding] = []
    group_end = -1
    for f in kept:
        if group and f.start < group_end:
            group.append(f)
            group_end = max(group_end, f.end)
            continue
        if group:
            merged.append(_merge_group(group))
        group = [f]
        group_end = f.end
    if group:
        merged.append(_merge_group(group))
    return merged


def _merge_group(group: Sequence[Finding]) -> Finding:
    if len(group) == 1:
        return group[0]
    best = min(group, key=lambda f: (_TYPE_RANK[f.type], not f.confident))
    start = min(f.start for f in group)
    end = max(f.end for f in group)
    confident = any(f.confident for f in group if f.type is best.type)
    return Finding(
        type=best.type, start=start, end=end, recognizer=best.recognizer, confident=confident
    )


class PrivacyGate:
    """Finds Dutch personal data and decides pass / redacted / blocked.

    Construct once and reuse: construction loads the word lists (cached on disk
    after the first run) and builds the spaCy pipeline. ``scrub`` is thread-safe for
    concurrent callers as long as nobody mutates the gate. Texts longer than
    ``MAX_CHARS`` are blocked unread (reason ``too_long``).
    """

    def __init__(
        self,
        policy: GatePolicy = GatePolicy(),  # noqa: B008 - frozen, immutable default
        known_places: Sequence[str] = (),
        *,
        lexicon: Lexicon | None = None,
    ) -> None:
        self.policy = policy
        self.lexicon = lexicon if lexicon is not None else shared_lexicon()
        self.known_places = tuple(known_places)
        self._tagger = PlaceTagger(self.lexicon, self.known_places)
        self._nlp: Any = build_pipeline(self._tagger)
        self._pipes: list[tuple[str, Any]] = list(self._nlp.pipeline)
        self.recognizers: list[Recognizer] = load_recognizers(Resources(self.lexicon))

    def find(self, text: str) -> list[Finding]:
        """All findings (merged, offsets into ``text``), before any policy decision."""
        if not text or not text.strip():
            return []
        norm = normalize(text)
        # Run the pipeline's components directly: Language.__call__ adds error
        # handling and bookkeeping we do not need per message.
        doc = self._nlp.make_doc(norm.text)
        doc.user_data[NORM_TEXT] = norm.text
        for _name, proc in self._pipes:
            doc = proc(doc)
        found: list[Finding] = []
        for rec in self.recognizers:
            # a recognizer sees the findings of the ones before it, not its own
            found.extend([f for f in rec.find(doc, found) if f.end > f.start])
        out: list[Finding] = []
        for f in merge_findings(found):
            s, e = norm.to_source(f.start, f.end)
            # never start or end a span on whitespace
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append(
                    Finding(
                        type=f.type, start=s, end=e, recognizer=f.recognizer, confident=f.confident
                    )
                )
        return merge_findings(out)

    def scrub(self, text: str, *, policy: GatePolicy | None = None) -> GateResult:
        """Decide what may be shared of ``text`` under ``policy`` (default: the gate's)."""
        pol = policy if policy is not None else self.policy
        if len(text) > MAX_CHARS:
            return GateResult(
                verdict=Verdict.BLOCKED, text=None, findings=(), reasons=("too_long",)
            )
        findings = tuple(self.find(text))
        if not findings:
            return GateResult(verdict=Verdict.PASS, text=text, findings=(), reasons=())
        reasons: list[str] = []
        for t in PiiType:
            of_type = [f for f in findings if f.type is t]
            if not of_type:
                continue
            if t in pol.block_types or t is PiiType.SPECIAL_CATEGORY:
                # special categories are only reported next to an identifiable person
                # and never pass with one (AVG art. 9/10)
                reasons.append(f"high_risk:{t.value}")
            if any(not f.confident for f in of_type):
                reasons.append(f"unsure:{t.value}")
        if pol.mode is GateMode.BLOCK:
            reasons.append("policy:block")
        if reasons:
            return GateResult(
                verdict=Verdict.BLOCKED, text=None, findings=findings, reasons=tuple(reasons)
            )
        return GateResult(
            verdict=Verdict.REDACTED, text=redact(text, findings), findings=findings, reasons=()
        )


def redact(text: str, findings: Sequence[Finding]) -> str:
    """Replace each finding's span in ``text`` by its type's placeholder."""
    parts: list[str] = []
    pos = 0
    for f in sorted(findings, key=lambda f: f.start):
        if f.start < pos:
            continue
        parts.append(text[pos : f.start])
        parts.append(f.type.placeholder)
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)
