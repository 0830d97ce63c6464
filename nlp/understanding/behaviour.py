"""Multi-label behaviour categories from the category lexicons, with negation.

Each category's terms form one alternation (longest fragments first), and at every word
start each category that has a term beginning with those two characters is tried, so
categories never hide each other ("lachgas verkopen" is lachgas and drugs) and a long
term does not swallow a short one inside it ("gooien ... klappers naar de tram"). Terms
that can begin with any character (``\\w*diefstal``) are searched separately, only when
their fixed part occurs in the message. A hit is dropped when a negator governs it in
the same clause: "geen alcohol gezien", "geen drugs of alcohol", "niks op snap", "op snap
stil", "Brand? Nee, ...", "niemand gewond", "0 vechtpartijen". A hit that starts a word
ending like a street, square or district is a place name, not behaviour ("Scheldekwartier",
"Muziekplein", "Vechtstraat"). Weak terms ("hangen", "leerplicht") only count when nothing
else was found, and school absence ("leerplicht", "spijbelen") then describes the
situation better than "hangen".
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

_NEGATORS = frozenset(
    {"geen", "niet", "niks", "niets", "nooit", "gn", "nergens", "noch", "niemand", "no"}
)
# A count of zero right before the hit: "0 vechtpartijen", "nul meldingen".
_ZERO = frozenset({"0", "nul"})
_POST_NEGATORS = frozenset({"niet", "stil", "nee", "niks", "niets"})
_RETRACTED = re.compile(r"\?\s*(?:nee|neen|nope)\b")
# Terms are dispatched on up to _K leading characters (longer keys try fewer terms per
# word but make many more small patterns, which measured slower over whole messages); a
# term whose set of prefixes would grow beyond _MAX_PREFIXES keeps shorter ones.
_K = 3
_MAX_PREFIXES = 400
_SPACE = re.compile(r"\s")
# Resolved dispatch keys kept (distinct word starts of _K characters).
_MAX_KEYS = 200_000


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


_Dispatch = tuple[re.Pattern[str] | None, tuple[tuple[str, re.Pattern[str]], ...]]


@dataclass(frozen=True, slots=True)
class _Term:
    index: int  # global order: longest fragment first
    fragment: str
    rule: _Rule
    prefixes: frozenset[str] | None  # starts of up to _K characters; None: any


class BehaviourMatcher:
    """Finds behaviour categories in folded text."""

    def __init__(self, categories: tuple[Category, ...] = ALL) -> None:
        raw: list[tuple[str, str, bool, str | None]] = []
        for cat in categories:
            raw.extend((cat.name, t, False, None) for t in cat.terms)
            raw.extend((cat.name, t, True, None) for t in cat.weak_terms)
            raw.extend((cat.name, t, False, c) for t, c in cat.conditional_terms)
        raw.sort(key=lambda r: -len(r[1]))
        conditions: dict[str, re.Pattern[str]] = {}
        by_cat: dict[str, list[_Term]] = {}
        for i, (name, frag, weak, cond) in enumerate(raw):
            condition = conditions.setdefault(cond, re.compile(cond)) if cond else None
            rule = _Rule((name,), weak, condition)
            by_cat.setdefault(name, []).append(_Term(i, frag, rule, prefixes(frag)))
        self._rules: dict[str, _Rule] = {}
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._infix: list[tuple[str | None, re.Pattern[str]]] = []
        # Dispatch on the first characters of a word (up to _K, spaces as " "): every
        # key that begins some term's prefix maps to the terms whose prefix begins the
        # key, one alternation per category. Alternations are compiled on first use.
        with_prefix: list[tuple[_Term, str]] = []
        for terms in by_cat.values():
            for t in terms:
                if t.prefixes is None:
                    regex = self._alternation([t], lead=True)
                    self._infix.append((_fixed_part(t.fragment), regex))
                else:
                    with_prefix.extend((t, p) for p in t.prefixes)
        by_prefix: dict[str, list[_Term]] = {}
        for t, p in with_prefix:
            by_prefix.setdefault(p, []).append(t)
        keys = {p[:n] for p in by_prefix for n in range(1, len(p) + 1)}
        table: dict[str, list[list[_Term]]] = {}
        order = {name: k for k, name in enumerate(by_cat)}
        for key in keys:
            groups: dict[str, list[_Term]] = {}
            for n in range(1, len(key) + 1):
                for t in by_prefix.get(key[:n], ()):
                    groups.setdefault(t.rule.categories[0], []).append(t)
            table[key] = [groups[c] for c in sorted(groups, key=order.__getitem__)]
        self._table = table
        self._dispatch: dict[str, _Dispatch] = {}
        self.order = tuple(c.name for c in categories)

    def _regexes(self, key: str) -> _Dispatch:
        """What to try at a word starting with ``key`` (from its longest head that begins
        a term): one alternation of every category's terms, which settles the usual case
        of no hit in a single call, and each category's own alternation, tried after a
        hit so that one category never hides another. Resolved once per key."""
        found: _Dispatch = (None, ())
        for n in range(len(key), 0, -1):
            groups = self._table.get(key[:n])
            if groups is not None:
                per_cat = tuple((ts[0].rule.categories[0], self._alternation(ts)) for ts in groups)
                if len(per_cat) == 1:
                    found = (per_cat[0][1], ())
                else:
                    found = (self._alternation([t for ts in groups for t in ts]), per_cat)
                break
        if len(self._dispatch) < _MAX_KEYS:
            self._dispatch[key] = found
        return found

    def _alternation(self, terms: list[_Term], lead: bool = False) -> re.Pattern[str]:
        terms = sorted({t.index: t for t in terms}.values(), key=lambda t: t.index)
        key = tuple(t.index for t in terms) + ((-1,) if lead else ())
        regex = self._compiled.get(key)
        if regex is None:
            parts = []
            for t in terms:
                name = f"t{t.index}"
                self._rules[name] = t.rule
                parts.append(f"(?P<{name}>{t.fragment})")
            body = "|".join(parts)
            regex = re.compile(f"(?<![a-z0-9])(?:{body})" if lead else body)
            self._compiled[key] = regex
        return regex

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
            if _in_place_name(low, m.start()):
                continue
            for name in rule.categories:
                out.append(Hit(name, m.start(), m.end(), rule.weak))
        out.sort(key=lambda h: h.start)
        return out

    def _matches(self, low: str) -> list[re.Match[str]]:
        found: list[re.Match[str]] = []
        dispatch, rules = self._dispatch, self._rules
        for start in _STARTS.finditer(low):
            i = start.start()
            if i and low[i - 1] in _ALNUM and low[i] not in _ALNUM:
                continue  # a sign right after a word: "x'"
            key = low[i : i + _K]
            entry = dispatch.get(key)
            if entry is None:
                entry = self._regexes(_SPACE.sub(" ", key))
            combined, per_cat = entry
            if combined is None:
                continue
            m = combined.match(low, i)
            if m is None:
                continue  # no category has a term here
            if m.end() > i:
                found.append(m)
            if per_cat:
                first = rules[m.lastgroup].categories[0] if m.lastgroup else None
                for name, regex in per_cat:
                    if name == first:
                        continue
                    other = regex.match(low, i)
                    if other is not None and other.end() > i:
                        found.append(other)
        for fixed, regex in self._infix:
            if fixed is None or fixed in low:
                found.extend(m for m in regex.finditer(low) if m.end() > m.start())
        return found

    def categories(self, low: str) -> tuple[str, ...]:
        """Category names found, in registry order."""
        hits = self.hits(low)
        if _DENIAL_HINT.search(low) is not None:
            hits = _drop_denied(low, hits)
        strong = {h.category for h in hits if not h.weak}
        if strong:
            found = strong
        else:
            found = {h.category for h in hits}
            if "overig" in found:
                # "Leerplicht: ... hangt bij de McDonald's": the absence is the signal.
                found.discard("overlast")
        return tuple(n for n in self.order if n in found)


# Word starts: runs of letters and digits, and single signs (kept only when no letter or
# digit is right before them); a plain character class is found fast.
_STARTS = re.compile(r"[a-z0-9]+|[^\sa-z0-9.,;:!?()]")
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


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


def prefixes(pattern: str, k: int | None = None) -> frozenset[str] | None:
    """Strings of up to ``k`` characters, one of which every match of ``pattern`` starts
    with (a shorter string: only its characters are fixed); None when a match can start
    with any character."""
    if k is None:
        k = _K
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    found = _prefix_seq(list(parsed), k)
    if found is None:
        return None
    out = frozenset(p for p, _ in found)
    if not out or "" in out:
        return None
    while len(out) > _MAX_PREFIXES and k > 1:
        k -= 1
        out = frozenset(p[:k] for p in out)
    return out


_Pfx = set[tuple[str, bool]]  # (prefix, whether the match may go on after it)


def _prefix_seq(items: list[tuple[Any, Any]], k: int) -> _Pfx | None:
    """Prefixes of a sequence. A prefix marked True ended exactly with the sequence, so
    the caller may extend it; False means it is cut (long enough, or unknown after)."""
    current: _Pfx = {("", True)}
    done: _Pfx = set()
    for op, av in items:
        open_ = {p for p, ext in current if ext}
        done |= {(p, False) for p, ext in current if not ext}
        if not open_:
            current = set()
            break
        alts = _prefix_item(op, av, k)
        if alts is None:
            done |= {(p, False) for p in open_}
            current = set()
            break
        current = set()
        for p in open_:
            for a, ext in alts:
                s = p + a
                if len(s) >= k:
                    current.add((s[:k], False))
                else:
                    current.add((s, ext))
        if len(current) > 4 * _MAX_PREFIXES:
            return None
    return done | current


def _prefix_item(op: Any, av: Any, k: int) -> _Pfx | None:
    if op is sre_c.LITERAL:
        return {(chr(av), True)}
    if op is sre_c.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is sre_c.LITERAL:
                chars.add(chr(a))
            elif o is sre_c.RANGE and a[1] - a[0] < 40:
                chars.update(chr(x) for x in range(a[0], a[1] + 1))
            elif o is sre_c.CATEGORY and a is sre_c.CATEGORY_SPACE:
                chars.add(" ")  # the text's other white space is read as " " too
            else:
                return None
        return {(c, True) for c in chars}
    if op is sre_c.SUBPATTERN:
        return _prefix_seq(list(av[-1]), k)
    if op is sre_c.BRANCH:
        union: _Pfx = set()
        for branch in av[1]:
            sub = _prefix_seq(list(branch), k)
            if sub is None:
                return None
            union |= sub
        return union
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        lo, _hi, item = av
        sub = _prefix_seq(list(item), k)
        if sub is None:
            return {("", True)} if lo == 0 else None
        # Repeats go on: what one repetition gives is cut there (a weaker condition).
        if _hi == 1:  # an optional part: "(?:ge)?blow" starts with "gebl" or "blow"
            return sub | {("", True)} if lo == 0 else sub
        cut = {(p, False) for p, _ in sub}
        return cut | {("", True)} if lo == 0 else cut
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return {("", True)}
    return None


def _fixed_part(pattern: str) -> str | None:
    """The longest run of plain characters at the top level of a pattern ("diefstal" in
    ``\\w*diefstal\\w*``), to skip the search when it does not occur."""
    try:
        parsed = list(sre_parse.parse(pattern))
    except re.error:
        return None
    best = run = ""
    for op, av in parsed:
        if op is sre_c.LITERAL:
            run += chr(av)
            best = max(best, run, key=len)
        else:
            run = ""
    return best if len(best) >= 3 else None


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


# A word that ends like a street, square, district or venue is a place name, not behaviour:
# "Scheldekwartier", "Muziekplein", "Vechtstraat", "Brandweg", "Crackstadion".
_PLACE_ENDINGS = (
    "straat", "plein", "pleintje", "laan", "wijk", "kwartier", "kade", "park", "stadion", "singel",
    "gracht", "dijk", "dreef", "steeg", "hof", "buurt", "weg", "markt", "veld", "tunnel",
    "dal", "college", "lyceum", "school", "haven", "bos", "berg",
)  # fmt: skip
_WORD_END = re.compile(r"[a-z0-9]*")


def _in_place_name(low: str, start: int) -> bool:
    """The hit starts a word that is a place name ("scheldekwartier")."""
    end = _WORD_END.match(low, start).end()  # type: ignore[union-attr]
    if end - start < 8:
        return False
    word = low[start:end]
    return word.endswith(_PLACE_ENDINGS) and not word.endswith(_NOT_PLACE_ENDINGS)


# Behaviour words that happen to end like a place ("drugsweg" is no word, "overlastmarkt"
# neither, but these are): kept.
_NOT_PLACE_ENDINGS = ("vuurwerkmarkt", "drugsmarkt", "drugsbuurt", "speelveld")


def _negated(low: str, start: int, end: int) -> bool:
    """A negator among the four words before the hit in its clause ("geen alcohol",
    "zonder drank"), one of the two words after it ("op snap stil"), or a question
    answered with "nee" ("Brand in de Dirk? Nee, ...")."""
    before = _NEG_TOKEN.findall(low, max(0, start - 48), start)
    for k, t in enumerate(reversed(before[-8:])):
        if t in _BREAKS:
            break
        if t in _NEGATORS or (k == 0 and (t == "zonder" or t in _ZERO)):
            return True
        if k == 3:
            break  # four words back
    for k, m in enumerate(_NEG_TOKEN.finditer(low, end, end + 24)):
        t = m.group()
        if t in _BREAKS:
            return t == "?" and _RETRACTED.match(low, m.start(), end + 24) is not None
        if k < 2 and t in _POST_NEGATORS:
            return True
    return False


# A category denied in so many words: "geen vuurwerk", "maar geen lachgas". Then indirect
# evidence of it ("knallen gehoord", "ballonnen gezien") does not count either.
_DENIED = {
    "vuurwerk": re.compile(r"\bgeen\s+(?:\w+\s+)?vuurwerk\b"),
    "lachgas": re.compile(r"\bgeen\s+(?:\w+\s+)?lachgas\b"),
    "drugs": re.compile(r"\bgeen\s+(?:drugs|wiet|blowen)\b"),
}
# A report taken back: "melding over een vechtpartij ... klopt niet", "'vechtpartij' ...
# bleek een stoeipartij", "na een melding van een mes, niks gevonden".
_RETRACTION = re.compile(
    r"klopt\s+niet|bleek\s+(?:een|niet|geen|loos|vals|het)|(?:niks|niets)\s+gevonden|"
    r"(?:loos|vals)\s+alarm"
)
# Every denial and retraction above contains one of these (a cheap test first).
_DENIAL_HINT = re.compile(r"geen|klopt|bleek|gevonden|alarm")


def _drop_denied(low: str, hits: list[Hit]) -> list[Hit]:
    """Hits of a category the message denies, and hits in the clause that a retraction
    takes back, are dropped."""
    denied = {name for name, rx in _DENIED.items() if "geen" in low and rx.search(low)}
    retracted: list[int] = []
    for r in _RETRACTION.finditer(low):
        retracted.append(r.start())
    out = []
    for h in hits:
        if h.category in denied:
            continue
        if any(0 <= r - h.end <= 80 and not _SENTENCE_END.search(low, h.end, r) for r in retracted):
            continue
        out.append(h)
    return out


_SENTENCE_END = re.compile(r"[.!?\n]\s")
_NEG_TOKEN = re.compile(r"[a-z0-9']+|[.;:!?\n(),]")
# What ends a clause for negation: punctuation and "maar", "wel", "behalve", "alleen".
_BREAKS = frozenset(
    [".", ";", ":", "!", "?", "\n", "(", ")", ",", "maar", "wel", "behalve", "alleen"]
)
