"""Folding and tokenising street Dutch, keeping offsets into the original text.

Every extractor works on ``Text.low``: the message lowercased with accents removed
(``Chasséveld`` -> ``chasseveld``), typographic quotes and dashes made plain, and emoji
and other symbols turned into spaces. The fold is one character for one character, so a
span found in ``low`` is the same span in the original, and the place phrase we report
keeps the poster's spelling.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

_PLAIN = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2010": "-", "\u2011": "-",
    "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u2009": " ",
    "\u202f": " ", "\u2007": " ", "\u00b1": "±", "\u2192": ">", "\u00d7": "x", "ß": "s",
    "ı": "i", "ł": "l", "ø": "o", "æ": "a", "œ": "o", "€": "€",
}  # fmt: skip


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character in, one character out: plain lowercase ASCII where possible."""
    rep = _PLAIN.get(ch)
    if rep is not None:
        return rep
    low = ch.lower()
    if len(low) != 1:
        low = ch
    if low.isascii():
        return low
    base = unicodedata.normalize("NFKD", low)
    letters = [c for c in base if not unicodedata.combining(c)]
    if len(letters) == 1 and letters[0].isascii():
        return letters[0].lower()
    cat = unicodedata.category(ch)
    if cat.startswith("L"):
        return low
    if cat.startswith("N"):
        digit = unicodedata.digit(ch, -1)
        return str(digit) if digit >= 0 else " "
    # Emoji, symbols, invisible characters: a word break.
    return " "


def fold(text: str) -> str:
    """Lowercase, accent-free, same length as ``text``."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


_TOKEN = re.compile(r"\[[a-z_]+\]|[a-z0-9]+(?:'[a-z]+)?|'[a-z]\b|[^\sa-z0-9]")


class Token(NamedTuple):
    """A word, number, placeholder or punctuation mark of the folded text (a named tuple:
    a message has dozens of tokens, and a tuple is much cheaper to build)."""

    low: str
    start: int
    end: int
    cap: bool  # first character is uppercase in the original
    word: bool  # letters/digits (or a placeholder), not punctuation


@dataclass(frozen=True, slots=True)
class Text:
    """A message ready for extraction."""

    raw: str
    low: str
    tokens: tuple[Token, ...]

    def span(self, start: int, end: int) -> str:
        return self.raw[start:end]


def prepare(raw: str) -> Text:
    """Fold and tokenise once; every extractor reads the result."""
    low = fold(raw)
    new = tuple.__new__
    toks: list[Token] = []
    add = toks.append
    for m in _TOKEN.finditer(low):
        s, e = m.span()
        t = m.group()
        add(new(Token, (t, s, e, raw[s].isupper(), e - s > 1 or t.isalnum())))
    return Text(raw, low, tuple(toks))


# Words that glue a name together ("Jan van Galenstraat", "Bos en Lommerweg").
PARTICLES = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "het",
        "'t",
        "ter",
        "ten",
        "te",
        "en",
        "op",
        "aan",
        "in",
        "da",
        "la",
        "le",
        "d'",
        "von",
        "vd",
        "v/d",
    ]
)

# Frequent function words and generic nouns: never a place on their own.
STOPWORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "of",
        "maar",
        "want",
        "dus",
        "dat",
        "die",
        "dit",
        "deze",
        "er",
        "hier",
        "daar",
        "waar",
        "wie",
        "wat",
        "hoe",
        "ik",
        "je",
        "jij",
        "u",
        "hij",
        "zij",
        "ze",
        "we",
        "wij",
        "jullie",
        "hun",
        "hen",
        "hem",
        "haar",
        "mijn",
        "mn",
        "m'n",
        "zijn",
        "zn",
        "z'n",
        "ons",
        "onze",
        "is",
        "was",
        "zijn",
        "waren",
        "ben",
        "bent",
        "heb",
        "hebt",
        "heeft",
        "hebben",
        "had",
        "hadden",
        "word",
        "wordt",
        "worden",
        "werd",
        "werden",
        "kan",
        "kon",
        "kunnen",
        "zal",
        "zou",
        "zullen",
        "moet",
        "moeten",
        "mag",
        "wil",
        "willen",
        "gaat",
        "gaan",
        "ging",
        "gingen",
        "bij",
        "op",
        "aan",
        "in",
        "uit",
        "van",
        "naar",
        "voor",
        "achter",
        "onder",
        "boven",
        "over",
        "door",
        "met",
        "zonder",
        "tegen",
        "rond",
        "om",
        "tot",
        "na",
        "sinds",
        "vanaf",
        "vanuit",
        "richting",
        "langs",
        "tussen",
        "naast",
        "nabij",
        "via",
        "per",
        "niet",
        "geen",
        "wel",
        "ook",
        "nog",
        "al",
        "weer",
        "steeds",
        "nu",
        "net",
        "toen",
        "dan",
        "als",
        "of",
        "zo",
        "zoals",
        "heel",
        "erg",
        "vandaag",
        "vanavond",
        "vanmiddag",
        "vanochtend",
        "vannacht",
        "gisteren",
        "gister",
        "morgen",
        "groep",
        "groepje",
        "groepen",
        "jongens",
        "jongeren",
        "meiden",
        "meisjes",
        "kids",
        "jongen",
        "meisje",
        "man",
        "ong",
        "ca",
        "circa",
        "ongeveer",
        "zo'n",
        "rond",
        "paar",
        "stuk",
    ]
)
