"""Evasion normalisation with an offset map back to the original text.

Street messages hide personal data with tricks that defeat plain matching: zero-width
characters inside a name, look-alike letters from other scripts ("Кevin" with a Cyrillic
K), full-width digits, and letter-spacing ("K e v i n"). ``normalize`` undoes these and
keeps, for every character of the normalised text, the index of the character in the
original text it came from, so findings can be reported against the input.

Digit-for-letter swaps ("kev1n", "j0rdy") are NOT rewritten here, because digits carry
phone numbers, postcodes and plates; recognizers that look for names use
``deleet`` on single words instead.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters that render as nothing (or almost nothing) and are used to split words.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068"
    "\u2069\u206a\u206b\u206c\u206d\u206e\u206f\ufeff\u3164\uffa0"
    # variation selector and combining keycap: "0️⃣6️⃣" reads as "06"
    "\ufe0f\u20e3"
)

# Look-alike letters from Cyrillic and Greek that are used instead of Latin ones.
_HOMOGLYPHS: dict[str, str] = {
    # Cyrillic
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "һ": "h",
    "ӏ": "l",
    "А": "A",
    "В": "B",
    "Е": "E",
    "Ё": "E",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "У": "Y",
    "Х": "X",
    "Ѕ": "S",
    "І": "I",
    "Ї": "I",
    "Ј": "J",
    "Ԁ": "D",
    "Ԛ": "Q",
    "Ԝ": "W",
    "Һ": "H",
    "Ӏ": "I",
    # Greek
    "α": "a",
    "ο": "o",
    "ρ": "p",
    "ν": "v",
    "ι": "i",
    "κ": "k",
    "τ": "t",
    "υ": "u",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
    # Latin look-alikes and typographic variants
    "ı": "i",
    "ł": "l",
    "Ł": "L",
    "ø": "o",
    "Ø": "O",
    "ß": "ss",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\uff20": "@",
}

# Three or more single letters separated by single spaces ("K e v i n"), or four or
# more separated by one repeated dot, hyphen, underscore or star ("K.E.V.I.N",
# "k-e-v-i-n"). A dotted run followed by a capitalised word or a particle is a row of
# initials ("J.P.M.A. de Groot") and is left alone.
_SPACED = re.compile(
    r"(?<![^\s(\"'])[^\W\d_](?: [^\W\d_]){2,}(?![^\s).,:;!?\"'])"
    r"|(?<![\w.*-])[^\W\d_](?P<sep>[._*-])[^\W\d_](?:(?P=sep)[^\W\d_]){2,}"
    r"(?!\w)(?!(?P=sep)?\s*(?:[A-Z]|(?:van|de|der|den|el|ten|ter)\b))(?!(?P=sep)\w)"
)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus, per character, the index of its source character."""

    text: str
    source: str
    # index_map[i] is the index in ``source`` of normalised character i;
    # index_map[len(text)] == len(source). None when the text was not changed.
    index_map: tuple[int, ...] | None

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to a span of the original text."""
        if self.index_map is None:
            return start, end
        if end <= start:
            pos = self.index_map[start]
            return pos, pos
        s = self.index_map[start]
        last = self.index_map[end - 1]
        # A normalised character may stand for several source characters (e.g. an
        # invisible character dropped after it); extend to just before the next one.
        e = last + 1
        nxt = self.index_map[end] if end < len(self.index_map) else len(self.source)
        while e < nxt and self.source[e] in _INVISIBLE:
            e += 1
        return s, e


def _fold_char(ch: str) -> str:
    rep = _HOMOGLYPHS.get(ch)
    if rep is not None:
        return rep
    if ord(ch) < 128:
        return ch
    cat = unicodedata.category(ch)
    if cat.startswith("M"):
        # A stray combining mark (e.g. Zalgo text): keep, names with accents survive
        # through the lexicon's accent folding.
        return ch
    nfkc = unicodedata.normalize("NFKC", ch)
    if nfkc != ch and nfkc.isascii() and nfkc.strip():
        return nfkc
    return ch


_SPECIAL = re.compile(r"[^\x00-\x5f\x61-\x7f]")  # non-ASCII, or a backtick


# Only the tags a Matrix formatted_body uses: "<Jan>" or "<f.kodde@mail.nl>" in plain
# text is text, and must be read like any other.
_TAG = re.compile(
    r"<(/?)(a|b|i|u|s|em|strong|del|strike|sub|sup|code|pre|span|font|br|hr|p|div|li|ul|ol|"
    r"blockquote|table|thead|tbody|tr|td|th|h[1-6]|img|mx-reply|details|summary|caption)"
    r"(?=[\s/>])[^<>]{0,300}>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#(\d{1,6})|#x([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));")
_BLOCK_TAGS = frozenset(
    {
        "br",
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "blockquote",
        "tr",
        "td",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "mx-reply",
        "pre",
        "hr",
    }
)
_ENTITIES = {
    "amp": "&",
    "lt": "<",
    "gt": ">",
    "quot": '"',
    "apos": "'",
    "nbsp": " ",
    "euro": "€",
    "eacute": "é",
    "euml": "ë",
    "iuml": "ï",
    "ouml": "ö",
    "uuml": "ü",
}


def _strip_html(text: str) -> tuple[str, list[int]] | None:
    """Remove tags (a block tag becomes a line break) and decode entities, so that
    a Matrix ``formatted_body`` reads like its plain text ("<b>Ke</b>vin" -> "Kevin")."""
    if not _TAG.search(text) and not _ENTITY.search(text):
        return None
    out: list[str] = []
    imap: list[int] = []
    pos = 0
    for m in re.finditer(_TAG.pattern + "|" + _ENTITY.pattern, text):
        out.extend(text[pos : m.start()])
        imap.extend(range(pos, m.start()))
        tok = m.group(0)
        if tok.startswith("<"):
            if m.group(2).lower() in _BLOCK_TAGS:
                out.append("\n")
                imap.append(m.start())
        else:
            num, hexa, name = m.group(3), m.group(4), m.group(5)
            rep = (
                (
                    chr(int(num))
                    if num
                    else chr(int(hexa, 16))
                    if hexa
                    else _ENTITIES.get(name.lower(), tok)
                )
                if (num or hexa or name)
                else tok
            )
            for ch in rep:
                out.append(ch)
                imap.append(m.start())
        pos = m.end()
    out.extend(text[pos:])
    imap.extend(range(pos, len(text)))
    return "".join(out), imap


def normalize(text: str) -> Normalized:
    """Undo HTML markup, invisible characters, homoglyphs and letter-spacing; keep an
    offset map back to ``text``."""
    norm = text
    imap: list[int] | None = None
    if "<" in text or "&" in text:
        html = _strip_html(text)
        if html is not None:
            norm, imap = html
    if _SPECIAL.search(norm) is not None:
        out: list[str] = []
        imap1: list[int] = []
        changed = False
        for i, ch in enumerate(norm):
            if ch in _INVISIBLE:
                changed = True
                continue
            rep = _fold_char(ch) if ord(ch) >= 0x60 else ch
            if rep != ch:
                changed = True
            src = imap[i] if imap is not None else i
            for r in rep:
                out.append(r)
                imap1.append(src)
        if changed:
            norm = "".join(out)
            imap = imap1
    if _SPACED.search(norm):
        if imap is None:
            imap = list(range(len(norm)))
        out2: list[str] = []
        imap2: list[int] = []
        pos = 0
        for m in _SPACED.finditer(norm):
            out2.extend(norm[pos : m.start()])
            imap2.extend(imap[pos : m.start()])
            for j in range(m.start(), m.end()):
                if norm[j] not in " ._*-":
                    out2.append(norm[j])
                    imap2.append(imap[j])
            pos = m.end()
        out2.extend(norm[pos:])
        imap2.extend(imap[pos:])
        norm = "".join(out2)
        imap = imap2
    if imap is None:
        return Normalized(text=norm, source=text, index_map=None)
    imap.append(len(text))
    return Normalized(text=norm, source=text, index_map=tuple(imap))


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "8": "b",
        "$": "s",
        "@": "a",
        "!": "i",
        "|": "l",
        "9": "g",
    }
)


def deleet(word: str) -> str:
    """Undo digit-for-letter swaps in one word: "kev1n" -> "kevin", "j0rdy" -> "jordy"."""
    return word.translate(_LEET)


def fold(word: str) -> str:
    """Lowercase and strip diacritics, for lexicon look-ups ("Öztürk" -> "ozturk")."""
    w = word.lower()
    if w.isascii():
        return w
    w = w.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFD", w)
    if decomposed.isascii():
        return decomposed
    return _COMBINING.sub("", decomposed)
