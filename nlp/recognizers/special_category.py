"""Special categories of personal data about an identifiable person."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from nlp.lexicon import DATA_DIR
from nlp.normalize import fold
from nlp.places import PLACE_NOUNS
from nlp.recognizers.base import (
    FAMILY_WORDS,
    Recognizer,
    Resources,
    overlaps,
    register,
    text_of,
    view_of,
)
from nlp.types import Finding, PiiType
from nlp.words import Word

# Findings that make a person identifiable in the same message.
IDENTIFYING = frozenset(
    {
        PiiType.PERSON,
        PiiType.PHONE,
        PiiType.EMAIL,
        PiiType.BSN,
        PiiType.IBAN,
        PiiType.ADDRESS,
        PiiType.PLATE,
        PiiType.DATE_OF_BIRTH,
        PiiType.HANDLE,
    }
)

# Findings whose words are an identifier, not a statement.
_OPAQUE = frozenset(
    {PiiType.HANDLE, PiiType.EMAIL, PiiType.PLATE, PiiType.IBAN, PiiType.PHONE, PiiType.BSN}
)

# Countries of origin (folded) for "<name> uit <country>".
ORIGIN_COUNTRIES = frozenset(
    {"marokko", "turkije", "suriname", "curacao", "aruba", "bonaire", "antillen", "somalie",
     "syrie", "eritrea", "ethiopie", "afghanistan", "irak", "iran", "pakistan", "polen",
     "roemenie", "bulgarije", "ghana", "nigeria", "kaapverdie", "china", "vietnam",
     "indonesie", "molukken", "koerdistan", "albanie", "bosnie", "servie", "kosovo",
     "soedan", "jemen", "libie", "algerije", "tunesie", "egypte", "congo", "angola",
     "colombia", "brazilie", "oekraine", "rusland", "litouwen", "letland", "hongarije",
     "slowakije", "tsjechie", "moldavie", "georgie", "armenie", "guinee", "kameroen",
     "palestina", "libanon", "jordanie", "india", "filipijnen", "thailand", "gambia",
     "sierra leone", "dominicaanse republiek"}
)  # fmt: skip
_COUNTRY_RX = (
    "(?:"
    + "|".join(sorted((c.replace(" ", r"\s+") for c in ORIGIN_COUNTRIES), key=len, reverse=True))
    + ")"
)
# A kin word with a possessive before it ("zijn broer", "haar moeder") or "van" after
# it ("de vader van ...") points at one person even without a name.
KIN_WORDS = FAMILY_WORDS | frozenset({"broers", "moeders", "vaders", "zussen"})
POSSESSIVES = frozenset({"zijn", "haar", "zn", "dr", "mijn", "mn", "diens"})
_PLURAL_KIN = frozenset({"ouders", "moeders", "vaders", "broers", "zussen"})
# Religious feasts, texts and buildings: "de ramadan" describes no one.
_OBSERVANCES = frozenset(
    {"ramadan", "suikerfeest", "offerfeest", "iftar", "kerst", "pasen", "pinksteren", "sabbat",
     "sjabbat", "diwali", "holi", "chanoeka", "moskee", "kerk", "synagoge", "tempel", "koran",
     "bijbel", "thora", "vasten", "vastenmaand"}
)  # fmt: skip
_GROUP_NOUNS = frozenset(
    {"jongens", "meiden", "meisjes", "jongeren", "groep", "kinderen", "leerlingen", "jeugd"}
)

# Nouns after a nationality or religion adjective that make it describe a shop,
# venue or thing, not a person: "Turkse bakker", "Poolse supermarkt".
_THING_NOUNS = PLACE_NOUNS | frozenset(
    {
        "bakker",
        "bakkerij",
        "slager",
        "slagerij",
        "supermarkt",
        "winkel",
        "toko",
        "restaurant",
        "keuken",
        "eten",
        "muziek",
        "vlag",
        "vlaggen",
        "les",
        "taal",
        "kapper",
        "kapsalon",
        "moskee",
        "kerk",
        "school",
        "basisschool",
        "vereniging",
        "feestdag",
        "feest",
        "markt",
        "pizza",
        "snackbar",
        "nummerplaat",
        "kenteken",
        "auto",
    }
)
# Verbs before a nationality word that make it a language: "spreekt Pools".
_SPEAK = frozenset(
    {"spreekt", "spreken", "sprak", "spraken", "praat", "praten", "verstaat", "tolk"}
)
# "bij de Turk", "naar de Chinees": street Dutch for the shop run by one.
_SHOP_PREPS = frozenset({"bij", "naar", "tegenover", "naast"})
# Determiners that single out one person: "de Surinaamse dominee", "die Poolse buurman".
_DEFINITE = frozenset(
    {"de", "die", "deze", "dat", "diezelfde", "dezelfde", "t", "zijn", "haar", "zn", "dr", "mijn"}
)
# Singular nouns for one person; with a definite determiner and an ethnicity or
# religion word they describe someone uniquely ("de zoon van de Surinaamse dominee").
# Trades that name a shop ("de Turkse bakker") are not here.
PERSON_NOUNS = frozenset(
    {
        "jongen",
        "jongeman",
        "jochie",
        "joch",
        "knul",
        "gast",
        "gozer",
        "kerel",
        "man",
        "meneer",
        "heer",
        "vrouw",
        "mevrouw",
        "dame",
        "meisje",
        "meid",
        "tiener",
        "puber",
        "jongere",
        "dominee",
        "imam",
        "pastoor",
        "priester",
        "predikant",
        "rabbijn",
        "eigenaar",
        "eigenaresse",
        "uitbater",
        "buurman",
        "buurvrouw",
        "buurjongen",
        "buurmeisje",
        "vader",
        "moeder",
        "zoon",
        "dochter",
        "broer",
        "zus",
        "oom",
        "tante",
        "opa",
        "oma",
        "neef",
        "nicht",
        "leraar",
        "lerares",
        "docent",
        "docente",
        "juf",
        "meester",
        "conciërge",
        "concierge",
        "trainer",
        "coach",
        "chauffeur",
        "taxichauffeur",
        "buschauffeur",
        "conducteur",
        "bezorger",
        "koerier",
        "beveiliger",
        "portier",
        "student",
        "studente",
        "scholier",
        "leerling",
        "vriend",
        "vriendin",
        "leider",
        "baas",
        "dealer",
        "bewoner",
        "bewoonster",
        "weduwe",
        "ondernemer",
        "winkelier",
        "huisbaas",
        "verhuurder",
    }
)
# Adjectives that may stand between the determiner and the description: "die oude
# Poolse buurman".
_FILLER_ADJ = frozenset(
    {"oude", "jonge", "grote", "kleine", "lange", "dikke", "nieuwe", "bekende", "vaste"}
)


@dataclass(slots=True)
class _Terms:
    """Compiled term list (see ``nlp/data/special_terms.txt`` for the format)."""

    exact: set[str] = field(default_factory=set)
    exact_cased: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    prefix_lens: tuple[int, ...] = ()
    suffixes: set[str] = field(default_factory=set)
    suffix_lens: tuple[int, ...] = ()
    # first word key -> phrases (tuples of parts; a part ending in "*" is a prefix)
    phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    phrase_prefix_heads: set[str] = field(default_factory=set)
    # trigger word -> context patterns tried when the word occurs in the message
    patterns: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    ethnic: set[str] = field(default_factory=set)
    # ethnicity and religion words and prefixes, for "de Surinaamse dominee"
    describing: set[str] = field(default_factory=set)
    describing_prefixes: set[str] = field(default_factory=set)
    describing_lens: tuple[int, ...] = ()
    ethnic_prefixes: set[str] = field(default_factory=set)
    ethnic_lens: tuple[int, ...] = ()


def load_terms(path: Path) -> _Terms:
    t = _Terms()
    plens: set[int] = set()
    slens: set[int] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        cat, term, *rest = (x.strip() for x in line.split("\t"))
        if term.startswith("re:"):
            if not rest or not rest[0]:
                raise ValueError(f"special term pattern without trigger words: {term}")
            rx = re.compile(term[3:].replace("{COUNTRY}", _COUNTRY_RX), re.IGNORECASE)
            triggers = rest[0].replace(
                "{COUNTRY}", ",".join(c.split()[0] for c in ORIGIN_COUNTRIES)
            )
            for trigger in triggers.split(","):
                t.patterns.setdefault(fold(trigger.strip()), []).append(rx)
            continue
        if term.startswith("="):
            t.exact_cased.add(term[1:])
            continue
        parts = tuple(fold(p) for p in re.split(r"[\s\-']+", term) if p)
        if len(parts) > 1:
            head = parts[0]
            if head.endswith("*"):
                t.phrase_prefix_heads.add(head[:-1])
                head = head[:-1]
            t.phrases.setdefault(head, []).append(parts)
            continue
        (w,) = parts
        if w.startswith("*"):
            t.suffixes.add(w[1:])
            slens.add(len(w) - 1)
        elif w.endswith("*"):
            t.prefixes.add(w[:-1])
            plens.add(len(w) - 1)
            if cat == "ethnicity":
                t.ethnic.add(w[:-1])
                t.ethnic_prefixes.add(w[:-1])
            if cat in ("ethnicity", "religion"):
                t.describing_prefixes.add(w[:-1])
        else:
            t.exact.add(w)
            if cat == "ethnicity":
                t.ethnic.add(w)
            if cat in ("ethnicity", "religion"):
                t.describing.add(w)
    t.prefix_lens = tuple(sorted(plens))
    t.suffix_lens = tuple(sorted(slens))
    t.describing_lens = tuple(sorted({len(p) for p in t.describing_prefixes}))
    t.ethnic_lens = tuple(sorted({len(p) for p in t.ethnic_prefixes}))
    return t


def _fold_same_length(text: str) -> str:
    """``text`` without diacritics ("Somalië" -> "Somalie"), offsets unchanged."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        f = fold(ch)
        out.append(f if len(f) == 1 else ch)
    return "".join(out)


def _part_matches(part: str, key: str) -> bool:
    return key.startswith(part[:-1]) if part.endswith("*") else key == part


def _possessive_before(words: Sequence[Word], i: int) -> bool:
    """A singular possessive before word ``i``: "zijn", "haar", "z'n", "m'n", "d'r"
    (the apostrophe forms are split into two words)."""
    if i < 1:
        return False
    p = words[i - 1].key
    if p in POSSESSIVES:
        return True
    return (
        i >= 2
        and words[i - 1].gap_before in ("'", "’")
        and (words[i - 2].key, p) in (("z", "n"), ("m", "n"), ("d", "r"))
    )


def kin_reference(words: Sequence[Word]) -> bool:
    """A kin word that points at one person: "zijn broer", "de moeder van Kevin",
    "de vader van een van de jongens"; not the group's kin ("hun ouders", "de ouders
    van de jongens")."""
    n = len(words)
    for i, w in enumerate(words):
        if w.key not in KIN_WORDS:
            continue
        if not w.sent_start and _possessive_before(words, i):
            return True
        if i + 1 < n and words[i + 1].key == "van" and words[i + 1].gap_before == " ":
            if w.key in _PLURAL_KIN:
                continue
            if (
                i + 3 < n
                and words[i + 2].key in ("de", "het", "die", "deze")
                and words[i + 3].key in _GROUP_NOUNS
            ):
                continue  # "de moeder van de jongens"
            return True
    return False


@register
class SpecialCategoryRecognizer(Recognizer):
    """Finds health, religion, ethnicity, sexual orientation and criminal-record terms
    ("ADHD", "diabetespatiënt", "moslim", "hoofddoek", "Turks-Koerdisch", "Somalische
    achtergrond", "strafblad", "enkelband", "zat 6 maanden vast", "in de
    jeugdgevangenis") in messages that also point at one person: a name, nickname,
    handle, phone, address, plate, ... or a kin reference ("zijn broer", "de moeder
    van").

    A definite description that singles out one person by origin or religion ("de
    Surinaamse dominee", "zijn Poolse vader", "de Afghaan die daar staat") is both
    the special category and the identifying reference, so it is flagged without a
    name; "een Marokkaanse jongen" and "Marokkaanse jongens" are group level.

    Terms come from ``nlp/data/special_terms.txt``: whole words, prefixes for
    inflections (depressief/depressieve), compound heads (eetstoornis,
    jeugdgevangenis), phrases, and context patterns for words that are only
    sensitive in a construction ("zit ... vast", "ligt in het ziekenhuis").

    Personal data: special categories (AVG art. 9) and criminal data (art. 10) need a
    specific legal ground; in step 1 they may never travel with a name. The gate
    blocks such messages (reason ``high_risk:SPECIAL_CATEGORY``). Group-level use
    ("groep Marokkaanse jongens") without any person reference is not flagged.
    False positives: ambiguous words ("homo" as slur, "kanker" as curse) are flagged
    whenever a person is identifiable too; acceptable because the result is a block
    with a request to rephrase, never a leak. Shops and things ("Turkse bakker",
    "Poolse supermarkt", "bij de Chinees"), languages ("spreekt Pools") and words
    inside place names, handles or e-mail addresses are skipped.
    """

    name = "special_category"
    types = (PiiType.SPECIAL_CATEGORY,)
    order = 200

    def __init__(self, resources: Resources) -> None:
        super().__init__(resources)
        self._t = load_terms(DATA_DIR / "special_terms.txt")
        # dict get/set are atomic under the GIL: safe for concurrent scrub calls
        self._describing_memo: dict[str, bool] = {}
        self._ethnic_memo: dict[str, bool] = {}

    def find(self, doc: Doc, found: Sequence[Finding]) -> Iterator[Finding]:
        view = view_of(doc)
        words = view.words
        described = list(self._descriptions(words, view.place_words))
        yield from described
        if (
            not described
            and not any(f.type in IDENTIFYING for f in found)
            and not kin_reference(words)
        ):
            return
        # words inside a handle, e-mail address, ... are part of that identifier, not
        # a statement about someone ("@mocro_gang020" is redacted as an account)
        inside = [f for f in found if f.type in _OPAQUE]
        yield from self._word_terms(words, view.place_words, inside)
        yield from self._origin_after_person(text_of(doc), words, found)
        pats = self._t.patterns
        todo: list[re.Pattern[str]] = []
        for w in words:
            for rx in pats.get(w.key, ()):
                if rx not in todo:
                    todo.append(rx)
        if not todo:
            return
        text = _fold_same_length(text_of(doc))
        for rx in todo:
            for m in rx.finditer(text):
                if not any(f.start <= m.start() and m.end() <= f.end for f in inside):
                    yield self.finding(PiiType.SPECIAL_CATEGORY, m.start(), m.end())

    def _origin_after_person(
        self, text: str, words: Sequence[Word], found: Sequence[Finding]
    ) -> Iterator[Finding]:
        """ "Oleksandr uit Oekraïne zit ...": a country of origin right after a named
        person says where that person comes from (ethnic origin, AVG art. 9). A Dutch
        town after a name ("Kevin uit Lelystad") is not special."""
        persons = [f for f in found if f.type is PiiType.PERSON]
        if not persons:
            return
        starts = {w.start: k for k, w in enumerate(words)}
        for f in persons:
            k = next(
                (starts[s] for s in range(f.end, min(f.end + 3, len(text))) if s in starts), None
            )
            if k is None or k + 1 >= len(words):
                continue
            if words[k].key in ("is", "komt") and k + 2 < len(words):
                k += 1
            if words[k].key != "uit":
                continue
            country = words[k + 1]
            if country.key in ORIGIN_COUNTRIES:
                yield self.finding(PiiType.SPECIAL_CATEGORY, words[k].start, country.end)

    def _describing(self, key: str) -> bool:
        """An ethnicity or religion word (memoised: word keys repeat a lot)."""
        hit = self._describing_memo.get(key)
        if hit is None:
            t = self._t
            pre = t.describing_prefixes
            hit = key in t.describing or any(
                key[:ln] in pre for ln in t.describing_lens if ln <= len(key)
            )
            if len(self._describing_memo) > 50_000:
                self._describing_memo.clear()
            self._describing_memo[key] = hit
        return hit

    def _ethnic(self, key: str) -> bool:
        """A word that starts like an ethnicity term ("turk", "marokkaanse")."""
        hit = self._ethnic_memo.get(key)
        if hit is None:
            hit = any(key.startswith(e) for e in self._t.ethnic)
            if len(self._ethnic_memo) > 50_000:
                self._ethnic_memo.clear()
            self._ethnic_memo[key] = hit
        return hit

    def _descriptions(self, words: Sequence[Word], place: Sequence[bool]) -> Iterator[Finding]:
        """One person singled out by ethnicity or religion, without a name: "de
        Surinaamse dominee", "die Poolse buurman", "de Marokkaan die ...". The phrase
        is both the special category and what makes the person identifiable."""
        n = len(words)
        for i in range(n - 1):
            if words[i].key not in _DEFINITE:
                continue
            j = i + 1
            if words[j].key in _FILLER_ADJ and j + 1 < n:
                j += 1
            w = words[j]
            if place[j] or not w.alpha or not self._describing(w.key):
                continue
            if words[j].gap_before.strip() or self._match_at(words, j) != j:
                continue
            if j + 1 < n and words[j + 1].key in PERSON_NOUNS:
                if words[j + 1].gap_before.strip(" -") == "":
                    yield self.finding(PiiType.SPECIAL_CATEGORY, w.start, words[j + 1].end)
                continue
            # a singular noun of origin: "de Marokkaan", "die Afghaan" (not "de Turk"
            # as the shop, not an adjective or a plural)
            k = w.key
            t = self._t
            if k.endswith(("e", "en", "s", "ers", "sche")) or (
                k not in t.exact
                and not any(k[:ln] in t.ethnic_prefixes for ln in t.ethnic_lens if ln <= len(k))
            ):
                continue
            if self._thing(words, j, j) or k in _OBSERVANCES:
                continue  # "de ramadan", "de moskee": a feast or a building, no person
            if (
                j + 1 < n
                and words[j + 1].gap_before.strip() == ""
                and words[j + 1].key
                in (
                    "gemeenschap",
                    "moskee",
                    "vereniging",
                    "bakker",
                )
            ):
                continue
            yield self.finding(PiiType.SPECIAL_CATEGORY, w.start, w.end)

    def _word_terms(
        self, words: Sequence[Word], place: Sequence[bool], inside: Sequence[Finding]
    ) -> Iterator[Finding]:
        for i, w in enumerate(words):
            if not (w.alpha or w.has_digit):
                continue
            if inside and overlaps(inside, w.start, w.end):
                continue
            last = self._match_at(words, i)
            # a place word is no term on its own, but it may open a phrase whose next
            # word is no place ("Halt-straf": the hamlet Halt, then "straf")
            if place[i] and (last <= i or place[last]):
                continue
            if last >= 0 and not self._thing(words, i, last):
                yield self.finding(PiiType.SPECIAL_CATEGORY, w.start, words[last].end)

    def _match_at(self, words: Sequence[Word], i: int) -> int:
        """Index of the last word of a term starting at word ``i``, or -1."""
        t = self._t
        w = words[i]
        key = w.key
        heads = t.phrases.get(key)
        if heads is None and t.phrase_prefix_heads:
            for h in t.phrase_prefix_heads:
                if key.startswith(h):
                    heads = t.phrases.get(h)
                    break
        if heads:
            for parts in heads:
                j = i + len(parts) - 1
                if j >= len(words) or not _part_matches(parts[0], key):
                    continue
                if all(
                    words[i + k].gap_before.strip(" -'") == ""
                    and _part_matches(parts[k], words[i + k].key)
                    for k in range(1, len(parts))
                ):
                    return j
        if key in t.exact or w.text in t.exact_cased:
            return i
        if not w.alpha:
            return -1
        kl = len(key)
        for ln in t.prefix_lens:
            if ln > kl:
                break
            if key[:ln] in t.prefixes:
                return i
        for ln in t.suffix_lens:
            if ln + 3 > kl:
                break
            if key[-ln:] in t.suffixes:
                return i
        return -1

    def _thing(self, words: Sequence[Word], i: int, last: int) -> bool:
        """The term describes a shop, venue or thing: "Turkse bakker", "bij de Turk"."""
        if last + 1 < len(words) and words[last + 1].key in _THING_NOUNS:
            return True
        key = words[i].key
        if not self._ethnic(key):
            return False
        prev = words[i - 1].key if i >= 1 else ""
        prev2 = words[i - 2].key if i >= 2 else ""
        if prev in _SPEAK or prev2 in _SPEAK or (prev == "het" and prev2 in ("in", "uit")):
            return True  # a language: "spreekt (alleen) Pools", "in het Turks"
        return (
            prev in ("de", "het")
            and prev2 in _SHOP_PREPS
            and (last + 1 >= len(words) or words[last + 1].key not in ("van", "die", "met"))
        )
