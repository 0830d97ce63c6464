"""Multi-label behaviour categories from the category lexicons, with negation.

All terms of all categories are compiled into one alternation (longest fragments
first) so a message is scanned once. A hit is dropped when a negator governs it in the
same clause: "geen alcohol gezien", "geen drugs of alcohol", "niks op snap", "op snap
stil". Weak terms ("hangen", "leerplicht") only count when nothing else was found.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import Any

from nlp.understanding.categories import ALL, Category

# The regex parser of the standard library, to see which characters a term can start
# with (its public aliases sre_parse/sre_constants are deprecated).
sre_parse: Any = importlib.import_module("re._parser")
sre_c: Any = importlib.import_module("re._constants")

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
            for term, condition in cat.conditional_terms:
                by_fragment.setdefault((term, False, condition), []).append(cat.name)
        ordered = sorted(by_fragment.items(), key=lambda kv: -len(kv[0][0]))
        parts: list[tuple[int, str, frozenset[str] | None]] = []
        rules: list[_Rule] = []
        for i, ((frag, weak, cond), names) in enumerate(ordered):
            parts.append((i, frag, first_chars(frag)))
            rules.append(
                _Rule(tuple(dict.fromkeys(names)), weak, re.compile(cond) if cond else None)
            )
        self._rules: dict[str, _Rule] = {}

        def group(i: int, frag: str, tag: str) -> str:
            name = f"t{i}_{tag}"
            self._rules[name] = rules[i]
            return f"(?P<{name}>{frag})"

        # One alternation per first character, so a word start only tries the terms that
        # can begin there (Python's re tries alternatives one by one).
        # One alternation per first character, so a word start only tries the terms that
        # can begin there (Python's re tries alternatives one by one).
        chars = sorted(set().union(*(f for _, _, f in parts if f is not None)))
        self._by_first: dict[str, re.Pattern[str]] = {}
        for ch in chars:
            alts = [group(i, p, str(ord(ch))) for i, p, f in parts if f is None or ch in f]
            self._by_first[ch] = re.compile("|".join(alts))
        anys = [group(i, p, "any") for i, p, f in parts if f is None]
        self._any = re.compile("|".join(anys)) if anys else None
        self.order = tuple(c.name for c in categories)

    def hits(self, low: str) -> list[Hit]:
        """Every non-negated term hit, in text order."""
        out: list[Hit] = []
        for m in self._matches(low):
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

    def _matches(self, low: str) -> list[re.Match[str]]:
        found: list[re.Match[str]] = []
        pos = 0
        by_first = self._by_first
        for start in _STARTS.finditer(low):
            i = start.start()
            if i < pos:
                continue
            regex = by_first.get(low[i], self._any)
            if regex is None:
                continue
            m = regex.match(low, i)
            if m is not None and m.end() > i:
                found.append(m)
                pos = m.end()
        return found

    def categories(self, low: str) -> tuple[str, ...]:
        """Category names found, in registry order."""
        hits = self.hits(low)
        strong = {h.category for h in hits if not h.weak}
        found = strong if strong else {h.category for h in hits}
        return tuple(n for n in self.order if n in found)


_STARTS = re.compile(r"(?<![a-z0-9])[^\s.,;:!?()]")


def first_chars(pattern: str) -> frozenset[str] | None:
    """Characters a match of ``pattern`` can start with; None when any character can."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    chars, nullable = _first_seq(list(parsed))
    if chars is None or nullable:
        return None
    return frozenset(chars)


def _first_seq(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is sre_c.LITERAL:
        return {chr(av)}, False
    if op is sre_c.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is sre_c.LITERAL:
                chars.add(chr(a))
            elif o is sre_c.RANGE:
                chars.update(chr(x) for x in range(a[0], a[1] + 1))
            else:
                return None, False
        return chars, False
    if op is sre_c.SUBPATTERN:
        return _first_seq(list(av[-1]))
    if op is sre_c.BRANCH:
        union: set[str] = set()
        any_nullable = False
        for branch in av[1]:
            chars_b, nullable_b = _first_seq(list(branch))
            if chars_b is None:
                return None, False
            union |= chars_b
            any_nullable = any_nullable or nullable_b
        return union, any_nullable
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        lo, _hi, item = av
        chars_r, nullable_r = _first_seq(list(item))
        return chars_r, lo == 0 or nullable_r
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return set(), True
    return None, False


def _negated(low: str, start: int, end: int) -> bool:
    before = low[max(0, start - 48) : start]
    cuts = list(_CLAUSE_BREAK.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
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
