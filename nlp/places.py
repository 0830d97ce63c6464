"""Place protection: find the places in a message before looking for persons.

Places are what the bot counts, and many carry person names (Jan Pieterszoon
Coenstraat, Anne Frankplein, Albert Heijn, Burgemeester de Vlugtlaan) or are also
surnames (Overtoom). A place found here is never read as a person. Sources, in order:

1. configured locations and aliases (always win),
2. gazetteers: national streets and towns, our neighbourhood/landmark and shop lists,
3. shape: a capitalised word ending in a place suffix (-straat, -plein, -park, ...)
   together with the capitalised words and particles before it ("Johan de Wittlaan"),
   and capitalised words right after a place noun ("station Sloterdijk",
   "winkelcentrum Zuidplein", "Café De Zwaan") or before a place or organisation noun
   ("Mundus College", "Jan Klaassen Stichting", "de Rudolf Steiner school"), and
   businesses explained in brackets ("Ome Ko (cafetaria op de hoek)").

A single-word gazetteer hit that is also a common first name (there are streets
called "Roos" and "Iris") only counts as a place in place context ("bij de Roos",
"naar Iris 12") so it does not hide a person; a shop chain that is a first name
("Dirk") only after an article or shop noun or before its branch ("Dirk Den Haag
Mariahoeve").

4. context: capitalised words after a place-only preposition ("in Herzogenrath",
   "vanuit Bad Bentheim") and a district after its town ("Meppel, Oosterboer:",
   "in Venray, Landweert.", "Kerkrade Bleijerheide rustig"), unless they read as a
   first name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from nlp.lexicon import AREA, CONFIGURED, SHOP, STREET, TOWN, Lexicon, place_key
from nlp.words import Word

STRONG_SUFFIXES = (
    "straat",
    "str",
    "weg",
    "laan",
    "plein",
    "pleintje",
    "park",
    "plantsoen",
    "kade",
    "gracht",
    "singel",
    "dreef",
    "markt",
    "steeg",
    "boulevard",
    "centrum",
    "station",
    "school",
    "college",
    "lyceum",
    "gymnasium",
    "campus",
    "kerk",
    "moskee",
    "ziekenhuis",
    "zwembad",
    "sportpark",
    "stadion",
    "kwartier",
    "burgwal",
    "straatweg",
    "terrein",
    "theater",
    "passage",
    "promenade",
    "tunnel",
    "plas",
    "polder",
    "buurt",
    "wijk",
    "haven",
    "eiland",
    "pier",
    "strand",
    "kanaal",
    "vaart",
    "sluizen",
    "stuw",
)
WEAK_SUFFIXES = (
    "sluis",
    "hof",
    "plaats",
    "pad",
    "dam",
    "veld",
    "bos",
    "brug",
    "poort",
    "zoom",
    "ring",
    "baan",
    "oever",
    "berg",
    "heuvel",
    "hoek",
    "sloot",
    "wal",
    "gaarde",
    "hout",
    "erf",
    "hage",
    "flat",
    "flats",
    "toren",
    "torens",
    "molen",
    "hoeve",
    "daal",
    "horst",
    "meer",
    "oord",
    "kamp",
    "woud",
    "akker",
    "akkers",
    "velden",
    "zijde",
    "doelen",
    "hal",
    "hallen",
    "rijn",
    "dijk",
)
_STRONG_RE = re.compile(
    r"(?:" + "|".join(sorted(set(STRONG_SUFFIXES), key=len, reverse=True)) + r")$"
)
_WEAK_RE = re.compile(r"(?:" + "|".join(sorted(set(WEAK_SUFFIXES), key=len, reverse=True)) + r")$")
# Words that end in a suffix but are no place on their own.
_SUFFIX_EXCEPT = frozenset(
    {
        "hierbij",
        "daarbij",
        "wellicht",
        "samenwerking",
        "uiteraard",
        "vandaag",
        "bergen",
        "adam",
        "onderweg",
        "snelweg",
        "doorweg",
        "vijfhoek",
        "weer",
        "ouder",
        "broer",
        "vooral",
        "geweest",
        "zeker",
        "achterdeur",
        "huiskamer",
        "winkelcentrum",
        "binnenkort",
        "autoweg",
        "hulpverlening",
        "jeugdwerk",
        "netwerk",
        "jongerenwerk",
        "buurtwerk",
        "straatwerk",
        "huiswerk",
        "vuurwerk",
        "rijbewijs",
        "afspraak",
        "vanmorgen",
        "blokhut",
        "zwerfafval",
        "halfuur",
        "kwartier",
        "ondertussen",
        "meteen",
        "tenminste",
        "helemaal",
        "allemaal",
        "ongeveer",
        "gisteravond",
        "morgen",
    }
)
# Capitalised place nouns that start a multi-word place name: "Laan van Meerdervoort",
# "Hof van Delft", "Park de Oude Hortus", "Plein 1813".
PLACE_HEADS = frozenset(
    {
        "laan",
        "plein",
        "park",
        "hof",
        "kade",
        "gracht",
        "singel",
        "markt",
        "dijk",
        "weg",
        "straat",
        "burgwal",
        "wal",
        "ring",
        "plantsoen",
        "dreef",
        "station",
        "winkelcentrum",
        "stadspark",
        "sportpark",
        "buurt",
        "wijk",
        "haven",
        "poort",
        "brug",
        "eiland",
    }
)

# Nouns after which a capitalised name is a place: "station Sloterdijk".
PLACE_NOUNS = frozenset(
    {
        "skatebaan",
        "skatepark",
        "hangplek",
        "speelveld",
        "trapveld",
        "pannaveld",
        "voetbalkooi",
        "station",
        "metrostation",
        "treinstation",
        "busstation",
        "metro",
        "tram",
        "tramhalte",
        "bushalte",
        "halte",
        "winkelcentrum",
        "winkelcentra",
        "wc",
        "jop",
        "park",
        "plein",
        "school",
        "basisschool",
        "middelbare",
        "college",
        "lyceum",
        "sporthal",
        "sportpark",
        "buurthuis",
        "jongerencentrum",
        "wijk",
        "buurt",
        "stadsdeel",
        "gemeente",
        "moskee",
        "kerk",
        "camping",
        "strand",
        "haven",
        "markt",
        "speeltuin",
        "wijkcentrum",
        "winkelstraat",
        "plaats",
        "dorp",
        "stad",
        "centrum",
        "parkeergarage",
        "parkeerplaats",
        "begraafplaats",
        "zwembad",
        "bibliotheek",
        "ziekenhuis",
        "supermarkt",
        "snackbar",
        "kapsalon",
        "shoarmazaak",
        "shoarma",
        "grillroom",
        "döner",
        "doner",
        "kebab",
        "cafetaria",
        "frituur",
        "friettent",
        "ijssalon",
        "lunchroom",
        "nagelstudio",
        "barbershop",
        "barbier",
        "broodjeszaak",
        "wasserette",
        "belwinkel",
        "telefoonwinkel",
        "nachtwinkel",
        "avondwinkel",
        "pizzeria",
        "coffeeshop",
        "shishalounge",
        "shisha",
        "sportschool",
        "bioscoop",
        "metrohalte",
        "vestiging",
        "locatie",
        "filiaal",
        "tankstation",
        "pompstation",
        "garage",
        "café",
        "cafe",
        "bar",
        "restaurant",
        "toko",
        "bakker",
        "bakkerij",
        "slager",
        "slagerij",
        "kiosk",
        "winkel",
        "lounge",
        "club",
        "disco",
        "sportcentrum",
        "sportclub",
        "voetbalclub",
        "vereniging",
        "kinderboerderij",
        "politiebureau",
        "bureau",
        "hotel",
        "hostel",
        "theater",
        "museum",
        "stadion",
        "hal",
        "gym",
        # school types and boards: "ROC Mondriaan", "CSG Calvijn", "Mavo Zuid"
        "roc",
        "csg",
        "rsg",
        "osg",
        "isg",
        "ksg",
        "pcc",
        "mavo",
        "vmbo",
        "isk",
        "mall",
        "outlet",
        # sports clubs: "FC Lisse", "vv Katwijk", "SV Spakenburg"
        "fc",
        "vv",
        "sv",
        "rksv",
        "rkvv",
        "svv",
        "hc",
        "voetbalvereniging",
        # landmarks and venues named with a proper name: "molen De Hoop",
        # "ijsstadion Thialf", "vuurtoren Brandaris"
        "molen",
        "vuurtoren",
        "kasteel",
        "fort",
        "ijsbaan",
        "ijsstadion",
        "voetbalstadion",
        "jachthaven",
        "sluis",
    }
)
# Lowercase particles inside the name after a place noun: "Hotel Van der Werff",
# "molen van de Bruin".
_NAME_PARTICLES = frozenset({"van", "de", "der", "den", "het", "t", "ter", "ten", "te", "la", "le"})

# Nouns before which capitalised words are a place: "Mundus College".
PLACE_NOUNS_AFTER = frozenset(
    {
        "college",
        "lyceum",
        "school",
        "gymnasium",
        "park",
        "plein",
        "markt",
        "centraal",
        "spoor",
        "forum",
        "theehuis",
        "arena",
        "hal",
        "hallen",
        "kerk",
        "moskee",
        "ziekenhuis",
        "station",
        "dome",
        "stadion",
        "centrum",
        "plaza",
        "passage",
        "mall",
        "academie",
        "campus",
        "huis",
        "poort",
        "boulevard",
        "haven",
        "strand",
        "bad",
        "zwembad",
        "kwartier",
        "hoven",
        "hof",
        "zuid",
        "noord",
        "oost",
        "west",
        "court",
        "playground",
        "field",
        "stadium",
        "hotel",
        "museum",
        # organisations named after people: "William Schrikker Stichting"
        "stichting",
        "fonds",
        "instituut",
        "foundation",
        "kliniek",
        "gasthuis",
        "academy",
        # school abbreviations after the name: "Thorbecke SG", "Wolfert SG"
        "sg",
        "csg",
        "rsg",
        "osg",
        "isg",
        "mavo",
        "vmbo",
        "outlet",
        "center",
        "centre",
        "galerie",
        "galerij",
        "shopping",
    }
)

# Institutions often named after people, written in lowercase after the name:
# "de Rudolf Steiner school", "het Sophia kinderziekenhuis".
INSTITUTION_NOUNS = frozenset(
    {
        "school",
        "basisschool",
        "college",
        "lyceum",
        "gymnasium",
        "academie",
        "ziekenhuis",
        "kinderziekenhuis",
        "kliniek",
        "stichting",
        "instituut",
        "fonds",
        "foundation",
        "moskee",
        "kerk",
        "stadion",
        "sporthal",
        "zwembad",
        "bibliotheek",
        "museum",
        "theater",
    }
)

# Business nouns that, opening a bracketed apposition, say the capitalised words
# before them name a business: "Tante Truus (snackbar op de hoek)". Only nouns that
# are not also a person's trade ("kapper", "bakker" describe people).
BUSINESS_NOUNS = frozenset(
    {
        "snackbar",
        "cafetaria",
        "frituur",
        "friettent",
        "snackkar",
        "restaurant",
        "café",
        "cafe",
        "bar",
        "lounge",
        "shishalounge",
        "shishabar",
        "coffeeshop",
        "pizzeria",
        "shoarmazaak",
        "shoarmatent",
        "kebabzaak",
        "lunchroom",
        "ijssalon",
        "theehuis",
        "toko",
        "avondwinkel",
        "nachtwinkel",
        "supermarkt",
        "winkel",
        "belwinkel",
        "telefoonwinkel",
        "kapsalon",
        "barbershop",
        "bakkerij",
        "slagerij",
        "wasserette",
        "sportschool",
        "buurthuis",
        "kiosk",
        "tankstation",
        "garage",
        "club",
        "discotheek",
        "disco",
        "bioscoop",
        "hotel",
        "stichting",
        "vereniging",
    }
)

# Words that turn a business apposition into a description of a person.
_STAFF_WORDS = frozenset(
    {
        "eigenaar",
        "eigenaresse",
        "medewerker",
        "medewerkster",
        "personeel",
        "baas",
        "uitbater",
        "manager",
        "bedrijfsleider",
        "chef",
        "kok",
        "werknemer",
        "zoon",
        "dochter",
    }
)

# Words before "van <town>" that make the town where a group is from.
_GROUP_OF = frozenset(
    {"die", "jongens", "gasten", "groep", "groepje", "meiden", "jongeren", "mannen", "jeugd"}
)
# Organisations named after their town: "BOA Veenendaal", "jongerenwerk Delft".
_TOWN_ORGS = frozenset(
    {"boa", "boas", "handhaving", "jongerenwerk", "politie", "gemeente", "team", "wijkteam",
     "buurtpreventie", "leerplicht", "jeugdwerk", "welzijn", "straatcoaches", "nachtdienst",
     "avonddienst", "dienst", "regio", "basisteam", "veiligheidsregio"}
)  # fmt: skip
# Words before a single place word that make it read as a place.
PLACE_PREPS = frozenset(
    {
        "in",
        "naar",
        "richting",
        "vanuit",
        "uit",
        "te",
        "nabij",
        "omgeving",
        "rondom",
        "langs",
        "via",
        "vanaf",
        "tot",
        "wijk",
        "buurt",
        "bij",
        "op",
        "aan",
        "over",
        "de",
        "het",
        "t",
    }
)
STRONG_PLACE_PREPS = frozenset(
    {
        "in",
        "naar",
        "richting",
        "vanuit",
        "uit",
        "te",
        "nabij",
        "omgeving",
        "rondom",
        "de",
        "het",
        "t",
    }
)

PARTICLES = frozenset(
    {
        "de",
        "van",
        "der",
        "den",
        "het",
        "t",
        "ter",
        "ten",
        "te",
        "en",
        "v",
        "vd",
        "d",
        "la",
        "le",
        "da",
        "du",
        "del",
        "di",
        "op",
        "aan",
        "in",
        "s",
        "sint",
        "st",
    }
)


# Prepositions that take places, not persons: "in Herzogenrath", "vanuit Kleve".
_PLACE_ONLY_PREPS = frozenset(
    {"in", "richting", "vanuit", "nabij", "omgeving", "rondom", "te", "buurt", "wijk"}
)
# Capitalised words that follow a town without being a district: "Utrecht Centraal"
# is found by the gazetteer; these are roles and headings.
_NOT_AREA = frozenset(
    {
        "politie",
        "handhaving",
        "jongerenwerk",
        "wijkagent",
        "boa",
        "gemeente",
        "update",
        "melding",
        "info",
        "beveiliging",
        "rustig",
        "geen",
        "weer",
        "vandaag",
        "vanavond",
        "gisteren",
        "vannacht",
        "nu",
        "ook",
    }
)
# Institution nouns whose name may follow in brackets: "School (Edith Stein)".
_BRACKET_HEADS = frozenset(
    {
        "school",
        "basisschool",
        "college",
        "lyceum",
        "gymnasium",
        "winkelcentrum",
        "station",
        "metrostation",
        "moskee",
        "kerk",
        "sporthal",
        "sportpark",
        "buurthuis",
        "jongerencentrum",
        "supermarkt",
        "mall",
        "park",
        "wijk",
        "buurt",
    }
)


class PlaceSpan(NamedTuple):
    start: int
    end: int
    first_word: int
    last_word: int  # inclusive
    kind: int


_JOINABLE: dict[str, bool] = {}


# Papiamentu words for street, road, square (Caribbean Netherlands): "Kaya Grandi",
# "Kaminda Lagun", "Plasa Reina Juliana".
_PAPIAMENTU_HEADS = frozenset({"kaya", "kaminda", "plasa", "bulevar"})
_STREET_LEADS = PLACE_PREPS | {"de", "op", "aan", "bij", "langs", "via", "over", "naar"}


def _joinable(gap: str) -> bool:
    """Two words may belong to one name when only spaces, hyphens, dots or
    apostrophes stand between them."""
    ok = _JOINABLE.get(gap)
    if ok is None:
        ok = len(gap) <= 3 and all(c in " -.'&/" for c in gap)
        if len(_JOINABLE) < 10_000:
            _JOINABLE[gap] = ok
    return ok


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


# Role and organisation words that open a heading before the area they work in:
# "Wijkagent Krispijn: ...", "jongerenwerk Alexander: ...".
HEADING_LEADS = frozenset(
    {
        "jongerenwerk",
        "jongerenwerker",
        "jongerenwerkers",
        "wijkagent",
        "wijkagenten",
        "straatcoach",
        "straatcoaches",
        "handhaving",
        "handhaver",
        "handhavers",
        "boa",
        "boas",
        "jeugdboa",
        "leerplicht",
        "leerplichtambtenaar",
        "buurtcoördinator",
        "buurtcoordinator",
        "beveiliging",
        "politie",
        "team",
        "wijkteam",
        "buurtpreventie",
        "stadsdeel",
        "gemeente",
        "melding",
        "update",
        "buurtvaders",
        "wijkmanager",
        "toezicht",
        "cameratoezicht",
        "streetcornerwork",
        "veiligheidsteam",
        "basisteam",
        "regio",
        "wijk",
        "buurt",
        "groep",
        "signaal",
        "signalen",
        "info",
        "ter",
        "vanuit",
        "uit",
        "omgeving",
        "bewoners",
    }
)


def heading_position(words: Sequence[Word], i: int) -> bool:
    """``words[i]`` (with the capitalised words after it) opens a line, possibly after
    a time ("21.10 Jordaan: ..."), and is followed by ':' or ',': a heading naming a
    place ("Batau: ...", "Alexander, 22u: ...")."""
    j = i
    while not (j == 0 or "\n" in words[j].gap_before):
        p = words[j - 1]
        is_time = p.has_digit and len(p.text) <= 5 and not p.alpha
        is_unit = p.key in ("u", "uur") and j - 2 >= 0 and words[j - 2].has_digit
        if not (is_time or is_unit or p.key in HEADING_LEADS):
            return False
        j -= 1
    k = i
    n = len(words)
    while k + 1 < n and words[k + 1].cap and _joinable(words[k + 1].gap_before) and k - i < 3:
        k += 1
    if k + 1 >= n:
        return True
    return words[k + 1].gap_before.strip()[:1] in (":", ",")


class PlaceTagger:
    """Marks place spans over a list of words."""

    def __init__(self, lexicon: Lexicon, configured: Sequence[str] = ()) -> None:
        self.lex = lexicon
        self.places = lexicon.places
        self.heads = lexicon.place_heads
        self.conf_places: dict[str, int] = {}
        self.conf_heads: dict[str, tuple[int, ...]] = {}
        self.bigrams = set(lexicon.place_bigrams)
        for name in configured:
            key = place_key(name)
            if not key:
                continue
            self.conf_places[key] = CONFIGURED
            words = key.split(" ")
            if len(words) > 1:
                self.bigrams.add(words[0] + " " + words[1])
            lens = set(self.conf_heads.get(words[0], ())) | {len(words)}
            self.conf_heads[words[0]] = tuple(sorted(lens, reverse=True))

    def _lowercase_place(
        self, words: Sequence[Word], i: int, covered: Sequence[bool], kind: int
    ) -> bool:
        """Phone typing drops capitals: "bij de coop", "in helmond", "veenendaal
        dragonder ...". A lowercase town, area or chain that is no ordinary word is a
        place after a place preposition, an article or a place noun, or when it opens
        the message; never right after a first name ("kevin veenendaal")."""
        w = words[i]
        lex = self.lex
        if not (kind & (TOWN | AREA | SHOP)) or not w.alpha or len(w.key) < 3:
            return False
        if lex.word_freq.get(w.key, 0) >= 50 or w.key in lex.english:
            return False
        if i > 0 and _joinable(w.gap_before):
            prev = words[i - 1]
            if lex.first_names.get(prev.key, 0) >= 10 and prev.key not in PLACE_PREPS:
                return False
            if prev.key in PLACE_NOUNS or prev.key in INSTITUTION_NOUNS:
                return True
        if kind & SHOP and self._shop_context(words, i, covered):
            return True
        if self._in_place_context(words, i, covered, strong=not kind & SHOP):
            return True
        # the message opens with it: a heading town ("veenendaal dragonder ...")
        return i == 0 and bool(kind & TOWN) and lex.first_names.get(w.key, 0) < 100

    def _strong_name(self, w: Word) -> bool:
        return self.lex.first_names.get(w.key, 0) >= 10 and w.key not in self.lex.not_names

    def _in_place_context(
        self, words: Sequence[Word], i: int, covered: Sequence[bool], strong: bool = False
    ) -> bool:
        """Words around ``words[i]`` that make it read as a place: a preposition
        ("in", "richting"; with ``strong`` an article alone is not enough), a house
        number after it, a neighbouring place ("Gouda-Bloemendaal"), or a heading
        ("Alexander: ...")."""
        preps = STRONG_PLACE_PREPS - {"de", "het", "t"} if strong else PLACE_PREPS
        if i > 0 and _joinable(words[i].gap_before):
            prev = words[i - 1]
            if prev.key in preps:
                return True
            if prev.key in ("de", "het", "t") and i > 1 and words[i - 2].key in PLACE_PREPS:
                return True
            if (
                prev.key == "van"
                and i > 1
                and words[i - 2].key in _GROUP_OF
                and words[i].gap_before == " "
            ):
                return True  # "die van Hoogeveen", "de jongens van Lelystad"
            if covered[i - 1]:
                return True
        n = len(words)
        if (
            i > 0
            and covered[i - 1]
            and words[i].gap_before in (", ", ",", "/", " / ", " - ")
            and i + 1 < n
            and words[i + 1].gap_before.strip()[:1] == ":"
        ):
            return True  # a heading "Bospolder, Emmen: ..."
        if i + 1 < n:
            nxt = words[i + 1]
            if nxt.text[:1].isdigit() and nxt.gap_before == " ":
                return True
            if words[i].sent_start and nxt.gap_before.strip().startswith(":"):
                return True
            if nxt.gap_before == "-" and i + 1 < n and nxt.cap:
                return True
        return heading_position(words, i)

    def tag(self, words: Sequence[Word]) -> list[PlaceSpan]:
        n = len(words)
        spans: list[PlaceSpan] = []
        covered = [False] * n
        # "Laan van Meerdervoort", "Hof van Delft", "Plein 1813": a capitalised place
        # noun followed by particles and capitalised words or a number.
        for i, w in enumerate(words):
            if covered[i] or not w.cap or i + 1 >= n:
                continue
            if w.key in _PAPIAMENTU_HEADS:
                # "op de Kaya Gob. N. Debrot", "aan de Kaminda Sorobon" (Bonaire): never
                # at the start of a sentence, where "Kaya" may be a first name
                ok = i > 0 and not w.sent_start and words[i - 1].key in _STREET_LEADS
            else:
                ok = w.key in PLACE_HEADS and (
                    w.sent_start or (i > 0 and words[i - 1].key in PLACE_PREPS)
                )
            if not ok:
                continue
            end = i
            k = i + 1
            while k < n and not covered[k] and _joinable(words[k].gap_before) and k - i <= 5:
                nk = words[k]
                if nk.key in PARTICLES and not nk.cap and nk.key != "en":
                    k += 1
                    continue
                if nk.cap or (nk.text.isdigit() and k == i + 1):
                    end = k
                    k += 1
                    continue
                break
            if end > i:
                kind = STREET if w.key in _PAPIAMENTU_HEADS else AREA
                spans.append(PlaceSpan(w.start, words[end].end, i, end, kind))
                for k in range(i, end + 1):
                    covered[k] = True
        i = 0
        while i < n:
            hit = self._gazetteer_at(words, i, covered)
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
            if (
                strength == 1
                and self.lex.surnames.get(w.key, 0) >= 20
                and not (i > 0 and words[i - 1].key in PLACE_PREPS)
            ):
                strength = 0
            if strength and self._first_then_surname(words, i, covered):
                strength = 0  # "Vishal Ramdin", "Michal Nowak": -hal is a name here
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
                    if (
                        p.key in PARTICLES
                        and start - 2 >= 0
                        and words[start - 2].cap
                        and _joinable(p.gap_before)
                    ):
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
            # capitalised words right after a place noun ("station Sloterdijk"); a
            # capitalised noun belongs to the name ("Café De Zwaan", "Cafetaria Bij Ria")
            if (
                w.cap
                and i > 0
                and not w.sent_start
                and (words[i - 1].key in PLACE_NOUNS or words[i - 1].key in BUSINESS_NOUNS)
                and (_joinable(w.gap_before) or self._bracketed_name(words, i))
            ):
                start = i - 1 if words[i - 1].cap and not covered[i - 1] else i
                end = i
                while end + 1 < n and not covered[end + 1] and _joinable(words[end + 1].gap_before):
                    nxt = words[end + 1]
                    if nxt.cap or nxt.text[:1].isdigit():
                        end += 1
                        continue
                    # "Hotel Van der Werff": lowercase particles, then a capital
                    k = end + 1
                    while (
                        k < n
                        and k - end <= 2
                        and words[k].key in _NAME_PARTICLES
                        and not words[k].cap
                        and _joinable(words[k].gap_before)
                    ):
                        k += 1
                    if (
                        k > end + 1
                        and k < n
                        and not covered[k]
                        and words[k].cap
                        and _joinable(words[k].gap_before)
                    ):
                        end = k
                        continue
                    break
                spans.append(PlaceSpan(words[start].start, words[end].end, start, end, AREA))
                for k in range(start, end + 1):
                    covered[k] = True
                continue
            # capitalised words right before a capitalised place noun: "Mundus College"
            if (
                w.cap
                and i + 1 < n
                and words[i + 1].key in PLACE_NOUNS_AFTER
                and words[i + 1].cap
                and _joinable(words[i + 1].gap_before)
            ):
                start = i
                while (
                    start > 0
                    and not covered[start - 1]
                    and words[start - 1].cap
                    and not words[start].sent_start
                    and _joinable(words[start].gap_before)
                ):
                    start -= 1
                spans.append(PlaceSpan(words[start].start, words[i + 1].end, start, i + 1, AREA))
                for k in range(start, i + 2):
                    covered[k] = True
                continue
            # "de Rudolf Steiner school", "het Erasmus college": an article, capitalised
            # words and a lowercase institution noun
            if w.cap and i + 1 < n and words[i + 1].key in INSTITUTION_NOUNS:
                start = i
                while (
                    start > 0
                    and not covered[start - 1]
                    and words[start - 1].cap
                    and not words[start].sent_start
                    and _joinable(words[start].gap_before)
                ):
                    start -= 1
                if (
                    start > 0
                    and words[start - 1].key in ("de", "het", "t")
                    and not words[start].sent_start
                    and words[i + 1].gap_before in (" ", "-")
                ):
                    spans.append(
                        PlaceSpan(words[start].start, words[i + 1].end, start, i + 1, AREA)
                    )
                    for k in range(start, i + 2):
                        covered[k] = True
                    continue
            # capitalised words before "(snackbar ...", "(de kapsalon)": a business
            if w.cap and i + 1 < n and self._business_apposition(words, i + 1):
                start = i
                while (
                    start > 0
                    and not covered[start - 1]
                    and words[start - 1].cap
                    and _joinable(words[start].gap_before)
                    and not (
                        words[start - 1].sent_start
                        and self.lex.word_freq.get(words[start - 1].key, 0) >= 20000
                    )
                ):
                    start -= 1
                if start == i and w.sent_start and self.lex.word_freq.get(w.key, 0) >= 20000:
                    continue
                spans.append(PlaceSpan(words[start].start, w.end, start, i, SHOP))
                for k in range(start, i + 1):
                    covered[k] = True
                continue
            # a word directly joined to "-groep", "-flats" etc.: "Bospolder-groep"
            if (
                w.cap
                and i + 1 < n
                and words[i + 1].gap_before == "-"
                and words[i + 1].key
                in (
                    "groep",
                    "jongens",
                    "flats",
                    "flat",
                    "park",
                    "ingang",
                    "kant",
                    "vijver",
                    "garageboxen",
                    "winkelcentrum",
                    "parkeerplaats",
                    "school",
                    "meiden",
                )
                and not (
                    # "de Sahetapy-jongens": a family, not a neighbourhood
                    words[i + 1].key in ("jongens", "broers", "familie")
                    and self.lex.surnames.get(w.key, 0) >= 20
                    and not self.lex.places.get(w.key, 0)
                    and not place_suffix(w)
                )
            ):
                spans.append(PlaceSpan(w.start, w.end, i, i, AREA))
                covered[i] = True
        # a capitalised place noun right before a place found otherwise belongs to it
        # ("Café De Zwaan" when "De Zwaan" is in a list)
        for i in range(n - 1):
            w = words[i]
            if (
                w.cap
                and not covered[i]
                and covered[i + 1]
                and (w.key in PLACE_NOUNS or w.key in BUSINESS_NOUNS)
                and _joinable(words[i + 1].gap_before)
            ):
                spans.append(PlaceSpan(w.start, w.end, i, i, AREA))
                covered[i] = True
        # "'s-Gravendeel", "’s-Heerenberg": the old genitive article and a hyphen open
        # a town name (no person's name starts so)
        for i in range(1, n):
            w = words[i]
            if (
                w.cap
                and not covered[i]
                and w.gap_before == "-"
                and words[i - 1].text == "s"
                and words[i - 1].gap_before[-1:] in ("'", "’")
            ):
                end = i
                while (
                    end + 1 < n
                    and not covered[end + 1]
                    and words[end + 1].cap
                    and words[end + 1].gap_before in (" ", "-")
                    and self.lex.places.get(" ".join(x.key for x in words[i : end + 2]), 0)
                ):
                    end += 1
                spans.append(PlaceSpan(words[i - 1].start, words[end].end, i - 1, end, AREA))
                for k in range(i - 1, end + 1):
                    covered[k] = True
        self._context_places(words, covered, spans)
        spans.sort(key=lambda s: s.start)
        return spans

    def _first_then_surname(self, words: Sequence[Word], i: int, covered: Sequence[bool]) -> bool:
        """Word ``i`` is a first name followed by a capitalised surname that is no
        place or word: a person's full name, whatever its suffix looks like."""
        if i + 1 >= len(words) or covered[i + 1] or self.lex.first_names.get(words[i].key, 0) < 10:
            return False
        nxt = words[i + 1]
        return (
            nxt.cap
            and nxt.alpha
            and _joinable(nxt.gap_before)
            and self.lex.surnames.get(nxt.key, 0) >= 20
            and self.lex.word_freq.get(nxt.key, 0) < 50
            and not place_suffix(nxt)
        )

    def _name_like(self, w: Word) -> bool:
        """A capitalised word that reads as a person's name first: a common first
        name that is no ordinary word ("Kevin", not "Roos")."""
        lex = self.lex
        if w.key in lex.not_names:
            return False
        fc = lex.first_names.get(w.key, 0)
        return fc >= 1000 or (fc >= 10 and lex.word_freq.get(w.key, 0) < 100)

    def _context_places(
        self, words: Sequence[Word], covered: list[bool], spans: list[PlaceSpan]
    ) -> None:
        """Places known only from their context, on words no other rule took:

        * capitalised words after a place-only preposition: "in Herzogenrath",
          "vanuit Bad Bentheim", "richting Zaltbommel";
        * a district after its town, as in headings and lists: "Meppel, Oosterboer:",
          "in Venray, Landweert.", "Kerkrade Bleijerheide rustig";
        * a shop chain's branch: the town or district right after a chain ("Dirk Den
          Haag Mariahoeve") is already a place; the chain word is protected there.

        A word that reads as a first name ("in Kevin zijn auto") is left alone.
        """
        n = len(words)
        # only a capitalised free word after a place or a place-only preposition
        if not any(
            words[i].cap
            and not covered[i]
            and (covered[i - 1] or words[i - 1].key in _PLACE_ONLY_PREPS)
            for i in range(1, n)
        ):
            return
        kind_at = [0] * n
        for sp in spans:
            for k in range(sp.first_word, sp.last_word + 1):
                kind_at[k] = sp.kind
        i = 0
        while i < n:
            w = words[i]
            if covered[i] or not w.cap or not w.alpha:
                i += 1
                continue
            # a district may carry its article: "Den Bosch, De Muntel:"
            lead = (
                w.key in ("de", "het", "t")
                and i + 1 < n
                and words[i + 1].cap
                and not covered[i + 1]
                and words[i + 1].gap_before == " "
            )
            if len(w.key) < 3 and not lead:
                i += 1
                continue
            prev = words[i - 1] if i > 0 else None
            after_prep = (
                prev is not None
                and prev.key in _PLACE_ONLY_PREPS
                and _joinable(w.gap_before)
                and not w.sent_start
            )
            after_town = (
                prev is not None
                and covered[i - 1]
                and kind_at[i - 1] & (TOWN | AREA | CONFIGURED)
                and w.gap_before in (", ", " ", " - ", " / ", "/", ",")
            )
            # a chain's branch named after its district: "bij de Jumbo Moesel"
            after_shop = (
                prev is not None
                and covered[i - 1]
                and kind_at[i - 1] == SHOP
                and w.gap_before == " "
                and not w.sent_start
                and self.lex.word_freq.get(w.key, 0) < 100
                and self.lex.surnames.get(w.key, 0) < 100
                and not self._name_like(w)
            )
            if after_shop:
                spans.append(PlaceSpan(w.start, w.end, i, i, AREA))
                covered[i] = True
                kind_at[i] = AREA
                i += 1
                continue
            if not (after_prep or after_town):
                i += 1
                continue
            # the run of capitalised words ("Bad Bentheim", "De Muntel")
            j = i
            while (
                j + 1 < n
                and j - i < 2
                and not covered[j + 1]
                and words[j + 1].cap
                and words[j + 1].alpha
                and words[j + 1].gap_before in (" ", "-")
            ):
                j += 1
            run = words[i + 1 if lead else i : j + 1]
            nxt_gap = words[j + 1].gap_before if j + 1 < n else ""
            # a heading "Amersfoort, Liendert: ..." names a district even when the
            # word is also a rare first name; only a common one stays a name
            heading = (
                after_town
                and nxt_gap.strip()[:1] == ":"
                and self._opens_line(words, i - 1, covered)
                and all(self.lex.first_names.get(x.key, 0) < 1000 for x in run)
            )
            if (
                not run
                or (not heading and any(self._name_like(x) for x in run))
                or any(x.key in self.lex.not_names or x.key in _NOT_AREA for x in run)
            ):
                i = j + 1
                continue
            if after_town and not after_prep:
                # the district must close the phrase ("Meppel, Oosterboer:") or the
                # town must open the line ("Kerkrade Bleijerheide rustig")
                closes = j + 1 >= n or nxt_gap.strip()[:1] in (":", ",", ".", ")", ";", "-")
                line_head = self._opens_line(words, i - 1, covered)
                if not (closes or (line_head and not words[j + 1].cap)):
                    i = j + 1
                    continue
                if self.lex.word_freq.get(run[0].key, 0) >= 100 and len(run) == 1:
                    i = j + 1
                    continue
            elif nxt_gap.startswith(("'", "’")):
                i = j + 1  # "in Jansen's tuin"
                continue
            spans.append(PlaceSpan(words[i].start, words[j].end, i, j, TOWN))
            for k in range(i, j + 1):
                covered[k] = True
                kind_at[k] = TOWN
            i = j + 1

    @staticmethod
    def _opens_line(words: Sequence[Word], k: int, covered: Sequence[bool]) -> bool:
        """The place ending at word ``k`` starts its line (a heading place)."""
        while k > 0 and covered[k - 1] and _joinable(words[k].gap_before):
            k -= 1
        return words[k].sent_start

    def _bracketed_name(self, words: Sequence[Word], i: int) -> bool:
        """ "School (Alfons Ariëns)", "het winkelcentrum (Alexandrium)": capitalised
        words in brackets right after an institution noun name it, unless they read
        as a person's name ("het buurthuis (Kevin)")."""
        if words[i].gap_before.strip() != "(" or words[i - 1].key not in _BRACKET_HEADS:
            return False
        j = i
        while j + 1 < len(words) and words[j + 1].cap and words[j + 1].gap_before == " ":
            j += 1
        if any(self._name_like(w) for w in words[i : j + 1]):
            return False
        return j + 1 >= len(words) or words[j + 1].gap_before.startswith(")")

    @staticmethod
    def _town_by_company(words: Sequence[Word], i: int, covered: Sequence[bool]) -> bool:
        """A town that is also a name, read as the town by the company it keeps: in a
        list of places ("in Meppel, Hoogeveen en Coevorden") or after an organisation
        or a place noun ("BOA Veenendaal", "skatebaan Dokkum")."""
        if i == 0:
            return False
        prev, gap = words[i - 1], words[i].gap_before
        if covered[i - 1] and gap in (", ", ",", " / ", "/"):
            return True
        if prev.key in ("en", "of") and i > 1 and covered[i - 2] and gap == " ":
            return True
        return gap == " " and (prev.key in _TOWN_ORGS or prev.key in PLACE_NOUNS)

    def _shop_context(self, words: Sequence[Word], i: int, covered: Sequence[bool]) -> bool:
        """A chain name that is also a first name reads as the shop after an article
        or a shop noun ("de Dirk", "supermarkt Dirk") or before its branch's town or
        district ("Dirk Den Haag Mariahoeve")."""
        if i > 0 and _joinable(words[i].gap_before):
            if words[i - 1].key in ("de", "het", "t", "die", "deze", "onze"):
                return True
            if words[i - 1].key in PLACE_NOUNS or words[i - 1].key in BUSINESS_NOUNS:
                return True
        if i + 1 < len(words) and words[i + 1].cap and words[i + 1].gap_before == " ":
            hit = self._gazetteer_at(words, i + 1, covered)
            if hit is not None and hit[1] & (TOWN | AREA | CONFIGURED):
                return True
        return False

    @staticmethod
    def _business_apposition(words: Sequence[Word], j: int) -> bool:
        """``words[j]`` opens a bracketed apposition naming a business:
        "(snackbar op de ...)", "(de kapsalon)"."""
        if words[j].gap_before.strip() != "(":
            return False
        if words[j].key in ("de", "het", "een", "t") and j + 1 < len(words):
            if words[j + 1].gap_before != " ":
                return False
            j += 1
        if words[j].key not in BUSINESS_NOUNS:
            return False
        # "Ahmed (snackbar-eigenaar)", "Mo (kapsalon, medewerker)" describe a person
        k = j + 1
        while k < len(words) and k <= j + 3 and ")" not in words[k].gap_before:
            if words[k].key in _STAFF_WORDS:
                return False
            k += 1
        return True

    def _gazetteer_at(
        self, words: Sequence[Word], i: int, covered: Sequence[bool]
    ) -> tuple[int, int] | None:
        head = words[i].key
        lens: tuple[int, ...] | None = self.heads.get(head)
        if self.conf_heads:
            extra = self.conf_heads.get(head)
            if extra:
                lens = tuple(sorted(set(lens or ()) | set(extra), reverse=True))
        if not lens:
            return None
        n = len(words)
        if lens[0] > 1 and not (
            i + 1 < n
            and _joinable(words[i + 1].gap_before)
            and head + " " + words[i + 1].key in self.bigrams
        ):
            if lens[-1] != 1:
                return None
            lens = (1,)
        for length in lens:
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
                    if not self._lowercase_place(words, i, covered, kind):
                        continue
                    return j, kind
                name_like = self._strong_name(w) or self.lex.surnames.get(w.key, 0) >= 100
                if name_like and kind & SHOP and not kind & (TOWN | AREA | STREET):
                    # a chain that is also a first name ("Dirk"): only with an
                    # article or as a branch ("de Dirk", "Dirk Den Haag Mariahoeve")
                    if self._strong_name(w) and not self._shop_context(words, i, covered):
                        continue
                    if not self._strong_name(w) and not self._in_place_context(words, i, covered):
                        continue
                elif name_like:
                    if kind & (TOWN | AREA | SHOP):
                        if (
                            (self._strong_name(w) or self.lex.surnames.get(w.key, 0) >= 1000)
                            and not self._in_place_context(words, i, covered)
                            and not (kind & TOWN and self._town_by_company(words, i, covered))
                        ):
                            continue
                    elif not self._in_place_context(words, i, covered, strong=True):
                        continue
            elif (
                length == 2
                and words[i].key in PARTICLES
                and not words[i].cap
                and not (kind & (AREA | SHOP))
            ):
                # "de Kuip", "De Dirk": article + one word; only from our curated lists.
                continue
            return j, kind
        return None


__all__ = ["AREA", "CONFIGURED", "SHOP", "STREET", "TOWN", "PlaceSpan", "PlaceTagger"]
