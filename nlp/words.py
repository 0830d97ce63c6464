"""Word segmentation shared by the place tagger and the person recognizer.

spaCy's tokens keep things like "HT-407-Z." or "k.e.v.i.n.010" whole, which is what
the pattern recognizers want; names and places are easier to match on plain
alphanumeric runs ("Al-Hussein" -> "Al", "Hussein"), so we keep both views: the
``Doc`` and, in ``doc._.words``, a list of ``Word`` runs over the same text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from nlp.normalize import deleet, fold

# Alphanumeric runs; "$" and "@" may stand inside or after a word for s and a
# ("Bo$$", "K@vin").
WORD_RE = re.compile(r"[^\W_]+(?:[$@][^\W_]*)*")

_SENT_END = frozenset(".!?:;\n\r\t•|>*=")


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str
    # Folded (lowercase, no diacritics) form; digit-for-letter swaps undone when the
    # word mixes letters and digits ("j0rdy" -> "jordy").
    key: str
    cap: bool  # starts with an uppercase letter
    upper: bool  # all letters uppercase (acronym or shouting)
    alpha: bool  # letters only (after undoing digit swaps)
    has_digit: bool
    sent_start: bool  # first word of a sentence, line or message
    gap_before: str  # the characters between the previous word and this one


def _is_symbol(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk", "Sm", "Cs", "Co")


def split_words(text: str) -> list[Word]:
    words: list[Word] = []
    prev_end = 0
    for m in WORD_RE.finditer(text):
        s, e = m.span()
        t = m.group()
        gap = text[prev_end:s]
        letters = [c for c in t if c.isalpha()]
        has_digit = any(c.isdigit() for c in t)
        if has_digit or "$" in t or "@" in t:
            cand = deleet(t)
            alpha = cand.isalpha() and bool(letters)
            key = fold(cand) if alpha and len(letters) >= 2 else fold(t)
        else:
            alpha = t.isalpha()
            key = fold(t)
        first = next((c for c in t if c.isalpha()), "")
        cap = bool(first) and first.isupper() and t[0] == first
        upper = bool(letters) and all(c.isupper() for c in letters)
        stripped = gap.strip(" \"'()[]")
        if not words:
            sent_start = True
        elif "\n" in gap:
            sent_start = True
        else:
            tail = gap.rstrip(" \"'")
            sent_start = bool(tail) and (
                tail[-1] in _SENT_END
                or _is_symbol(tail[-1])
                or (tail.endswith("-") and tail[:-1].endswith(" "))
            )
            if not sent_start and stripped.endswith("..."):
                sent_start = True
        words.append(Word(s, e, t, key, cap, upper, alpha, has_digit, sent_start, gap))
        prev_end = e
    return words
