"""Multi-label behaviour categories from the category lexicons, with negation.

All terms of all categories are compiled into one alternation (longest fragments
first) so a message is scanned once. A hit is dropped when a negator governs it in the
same clause: "geen alcohol gezien", "geen drugs of alcohol", "niks op snap", "op snap
stil". Weak terms ("hangen", "leerplicht") only count when nothing else was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.understanding.categories import ALL, Category

_NEGATORS = frozenset({"geen", "niet", "niks", "niets", "nooit", "gn", "nergens", "noch"})
_POST_NEGATORS = frozenset({"niet", "stil", "nee", "niks", "niets"})
_CLAUSE_BREAK = re.compile(r"[.;:!?\n()]|,|\b(?:maar|wel|behalve|alleen)\b")
_WORD = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True, slots=True)
class _Rule:
    categories: tuple[str, ...]
    weak: bool
    condition: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class Hit:
    """One category term found in the text."""

    category: str
    start: int
    end: int
    weak: bool


class BehaviourMatcher:
    """Finds behaviour categories in folded text."""

    def __init__(self, categories: tuple[Category, ...] = ALL) -> None:
        by_fragment: dict[tuple[str, bool, str | None], list[str]] = {}
        for cat in categories:
            for term in cat.terms:
                by_fragment.setdefault((term, False, None), []).append(cat.name)
            for term in cat.weak_terms:
                by_fragment.setdefault((term, True, None), []).append(cat.name)
            for term, cond in cat.conditional_terms:
                by_fragment.setdefault((term, False, cond), []).append(cat.name)
        ordered = sorted(by_fragment.items(), key=lambda kv: -len(kv[0][0]))
        parts: list[str] = []
        self._rules: dict[str, _Rule] = {}
        for i, ((frag, weak, cond), names) in enumerate(ordered):
            group = f"t{i}"
            parts.append(f"(?P<{group}>{frag})")
            self._rules[group] = _Rule(
                tuple(dict.fromkeys(names)), weak, re.compile(cond) if cond else None
            )
        self._regex = re.compile(r"(?<![a-z0-9])(?:" + "|".join(parts) + ")")
        self.order = tuple(c.name for c in categories)

    def hits(self, low: str) -> list[Hit]:
        """Every non-negated term hit, in text order."""
        out: list[Hit] = []
        for m in self._regex.finditer(low):
            group = m.lastgroup
            if group is None:
                continue
            rule = self._rules[group]
            if rule.condition is not None and rule.condition.search(low) is None:
                continue
            if _negated(low, m.start(), m.end()):
                continue
            for name in rule.categories:
                out.append(Hit(name, m.start(), m.end(), rule.weak))
        return out

    def categories(self, low: str) -> tuple[str, ...]:
        """Category names found, in registry order."""
        hits = self.hits(low)
        strong = {h.category for h in hits if not h.weak}
        found = strong if strong else {h.category for h in hits}
        return tuple(n for n in self.order if n in found)


def _negated(low: str, start: int, end: int) -> bool:
    before = low[max(0, start - 48) : start]
    cut = None
    for cut in _CLAUSE_BREAK.finditer(before):
        pass
    if cut is not None:
        before = before[cut.end() :]
    words = _WORD.findall(before)[-4:]
    if any(w in _NEGATORS for w in words):
        return True
    if words and words[-1] == "zonder":
        return True
    after = low[end : end + 24]
    brk = _CLAUSE_BREAK.search(after)
    if brk is not None:
        after = after[: brk.start()]
    return any(w in _POST_NEGATORS for w in _WORD.findall(after)[:2])
