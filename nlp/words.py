"""Word segmentation shared by the place tagger and the person recognizer.

spaCy's tokens keep things like "HT-407-Z." or "k.e.v.i.n.010" whole, which is what
the pattern recognizers want; names and places are easier to match on plain
alphanumeric runs ("Al-Hussein" -> "Al", "Hussein"), so we keep both views: the
``Doc`` and, in ``doc._.signaal_view.words``, a list of ``Word`` runs over the same text.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from nlp.normalize import deleet, fold

# Alphanumeric runs; "$" and "@" may stand inside or after a word for s and a
# ("Bo$$", "K@vin").
WORD_RE = re.compile(r"[^\W_]+(?:[$@][^\W_]*)*")

_ABBREVIATIONS = frozenset(
    {
        "dhr",
        "mevr",
        "mw",
        "mr",
        "mnr",
        "dr",
        "drs",
        "ir",
        "ing",
        "st",
        "ca",
        "ong",
        "nr",
        "geb",
        "tel",
        "oa",
        "bijv",
        "evt",
        "ivm",
        "tnv",
        "fam",
        "gr",
        "jr",
        "nl",
        "vd",
        "mej",
        "prof",
        "burg",
        "ds",
        "zgn",
        "resp",
        "incl",
        "excl",
        "max",
        "min",
        "bv",
        "vs",
    }
)
_SENT_END = frozenset(".!?:;\n\r\t•|>*=")


class Word(NamedTuple):
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


_HAS_DIGIT = re.compile(r"\d")
_ODD = re.compile(r"[\d$@]")


def split_words(text: str) -> list[Word]:
    words: list[Word] = []
    prev_end = 0
    append = words.append
    for m in WORD_RE.finditer(text):
        s, e = m.span()
        t = m.group()
        gap = text[prev_end:s]
        if t.isalpha():
            has_digit = False
            alpha = True
            key = fold(t)
            cap = t[0].isupper()
            upper = cap and t.isupper()
        elif t.isdigit():
            has_digit, alpha, key, cap, upper = True, False, t, False, False
        elif _ODD.search(t) is None:
            has_digit = False
            alpha = t.isalpha()
            key = fold(t)
            cap = t[0].isupper()
            upper = t.isupper()
        else:
            has_digit = _HAS_DIGIT.search(t) is not None
            cand = deleet(t)
            n_letters = sum(1 for c in t if c.isalpha())
            alpha = cand.isalpha() and n_letters > 0
            key = fold(cand) if alpha and n_letters >= 2 else fold(t)
            first = next((c for c in t if c.isalpha()), "")
            cap = bool(first) and first.isupper() and t[0] == first
            upper = n_letters > 0 and all(c.isupper() for c in t if c.isalpha())
        if gap == " " and words:
            sent_start = False
        elif not words or "\n" in gap:
            sent_start = True
        else:
            tail = gap.rstrip(" \"'")
            sent_start = bool(tail) and (
                tail[-1] in _SENT_END
                or _is_symbol(tail[-1])
                or (tail.endswith("-") and tail[:-1].endswith(" "))
            )
            if sent_start and tail == "." and words:
                prev = words[-1]
                # "dhr. van Dijk", "S. Ramdin", "ca. 15": an abbreviation's dot
                if prev.key in _ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isalpha()):
                    sent_start = False
        append(Word(s, e, t, key, cap, upper, alpha, has_digit, sent_start, gap))
        prev_end = e
    return words
