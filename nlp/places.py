"""Place protection: find the places in a message before looking for persons.

Places are what the bot counts, and many carry person names (Jan Pieterszoon
Coenstraat, Anne Frankplein, Albert Heijn, Burgemeester de Vlugtlaan) or are also
surnames (Overtoom). A place found here is never read as a person. Sources, in order:

1. configured locations and aliases (always win),
2. gazetteers: national streets and towns, our neighbourhood/landmark and shop lists,
3. shape: a capitalised word ending in a place suffix (-straat, -plein, -park, ...)
   together with the capitalised words and particles before it ("Johan de Wittlaan"),
   and capitalised words right after a place noun ("station Sloterdijk",
   "winkelcentrum Zuidplein") or before a place noun ("Mundus College").

A single-word gazetteer hit that is also a common first name (there are streets
called "Roos" and "Iris") only counts as a place in place context ("bij de Roos",
"naar Iris 12") so it does not hide a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from nlp.lexicon import AREA, CONFIGURED, SHOP, STREET, TOWN, Lexicon, place_key
from nlp.words import Word

STRONG_SUFFIXES = (
    "straat", "str", "weg", "laan", "plein", "pleintje", "park", "plantsoen", "kade",
    "gracht", "singel", "dreef", "markt", "steeg", "boulevard", "centrum", "station",
    "school", "college", "lyceum", "gymnasium", "campus", "kerk", "moskee", "ziekenhuis",
    "zwembad", "sportpark", "stadion", "kwartier", "burgwal", "straatweg", "terrein",
    "theater", "passage", "promenade", "tunnel", "plas", "polder", "buurt", "wijk",
    "haven", "eiland", "pier", "strand", "kanaal", "vaart",
)
WEAK_SUFFIXES = (
    "hof", "plaats", "pad", "dam", "veld", "bos", "brug", "poort", "zoom", "ring", "baan",
    "oever", "berg", "heuvel", "hoek", "sloot", "wal", "gaarde", "hout", "erf", "hage",
    "flat", "flats", "toren", "torens", "molen", "hoeve", "daal", "horst", "meer", "oord",
    "kamp", "woud", "akker", "akkers", "velden", "zijde", "doelen", "hal", "hallen", "rijn",
    "dijk",
)
_STRONG_RE = re.compile(r"(?:" + "|".join(sorted(set(STRONG_SUFFIXES), key=len, reverse=True))
                        + r")$")
_WEAK_RE = re.compile(r"(?:" + "|".join(sorted(set(WEAK_SUFFIXES), key=len, reverse=True))
                      + r")$")
# Words that end in a suffix but are no place on their own.
_SUFFIX_EXCEPT = frozenset(STRONG_SUFFIXES) | frozenset(WEAK_SUFFIXES) | frozenset({
    "hierbij", "daarbij", "wellicht", "samenwerking", "uiteraard", "vandaag", "bergen",
    "adam", "onderweg", "snelweg", "doorweg", "vijfhoek", "weer", "ouder", "broer",
    "vooral", "geweest", "zeker", "achterdeur", "huiskamer", "winkelcentrum",
    "binnenkort", "autoweg", "hulpverlening", "jeugdwerk", "netwerk", "jongerenwerk",
    "buurtwerk", "straatwerk", "huiswerk", "vuurwerk", "rijbewijs", "afspraak",
    "vanmorgen", "blokhut", "zwerfafval", "halfuur", "kwartier",
})

# Nouns after which a capitalised name is a place: "station Sloterdijk".
PLACE_NOUNS = frozenset({
    "station", "metrostation", "treinstation", "busstation", "metro", "tram", "tramhalte",
    "bushalte", "halte", "winkelcentrum", "winkelcentra", "wc", "jop", "park", "plein",
    "school", "basisschool", "middelbare", "college", "lyceum", "sporthal", "sportpark",
    "buurthuis", "jongerencentrum", "wijk", "buurt", "stadsdeel", "gemeente", "moskee",
    "kerk", "camping", "strand", "haven", "markt", "speeltuin", "wijkcentrum",
    "winkelstraat", "plaats", "dorp", "stad", "centrum", "parkeergarage",
    "parkeerplaats", "begraafplaats", "zwembad", "bibliotheek", "ziekenhuis",
    "supermarkt", "snackbar", "kapsalon", "shoarmazaak", "avondwinkel", "pizzeria",
    "coffeeshop", "shishalounge", "shisha", "sportschool", "bioscoop", "metrohalte",
    "vestiging", "locatie", "filiaal",
})

# Nouns before which capitalised words are a place: "Mundus College".
PLACE_NOUNS_AFTER = frozenset({
    "college", "lyceum", "school", "gymnasium", "park", "plein", "markt", "centraal",
    "spoor", "forum", "theehuis", "arena", "hal", "hallen", "kerk", "moskee",
    "ziekenhuis", "station", "dome", "stadion", "centrum", "plaza", "passage", "mall",
    "academie", "campus", "huis", "poort", "boulevard", "haven", "strand", "bad",
    "zwembad", "kwartier", "hoven", "hof", "zuid", "noord", "oost", "west",
})

# Words before a single place word that make it read as a place.
PLACE_PREPS = frozenset({
    "in", "naar", "richting", "vanuit", "uit", "te", "nabij", "omgeving", "rondom",
    "langs", "via", "vanaf", "tot", "wijk", "buurt", "bij", "op", "aan", "over",
    "de", "het", "t",
})
STRONG_PLACE_PREPS = frozenset({
    "in", "naar", "richting", "vanuit", "uit", "te", "nabij", "omgeving", "rondom",
    "de", "het", "t",
})

PARTICLES = frozenset({
    "de", "van", "der", "den", "het", "t", "ter", "ten", "te", "en", "v", "vd", "la",
    "le", "da", "du", "del", "di", "op", "aan", "in", "s", "sint", "st",
})


@dataclass(frozen=True, slots=True)
class PlaceSpan:
    start: int
    end: int
    first_word: int
    last_word: int  # inclusive
    kind: int


def _joinable(gap: str) -> bool:
    """Two words may belong to one name when only spaces, hyphens, dots or
    apostrophes stand between them."""
    return len(gap) <= 3 and all(c in " -.'&/" for c in gap)


def place_suffix(w: Word) -> int:
    """2 for a strong place suffix (-straat, -plein), 1 for a weak one that is also
    common in surnames (-berg, -dijk, -veld), 0 for none."""
    k = w.key
    if len(k) < 5 or k in _SUFFIX_EXCEPT or not w.alpha:
        return 0
    if _STRONG_RE.search(k):
        return 2
    if _WEAK_RE.search(k):
        return 1
    return 0


class PlaceTagger:
    """Marks place spans over a list of words."""

    def __init__(self, lexicon: Lexicon, configured: Sequence[str] = ()) -> None:
        self.lex = lexicon
        self.places = lexicon.places
        self.heads = lexicon.place_heads
        self.conf_places: dict[str, int] = {}
        self.conf_heads: dict[str, tuple[int, ...]] = {}
        for name in configured:
            key = place_key(name)
            if not key:
                continue
            self.conf_places[key] = CONFIGURED
            words = key.split(" ")
            lens = set(self.conf_heads.get(words[0], ())) | {len(words)}
            self.conf_heads[words[0]] = tuple(sorted(lens, reverse=True))

    def _strong_name(self, w: Word) -> bool:
        return self.lex.first_names.get(w.key, 0) >= 10 and w.key not in self.lex.not_names

    def _in_place_context(self, words: Sequence[Word], i: int) -> bool:
        if i > 0 and words[i - 1].key in PLACE_PREPS and _joinable(words[i].gap_before):
            return True
        # followed by a house number: "Overtoom 12"
        if i + 1 < len(words) and words[i + 1].text[:1].isdigit():
            return True
        return False

    def tag(self, words: Sequence[Word]) -> list[PlaceSpan]:
        n = len(words)
        spans: list[PlaceSpan] = []
        covered = [False] * n
        i = 0
        while i < n:
            hit = self._gazetteer_at(words, i)
            if hit is not None:
                j, kind = hit
                spans.append(PlaceSpan(words[i].start, words[j].end, i, j, kind))
                for k in range(i, j + 1):
                    covered[k] = True
                i = j + 1
                continue
            i += 1
        # Shape rules on words not yet covered.
        for i, w in enumerate(words):
            if covered[i] or not w.cap:
                continue
            strength = place_suffix(w)
            if strength == 1 and self.lex.surnames.get(w.key, 0) >= 20 \
                    and not (i > 0 and words[i - 1].key in PLACE_PREPS):
                strength = 0
            if strength:
                start = i
                while start > 0:
                    p = words[start - 1]
                    if not _joinable(words[start].gap_before) or covered[start - 1]:
                        break
                    if p.cap and not p.sent_start:
                        start -= 1
                        continue
                    if p.cap and p.sent_start:
                        start -= 1
                        break
                    if p.key in PARTICLES and start - 2 >= 0 and words[start - 2].cap \
                            and _joinable(p.gap_before):
                        start -= 1
                        continue
                    break
                end = i
                spans.append(PlaceSpan(words[start].start, words[end].end, start, end, AREA))
                for k in range(start, end + 1):
                    covered[k] = True
        for i, w in enumerate(words):
            if covered[i]:
                continue
            # capitalised words right after a place noun
            if w.cap and i > 0 and words[i - 1].key in PLACE_NOUNS \
                    and _joinable(w.gap_before) and not words[i - 1].cap:
                end = i
                while end + 1 < n and not covered[end + 1] and _joinable(words[end + 1].gap_before) \
                        and (words[end + 1].cap or words[end + 1].text[:1].isdigit()):
                    end += 1
                spans.append(PlaceSpan(w.start, words[end].end, i, end, AREA))
                for k in range(i, end + 1):
                    covered[k] = True
                continue
            # capitalised words right before a capitalised place noun: "Mundus College"
            if w.cap and i + 1 < n and words[i + 1].key in PLACE_NOUNS_AFTER \
                    and words[i + 1].cap and _joinable(words[i + 1].gap_before):
                start = i
                while start > 0 and not covered[start - 1] and words[start - 1].cap \
                        and not words[start].sent_start and _joinable(words[start].gap_before):
                    start -= 1
                spans.append(PlaceSpan(words[start].start, words[i + 1].end, start, i + 1, AREA))
                for k in range(start, i + 2):
                    covered[k] = True
                continue
            # a word directly joined to "-groep", "-flats" etc.: "Bospolder-groep"
            if w.cap and i + 1 < n and words[i + 1].gap_before == "-" and words[i + 1].key in (
                "groep", "jongens", "flats", "flat", "park", "ingang", "kant", "vijver",
                "garageboxen", "winkelcentrum", "parkeerplaats", "school", "meiden",
            ):
                spans.append(PlaceSpan(w.start, w.end, i, i, AREA))
                covered[i] = True
        spans.sort(key=lambda s: s.start)
        return spans

    def _gazetteer_at(self, words: Sequence[Word], i: int) -> tuple[int, int] | None:
        head = words[i].key
        lens: set[int] = set(self.heads.get(head, ())) | set(self.conf_heads.get(head, ()))
        if not lens:
            return None
        n = len(words)
        for length in sorted(lens, reverse=True):
            j = i + length - 1
            if j >= n:
                continue
            if any(not _joinable(words[k].gap_before) for k in range(i + 1, j + 1)):
                continue
            key = " ".join(words[k].key for k in range(i, j + 1))
            kind = self.conf_places.get(key, 0) | self.places.get(key, 0)
            if not kind:
                continue
            if kind & CONFIGURED:
                return j, kind
            seg = words[i : j + 1]
            if not any(w.cap for w in seg) and not (kind & (AREA | SHOP)):
                continue
            if length == 1:
                w = words[i]
                if not w.cap:
                    continue
                if self._strong_name(w) or self.lex.surnames.get(w.key, 0) >= 1000:
                    if not self._in_place_context(words, i):
                        continue
                    if not (kind & (TOWN | AREA | SHOP)) and i > 0 \
                            and words[i - 1].key not in STRONG_PLACE_PREPS \
                            and not (i + 1 < n and words[i + 1].text[:1].isdigit()):
                        continue
                elif not (kind & (TOWN | AREA | SHOP | STREET)):
                    continue
            elif length == 2 and words[i].key in PARTICLES and not words[i].cap:
                # "de Kuip", "het Park": article + one word; only for areas/shops/towns.
                if not (kind & (AREA | SHOP | TOWN)):
                    continue
            return j, kind
        return None


__all__ = ["AREA", "CONFIGURED", "SHOP", "STREET", "TOWN", "PlaceSpan", "PlaceTagger"]
