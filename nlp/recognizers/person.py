"""Names of persons: first names, surnames, full names, initials, nicknames."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from nlp.lexicon import AREA, CONFIGURED, DICT_WORD, SHOP, STREET, TOWN, Lexicon
from nlp.places import heading_position
from nlp.recognizers.base import (
    FAMILY_WORDS,
    Recognizer,
    overlaps,
    register,
    text_of,
    view_of,
)
from nlp.recognizers.plate import VEHICLE_MAKES
from nlp.types import Finding, PiiType
from nlp.words import Word

# "heet Roos", "bijnaam Tanki", "genaamd X": the next name-like word is a name.
NAME_CUES = frozenset(
    {
        "heet",
        "heten",
        "genaamd",
        "genoemd",
        "bijnaam",
        "bijnamen",
        "alias",
        "aka",
        "naam",
        "achternaam",
        "voornaam",
        "roepnaam",
        "noemen",
        "noemt",
        "noem",
        "noemde",
        "noemden",
        "heette",
        "nick",
        "nickname",
        "straatnaam",
    }
)
# Titles directly before a surname: "mevrouw Ouali", "familie Kramer", "dhr. Öztürk".
TITLE_CUES = frozenset(
    {
        "mevr",
        "mevrouw",
        "mw",
        "mevrou",
        "meneer",
        "mnr",
        "dhr",
        "heer",
        "familie",
        "fam",
        "juf",
        "meester",
        "mr",
        "mrs",
        "mej",
        "sir",
        # spelling variants, abbreviations and other honorifics
        "mvr",
        "mevrouwtje",
        "mefrouw",
        "mijnheer",
        "menheer",
        "meneertje",
        "hr",
        "de heer",
        "dokter",
        "dr",
        "drs",
        "ir",
        "ing",
        "prof",
        "ds",
        "dominee",
        "pastoor",
        "pater",
        "imam",
        "hodja",
        "hoca",
        "rabbijn",
        "zuster",
        "broeder",
        "madame",
        "mme",
        "monsieur",
        "mister",
        "miss",
        "ms",
        "ome",
        "oom",
        "tante",
        "opa",
        "oma",
        "sjeik",
        "hadji",
        "hadj",
        "haji",
        "abi",
        "abla",
        "amca",
        "teyze",
        "khalti",
        "khali",
        "3ammi",
        "ammi",
        "wed",
        "weduwe",
        "gezin",
    }
)
# Kinship and roles before a name: "moeder van Ilias", "zijn zoon Anouar",
# "wijkagent Jansen", "leerling Jermaine".
KIN_CUES = FAMILY_WORDS | frozenset(
    {
        "ex",
        "gabber",
        "kleinzoon",
        "maat",
        "maatje",
        "moe",
        "ouder",
        "schoonzoon",
        "schoonzus",
        "verloofde",
        "vrienden",
        "vriendinnen",
        "zwager",
    }
)
ROLE_CUES = frozenset(
    {
        "wijkagent",
        "agent",
        "collega",
        "leerling",
        "jongerenwerker",
        "mentor",
        "docent",
        "begeleider",
        "handhaver",
        "boa",
        "straatcoach",
        "leerplichtambtenaar",
        "jongen",
        "meisje",
        "jongeman",
        "meid",
        "gast",
        "leider",
        "eigenaar",
        "bewoner",
        "bewoonster",
        "buurman",
        "buurvrouw",
        "hoofdbewoner",
        "slachtoffer",
        "dader",
        "verdachte",
        "bedrijfsleider",
        "manager",
        "medewerker",
        "beveiliger",
        "conciërge",
        "trainer",
        "coach",
        "juffrouw",
        "zoon",
        "dochter",
        "broer",
        "zus",
        "neef",
        "neefje",
        "nicht",
        "vriend",
        "vriendin",
        "contactpersoon",
        "regisseur",
        "coördinator",
        "ambtenaar",
        "wijkmanager",
        "buurtvader",
        "scholier",
        "student",
        "klasgenoot",
        "vriendje",
    }
)
# Copulas between a role and a name: "de leider is Kev", "leider lijkt Kev".
COPULAS = frozenset(
    {
        "is",
        "lijkt",
        "was",
        "heet",
        "wordt",
        "werd",
        "zou",
        "zijn",
        "blijkt",
        "zeker",
        "waarschijnlijk",
        "vermoedelijk",
    }
)
# Finite verbs right after a bare lowercase name: "roos zat er ook weer bij".
FINITE_VERBS = frozenset(
    {
        "is",
        "was",
        "zat",
        "zit",
        "zaten",
        "heeft",
        "had",
        "zegt",
        "zei",
        "wil",
        "wilde",
        "komt",
        "kwam",
        "gaat",
        "ging",
        "staat",
        "stond",
        "hangt",
        "hing",
        "loopt",
        "liep",
        "rijdt",
        "reed",
        "doet",
        "deed",
        "woont",
        "belt",
        "belde",
        "kan",
        "kon",
        "moet",
        "mag",
        "zou",
        "werd",
        "wordt",
        "speelt",
        "rookt",
        "rookte",
        "verkoopt",
        "verkocht",
        "filmt",
        "filmde",
        "gooide",
        "gooit",
        "vecht",
        "vocht",
        "schold",
        "scheldt",
        "dealt",
        "blowt",
        "steelt",
        "stal",
        "pakt",
        "pakte",
        "slaat",
        "sloeg",
        "bedreigt",
        "bedreigde",
        "durft",
        "weet",
        "wist",
        "kent",
        "kende",
        "houdt",
        "hield",
        "neemt",
        "nam",
        "stuurt",
        "stuurde",
        "appt",
        "appte",
        "post",
        "postte",
        "regelt",
        "regelde",
        "haalt",
        "haalde",
    }
)
# More finite verbs (present and past singular) that follow a subject name.
FINITE_VERBS = FINITE_VERBS | frozenset(
    (
        "valt",
        "viel",
        "blijft",
        "bleef",
        "werkt",
        "werkte",
        "woonde",
        "speelde",
        "zag",
        "ziet",
        "hoort",
        "hoorde",
        "vindt",
        "vond",
        "krijgt",
        "kreeg",
        "geeft",
        "gaf",
        "maakt",
        "maakte",
        "praat",
        "praatte",
        "lacht",
        "lachte",
        "schreeuwt",
        "schreeuwde",
        "roept",
        "riep",
        "rent",
        "rende",
        "fietst",
        "fietste",
        "scheurt",
        "scheurde",
        "racet",
        "spuit",
        "spoot",
        "vernielt",
        "vernielde",
        "trapt",
        "trapte",
        "duwt",
        "duwde",
        "schopt",
        "schopte",
        "steekt",
        "stak",
        "dreigt",
        "dreigde",
        "intimideert",
        "intimideerde",
        "spuugt",
        "spuugde",
        "vloekt",
        "vloekte",
        "drinkt",
        "dronk",
        "snuift",
        "snoof",
        "gebruikt",
        "gebruikte",
        "handelt",
        "handelde",
        "ronselt",
        "ronselde",
        "zwerft",
        "zwierf",
        "slaapt",
        "sliep",
        "eet",
        "zoekt",
        "zocht",
        "vraagt",
        "vroeg",
        "vertelt",
        "vertelde",
        "meldt",
        "meldde",
        "klaagt",
        "klaagde",
        "helpt",
        "hielp",
        "brengt",
        "bracht",
        "leidt",
        "leidde",
        "organiseert",
        "organiseerde",
        "deelt",
        "deelde",
        "plaatst",
        "plaatste",
        "mailt",
        "mailde",
        "weigert",
        "weigerde",
        "vlucht",
        "vluchtte",
        "verdwijnt",
        "verdween",
        "vertrekt",
        "vertrok",
        "wacht",
        "wachtte",
        "stopt",
        "stopte",
        "begint",
        "begon",
        "schiet",
        "schoot",
        "jat",
        "jatte",
        "breekt",
        "brak",
        "daagt",
        "daagde",
        "treitert",
        "treiterde",
        "pest",
        "pestte",
        "volgt",
        "volgde",
        "achtervolgt",
        "achtervolgde",
        "koopt",
        "kocht",
        "levert",
        "leverde",
        "betaalt",
        "betaalde",
        "leent",
        "leende",
        "bewaart",
        "bewaarde",
        "verstopt",
        "verstopte",
        "draagt",
        "droeg",
        "verblijft",
        "verbleef",
        "ontkent",
        "ontkende",
        "bekent",
        "bekende",
        "voelt",
        "voelde",
        "lijkt",
        "leek",
        "blijkt",
        "bleek",
        "heette",
        "noemt",
        "noemde",
        "wilde",
        "wou",
        "kon",
        "moest",
        "mocht",
        "durfde",
        "hoeft",
        "hoefde",
        "spijbelt",
        "spijbelde",
        "verzuimt",
        "verzuimde",
        "zuipt",
        "zoop",
        "crosst",
        "jaagt",
        "joeg",
        "knalt",
        "knalde",
        "filmde",
        "sprak",
        "spreekt",
        "liegt",
        "loog",
        "huilt",
        "huilde",
        "schrok",
        "rijdt",
        "reed",
        "gooide",
        "ontsnapte",
        "ontsnapt",
        "bedreigde",
        "mishandelde",
        "mishandelt",
        "beroofde",
        "berooft",
        "overvalt",
        "overviel",
        "inbrak",
        "heeft",
    )
)
# Verbs that places take as often as persons ("Kwakkelstein is rustig").
PLACE_VERBS = frozenset({"is", "was", "wordt", "werd", "kan", "moet", "zou", "mag"})
SIGN_CUES = frozenset(
    {
        "gr",
        "groet",
        "groeten",
        "groetjes",
        "mvg",
        "vg",
        "grt",
        "grtz",
        "groetje",
        "dank",
        "thanks",
        "namens",
    }
)
PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "ter",
        "ten",
        "te",
        "el",
        "al",
        "ben",
        "bin",
        "abu",
        "da",
        "dos",
        "du",
        "la",
        "le",
        "t",
        "v",
        "vd",
        "von",
        "di",
        "del",
        "des",
        "ait",
        "bou",
    }
)
ARTICLES = frozenset({"de", "het", "een", "deze", "t", "onze", "jullie"})
QUOTE_GROUP_CUES = frozenset(
    {
        "groepschat",
        "groepsapp",
        "snapgroep",
        "groep",
        "chat",
        "app",
        "account",
        "tekst",
        "appgroep",
        "kanaal",
        "pagina",
        "oproep",
        "oproepen",
        "leus",
        "lied",
        "nummer",
        "track",
        "clip",
        "song",
        "zin",
        "bericht",
        "tag",
        "hashtag",
        # titles of works and events: "de film 'De Kleine Prins'"
        "film",
        "serie",
        "boek",
        "game",
        "spel",
        "show",
        "programma",
        "album",
        "video",
        "filmpje",
        "slogan",
        "spandoek",
        "graffiti",
        "actie",
        "project",
        "evenement",
        "feest",
        "festival",
        "toernooi",
        "wedstrijd",
        "team",
        "club",
    }
)
# Cues of titles of works and events, whose quoted words are never a person:
# "de film 'De Kleine Prins'", "het toernooi 'Grote Beer'".
_WORK_CUES = frozenset(
    {
        "film",
        "serie",
        "boek",
        "game",
        "spel",
        "show",
        "programma",
        "album",
        "nummer",
        "track",
        "clip",
        "song",
        "lied",
        "festival",
        "toernooi",
        "evenement",
        "feest",
        "wedstrijd",
        "actie",
        "project",
        "spandoek",
        "slogan",
        "leus",
        "graffiti",
    }
)
# Words that may stand between a group cue and the quote that names the group:
# "de snapgroep 'Oost Boys'", "een groepsapp genaamd 'Zuid'". Any other word ("van",
# a verb) breaks the link: "de groep van 'Snelle'" names a person.
_GROUP_GLUE = frozenset(
    {
        "de",
        "het",
        "t",
        "een",
        "hun",
        "onze",
        "jullie",
        "die",
        "genaamd",
        "heet",
        "heette",
        "heten",
        "naam",
        "noemt",
        "noemen",
        "zich",
        "called",
        "named",
    }
)


def _names_group(prev: list[str], cues: frozenset[str] = QUOTE_GROUP_CUES) -> bool:
    """The quote right after these words (nearest first) names a group or a text."""
    for p in prev:
        if p in cues:
            return True
        if p not in _GROUP_GLUE:
            return False
    return False


# Prepositions that take places, not persons: "in Dalem", "richting Lombok".
_PLACE_ONLY_PREPS = frozenset(
    {"in", "richting", "vanuit", "nabij", "omgeving", "rondom", "wijk", "buurt", "te"}
)
_PLACE_BEFORE_QUOTE = frozenset(
    {
        "bij",
        "op",
        "in",
        "naar",
        "aan",
        "langs",
        "via",
        "richting",
        "vanaf",
        "uit",
        "de",
        "het",
        "t",
        "over",
        "rond",
        "rondom",
        "nabij",
        "tegenover",
        "achter",
        "voor",
    }
)
_STREET_ENDINGS = ("straat", "weg", "laan", "plein", "kade", "gracht", "singel", "park")

# Unpronounceable capitals: three consonants in a row, or no vowel at all.
_ACRONYM = re.compile(r"[B-DF-HJ-NP-TV-XZ]{3}|^[B-DF-HJ-NP-TV-XZ]+$")
# Verbs right after a quote that make it a name: "die ze 'Professor' noemen".
_NAMING_AFTER = frozenset({"genoemd", "noemen", "noemt", "noemde", "noemden", "heet"})
# After a name only ("X heet Y" names Y, not X).
_NAMED_AFTER = _NAMING_AFTER - {"heet"}

_STEM_SPLIT = re.compile(r"[^a-zà-ÿ]+")
_HARD_BREAK = re.compile(r"[.!?\n]")
# "ene Bolle", "een zekere Kevin": a name follows
INDEF_CUES = frozenset({"ene", "zekere", "zekeren"})
# "op het Piter Jelles", "van de Anne Frank": a preposition and an article before a full
# name make it a building ("dat het Ricardo Martina is": there "het" is a pronoun).
_PLACE_PREPS_BEFORE_ARTICLE = frozenset(
    {"op", "van", "bij", "in", "naar", "naast", "achter", "voor", "tegenover", "aan", "uit"}
)
# Sayings and saints whose names are no persons: "Jan en alleman", "Joost mag het weten",
# "Jantje lacht, Jantje huilt", "Klaas Vaak", "Sint-Jan" (a church), "St. Joris".
_IDIOMS = re.compile(
    r"\bjan\s+en\s+alleman\b|\bjan\s+modaal\b|\bjoost\s+mag\s+(?:het\s+)?weten\b|"
    r"\bjantje(?:\s+lacht|\s+huilt|[\s,]+jantje)+|\bklaas\s+vaak\b|\bpiet\s+snot\b|"
    r"\bjan\s+(?:met\s+de\s+pet|lul|rap)\b|\bsint[\s-]+\w+|\bst\.\s?[a-z]\w+|"
    # a list of everymen, and characters from books and television
    r"\bjan,?\s+piet\s+en\s+klaas\b|\bpietje\s+bell\b|\bbob\s+de\s+bouwer\b|"
    r"\bali\s+baba\b|\bjip\s+en\s+janneke\b|\bdikkie\s+dik\b|\bkabouter\s+plop\b|"
    r"\bpipo\s+de\s+clown\b|\bbassie\s+en\s+adriaan\b|\bsuske\s+en\s+wiske\b|"
    r"\bsamson\s+en\s+gert\b|\bharry\s+potter\b|\bdonald\s+duck\b|\bmickey\s+mouse\b|"
    r"\bpeppa\s+pig\b|\bpaulus\s+de\s+boskabouter\b|\btom\s+poes\b|\bhans\s+en\s+grietje\b|"
    r"\brobin\s+hood\b|\bsherlock\s+holmes\b|\bjames\s+bond\b|\bzwarte\s+piet\b|"
    # sayings, games, drinks and alerts named after someone
    r"\bklaar\s+is\s+kees\b|\bsjaak\s+afhaak\b|\bhans\s+worst\b|\bjan\s+salie\b|"
    r"\bmario\s+kart\b|\bsuper\s+mario\b|\bjack\s+daniel'?s?\b|\bcaptain\s+morgan\b|"
    r"\bjohnnie\s+walker\b|\bjim\s+beam\b|\bamber\s+alert\b|\bark\s+van\s+noach\b|"
    r"\bhenk\s+en\s+ingrid\b|\bmagere\s+hein\b|\bnaar\s+ome\s+jan\b|"
    # brands, characters, placeholders and languages
    r"\bsergio\s+tacchini\b|\bfred\s+perry\b|\bhertog\s+jan\b|\btony'?s\s+chocolonely\b|"
    r"\bjantje\s+beton\b|\bpipo\s+de\s+clown\b|\bpiet\s+klerkx\b|\[[a-z ]{3,30}\]|"
    r"\b(?:spr[ae]ken|spreekt|sprak|praten|praatten|praat)\s+(?:\w+\s+)?(?:frans|engels|duits|"
    r"spaans|pools|turks|arabisch)\b",
    re.IGNORECASE,
)
# The first word of every idiom above: the (slow, case-insensitive) pattern is only run
# when one of them occurs in the message.
_IDIOM_FIRST = frozenset(
    [
        "jan",
        "joost",
        "jantje",
        "klaas",
        "piet",
        "sint",
        "st",
        "pietje",
        "bob",
        "ali",
        "jip",
        "dikkie",
        "kabouter",
        "pipo",
        "bassie",
        "suske",
        "samson",
        "harry",
        "donald",
        "mickey",
        "peppa",
        "paulus",
        "tom",
        "hans",
        "robin",
        "sherlock",
        "james",
        "zwarte",
        "klaar",
        "sjaak",
        "mario",
        "super",
        "jack",
        "captain",
        "johnnie",
        "jim",
        "amber",
        "ark",
        "henk",
        "magere",
        "ome",
        "sergio",
        "fred",
        "hertog",
        "tony",
        "spraken",
        "spreken",
        "spreekt",
        "sprak",
        "praten",
        "praatten",
        "praat",
    ]
)
# Animals, whose names are no persons' names: "zijn hond Rocky", "de kat, Minoes, ...".
_ANIMALS = frozenset(
    {"hond", "hondje", "honden", "pitbull", "pitbul", "stafford", "staffordshire", "herder",
     "herdershond", "rottweiler", "bulldog", "mechelaar", "husky", "teckel", "labrador",
     "chihuahua", "kat", "katje", "poes", "poesje", "kater", "paard", "paardje", "pony",
     "konijn", "cavia", "papegaai", "slang", "geit", "ezel"}
)  # fmt: skip
_PET_GLUE = frozenset({"van", "de", "het", "t", "zijn", "haar", "hun", "onze", "mijn", "z'n"})
# Vessels, whose names are quoted and often a woman's name: "de kotter 'Johanna Maria'".
_VESSELS = frozenset(
    {"boot", "bootje", "schip", "scheepje", "kotter", "jacht", "sloep", "schuit", "botter",
     "pont", "tjalk", "praam", "trawler", "coaster", "kano", "veerpont", "vlet", "aak"}
)  # fmt: skip


def _vessel(key: str) -> bool:
    return key in _VESSELS or key.endswith(("boot", "schip", "kotter", "jacht"))


# A named storm or hurricane: "sinds storm Henk", "orkaan Irma" (no person).
_STORM = re.compile(r"\b(?:storm|orkaan|hurricane)\s+[A-Z][a-zà-ÿ]+")
# A campaign hashtag for someone: "#freeDjibril", "#justiceforSem", "#ripKevin".
_CAMPAIGN_TAG = re.compile(
    r"#(?i:free|justicefor|justice4|rip|riposo|longlive|ll|welkomthuis)_?([A-Z][a-zà-ÿ'-]{2,})\b"
)
# "Mark, de beheerder van ...": words after a name and its comma that open an
# apposition naming the person's role.
_APPOSITION_DETS = frozenset({"de", "onze", "mijn", "zijn", "haar", "hun", "een"})
_APPOSITION_ROLES = frozenset(
    {
        "beheerder",
        "directeur",
        "eigenaresse",
        "uitbater",
        "portier",
        "huismeester",
        "chauffeur",
        "buschauffeur",
        "caissière",
        "kassière",
        "winkelmanager",
        "filiaalmanager",
        "teamleider",
        "wijkbewoner",
        "voorzitter",
        "vrijwilliger",
        "getuige",
        "melder",
    }
)
# Lowercase words ending in -en/-s after a capitalised word that are verbs or
# function words, not the plural noun a demonym adjective goes with.
_NOT_PLURAL = frozenset(
    {"hebben", "zeggen", "komen", "gaan", "staan", "zitten", "willen", "kunnen", "moeten",
     "worden", "liggen", "lopen", "waren", "hadden", "zouden", "konden", "wilden", "even",
     "meteen", "alleen", "samen", "boven", "beneden", "binnen", "buiten", "tussen", "tegen",
     "zonder", "volgens", "steeds", "altijd", "eens", "weleens", "nadat", "zodra"}
)  # fmt: skip
# An age right after a name: "Wiktoria 14 jr", "Dani (15)", "Sem, 13 jaar".
_AGE_AFTER = re.compile(r"\s*[,(]?\s*(?:[89]|1\d|2[0-5])\s*(?:\)|jr\b|jaar\b|j\b)")
# "de Sahetapy-jongens": a family name with the word for its members.
_FAMILY_SUFFIXES = frozenset({"jongens", "broers", "broertjes", "familie", "clan", "zussen"})
# A name with a regnal number is a monarch, a club or a ship, not someone on the
# street: "Willem II" (Tilburg), "Willem III", "Karel V" is left out (an initial).
_REGNAL = re.compile(r"\b[A-Z][a-z]+[ -](?:II|III|IV|VI|VII|VIII|XIV|XVI)\b")
# Words before a lowercase word that make it a noun, not a name ("heet volgens zijn
# maten ...", "de naam van de leider")
_DETERMINERS = frozenset(
    {
        "de",
        "het",
        "een",
        "die",
        "deze",
        "dat",
        "haar",
        "mijn",
        "je",
        "jouw",
        "hun",
        "onze",
        "zijn",
        "zn",
        "mn",
        "hn",
    }
)
# Roles of professionals, often followed by their area or organisation ("wijkagent
# Krispijn", "beveiliger Westfield"): an unknown word after them is no name.
_ROLE_NOUNS_PLACE = frozenset(
    {
        "wijkagent",
        "agent",
        "collega",
        "jongerenwerker",
        "handhaver",
        "boa",
        "straatcoach",
        "leerplichtambtenaar",
        "regisseur",
        "coördinator",
        "coordinator",
        "ambtenaar",
        "wijkmanager",
        "manager",
        "medewerker",
        "beveiliger",
        "bedrijfsleider",
        "eigenaar",
        "contactpersoon",
        "mentor",
        "docent",
        "begeleider",
        "trainer",
        "coach",
        "conciërge",
        "buurtvader",
    }
)
# Words before a bare lowercase first name that make it a person ("zag roos").
_SLOT_BEFORE = frozenset(
    {
        "zag",
        "zagen",
        "zie",
        "ziet",
        "sprak",
        "spreek",
        "spreekt",
        "spraken",
        "volgens",
        "iemand",
        "ken",
        "kent",
        "kende",
        "bel",
        "belde",
        "belt",
        "app",
        "appte",
        "vroeg",
        "vraag",
        "heet",
        "heette",
        "genaamd",
    }
)
# Verbs of talking before "met" + a bare lowercase first name ("bel met fleur").
_TALK_VERBS = frozenset(
    {
        "bel",
        "belde",
        "gebeld",
        "sprak",
        "spreek",
        "gesproken",
        "praat",
        "praatte",
        "gepraat",
        "afgesproken",
        "app",
        "appte",
        "geappt",
        "contact",
        "gesprek",
        "ruzie",
        "samen",
    }
)
# Words after a bare lowercase first name that make it a person ("hoop haar idee",
# "jade gesproken").
_SLOT_AFTER = frozenset(
    {
        "haar",
        "zn",
        "dr",
        "gesproken",
        "gezien",
        "gebeld",
        "geappt",
        "gevraagd",
        "tegengekomen",
        "gesnapt",
        "betrapt",
        "aangesproken",
        "meegenomen",
        "opgehaald",
    }
)
# Endings of adjectives of origin: "Soedanees", "Armeense", "Marokkaans", "Syrisch".
_ORIGIN_ENDINGS = (
    "ees",
    "ese",
    "aans",
    "aanse",
    "isch",
    "ische",
    "iaans",
    "iaanse",
    "eens",
    "eense",
    "ools",
    "oolse",
    "urks",
    "urkse",
)
# Participles before "door" + a name: the person who passed something on ("doorgegeven
# door Hub van de camping", "gemeld door Wilma").
_AGENT_PARTICIPLES = frozenset(
    {"doorgegeven", "gemeld", "gebeld", "gezien", "verteld", "gestuurd", "getipt",
     "doorgestuurd", "aangegeven", "gefilmd", "geappt", "gemaild", "ingesproken",
     "opgemerkt", "herkend", "gesignaleerd", "aangesproken", "geschreven", "ingevuld",
     "opgesteld", "genoteerd", "gevonden", "gebracht", "meegedeeld"}
)  # fmt: skip
# Media that show or belong to a person: "een filmpje van Lot", "de snap van Jade".
_MEDIA_OF = frozenset(
    {"filmpje", "filmpjes", "foto", "fotos", "foto's", "video", "videos", "video's",
     "screenshot", "screenshots", "nudes", "naaktfoto", "naaktfotos", "story", "snap",
     "snaps", "insta", "profiel", "account", "nummer", "telefoonnummer", "adres",
     "telefoon", "berichten", "bericht", "appjes", "dm", "dms", "opname"}
)  # fmt: skip
# Right after a word: the writer says that it is what someone is called ("Dior (zo
# noemen ze hem)", "Twix (echte naam weet ik niet)", "Klein, ja zo heet hij echt").
_NAMED_AFTER_RX = re.compile(
    r"\s*[(,]\s*(?:ja\s+|dus\s+)?(?:zo\s+(?:noemen|noemt|heet|heten|noemden)\b|"
    r"(?:echte|eigenlijke|officiële|officiele)\s+naam\b|bijnaam\b|roepnaam\b|"
    r"(?:heet|heette)\s+(?:echt|eigenlijk|zo)\b)",
    re.IGNORECASE,
)
# Articles that make a title word a plain noun: "de mevrouw van de bakker".
_TITLE_ARTICLES = frozenset({"de", "die", "een", "deze", "dat", "diezelfde", "t"})
# Titles that take an article themselves: "de heer Vos", "de familie Kramer".
_ARTICLE_TITLES = frozenset({"heer", "familie", "fam", "gezin", "weduwe", "wed"})
# Compounds naming a family by its trade or way of life before the surname:
# "vissersfamilie", "boerengezin", "woonwagenfamilie".
_FAMILY_COMPOUND = ("familie", "gezin", "clan")
# "de jongste Wagenaar", "de oudste van Dam": one child of a family by its surname.
_RANK_IN_FAMILY = frozenset({"jongste", "oudste", "middelste"})
# Endings of capitalised adjectives of places and origins ("Hengelose", "Haagsche",
# "Turkse", "Belgische") and of inhabitants ("Rotterdammers").
_ADJ_ENDINGS = ("se", "sche", "ische", "ese", "ers")
# Words after which an unknown capitalised word is a thing, brand or place rather
# than a person: "een fles Bacardi", "merk Moncler", "richting Zaltbommel".
_UNKNOWN_OK_BEFORE = frozenset(
    {
        "fles",
        "flessen",
        "blik",
        "blikken",
        "merk",
        "type",
        "model",
        "vanuit",
        "nabij",
        "omgeving",
        "wijk",
        "buurt",
        "straat",
        "team",
        "stichting",
        "project",
        "programma",
        "app",
        "platform",
        "kanaal",
        "groep",
        "hashtag",
        "game",
        "film",
        "serie",
        "van",
    }
)
# "Tommie van Tante Ria", "Mo van ome Henk": kin or title words inside a nickname
_NICK_KIN = frozenset(
    {
        "tante",
        "ome",
        "oom",
        "opa",
        "oma",
        "buurvrouw",
        "buurman",
        "juf",
        "meester",
        "mama",
        "papa",
        "moeder",
        "vader",
        "zus",
        "broer",
        "mevrouw",
        "meneer",
    }
)
_QUOTED = re.compile(r"[\"“”„'‘’]([^\"“”„'‘’\n]{1,40})[\"“”„'‘’]")
_GROUP_WORDS = frozenset(
    {
        "gang",
        "boys",
        "boyz",
        "squad",
        "crew",
        "mafia",
        "family",
        "fam",
        "clan",
        "side",
        "team",
        "records",
        "music",
        "gvng",
        "bende",
        "groep",
        "click",
        "army",
        "city",
    }
)
_NICK_LEAD = frozenset(
    {
        "de",
        "die",
        "kleine",
        "grote",
        "lil",
        "little",
        "big",
        "dikke",
        "lange",
        "mini",
        "young",
        "yung",
        "el",
    }
)
# A capitalised word after "<verb> met" or "<medium> van" is a person: "Gesproken met
# Klein", "gebeld met Ruthmila" (a name); "een filmpje van Lot", "nudes van Jade" (kin).
_PHRASE_CUES: tuple[tuple[str, frozenset[str], str], ...] = (
    ("met", _TALK_VERBS, "name"),
    ("van", _MEDIA_OF, "kin"),
)

COMMON = 100  # corpus frequency from which a word counts as an ordinary Dutch word
# A word this frequent that is only a rare first name (not a very common one) is read
# as the word when it opens a sentence: "Storm gaat liggen", "Winter komt eraan"
# (but "Mees heeft ...", "Lieve heeft ..." stay unsure).
RARE_WORD = 2000


# Adjectives before the last name of a list: "... en de kleine Mory".
_LIST_ADJ = frozenset({"kleine", "grote", "lange", "dikke", "stille", "jonge", "oude", "gekke"})
# Nouns that describe the person named right before a bracket: "X (de jongen met ...)".
_BRACKET_PERSON = frozenset(
    {"jongen", "meisje", "meid", "knul", "jongeman", "oudste", "jongste", "leider", "kleine",
     "grote", "lange", "dikke", "nieuwe", "eigenaar", "bestuurder", "chauffeur", "moeder",
     "vader"}
)  # fmt: skip


@dataclass(slots=True)
class _Hit:
    first: int  # word index
    last: int  # inclusive
    confident: bool


class _Ctx:
    """Per-message view of words with the lexicon facts the rules need."""

    def __init__(
        self,
        words: list[Word],
        mask: list[bool],
        kinds: list[int],
        blocked: list[bool],
        lex: Lexicon,
    ) -> None:
        self.w = words
        self.place = mask
        self.kinds = kinds
        self.blocked = blocked  # claimed by another recognizer
        self.lex = lex
        self.n = len(words)
        self.text = ""
        # words (particles, titles) that belong to a name decided later
        self.pending: set[int] = set()
        self._starts: list[int] | None = None
        self._shouting: bool | None = None
        self._animal: bool | None = None
        keys = [w.key for w in words]
        first, sur, freq = lex.first_names.get, lex.surnames.get, lex.word_freq.get
        self._fc = [first(k, 0) for k in keys]
        self._sc = [sur(k, 0) for k in keys]
        self._wf = [freq(k, 0) for k in keys]

    def word_range(self, start: int, end: int) -> list[int]:
        """Indices of the words that start inside [start, end)."""
        if self._starts is None:
            self._starts = [w.start for w in self.w]
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return list(range(lo, hi))

    def named_after(self, i: int) -> bool:
        """Word ``i`` is followed by a remark that it is what someone is called."""
        end = self.w[i].end
        head = self.text[end : end + 3]
        return ("(" in head or "," in head) and _NAMED_AFTER_RX.match(self.text, end) is not None

    def has_animal(self) -> bool:
        if self._animal is None:
            self._animal = any(w.key in _ANIMALS for w in self.w)
        return self._animal

    def shouting(self) -> bool:
        """The whole message is typed in capitals ("ANIS WEER MET EEN MES ..."): a
        short word in capitals is then no acronym by its shape alone."""
        if self._shouting is None:
            alpha = [w for w in self.w if w.alpha and len(w.text) >= 2]
            self._shouting = len(alpha) >= 5 and sum(w.upper for w in alpha) >= 0.8 * len(alpha)
        return self._shouting

    def fc(self, i: int) -> int:
        return self._fc[i]

    def sc(self, i: int) -> int:
        return self._sc[i]

    def wf(self, i: int) -> int:
        return self._wf[i]

    def after_number(self, i: int) -> bool:
        """A lowercase word right after a number is a unit or a counted noun ("10 min",
        "3 man"), no name."""
        w = self.w[i]
        return not (w.cap or w.upper) and i > 0 and self.w[i - 1].text.isdigit()

    def common(self, i: int) -> bool:
        """An ordinary Dutch word: frequent, or in the dictionary and not a very
        common name ("aan", "roos" are words; "sem", "dekker" are names first)."""
        wf = self.wf(i)
        if wf >= COMMON:
            return True
        if wf > 50 or self.w[i].key in self.lex.english:
            return not (self.fc(i) >= 1000 or self.sc(i) >= 1000)
        return False

    def surname_place(self, i: int) -> bool:
        """A one-word town/street that is also a surname ("Dijk", "Vries"): it may be
        part of a name right after a first name."""
        k = self.kinds[i] if 0 <= i < self.n else 0
        return bool(k & 1024) and not (k & 16) and not self.blocked[i] and self.sc(i) >= 20

    def particle_surname(self, k: int, p: int) -> bool:
        """Word ``k``, after the particles from word ``p`` on, is a surname that takes
        a particle even though it is also a place: "Joost van Alphen", "Kevin van
        den Bosch" (not "Kevin van de Jumbo": a shop or a configured place)."""
        if not (0 <= k < self.n) or self.w[k].key not in self.lex.particle_surnames:
            return False
        if self.blocked[k] or self.not_name(k) or self.kinds[k] & (SHOP | CONFIGURED):
            return False
        if not self.place[k]:
            return True
        # the place must not reach past the surname, nor start before the particles
        if k + 1 < self.n and self.place[k + 1] and self.joined(k + 1):
            return False
        return not (p > 0 and self.place[p - 1] and self.place[p])

    def not_name(self, i: int) -> bool:
        return self.w[i].key in self.lex.not_names

    def free(self, i: int) -> bool:
        return 0 <= i < self.n and not self.place[i] and not self.blocked[i]

    def joined(self, i: int) -> bool:
        """Word i follows word i-1 within one name (space, hyphen, an initial's dot)."""
        gap = self.w[i].gap_before
        if gap in (" ", "-"):
            return True
        if gap in ("' ", "’ ") and i > 0 and self.w[i - 1].key == "lil":
            return True  # "Lil' Dex"
        if (
            gap in (" '", " ’")
            and self.w[i].key == "t"
            and i > 0
            and self.w[i - 1].key in ("van", "in", "op")
        ):
            return True  # "Bart van 't Hek", "Ruben in 't Veld"
        if gap in (". ", ".") and i > 0:
            prev = self.w[i - 1].text
            # an initial ("J. de Vries") or an abbreviated particle ("Bram v. Dijk",
            # "v.d. Berg")
            return (len(prev) == 1 and prev.isupper()) or prev in ("v", "vd", "d")
        return False

    def prev_keys(self, i: int, k: int = 3) -> list[str]:
        """Up to ``k`` words before word ``i`` in its sentence, nearest first. A
        colon does not end the sentence here ("Naam: Kevin"); a full stop, question
        or exclamation mark or a line break does ("heet Bram. Hoorn, ...")."""
        out: list[str] = []
        if i < self.n and self.w[i].sent_start and _HARD_BREAK.search(self.w[i].gap_before):
            return out
        j = i - 1
        while j >= 0 and len(out) < k:
            out.append(self.w[j].key)
            if self.w[j].sent_start or "\n" in self.w[j].gap_before:
                break
            j -= 1
        return out

    def same_sentence_prev(self, i: int) -> bool:
        return i > 0 and not self.w[i].sent_start


@register
class PersonRecognizer(Recognizer):
    """Finds person names: first names, surnames, full names ("Thijs van Dijk",
    "Sara El Idrissi"), initials + surname ("S. Ramdin", "R. van Dam"), names after
    titles and kin words ("mevrouw Ouali", "moeder van Ilias"), nicknames in quotes
    (after "bijnaam", "bekend als", a role, "de groep van", or in the bijnaam shape
    "'de Kale'", "'Dikke Dennis'"), lowercase names ("noor en haar vriendinnen") and
    obfuscated ones ("j0rdy", "K e v i n" after normalisation). Places found first
    are never names.

    Personal data: a name identifies a youth or parent directly (AVG art. 4(1)); step 1
    of the werkproces allows only group-level information, so every name goes, also
    those of professionals (they are personal data too and not needed for a signal).
    False positives: names that are also Dutch words ("Roos", "Bas", "Iris") are only
    taken with capitalisation or person context, and reported as unsure (the message
    is blocked) when only context speaks for them; shops and streets named after
    people are protected by the place tagger.

    Context that makes a word a name: titles and honorifics in any spelling
    ("mevr.", "mw", "dhr", "de heer", "fam.", "ome", "imam"; also lowercase and in
    capitals: "mevrouw bakker", "dhr van der meer", "MEVROUW KOK"), "heet"/"ene"/
    "een zekere" (also before lowercase words in no list: "ene souf"), a kin word
    ("zijn neef Zabihullah"), an age in brackets ("Ramin (Afghaans, 16)"), a
    nickname's lead or kin shape ("Lil' Dex", "Tommie van Tante Ria"). When unsure
    -- a capitalised word in no list mid-sentence, a rare name opening a clause with
    a verb, two proper names joined by "en", a lowercase first name bare in a
    person's slot ("ik zag roos bij de jumbo") -- the finding is unsure and the
    message is blocked rather than risk a leak.
    """

    name = "person"
    types = (PiiType.PERSON,)
    order = 100

    def find(self, doc: Doc, found: Sequence[Finding]) -> Iterator[Finding]:
        view = view_of(doc)
        words: list[Word] = view.words
        if not words:
            return
        mask: list[bool] = view.place_words
        kinds: list[int] = view.place_kinds
        blocked = (
            [overlaps(found, w.start, w.end) for w in words] if found else [False] * len(words)
        )
        idioms = (
            _IDIOMS.finditer(view.text)
            if "[" in view.text or not _IDIOM_FIRST.isdisjoint(w.key for w in words)
            else ()
        )
        storms = (
            _STORM.finditer(view.text) if "storm " in view.text or "orkaan" in view.text else ()
        )
        for m in (*idioms, *storms, *_REGNAL.finditer(view.text)):
            for k, w in enumerate(words):
                if w.start >= m.start() and w.end <= m.end():
                    blocked[k] = True
        c = _Ctx(words, mask, kinds, blocked, self.resources.lexicon)
        c.text = view.text
        decided: dict[int, bool] = {}  # word index -> confident
        self._group_quotes(c)
        fcs, scs, wfs = c._fc, c._sc, c._wf
        for i, w in enumerate(words):
            if (
                not (w.cap or w.upper or w.has_digit)
                and fcs[i] == 0
                and scs[i] == 0
                and (wfs[i] or not w.alpha)
            ):
                continue  # fast path: a lowercase ordinary word in no name list
            if not c.free(i):
                if c.surname_place(i) and w.cap and self._cue(c, i) == "title":
                    decided[i] = True  # "dhr. van Leeuwen": a surname that is also a town
                elif self._place_in_name_slot(c, i):
                    # "hij heet Tijger", "bijnaam 'Tijger'": a one-word street or town
                    # right after a name cue is a name first (unsure when also a word)
                    decided[i] = not c.common(i) and c.fc(i) >= 10
                continue
            pending = set(c.pending)
            verdict = self._judge(c, i)
            if verdict is None:
                c.pending = pending  # particles only belong to a name that was taken
            if (
                verdict is None
                and not w.cap
                and (fcs[i] >= 10 or (fcs[i] == 0 and scs[i] == 0 and wfs[i] == 0))
                and not c.after_number(i)
                and (self._bare_lower_name(c, i) or self._name_slot(c, i))
            ):
                verdict = False
            if verdict is not None:
                decided[i] = verdict
        for k in c.pending:
            if c.free(k) or c.surname_place(k) or c.w[k].key in PARTICLES:
                decided.setdefault(k, True)
        self._appositions(c, decided)
        self._described(c, decided)
        self._handle_stems(c, decided, found)
        self._initials(c, decided)
        self._coordination(c, decided)
        self._propagate(c, decided)
        hits = self._extend(c, decided)
        for h in hits:
            yield self.finding(
                PiiType.PERSON, words[h.first].start, words[h.last].end, confident=h.confident
            )
        yield from self._quoted(text_of(doc), c, hits, found)
        if "#" in view.text:
            for m in _CAMPAIGN_TAG.finditer(view.text):
                if not overlaps(found, m.start(1), m.end(1)):
                    yield self.finding(PiiType.PERSON, m.start(1), m.end(1))

    # -- single word decisions -------------------------------------------------
    def _cue(self, c: _Ctx, i: int) -> str | None:
        prev = c.prev_keys(i, 4)
        if not prev:
            return None
        # "de mevrouw van de bakker", "een meneer": with an article the title word is
        # a plain noun
        if prev[0] in TITLE_CUES and not (
            len(prev) > 1 and prev[1] in _TITLE_ARTICLES and prev[0] not in _ARTICLE_TITLES
        ):
            return "title"
        k = 0
        while k < len(prev) - 1 and prev[k] in PARTICLES:
            k += 1
        if (
            k
            and prev[k] in TITLE_CUES
            and not (
                len(prev) > k + 1
                and prev[k + 1] in _TITLE_ARTICLES
                and prev[k] not in _ARTICLE_TITLES
            )
        ):
            for j in range(i - k, i):
                c.pending.add(j)
            return "title"
        if prev[0] in INDEF_CUES:
            return "name"  # "ene Bolle", "een zekere Dani"
        if (
            len(prev[0]) > 7
            and prev[0].endswith(_FAMILY_COMPOUND)
            and c.w[i].cap
            and c.w[i].gap_before == " "
        ):
            return "title"  # "de boerenfamilie Kuipers", "het woonwagengezin Brink"
        if (
            len(prev) >= 2
            and prev[0] in _RANK_IN_FAMILY
            and prev[1] in ("de", "die", "t")
            and c.w[i].cap
            and c.w[i].gap_before == " "
            and (c.sc(i) >= 20 or c.fc(i) >= 10)
            and not c.common(i)
        ):
            return "title"  # "de jongste Wagenaar": the youngest of a family
        if len(prev) >= 2 and prev[0] == "door" and prev[1] in _AGENT_PARTICIPLES:
            return "sign"  # "Doorgegeven door Hub", "gemeld door Wilma"
        if len(prev) >= 2 and c.w[i].cap and c.w[i].gap_before == " ":
            for word, heads, kind in _PHRASE_CUES:
                if prev[0] == word and prev[1] in heads:
                    return kind
        if c.named_after(i):
            return "name"  # "Dior (zo noemen ze hem)", "Klein, ja zo heet hij echt"
        if prev[0] in SIGN_CUES:
            return "sign"
        if prev[0] in ROLE_CUES and c.w[i].gap_before.strip(" :") == "":
            return "role"
        if len(prev) >= 2 and prev[0] in COPULAS and prev[1] in ROLE_CUES:
            return "name"  # "de leider is Kev"
        if len(prev) >= 2 and prev[0] == "van" and prev[1] in KIN_CUES:
            return "kin"
        if (
            len(prev) >= 2
            and prev[0] in ("zijn", "haar", "hun", "z'n", "zn", "mn", "m'n")
            and prev[1] in KIN_CUES
        ):
            return "kin"
        if any(k in NAME_CUES for k in prev) or (
            len(prev) >= 2 and prev[0] == "als" and prev[1] == "bekend"
        ):
            return "name"
        if (
            len(prev) >= 3
            and prev[0] == "als"
            and prev[1] in ("hem", "haar")
            and prev[2] in ("ken", "kent", "kennen", "kende", "kenden")
        ):
            return "name"  # "ik ken hem als Slim"
        if prev[0] in KIN_CUES:
            return "kin"
        if (
            i + 1 < c.n
            and c.w[i + 1].key in _NAMED_AFTER
            and c.joined(i + 1)
            and c.same_sentence_prev(i)
        ):
            return "name"  # "die ze Kapo noemen", "werd ook Storm genoemd"
        if (
            i + 1 < c.n
            and c.w[i + 1].key in ("heet", "heette")
            and c.joined(i + 1)
            and c.same_sentence_prev(i)
            and (i + 2 >= c.n or c.w[i + 2].gap_before.strip()[:1] in (".", ",", "!", "?", ";"))
        ):
            return "name"  # "dat de grootste Joep heet.": the name closes the clause
        return None

    def _judge(self, c: _Ctx, i: int) -> bool | None:
        """True: confident name; False: unsure name; None: not a name."""
        w = c.w[i]
        if not w.alpha or len(w.key) < 2:
            return None
        fc, sc, wf = c.fc(i), c.sc(i), c.wf(i)
        if w.cap and self._pet_name(c, i):
            return None
        if (
            w.cap
            and i + 1 < c.n
            and w.key.endswith("s")
            and c.lex.first_names.get(w.key[:-1], 0) >= 10
            and c.w[i + 1].key in KIN_CUES
            and not c.not_name(i)
        ):
            return True  # "Jaydens moeder": a first name with a possessive s
        if (
            i > 1
            and w.cap
            and c.w[i - 1].key == "de"
            and c.w[i - 2].key in ("hem", "haar")
            and i > 2
            and c.w[i - 3].key in NAME_CUES
            and not c.not_name(i)
        ):
            return False  # "ze noemen hem de Dokter": a nickname with its article
        if (
            w.cap
            and i > 0
            and w.gap_before in ("'", "’")
            and c.w[i - 1].text in ("D", "N", "O", "M")
            and not c.not_name(i)
        ):
            # "N'Golo", "D'Angelo", "O'Neill": an elided prefix and a capital, one name
            c.pending.add(i - 1)
            return fc >= 10 or sc >= 50 or not c.common(i)
        obfuscated = w.has_digit or "$" in w.text or "@" in w.text
        if not obfuscated and c.after_number(i):
            return None
        if w.cap and self._demonym(c, i):
            return None
        if i + 1 < c.n and c.w[i + 1].gap_before == "-":
            # "Aa-landen", "Noord-kant": a compound with an ordinary lowercase word is
            # a place or a thing ("Jan-willem" has a name after the hyphen)
            nk = c.w[i + 1]
            if (
                not (nk.cap or nk.upper)
                and nk.alpha
                and c.wf(i + 1) >= 50
                and c.fc(i + 1) < 1000
                and nk.key not in _FAMILY_SUFFIXES
            ):
                return None
        if (
            not (w.cap or w.upper or obfuscated)
            and fc == 0
            and sc == 0
            and wf == 0
            and len(w.key) >= 3
            and w.key not in c.lex.english
            and not c.not_name(i)
        ):
            # "hij heet shurwin", "ene souf", "genaamd jayvano": a word in no list
            # right after a name cue is a name; a few words later it is unsure
            prev = c.prev_keys(i, 4)
            if prev and (prev[0] in NAME_CUES or prev[0] in INDEF_CUES):
                return True
            if any(p in NAME_CUES or p in INDEF_CUES for p in prev[1:]):
                return False
            return None
        if (
            not (w.cap or w.upper or obfuscated)
            and (sc >= 5 or w.key in c.lex.particle_surnames)
            and i > 0
            and c.w[i - 1].key in PARTICLES
            and len(w.key) >= 3
            and self._cue(c, i) == "title"
        ):
            return True  # "dhr van der meer", "mevrouw van den broek"
        if (
            not (w.cap or w.upper or obfuscated)
            and fc >= 10
            and wf < 100_000
            and c.same_sentence_prev(i)
            and (c.w[i - 1].key in INDEF_CUES or c.w[i - 1].key in NAME_CUES)
            and not c.not_name(i)
        ):
            # "ene lieve", "heet lieve": a first name that is also a word (unsure)
            return wf < COMMON
        if not (w.cap or w.upper or obfuscated) and ((fc == 0 and sc == 0) or wf >= 20000):
            return None  # fast path: lowercase word in no name list, or a function word
        if c.not_name(i) and (w.cap or w.upper) and self._nickname_slot(c, i):
            return False  # "ze noemen hem 'Porsche'", "heet Bro", "'Gucci' belt": unsure
        if c.not_name(i) or (w.key in TITLE_CUES and (w.cap or w.upper)):
            return None  # "Mr. Kok", "Mevr. Pinas": the title is not the name
        common = c.common(i)
        strong_first = fc >= 10
        very_first = fc >= 1000
        strong_sur = sc >= 50
        cue = self._cue(c, i)
        prev_article = self._article_before(c, i)
        if obfuscated:
            if fc >= 10 or (cue and (fc or sc)):
                return True
            if (
                (w.cap or cue)
                and not common
                and w.key not in c.lex.english
                and sum(ch.isalpha() for ch in w.text) >= 3
            ):
                # "Sharl3yne", "M@rvin": letters swapped for digits or signs in a
                # word that is no ordinary word is a disguised name (unsure)
                return False
            return None
        if w.upper and len(w.text) <= 4 and cue != "title" and not c.shouting():
            return None  # acronyms: AH, ME, BOA, JOP (but "MEVROUW KOK")
        if (
            i > 0
            and c.w[i - 1].key in VEHICLE_MAKES
            and c.joined(i)
            and cue is None
            and not (sc >= 200 and fc < 10)
        ):
            return None  # a model after its make: "Seat Leon" ("Mercedes Hernández" is a name)
        if w.cap or w.upper:
            if self._heading_place(c, i) and not (strong_first and not common):
                return None
            if cue in ("title", "kin", "role", "sign", "name"):
                if common and (strong_first or strong_sur):
                    return cue != "name"
                if common and not (fc or sc):
                    return None if cue not in ("name", "title") else False
                if cue == "role" and not (fc or sc):
                    # "zijn neef Zabihullah": a kin word names a person; after a role
                    # ("leerling Xander") an unknown word is unsure
                    if c.w[i - 1].key in KIN_CUES:
                        return True
                    if c.w[i - 1].key in _ROLE_NOUNS_PLACE or w.sent_start:
                        return None
                    return False
                return True
            if prev_article:
                # Dutch does not put an article before a name ("bij de Roos" is a
                # place), except with a particle surname at the start of a sentence
                # ("de Jong van de Hema zegt ...").
                p = i - 1
                while p > 0 and c.w[p - 1].key in PARTICLES and not c.w[p].sent_start:
                    p -= 1
                if (
                    c.w[i - 1].key in ("de", "van", "der", "den", "ter", "ten")
                    and w.key in c.lex.particle_surnames
                    and sc >= 20
                    and c.w[p].sent_start
                ):
                    for k in range(p, i):
                        c.pending.add(k)
                    return True
                if (
                    c.w[i - 1].key == "een"
                    and any(
                        p in ("ken", "kent", "kennen", "kende", "kenden")
                        for p in c.prev_keys(i, 3)[1:]
                    )
                    and (fc >= 10 or (not common and w.key not in c.lex.english))
                    and c.same_sentence_prev(i)
                ):
                    # "wie kent een Narek?", "ken je een Dani": asking after a person
                    return not common
                if (
                    c.w[i - 1].key in ("het", "t")
                    and i > 1
                    and c.w[i - 2].key in ("dat", "of", "toen", "denk", "zeker", "weet")
                    and strong_first
                    and not common
                    and i + 1 < c.n
                    and c.w[i + 1].key in COPULAS
                ):
                    return True  # "dat het Gianni is": 'het' is the subject here
                return None
            if strong_first and not common:
                return True
            if strong_sur and not common and not w.sent_start:
                return True
            if (strong_first or strong_sur) and common:
                if not w.sent_start and very_first:
                    return True
                if (
                    not w.sent_start
                    and wf < COMMON
                    and w.key not in c.lex.english
                    and c.w[i - 1].key not in _PLACE_ONLY_PREPS
                ):
                    # only a rare dictionary word ("Koen", "Wout", "Axel", "Kelvin",
                    # "Marjolein" are in the word list too), capitalised mid-sentence
                    return True
                if self._next_is_name(c, i):
                    return True
                if (
                    w.sent_start
                    and (very_first or (strong_first and wf < RARE_WORD))
                    and i + 1 < c.n
                    and c.w[i + 1].key in FINITE_VERBS
                    and c.joined(i + 1)
                ):
                    return False  # "Mees heeft ...", "Lieve heeft ...": name and word
                if (
                    w.sent_start
                    and strong_sur
                    and wf < RARE_WORD
                    and i + 1 < c.n
                    and c.w[i + 1].key in FINITE_VERBS
                    and c.w[i + 1].key not in PLACE_VERBS
                    and c.joined(i + 1)
                ):
                    return False  # "Bolle zei ...", "Bakker belde ...": unsure
                if self._after_cue(c, i):
                    return True  # "Nova en haar zus", "Mees (15)", "Ramin (Afghaans, 16)"
                if strong_first and self._of_shop(c, i):
                    return True  # "Koen van de Welkoop": someone who works there
                if (
                    (
                        (w.sent_start and very_first)
                        or (
                            i > 0
                            and c.w[i - 1].key in ("die", "ene")
                            and (very_first or sc >= 1000)
                            and c.same_sentence_prev(i)
                        )
                    )
                    and i + 3 < c.n
                    and c.w[i + 1].key == "van"
                    and c.w[i + 2].key in ("de", "het", "t")
                    and c.w[i + 3].alpha
                    and not (c.w[i + 3].cap or c.w[i + 3].upper)
                    and c.joined(i + 1)
                ):
                    # "Jasmijn van de kassa", "die Bakker van de ijzerwinkel": unsure
                    return False
                return None
            if (
                (fc or sc)
                and not common
                and w.key not in c.lex.english
                and (not w.sent_start or self._after_cue(c, i))
            ):
                # in a (weak) name list, capitalised mid-sentence, not a place; at the
                # start of a sentence only with person context ("Georgi (17) zegt")
                return True
            if not common and self._after_cue(c, i):
                return False  # "Sharleyne en zijn neef": unknown word, person context
            if (
                w.sent_start
                and not common
                and w.key not in c.lex.english
                and i + 1 < c.n
                and c.w[i + 1].key in FINITE_VERBS
                and c.w[i + 1].key not in PLACE_VERBS
                and c.joined(i + 1)
            ):
                # "Shurwin verkoopt lachgas", "Tareq valt ...": an unknown or rare
                # name opening a clause with a finite verb
                return fc >= 10
            if (
                w.sent_start
                and not common
                and w.key not in c.lex.english
                and self._origin_after(c, i)
            ):
                return fc >= 10  # "Garang is Zuid-Soedanees": described by origin
            if self._unknown_proper(c, i):
                return False
            if (
                w.sent_start
                and not common
                and w.key not in c.lex.english
                and i + 2 < c.n
                and c.w[i + 1].key in ("en", "of")
                and c.joined(i + 1)
                and c.joined(i + 2)
                and c.w[i + 2].cap
                and c.w[i + 2].alpha
                and c.free(i + 2)
                and (c.fc(i + 2) or c.sc(i + 2) or not c.common(i + 2))
                and not c.not_name(i + 2)
                # adjectives: "Marokkaanse en Turkse jongens"
                and not w.key.endswith(_ADJ_ENDINGS)
                and not c.w[i + 2].key.endswith(_ADJ_ENDINGS)
            ):
                return False  # "Tanki en Bolle zijn terug": two proper names (unsure)
            return None
        # lowercase
        after_det = i > 0 and c.w[i - 1].key in _DETERMINERS and c.same_sentence_prev(i)
        if cue == "name" and (fc >= 10 or sc >= 50) and wf < 20000:
            if after_det and common:
                return None  # "heet volgens zijn maten ...", "de naam van de leider"
            return not common

        if (
            cue == "title"
            and (sc >= 20 or fc >= 10)
            and wf < 20000
            and len(w.key) >= 3
            and w.key not in c.lex.not_names
        ):
            # voice-to-text "mevrouw bakker", "meneer de boer", "dhr yilmaz"
            return not common
        if common or w.key in c.lex.not_names or len(w.key) < 3:
            return None
        if (fc >= 10 and wf == 0) or (fc >= 1000 and wf <= DICT_WORD):
            return True
        if (
            fc >= 1
            and wf == 0
            and w.key not in c.lex.english
            and not (fc < 10 and i > 0 and c.w[i - 1].key in ARTICLES and c.same_sentence_prev(i))
        ):
            # a rare name written lowercase; no Dutch or English word (after an article
            # it is a noun the dictionary lacks: "na de iftar")
            return True
        if fc >= 10 and cue in ("kin", "title"):
            return True
        return None

    @staticmethod
    def _nickname_slot(c: _Ctx, i: int) -> bool:
        """A word that is otherwise no name (a brand, a slang word) used as a nickname:
        right after a naming word ("heet Bro", "noemen hem 'Porsche'"), or quoted and
        followed by a verb ("'Gucci' belt de kleintjes")."""
        prev = c.prev_keys(i, 3)
        if prev and c.same_sentence_prev(i):
            if prev[0] in NAME_CUES and prev[0] not in ("naam", "achternaam", "voornaam"):
                return True
            if len(prev) >= 2 and prev[0] in ("hem", "haar") and prev[1] in NAME_CUES:
                return True
        w = c.w[i]
        if c.named_after(i):
            return True  # "Twix (echte naam weet ik niet)", "Dior (zo noemen ze hem)"
        quoted = w.gap_before[-1:] in ('"', "“", "'", "‘")
        return (
            quoted
            and i + 1 < c.n
            and c.w[i + 1].gap_before[:1] in ('"', "”", "'", "’")
            and c.w[i + 1].key in FINITE_VERBS
            and c.w[i + 1].key not in PLACE_VERBS
        )

    @staticmethod
    def _pet_name(c: _Ctx, i: int) -> bool:
        """An animal's name: "zijn hond Rocky", "een pitbull genaamd Max", "de hond
        van de buurman, Rocky, ..." (an apposition to the animal, closed by a comma)."""
        if not c.has_animal():
            return False
        prev = c.prev_keys(i, 6)
        if not prev:
            return False
        if prev[0] in _ANIMALS and c.w[i].gap_before == " ":
            return True
        if len(prev) >= 2 and prev[0] in NAME_CUES and prev[1] in _ANIMALS:
            return True
        if c.w[i].gap_before.strip() != "," or not (
            i + 1 >= c.n or c.w[i + 1].gap_before.strip()[:1] in (",", ")", ".")
        ):
            return False
        for k in prev:
            if k in _ANIMALS:
                return True
            if not (k in _PET_GLUE or k in KIN_CUES or k in ROLE_CUES):
                return False
        return False

    @staticmethod
    def _origin_after(c: _Ctx, i: int) -> bool:
        """ "X is Zuid-Soedanees", "X was Armeens": a copula and an adjective of origin
        after the word describe a person (a place is not "Soedanees")."""
        if i + 2 >= c.n or c.w[i + 1].key not in ("is", "was") or not c.joined(i + 1):
            return False
        k = i + 2
        if c.w[k].key in ("zuid", "noord", "oost", "west") and k + 1 < c.n:
            if c.w[k + 1].gap_before != "-":
                return False
            k += 1
        return c.w[k].alpha and c.w[k].key.endswith(_ORIGIN_ENDINGS)

    @staticmethod
    def _of_shop(c: _Ctx, i: int) -> bool:
        """ "Koen van de Welkoop", "Sanne van de Action": a first name, then "van de"
        and a shop chain or business: the person who works there."""
        return (
            i + 3 < c.n
            and c.w[i + 1].key == "van"
            and c.w[i + 2].key in ("de", "het", "t")
            and c.joined(i + 1)
            and c.joined(i + 2)
            and c.joined(i + 3)
            and c.w[i + 3].cap
            and bool(c.kinds[i + 3] & SHOP)
        )

    @staticmethod
    def _article_before(c: _Ctx, i: int) -> bool:
        """An article before word ``i``, possibly over adjectives: "de Roos", "een
        zwarte Audi", "de nieuwe Primera". Dutch puts no article before a name."""
        j = i - 1
        while j >= 0 and c.same_sentence_prev(j + 1) and c.w[j + 1].gap_before == " ":
            k = c.w[j].key
            if k in ARTICLES:
                return True
            w = c.w[j]
            if w.cap or not w.alpha or not k.endswith("e") or k.endswith("je") or j < i - 3:
                return False
            j -= 1  # an inflected adjective: "zwarte", "donkerblauwe", "oude"
        return False

    def _unknown_proper(self, c: _Ctx, i: int) -> bool:
        """A capitalised word mid-sentence that is in no word list, name list or
        place list ("en zijn neef Zabihullah", "gesproken met Dzjenifer"): in Dutch
        that is a proper name, and it may be a person's. Unsure, so the message is
        blocked. Not for adjectives of places ("Hengelose"), words next to a place
        ("Kerkrade Bleijerheide", "Zuiderzeewijk en Atolplaza"), after place
        prepositions ("bij Atolplaza") or inside quotes."""
        w = c.w[i]
        if (
            w.sent_start
            or w.upper
            or not w.alpha
            or len(w.key) < 4
            or c.fc(i)
            or c.sc(i)
            or c.wf(i)
            or w.key in c.lex.english
            or c.not_name(i)
            or w.key.endswith(_ADJ_ENDINGS)
        ):
            return False
        prev = c.w[i - 1]
        if prev.key in _PLACE_BEFORE_QUOTE or prev.key in _UNKNOWN_OK_BEFORE:
            return False
        if c.place[i - 1] or (i + 1 < c.n and c.place[i + 1] and c.joined(i + 1)):
            return False
        if any(q in w.gap_before for q in "\"“”„'‘’"):
            return False
        # coordinated with a place: "Zuiderzeewijk en Atolplaza"
        if prev.key in ("en", "of") and i >= 2 and c.place[i - 2]:
            return False
        return not (i + 2 < c.n and c.w[i + 1].key in ("en", "of") and c.place[i + 2])

    def _name_slot(self, c: _Ctx, i: int) -> bool:
        """A lowercase first name that is also a word, bare (no article) in a slot
        where Dutch puts a person: after "zag", "sprak", "volgens", "iemand", or
        before "haar"/"zijn" (possessive), "gesproken", "gezien": "ik zag roos bij de
        jumbo", "volgens storm is het raak", "dat was hoop haar idee". Unsure."""
        w = c.w[i]
        if w.cap or not w.alpha or len(w.key) < 3 or c.not_name(i):
            return False
        fc, wf = c.fc(i), c.wf(i)
        if fc < 10 or wf >= 20000:
            return False
        prev = c.w[i - 1].key if i > 0 and c.same_sentence_prev(i) else ""
        if prev in _SLOT_BEFORE:
            return True
        if prev == "met" and i > 1 and c.w[i - 2].key in _TALK_VERBS:
            return True  # "bel met fleur", "gepraat met jade"
        if (
            i + 1 < c.n
            and c.joined(i + 1)
            and c.w[i + 1].key in _SLOT_AFTER
            and w.key not in c.lex.english
        ):
            return prev not in _DETERMINERS
        return False

    def _bare_lower_name(self, c: _Ctx, i: int) -> bool:
        """A lowercase word that may be a name ("roos", "mees", or not a word at all,
        "shurwin") with no article or preposition before it and a finite verb after
        it ("roos zat er ook weer bij"), or after "met" and before "gesproken": in
        Dutch a bare noun does not open a clause, so it is read as a name (unsure)."""
        w = c.w[i]
        if w.cap or not w.alpha or w.key in c.lex.not_names:
            return False
        if len(w.key) < 3 and not (c.fc(i) >= 10 and c.wf(i) == 0):
            return False
        fc, wf = c.fc(i), c.wf(i)
        unknown = fc == 0 and wf == 0 and c.sc(i) == 0 and w.key not in c.lex.english
        if not (unknown or (fc >= 1000 and wf < 100_000) or (fc >= 10 and wf < 1000)):
            return False
        prev = c.w[i - 1].key if i > 0 and not w.sent_start else ""
        if prev not in ("", "en", "of", "met", "want", "maar", "dat", "toen", "van"):
            return False
        if i + 1 >= c.n or not c.joined(i + 1):
            return False
        nxt = c.w[i + 1].key
        if (
            w.key in c.lex.english
            and i + 2 < c.n
            and c.w[i + 2].key in c.lex.english
            and c.wf(i + 2) < DICT_WORD
        ):
            return False  # English: "sky is clear"
        if nxt in FINITE_VERBS:
            return True
        return prev == "met" and nxt in (
            "gesproken",
            "gepraat",
            "gebeld",
            "afgesproken",
            "geappt",
            "contact",
        )

    def _after_cue(self, c: _Ctx, i: int) -> bool:
        """Person context after a word: "X en zijn neef", "X's moeder", "X (15)",
        "X, 15 jaar"."""
        n = c.n
        if i + 3 < n and c.w[i + 1].key in ("en", "met"):
            k = i + 2
            if (
                k + 2 < n
                and c.w[k + 1].gap_before in ("'", "’")
                and (c.w[k].key, c.w[k + 1].key) in (("z", "n"), ("d", "r"))
            ):
                k += 1  # "z'n", "d'r" are two words
            elif c.w[k].key not in ("zijn", "haar", "zn", "hun"):
                k = -1
            if k > 0 and c.w[k + 1].key in KIN_CUES:
                return True
        if (
            i + 2 < n
            and c.w[i + 1].key == "s"
            and c.w[i + 1].gap_before in ("'", "’")
            and c.w[i + 2].key in KIN_CUES
        ):
            return True
        # "Dženan z'n broer", "Kevin zijn moeder": a possessive kin reference
        k = i + 1
        if k + 2 < n and (c.w[k].key, c.w[k + 1].key) in (("z", "n"), ("d", "r")):
            k = k + 2 if c.w[k + 1].gap_before in ("'", "’") else -1
        elif k + 1 < n and c.w[k].key in ("zijn", "zn", "haar"):
            k += 1
        else:
            k = -1
        if k > 0 and c.w[k].key in KIN_CUES:
            return True
        # "Gurpreet (de jongen met de tulband)": described as a person in brackets
        if (
            i + 2 < n
            and c.w[i + 1].gap_before.strip() == "("
            and c.w[i + 1].key in ("de", "het", "een", "zijn", "haar")
            and (c.w[i + 2].key in _BRACKET_PERSON or c.w[i + 2].key in KIN_CUES)
        ):
            return True
        if i + 2 < n and c.w[i + 1].gap_before.strip() == "(":
            # "Ramin (Afghaans, 16)", "Dani (16 jr, Zuid)": an age inside brackets
            k = i + 1
            while k < n and k <= i + 5:
                if k > i + 1 and ")" in c.w[k].gap_before:
                    break
                t = c.w[k].text
                if t.isdigit() and len(t) <= 2 and 10 <= int(t) <= 25:
                    return True
                k += 1
        if i + 1 < n:
            nxt = c.w[i + 1]
            if nxt.text.isdigit() and len(nxt.text) <= 2 and 10 <= int(nxt.text) <= 25:
                gap = nxt.gap_before
                after = c.w[i + 2].gap_before if i + 2 < n else ""
                if gap.strip() == "(" and after.startswith(")"):
                    return True
                if gap.strip() == "," and (
                    after.startswith(",") or (i + 2 < n and c.w[i + 2].key in ("jaar", "jr"))
                ):
                    return True
        return False

    def _heading_place(self, c: _Ctx, i: int) -> bool:
        """A line-initial word followed by ':' (possibly after a time) names a place
        ("Lapersveld 20.15: ...", "21.10 Jordaan: ...")."""
        if heading_position(c.w, i):
            return True
        if not c.w[i].sent_start:
            return False
        j = i
        while j + 1 < c.n and c.w[j + 1].cap and c.joined(j + 1) and j - i < 3:
            j += 1
        if j + 2 >= c.n:
            return False
        nxt = c.w[j + 1]
        # "Lapersveld 20.15: ..." / "Zuidplein 18.15 - ..."
        return (
            nxt.text.isdigit()
            and len(nxt.text) <= 2
            and c.w[j + 2].gap_before in (".", ":")
            and c.w[j + 2].text.isdigit()
        )

    def _next_is_name(self, c: _Ctx, i: int) -> bool:
        j = i + 1
        while j < c.n and c.w[j].key in PARTICLES and c.joined(j) and not c.w[j].cap:
            j += 1
        if j >= c.n or not c.joined(j) or not c.free(j):
            return False
        nxt = c.w[j]
        if nxt.cap and (c.sc(j) >= 20 or c.fc(j) >= 10) and not c.not_name(j):
            # the next name word belongs to this name even when it is also a word
            # ("Kleine Moe", "Grote Bas")
            c.pending.update(range(i + 1, j + 1))
            return True
        return False

    # -- multi-word rules ------------------------------------------------------
    def _group_quotes(self, c: _Ctx) -> None:
        """Words inside a quote that names a group, label or work ("Westside Gang",
        the film 'De Kleine Prins') are no person names."""
        text = c.text
        if not any(q in text for q in "\"“”„'‘’"):
            return
        for m in _QUOTED.finditer(text):
            s, e = m.span()
            # a single quote must stand apart from words ("foto's" is no quote)
            if (s > 0 and not text[s - 1].isspace() and text[s - 1] not in "(:") or (
                e < len(text) and text[e].isalnum()
            ):
                continue
            idx = c.word_range(m.start(1), m.end(1))
            if not idx:
                continue
            prev8 = c.prev_keys(idx[0], 8)
            if (
                prev8
                and (prev8[0] in ("de", "het", "t") or _vessel(prev8[0]))
                and any(_vessel(p) for p in prev8)
            ):
                # a ship's name: "een kotter losgemaakt, de 'Johanna Maria'"
                for k in idx:
                    c.blocked[k] = True
                continue
            if any(c.w[k].key in _GROUP_WORDS for k in idx) or _names_group(
                c.prev_keys(idx[0], 4), _WORK_CUES
            ):
                # "Westside Gang", "de film 'De Kleine Prins'" (but a chat name may
                # be a person's: de groepsapp "Bo$$ Redouan"); a very common first
                # name stays a name ("Kevin Gang" is named after someone)
                for k in idx:
                    if not (c.fc(k) >= 1000 and not c.common(k)):
                        c.blocked[k] = True

    def _handle_stems(self, c: _Ctx, decided: dict[int, bool], found: Sequence[Finding]) -> None:
        """ "snap van souf: souf.210": a word that is the name part of a handle or
        e-mail address found in the same message is a name."""
        stems: set[str] = set()
        text = c.text
        for f in found:
            if f.type in (PiiType.HANDLE, PiiType.EMAIL):
                local = text[f.start : f.end].split("@")[0 if f.type is PiiType.EMAIL else -1]
                if "/" in local:
                    # a profile link: the name is in its path, not its domain ("twitch.tv/x")
                    local = local.rstrip("/").rsplit("/", 1)[-1]
                for part in _STEM_SPLIT.split(local.lower()):
                    if (len(part) >= 3 or c.lex.first_names.get(part, 0) >= 10) and (
                        c.lex.word_freq.get(part, 0) < COMMON
                        or c.lex.first_names.get(part, 0) >= 1000
                    ):
                        stems.add(part)
        if not stems:
            return
        for i in range(c.n):
            if i not in decided and c.free(i) and c.w[i].key in stems:
                decided[i] = True

    @staticmethod
    def _lone_gazetteer_place(c: _Ctx, i: int) -> bool:
        """Word ``i`` is a one-word street or town from the national lists (no
        configured place, shop or landmark): a name may hide behind it ("Mark",
        "Tijger")."""
        w = c.w[i]
        if c.blocked[i] or not (w.cap or w.upper) or not w.alpha or c.not_name(i):
            return False
        kind = c.kinds[i]
        if kind & (CONFIGURED | SHOP | AREA) or not kind & (STREET | TOWN):
            return False
        return not (
            (i > 0 and c.place[i - 1] and c.joined(i))
            or (i + 1 < c.n and c.place[i + 1] and c.joined(i + 1))
        )

    @staticmethod
    def _demonym(c: _Ctx, i: int) -> bool:
        """ "Leeuwarder jongeren", "Rotterdamse meiden", "Tilburger supporters": an
        adjective made from a town name, before a lowercase noun."""
        k = c.w[i].key
        if len(k) < 6 or not k.endswith(("er", "se")) or i + 1 >= c.n:
            return False
        nxt = c.w[i + 1]
        if nxt.cap or not nxt.alpha or nxt.gap_before != " ":
            return False
        # "-er" forms are also surnames ("Spijker is de leider"): only before a plural
        # noun ("Leeuwarder jongeren") and never in a name slot
        if k.endswith("er") and not (
            len(nxt.key) >= 5 and nxt.key.endswith(("en", "s")) and nxt.key not in _NOT_PLURAL
        ):
            return False
        prev = c.prev_keys(i, 2)
        if prev and (prev[0] in NAME_CUES or prev[0] in INDEF_CUES or prev[0] in TITLE_CUES):
            return False
        stem = k[:-2]
        places = c.lex.places
        return any(
            places.get(s, 0) & TOWN
            for s in (stem, stem + "en", stem[:-1] if stem[-1:] == stem[-2:-1] else "")
        )

    def _described(self, c: _Ctx, decided: dict[int, bool]) -> None:
        """A capitalised word in no word list that is described as a person: with an
        age ("Wiktoria 14 jr", "Dani (15)"), an origin ("Oleksandr uit Oekraïne"), or
        as a family's boys ("de Sahetapy-jongens")."""
        for i in range(c.n - 1):
            w = c.w[i]
            if (
                i in decided
                or not w.cap
                or not w.alpha
                or len(w.key) < 4
                or not c.free(i)
                or c.wf(i) > 0  # an ordinary word, however rare
                or w.key in c.lex.english
                or c.not_name(i)
            ):
                continue
            nxt = c.w[i + 1]
            if nxt.gap_before == "-" and nxt.key in _FAMILY_SUFFIXES:
                if c.sc(i) >= 20 or c.fc(i) >= 10 or c.fc(i) + c.sc(i) == 0:
                    decided[i] = True
                continue
            if not (c.fc(i) >= 1 or c.sc(i) >= 1):
                continue
            if _AGE_AFTER.match(c.text, w.end) is not None or (
                nxt.key == "uit"
                and nxt.gap_before == " "
                and i + 2 < c.n
                and c.place[i + 2]
                and c.kinds[i + 2] & TOWN
            ):
                decided[i] = True

    def _appositions(self, c: _Ctx, decided: dict[int, bool]) -> None:
        """ "Mark, de beheerder van de sporthal, ...", "Roos, de moeder van ...": a
        first name followed by a comma and a role or kin noun names that person."""
        for i in range(c.n - 2):
            w = c.w[i]
            if i in decided or not w.cap or not w.alpha or c.fc(i) < 10 or c.not_name(i):
                continue
            if not (c.free(i) or self._lone_gazetteer_place(c, i)):
                continue
            det, role = c.w[i + 1], c.w[i + 2]
            if (
                det.gap_before.strip() == ","
                and det.key in _APPOSITION_DETS
                and role.gap_before == " "
                and (role.key in ROLE_CUES or role.key in KIN_CUES or role.key in _APPOSITION_ROLES)
            ):
                decided[i] = True

    def _place_in_name_slot(self, c: _Ctx, i: int) -> bool:
        """Word ``i`` is a lone gazetteer street or town directly after a name cue:
        "heet X", "bijnaam is X", "noemen hem X", "doorgegeven door X"."""
        if not self._lone_gazetteer_place(c, i):
            return False
        prev = c.prev_keys(i, 3)
        if not prev:
            return False
        if prev[0] in NAME_CUES:
            return True
        if len(prev) >= 2 and prev[0] == "door" and prev[1] in _AGENT_PARTICIPLES and c.fc(i) >= 1:
            return True  # "doorgegeven door Hub": a person passes things on, a place not
        if len(prev) >= 2 and prev[0] in COPULAS and prev[1] in NAME_CUES:
            return True
        return len(prev) >= 2 and prev[0] in ("hem", "haar", "ze", "zich") and prev[1] in NAME_CUES

    def _initials(self, c: _Ctx, decided: dict[int, bool]) -> None:
        """ "S. Ramdin", "B. Aydın": a capital initial with a dot before a surname."""
        for i in range(c.n - 1):
            w = c.w[i]
            if len(w.text) != 1 or not w.text.isupper() or not c.free(i):
                continue
            j = i + 1
            if c.w[j].gap_before not in (". ", ".") or not c.free(j):
                continue
            # allow several initials: "J.P. de Vries"
            while (
                j < c.n
                and len(c.w[j].text) == 1
                and c.w[j].text.isupper()
                and c.w[j].gap_before in (".", ". ")
            ):
                j += 1
            while j < c.n and c.w[j].key in PARTICLES and not c.w[j].cap:
                j += 1
            # a surname that is also a town or street ("R. de Vries", "M. van Dijk")
            if j >= c.n or not (c.free(j) or c.surname_place(j)):
                continue
            nxt = c.w[j]
            if (
                nxt.cap
                and nxt.alpha
                and not c.not_name(j)
                and (not c.common(j) or c.sc(j) >= 50)  # "J. Visser", "R. de Vries"
            ):
                for k in range(i, j + 1):
                    decided.setdefault(k, True)
        # "Merhawi T. heeft …": a capitalised word in no word list before a trailing
        # initial with its dot is a first name, even at the start of a sentence
        for i in range(c.n - 1):
            w, ini = c.w[i], c.w[i + 1]
            if len(ini.text) != 1 or not ini.text.isupper() or not c.joined(i + 1):
                continue
            if not decided.get(i) and (
                not w.cap
                or not w.alpha
                or len(w.key) < 3
                or not c.free(i)
                or c.common(i)
                or c.not_name(i)
                or c.w[i].key in c.lex.english
            ):
                continue
            nxt_gap = c.w[i + 2].gap_before if i + 2 < c.n else ""
            if nxt_gap.startswith(".") and not (
                i + 2 < c.n and c.w[i + 2].cap and nxt_gap.strip() == "."
            ):
                decided.setdefault(i, True)
                decided.setdefault(i + 1, True)

    def _coordination(self, c: _Ctx, decided: dict[int, bool]) -> None:
        """ "Yusuf, Burak en enes": words listed with a name are names too."""
        if not decided:
            return
        words = c.w
        # only words next to a list separator can be coordinated
        cand = [
            i
            for i in range(c.n)
            if i not in decided
            and (
                words[i].gap_before in (", ", ",", " & ")
                or (i >= 1 and words[i - 1].key in ("en", "of", "met"))
                or (i >= 2 and words[i - 1].key in _LIST_ADJ and words[i].cap)
                or (
                    i + 1 < c.n
                    and (
                        words[i + 1].gap_before in (", ", ",", " & ")
                        or words[i + 1].key in ("en", "of")
                    )
                )
            )
        ]
        if not cand:
            return
        changed = True
        rounds = 0
        while changed and rounds < 4:
            changed = False
            rounds += 1
            for i in cand:
                if i in decided or not c.free(i) or not c.w[i].alpha or c.not_name(i):
                    continue
                w = c.w[i]
                neighbours: list[int] = []
                gap = w.gap_before
                if i >= 1 and gap in (", ", ",", " & "):
                    neighbours.append(i - 1)
                if (
                    i >= 2
                    and c.w[i - 1].key in ("en", "of", "met")
                    and gap == " "
                    and c.w[i - 1].gap_before in (" ", ", ")
                ):
                    neighbours.append(i - 2)
                if i >= 3 and c.w[i - 1].key in _LIST_ADJ and w.cap:
                    # "Alpha, Lansana en de kleine Mory"
                    k = i - 2 if c.w[i - 2].key != "de" else i - 3
                    if k >= 1 and c.w[k].key in ("en", "of"):
                        neighbours.append(k - 1)
                if i + 1 < c.n and c.w[i + 1].gap_before in (", ", ",", " & "):
                    neighbours.append(i + 1)
                if (
                    i + 2 < c.n
                    and c.w[i + 1].key in ("en", "of")
                    and c.w[i + 1].gap_before == " "
                    and c.w[i + 2].gap_before == " "
                ):
                    neighbours.append(i + 2)
                if not any(nb in decided and decided[nb] for nb in neighbours):
                    continue
                if len(w.key) < 2:
                    continue
                if c.common(i):
                    if w.cap and (c.fc(i) >= 10 or c.sc(i) >= 50):
                        decided[i] = True
                        changed = True
                    elif (c.fc(i) >= 10 and c.wf(i) < 20000) or (
                        c.fc(i) >= 1000 and c.wf(i) < 100_000
                    ):
                        decided[i] = False  # "noor en roos", "taha en lieve": unsure
                        changed = True
                    continue
                if len(w.key) == 2 and not (c.fc(i) >= 10 and c.wf(i) == 0):
                    continue
                if (
                    w.cap
                    or c.fc(i) >= 1
                    or c.sc(i) >= 1
                    or (c.wf(i) == 0 and w.key not in c.lex.english and len(w.key) >= 4)
                ):
                    decided[i] = True
                    changed = True

    def _propagate(self, c: _Ctx, decided: dict[int, bool]) -> None:
        keys = {c.w[i].key: conf for i, conf in decided.items() if len(c.w[i].key) >= 3}
        for i in range(c.n):
            if i in decided or not c.free(i):
                continue
            k = c.w[i].key
            if k in keys and (c.w[i].cap or not c.common(i)):
                decided[i] = keys[k]

    def _extend(self, c: _Ctx, decided: dict[int, bool]) -> list[_Hit]:
        """Grow decided words into full names: particles and surnames after a first
        name ("Thijs van Dijk"), a trailing initial ("Naoufal B.")."""
        hits: list[_Hit] = []
        # a nickname's lead before a name belongs to it: "Lil' Jay", "kleine ayoub"
        for i in sorted(decided):
            p = i - 1
            if (
                p >= 0
                and p not in decided
                and c.free(p)
                and c.w[p].key in _NICK_LEAD
                and c.w[p].key not in ("de", "die", "el")
                and c.w[i].gap_before in (" ", "' ", "’ ")
                and c.same_sentence_prev(i)
            ):
                decided[p] = decided[i]
        # a first name right before a decided surname belongs to it ("Timo Jansen");
        # a double first name too, whatever its capitals ("Jan-willem")
        for i in sorted(decided):
            p = i - 1
            if (
                p >= 0
                and p not in decided
                and c.free(p)
                and c.w[i].gap_before == "-"
                and c.w[p].alpha
                and c.fc(p) >= 100
                and c.fc(i) >= 100
            ):
                decided[p] = decided[i]
                continue
            if (
                p >= 0
                and p not in decided
                and c.free(p)
                and c.joined(i)
                and c.w[p].cap
                and c.w[i].cap
                and c.w[p].alpha
                and (
                    c.fc(p) >= 1
                    # "Dzjenifer Lopes Tavares", "Nicu Stan": a word in no list
                    or (c.wf(p) == 0 and c.w[p].key not in c.lex.english and len(c.w[p].key) >= 3)
                )
                and not c.not_name(p)
                and (
                    not c.common(p)
                    or c.fc(p) >= 1000
                    # a rare word that is also a first name before a clear surname
                    # ("Vishal Ramdin")
                    or (c.fc(p) >= 10 and c.wf(p) < 200 and c.sc(i) >= 20 and not c.common(i))
                )
            ):
                if self._article_before(c, p) and (
                    p < 2 or c.w[p - 2].key in _PLACE_PREPS_BEFORE_ARTICLE
                ):
                    # "het Piter Jelles", "de Anne Frank": an article before a full name
                    # makes it a school or building named after someone, no person
                    del decided[i]
                    continue
                decided[p] = decided[i]
        i = 0
        while i < c.n:
            if i not in decided:
                i += 1
                continue
            first = i
            conf = decided[i]
            last = i
            j = i + 1
            extra = 0
            while j < c.n and extra < 4:
                if j in decided and c.joined(j):
                    conf = conf and decided[j]
                    last = j
                    j += 1
                    continue
                # "Roel op den Kamp", "Ruben in 't Veld": a lowercase two-word particle
                # after a name, even where the national list has a street "Op den Kamp"
                double_particle = (
                    c.w[j].key in ("op", "in")
                    and not c.w[j].cap
                    and c.w[first].cap
                    and j + 1 < c.n
                    and c.w[j + 1].key in ("den", "t", "ten")
                    and not c.w[j + 1].cap
                    and c.joined(j + 1)
                    and not c.blocked[j]
                    # "in den Bosch" is the town
                    and not (j + 2 < c.n and c.kinds[j + 2] & TOWN)
                )
                if not c.joined(j) or not (
                    c.free(j)
                    or double_particle
                    or (c.surname_place(j) and c.w[j].cap and c.w[first].cap)
                ):
                    break
                w = c.w[j]
                # particles followed by a capitalised surname
                k = j
                if (
                    c.w[j].key in ("op", "in")
                    and j + 1 < c.n
                    and c.w[j + 1].key in ("den", "t", "ten")
                    and c.joined(j + 1)
                ):
                    k = j + 1  # "Geert op den Kamp", "Toon in den Bosch", "in 't Veld"
                while (
                    k < c.n
                    and c.w[k].key in PARTICLES
                    and c.joined(k)
                    and k - j < 3
                    and (
                        not c.w[k].cap
                        or c.w[k].key in ("el", "al", "van", "de")
                        or (c.w[k].upper and c.w[first].upper)  # "DAMIAN VAN DER BERG"
                    )
                ):
                    k += 1
                if k > j:
                    if (
                        k + 1 < c.n
                        and c.w[k - 1].key == "van"
                        and c.w[k].key in _NICK_KIN
                        and c.joined(k)
                        and c.joined(k + 1)
                        and c.w[k + 1].cap
                        and c.w[k + 1].alpha
                        and c.free(k + 1)
                        and (c.fc(k + 1) >= 1 or c.sc(k + 1) >= 1 or not c.common(k + 1))
                    ):
                        last = k + 1  # "Tommie van Tante Ria", "Mo van ome Henk"
                        j = k + 2
                        extra += 1
                        continue
                    if (
                        k < c.n
                        and (c.free(k) or c.surname_place(k) or c.particle_surname(k, j))
                        and c.joined(k)
                        and c.w[k].cap
                        and not c.not_name(k)
                        and (
                            not c.common(k)
                            or c.sc(k) >= 20
                            or (
                                c.particle_surname(k, j)
                                and c.w[k - 1].key in ("der", "den", "de", "ter", "ten")
                            )
                        )
                    ):
                        last = k
                        j = k + 1
                        extra += 1
                        continue
                    if (
                        k < c.n
                        and not c.w[first].cap
                        and not c.w[k].cap
                        and (c.free(k) or c.particle_surname(k, j))
                        and c.joined(k)
                        and c.w[k].alpha
                        and c.sc(k) >= 20
                    ):
                        last = k  # "kevin van dijk"
                        j = k + 1
                        extra += 1
                        continue
                    break
                if (
                    w.cap
                    and w.alpha
                    and not c.not_name(j)
                    and (not c.common(j) or c.sc(j) >= 20 or c.fc(j) >= 10)
                ):
                    # a capitalised name-list word right after a name is part of it,
                    # even when it is also a word ("Kleine Moe", "Mike Storm")
                    last = j
                    j += 1
                    extra += 1
                    continue
                if (
                    not w.cap
                    and w.alpha
                    and not c.w[first].cap
                    and c.sc(j) >= 1
                    and not c.common(j)
                    and len(w.key) >= 3
                ):
                    last = j
                    j += 1
                    extra += 1
                    continue
                if len(w.text) == 1 and w.text.isupper() and j + 1 <= c.n:
                    # "Naoufal B."
                    last = j
                    j += 1
                    extra += 1
                    continue
                break
            # trailing dot of an initial
            hits.append(_Hit(first, last, conf))
            i = last + 1
        return hits

    def _nickname_over_street(self, c: _Ctx, idx: list[int]) -> bool:
        """A quoted bijnaam-shaped name ("'Lange Jan'", "'Kleine Nieuwstraat'" is not
        one) that happens to be a street or town name somewhere, with no place
        preposition or article before the quote: a nickname, not the place."""
        if len(idx) < 2 or c.w[idx[0]].key not in _NICK_LEAD or not c.w[idx[1]].cap:
            return False
        if any(c.kinds[k] & (CONFIGURED | AREA | SHOP) for k in idx):
            return False
        if any(c.w[k].key.endswith(_STREET_ENDINGS) for k in idx):
            return False
        first = idx[0]
        return not (first > 0 and c.w[first - 1].key in _PLACE_BEFORE_QUOTE)

    def _quoted(
        self, text: str, c: _Ctx, hits: list[_Hit], found: Sequence[Finding]
    ) -> Iterator[Finding]:
        """Nicknames in quotes: "Bolle", "Kleine Sami", "de Chef"."""
        if not any(q in text for q in "\"“”„'‘’"):
            return
        for m in _QUOTED.finditer(text):
            inner = m.group(1).strip()
            s, e = m.start(1), m.end(1)
            if not inner or any(ch.isdigit() for ch in inner) or inner.endswith((".", "!", "?")):
                continue
            toks = inner.split()
            if len(toks) > 5:
                continue
            idx = c.word_range(s, e)
            if not idx:
                continue
            # "die ze 'Dronten' noemen": one quoted word between a pronoun and a
            # naming verb is what someone is called, even when it is a town
            named = (
                len(idx) == 1
                and idx[0] + 1 < c.n
                and c.w[idx[0] + 1].key in _NAMING_AFTER
                and idx[0] > 0
                and c.w[idx[0] - 1].key in ("ze", "zij", "we", "wij", "men", "jullie", "hem")
            )
            if (
                any(c.place[k] for k in idx)
                and not named
                and not self._nickname_over_street(c, idx)
            ):
                continue
            if any(h.first <= idx[0] <= h.last for h in hits) and len(idx) == 1:
                continue
            lead = [k for k in idx if c.w[k].key not in _NICK_LEAD]
            if not lead or not c.w[lead[0]].cap or all(c.not_name(k) for k in lead):
                continue
            prev = c.prev_keys(idx[0], 4)
            if _names_group(prev):
                continue
            kin_nick = any(
                c.w[k].key == "van" and k + 1 <= idx[-1] and c.w[k + 1].key in _NICK_KIN
                for k in idx
            )
            if len(toks) > 3 and not (
                kin_nick or any(p in NAME_CUES for p in prev) or (prev and prev[0] in INDEF_CUES)
            ):
                continue  # longer quotes are names only after "heet", "bijnaam", ...
            if any(c.w[k].key in _GROUP_WORDS for k in idx):
                continue  # "Westside Gang", "Lil Money Records": a group or label
            if (
                len(idx) == 1
                and c.w[idx[0]].upper
                and _ACRONYM.search(inner)
                and c.fc(idx[0]) < 10
                and not any(p in NAME_CUES for p in prev)
            ):
                continue  # an acronym in quotes: "ANWB", "ZWK" (but "RAFA" is a name)
            cue = (
                any(p in NAME_CUES or p in ("wie", "op", "van") for p in prev)
                or (bool(prev) and prev[0] in INDEF_CUES)
                or (
                    bool(prev)
                    and (
                        prev[0] in ROLE_CUES
                        or prev[0] in KIN_CUES
                        or prev[0] in TITLE_CUES
                        or (len(prev) >= 2 and prev[0] in COPULAS and prev[1] in ROLE_CUES)
                        # "bekend als 'X'", "beter bekend als 'X'"
                        or (len(prev) >= 2 and prev[0] == "als" and prev[1] == "bekend")
                    )
                )
                # "die ze 'X' noemen", "'X' genoemd"
                or (idx[-1] + 1 < c.n and c.w[idx[-1] + 1].key in _NAMING_AFTER)
                # "'Mus' (Ruud Blom)": the real name in brackets right after the quote
                or (
                    text[m.end() : m.end() + 2].strip().startswith("(")
                    and any(c.w[h.first].start == text.find("(", m.end()) + 1 for h in hits)
                )
                # '"Babyface" verkoopt ...': a quoted word as the subject of a verb
                or (
                    len(lead) == 1
                    and idx[-1] + 1 < c.n
                    and c.w[idx[-1] + 1].key in FINITE_VERBS
                    and c.w[idx[-1] + 1].key not in PLACE_VERBS
                    and c.wf(lead[0]) < 1000
                    and c.w[lead[0]].key not in c.lex.english
                )
            )
            # "de Chinees", "Kleine Moe", "Dikke Ali": the classic shape of a bijnaam
            nick_shape = c.w[idx[0]].key in _NICK_LEAD and len(lead) < len(idx)
            unknown = all(not c.common(k) for k in lead)
            if not (cue or kin_nick or nick_shape or (unknown and len(lead) == 1)):
                continue
            # a handle found inside the quote ("snap van 'Kleine Rico'") does not
            # stop the nickname from being taken whole
            if any(
                f.start < e and s < f.end and not (f.type is PiiType.HANDLE and s <= f.start)
                for f in found
            ):
                continue
            yield self.finding(PiiType.PERSON, s, e, confident=True)
