"""Home addresses: street + house number, postcodes, "nr 14 op de X"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Doc

from nlp.lexicon import STREET
from nlp.places import PlaceSpan, place_suffix
from nlp.recognizers.base import Recognizer, overlaps, register, text_of, view_of
from nlp.types import Finding, PiiType
from nlp.words import Word

_HOUSE_NO = re.compile(
    r"^(?P<pre>\s{1,2}(?:nr\.?\s?|nummer\s|no\.?\s?|huisnummer\s)?)"
    r"(?P<num>[1-9]\d{0,4}"
    r"(?:\s?-\s?(?:\d{1,4}|[IVX]{1,4}|hoog|hg|bg|[a-gi-tv-wA-GI-TV-W]{1,2})(?![\w])"
    r"|/\d{1,3}(?![\w/])"  # "14/3": a flat inside the building
    r"|-[A-Za-z]\d{1,3}(?![\w])"  # "112-A02"
    r"|\s?(?:bis|hs|huis|bg|sous|zw|rd|[a-gi-tv-wA-GI-TV-W])(?![\w])"
    r"|\s(?:I{1,3}|IV|V)(?![\w]))?)"
)
# What may follow a number that is a count, an age or a time, not a house number.
_NOT_HOUSE = re.compile(
    r"(?i)^\s*(?:[:.,]\d|-\d{1,2}\s*(?:jr|jaar|jarigen|j\b)|-?jarig|\+|x\b|%|[uh]\b|"
    r"(?:jongens|jongeren|jong|meiden|meisjes|man|mannen|vrouwen|personen|pers|kids|"
    r"kinderen|stuks|leerlingen|scooters|auto|auto's|brommers|fietsen|jaar|jr|jarigen|"
    r"jarige|u|uur|h|min|minuten|sec|keer|x|euro|eur|groepen|groepjes|km|meter|m|"
    r"dagen|weken|maanden|nachten|avonden|december|januari|pv|pv's|"
    r"boetes|bekeuringen|aanhoudingen|arrestaties|views|leden|volgers|likes)\b"
    # a range of counts or ages: "12 en 14 jongens", "15 tot 17 jaar"
    r"|(?:tot|à|a|of|en|-)\s*\d{1,3}\s*(?:\+\s*)?(?:jongens|jongeren|jong|meiden|meisjes|man|"
    r"mannen|personen|pers|kids|kinderen|jaar|jr|j\b|jarigen|u\b|uur|h\b|min|stuks|scooters))"
)
_POSTCODE = re.compile(
    r"(?<![\w-])(?P<pc>[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2})(?![A-Za-z])(?!-(?!\d))"
    # the house number after a comma, a space, a dash or right after: "5613DM14", "JK-14"
    r"(?P<hn>(?:\s*,?\s*|-)(?:nr\.?\s*)?[1-9]\d{0,4}"
    r"(?:\s?(?:bis|hs|[a-zA-Z])(?![\w])|-\d{1,4}|-[IVX]{1,4})?"
    r"(?![\w:.]\d))?"
)
_POSTCODE_LOWER = re.compile(
    r"(?i)(?<![\w-])(?P<pc>[1-9]\d{3}(?:[a-z]{2}|\s[a-z]{2}(?=\s*,?\s*\d)))(?![\w-])"
    r"(?P<hn>\s*,?\s*[1-9]\d{0,4}(?:\s?(?:bis|hs|[a-zA-Z])(?![\w])|-\d{1,4})?"
    r"(?![\w:.]\d))?"
)
# Place suffixes that name streets with house numbers (not parks or stations).
_STREETLIKE = re.compile(
    r"(?:straat|str|weg|laan|plein|kade|gracht|singel|dreef|steeg|plantsoen|markt|"
    r"boulevard|straatweg|burgwal|pad|hof|dijk|dam|baan|ring|zoom|plaats|wal|erf|hage|"
    r"gaarde|akker|akkers|oord|hoeve|veld|velden|zijde|kwartier|promenade|passage|haven|"
    r"eiland|pier|oever|hoek|horst|kamp|daal|berg|molen)$"
)
_AGE_RANGE = re.compile(r"^([1-9]\d)\s?-\s?([1-9]\d)$")
_DIGIT = re.compile(r"\d")
_PC_CUE = re.compile(r"(?i)\b(?:postcode|pc|adres)\b\W*$")
_NR_WITH_STREET = re.compile(
    r"(?i)\b(?:nr|nummer|nummertje|huisnummer|no)\.?\s*([1-9]\d{0,4}[a-z]?)\s+"
    r"(?:op|aan|in|van)\s+(?:de|het|'t)?\s*$"
)
_NR_ALONE = re.compile(
    r"(?i)\b(?:op|nr|nummer|nummertje|huisnummer|ligplaats|standplaats)\.?\s*(?:nummer\s*)?"
    r"[1-9]\d{0,4}[a-z]?\b"
)
# A floor after the house number: "211, 3 hoog", "19-2 hoog", "12, 2e etage".
_FLOOR = re.compile(
    r"(?i)^\s?,?\s?(?:\d{1,2}\s?(?:e|de|ste)?[\s-]?(?:hoog|hg|verdieping|verd|etage)\b"
    r"|(?:boven|beneden|bovenwoning|benedenwoning|bg|begane\s+grond)\b)"
)
# A unit inside the building after the number: "44 bus 2" (Belgian), "nr 2 kamer 14".
_UNIT = re.compile(r"(?i)^\s?,?\s?(?:bus|kamer|unit|app\.?|appartement|box)\s?\d{1,4}[a-z]?\b")
# A postcode and town after the address: "…, 3630 Maasmechelen", "…, 2511 AB Den Haag",
# "…, 48529 Nordhorn".
_PC_TOWN = re.compile(
    r"^\s?,?\s?[1-9]\d{3,4}(?:\s?[A-Z]{2})?\s+[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2}"
)


# German addresses near the border: "Bentheimer Str. 41", "Hauptstraße 5".
_GERMAN_STREET = re.compile(
    r"\b[A-ZÄÖÜ][\wäöüß'-]+(?:\s+(?:Str\.|Straße|Strasse)|straße|strasse)\s*[1-9]\d{0,3}[a-z]?\b"
)

# Streets abroad whose type word comes first ("Ulica Maršala Tita 22", "Calle Mayor
# 5", "Rua Augusta 114") or last in Turkish ("Atatürk Caddesi 12"), where a youth has
# moved or stays; the town after a comma belongs to the address.
_FOREIGN_STREET = re.compile(
    r"\b(?:[Uu]lica|[Uu]l\.|[Uu]lice|[Uu]litsa|[Rr]ue|[Cc]alle|[Aa]venida|[Rr]ua|[Cc]arrer|"
    r"[Ss]trada|[Bb]ulevar(?:dul)?|[Rr]ruga|[Cc]esta)"
    r"(?:\s+[\w'’.-]+){1,4}?\s+[1-9]\d{0,3}[a-z]?\b"
    r"|\b[A-ZÇĞİÖŞÜ][\w'’-]+\s+(?:Caddesi|Cad\.|Sokak|Sokağı|Sk\.)\s*(?:[Nn]o[:.]?\s*)?"
    r"[1-9]\d{0,3}[a-z]?\b"
)
_FOREIGN_STREET_STEMS = (
    "ulic", "ul.", "ulitsa", "rue ", "calle", "avenida", "rua ", "carrer", "strada",
    "bulevar", "rruga", "cesta", "caddesi", "cad.", "sokak", "sokağı", "sk.",
)  # fmt: skip
# GPS coordinates ("52.0907, 5.1214") locate a home when the words before them say so
# ("bij het huis van die jongen, 52.09.., 5.12.."); a meeting or drop-off spot is no one's
# address and stays.
_COORDS = re.compile(r"(?<![\d.])-?\d{1,2}\.\d{3,7}\s?,\s?-?\d{1,3}\.\d{3,7}(?!\d|\.\d)")
_HOME_BEFORE = re.compile(
    r"(?i)\b(?:huis|woning|woont|wonen|woonde|thuis|adres|ouderlijk\s+huis|huisadres)\b"
)
_TOWN_AFTER = re.compile(r",\s?[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?")


def _tail_end(text: str, end: int) -> int:
    """The end of an address after its house number: floor, unit, then postcode and town
    belong to it ("Kapelstraat 44 bus 2, 3630 Maasmechelen")."""
    for rx in (_FLOOR, _UNIT, _PC_TOWN):
        m = rx.match(text[end : end + 40])
        if m is not None:
            end += m.end()
    return end


# A lowercase word of 5+ letters right before a house number: a street candidate.
_LOWER_BEFORE_NUMBER = re.compile(r"(?<!\w)[a-zà-ÿ]{5,}(?=\s{1,2}[1-9])")
# A house number on its own: "nr 22", "nummer 14", "huisnummer 7", "no. 5".
# What may follow a house number: "12a", "12-2", "12-II", "12 bis", "12hs".
_NUM_SUFFIX = (
    r"(?:\s?-\s?(?:\d{1,4}|[IVX]{1,4}|hoog|hg|bg|[a-zA-Z]{1,2})(?![\w'’])"
    r"|\s?(?:bis|hs|huis|bg|sous|zw|rd|[a-zA-Z])(?![\w'’]))?"
)
# A house number spelled out after "nummer": "nummer zeventien", "nr drieëntwintig"
# ("nummer een" is left out: "nummer een van de lijst").
_UNITS = r"(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)"
_TENS = r"(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
_SPELLED_NO = (
    rf"(?:{_UNITS}(?:en|ën){_TENS}|{_TENS}|tien|elf|twaalf|dertien|veertien|vijftien|"
    rf"zestien|zeventien|achttien|negentien|twee|drie|vier|vijf|zes|zeven|acht|negen)\b"
)
# A spelled-out house number right after a street (voice-to-text: "woont op de
# Molenweg drieëntwintig in ..."), followed by the end of the clause or a preposition,
# never by a counted noun ("Kerkstraat drie jongens").
_SPELLED_AFTER_STREET = re.compile(
    r"(?i)\s{1,2}(?:nummer\s|nr\.?\s?)?" + _SPELLED_NO + r"(?=\s*(?:$|[,.;:!?)\n]|"
    r"(?:in|te|bij|boven|beneden|hoog|en|of|met|naast|tegenover|achter|bij)\b))"
)
_NUMBER_WORD = re.compile(
    r"(?i)(?<![\w-])(?:nr|nummer|huisnummer|huisnr|no)\.?\s?(?:nummer\s)?"
    r"(?:[1-9]\d{0,3}" + _NUM_SUFFIX + r"(?![\w.:,]\d)|" + _SPELLED_NO + ")"
)
# A second house number joined to the first: "nummer 11 en 13", "nr 4/6".
_AND_NUMBER = re.compile(
    r"(?i)^\s*(?:en|of|&|/|,)\s*(?:nr\.?\s*|nummer\s+)?[1-9]\d{0,3}[a-z]?(?![\w.:,]\d|\w)"
)
# Words before "nummer 7" that make it something else: a bus line, a shirt, a room.
_NUMBER_OTHER = frozenset(
    {
        "lijn",
        "bus",
        "tram",
        "metro",
        "buslijn",
        "tramlijn",
        "rugnummer",
        "shirt",
        "kamer",
        "lokaal",
        "perron",
        "spoor",
        "uitgang",
        "ingang",
        "poort",
        "hal",
        "plek",
        "stoel",
        "rij",
        "tafel",
        "pv",
        "melding",
        "zaak",
        "dossier",
        "registratie",
        "kenteken",
        "telefoon",
        "telefoonnummer",
        "mobiele",
        "mobiel",
        "06",
        "lied",
        "track",
        "liedje",
        "hit",
        "plaats",
        "positie",
        "klas",
        "groep",
        "stap",
        "versie",
        "aflevering",
        "seizoen",
        "pagina",
        "artikel",
        "punt",
        "vak",
        "veld",
        "baan",
        "box",
        "garagebox",
        "container",
        "paal",
        "lantaarnpaal",
        "camera",
        "speler",
        "een",
        "het",
    }
)
# One-word street names that are mostly something else before a number.
_NOT_A_STREET = _NUMBER_OTHER | frozenset(
    {"nummer", "nr", "huisnummer", "no", "postbus", "blok", "flat", "portiek"}
)


def _other_before(text: str, pos: int) -> bool:
    """ "Lantaarnpaal nr. 1127 in de Visserstraat": the number of a thing, not a house."""
    before = re.findall(r"[^\W\d_]+", text[max(0, pos - 24) : pos].lower())
    return bool(before) and before[-1] in _NUMBER_OTHER


# "nummer 3 van de top 10", "nummer 2 op de lijst": a rank, not a house.
_RANKING = re.compile(
    r"(?i)^\s+(?:van|in|op|uit)\s+(?:de|het|onze|jullie)\s+"
    r"(?:top|lijst|ranglijst|prioriteitenlijst|hitlijst|klassement|competitie)"
)
# "woont op de 19", "op de 112 boven de kapper": a bare number after "op de".
_OP_DE_NUMBER = re.compile(
    r"(?i)\bop\s+(?:de\s+|nummer\s+|nr\.?\s*)?[1-9]\d{0,3}" + _NUM_SUFFIX + r"(?![\w.:])"
)
_LIVING = re.compile(
    r"(?i)\b(?:woont|wonen|woonde|woning|adres|huis|thuis|bewoner|deur|"
    r"ingeschreven|verblijft|slaapt)\b"
)


# A public building named right before its address ("overleg op het stadhuis,
# Stadhuisplein 2", "het politiebureau (Kerkstraat 10)"): nobody's home.
_PUBLIC_BEFORE = re.compile(
    r"(?i)\b(?:het|de|t)\s+(?:stadhuis|gemeentehuis|raadhuis|politiebureau|gemeentekantoor|"
    r"bibliotheek|buurthuis|wijkcentrum|jongerencentrum|ziekenhuis|sporthal|zwembad|"
    r"brandweerkazerne|wijkpost|servicepunt)\s*(?:[,:(]|-|–)\s*$"
)

_Add = Callable[..., None]


@register
class AddressRecognizer(Recognizer):
    """Finds home addresses: a street followed by a house number (12, 12a, 12-2,
    5bis, 14-III, "nr 14") and a floor ("211, 3 hoog", "12, 2e etage"), abbreviated
    and lowercase streets ("Kerkstr. 12", "woont aan de rijnlaan 88"), "nr 14 op de
    X", postcodes with or without a house number ("1012 AB", "3072AP 5"), and a
    house number spelled out after a street ("Molenweg drieëntwintig in ..."), and
    streets abroad named by their type word ("Calle Mayor 5, Toledo", "Atatürk
    Caddesi 12"), and GPS coordinates right after words about a home ("bij het huis
    van die jongen, 52.0907, 5.1214"; coordinates of a meeting spot stay).
    A house number on its own ("van nr 22", "huisnummer 7", "woont op de 19 boven
    de kapper") is an address too: sure when the message names a street, unsure
    (blocked) otherwise; bus lines, shirts, rooms and ranks ("lijn 9", "rugnummer
    7", "nummer 3 van de top 10") are not.

    Personal data: a home address locates a person and their family (AVG art. 4(1)).
    Step 1 shares places, not homes: a street *without* a number stays, and so does
    the address of a public building named right before it ("op het stadhuis,
    Stadhuisplein 2").
    False positives: a street followed by a count ("Kerkstraat 12 jongens"), a time
    ("Hobbemaplein 21.00u") or an age range is not an address; those are excluded.
    """

    name = "address"
    types = (PiiType.ADDRESS,)
    order = 70

    def _is_street(self, sp: PlaceSpan, words: Sequence[Word]) -> bool:
        last = words[sp.last_word]
        if sp.first_word == sp.last_word and last.key in _NOT_A_STREET:
            return False  # "Lijn 9", "Nummer 8": streets of that name exist, but ...
        if sp.kind & STREET:
            return True
        return place_suffix(last) > 0 and bool(_STREETLIKE.search(last.key))

    def find(self, doc: Doc, found: Sequence[Finding]) -> Iterator[Finding]:
        text = text_of(doc)
        view = view_of(doc)
        words: list[Word] = view.words
        places: list[PlaceSpan] = view.places
        out: list[Finding] = []

        def add(s: int, e: int, confident: bool = True) -> None:
            if not overlaps(found, s, e) and not overlaps(out, s, e):
                out.append(self.finding(PiiType.ADDRESS, s, e, confident=confident))

        self._spelled_after_street(text, words, places, add)
        if _DIGIT.search(text) is None:
            # only a spelled-out house number can be left: "nummer zeventien"
            if _NUMBER_WORD.search(text) is not None:
                self._bare_numbers(text, words, places, add)
            yield from out
            return
        for sp in places:
            if not self._is_street(sp, words):
                continue
            rest = text[sp.end : sp.end + 40]
            if rest.startswith(".") and words[sp.last_word].key.endswith("str"):
                rest = rest[1:]
                skip = 1
            else:
                skip = 0
            m = _HOUSE_NO.match(rest)
            if m is None:
                continue
            after = rest[m.end() :]
            if _NOT_HOUSE.match(after):
                continue
            am = _AGE_RANGE.match(m.group("num"))
            if am is not None and int(am.group(1)) < int(am.group(2)) <= 30:
                continue  # "16-18": an age range
            if _PUBLIC_BEFORE.search(text[max(0, sp.start - 40) : sp.start]):
                continue  # "op het stadhuis, Stadhuisplein 2": a public building's address
            start = sp.start
            # "nr 14 op de Gorslaan": include the number before the street
            nm = _NR_WITH_STREET.search(text[max(0, sp.start - 30) : sp.start])
            if nm is not None:
                start = max(0, sp.start - 30) + nm.start()
            end = sp.end + skip + m.end()
            end = _tail_end(text, end)
            add(start, end)
        for sp in places:
            nm = _NR_WITH_STREET.search(text[max(0, sp.start - 30) : sp.start])
            if nm is not None and not _other_before(text, max(0, sp.start - 30) + nm.start()):
                # "nummer 14 op de Lindelaan": the number goes, the street (a place) stays
                base = max(0, sp.start - 30)
                add(base + nm.start(), base + nm.end(1))
        for rx in (_POSTCODE, _POSTCODE_LOWER):
            for m in rx.finditer(text):
                if (
                    rx is _POSTCODE_LOWER
                    and not m.group("hn")
                    and not _PC_CUE.search(text[max(0, m.start() - 20) : m.start()])
                    and " " in m.group("pc")
                ):
                    continue
                end = m.end("hn") if m.group("hn") else m.end("pc")
                if m.group("hn") and _NOT_HOUSE.match(text[end : end + 20]):
                    end = m.end("pc")
                add(m.start(), end)
        for m in _GERMAN_STREET.finditer(text) if "str" in text.lower() or "ß" in text else ():
            add(m.start(), _tail_end(text, m.end()))
        low = text.lower()
        for m in _COORDS.finditer(text) if "." in text and "," in text else ():
            if _HOME_BEFORE.search(text[max(0, m.start() - 60) : m.start()]):
                add(m.start(), m.end())
        if any(st in low for st in _FOREIGN_STREET_STEMS):
            for m in _FOREIGN_STREET.finditer(text):
                if _NOT_HOUSE.match(text[m.end() : m.end() + 20]):
                    continue
                tm = _TOWN_AFTER.match(text, m.end())
                add(m.start(), tm.end() if tm else m.end())
        self._lower_streets(text, words, add)
        self._bare_numbers(text, words, places, add)
        # "woont op nummer 14" without a street: unsure
        if _LIVING.search(text):
            for m in _NR_ALONE.finditer(text):
                if m.group(0).lower().startswith("op") and "nummer" not in m.group(0).lower():
                    continue
                if _NOT_HOUSE.match(text[m.end() : m.end() + 20]):
                    continue
                add(m.start(), m.end(), confident=False)
        yield from out

    def _spelled_after_street(
        self, text: str, words: Sequence[Word], places: Sequence[PlaceSpan], add: _Add
    ) -> None:
        """Voice-to-text spells the house number: "woont op de Molenweg drieëntwintig
        in Nunspeet". A street followed by a number word (two to ninety-nine) that
        ends the clause or precedes a preposition; "Kerkstraat drie jongens" (a count)
        is not matched. Only in a message about a home ("woont", "adres"): elsewhere
        "op het Stationsplein tien, ..." is a count."""
        living: bool | None = None
        for sp in places:
            if sp.end >= len(text) or not text[sp.end].isspace():
                continue
            m = _SPELLED_AFTER_STREET.match(text, sp.end)
            if m is None or not self._is_street(sp, words):
                continue
            if living is None:
                living = _LIVING.search(text) is not None
            if living:
                add(sp.start, m.end())

    def _lower_streets(self, text: str, words: Sequence[Word], add: _Add) -> None:
        """Voice-to-text and chat write streets in lowercase: "woont aan de rijnlaan
        88". A lowercase word with a street ending that is no dictionary word (or is
        a street in the national list), followed by a house number."""
        lex = self.resources.lexicon
        starts: dict[int, Word] | None = None
        for cm in _LOWER_BEFORE_NUMBER.finditer(text):
            if starts is None:
                starts = {x.start: x for x in words}
            w = starts.get(cm.start())
            if w is None or w.end != cm.end() or w.cap or not w.alpha:
                continue
            if not (_STREETLIKE.search(w.key) and place_suffix(w) > 0):
                continue
            if lex.word_freq.get(w.key, 0) >= 50 and not (lex.places.get(w.key, 0) & STREET):
                continue  # "parkeerplaats 3", "schoolplein 15"
            rest = text[w.end : w.end + 40]
            m = _HOUSE_NO.match(rest)
            if m is None or _NOT_HOUSE.match(rest[m.end() :]):
                continue
            end = w.end + m.end()
            end = _tail_end(text, end)
            add(w.start, end)

    def _bare_numbers(
        self, text: str, words: Sequence[Word], places: Sequence[PlaceSpan], add: _Add
    ) -> None:
        """A house number without a street: "van nr 22", "huisnummer 7", "woont op de
        19 boven de kapper". Sure when the message names a street elsewhere; unsure
        otherwise (the message is blocked). A bus line, a shirt, a room number or a
        rank ("lijn 11", "rugnummer 7", "kamer 12", "nummer 3 van de top 10") is no
        address."""
        low = text.lower()
        has_nr = "nr" in low or "nummer" in low or "no" in low
        has_op = "op " in low
        if not (has_nr or has_op):
            return
        living = _LIVING.search(text) is not None
        street: bool | None = None
        if has_nr:
            for m in _NUMBER_WORD.finditer(text):
                before = low[max(0, m.start() - 20) : m.start()].split()
                if before and before[-1].strip(".,:;()") in _NUMBER_OTHER:
                    continue
                after = text[m.end() : m.end() + 30]
                if _NOT_HOUSE.match(after) or _RANKING.match(after):
                    continue
                end = m.end()
                am = _AND_NUMBER.match(text[end : end + 20])
                if am is not None and not _NOT_HOUSE.match(text[end + am.end() : end + 40]):
                    end += am.end()
                end = _tail_end(text, end)
                num = re.search(r"\d+", m.group())
                if (
                    num is not None
                    and num.group() == "1"
                    and not living
                    and (
                        (before and before[-1] in ("op", "de", "het", "t"))
                        or re.match(r"\s+(?:van|in|op)\s", after)
                    )
                ):
                    continue  # "op nummer 1 van de lijst", "de nummer 1"
                if street is None:  # the street is named elsewhere in the message
                    street = any(self._is_street(sp, words) for sp in places)
                add(m.start(), end, confident=street)
        if has_op and living:
            for m in _OP_DE_NUMBER.finditer(text):
                after = text[m.end() : m.end() + 20]
                if _NOT_HOUSE.match(after) or re.match(r"\s*(?:[:.]\d|u\b|uur)", after):
                    continue
                add(m.start(), m.end(), confident=False)
