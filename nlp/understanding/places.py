"""Where it happened: configured places first, otherwise the place phrase in the text.

Every place mention gets two scores. *Specificity*: a typed place ("metrostation
Kraaiennest", "JOP Tongelre") or a street/park/square beats a neighbourhood, which beats
a shop on its own, which beats a town. *Role*, from the words before it: "bij/op/aan/in"
is where it happens; "naar/richting" and "van/uit/vanaf" are context ("kwamen van het
station", "weggegaan richting Erasmuspark") unless a move is meant ("is nu verhuisd
naar het Rembrandtpark", "iedereen naar de Markthal"); the first words of a message
("Westzijde bij de AH:", "22.45 Rembrandtplein:") name the topic; an organisation
heading ("jongerenwerk Delft:") only tells the poster's area; a street followed by a
house number is an address, not a hotspot ("Stationsweg 20+ jongeren" is no address);
after "nee"/"sorry"/"ik bedoel" the corrected place wins. Of equal scores the later
mention wins, and of two starting at one word the longer ("station Hilversum Noord").

A configured place matches by its name or an alias, ignoring case, accents, spaces and
hyphens, with small typos allowed (Levenshtein distance 1, or 2 for long names, same
first letter), and without a leading article ("De Schakel" as "bij de schakel"). Parts
of a configured name are matched separately: the place type ("Winkelcentrum Zuidplein"
is found as "Zuidplein" or "wc zuidplein"), a shop chain ("Albert Heijn Westzijde" in
"Westzijde bij de AH") and a town suffix ("Kanaalkade, Alkmaar").

Without a configured match the reported name is the phrase from the text, normalised:
type word first ("Purmerend station" -> "Station Purmerend"), a shop with its street
("Lidl aan de Ankersmidplein" -> "Lidl Ankersmidplein"), and the town added when the
message names one that is not a big city ("Kanaalkade, Alkmaar"). Phrase boundaries:
a name keeps its capitalised article ("buurthuis De Schakel") and a hyphenated compass
part ("Ringbaan-Oost"), but not an event word before it ("Zomerfeest Amstelpark"); a
capitalised generic word after an article is a name ("op de Markt", "in het
Stadspark"); after an article a type word is a common noun, so a lowercase word after
it is no name ("de tramhalte vernield").

Careful with the town: it is added only when it is the scene's town (the heading or the
same sentence), not a town the group came from or went to ("tot Amersfoort", "uit Assen"),
not a stop of a route ("de lijn Utrecht-Amersfoort"), and not a later sentence ("Politie
stond klaar in Assen"). A town with a generic district word is one name, kept as written
("Almere Buiten", "Tilburg Noord", "Spijkenisse Centrum"), and a shop directly followed by
a town is the branch as written ("McDonald's Hengelo"). Words that open a report sentence
("Eergisteren", "Drukte", "Wanneer:") are no places; a form's "Waar:" names the place; a
place negated in its clause ("niet meer op het Mosveld", "was er niet") or where only the
police waited is context; a district after a town or shop shares its preposition ("in
Amersfoort Vathorst", "bij de Jumbo Kerkelanden"); a configured name inside a longer one
found at the same words is the longer one ("Markt" in "Grote Markt").

A spot named only by a common noun ("bij de JOP", "op het trapveldje achter de flat") is
a weak place, a new one for the regisseur to confirm: it is reported only when the
message names no place of the scene (every name is context, or there is none). Its name
is the phrase from the noun on, with up to two relational phrases that end in another
such noun; the first word gets a capital (a type word its own spelling: "JOP"), the rest
is kept as written: "JOP achter de sporthal", "Bankje naast de speeltuin", "Sporthal".
A name next to it wins ("bij de sporthal in de Kerkstraat" is "Kerkstraat").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from nlp.lexicon import AREA, DICT_WORD, SHOP, STREET, TOWN, Lexicon, place_key, shared_lexicon
from nlp.understanding.gazetteer import (
    AREA_SUFFIXES,
    BIG_CITIES,
    GENERIC_PLACES,
    LANDMARKS,
    NOT_NAMES,
    ONSITE_ROLES,
    OPTIONAL_TYPES,
    ORG_WORDS,
    POI_SUFFIXES,
    POSTFIX_TYPES,
    SCENE_NOUNS,
    SHOPS,
    STREET_SUFFIXES,
    TOWNS,
    TYPES,
    WATERS,
)
from nlp.understanding.model import KnownPlace
from nlp.understanding.text import PARTICLES, STOPWORDS, Text, Token, fold

_EVENT_PREPS = frozenset(
    [
        "bij",
        "op",
        "aan",
        "in",
        "langs",
        "door",
        "over",
        "rond",
        "rondom",
        "achter",
        "voor",
        "onder",
        "naast",
        "nabij",
        "thv",
        "tegenover",
        "omgeving",
        "buiten",
        "binnen",
        "rondom",
        "vanaf@",
    ]
)
_DEST_PREPS = frozenset({"naar", "richting", "rchting", "ri"})
_RELOCATED = frozenset({"verhuisd", "verplaatst", "verkast", "uitgeweken", "getrokken"})
_ORIGIN_PREPS = frozenset({"van", "vanaf", "vanuit", "uit", "vd", "vh"})
_DETERMINERS = frozenset({"de", "het", "'t", "t", "een", "die", "dat", "deze", "dit"})
_MOVE_WORDS = frozenset(
    [
        "verhuisd",
        "verplaatst",
        "verplaatsen",
        "verplaatst",
        "verkast",
        "getrokken",
        "komen",
        "kwam",
        "kwamen",
        "gekomen",
        "iedereen",
        "oproep",
        "verzamelen",
        "afgesproken",
        "uitgeweken",
    ]
)
_LEAVE_WORDS = frozenset(
    [
        "weggegaan",
        "vertrokken",
        "liepen",
        "rennen",
        "renden",
        "weggerend",
        "gevlucht",
        "gingen",
        "fietsten",
        "reden",
        "weggefietst",
        "weg",
        "vertrekken",
        "wegrennen",
    ]
)
_GROUP_NOUNS = frozenset(
    [
        "groep",
        "groepje",
        "jongens",
        "jongeren",
        "meiden",
        "meisjes",
        "kids",
        "meidengroep",
        "jongensgroep",
        "gasten",
        "personeel",
        "eigenaar",
        "bewoners",
        "bewoner",
        "beveiliging",
        "hal",
        "ingang",
        "achterkant",
        "kant",
        "voorkant",
        "parkeerplaats",
        "buurt",
        "omgeving",
        "uitgang",
        "zijkant",
        "hoek",
        "rest",
    ]
)
_CORRECTION = re.compile(r"\b(?:nee|neen|sorry|sry|ik\s+bedoel|bedoel|correctie|oops|oeps)\b")
_CORRECTION_HINT = re.compile(r"nee|sorry|sry|bedoel|correctie|oops|oeps")  # a fast pre-test
_PAST = frozenset({"eerst", "vroeger", "voorheen", "eerder"})
_SUFFIX_ALL = tuple(sorted(set(STREET_SUFFIXES + POI_SUFFIXES + AREA_SUFFIXES), key=len))
_STRONG_LOWER = (
    "straat", "weg", "laan", "plein", "kade", "gracht", "singel", "dreef", "steeg", "dijk",
    "markt", "park", "plas", "brug", "boulevard", "straatweg", "parken", "veld",
)  # fmt: skip
_SPECIFICITY = {
    "typed": 3.0, "street": 2.5, "poi": 2.5, "area": 1.5, "shop": 1.0, "town": 0.5,
    "generic": 0.0,
}  # fmt: skip
_ABBREV = {"ah": "albert heijn", "str": "straat", "mcd": "mcdonald's"}
_WORDY = re.compile(r"[a-z0-9]")
_ABBREV_DOT = re.compile(r"(?<![a-z])(?:dr|st|mr|prof|burg|ir|ds|mgr|sint|ca|ong|nr)$")
_CLOCKISH = re.compile(r"(?:[01]?\d|2[0-3])(?:[.:h]?[0-5]\d)?u?|\d{1,2}u(?:ur)?|[0-5]\du")
_COMPASS = frozenset(
    [
        "noord",
        "zuid",
        "oost",
        "west",
        "centrum",
        "centraal",
        "zuidoost",
        "zuidwest",
        "noordoost",
        "noordwest",
        "midden",
    ]
)
_POSSESSED = frozenset(
    [
        "dak",
        "terrein",
        "hek",
        "muur",
        "stoep",
        "deur",
        "gevel",
        "trap",
        "trappen",
        "parkeerplaats",
        "parkeergarage",
        "achterkant",
        "voorkant",
        "ingang",
        "uitgang",
        "hal",
        "kant",
        "zijkant",
        "hoek",
        "speeltuin",
        "speelveld",
        "winkelgebied",
        "winkelstraat",
        "omgeving",
        "buurt",
        "hoogte",
        "nabijheid",
        "midden",
        "plein",
        "perron",
        "zijde",
    ]
)


# Parts of a place, also as the end of a compound ("fietsenhok", "parkeerdak",
# "schuifdeur"): "de ramen van de Kwalitaria" is at the Kwalitaria, unlike "kwamen van de
# Kwalitaria".
_PART_ENDINGS = (
    "dak", "hok", "plein", "deur", "deuren", "ingang", "uitgang", "stalling", "raam", "ramen",
    "ruit", "ruiten", "gevel", "muur", "muren", "hek", "hekwerk", "terrein", "terras", "tuin",
    "vijver", "toilet", "toiletten", "wc", "wc's", "kantine", "kelder", "zaal", "veld",
    "veldje", "plaats", "dek", "kant", "trap", "trappen", "trottoir", "stoep", "garage",
    "portiek", "galerij", "lift", "hal", "bank", "bankje", "bankjes", "etalage", "pui",
    "perron", "kade", "steiger", "tribune", "brievenbus", "stoelen", "gang", "speeltuin",
)  # fmt: skip
# Staff or residents of a place: "Kassameiden van de AH", "buurtbewoners van de Parkweg".
_PEOPLE_ENDINGS = (
    "meiden", "jongens", "medewerker", "medewerkers", "medewerkster", "bewoners", "personeel",
    "bezorger", "bezorgers", "beheerder", "eigenaar", "docent", "docenten", "leerlingen",
)  # fmt: skip


def _owner_follows(before: str) -> bool:
    """Whether "<before> van X" makes X the place that owns a spot or people (the
    group nouns, which always do, are checked by the caller)."""
    return (
        before in _POSSESSED
        or before in SCENE_NOUNS
        or before.endswith("groep")
        or (len(before) > 3 and before.endswith(_PART_ENDINGS + _PEOPLE_ENDINGS))
    )


_ARTICLES = frozenset({"de", "het", "'t"})
# Names of events, not places: "Zomerfeest Amstelpark", "Koningsnacht Museumplein".
_EVENT_NOUNS = ("feest", "festival", "nacht", "avond", "wedstrijd", "toernooi", "kermis", "viering")


def _generic_kind(word: str) -> str:
    """Kind of a generic word used as a name ("het Stationsplein", "de Markt")."""
    m = _SUFFIX_RE.fullmatch(word) if len(word) >= 5 else None
    if m is not None and m.group(1) in POI_SUFFIXES:
        return "poi"
    return "street"


@dataclass(frozen=True, slots=True)
class PlaceResult:
    """The main place of a message."""

    name: str | None
    known: KnownPlace | None
    span: tuple[int, int] | None
    phrase: str | None


@dataclass(slots=True)
class _Cand:
    first: int  # index into the word list
    last: int  # inclusive
    name: str
    kind: str
    known: KnownPlace | None = None
    quality: float = 0.0
    score: float = 0.0
    role: float = 0.0
    context: bool = False  # came from, went to, not there: no place of the scene


@dataclass(frozen=True, slots=True)
class _Variant:
    place: KnownPlace
    core: tuple[str, ...]
    shop: tuple[str, ...]
    type_word: str | None
    type_required: bool
    town: tuple[str, ...]
    full: tuple[str, ...]


def _key_tokens(text: str) -> tuple[str, ...]:
    low = fold(text).replace("&", " en ")
    toks = re.findall(r"[a-z0-9]+", low.replace("'", ""))
    out: list[str] = []
    for t in toks:
        out.extend(_ABBREV.get(t, t).split())
    return tuple(out)


def _split_variant(place: KnownPlace, text: str) -> _Variant | None:
    """Split "Jumbo Korte Akkeren, Gouda" into shop, core, type and town parts."""
    head, _, tail = text.partition(",")
    toks = list(_key_tokens(head))
    full = _key_tokens(text)
    if not toks:
        return None
    town: tuple[str, ...] = _key_tokens(tail) if tail.strip() else ()
    type_word: str | None = None
    shop: tuple[str, ...] = ()
    for n in (3, 2, 1):
        cand = " ".join(toks[:n])
        if len(toks) >= n and cand in SHOPS:
            shop = tuple(toks[:n])
            toks = toks[n:]
            break
    if toks and toks[0] in TYPES:
        type_word = toks[0]
        toks = toks[1:]
    elif len(toks) > 1 and toks[-1] in POSTFIX_TYPES:
        type_word = toks[-1]
        toks = toks[:-1]
    if not town and len(toks) > 1:
        for n in (3, 2, 1):
            rest = toks[n:]
            if (
                len(toks) > n
                and " ".join(toks[:n]) in TOWNS
                and not (len(rest) == 1 and (rest[0] in _COMPASS or len(rest[0]) < 3))
            ):
                town = tuple(toks[:n])
                toks = rest
                break
    core = tuple(toks)
    type_required = False
    if not core:
        if town:
            core, town = town, ()
            type_required = type_word is not None
        elif shop:
            core, shop = shop, ()
        elif type_word is not None:
            core, type_word = (type_word,), None
    elif type_word is not None and type_word not in OPTIONAL_TYPES:
        type_required = " ".join(core) in GENERIC_PLACES or len("".join(core)) <= 3
    if len(core) == 1 and core[0] in GENERIC_PLACES and not town and not shop:
        type_required = type_word is not None
    if type_word is not None and (core[0] in TOWNS or " ".join(core[:2]) in TOWNS):
        type_required = True
    return _Variant(place, core, shop, type_word, type_required, town, full)


def _key_word(low: str) -> str:
    """A word as it appears in index keys: abbreviations expanded, no apostrophes."""
    k = _ABBREV.get(low, low)
    if " " in k or "'" in k:
        k = k.replace(" ", "").replace("'", "")
    return k


class PlaceIndex:
    """Configured places, indexed for exact and fuzzy lookup of their name parts."""

    def __init__(self, places: Sequence[KnownPlace]) -> None:
        self.places = tuple(places)
        self._exact: dict[str, list[_Variant]] = {}
        by_len: dict[int, list[str]] = {}
        for place in self.places:
            for text in (place.name, *place.aliases):
                v = _split_variant(place, text)
                if v is None:
                    continue
                keys = {"".join(v.core), "".join(v.full)}
                if len(v.core) > 1 and v.core[0] in {"de", "het", "t"}:
                    keys.add("".join(v.core[1:]))  # "De Schakel" as "bij de schakel"
                for key in keys:
                    if key:
                        self._exact.setdefault(key, []).append(v)
        for key in self._exact:
            if len(key) >= 5:
                by_len.setdefault(len(key), []).append(key)
        # Keys within the allowed edit distance of each length, one list per first letter
        # and length (a fuzzy match must keep the first letter).
        self.near: dict[tuple[str, int], list[str]] = {}
        for ln in range(5, max(by_len, default=0) + 3):
            maxd = 1 if ln < 10 else 2
            for d in range(ln - maxd, ln + maxd + 1):
                for k in by_len.get(d, []):
                    self.near.setdefault((k[0], ln), []).append(k)
        self.max_len = max((len(k) for k in self._exact), default=0) + 2
        # Prefixes of keys, so a window that can no longer grow into a key stops early.
        self.prefixes = {k[:i] for k in self._exact for i in range(1, len(k) + 1)}
        self._fuzzy: dict[str, tuple[list[_Variant], bool]] = {}

    def __bool__(self) -> bool:
        return bool(self.places)

    def lookup(self, joined: str, fuzzy: bool) -> tuple[list[_Variant], bool]:
        hit = self._exact.get(joined)
        if hit is not None:
            return hit, False
        n = len(joined)
        if not fuzzy or n < 6 or joined in STOPWORDS:
            return [], False
        cached = self._fuzzy.get(joined)
        if cached is not None:
            return cached
        maxd = 1 if n < 10 else 2
        bucket = self.near.get((joined[0], n))
        found: tuple[list[_Variant], bool] = ([], False)
        if bucket:
            res = process.extractOne(joined, bucket, scorer=Levenshtein.distance, score_cutoff=maxd)
            if res is not None:
                found = (self._exact[res[0]], True)
        if len(self._fuzzy) < _FUZZY_CACHE:
            self._fuzzy[joined] = found  # words recur from message to message
        return found


# Fuzzy lookups remembered per index (a word's nearest configured name never changes).
_FUZZY_CACHE = 50_000

_SUFFIX_RE = re.compile(
    r"[a-z0-9'-]{3,}(" + "|".join(sorted(_SUFFIX_ALL, key=len, reverse=True)) + r")$"
)


@lru_cache(maxsize=8192)
def _suffix_kind(word: str) -> str | None:
    """Street, POI or area by the ending of a (folded) word, or None."""
    if word in GENERIC_PLACES or word in NOT_NAMES or len(word) < 5:
        return None
    m = _SUFFIX_RE.fullmatch(word)
    if m is None:
        return None
    suf = m.group(1)
    if suf in STREET_SUFFIXES:
        return "street"
    if suf in POI_SUFFIXES:
        return "poi"
    return "area"


_NAME_PARTICLES = frozenset(
    {"van", "de", "der", "den", "het", "'t", "ter", "ten", "en", "da", "la"}
)


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


@lru_cache(maxsize=1)
def _ethnic_terms() -> tuple[str, ...]:
    """Nationality and ethnicity words (the gate's list): they describe people."""
    from nlp.lexicon import DATA_DIR
    from nlp.recognizers.special_category import load_terms

    return tuple(sorted(load_terms(DATA_DIR / "special_terms.txt").ethnic))


def _describes_people(words: list[Token], i: int, raw: str) -> bool:
    """ "Oekraïense jongen", "(Marokkaanse, 15)": a nationality word that names no shop or
    place after it ("Poolse supermarkt", "Turkse Bakkerij Ada" stay places)."""
    low = fold(words[i].low)
    if not low.startswith(_ethnic_terms()):
        return False
    if i + 1 >= len(words) or not _adjacent(raw, words[i], words[i + 1]):
        return True
    nxt = words[i + 1]
    return not (raw[nxt.start : nxt.end][:1].isupper() or nxt.low in SHOPS or nxt.low in TYPES)


def _run_start_ok(words: list[Token], i: int, raw: str) -> bool:
    """May a capitalised run start here? Not on function words, digits, codes or words
    that describe people."""
    w = words[i]
    if w.low in NOT_NAMES or w.low in STOPWORDS or _has_digit(w.low):
        return False
    if _describes_people(words, i, raw):
        return False
    text = raw[w.start : w.end]
    # Codes, plates and IBAN parts are all capitals; shop and type words may be.
    return not (len(text) >= 2 and text.isupper() and w.low not in SHOPS and w.low not in TYPES)


def _titled(raw: str) -> str:
    """Title-case a phrase typed in lowercase, leaving particles and mixed case alone."""
    if any(c.isupper() for c in raw):
        return raw
    out = []
    for i, w in enumerate(raw.split(" ")):
        if i > 0 and w in PARTICLES:
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


class PlaceFinder:
    """Finds the main place of a message."""

    def __init__(self, places: Sequence[KnownPlace] = (), lexicon: Lexicon | None = None) -> None:
        self.index = PlaceIndex(places)
        self.lexicon = lexicon if lexicon is not None else shared_lexicon()

    def find(self, text: Text) -> PlaceResult:
        words = [t for t in text.tokens if t.word]
        if not words:
            return PlaceResult(None, None, None, None)
        breaks = _break_positions(text)
        cands = [
            c
            for c in _shape_candidates(text, words, breaks)
            if not (c.kind in {"area", "poi"} and _person_like(c, words, self.lexicon))
        ]
        if "-" in text.raw and _WORD_HYPHEN.search(text.low) is not None:
            for c in cands:
                _join_hyphenated(c, text, words, self.lexicon)
            cands.extend(_hyphenated_places(text, words, self.lexicon, cands))
        if any(_join_town_particles(c, text, words, self.lexicon) for c in cands):
            cands = [
                c
                for c in cands
                if not any(o is not c and o.first <= c.first and c.last <= o.last for o in cands)
            ]
        opening = _opening_place(text, words, self.lexicon)
        if opening is not None and not any(
            c.first <= opening.last and opening.first <= c.last for c in cands
        ):
            cands.append(opening)
        known = self._known_candidates(text, words) if self.index else []
        if len(known) > 1:
            # A configured name inside a longer one found at the same words ("Markt" in
            # "Grote Markt") is that longer place.
            known = [
                c
                for c in known
                if not any(
                    o.first <= c.first
                    and c.last <= o.last
                    and (o.first, o.last) != (c.first, c.last)
                    and o.quality >= c.quality
                    for o in known
                )
            ]
        all_c = cands + known
        if not all_c:
            return PlaceResult(None, None, None, None)
        low = text.low
        corr = _CORRECTION.search(low) if _CORRECTION_HINT.search(low) else None
        heading_end = _heading_end(text, words, breaks)
        police = _POLICE_HINT.search(low) is not None
        for c in all_c:
            c.role = _role(c, text, words, breaks, heading_end, corr, police)
            c.score = _SPECIFICITY[c.kind] + c.role
            if c.known is not None:
                c.score += 1.0 + c.quality
            elif c.kind == "area" and fold(c.name) in WATERS:
                c.score -= 2.0
        _qualifiers(all_c, text, words)
        best = _pick(all_c)
        if best is None:
            return PlaceResult(None, None, None, None)
        if best.known is None:
            for k in sorted(known, key=lambda c: -c.score):
                if k.first <= best.last and best.first <= k.last and k.score > best.score - 2.5:
                    best = k
                    break
        start, end = words[best.first].start, words[best.last].end
        phrase = text.raw[start:end]
        if best.known is not None:
            return PlaceResult(best.known.name, best.known, (start, end), phrase)
        name = _compose(best, cands, text, words, breaks)
        return PlaceResult(name, None, (start, end), phrase)

    def _known_candidates(self, text: Text, words: list[Token]) -> list[_Cand]:
        lows = [w.low for w in words]
        for k, low in enumerate(lows):
            if low in _ABBREV or "'" in low:
                lows[k] = _key_word(low)
        present = set(lows)
        joined_text = " ".join(lows)
        out: list[_Cand] = []
        seen: set[tuple[int, int, str]] = set()
        n = len(words)
        index = self.index
        prefixes, near, max_len = index.prefixes, index.near, index.max_len
        for i in range(n):
            first = lows[i]
            if first in STOPWORDS and first not in TYPES:
                continue
            acc = ""
            for j in range(i, min(n, i + 5)):
                if j > i and words[j].start - words[j - 1].end > 2:
                    break
                acc += lows[j]
                if len(acc) > max_len:
                    break
                may_fuzz = j - i < 2 and first not in NOT_NAMES and lows[j] not in STOPWORDS
                if acc not in prefixes:
                    if not may_fuzz:
                        break
                    if (acc[0], len(acc)) not in near:
                        continue  # no key within reach: neither exact nor fuzzy
                variants, fuzzy = index.lookup(acc, fuzzy=may_fuzz)
                for v in variants:
                    key = (i, j, v.place.name)
                    if key in seen:
                        continue
                    seen.add(key)
                    c = _evaluate(v, i, j, lows, present, joined_text, fuzzy)
                    if c is not None:
                        out.append(c)
        return out


_SURNAME_ARTICLES = frozenset({"de", "der", "den"})
# A hyphen between letters ("Nieuw-Vennep", "'s-Gravenpolder"), not in "6-8" or "21-06".
_WORD_HYPHEN = re.compile(r"[a-z']-[a-z]")
# Word-list frequency from which a lowercase word counts as ordinary Dutch.
_ORDINARY_FREQ = 50


# What may follow a place that opens a message: "tollebeek bij de haven", "kolenkit:",
# "zuidwijk (rdam):", "stadshagen winkelcentrum weer 10 man".
_AFTER_OPENING = frozenset(
    {"bij", "op", "aan", "in", "achter", "naast", "voor", "rond", "langs", "tegenover", "weer",
     "nu", "vanavond", "vannacht", "vanmiddag", "gisteravond", "station", "winkelcentrum",
     "centrum", "boulevard", "haven", "strand", "markt", "plein", "park", "zojuist", "net"}
)  # fmt: skip
# A clock time between the opening place and its colon: "zuilen 16.40: ...".
_CLOCK_HEADING = re.compile(r"\s+\d{1,2}(?:[.:u]\d{2})?\s*(?:u|uur)?\s*[:,]")
_OPENING_SKIP = frozenset({"update", "melding", "rondje", "signaal", "check", "info"})


def _opening_place(text: Text, words: list[Token], lex: Lexicon) -> _Cand | None:
    """A place typed in lowercase that opens the message, in the word lists as a town,
    neighbourhood or street and no ordinary word: "tollebeek bij de haven", "hasseler es
    bij de sporthal", "kolenkit: bij de bankjes", "update rivierenwijk (deventer):"."""
    raw = text.raw
    s = 0
    while s < len(words) and (
        words[s].low in _OPENING_SKIP or _CLOCKISH.fullmatch(words[s].low) is not None
    ):
        s += 1
    for size in (3, 2, 1):
        last = s + size - 1
        if last >= len(words) or any(words[k].cap for k in range(s, last + 1)):
            continue
        if any(not _adjacent(raw, words[k], words[k + 1]) for k in range(s, last)):
            continue
        key = raw[words[s].start : words[last].end].lower().replace("-", " ")
        key = re.sub(r"\s+", " ", key)
        kinds = lex.places.get(key, 0)
        if not kinds & (TOWN | AREA | STREET) or key in STOPWORDS or key in SCENE_NOUNS:
            continue
        nxt = raw[words[last].end : words[last].end + 2].lstrip(" ")[:1]
        heading = nxt == ":" or _CLOCK_HEADING.match(raw, words[last].end) is not None
        if size == 1 and (key in TYPES or len(key) < 5):
            continue
        freq = lex.word_freq.get(key, 0)
        # An ordinary word opens a message too ("ramen kapot"); as a heading with a
        # colon, a town or district that is also a word is the place ("zuilen 16.40:").
        if (
            size == 1
            and freq >= _ORDINARY_FREQ
            and not (heading and ((kinds & (TOWN | AREA) and freq < 2000) or freq <= DICT_WORD))
        ):
            continue
        follows = (
            last + 1 >= len(words)
            or nxt in {":", ",", "("}
            or (words[last + 1].low in _AFTER_OPENING)
            or heading
        )
        if follows:
            return _Cand(s, last, _titled(raw[words[s].start : words[last].end]), "area")
    # A word in no list at all, before "bij/op/aan" or ":": "wolderwijk bij de speeltuin".
    if s < len(words) - 1 and not words[s].cap:
        w = words[s]
        key = w.low
        nxt = raw[w.end : w.end + 2].lstrip(" ")[:1]
        if (
            len(key) >= 6
            and key.isalpha()
            and key not in lex.word_freq
            and key not in lex.english
            and key not in lex.first_names
            and key not in lex.surnames
            and key not in STOPWORDS
            and (nxt == ":" or words[s + 1].low in {"bij", "op", "aan", "achter", "naast"})
        ):
            return _Cand(s, s, _titled(raw[w.start : w.end]), "area")
    return None


def _join_hyphenated(c: _Cand, text: Text, words: list[Token], lex: Lexicon) -> None:
    """Widen a mention over hyphens while the whole is a known place: "Nieuw-Amsterdam"
    is no Amsterdam, "'s-Gravenpolder", "Cadzand-Bad", "nieuw-buinen"."""
    raw = text.raw
    first, last = c.first, c.last
    while first > 0 and raw[words[first - 1].end : words[first].start] == "-":
        key = place_key(raw[words[first - 1].start : words[last].end])
        if not lex.places.get(key, 0) & (TOWN | AREA | STREET):
            break
        first -= 1
    # To the right only a town, the longest: "Cadzand-Bad", "Egmond-aan-Zee";
    # "Kanaleneiland-park" and "Vrederust-flats" are the place and a noun.
    end = last
    while end + 1 < len(words) and raw[words[end].end : words[end + 1].start] == "-":
        end += 1
    for stop in range(end, last, -1):
        if lex.places.get(place_key(raw[words[first].start : words[stop].end]), 0) & TOWN:
            last = stop
            break
    if (first, last) != (c.first, c.last):
        _widen(c, raw, words, first, last, lex)


def _widen(c: _Cand, raw: str, words: list[Token], first: int, last: int, lex: Lexicon) -> None:
    """Give a mention its wider span and name; an unknown name that became a known town
    is a town ("Vennep" -> "Nieuw-Vennep", "Zee" -> "Egmond aan Zee")."""
    c.first, c.last = first, last
    c.name = _titled(raw[words[first].start : words[last].end])
    if c.kind == "area" and lex.places.get(place_key(c.name), 0) & TOWN:
        c.kind = "town"


# Words inside a town's name: "Egmond aan Zee", "Alphen aan den Rijn", "Bergen op Zoom",
# "Wijk bij Duurstede", "Hoek van Holland".
_TOWN_PARTICLES = frozenset({"aan", "op", "bij", "in", "ter", "ten", "den", "de", "van"})


def _join_town_particles(c: _Cand, text: Text, words: list[Token], lex: Lexicon) -> bool:
    """Widen a mention over particles to the town it begins or ends ("Egmond" or "Zee"
    in "Egmond aan Zee"); True when it was widened."""
    raw = text.raw
    j = c.first
    while j > 0 and c.first - j < 3 and words[j - 1].low in _TOWN_PARTICLES:
        if not _adjacent(raw, words[j - 1], words[j]):
            break
        j -= 1
    bigrams = lex.place_bigrams  # the first two words of every multi-word place
    if (
        j < c.first
        and j > 0
        and f"{words[j - 1].low} {words[j].low}" in bigrams
        and _adjacent(raw, words[j - 1], words[j])
    ):
        key = place_key(raw[words[j - 1].start : words[c.last].end])
        if lex.places.get(key, 0) & TOWN:
            _widen(c, raw, words, j - 1, c.last, lex)
            return True
    k = c.last
    while (
        k + 1 < len(words)
        and k - c.last < 3
        and words[k + 1].low in _TOWN_PARTICLES
        and _adjacent(raw, words[k], words[k + 1])
    ):
        k += 1
    if k == c.last or k + 1 >= len(words) or not _adjacent(raw, words[k], words[k + 1]):
        return False
    if f"{words[c.first].low} {words[c.first + 1].low}" not in bigrams:
        return False
    key = place_key(raw[words[c.first].start : words[k + 1].end])
    if not lex.places.get(key, 0) & TOWN:
        return False
    _widen(c, raw, words, c.first, k + 1, lex)
    return True


def _hyphenated_places(
    text: Text, words: list[Token], lex: Lexicon, cands: list[_Cand]
) -> list[_Cand]:
    """Towns and districts written with a hyphen that no other rule saw, typed in any
    case: "in nieuw-buinen", "bij Wijk-aan-Zee"."""
    raw = text.raw
    taken = {k for c in cands for k in range(c.first, c.last + 1)}
    out: list[_Cand] = []
    for i in range(len(words) - 1):
        if i in taken or raw[words[i].end : words[i + 1].start] != "-":
            continue
        last = i + 1
        while last + 1 < len(words) and raw[words[last].end : words[last + 1].start] == "-":
            last += 1
        while last > i:
            kinds = lex.places.get(place_key(raw[words[i].start : words[last].end]), 0)
            if kinds & (TOWN | AREA) and not any(k in taken for k in range(i, last + 1)):
                name = _titled(raw[words[i].start : words[last].end])
                out.append(_Cand(i, last, name, "town" if kinds & TOWN else "area"))
                taken.update(range(i, last + 1))
                break
            last -= 1
    return out


def _person_like(c: _Cand, words: list[Token], lex: Lexicon) -> bool:
    """An unknown capitalised name that the name lists know and the place lists do not
    ("de leider B. Aydın", "zijn zoon Anouar", "de Jong van de Hema") is a person, not
    the scene; so is a capitalised common word that no place list knows ("Misschien").
    The gate has normally replaced names by "[naam]" already; this is for raw text. A
    name that is also an ordinary word or any known place stays."""
    places = lex.places
    core_at = [k for k in range(c.first, c.last + 1) if words[k].low not in PARTICLES]
    if not core_at:
        return False
    cores = [words[k] for k in core_at]
    if len(cores) == 1:
        # "de Vries van de Kruidvat", "De Jong zegt": a surname that takes a particle,
        # unless the name with its article is a street, area or shop ("De Kuip").
        key = cores[0].low
        article = words[core_at[0] - 1].low if core_at[0] > 0 else ""
        if (
            article in _SURNAME_ARTICLES
            and key in lex.particle_surnames
            and lex.surnames.get(key, 0) >= 200
            and not places.get(f"{article} {key}", 0) & (STREET | AREA | SHOP)
        ):
            return True
    if place_key(c.name) in places:
        return False
    if len(cores) == 1 and lex.word_freq.get(cores[0].low, 0) > 20_000:
        return cores[0].low not in places  # a capitalised common word: "Misschien ..."
    for w in cores:
        key = w.low
        if key in places or key in lex.not_names:
            return False
        first, sur = lex.first_names.get(key, 0), lex.surnames.get(key, 0)
        if first < 20 and sur < 20:
            return False
        if lex.word_freq.get(key, 0) > 200:
            return False  # an ordinary word as well
    return True


def _qualifiers(cands: list[_Cand], text: Text, words: list[Token]) -> None:
    """A town or street that only says which one a place is does not outrank it: "de
    Kwalitaria in Nijverdal" is at the Kwalitaria (the town takes the place's role, so
    "kwamen van de Jumbo in Maarssen" stays context), and "bij de Lidl aan de
    Kerkstraat" at that Lidl (the shop ranks with its street). A guessed name that may
    be no place at all ("Levering in Kerkrade") qualifies nothing."""
    ends = {
        c.last: c
        for c in cands
        if c.kind not in {"town", "generic"}
        and (c.known or c.kind != "area" or c.first != c.last or not _opens(text, words, c.first))
    }
    for c in sorted(cands, key=lambda c: c.first):
        if c.first < 2 or c.kind not in {"town", "street"}:
            continue
        k = c.first - 1
        if c.kind == "street" and words[k].low in _DETERMINERS:
            k -= 1
        head = ends.get(k - 1)
        if head is None or head is c:
            continue
        link = words[k].low
        if c.kind == "town" and link == "in":
            c.role = min(c.role, head.role)
            c.score = min(c.score, head.score - 0.1)
            c.context = c.context or head.context
        elif (
            c.kind == "street"
            and head.kind == "shop"
            and not head.context
            and link in {"aan", "op", "in"}
            and fold(head.name) not in fold(c.name)
        ):
            head.score = max(head.score, c.score + 0.1)


def _opens(text: Text, words: list[Token], i: int) -> bool:
    """Whether word i opens the message or a sentence (where a capital says less)."""
    if i == 0:
        return True
    return _SENTENCE_END.search(text.raw, words[i - 1].end, words[i].start) is not None


def _evaluate(
    v: _Variant,
    i: int,
    j: int,
    lows: list[str],
    present: set[str],
    joined_text: str,
    fuzzy: bool,
) -> _Cand | None:
    """Score one configured-name variant found at words i..j."""
    q = 0.0
    first, last = i, j
    typed = False
    if v.type_word is not None:
        tw = v.type_word
        aliases = {tw, *(k for k, val in TYPES.items() if val == TYPES.get(tw))}
        near_before = [k for k in range(max(0, i - 4), i) if lows[k] in aliases]
        near_after = [k for k in range(j + 1, min(len(lows), j + 3)) if lows[k] in aliases]
        if lows[i] in aliases:
            q += 0.5  # matched with its type word: "station Almere Buiten"
            typed = True
        elif near_before:
            q += 0.5
            if near_before[-1] >= i - 1:
                first = near_before[-1]
        elif near_after:
            q += 0.5
            if near_after[0] == j + 1:
                last = near_after[0]
        elif v.type_required:
            return None
        else:
            q -= 0.15
    if v.shop:
        shop_key = "".join(v.shop)
        if shop_key in present or " ".join(v.shop) in joined_text:
            q += 0.6
        else:
            q -= 0.6
    if v.town:
        town_key = " ".join(v.town)
        if town_key in joined_text:
            q += 0.4
        else:
            q -= 0.2
            for t in TOWNS:
                if t != town_key and len(t) > 3 and f" {t} " in f" {joined_text} ":
                    return None
    if (
        len(v.core) > 1
        and v.core[0] in {"de", "het", "t"}
        and i == first
        and i > 0
        and lows[i - 1] == v.core[0]
        and lows[i] == v.core[1]
    ):
        first = i - 1  # "De Driesprong" found as "driesprong": keep its article
    if tuple(lows[i : j + 1]) == v.full:
        q += 0.3
    if fuzzy:
        q -= 0.4
    if v.type_required or typed or first < i or last > j:
        kind = "typed"  # the type word is written with the name: "station Almere Buiten"
    elif " ".join(v.core) in SHOPS and not v.shop:
        kind = "shop"
    elif v.shop:
        kind = "street"
    else:
        kind = _suffix_kind("".join(v.core[-1:])) or (
            "town" if " ".join(v.core) in TOWNS else "area"
        )
    return _Cand(first, last, v.place.name, kind, v.place, q)


def _break_positions(text: Text) -> list[int]:
    """Character offsets of clause-ending punctuation."""
    raw = text.raw
    low = text.low
    out = []
    for m in _BREAK_CHAR.finditer(low):
        pos = m.start()
        if low[pos] == ".":
            if 0 < pos < len(raw) - 1 and raw[pos - 1].isdigit() and raw[pos + 1].isdigit():
                continue
            if _ABBREV_DOT.search(low, max(0, pos - 6), pos):
                continue  # "Dr. Lelykade", "St. Bonifatiuscollege"
        out.append(pos)
    return out


_BREAK_CHAR = re.compile(r"[.!?:;]")


def _heading_end(text: Text, words: list[Token], breaks: list[int]) -> int:
    """Index of the first word after the opening phrase: "Westzijde bij de AH: ...",
    "Zuidplein 18.15 - ...", "Schilderswijk, Hobbemaplein 21.00u: ...". 0 when the
    message does not open with such a phrase."""
    raw = text.raw
    k = 0
    while k < len(words) and (words[k].low.isdigit() or _CLOCKISH.fullmatch(words[k].low)):
        k += 1  # a leading time: "22.45 Rembrandtplein:"
    first = k
    limit = min(len(words), first + 8)
    for j in range(first, limit):
        w = words[j]
        after = raw[w.end : w.end + 3]
        if j > first and j <= first + 3 and _is_clock(raw, w):
            return j
        if after[:1] in {":", ","} or after.startswith(" -") or after.startswith(" /"):
            rest = raw[w.end : w.end + 1]
            if rest == "," and j + 1 < len(words):
                # "Schilderswijk, Hobbemaplein 21.00u:" keeps going to the colon.
                colon = raw.find(":", w.end)
                if colon >= 0 and sum(1 for x in words if w.end <= x.start < colon) <= 6:
                    continue
            return j + 1
    return 0


def _is_clock(raw: str, w: Token) -> bool:
    """A clock time token: "18.15", "23u", "21:40"."""
    if not _CLOCKISH.fullmatch(w.low):
        return False
    return w.low.endswith("u") or (
        raw[w.end : w.end + 1] in {".", ":"} and raw[w.end + 1 : w.end + 2].isdigit()
    )


def _clause_words_before(words: list[Token], idx: int, breaks: list[int], k: int) -> list[str]:
    """Up to ``k`` words before word ``idx`` in its clause ("kwamen er twee groepen uit
    Almere Haven naar het Stationsplein": the move word starts the clause)."""
    out: list[str] = []
    j = idx - 1
    while j >= 0 and len(out) < k:
        if any(words[j].end <= b < words[j + 1].start for b in breaks):
            break
        out.append(words[j].low)
        j -= 1
    return out


def _prev_words(words: list[Token], idx: int, k: int) -> list[str]:
    return [w.low for w in words[max(0, idx - k) : idx]]


def _role(
    c: _Cand,
    text: Text,
    words: list[Token],
    breaks: list[int],
    heading_end: int,
    corr: re.Match[str] | None,
    police: bool = False,
) -> float:
    """How much the words around a mention make it the scene. Marks ``c.context`` when
    they make it a place the group came from or went to, or was not at: a generic place
    may then win over it (see ``_pick``)."""
    c.context = False
    i = c.first
    start = words[i].start
    # "in Amersfoort Vathorst", "bij de Jumbo Kerkelanden": the district or area right after
    # a town or a shop has the same preposition.
    i_prep = i
    if i > 0 and words[i - 1].end + 1 == start and text.raw[start - 1] == " ":
        w1 = words[i - 1].low
        if i > 1 and f"{words[i - 2].low} {w1}" in _TOWNS_SHOPS:
            i_prep = i - 2
        elif w1 in _TOWNS_SHOPS:
            i_prep = i - 1
    prev = _prev_words(words, i_prep, 4)
    # Skip determiners back to the preposition.
    p = len(prev) - 1
    while p >= 0 and (
        prev[p] in _DETERMINERS or (p == len(prev) - 1 and prev[p] in GENERIC_PLACES)
    ):
        p -= 1
    prep = prev[p] if p >= 0 else None
    # A clause break between the preposition and the mention cancels it.
    if p >= 0:
        prep_pos = words[i_prep - (len(prev) - p)].start
        if any(prep_pos < b < start for b in breaks):
            prep = None
    score = 0.0
    sentence_start = i == 0 or any(words[i - 1].end <= b < start for b in breaks)
    if prep in _EVENT_PREPS:
        score += 2.0
    elif prep in _DEST_PREPS:
        window = set(_clause_words_before(words, i, breaks, 15))
        after_words = [w.low for w in words[c.last + 1 : c.last + 4]]
        after = " ".join(after_words)
        if (
            window & _MOVE_WORDS
            or _MOVE_WORDS.intersection(after_words[:1])
            or re.search(r"oproep|iedereen|roept\s+op|roepen\s+op|opgeroepen", text.low[:start])
            or re.search(r"\b(?:te\s+)?komen\b", after)
        ):
            if c.kind == "town":
                score += 0.5  # "iedereen naar Heerlen": the town
            elif (window | set(after_words[:1])) & _RELOCATED:
                score += 2.5  # "is verhuisd naar ...": where the group is now
            else:
                score += 2.0
        else:
            score -= 2.0
            c.context = True
    elif prep in _ORIGIN_PREPS:
        k_before = i_prep - (len(prev) - p) - 1
        before = words[k_before].low if k_before >= 0 else ""
        while (
            before.isdigit()
            and k_before > 0
            and text.raw[words[k_before].end : words[k_before].end + 1] == ")"
        ):
            k_before -= 1  # "groep meiden (6) van de Plantage": the word before the count
            before = words[k_before].low
        if prep in {"van", "vd", "vh"} and (
            before in _GROUP_NOUNS
            or (
                _owner_follows(before)
                and not (c.kind in {"street", "poi"} and _house_number_after(text, words, c.last))
            )
        ):
            # "de jongens van de Plantage", "de ramen van de Kwalitaria"; but "de portiek
            # van Kerkweg 8" is someone's home.
            score += 1.5
        elif prep == "vanuit" and c.kind in {"poi", "street", "typed"}:
            score += 0.5
        else:
            score -= 2.5
            c.context = True
    elif i < heading_end:
        org = [w for w in _prev_words(words, i, 3) if w in ORG_WORDS]
        if org and not ONSITE_ROLES.intersection(_prev_words(words, i, 3)):
            score -= 1.5
        else:
            score += 2.0
    elif c.kind in {"area", "town"} and c.known is None:
        nxt = words[c.last + 1].low if c.last + 1 < len(words) else ""
        colon_after = text.raw[words[c.last].end : words[c.last].end + 2].strip()[:1] == ":"
        if not (sentence_start and (nxt in {"bij", "-"} or colon_after)):
            score -= 1.0
            if sentence_start and _LETTERS.fullmatch(nxt) and nxt not in _EVENT_PREPS:
                score -= 1.0
    # An organisation word right before a place names the poster's area.
    if (
        prep not in _EVENT_PREPS
        and any(w in ORG_WORDS for w in prev[-2:])
        and not ONSITE_ROLES.intersection(prev[-2:])
    ):
        score -= 1.5
    # "X-groep", "de groep van X": the group's own place.
    end = words[c.last].end
    if text.low[end : end + 8].lstrip()[:1] == "-":
        nxt_tokens = [t.low for t in text.tokens if t.start >= end][:2]
    else:
        nxt_tokens = []  # only "X-groep" matters below
    if nxt_tokens[:1] == ["-"] and len(nxt_tokens) > 1 and nxt_tokens[1].endswith("groep"):
        score = 0.5 if prep in _ORIGIN_PREPS else max(score, 1.0) + 0.5
    # An address: street followed by a house number.
    if _house_number_after(text, words, c.last) and c.kind in {"street", "poi"}:
        score -= 2.0
    if prev and prev[-1] in {"groep", "groepje"} and prep is None:
        score += 1.5
    if prev and (set(prev[-3:]) & _PAST or "vorige" in prev[-3:]):
        score -= 1.0
    if (prev and prev[-1] == "nu") or prev[-2:-1] == ["nu"]:
        score += 0.5
    if corr is not None and start > corr.end():
        score += 3.0
    elif corr is not None and start < corr.start():
        c.context = True  # "bij de Kruisstraat, nee sorry, bij de sporthal"
    # Not where it happens: "niet meer op het Mosveld", "was vandaag niet in het park",
    # "geen klachten meer bij de JOP".
    if prep in _EVENT_PREPS and p >= 0:
        k_prep = i_prep - (len(prev) - p)
        neg = [x.low for x in words[max(0, k_prep - 3) : k_prep]]
        if _NEGATED_PLACE.intersection(neg) and not any(
            words[max(0, k_prep - 3)].start < b < words[k_prep].start for b in breaks
        ):
            score -= 3.0
            # Surely not there only when the negation is right before the preposition
            # ("niet in het park", "niet meer op"), not "die niet luisteren op het plein".
            c.context = c.context or neg[-1] in _NEGATED_PLACE or neg[-1] == "meer"
    if _NOT_THERE_AFTER.match(text.low, words[c.last].end):
        score -= 3.0  # "De groep bij de Karnemelksloot was er niet"
        c.context = c.context or _NOT_THERE_SURE.match(text.low, words[c.last].end) is not None
    # A form: "Waar: Stationsplein Emmen".
    if text.low.rfind(":", max(0, start - 4), start) >= 0 and _FIELD_WHERE.search(
        text.low, max(0, start - 16), start
    ):
        score += 2.5
    # Right after a clock time: "vrijdag 22u Schilderswijk", "morgen 16:00 Vondelpark".
    if prep is None and i > 0 and _is_clock(text.raw, words[i - 1]) and i >= heading_end:
        score += 1.5
    # Where the police caught or awaited them, in a later sentence, is no scene: "Politie
    # stond klaar in Assen", "politie wacht op ze in 's-Hertogenbosch".
    if police:
        sent_start = max((b for b in breaks if b < start and text.low[b] != ":"), default=-1)
        if sent_start >= 0 and _POLICE_CLAUSE.match(text.low, sent_start + 1):
            score -= 1.5
    return score


_POLICE_HINT = re.compile(r"politie|me\s|handhaving|boa|agenten|beveiliging|brandweer")
_POLICE_CLAUSE = re.compile(
    r"\s*(?:de\s+)?(?:politie|me|handhaving|boa'?s|agenten|beveiliging|brandweer)\s+"
    r"(?:stond|stonden|staat|wacht|wachtte|wachtten|heeft|hebben|had|is|was|kwam|zit|zat)\b"
)


_NOT_THERE_AFTER = re.compile(
    r"\s+(?:was|waren|is|zijn)\s+(?:er\s+)?(?:\w+\s+)?(?:niet|nergens|geen)\b(?!\s+(?:meer\s+)?(?:weg|te))"
)
# "was er niet", "waren er nergens": surely not there ("is geen pretje" may be the scene).
_NOT_THERE_SURE = re.compile(
    r"\s+(?:was|waren|is|zijn)\s+(?:er\s+(?:\w+\s+)?(?:niet|nergens|geen)|(?:\w+\s+)?(?:niet|nergens))\b"
    r"(?!\s+(?:meer\s+)?(?:weg|te))"
)
_NEGATED_PLACE = frozenset({"niet", "geen", "nooit", "nergens"})
_FIELD_WHERE = re.compile(r"\b(?:waar|locatie|lokatie|plek|plaats)\s*:\s*$")


_LETTERS = re.compile(r"[a-z]{2,}")
_TOWNS_SHOPS = TOWNS | frozenset(SHOPS)
# Station names end like this: "Utrecht Centraal", "Den Haag HS", "Amsterdam CS".
_STATION_TAILS = frozenset({"centraal", "hs", "cs"})
# A town and one of these is the district's whole name ("Almere Buiten", "Heerlen Noord",
# "Spijkenisse Centrum"); the town is not split off and added again as a suffix.
_DISTRICT_TAILS = frozenset(
    {"noord", "zuid", "oost", "west", "centrum", "midden", "zuidoost", "zuidwest", "noordoost",
     "noordwest", "buiten", "haven", "stad", "poort", "city", "hout"}
)  # fmt: skip
_HOUSE_NUMBER = re.compile(r"\d{1,4}[a-z]{0,3}")
_CLOCK_TAIL = re.compile(r"[.:h]\d|\s*(?:u|uur)\b")
_TYPE_YEARS = re.compile(r"\b(?:plein|straat|laan|park)\s+'\d\d\s*-\s*'\d\d")
_PEOPLE_AFTER = re.compile(
    r"\s*\+?\s*(?:(?:-|tot|à|a)\s*\d+\s*\+?\s*)?(?:jongens|jongeren|meiden|meisjes|kids|man|gasten|"
    r"personen|pers|tieners|pubers|jongvolwassenen|kinderen)\b"
)


def _house_number_after(text: Text, words: list[Token], last: int) -> bool:
    """A street followed by a house number ("Kattensingel 42", "Columbuslaan 312")."""
    if last + 1 >= len(words):
        return False
    nxt = words[last + 1]
    if nxt.start - words[last].end > 1 or not _HOUSE_NUMBER.fullmatch(nxt.low):
        return False
    raw = text.raw
    tail = raw[nxt.end : nxt.end + 12]
    if _CLOCK_TAIL.match(tail) or nxt.low.endswith("u"):
        return False  # a time: "Hobbemaplein 21.00u"
    return _PEOPLE_AFTER.match(fold(tail)) is None


_NOT_IN_NAME = frozenset('.,:;!?()\n"')


def _adjacent(raw: str, a: Token, b: Token) -> bool:
    """Two consecutive words with at most a space or a hyphen between them."""
    if b.start - a.end > 2:
        return False
    gap = raw[a.end : b.start]
    if gap == ". " and a.cap and a.low in {"dr", "st", "mr", "prof", "burg"}:
        return True
    if "'" in gap and " " in gap:
        return False  # a quotation mark opens or closes: "bij de Jumbo 'Schothorst-Zuid'"
    return _NOT_IN_NAME.isdisjoint(gap)


def _shape_candidates(text: Text, words: list[Token], breaks: list[int]) -> list[_Cand]:
    """Place mentions found by their shape: types, name endings, capitalised runs."""
    out: list[_Cand] = []
    n = len(words)
    raw = text.raw
    lower_mode = not any(w.cap for w in words)
    used: set[int] = set()

    def adjacent(a: int, b: int) -> bool:
        """Whether word a and the next word b may belong to one name."""
        return _adjacent(raw, words[a], words[b])

    def cap_run_left(idx: int, floor: int = 0) -> int:
        """Extend a name to the left over capitalised words and inner particles."""
        k = idx
        while k - 1 >= floor and adjacent(k - 1, k):
            w = words[k - 1]
            if (
                w.cap
                and w.low not in NOT_NAMES
                and w.low not in _EVENT_PREPS
                and w.low not in (_DEST_PREPS | _ORIGIN_PREPS)
            ):
                if w.low in ORG_WORDS or w.low in TOWNS or w.low.endswith(_EVENT_NOUNS):
                    break
                k -= 1
                continue
            if (
                w.cap
                and w.low in {"van", "ter", "ten", "den"}
                and (k - 1 == 0 or words[k - 2].low in _EVENT_PREPS | _DETERMINERS | _ORIGIN_PREPS)
            ):
                k -= 1
                break
            if (
                w.low in _NAME_PARTICLES
                and k - 2 >= floor
                and words[k - 2].cap
                and adjacent(k - 2, k - 1)
            ):
                if words[k - 2].low in _EVENT_PREPS | _DEST_PREPS | _ORIGIN_PREPS | NOT_NAMES:
                    break
                if words[k - 2].low in ORG_WORDS or words[k - 2].low in TOWNS:
                    break
                k -= 2
                continue
            if lower_mode and w.low in {
                "nieuwe",
                "oude",
                "lange",
                "korte",
                "grote",
                "kleine",
                "hoge",
                "lage",
                "groene",
                "zwarte",
                "witte",
            }:
                k -= 1
                continue
            break
        return k

    def name_right(idx: int) -> int:
        """Extend a name after a type word: "station Rotterdam Zuid", "jop tongelre"."""
        k = idx
        limit = min(n, idx + 4)
        while k < limit:
            w = words[k]
            if k > idx and not adjacent(k - 1, k):
                break
            if w.low.isdigit() and not (k > idx and words[k - 1].low in {"'"}):
                break
            if w.cap or ((lower_mode or not w.cap) and k == idx and w.low not in STOPWORDS):
                if w.low in NOT_NAMES and not w.cap:
                    break
                if w.low in STOPWORDS and not w.cap:
                    break
                k += 1
                continue
            if w.low in PARTICLES and k + 1 < limit and words[k + 1].cap:
                k += 1
                continue
            if lower_mode and w.low not in STOPWORDS and w.low not in NOT_NAMES and k > idx:
                if w.low in GENERIC_PLACES or w.low in TYPES:
                    break
                k += 1
                continue
            break
        return k - 1

    for m in _TYPE_YEARS.finditer(text.low):
        k = next((x for x in range(n) if words[x].start == m.start()), None)
        if k is not None:
            last = max(x for x in range(n) if words[x].start < m.end())
            out.append(_Cand(k, last, raw[m.start() : m.end()], "street"))
            used.update(range(k, last + 1))
    i = 0
    while i < n:
        w = words[i]
        lw = w.low
        if i in used:
            i += 1
            continue
        if (
            not w.cap
            and not lower_mode
            and lw not in TYPES
            and lw not in GENERIC_PLACES
            and lw not in SHOPS
            and not lw.endswith(_STRONG_LOWER)
        ):
            i += 1  # a lowercase word in a message with capitals: none of the rules below
            continue
        # 1. A type word with a name: "station Zaandam", "wc woensel", "JOP Reigersbos".
        if lw in TYPES and i + 1 < n and adjacent(i, i + 1):
            nxt = words[i + 1]
            strict = TYPES[lw] in {
                "Park",
                "Plein",
                "Markt",
                "Boulevard",
                "Speeltuin",
                "Sportpark",
                "Halte",
                "Bushalte",
                "JOP",
            } and lw not in {"jop"}
            # "de tramhalte vernield", "bij het winkelcentrum racen": after an article the
            # type word is a common noun, and a lowercase word after it no name, in a
            # message that has capitals ("bij wc woensel" stays a name).
            if (
                not lower_mode
                and not nxt.cap
                and i > 0
                and words[i - 1].low in _DETERMINERS
                and lw != "jop"
                and nxt.low not in _COMPASS
            ):
                strict = True
            # "winkelcentrum De Driesprong": a name with its article.
            named_article = (
                nxt.cap
                and nxt.low in _ARTICLES
                and i + 2 < n
                and words[i + 2].cap
                and adjacent(i + 1, i + 2)
            )
            if (
                (nxt.cap or not strict)
                and (nxt.low not in STOPWORDS or named_article)
                and (nxt.low not in NOT_NAMES or named_article)
                and nxt.low not in GENERIC_PLACES
                and not nxt.low.isdigit()
            ):
                last = name_right(i + 1)
                if last >= i + 1:
                    name_raw = raw[words[i + 1].start : words[last].end]
                    if TYPES[lw] in {"Markt", "Plein", "Park"} and name_raw.lower() in TOWNS:
                        out.append(_Cand(i, last, f"{TYPES[lw]}, {_titled(name_raw)}", "typed"))
                    else:
                        out.append(_Cand(i, last, f"{TYPES[lw]} {_titled(name_raw)}", "typed"))
                    used.update(range(i, last + 1))
                    i = last + 1
                    continue
        # 2. A name followed by a type word: "Purmerend station", "Hoogvliet-winkelcentrum".
        if (
            i + 1 < n
            and words[i + 1].low in POSTFIX_TYPES
            and adjacent(i, i + 1)
            and (w.cap or lower_mode)
            and lw not in NOT_NAMES
            and lw not in STOPWORDS
            and lw not in GENERIC_PLACES
        ):
            first = cap_run_left(i)
            name_raw = raw[words[first].start : w.end]
            out.append(
                _Cand(first, i + 1, f"{TYPES[words[i + 1].low]} {_titled(name_raw)}", "typed")
            )
            used.update(range(first, i + 2))
            i += 2
            continue
        # "X Centraal" is a station.
        if lw == "centraal" and w.cap and i > 0 and words[i - 1].cap and adjacent(i - 1, i):
            first = i - 1
            while (
                first - 1 >= 0
                and words[first - 1].cap
                and adjacent(first - 1, first)
                and (words[first - 1].low not in NOT_NAMES)
            ):
                first -= 1
            out.append(_Cand(first, i, raw[words[first].start : w.end], "typed"))
            used.update(range(first, i + 1))
            i += 1
            continue
        # 3. A word with a place ending: "Kruisstraat", "Johan de Wittlaan", "Maximapark".
        kind = _suffix_kind(lw) if lw not in TOWNS else None
        if kind is not None and (w.cap or lw.endswith(_STRONG_LOWER)):
            first = cap_run_left(i)
            if lw in TOWNS:
                kind = "town"
            last = i
            if (
                kind in {"street", "area"}
                and i + 1 < n
                and raw[w.end : words[i + 1].start] == "-"
                and words[i + 1].low in _COMPASS
            ):
                last = i + 1  # "Ringbaan-Oost", "Singel-Noord"
            out.append(_Cand(first, last, _titled(raw[words[first].start : words[last].end]), kind))
            used.update(range(first, last + 1))
            i = last + 1
            continue
        # A generic place noun after a capitalised name: "Genneper parken", "Scheveningen
        # boulevard".
        if (
            (lw in GENERIC_PLACES or lw in TYPES)
            and i > 0
            and words[i - 1].cap
            and adjacent(i - 1, i)
            and (i - 1) not in used
            and words[i - 1].low not in NOT_NAMES
        ):
            first = cap_run_left(i - 1)
            name_raw = raw[words[first].start : words[i - 1].end]
            if (
                lw in TYPES
                and TYPES[lw] in {"Boulevard", "Park", "Markt"}
                and not lw.endswith("parken")
            ):
                if name_raw.lower() in TOWNS and TYPES[lw] == "Markt":
                    out.append(_Cand(first, i, f"Markt, {name_raw}", "typed"))
                else:
                    out.append(_Cand(first, i, f"{TYPES[lw]} {name_raw}", "typed"))
                i += 1
                continue
            if lw.endswith(("parken", "park", "plas", "bos")):
                out.append(_Cand(first, i, raw[words[first].start : w.end], "poi"))
                i += 1
                continue
        # A name with its article: "buurthuis De Schakel", "De Kuip" (not "de Kleiweg":
        # street, park and area names leave the article out).
        if lw in _ARTICLES and w.cap and i + 1 < n and adjacent(i, i + 1):
            last = i
            while (
                last + 1 < n
                and adjacent(last, last + 1)
                and words[last + 1].cap
                and words[last + 1].low not in NOT_NAMES
                and words[last + 1].low not in STOPWORDS
                and words[last + 1].low not in ORG_WORDS
                and not _has_digit(words[last + 1].low)
            ):
                last += 1
            tail = words[last].low
            if (
                last > i
                and _suffix_kind(tail) is None
                and tail not in GENERIC_PLACES
                and tail not in TYPES
                and tail not in SHOPS
                and fold(raw[words[i + 1].start : words[last].end]) not in TOWNS
            ):
                phrase = raw[w.start : words[last].end]
                after = words[last + 1].low if last + 1 < n else ""
                if after in POSTFIX_TYPES and adjacent(last, last + 1):
                    # "De Mare winkelcentrum"
                    out.append(_Cand(i, last + 1, f"{TYPES[after]} {phrase}", "typed"))
                    last += 1
                else:
                    out.append(_Cand(i, last, phrase, "poi"))
                used.update(range(i, last + 1))
                i = last + 1
                continue
        # 4. Capitalised runs: "Hoog Catharijne", "Kop van Zuid", "Westzijde", "Gouda".
        if w.cap and _run_start_ok(words, i, raw):
            if lw.endswith(_EVENT_NOUNS) and i + 1 < n and adjacent(i, i + 1) and words[i + 1].cap:
                i += 1  # "Zomerfeest Amstelpark:": the event is no part of the name
                continue
            last = i
            while last + 1 < n and adjacent(last, last + 1):
                nx = words[last + 1]
                if (
                    nx.cap
                    and nx.low not in NOT_NAMES
                    and nx.low not in ORG_WORDS
                    and (not _has_digit(nx.low))
                ):
                    if nx.low in POSTFIX_TYPES and last > i - 1 and nx.low != "centraal":
                        break
                    last += 1
                    continue
                if (
                    nx.low in _NAME_PARTICLES
                    and last + 2 < n
                    and words[last + 2].cap
                    and (adjacent(last + 1, last + 2))
                    and words[last + 2].low not in NOT_NAMES
                    and not (nx.low == "en" and words[last + 2].low in TOWNS)
                ):
                    last += 2  # "Bos en Lommer", but not "Almere Haven en Almere Stad"
                    continue
                break
            if last == i and (lw in GENERIC_PLACES or lw in TYPES):
                # "op het Stationsplein", "op de Markt", "in het Stadspark": capitalised
                # after an article, mid-sentence, a generic word is the place's name.
                if (
                    i > 0
                    and words[i - 1].low in {"de", "het"}
                    and not words[i - 1].cap
                    and not raw[w.start : w.end].isupper()  # "bij de JOP": the type word
                ):
                    out.append(_Cand(i, i, raw[w.start : w.end], _generic_kind(lw)))
                elif (
                    i > 0
                    and words[i - 1].low in TOWNS
                    and raw[words[i - 1].end : w.start] == ", "
                    and raw[w.end : w.end + 1] in {":", ","}
                ):
                    # "Maastricht, Markt:": the town's square, named in the heading.
                    out.append(_Cand(i, i, raw[w.start : w.end], _generic_kind(lw)))
                i += 1
                continue
            if (
                i >= 1
                and words[i - 1].cap
                and words[i - 1].low in {"van", "ter", "ten", "den"}
                and (adjacent(i - 1, i))
                and (i == 1 or words[i - 2].low in _EVENT_PREPS | _DETERMINERS | _ORIGIN_PREPS)
            ):
                i -= 1  # "het Van Limburg Stirumplein"
            phrase = raw[words[i].start : words[last].end]
            key = fold(phrase)
            spaced = [k for k in range(i, last) if raw[words[k].end : words[k + 1].start] == " "]
            if lw in ORG_WORDS:
                i += 1  # "Beveiliger Hoog Catharijne": the name starts after the role
                continue
            if key in TOWNS:
                out.append(_Cand(i, last, phrase, "town"))
            elif lw in SHOPS or " ".join(x.low for x in words[i : min(n, i + 2)]) in SHOPS:
                shop_last = i
                for nn in (3, 2, 1):
                    if i + nn <= n and " ".join(x.low for x in words[i : i + nn]) in SHOPS:
                        shop_last = i + nn - 1
                        break
                shop_name = SHOPS[" ".join(x.low for x in words[i : shop_last + 1])]
                out.append(_Cand(i, shop_last, shop_name, "shop"))
                last = shop_last
            else:
                # A town and a district in one run ("Gouda Korte Akkeren", "Zaandam Inverdan").
                split_at = None
                joints = [
                    k
                    for k in range(i, last)
                    if k in spaced
                    or (
                        raw[words[k].end : words[k + 1].start] == "-"
                        and words[last].low not in _COMPASS
                    )
                ]
                for k in joints:
                    if k + 1 == last and words[last].low in _DISTRICT_TAILS:
                        # "Almere Buiten", "Tilburg Noord": one name, and its town.
                        head = fold(raw[words[i].start : words[k].end])
                        if head in TOWNS:
                            out.append(_Cand(i, k, raw[words[i].start : words[k].end], "town"))
                        break
                    head = fold(raw[words[i].start : words[k].end])
                    if head in TOWNS and words[last].low not in _STATION_TAILS:
                        split_at = k
                        break
                run_end = last
                if split_at is not None:
                    out.append(
                        _Cand(i, split_at, raw[words[i].start : words[split_at].end], "town")
                    )
                    rest_first = split_at + 1
                else:
                    rest_first = i
                if (
                    last > rest_first
                    and (last - 1) in spaced
                    and words[last].low in TOWNS
                    and words[last].low not in BIG_CITIES
                    and (
                        _suffix_kind(words[last - 1].low) is not None
                        or words[last - 1].low in GENERIC_PLACES
                    )
                ):
                    # "Stationsplein Emmen": the place, then its town.
                    out.append(_Cand(last, last, raw[words[last].start : words[last].end], "town"))
                    last -= 1
                    run_end = last + 1
                rest = raw[words[rest_first].start : words[last].end]
                last_low = words[last].low
                if last_low in _STATION_TAILS:
                    kind = "typed"
                else:
                    kind = _suffix_kind(last_low) or (
                        "poi" if last_low in GENERIC_PLACES and last > rest_first else "area"
                    )
                if split_at is not None and fold(rest) in TOWNS:
                    kind = "town"  # a route: "de trein Deventer-Zwolle"
                if len(fold(rest)) >= 3:
                    out.append(_Cand(rest_first, last, rest, kind))
                last = run_end
            i = last + 1
            continue
        # Lowercase shop names after a preposition: "bij de jumbo", "ah".
        if (
            not w.cap
            and lw in SHOPS
            and i > 0
            and words[i - 1].low in (_EVENT_PREPS | _DETERMINERS)
        ):
            out.append(_Cand(i, i, SHOPS[lw], "shop"))
            i += 1
            continue
        # Lowercase names after a place preposition, in messages typed without capitals.
        if (
            lower_mode
            and i > 0
            and lw not in STOPWORDS
            and lw not in NOT_NAMES
            and (lw not in GENERIC_PLACES)
            and lw not in SCENE_NOUNS
            and len(lw) >= 5
            and not lw.isdigit()
            and lw not in TYPES
        ):
            p = i - 1
            while p >= 0 and words[p].low in _DETERMINERS:
                p -= 1
            if p >= 0 and words[p].low in {"bij", "in", "op", "rond"} and adjacent(p, p + 1):
                # An ordinary word ("op de ramen") is at most a spot of its own, reported
                # only when nothing else is named ("op het vrijthof").
                kind = "generic" if _ordinary_word(lw) else "area"
                out.append(_Cand(i, i, _titled(raw[w.start : w.end]), kind))
                i += 1
                continue
            if i == 0 or (i < 2 and words[0].low.isdigit()):
                nxt_ch = raw[w.end : w.end + 1]
                if nxt_ch in {":", ","}:
                    out.append(_Cand(i, i, _titled(raw[w.start : w.end]), "area"))
        i += 1
    if lower_mode:
        # The first word of a lowercase message followed by ":" is a heading place.
        w0 = words[0]
        if (
            raw[w0.end : w0.end + 1] in {":", ","}
            and w0.low not in STOPWORDS | NOT_NAMES | (ORG_WORDS)
            and w0.low not in SCENE_NOUNS
            and not any(c.first == 0 for c in out)
            and not w0.low.isdigit()
            and not _ordinary_word(w0.low, heading=True)
        ):
            out.append(_Cand(0, 0, _titled(raw[w0.start : w0.end]), "area"))
    # A bare "JOP" next to a place: "bij de jop in het Reigersbos", "Tongelre bij de jop".
    for k, w in enumerate(words):
        if w.low == "jop" and not any(c.first <= k <= c.last for c in out):
            near = [
                c
                for c in out
                if c.kind in {"area", "poi", "street"}
                and (0 < c.first - k <= 3 or 0 < k - c.last <= 3)
            ]
            if near:
                c = min(near, key=lambda c: abs(c.first - k))
                out.append(_Cand(min(k, c.first), max(k, c.last), f"JOP {c.name}", "typed"))
    out.extend(_generic_candidates(raw, words, out))
    return out


# Articles and demonstratives before a generic place noun ("de", "die bankjes").
_GENERIC_DETS = frozenset({"de", "het", "'t", "t", "die", "dat", "deze", "dit"})
# Prepositions that tie a generic place to another one: "JOP achter de sporthal".
_RELATION_PREPS = frozenset(
    {"achter", "naast", "tegenover", "bij", "voor", "onder", "nabij", "thv", "aan", "op",
     "in", "van", "langs", "rond", "rondom", "boven", "tussen", "tov"}
)  # fmt: skip
# Prepositions that may go without an article ("bij jop", "achter sporthal"), unlike
# "op school", "in park", "naar school", which are idioms or no place of the scene.
_BARE_PREPS = frozenset(
    {"bij", "achter", "naast", "tegenover", "nabij", "thv", "rond", "rondom", "langs", "tov",
     "vd", "vh"}
)  # fmt: skip
_PLACE_PREPS = _EVENT_PREPS | _DEST_PREPS | _ORIGIN_PREPS | _BARE_PREPS


def _ordinary_word(low: str, heading: bool = False) -> bool:
    """A common Dutch word that no town or neighbourhood list knows: in a lowercase
    message "op de ramen", "in het trappenhuis", "op fietsers" name no place of their
    own (a street of that name somewhere does not make one); "in zuilen" still does.
    A heading ("vrijthof:", "toverland,") is a strong cue: there only a word seen in
    running text counts as ordinary, not one the word list merely holds."""
    lex = shared_lexicon()
    floor = DICT_WORD + 1 if heading else _ORDINARY_FREQ
    return lex.word_freq.get(low, 0) >= floor and not lex.places.get(low, 0) & (TOWN | AREA)


def _adjective(w: Token) -> bool:
    """An inflected adjective between an article and its noun ("de oude sporthal")."""
    low = w.low
    return (
        not w.cap
        and len(low) >= 4
        and low.endswith("e")
        and low.isalpha()
        and low not in STOPWORDS
        and low not in SCENE_NOUNS
    )


def _generic_start(raw: str, words: list[Token], head: int) -> int | None:
    """First word of a generic place ending in the noun at ``head`` (an adjective is
    kept), or None when no place preposition or heading makes it a place: "bij de
    sporthal", "achter de oude flat", "bij jop", "Sporthal: ...", not "de sporthal is
    dicht" or "op school"."""
    first = head
    if head >= 2 and _adjective(words[head - 1]) and _adjacent(raw, words[head - 1], words[head]):
        first = head - 1
    j = first - 1
    has_det = j >= 0 and words[j].low in _GENERIC_DETS and _adjacent(raw, words[j], words[first])
    if has_det:
        j -= 1
    elif first < head:
        return None  # an adjective without an article: "grote sporthal"
    if j >= 0 and _adjacent(raw, words[j], words[j + 1]) and words[j].low in _PLACE_PREPS:
        return first if has_det or words[j].low in _BARE_PREPS else None
    if j < 0 and raw[words[head].end : words[head].end + 1] == ":":
        return first  # a heading: "Sporthal: 8 jongens", "De JOP: rustig"
    return None


def _relation_end(raw: str, words: list[Token], last: int, taken: set[int]) -> int | None:
    """Last word of a relational phrase after a generic place that ends in another
    generic place ("achter de sporthal", "naast het speeltuintje"), or None."""
    n = len(words)
    j = last + 1
    if j >= n or words[j].low not in _RELATION_PREPS or not _adjacent(raw, words[last], words[j]):
        return None
    k = j + 1
    if k < n and words[k].low in _GENERIC_DETS and _adjacent(raw, words[j], words[k]):
        k += 1
        if k + 1 < n and _adjective(words[k]) and _adjacent(raw, words[k], words[k + 1]):
            k += 1
    elif words[j].low not in _BARE_PREPS:
        return None
    if (
        k < n
        and words[k].low in SCENE_NOUNS
        and k not in taken
        and _adjacent(raw, words[k - 1], words[k])
    ):
        return k
    return None


def _generic_name(raw: str, words: list[Token], first: int, last: int) -> str:
    """The reported name of a generic place: the phrase from its first word, which gets
    a capital (a type word its own canonical spelling: "jop" -> "JOP"), the rest as
    written ("JOP achter de sporthal", "Bankje naast de speeltuin", "Sporthal")."""
    w = words[first]
    lead = raw[w.start : w.end]
    rest = re.sub(r"\s+", " ", raw[w.end : words[last].end])
    canon = TYPES.get(w.low)
    if canon is not None and canon.lower() == w.low:
        lead = canon
    elif lead.isupper() or lead.islower():
        lead = lead[:1].upper() + lead[1:].lower()
    if rest.isupper():
        rest = rest.lower()  # a message in capitals: "BIJ DE JOP ACHTER DE SPORTHAL"
    return lead + rest


def _generic_candidates(raw: str, words: list[Token], found: list[_Cand]) -> list[_Cand]:
    """Places named by a common noun, with no name: "bij de JOP", "op het trapveldje
    achter de flat". Kind "generic": chosen only when no named place is part of the
    scene (see ``_pick``). A noun that is the type word of a name found next to it
    ("sporthal De Wielewaal") or part of a found name is skipped, and so is a noun that
    ends a relational phrase (up to two: "bankje naast de speeltuin bij de flat")."""
    taken: set[int] = set()
    for c in found:
        taken.update(range(c.first, c.last + 1))
    n = len(words)
    out: list[_Cand] = []
    i = 0
    while i < n:
        if words[i].low not in SCENE_NOUNS or i in taken:
            i += 1
            continue
        first = _generic_start(raw, words, i)
        if first is None or (
            i + 1 in taken and words[i + 1].cap and _adjacent(raw, words[i], words[i + 1])
        ):
            i += 1
            continue
        last = i
        for _ in range(2):
            nxt = _relation_end(raw, words, last, taken)
            if nxt is None:
                break
            last = nxt
        out.append(_Cand(first, last, _generic_name(raw, words, first, last), "generic"))
        i = last + 1
    return out


# A generic place needs a role of its own: a place preposition, a heading, a move.
_GENERIC_MIN_ROLE = 1.0


def _pick(cands: list[_Cand]) -> _Cand | None:
    """The main place: the best score; of equal scores the later mention, and of two
    starting at one word the longer one ("station Hilversum Noord" over "Station
    Hilversum"). A generic place ("bij de sporthal") says less than any name, so it is
    chosen only when no name is named or every named place is context ("kwamen van de
    Kruisstraat, nu bij de sporthal"); a generic place that is context itself is none.
    A name without a place preposition still holds: it may be the scene's area."""
    named: _Cand | None = None
    generic: _Cand | None = None
    all_context = True
    for c in cands:
        key = (c.score, c.first, c.last)
        if c.kind == "generic":
            if (
                c.role >= _GENERIC_MIN_ROLE
                and not c.context
                and (generic is None or key > (generic.score, generic.first, generic.last))
            ):
                generic = c
        else:
            all_context = all_context and c.context
            nkey = (c.score, not c.context, c.first, c.last)
            if named is None or nkey > (named.score, not named.context, named.first, named.last):
                named = c
    if generic is not None and all_context:
        return generic
    return named


# Type nouns that, bare in a message ("bij het winkelcentrum"), name the area's one.
_BARE_TYPES = frozenset({"winkelcentrum", "station", "metrostation", "treinstation"})


def _compose(
    best: _Cand, cands: list[_Cand], text: Text, words: list[Token], breaks: list[int]
) -> str:
    """The reported name for an unconfigured place: add a shop or a town when named."""
    name = best.name
    raw = text.raw

    def same_clause(a: _Cand, b: _Cand) -> bool:
        lo = min(words[a.first].start, words[b.first].start)
        hi = max(words[a.last].end, words[b.last].end)
        return not any(lo < p < hi for p in breaks)

    if best.kind in {"street", "area", "poi"} and not name.startswith(tuple(SHOPS.values())):
        shops = [
            c
            for c in cands
            if c.kind == "shop"
            and same_clause(c, best)
            and (abs(c.first - best.last) <= 4 or abs(best.first - c.last) <= 4)
        ]
        if shops:
            shop = min(shops, key=lambda c: abs(c.first - best.first))
            between = raw[
                words[min(shop.last, best.last)].end : words[max(shop.first, best.first)].start
            ]
            if re.search(r"\b(?:op|aan|bij|in|van)\b", fold(between)):
                name = f"{shop.name} {name}"
    elif best.kind == "shop" and _town_right_after(best, cands, text, words):
        # "bij de McDonald's Hengelo": the branch's name as written.
        town = next(c for c in cands if c.kind == "town" and c.first == best.last + 1)
        return f"{name} {town.name}"
    elif best.kind == "shop":
        near = [
            c
            for c in cands
            if c.kind in {"street", "area", "poi"}
            and not (c.kind == "area" and c.first == c.last and _opens(text, words, c.first))
            and same_clause(c, best)
            and (abs(c.first - best.last) <= 4 or abs(best.first - c.last) <= 4)
        ]
        if near:
            other = min(near, key=lambda c: abs(c.first - best.first))
            name = f"{best.name} {other.name}"
    if name == best.name and best.kind in {"area", "town"} and not best.context:
        # "Alexandrium:", "Goverwelle: vuurwerk bij het winkelcentrum", "Zaandam: bij het
        # station": the landmark or the bare type the message names, with its name (a
        # town has one station but many shopping centres).
        prefix = LANDMARKS.get(fold(name))
        if prefix is None:
            prefix = next(
                (
                    TYPES[words[c.last].low]
                    for c in cands
                    if c.kind == "generic"
                    and not c.context
                    and c.last - c.first <= 1
                    and words[c.last].low in _BARE_TYPES
                    and (best.kind == "area" or words[c.last].low != "winkelcentrum")
                ),
                None,
            )
        if prefix is not None:
            name = f"{prefix} {name}"
            best = _Cand(best.first, best.last, name, "typed")
    if best.kind != "town" and "," not in name:
        towns = [c for c in cands if c.kind == "town" and c is not best and not c.context]
        for t in towns:
            key = fold(t.name)
            if key in BIG_CITIES:
                continue
            if key in fold(name) and not (
                # "Hof van Delft" in Delft: a name after the town, not the town itself
                fold(name).endswith(f"van {key}") and not best.first <= t.first <= best.last
            ):
                continue
            if raw[: words[t.first].start].count('"') % 2 == 1:
                continue  # inside a quotation
            if not _town_of_scene(t, best, text, words):
                continue
            name = f"{name}, {t.name}"
            break
    return name


def _town_right_after(best: _Cand, cands: list[_Cand], text: Text, words: list[Token]) -> bool:
    if (
        best.last + 1 >= len(words)
        or text.raw[words[best.last].end : words[best.last + 1].start] != " "
    ):
        return False
    return any(c.kind == "town" and c.first == best.last + 1 for c in cands)


_SENTENCE_END = re.compile(r"[.!?\n]")
_TOWN_CONTEXT = frozenset({"tot", "ook", "buiten", "na"}) | _DEST_PREPS | _ORIGIN_PREPS


def _town_of_scene(town: _Cand, best: _Cand, text: Text, words: list[Token]) -> bool:
    """Whether a town named in the message is the town of the place: in the heading or
    the same sentence, not a town the group came from or went to ("kwamen uit Assen",
    "blijven zitten tot Amersfoort"), not a stop on a route ("de lijn Utrecht-Amersfoort",
    "de trein Zwolle-Groningen"), not a later sentence ("Politie stond klaar in Assen")."""
    raw = text.raw
    prev = [w.low for w in words[max(0, town.first - 3) : town.first]]
    while prev and prev[-1] in _DETERMINERS:
        prev.pop()
    if prev and prev[-1] in _TOWN_CONTEXT:
        return False
    a, b = words[town.first].start, words[town.last].end
    for lo, hi in ((max(0, a - 1), a), (b, b + 1)):
        if raw[lo:hi] == "-":
            other = fold(raw[max(0, a - 25) : a - 1].split()[-1]) if lo < a else ""
            if hi > b:
                nxt = raw[b + 1 : b + 25].split()
                other = fold(nxt[0]) if nxt else ""
            if re.sub(r"[^a-z' -]", "", other) in TOWNS:
                return False
    if town.first > best.last:
        between = text.low[words[best.last].end : a]
        if _SENTENCE_END.search(between):
            return False
    return True
