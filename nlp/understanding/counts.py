"""Group size and age range from street Dutch.

Conventions (the same as the labelled corpus): a range of people gives the rounded-down
middle ("10-12 jongens" -> 11, "5-6" -> 5, "20-25" -> 22); "2 groepen van 5" -> 10;
"met 3 vrienden" -> 4 (the subject plus three); "N eromheen" adds to the people already
counted, and so do "N achterop", "[naam] en 3 anderen", "3 vrienden wachten buiten",
"samen met nog 2", another group's count ("de andere groep was met z'n vieren") and
"de rest (5)" (unless a total was stated); listed subgroups add up ("2 groepen van 6 en
7" -> 13); "een stuk of 12" and "een man of 30" are always people; "2 keer 6 meiden",
"10-tal", "dozijn" are counted; a vague quantity ("een paar", "tientallen") gives no
size. "15 + 20 man" adds up, "2 groups ... ~10 each" multiplies, "(dozijn ofzo, 16-17)" is
an estimated size, "een vijftienjarige met een groep van 6 anderen" is 7 and "met een derde
achterop" one more. A single age gives ``min == max`` ("(15)", "ong 15", "rond de 16", "een jaar of
13"); an age said of a younger part of the group ("paar hele jonge erbij (12?)",
"13-jarigen", "jongste zeker 12") or "(16+)" gives only ``age_min``. "zo'n 7 van elke
kant" is 14, "een groepje van 4 en een groepje van 5" is 9, spectators "eromheen die
joelen" or "die ze ophitsen" are not counted, "15/20 jongeren" and "dertig, veertig man"
are ranges, "8 ipv 15" keeps 8; "13 jaar hooguit 14", "16 of ouder", "allemaal boven de
16" (from 17), "twee van 15 en een van 19" and "de jongste 12, de rest 15-16" are ages.
Age words give a range ("brugklassers" 12-13, "twintigers" 20-29) or only ``age_max``
("minderjarig").
Ages are also read from "tussen 15 en 17 jaar", "een jongen van 16", "Hij is 14", "10 11
jaar", "een tiental twaalfjarigen" (12, and a size of 10), "2 broertjes (9 en 11)", "3
mannen (25+)" and "allemaal 16+" (that age and up), "van hooguit 12" (up to 12), "onder de
16" and "nog geen 16" (up to 15), "niemand boven de 16" (up to 16), "leeftijd ruwweg 15 tot
20", "13- en 14-jarigen" and "jaar of dertien veertien"; not
from a victim ("de jongen van 14 die werd neergestoken", unless the perpetrators are named
after the victim: "Slachtoffer 12, daders 15-16") nor from an adult outside the group ("een
man van rond de 30").

Numbers that are times, dates, phone numbers, house numbers, counts of other things
("3 auto's", "2 handhavers", "4k views") are masked first so they are never read as
people or ages. Every mask and pattern involves a number, so they are tried only where
a number starts or at the few words before one, not at every character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.understanding.dialect import standard_dutch

_WORDNUM = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "tiental": 10,
    "twintigtal": 20, "dertigtal": 30, "veertigtal": 40, "vijftigtal": 50, "dozijn": 12,
    "tweetal": 2, "drietal": 3, "viertal": 4, "vijftal": 5, "zestal": 6, "zevental": 7,
    "achttal": 8, "negental": 9, "twaalftal": 12, "vijftiental": 15, "kwartet": 4,
    "kwintet": 5,
    "tweeen": 2, "drieen": 3, "vieren": 4, "vijven": 5, "zessen": 6, "zevenen": 7,
    "achten": 8, "negenen": 9, "tienen": 10, "elven": 11, "twaalven": 12,
}  # fmt: skip

_W = "|".join(sorted((k for k in _WORDNUM if k != "een"), key=len, reverse=True))
_NCORE = rf"(?:\d{{1,3}}(?![\d/]|[.,:]\d)|\b(?:{_W})\b)"
N = rf"(?:(?<![\w'.,/:-])\d{{1,3}}(?![\d/]|[.,:]\d)|\b(?:{_W})\b)"
SEP = r"\s*(?:-\s*en\b|-|/|à|\ba\b|\btot\b|\bof\b|~)\s*"
RANGE = rf"{N}(?:{SEP}{_NCORE})?"
APPROX = (
    r"(?:ca\.?|circa|ong\.?|ongeveer|ongev\.?|zo'?n|zon|rond(?:\s+de)?|ruim|bijna|"
    r"maximaal|minimaal|minstens|zeker|plm\.?|±|~|\+/-|\+-|een\s+stuk\s+of|stuk\s+of|"
    r"naar\s+schatting|geschat|schatting|inschatting|vermoedelijk|tegen\s+de|een\s+man\s+of|"
    r"gegroeid\s+naar|totaal|in\s+totaal|meer\s+dan|wel|zo\s+te\s+zien|grofweg|ruwweg|pakweg|"
    r"pak\s+'?m\s+beet|amper|om\s+en\s+nabij(?:\s+de)?)"
)
PN = (
    r"(?:jongens|jongeren|jongere|jongere?n|meiden|meisjes|meisjes|kids|kinderen|gasten|"
    r"man|mannen|personen|pers\.?|pubers|tieners|leerlingen|jongvolwassenen|scholieren|"
    r"jochies|jongetjes|stuks|stuk|figuren|types|gozers|daders|verdachten|broers|broertjes|"
    r"zussen|vrienden|vriendinnen|vriendjes|vriendinnetjes|maatjes|maten|lui|knullen|jongelui|jonkies|boys|mocro'?s|"
    r"jongemannen|minderjarigen|anderen|andere|dames|chickies|vrouwen|spijbelaars|hangjongeren|"
    r"relschoppers|raddraaiers|twintigers|studenten|matties|mattie|gabbers|guys|youngsters|"
    r"gappies|kechs|koppen|drerries)"
)
ADJ = r"(?:(?:jonge|hele|heel|oudere|jongere|kleine|grote|andere|nieuwe|bekende|zelfde|"
ADJ += r"dezelfde|vaste|onbekende|lokale|allochtone|nederlandse|marokkaanse|eigen|eilander|"
# Where they come from: "Achterhoekse", "Poolse", "Haagse", "Friese" jongens.
ADJ += r"[a-z]{2,}s(?:e|che))\s+){0,2}"
_ISH = r"(?:\s*-?\s*ish|\+)"
_VEHICLES = (
    r"(?:scooters|brommers|fatbikes|fat\s+bikes|snorfietsen|motoren|crossmotoren|e-?bikes|quads)"
)

# Masks of numbers that are not people or ages. Each one involves a digit, and starts
# either at that digit (or the "+", "'" or "x" right before it) or at one of the words
# just before it, so they are split in two groups and only tried at those positions.
# A number followed by youths ("pv's voor 3 jongens") is part of the group.
_NOT_PEOPLE_AFTER = r"(?!\s+(?:jongens|jongeren|meiden|meisjes|kids|gasten))"
_DIGIT_MASKS = [
    # Times: 22.30, 22:30u, 20u, 1 uur, 7-8u, tussen 20 en 22u.
    r"(?<![\d.,])(?:[01]?\d|2[0-3])[.:h][0-5]\d(?:\s*(?:u|uur)\b)?",
    r"(?<![\d.,'-])(?:[01]?\d|2[0-3])\s*(?:-|tot|en)\s*(?:[01]?\d|2[0-3])\s*(?:u|uur)\b",
    r"(?<![\d.,'-])(?:[01]?\d|2[0-3])\s*(?:u|uur)\b",
    # Dates, postcodes, long digit runs (phones, BSN, IBAN parts), years, '40-'45.
    r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b",
    r"\b\d{4}[-/]\d{1,2}[-/]\d{1,2}\b",
    r"\b\d{1,2}\s+(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|juni?|juli?|"
    r"aug(?:ustus)?|sept?(?:ember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:\s+\d{2,4})?",
    r"\b\d{4}\s?[a-z]{2}\b(?:\s*\d+\w*)?",
    # Phone numbers, BSN, IBAN digits: eight or more digits, one separator at most between
    # them ("06-1234 5678"), so "ong 16. 15.30" or "ca 19-21. 23:40" are not one.
    r"\+?\d(?:[\s.-]?\d){7,}",
    r"\b(?:19|20)\d\d\b",
    # Money: "~€80", "€ 500 per dag".
    r"€\s?\d+(?:[.,]\d+)?",
    r"'\d\d",
    r"\bx\d+\b",
    # Counts of things that are not the group.
    # Ordinals are written attached ("3e", "9de"): "met een stuk of 9 de deur" is a count.
    r"\b\d{1,4}(?:e|ste|de)\b",
    r"\b\d{1,4}\s*(?:(?:x\b|keer\b|maal\b)(?!\s*\d)|weken|week|wkn|dagen|dag\b|avonden|"
    r"nachten|maanden|jaar\s+(?:geleden|lang)|min\b|minuten|kwartier|euro|€|procent|%|k\b|"
    r"views|leden|volgers|likes|reacties|meldingen|signalen|klachten|auto'?s|wagens|ruiten|"
    r"ramen|deuren|fietsen|bankjes|containers|handhavers|collega'?s|agenten|boa'?s|"
    r"politie\w*|busjes|bussen|aanhouding\w*|arrestatie\w*|aangehouden|gewonde\w*|pv'?s?\b|"
    r"bekeuring\w*|boetes?|scholen|klassen|uur\s+geleden|bewoners|ouders|slachtoffers?|"
    r"getuigen|camera'?s|winkels|incidenten|tanks|ballonnen|flessen|uur|gram|zakjes|"
    r"brievenbussen|cobra'?s|straten|huizen|woningen|kinderen\s+gebeld)",
    r"\b\d{1,3}\s+van\s+(?:de|hen|hun|die|deze|ze)\b",
    r"\b\d{1,3}\s+(?:op|in)\s+(?:de|het|een)\s+\d{1,3}\b",
]
_WORD_MASKS = [
    r"\b(?:om|vanaf|sinds|(?<![\d]\s)tegen)\s+(?:[01]?\d|2[0-3])\b"
    r"(?!\s*(?:(?:-|tot|a|à)\s*\d+\s*)?(?:jongens|jongeren|man|meiden|kids|gasten|personen|jr|jaar))",
    # House numbers after a street name, "nr 14", classes.
    r"(?:straat|(?<!ruw)(?<!grof)(?<!onder)weg|laan|plein|kade|gracht|singel|dreef|steeg|dijk|hof|pad|"
    r"markt|ring|baan|"
    r"str|pln|kwartier|park)\s+\d{1,4}(?:\s*-\s*\d{1,3}|[a-z]{1,3}\b)?"
    r"(?!\s*(?:-|tot|a|à)?\s*\d*\s*(?:jongens|jongeren|meiden|meisjes|kids|man|gasten|personen)\b)",
    r"\b(?:nr|nummer|huisnummer|no)\.?\s*\d+\w*",
    r"\bklas\s+\d(?:\s*-\s*\d)?",
    r"\b(?:pv|pv's|boetes?|bekeuring\w*|aangehouden|aanhouding\w*|gewonden?|arrestatie\w*|"
    r"opgepakt)\s+(?:voor\s+|aan\s+|van\s+)?\d{1,3}\b" + _NOT_PEOPLE_AFTER,
    r"\b(?:ouders|moeder|vader|familie|ouder)\s+van\s+(?:de\s+)?\d{1,3}\b" + _NOT_PEOPLE_AFTER,
    # Who told us, not who did it: "gehoord van 3 leerlingen", "tips via 2 ouders".
    r"\b(?:gehoord|vernomen|gemeld|bevestigd|tips?|info|informatie)\s+(?:van|via|door)\s+\d{1,3}\b",
    r"\b(?:al|sinds|na|binnen)\s+\d{1,2}\s+(?:jaar|weken|dagen|maanden|avonden|nachten)\b",
    r"\bx\d+\b",
    # A correction: "het waren er 8 ipv 15", "7 in plaats van 12": the old count is gone.
    r"\b(?:ipv|i\.p\.v\.?|in\s+plaats\s+van)\s+\d{1,3}\b",
]
_DIGIT_MASK = re.compile("|".join(f"(?:{p})" for p in _DIGIT_MASKS))
_WORD_MASK = re.compile("|".join(f"(?:{p})" for p in _WORD_MASKS))
# A word mask starts at most this far before its digit ("aanhoudingen voor 3").
_WORD_MASK_REACH = 32
_DIGIT_RUN = re.compile(r"\d+")
# The words a word mask can start with (a superset is fine: the mask itself decides, so
# no start-of-word test here, which would make the engine try every position).
_WORD_MASK_LEAD = re.compile(
    r"(?:om|vanaf|sinds|tegen|nr|nummer|huisnummer|no|klas|pv|boete|bekeuring|aangehouden|"
    r"aanhouding|gewonde|arrestatie|opgepakt|ouder|moeder|vader|familie|al|na|binnen|x|"
    r"gehoord|vernomen|gemeld|bevestigd|tip|info|ipv|i\.p\.v|in\s+plaats)"
)
_STREET_END = re.compile(
    r"(?:straat|weg|laan|plein|kade|gracht|singel|dreef|steeg|dijk|hof|pad|markt|ring|baan|"
    r"str|pln|kwartier|park)\s+$"
)


_CONSECUTIVE = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{1,2})")


def _blank(masked: str) -> str:
    """Spaces for a masked number, except "16-17-18": three ages in a row, not a date, kept
    as the range "16-18" (padded to the same length)."""
    x = _CONSECUTIVE.fullmatch(masked)
    if x is not None:
        a, b, c = (int(g) for g in x.groups())
        if b == a + 1 and c == b + 1:
            return f"{a}-{c}".ljust(len(masked))
    return " " * len(masked)


def _mask(low: str) -> str:
    """Blank out numbers that are not people or ages. Masks are tried only at digits and
    at the few words before them, in text order, like one left-to-right scan."""
    runs = [d.start() for d in _DIGIT_RUN.finditer(low)]
    if not runs:
        return low
    cands: set[int] = set(runs)
    win_hi = -1
    for d in runs:
        if d and low[d - 1] in "+'x€":
            cands.add(d - 1)
        lo = max(0, d - _WORD_MASK_REACH)
        if lo < win_hi:
            lo = win_hi
        if lo < d:
            cands.update(w.start() for w in _WORD_MASK_LEAD.finditer(low, lo, d))
            win_hi = d
        street = _STREET_END.search(low, max(0, d - 16), d)
        if street is not None:
            cands.add(street.start())
    parts: list[str] = []
    pos = 0
    for c in sorted(cands):
        if c < pos:
            continue
        regex = _WORD_MASK if low[c].isalpha() else _DIGIT_MASK
        x = regex.match(low, c)
        if x is None or x.end() == c:
            continue
        parts.append(low[pos:c])
        seg = x.group()
        parts.append(_blank(seg) if "-" in seg else " " * len(seg))
        pos = x.end()
    if not parts:
        return low
    parts.append(low[pos:])
    return "".join(parts)


def _num(s: str) -> int:
    s = s.strip()
    return int(s) if s.isdigit() else _WORDNUM[s]


_NUM_IN = re.compile(rf"\d{{1,3}}|\b(?:{_W})\b")


def _range(text: str) -> tuple[int, int]:
    nums = [_num(m.group()) for m in _NUM_IN.finditer(text)]
    if len(nums) >= 2 and nums[1] > nums[0]:
        return nums[0], nums[1]
    return nums[0], nums[0]


def _mid(lo: int, hi: int) -> int:
    return (lo + hi) // 2


def _range_mid(text: str) -> int:
    return _mid(*_range(text))


_AUDIENCE = re.compile(r"\s+die\s+(?:het\s+)?(?:zien|zagen|kijken|bekijken|volgen|liken|lezen)\b")
_AGE_UNIT = re.compile(r"\s*-?\s*(?:jr|jaar|jarig\w*)\b")
_SIZE_AFTER = re.compile(rf"\s*(?:{_ISH})?\s+(?:{ADJ})?{PN}\b")

_P_MULTI = re.compile(
    rf"(?P<k>{N})\s+groep(?:en|jes)\s+(?:van\s+)?(?:elk\s+|ieder\s+|steeds\s+)?"
    rf"(?:{APPROX}\s+)?(?P<r>{RANGE})"
)
# "een groepje van 4 en een groepje van 5", "groep van 6 tegen een groep van 8".
_P_TWO_GROUPS = re.compile(
    rf"groep(?:je)?\s+van\s+(?:{APPROX}\s+)?(?P<a>{RANGE})\s*,?\s+(?:en|tegen|met|vs\.?)\s+"
    rf"(?:een\s+)?(?:ander(?:e)?\s+)?groep(?:je)?\s+van\s+(?:{APPROX}\s+)?(?P<b>{RANGE})"
    rf"(?!\s*-?\s*(?:jr|jaar|jarig))"
)
# "zo'n 7 van elke kant", "5 aan beide kanten": both sides of a fight.
_P_EACH_SIDE = re.compile(
    rf"(?P<r>{RANGE})\s+(?:(?:{ADJ}){PN}\s+)?(?:van|aan|per|op)\s+(?:elke|iedere|ieder|beide|"
    r"allebei\s+de)\s+kant(?:en)?\b"
)
# "een stuk of 6 klasgenoten eromheen die ze ophitsen", "15 eromheen die joelen":
# spectators who watch or egg on are not counted (filmers are).
_P_SPECTATORS = re.compile(
    rf"(?P<r>{RANGE})\s+(?:[a-z]+\s+){{0,2}}(?:eromheen|er\s+omheen|erom\s+heen|errond)\s*,?\s+"
    r"die\s+(?:[a-z']+\s+){0,3}?(?:joel\w*|jouw\w*|ophits\w*|opjut\w*|opstook\w*|"
    r"aanmoedig\w*|aanvuur\w*|toekijk\w*|kijk\w*|juich\w*|staan\s+te\s+kijken)\b"
)
# "2 groepen van 6 en 7", "groepen van ca 8 en 10": the listed subgroups add up.
_P_MULTI_LIST = re.compile(
    rf"(?:(?P<k>{N})\s+)?groep(?:en|jes)\s*[,:]?\s+(?:van\s+)?(?:{APPROX}\s+)?(?P<a>{N})\s*(?:en|&|\+)\s*"
    rf"(?:{APPROX}\s+)?(?P<b>{N})(?!\s*-?\s*(?:jr|jaar|jarig))"
)
# "groep van 2 keer 6 meiden", "2x5 jongens": a multiplication ("al 2 keer 6 jongens
# gezien" is not one).
_P_TIMES = re.compile(
    rf"(?:(?<=groep\svan\s)|(?<=groepen\svan\s)|(?<=groepje\svan\s))(?P<a>{N})\s*(?:x|keer|maal)\s*"
    rf"(?P<b>{_NCORE})(?=\s+(?:{ADJ}){PN}\b|\s*[,.;:!?)]|\s*$)"
    rf"|(?P<a2>\d)x(?P<b2>\d{{1,2}})(?=\s+(?:{ADJ}){PN}\b)"
)
# "een stuk of 12", "een man of 30": always a number of people, whatever follows.
_P_STUK_OF = re.compile(
    rf"(?:een\s+)?(?:stuk|man|jongen|gast|knul|meid)\s+of\s+(?P<r>{RANGE})(?!\s*-?\s*(?:jr\b|jaar|jarig))"
)
# "de rest (5)", "rest van de groep (ca 6)", "samen met nog 2", "2 achterop": people on top
# of the ones already counted.
_P_MORE = re.compile(
    rf"(?:\brest\s+(?:van\s+(?:de|het)\s+\w+\s+)?\(?\s*(?:{APPROX}\s+)?"
    rf"|\b(?:samen\s+met\s+(?:nog\s+)?|met\s+nog\s+))(?P<r>{RANGE})(?!\s*-?\s*(?:jr\b|jaar|jarig))"
)
_P_PAIR = re.compile(rf"\(\s*(?:{APPROX}\s+)?(?P<a>{N})\s+(?:en|&|\+)\s+(?P<b>{N})\s*[!?]*\s*\)")
# Two people just counted, right before a pair in parentheses: the pair is their ages.
_TWO_PEOPLE = re.compile(
    rf"\b(?:2|twee|beide)\s+(?:{ADJ})(?:{PN}|zussen|zusjes|vrienden|neven)\s*$"
)
_P_GROUP = re.compile(
    rf"\b(?:groep(?:je|jes|en)?|squad|crew|clubje|bende)\s+(?:van\s+|met\s+|was\s+|is\s+|v\.?\s+)?"
    rf"(?:(?P<ap>{APPROX})\s+)?(?P<r>{RANGE})(?P<ish>{_ISH})?"
)
_P_PN = re.compile(rf"(?P<r>{RANGE})(?P<ish>{_ISH})?\s+(?:{ADJ})(?P<pn>{PN})\b")
_MET_N = (
    r"(?:tweeen|drieen|vieren|vijven|zessen|zevenen|achten|negenen|tienen|elven|twaalven|"
    r"\d{1,2}(?:en)?)"
)
# "met z'n vieren"; two groups "met z'n vieren en z'n vijven" add up.
_P_MET = re.compile(
    rf"\bmet\s+(?:z'?n|zijn|ze|zn|hun)\s+(?P<w>{_MET_N})\b"
    rf"(?:\s+en\s+(?:met\s+)?(?:z'?n|zijn|zn)\s+(?P<w2>{_MET_N})\b)?"
)
# A group that grew: "eerst 5 nu 11", "begon met 6, later 14": the latest count.
_P_GREW = re.compile(
    rf"\b(?:eerst|begon\s+met|aanvankelijk)\s+(?:(?:{APPROX})\s+)?(?P<a>{N})\s*,?\s+"
    rf"(?:nu|later|inmiddels|toen|daarna|en\s+nu)\s+(?:al\s+|zelfs\s+|ruim\s+)?(?P<b>{N})"
)
# "3 of 4," on its own: a small count said as two numbers.
_P_OR = re.compile(r"(?<![\w'.,/:-])(?P<a>[1-9])\s+of\s+(?P<b>[1-9])(?=\s*[,.;)!?]|\s*$)")
# "duo", "trio": two and three people.
_P_DUO = re.compile(r"\b(?:duo|duootje)\b|\b(?P<trio>trio)\b")
# "ik telde er elf", "geteld: 14".
_P_COUNTED = re.compile(
    rf"\b(?:telde|telden|tel|geteld|(?:zie|zag|zagen|zien)\s+(?:ik\s+|we\s+)?er|(?:waren|zijn|was)\s+"
    rf"(?:het|ze)\s+er|het\s+(?:waren|zijn)\s+er)\s*:?\s+(?:er\s+|ik\s+|we\s+|nu\s+|nog\s+|al\s+)?(?:(?:{APPROX})\s+)?(?P<r>{RANGE})"
)
_P_WAREN = re.compile(
    rf"\b(?:waren|zijn|was|stonden|zaten|liepen|kwamen|staan|zitten)\s+(?:ze\s+|er\s+|nu\s+)?"
    rf"(?:maar\s+|nog\s+|ook\s+|wel\s+|al\s+|toen\s+)?met\s+(?:{APPROX}\s+)?(?P<r>{RANGE})"
)
_P_STANDALONE = re.compile(
    rf"(?P<ap>{APPROX}(?:\s+{APPROX})?)\s+(?P<r>{RANGE})(?P<ish>{_ISH})?"
    rf"(?=\s*(?:[.,;:!?)\n/]|$|in\s+totaal|totaal|stuks?\b|man\b))"
)
_P_ISH = re.compile(
    rf"(?P<r>{RANGE})(?P<ish>\s*-?\s*ish\b|\+(?=[\s.,;:!?)]|$)|\s+of\s*zo\b(?!\s*(?:[a-z]|\d)))"
)
_P_PAREN = re.compile(
    rf"\(\s*(?:(?P<ap>{APPROX})\s*)?(?P<r>{RANGE})\s*(?P<ish>{_ISH})?(?P<oz>\s*(?:ofzo|of\s+zo|ongeveer|ong\.?))?"
    rf"\s*[?!]*\s*"
    rf"(?P<jr>jr\.?|jaar)?\s*(?=[),])"
)
_P_EROMHEEN = re.compile(
    rf"(?P<r>{RANGE})\s+(?:{ADJ}{PN}\s+)?"
    r"(?:eromheen|erom\s+heen|er\s+omheen|errond|achterop)\b"
)
_P_VEHICLE = re.compile(rf"(?P<r>{RANGE})\s+(?:{ADJ}){_VEHICLES}\b")
_P_SINGLE = re.compile(
    r"(?:^|[.:!?\n]\s*|@\w+\s+|\b(?:info|maar|en|nu|ook)\s+)(?:de\s+|deze\s+|die\s+|"
    r"onderstaande\s+|bovenstaande\s+|een\s+)?(?P<who>jongen|jongere|jongeman|meisje|knul)\b"
    r"(?!\s+van\s+(?:\d|de\b|het\b))"
    r"|\bdeze\s+(?P<who2>jongen|jongere|meisje|jongeman)\b"
)
_P_NAMES = re.compile(r"\[naam\](?:\s*,\s*\[naam\])*\s+(?:en|&)\s+\[naam\]")

# Ages.
_A_UNIT = re.compile(
    rf"(?P<r>{RANGE})\s*(?:-\s*)?(?P<u>jr\b\.?|jaar\b|jarigen\b|"
    r"jarige\w*|jarig\b)"
)
_A_PN = re.compile(
    rf"(?:{PN}|\[naam\])\s*(?:\([^)]*\)\s*)?,?\s+(?:van\s+)?"
    rf"(?:(?:nog\s+maar|pas|net)\s+)?(?:(?P<ap>{APPROX})\s+|[~±]\s*)?"
    rf"(?P<r>{RANGE})(?P<ish>\s*-?\s*ish)?(?![\w+]|\s*-?\s*(?:{ADJ}{PN}|{_VEHICLES})\b)"
)
_A_BARE = re.compile(
    r"(?<![\w'.,/:-])(?P<a>\d{1,2})\s*(?:-|/|à|\ba\b|\btot\b)\s*(?P<b>\d{1,2})(?![\w+/:]|[.,]\d)"
)
_A_CUE = re.compile(
    rf"\b(?:daders?|leeftijd(?:je)?(?:\s+\w+){{0,3}}?|age|schat\s+ik|geschat(?:\s+op)?|allemaal|beide|"
    rf"rond\s+de|tussen\s+de|leeftijden|lft\.?)\s*:?\s+(?:(?:net|pas|nog\s+maar)\s+)?"
    rf"(?:(?P<ap>{APPROX})\s+|[~±]\s*)?(?P<r>{RANGE})"
    rf"(?P<ish>\s*-?\s*ish)?"
)
_A_LEX: tuple[tuple[re.Pattern[str], tuple[int | None, int | None]], ...] = (
    (re.compile(r"basisschool\s*-?\s*(?:leeftijd|kinderen|kids|leerlingen|jeugd)"), (4, 12)),
    (re.compile(r"\bbrug(?:klassers?|piepers?|klas)\b"), (12, 13)),
    (re.compile(r"\bjonge\s+aanwas\b"), (10, 14)),
    (re.compile(r"\btwintigers?\b"), (20, 29)),
    (re.compile(r"\b(?<!niet\s)minderjarig\w*"), (None, 17)),
    (re.compile(r"\b(?<!niet\s)meerderjarig\w*"), (18, None)),
)
# Every age word contains one of these (a cheap test before the patterns).
_A_LEX_GATE = re.compile(r"basisschool|brug|aanwas|twintiger|minderjarig|meerderjarig")
# "een jaar of 13", "jaar of 15, 16": an estimated age.
_A_JAAR_OF = re.compile(
    rf"\b(?:een\s+)?jaar\s+of\s+(?P<a>{N})(?:(?:\s*(?:,|-|/|of|à|a|tot)\s*|\s+)(?P<b>{_NCORE}))?"
)


def _range_end(head: str, fillers: str) -> re.Pattern[str]:
    """ "jongste zeker 12", "de oudste misschien 19": one end of the group's ages."""
    return re.compile(
        rf"\b{head}(?:n)?\s+(?:(?:{fillers})\s+)*(?:(?:{APPROX})\s+)?(?P<a>{N})(?!\s*-?\s*\d)"
    )


# "jongste zeker 12", "de jongste is ca 11": the lower end only.
_A_YOUNGEST = _range_end("jongste", r"is|was|zijn|waren|zeker|pas|nog\s+maar|maar|amper|misschien")
# "allemaal ouder dan 16": from 17 ("niet ouder dan" is an upper end, read elsewhere).
_A_OLDER_THAN = re.compile(
    rf"(?<!niet\s)(?<!niemand\s)(?<!geen\seen\s)(?<!enkele\s)(?<!eentje\s)\b(?:ouder\s+dan|boven\s+de)\s+"
    rf"(?P<a>{N})"
    rf"(?!\s*-?\s*\d|\s*(?:graden|km|meter|m\b|euro|%|procent)|\s+(?:{ADJ}){PN}\b)"
)
# "allemaal 16 of ouder", "(18 en ouder)": that age and up.
_A_OR_OLDER = re.compile(rf"(?P<a>{N})\s*(?:\+\s*)?(?:(?:jaar|jr)\s+)?(?:en|of)\s+ouder\b")
# "15 of jonger", "14 jaar en jonger": up to that age.
_A_OR_YOUNGER = re.compile(rf"(?P<a>{N})\s*(?:(?:jaar|jr)\s+)?(?:en|of)\s+jonger\b")
# "meest 15, een paar 16": most of one age, some of another.
_A_MOSTLY = re.compile(
    rf"\bmeest(?:al|en)?\s+(?P<a>{N})\s*(?:jr\b|jaar\b)?\s*,?\s*(?:(?:en|maar)\s+)?"
    rf"(?:een\s+paar|paar|enkelen?|sommigen|een\s+enkeling)\s+(?:al\s+|nog\s+|zelfs\s+)?"
    rf"(?P<b>{_NCORE})"
)
# "13 jaar hooguit 14", "16, hooguit 17": an age and its upper end.
_A_AT_MOST_PAIR = re.compile(
    rf"(?P<a>{N})\s*(?:jr\b\.?|jaar\b)?\s*,?\s*(?:of\s+)?(?:hooguit|hoogstens|max(?:imaal)?\.?)\s+"
    rf"(?P<b>{_NCORE})(?!\s*-?\s*(?:(?:{ADJ}){PN}\b|\d))"
)
# "twee van 15 en een van 19": subgroups with their ages.
_A_SUBGROUPS = re.compile(
    rf"{N}\s+van\s+(?P<a>{_NCORE})\s*(?:jr\b|jaar\b)?\s*(?:,|en|&)\s*"
    rf"(?:{N}|een|eentje)\s+van\s+(?P<b>{_NCORE})"
)
# "(14 en 15 jaar)": two ages joined by "en".
_A_AND_UNIT = re.compile(rf"(?P<a>{N})\s+en\s+(?P<b>{_NCORE})\s*(?:jr\b|jaar\b)")
# "de oudste 19", "oudste is rond de 20": the upper end only.
_A_OLDEST = _range_end("oudste", r"is|was|zijn|waren|zeker|hooguit|max|maar|misschien")
# Another group in the same sentence ("de andere groep was met z'n vieren") adds up.
_OTHER_GROUP = re.compile(r"\b(?:andere|tweede)\s+groep\w*\b[^.!?\n]*$")
# ... or something taken from them ("jas afgepakt van een jochie van 13").
_VICTIM = re.compile(
    r"slachtoffer\w*|neergestoken|gewonde|overleden|vermist|"
    r"(?:afgepakt|afgenomen|afgepikt|gejat|gestolen)\s+(?:van|bij)\b"
)
# The perpetrators named after the victim ("Slachtoffer 12, daders ouder, 15-16").
_PERPETRATORS = re.compile(r"dader\w*|verdachte\w*|groep\w*|jongens|meiden")
# What makes the one just described a victim ("de jongen van 14 die werd neergestoken").
_VICTIM_AFTER = re.compile(
    r"slachtoffer|neergestoken|gestoken|beroofd|geslagen|mishandeld|bedreigd|aangevallen|"
    r"gewond|overleden|vermist|lastiggevallen|gerold|geklopt|afgetuigd|overvallen|belaagd|"
    r"opgewacht|klemgezet|in\s+elkaar\s+ge\w+|(?:is|werd|wordt)\s+(?:\w+\s+)?(?:ge)?(?:duwd|schopt|trapt)|"
    # "een jongen van 12 door 5 oudere jongens klemgezet": the one acted upon.
    r"^\s*door\s+(?:\d|een|twee|drie|vier|vijf|zes|de|die|enkele|oudere|meerdere)\b|"
    # "een jongen van 12 z'n telefoon afgepakt": his things were taken.
    r"(?:z'?n|zijn|haar|d'r)\s+\w+\s+(?:afgepakt|afgenomen|afgetroggeld|ontfutseld|afgepikt)"
)


# "een jongen van een jaar of 15 in elkaar getrapt": the one it happened to.
_ONE_OF = re.compile(r"\b(?:jongen|meisje|knul|jongeman|jochie|meid)\s+van\s+$")


def _victim_single(m: str, start: int, end: int) -> bool:
    """An age said of one person who is then the victim."""
    if _ONE_OF.search(m, max(0, start - 20), start) is None:
        return False
    after = _SENT_END.split(m[end : end + 60])[0]
    return _VICTIM_AFTER.search(after) is not None


def _victim_before(m: str, pos: int) -> bool:
    """A victim word just before ``pos``, with no perpetrators named in between."""
    before = m[max(0, pos - 30) : pos]
    ends = [v.end() for v in _VICTIM.finditer(before)]
    return bool(ends) and _PERPETRATORS.search(before, ends[-1]) is None


# Ages and sizes said in other ways.
_P_N_AGED = re.compile(rf"(?P<r>{RANGE})\s+(?P<a>{N})\s*-?\s*jarig(?:en|e)\b")
_A_ADJACENT = re.compile(
    r"(?<![\w'.,/:-])(?P<a>\d{1,2})(?:\s+(?:\d{1,2}\s+)?|(?P<comma>\s*,\s*(?:\d{1,2}\s*,\s*)?))"
    r"(?P<b>\d{1,2})"
    r"\s*(?:jr\b|jaar\b)"
)
_A_BETWEEN = re.compile(
    rf"\btussen\s+(?:de\s+)?(?P<a>{N})\s+en\s+(?:de\s+)?(?P<b>{N})(?:\s*(?:jr\b|jaar\b)|\s+(?:{ADJ})(?P<pn>{PN})\b)?"
)
# Words that give an upper end: "hooguit 12", "onder de 16", "niemand boven de 16".
_AT_MOST_WORDS = (
    r"(?:hooguit|hoogstens|maximaal|max\.?|niet\s+ouder\s+dan|onder\s+de|jonger\s+dan|nog\s+geen|"
    r"niemand\s+boven\s+de|(?:geen\s+(?:een|enkele?|eentje)|niemand)\s+ouder\s+dan)"
)
_A_AT_MOST = re.compile(
    rf"(?P<pre>(?:{PN}|jongen|meisje|knul|leeftijd)\s+(?:van\s+)?|\bvan\s+|leeftijd\s*:?\s*)?"
    rf"(?P<w>{_AT_MOST_WORDS})\s+"
    rf"(?P<a>{N})(?P<u>\s*(?:jr\b|jaar\b))?(?!\s*-?\s*(?:{ADJ}{PN}|\d))"
)


# Where "onder de 14" or "nog geen 12" needs no person before it: a new phrase, or
# "allemaal", "iets", "zijn" ("Jong, onder de 14.", "ze zijn nog geen 12").
_AT_MOST_LEAD = re.compile(r"(?:^|[.,:;!?(\n]|\b(?:allemaal|allen|alle|iets|net|zijn|niemand))\s*$")


def _is_hint(m: str) -> bool:
    return " is " in m or " was " in m or " zijn " in m or " waren " in m


def _at_most_hint(m: str) -> bool:
    return (
        "hoog" in m
        or "max" in m
        or " dan " in m
        or "onder de" in m
        or "nog geen" in m
        or "niemand boven" in m
    )


_A_SINGLE = re.compile(
    r"\b(?:jongen|meisje|knul|jongeman|jochie|meid|tiener)\s+(?:\([^)]*\)\s*)?van\s+"
    rf"(?:(?P<ap>{APPROX})\s+)?(?P<r>{RANGE})(?:\s*-?\s*ish)?"
    rf"(?![\w+]|\s*-?\s*(?:{ADJ}{PN}|{_VEHICLES}|keer|x)\b)"
)
_A_IS = re.compile(
    r"\b(?:hij|zij|ze|die)\s+(?:is|was|zijn|waren)\s+(?:pas\s+|nog\s+maar\s+|nog\s+|maar\s+)?"
    rf"(?:(?:{APPROX})\s+)?(?P<r>{RANGE})(?:\s*-?\s*ish)?"
    rf"(?![\w+]|\s*-?\s*(?:{ADJ}{PN}|keer|x|man|uur|min|minuten|dagen|weken)\b|[.,:]\d)"
)
# "15 + 20 man": two counts added up.
_P_PLUS = re.compile(
    rf"(?P<a>{N})(?:\s+(?:{ADJ}){PN})?\s*\+\s*(?P<b>{_NCORE})\s+(?:{ADJ})(?:{PN})\b"
)
# "2 groups ... ~10 each", "3 groepjes, elk 5": groups of the same size.
_P_EACH = re.compile(rf"(?P<n>{N})\s+(?:each|elk|ieder|per\s+groep(?:je)?)\b")
# "5 scooters met op elk 2 jongens": vehicles of the same load.
_P_EACH_ON = re.compile(
    rf"(?P<k>{N})\s+(?:{ADJ}){_VEHICLES}\s*,?\s+(?:met\s+)?(?:op\s+)?(?:elk|ieder|iedere|elke)\s+"
    rf"(?:(?:fiets|scooter|brommer|fatbike|motor|bike|quad)\w*\s+)?(?:(?:{APPROX})\s+)?(?P<n>{N})"
)
_GROUPS_BEFORE = re.compile(rf"(?P<k>{N})\s+(?:groups|groepen|groepjes)\b")
# "2 jongens op een fatbike met een derde achterop": one more.
_P_ONE_MORE = re.compile(
    r"\b(?:met|en)\s+(?:nog\s+)?een\s+(?:derde|vierde|vijfde|zesde)\b"
    r"(?!\s+(?:van|deel|keer|ronde|klas|verdieping|plaats|jaar|helft)|[a-z-])"
)
# Other words for a group that count like "groep".
# "opgehaald door een man van rond de 30": an adult, not the group.
_ADULT_BEFORE = re.compile(
    rf"\b(?:een|die|de)\s+(?:\w+\s+)?(?:man|vrouw|volwassene|meneer|mevrouw)\s+(?:van\s+)?(?:{APPROX}\s+)?$"
)
_HEAD_GATE = re.compile(r"\b(?:squad|crew|clubje|bende)\b")
# "de jongste 12", "de oudste 19": one end of the ages, so "de rest 15-16" is ages too.
_AGE_END_BEFORE = re.compile(r"\b(?:jongste|oudste)\b")
_YOUNGER = re.compile(r"jonger(?:e)?\b|hele\s+jonge|jonge\s+erbij|waarvan|zelfs\b|kleintjes")
_SENT_END = re.compile(r"[.!?\n]")


@dataclass(frozen=True, slots=True)
class Counts:
    """What the message says about the group's size and ages."""

    group_size: int | None
    age_min: int | None
    age_max: int | None


class _Spans:
    """Character ranges already interpreted, so a number is read once."""

    def __init__(self) -> None:
        self._taken: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self._taken)

    def take(self, start: int, end: int) -> None:
        self._taken.append((start, end))


# A number word in the text contains one of these (a cheap test before the regex).
_NUM_STEM_RE = re.compile("|".join(sorted({w[:4] for w in _WORDNUM if w != "een"})))
_NUM_WORD_BARE = re.compile(_W)
# Runs of letters (their starts are word starts, plus a few harmless extra ones) and the
# signs a pattern can open with; a plain character class is found fast.
_LEAD_START = re.compile(r"[a-z]+|[\[(±~+]")
# How far before a number a pattern may start ("een stuk of ongeveer 12", "jongens (16)").
_LEAD_REACH = 48


def _number_starts(m: str) -> list[int]:
    """Where a number can start: digit runs and number words ("twaalf", "vieren")."""
    starts = [d.start() for d in _DIGIT_RUN.finditer(m)]
    if _NUM_STEM_RE.search(m) is not None:
        n = len(m)
        for x in _NUM_WORD_BARE.finditer(m):
            s, e = x.span()
            if (s == 0 or not m[s - 1].isalnum()) and (e == n or not m[e].isalnum()):
                starts.append(s)  # a whole word: "twaalf", not "zelf" or "achter"
        starts.sort()
    return starts


def _lead_starts(m: str, numbers: list[int]) -> list[int]:
    """Word starts (and "(", "±", "~", "+") shortly before a number: where the patterns
    that open with a word ("zo'n 12", "jongens van 14") can begin."""
    out: set[int] = set()
    for a in numbers:
        out.update(x.start() for x in _LEAD_START.finditer(m, max(0, a - _LEAD_REACH), a))
    return sorted(out)


def _scan(pattern: re.Pattern[str], m: str, starts: list[int]) -> list[re.Match[str]]:
    """``pattern.finditer(m)`` for a pattern that can only begin at one of ``starts``."""
    out: list[re.Match[str]] = []
    end = -1
    match = pattern.match
    for a in starts:
        if a < end:
            continue
        x = match(m, a)
        if x is not None:
            out.append(x)
            end = x.end()
    return out


_TAL = re.compile(r"\b(\d{1,2})\s*-?\s*tal\b")  # "10-tal jongens": a tiental
# Quantities said in words ("twee handen vol", "een half dozijn", "ruim een dozijn").
_QUANTITY_PHRASES = (
    (re.compile(r"\banderhalf\s+dozijn\b"), "18 man"),
    (re.compile(r"\btwee\s+handen\s+vol\b"), "10 man"),
    (re.compile(r"\b(?:een|'n)\s+half\s+dozijn\b"), "6 man"),
    (re.compile(r"\b(?:een|'n)\s+dozijn\b"), "12 man"),
    # "in z'n uppie", "in haar eentje": one person.
    (re.compile(r"\bin\s+(?:z'?n|zijn|haar|d'r|m'n|mijn|hun)\s+(?:uppie|eentje)\b"), "als 1 man"),
)
# Birth cohorts ("'t zijn 2008-jes", "allemaal 2010'ers", "allemaal van 2009"): an age
# range for the year of the message (born in 2008, in 2024 they are 15 or 16).
_YEAR4 = re.compile(r"(?:19|20)\d\d")
_COHORT = re.compile(
    r"\b(?:19|20)(\d\d)\s*(?:-\s*)?(?:'?ers|jes)\b|(?<=allemaal\svan\s)(?:19|20)\d\d\b"
)
# "jaargang 2010/2011", "geboortejaar 2009": born in those years.
_JAARGANG = re.compile(
    r"\b(?:jaargang|geboortejaar|bouwjaar)\s+((?:19|20)\d\d)(?:\s*(?:/|-|of|en)\s*((?:19|20)?\d\d))?\b"
)
_FUSED_AGE = re.compile(rf"\b({_W})(jarig\w*)")


def _lexical_ages(m: str) -> list[tuple[int | None, int | None]]:
    """Age words: "brugklassers" 12-13, "twintigers" 20-29, "minderjarig" up to 17."""
    if _A_LEX_GATE.search(m) is None:
        return []
    found = [rng for pat, rng in _A_LEX if pat.search(m)]
    if not found:
        return []
    los = [a for a, _ in found if a is not None]
    his = [b for _, b in found if b is not None]
    return [(min(los) if los else None, max(his) if his else None)]


# Two number words in a row, the second one more: a spoken range ("zes zeven jongens",
# "dertig, veertig man", "twintig, 25 jongeren").
# "vijf, zes, misschien zeven": three in a row, the first to the last.
_SPOKEN_RANGE = re.compile(
    rf"\b({_W})\s*,?\s+({_W})\b(?:\s*,?\s+(?:misschien\s+|hooguit\s+|zelfs\s+|of\s+)?({_W})\b)?"
)
# "twintig, 25" once "vijfentwintig" is written as digits.
_TENS_THEN_DIGITS = re.compile(r"\b(twintig|dertig|veertig|vijftig)\s*,?\s+(\d\d)\b(?![.,:/]\d)")


def _spoken_range(x: re.Match[str]) -> str:
    a = _WORDNUM.get(x.group(1))
    second = x.group(2)
    b = int(second) if second.isdigit() else _WORDNUM.get(second)
    if a is None or b is None:
        return x.group()
    third = x.group(3) if x.re is _SPOKEN_RANGE else None
    if third is not None:
        c = _WORDNUM.get(third)
        if c is not None and b == a + 1 and c == b + 1:
            return f"{x.group(1)}-{third}"
        return (
            _SPOKEN_RANGE.sub(_spoken_range, x.group()[: x.end(2) - x.start()])
            + x.group()[x.end(2) - x.start() :]
        )
    tens = a >= 20 and a % 10 == 0 and b - a in (5, 10)  # "twintig, vijfentwintig"
    if not (a < b <= a + 2 and not second.isdigit()) and not tens:
        return x.group()
    return f"{x.group(1)}-{second}"


# Compound number words ("vijfentwintig", "drieendertig") as digits.
_COMPOUND = re.compile(
    r"\b(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(twintig|dertig|veertig|vijftig)\b"
)
_UNIT_VALUE = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
    "negen": 9,
}  # fmt: skip


def _compound_gate(low: str) -> bool:
    if "tig" not in low:
        return False
    return "entwintig" in low or "endertig" in low or "enveertig" in low or "envijftig" in low


# "15/20 jongeren": a range of people, not a date.
_SLASH_RANGE = re.compile(rf"\b(\d{{1,2}})/(\d{{1,2}})(?=\s+(?:{ADJ}){PN}\b)")
# "acht jongen": after a number above one, "jongen" is a plural (Veluws, Achterhoeks).
_JONGEN = re.compile(r"jongen(?![\w'])")
_PLURAL_NUMBER = frozenset(
    ["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"]
)


def _plural_jongen(low: str) -> str:
    parts: list[str] = []
    pos = 0
    for x in _JONGEN.finditer(low):
        before = low[max(0, x.start() - 10) : x.start()]
        words = before.split()
        if not before.endswith(" ") or not words:
            continue
        last = words[-1]
        if (last.isdigit() and 1 < int(last) < 100) or last in _PLURAL_NUMBER:
            parts.append(low[pos : x.end()])
            parts.append("s")
            pos = x.end()
    if not parts:
        return low
    parts.append(low[pos:])
    return "".join(parts)


# Old-style hours are times, not counts: "rond negenen", "tegen achten" (but "met z'n
# achten" is eight people).
_OLD_HOUR = re.compile(
    r"\b(om|rond|tegen|na)\s+(?:tweeen|drieen|vieren|vijven|zessen|zevenen|achten|negenen|"
    r"tienen|elven|twaalven)\b"
)
# "18 plus", "15 plus": that age and up.
_PLUS_WORD = re.compile(rf"\b(\d{{1,2}}|{_W})\s*-?\s*plus\b")
# Two digits in a row before people, the second one more: "groepje van 7 8 jongens".
_TWO_DIGITS = re.compile(r"\d\s+\d")
_DIGIT_RANGE = re.compile(rf"\b(\d{{1,2}})\s+(\d{{1,2}})(?=\s+(?:{ADJ}){PN}\b)")


# "3, hooguit 4 jongens", "16 of hoogstens 17": a range.
_AT_MOST_RANGE = re.compile(
    rf"(?<![\w'.,/:-])(\d{{1,2}}|{_W})\s*,?\s*(?:of\s+)?(?:hooguit|hoogstens)\s+(\d{{1,2}}|{_W})\b"
    r"(?![.,:]\d)"
)


def _at_most_range(x: re.Match[str]) -> str:
    a, b = _num(x.group(1)), _num(x.group(2))
    return f"{x.group(1)}-{x.group(2)}" if a < b <= a + 4 else x.group()


def _standardise(low: str) -> str:
    """Regional forms as standard Dutch, quantities in words as numbers."""
    low = standard_dutch(low)
    if "op het oog" in low:
        low = low.replace("op het oog", "ongeveer")  # "op het oog 14": about 14
    if "knapen" in low:
        low = low.replace("knapen", "jongens")
    if "elftal" in low:
        low = low.replace("elftal", "11")  # "een heel elftal jongens"
    if "jong spul" in low:
        low = low.replace("jong spul", "jongeren")  # "jong spul van 15, 16"
    if "hooguit" in low or "hoogstens" in low:
        low = _AT_MOST_RANGE.sub(_at_most_range, low)
    if _compound_gate(low):
        low = _COMPOUND.sub(lambda x: str(_UNIT_VALUE[x.group(1)] + _WORDNUM[x.group(2)]), low)
        low = _TENS_THEN_DIGITS.sub(_spoken_range, low)
    if "jongen " in low or "jongen," in low:
        low = _plural_jongen(low)
    if "/" in low:
        low = _SLASH_RANGE.sub(
            lambda x: (
                f"{x.group(1)}-{x.group(2)}" if int(x.group(1)) < int(x.group(2)) else x.group()
            ),
            low,
        )
    if "en" in low:
        low = _OLD_HOUR.sub(r"\1 uur", low)
    if "plus" in low:
        low = _PLUS_WORD.sub(r"\1+", low)
    if _TWO_DIGITS.search(low) is not None:
        low = _DIGIT_RANGE.sub(
            lambda x: (
                f"{x.group(1)}-{x.group(2)}"
                if int(x.group(2)) == int(x.group(1)) + 1
                else x.group()
            ),
            low,
        )
    if _NUM_STEM_RE.search(low) is not None:
        low = _SPOKEN_RANGE.sub(_spoken_range, low)
    if "dozijn" in low or "handen" in low or "uppie" in low or "eentje" in low:
        for pattern, repl in _QUANTITY_PHRASES:
            low = pattern.sub(repl, low)
    return low


def _cohort_ages(low: str, year: int) -> tuple[int, int] | None:
    if _YEAR4.search(low) is None:
        return None
    if "jaargang" in low or "geboortejaar" in low or "bouwjaar" in low:
        j = _JAARGANG.search(low)
        if j is not None:
            first = int(j.group(1))
            last = j.group(2)
            if last is not None and len(last) == 2:
                last = j.group(1)[:2] + last  # "2010/11"
            second = first if last is None else int(last)
            old, young = min(first, second), max(first, second)
            if year - young >= 6 and year - old <= 30 and young - old <= 3:
                return year - young - 1, year - old
    x = _COHORT.search(low)
    if x is None:
        return None
    born = int(x.group()[:4])
    if not 6 <= year - born <= 30:
        return None
    return year - born - 1, year - born


def extract_counts(low: str, year: int | None = None) -> Counts:
    """Group size and age range from folded text (see the module docstring).

    ``year`` is the year the message was posted, for birth cohorts ("2008-jes").
    Every pattern involves a number, so patterns are only tried where a number starts
    (or at the few words before one), never at every character of the message."""
    low = _standardise(low)
    cohort = _cohort_ages(low, year) if year is not None else None
    counts = _extract(low)
    if cohort is not None and counts.age_min is None and counts.age_max is None:
        return Counts(counts.group_size, cohort[0], cohort[1])
    return counts


def _extract(low: str) -> Counts:
    if "tal" in low:
        low = _TAL.sub(lambda x: x.group(1) + " " * (x.end() - x.end(1)), low)
    if "jarig" in low:
        low = _FUSED_AGE.sub(r"\1 \2", low)  # "twaalfjarigen" -> "twaalf jarigen"
    m = _mask(low)
    nums = _number_starts(m)
    if not nums:
        return _counts_without_numbers(m)
    lead = _lead_starts(m, nums)
    spans = _Spans()
    sizes: list[int] = []
    direct: int | None = None  # a size that needs no comparison (2 groepen van 5)
    additive: list[tuple[int, int]] = []  # (position, n) of "N eromheen"
    vehicles: list[int] = []
    subject = False  # the counted people come on top of someone already named
    # "de rest (5)": on top of the ones picked out ("pv voor 3 jongens"), but already
    # inside a stated total ("groep van 9, 3 beboet, de rest (6) weggestuurd").
    rests: list[tuple[int, int]] = []
    total = False
    ages: list[tuple[int | None, int | None]] = []
    ambiguous: list[tuple[int, int, int, str, int]] = []  # (lo, hi, pos, kind, end)

    def age(lo: int, hi: int | None, pos: int) -> None:
        if _victim_before(m, pos) or _ADULT_BEFORE.search(m, max(0, pos - 40), pos):
            return
        if hi is not None and hi == lo:
            sent = _SENT_END.split(m[max(0, pos - 50) : pos])[-1]
            if _YOUNGER.search(sent):
                hi = None
        if 6 <= lo <= 30 and (hi is None or hi <= 35):
            ages.append((lo, hi))

    def pair(lo: int, hi: int, end: int) -> int:
        """A second age said right after the first ("rond de 14, 15", "van 16, 17",
        "rond de zestien zeventien") widens it to a range."""
        if hi != lo:
            return hi
        x = _AGE_PAIR_TAIL.match(m, end)
        if x is None or not spans.free(x.start("b"), x.end("b")):
            return hi
        b = _num(x.group("b"))
        if not lo < b <= lo + 2:
            return hi
        spans.take(x.start("b"), x.end("b"))
        return b

    def other_group(pos: int) -> bool:
        return _OTHER_GROUP.search(m, max(0, pos - 40), pos) is not None

    # Lexical ages and unit-bearing ages first: "13-14 jr", "ca 15 jaar", "13-jarigen".
    lexical = _lexical_ages(m)
    if "jaar of" in m:
        for x in _scan(_A_JAAR_OF, m, lead):
            a = _num(x.group("a"))
            b = _num(x.group("b")) if x.group("b") else a
            if not 0 <= b - a <= 4:
                # "een jaar of 15 3 jongens": the second number is no age
                spans.take(x.start(), x.end("a"))
                if not _victim_single(m, x.start(), x.end("a")):
                    age(a, a, x.start())
                continue
            spans.take(x.start(), x.end())
            if not _victim_single(m, x.start(), x.end()):
                age(a, b, x.start())
    if "jongste" in m:
        for x in _scan(_A_YOUNGEST, m, lead):
            spans.take(x.start("a"), x.end("a"))
            age(_num(x.group("a")), None, x.start("a"))
    if "ouder" in m:
        for x in _scan(_A_OR_OLDER, m, nums):
            n = _num(x.group("a"))
            if 10 <= n <= 25 and spans.free(x.start("a"), x.end("a")):
                spans.take(x.start(), x.end())
                age(n, None, x.start())
    if "jonger" in m:
        for x in _scan(_A_OR_YOUNGER, m, nums):
            n = _num(x.group("a"))
            if 8 <= n <= 25 and spans.free(x.start("a"), x.end("a")):
                spans.take(x.start(), x.end())
                if not _victim_before(m, x.start()):
                    ages.append((None, n))
    if "meest" in m:
        for x in _scan(_A_MOSTLY, m, lead):
            a, b = _num(x.group("a")), _num(x.group("b"))
            if min(a, b) >= 8 and max(a, b) <= 30 and abs(a - b) <= 4:
                spans.take(x.start("a"), x.end())
                age(min(a, b), max(a, b), x.start("a"))
    if _at_most_hint(m):
        for x in _scan(_A_AT_MOST_PAIR, m, nums):
            a, b = _num(x.group("a")), _num(x.group("b"))
            if 10 <= a < b <= min(a + 4, 30) and spans.free(x.start(), x.end()):
                spans.take(x.start(), x.end())
                age(a, b, x.start())
    if m.count(" van ") >= 2:
        for x in _scan(_A_SUBGROUPS, m, nums):
            a, b = _num(x.group("a")), _num(x.group("b"))
            if min(a, b) >= 8 and max(a, b) <= 30 and spans.free(x.start(), x.end()):
                spans.take(x.start(), x.end())
                age(min(a, b), max(a, b), x.start("a"))
    if "ouder dan" in m or "boven de" in m:
        for x in _scan(_A_OLDER_THAN, m, lead):
            n = _num(x.group("a"))
            if 8 <= n <= 25 and spans.free(x.start("a"), x.end("a")):
                spans.take(x.start("a"), x.end("a"))
                ages.append((n + 1, None))
    for x in _scan(_A_AND_UNIT, m, nums) if " en " in m else ():
        a, b = _num(x.group("a")), _num(x.group("b"))
        if 0 < b - a <= 3 and a >= 8 and spans.free(x.start(), x.end()):
            spans.take(x.start(), x.end())
            age(a, b, x.start())
    if "oudste" in m:
        for x in _scan(_A_OLDEST, m, lead):
            n = _num(x.group("a"))
            if 8 <= n <= 30 and not _victim_before(m, x.start()):
                spans.take(x.start("a"), x.end("a"))
                ages.append((None, n))
    for x in _scan(_A_ADJACENT, m, nums) if "jaar" in m or "jr" in m else ():
        # "kleine koters 10 11 jaar": two ages without a dash.
        a, b = int(x.group("a")), int(x.group("b"))
        if x.group("comma") and a < 10:
            continue  # "groep van 8, 12 jaar": a size, then an age
        if spans.free(x.start(), x.end()) and 0 < b - a <= 4:
            spans.take(x.start(), x.end())
            age(a, b, x.start())
    for x in _scan(_A_BETWEEN, m, lead) if "tussen" in m else ():
        # "tussen 15 en 17 jaar", "tussen de dertien en zestien"; of people a size.
        a, b = _num(x.group("a")), _num(x.group("b"))
        if not spans.free(x.start("a"), x.end()) or b <= a:
            continue
        if x.group("pn"):
            spans.take(x.start("a"), x.end("b"))
            sizes.append(_mid(a, b))
        elif a >= 6 and b <= 30:
            spans.take(x.start("a"), x.end())
            age(a, b, x.start("a"))
    for x in _scan(_A_UNIT, m, nums) if _UNIT_HINT.search(m) else ():
        if _AT_MOST_WORD.search(m, max(0, x.start() - 22), x.start()):
            continue  # "max 13 jaar oud": up to 13, read below
        lo, hi = _range(x.group("r"))
        spans.take(x.start("r"), x.end())
        unit = x.group("u")
        if unit.startswith("jarigen") and lo == hi:
            # "13-jarigen" said of a younger part ("jongere kids ... 13-jarigen!") is a
            # lower end; of the group itself ("een tiental twaalfjarigen") its age.
            if not _victim_before(m, x.start()):
                younger = _YOUNGER.search(m, max(0, x.start() - 60), x.start())
                ages.append((lo, None if younger else lo))
            continue
        if lo == hi and (
            m[max(0, x.start() - 6) : x.start()].endswith("vanaf ") or _AND_OLDER.match(m, x.end())
        ):
            age(lo, None, x.start())  # "kinderen vanaf 12 jaar", "16 jaar en ouder"
            continue
        age(lo, hi, x.start())
    if "jarig" in m:
        # "een tiental twaalfjarigen", "5 15-jarigen": how many, then how old.
        for x in _scan(_P_N_AGED, m, nums):
            if spans.free(x.start("r"), x.end("r")):
                lo, hi = _range(x.group("r"))
                spans.take(x.start("r"), x.end("r"))
                sizes.append(_mid(lo, hi))
    for x in _scan(_A_AT_MOST, m, lead) if _at_most_hint(m) else ():
        # "jochies van hooguit 12" is up to 12; "onder de 16" up to 15.
        n = _num(x.group("a"))
        if not 8 <= n <= 25 or not (
            x.group("pre")
            or x.group("u")
            or _AT_MOST_LEAD.search(m, max(0, x.start("w") - 12), x.start("w"))
        ):
            continue
        if not spans.free(x.start("a"), x.end("a")):
            continue
        spans.take(x.start("w"), x.end())
        strict = x.group("w").startswith(("onder", "jonger", "nog"))
        if not _victim_before(m, x.start()):
            ages.append((None, n - 1 if strict else n))
    for x in _scan(_A_SINGLE, m, lead) if _SINGLE_HINT.search(m) else ():
        # "een jongen van 16 met een groep eromheen": his age, unless he is the victim
        # ("de jongen van 14 die werd neergestoken").
        if not spans.free(x.start("r"), x.end("r")):
            continue
        lo, hi = _range(x.group("r"))
        spans.take(x.start("r"), x.end("r"))
        after = _SENT_END.split(m[x.end() : x.end() + 60])[0]
        if lo >= 8 and not _VICTIM_AFTER.search(after):
            age(lo, hi, x.start("r"))
    for x in _scan(_A_IS, m, lead) if _is_hint(m) else ():
        # "Hij is 14.", "ze zijn 15-16".
        if spans.free(x.start("r"), x.end("r")):
            lo, hi = _range(x.group("r"))
            if lo >= 8 and hi <= 25:
                spans.take(x.start("r"), x.end("r"))
                age(lo, hi, x.start("r"))

    has_groep = "groep" in m or _HEAD_GATE.search(m) is not None
    has_paren = "(" in m
    for x in _scan(_P_TWO_GROUPS, m, lead) if m.count("groep") >= 2 else ():
        # "een groepje van 4 en een groepje van 5": two groups add up
        spans.take(x.start(), x.end())
        direct = _range_mid(x.group("a")) + _range_mid(x.group("b"))
    if "kant" in m:
        for x in _scan(_P_EACH_SIDE, m, nums):
            # "zo'n 7 van elke kant": both sides of a fight
            if spans.free(x.start("r"), x.end("r")):
                spans.take(x.start("r"), x.end("r"))
                direct = 2 * _range_mid(x.group("r"))
    if "omheen" in m or "errond" in m:
        for x in _scan(_P_SPECTATORS, m, nums):
            # "15 eromheen die joelen": spectators, not the group
            spans.take(x.start("r"), x.end("r"))
    for x in _scan(_P_MULTI_LIST, m, lead) if has_groep else ():
        a, b = _num(x.group("a")), _num(x.group("b"))
        if a < 40 and b < 40:
            spans.take(x.start(), x.end())
            direct = a + b
    for x in _scan(_P_TIMES, m, nums) if "x" in m or "keer" in m or "maal" in m else ():
        if spans.free(x.start(), x.end()):
            spans.take(x.start(), x.end())
            fa, fb = ("a", "b") if x.group("a") else ("a2", "b2")
            sizes.append(_num(x.group(fa)) * _num(x.group(fb)))
    # Before "een stuk of": "2 groepen van een man of 6" is twelve.
    for x in _scan(_P_MULTI, m, nums) if has_groep else ():
        if not spans.free(x.start(), x.end("r")) or _AGE_UNIT.match(m, x.end()):
            continue
        k = _num(x.group("k"))
        lo, hi = _range(x.group("r"))
        spans.take(x.start(), x.end())
        direct = k * _mid(lo, hi)
    for x in _scan(_P_STUK_OF, m, lead) if " of " in m else ():
        if spans.free(x.start("r"), x.end("r")):
            lo, hi = _range(x.group("r"))
            spans.take(x.start("r"), x.end("r"))
            if other_group(x.start()):
                additive.append((x.start(), _mid(lo, hi)))
            else:
                sizes.append(_mid(lo, hi))
    for x in _scan(_P_MORE, m, lead) if "rest" in m or _MORE_GATE.search(m) else ():
        if spans.free(x.start("r"), x.end("r")):
            lo, hi = _range(x.group("r"))
            spans.take(x.start("r"), x.end("r"))
            if x.group().startswith("rest"):
                if lo >= 10 and hi <= 30 and _AGE_END_BEFORE.search(m, 0, x.start()):
                    age(lo, hi, x.start("r"))  # "de jongste 12, de rest 15-16": ages
                    continue
                rests.append((x.start(), _mid(lo, hi)))
            else:
                additive.append((x.start(), _mid(lo, hi)))
                subject = True  # "samen met nog 2": the one it is about, and two more
    for x in _P_PAIR.finditer(m) if has_paren else ():
        a, b = _num(x.group("a")), _num(x.group("b"))
        if (
            _TWO_PEOPLE.search(m, max(0, x.start() - 40), x.start())
            and min(a, b) >= 6
            and max(a, b) <= 25
        ):
            spans.take(x.start(), x.end())  # "2 broertjes (10 en 13)": their ages
            age(min(a, b), max(a, b), x.start())
            continue
        if a < 10 or b < 10:
            spans.take(x.start(), x.end())
            direct = (direct or 0) + a + b if direct is None else direct

    if "rde" in m or "achterop" in m:  # "een derde", "een vierde"
        additive.extend((x.start(), 1) for x in _P_ONE_MORE.finditer(m))
    for x in (
        _scan(_P_EROMHEEN, m, nums) if "omheen" in m or "errond" in m or "achterop" in m else ()
    ):
        if spans.free(x.start("r"), x.end("r")):
            lo, hi = _range(x.group("r"))
            spans.take(x.start("r"), x.end("r"))
            additive.append((x.start(), lo if hi == lo else _mid(lo, hi)))

    for x in _scan(_P_MET, m, lead) if _MET_GATE.search(m) else ():
        n = sum(_met_num(x.group(g)) for g in ("w", "w2") if x.group(g))
        spans.take(x.start(), x.end())
        if other_group(x.start()):
            additive.append((x.start(), n))
        else:
            sizes.append(n)

    for x in _scan(_P_PLUS, m, nums) if "+" in m else ():
        if spans.free(x.start(), x.end("b")):
            spans.take(x.start(), x.end("b"))
            sizes.append(_num(x.group("a")) + _num(x.group("b")))
    if "each" in m or "elk" in m or "ieder" in m or "per groep" in m:
        for x in _scan(_P_EACH_ON, m, nums):
            spans.take(x.start(), x.end())
            direct = _num(x.group("k")) * _num(x.group("n"))
        for x in _scan(_P_EACH, m, nums):
            groups = _GROUPS_BEFORE.search(m, 0, x.start())
            if groups and spans.free(x.start("n"), x.end("n")):
                spans.take(x.start("n"), x.end("n"))
                direct = _num(groups.group("k")) * _num(x.group("n"))
    for x in _scan(_P_PN, m, nums):
        if not spans.free(x.start("r"), x.end("r")):
            continue
        if _AUDIENCE.match(m, x.end()):
            spans.take(x.start("r"), x.end("r"))
            continue
        lo, hi = _range(x.group("r"))
        pn = x.group("pn")
        spans.take(x.start("r"), x.end("r"))
        n = _mid(lo, hi)
        if pn in _COMPANIONS:
            if m[max(0, x.start() - 6) : x.start()].rstrip().endswith(("naar", "tegen", "op")):
                continue  # "zwaait met een mes naar twee anderen": the targets
            if m[max(0, x.start() - 5) : x.start()].rstrip().endswith("met"):
                sizes.append(n + 1)  # "met 3 vrienden": the subject and three others
            else:
                additive.append((x.start(), n))  # "[naam] en 3 anderen", "3 vrienden wachten"
            continue
        if other_group(x.start()):
            additive.append((x.start(), n))
        else:
            sizes.append(n)

    for x in _P_GROUP.finditer(m) if has_groep else ():
        if not spans.free(x.start("r"), x.end("r")) or _AGE_UNIT.match(m, x.end("r")):
            continue
        lo, hi = _range(x.group("r"))
        spans.take(x.start("r"), x.end("r"))
        sizes.append(_mid(lo, hi))
        total = True

    for x in _scan(_P_GREW, m, lead) if "eerst" in m or "begon" in m or "aanvankelijk" in m else ():
        if spans.free(x.start("a"), x.end("b")):
            spans.take(x.start("a"), x.end("b"))
            direct = _num(x.group("b"))
    for x in _scan(_P_OR, m, nums) if " of " in m else ():
        a, b = int(x.group("a")), int(x.group("b"))
        if b == a + 1 and spans.free(x.start(), x.end()):
            spans.take(x.start(), x.end())
            sizes.append(a)
    for x in _scan(_P_COUNTED, m, lead) if "tel" in m or " er " in m else ():
        if spans.free(x.start("r"), x.end("r")):
            lo, hi = _range(x.group("r"))
            spans.take(x.start("r"), x.end("r"))
            sizes.append(_mid(lo, hi))
    for x in _scan(_P_WAREN, m, lead) if "met" in m else ():
        if spans.free(x.start("r"), x.end("r")):
            lo, hi = _range(x.group("r"))
            spans.take(x.start("r"), x.end("r"))
            sizes.append(_mid(lo, hi))

    vehicle = _VEHICLE_HINT.search(m) is not None
    for x in _scan(_P_VEHICLE, m, nums) if vehicle else ():
        if spans.free(x.start("r"), x.end("r")):
            lo, hi = _range(x.group("r"))
            spans.take(x.start("r"), x.end("r"))
            vehicles.append(_mid(lo, hi))

    # Ages said of people: "jongens 13-14", "meiden van ca 14", "[naam] (16)".
    for x in _scan(_A_PN, m, lead):
        if not spans.free(x.start("r"), x.end("r")):
            continue
        lo, hi = _range(x.group("r"))
        if lo < 8:
            continue
        spans.take(x.start("r"), x.end("r"))
        age(lo, pair(lo, hi, x.end("r")), x.start("r"))
    for x in _A_CUE.finditer(m) if _CUE_HINT.search(m) else ():
        if not spans.free(x.start("r"), x.end("r")):
            continue
        lo, hi = _range(x.group("r"))
        if lo < 10 and not x.group(0).startswith(("dader", "leeftijd", "beide", "lft")):
            continue
        spans.take(x.start("r"), x.end("r"))
        if lo == hi and m[x.end("r") : x.end("r") + 1] == "+":
            age(lo, None, x.start("r"))  # "allemaal 16+": that age and older
            continue
        age(lo, pair(lo, hi, x.end("r")), x.start("r"))

    # Ambiguous numbers: "(15)", "zo'n 12.", "8-ish", "(ca. 8, 15-16)".
    for x in _P_PAREN.finditer(m) if has_paren else ():
        if spans.free(x.start("r"), x.end("r")):
            lo, hi = _range(x.group("r"))
            spans.take(x.start("r"), x.end("r"))
            closed = m[x.end() : x.end() + 1] == ")"
            kind = (
                "age"
                if x.group("jr")
                else "paren"
                if closed and not x.group("ap") and not x.group("oz")
                else "approx"
            )
            ambiguous.append((lo, hi, x.start("r"), kind, x.end()))
    for x in _scan(_P_STANDALONE, m, lead):
        if spans.free(x.start("r"), x.end("r")):
            lo, hi = _range(x.group("r"))
            spans.take(x.start("r"), x.end("r"))
            ap = x.group("ap")
            kind = "rond" if ap.startswith("rond") else "approx"
            tail = m[x.end() : x.end() + 12]
            if re.match(r"\s*(?:in\s+totaal|totaal|stuks?\b|man\b)", tail) or re.match(
                r"gegroeid|groeit|totaal|in\s+totaal", ap
            ):
                kind = "size"
            ambiguous.append((lo, hi, x.start("r"), kind, x.end()))
    for x in (
        _scan(_P_ISH, m, nums) if "ish" in m or "+" in m or "of zo" in m or "ofzo" in m else ()
    ):
        if spans.free(x.start("r"), x.end("r")):
            lo, hi = _range(x.group("r"))
            spans.take(x.start("r"), x.end("r"))
            ambiguous.append((lo, hi, x.start("r"), "ish", x.end()))
    for x in _scan(_A_BARE, m, nums):
        if not spans.free(x.start(), x.end()):
            continue
        a, b = int(x.group("a")), int(x.group("b"))
        if b <= a or b - a > 10:
            continue
        spans.take(x.start(), x.end())
        ambiguous.append((a, b, x.start(), "bare", x.end()))

    have_size = bool(sizes) or direct is not None
    paren_sizes: list[int] = []
    for lo, hi, pos, kind, _end in ambiguous:
        plus = m[_end - 1 : _end] == "+"
        if (
            kind in {"paren", "ish", "approx"}
            and plus
            and hi == lo
            and (12 <= lo <= 19 or (kind == "paren" and have_size and lo <= 30))
        ):
            age(lo, None, pos)  # "jongeren (16+)", "3 mannen (25+)": that age and older
        elif hi > 30 or (kind in {"paren", "ish"} and m[_end - 1 : _end] == "+"):
            sizes.append(_mid(lo, hi) if hi > lo else lo)
        elif kind == "paren" and lo < 10 and hi < 10:
            paren_sizes.append(_mid(lo, hi))
        elif kind == "age":
            age(lo, hi, pos)
        elif hi > lo:
            if lo >= 10 and hi <= 30:
                age(lo, hi, pos)
            elif kind != "bare" or hi < 10:
                sizes.append(_mid(lo, hi))
        elif lo < 10:
            if kind != "bare":
                sizes.append(lo)
        elif kind in {"rond", "paren"} or (kind in {"approx", "ish"} and have_size):
            age(lo, pair(lo, lo, _end), pos)
        elif (
            kind == "approx"
            and 12 <= lo <= 25
            and _PEOPLE_BEFORE.search(m, max(0, pos - 32), pos)
            and not _COUNTED_AFTER.match(m, _end)
        ):
            age(lo, lo, pos)  # "jongens (ong 17)", "allen ong 19": an age, not a count
        elif kind in {"size", "approx", "ish"}:
            sizes.append(lo)
            have_size = True

    if not ages and lexical:
        ages.extend(lexical)
    if direct is None and len(paren_sizes) >= 2:
        direct = sum(paren_sizes)
    if direct is None:
        # "3 meiden en 4 jongens (13-15)", "4 tegen 3": two parts of one group (or of one
        # fight) are added up.
        # every alternative opens with a number or "eentje": try only there
        opens = nums + [x.start() for x in _EENTJE.finditer(m)] if "eentje" in m else nums
        both = next((x for x in _scan(_TWO_PARTS, m, sorted(opens))), None)
        if both is not None:
            first = (
                both.group("a")
                or both.group("c")
                or both.group("e")
                or both.group("g")
                or both.group("i")
            )
            second = both.group("b") or both.group("d") or both.group("f") or both.group("j")
            direct = _range(first)[0] + (_range(second)[0] if second else 1)
            if not total:
                # "2 jongens en 2 meiden ..., de rest (4) filmt": on top of both parts
                direct += sum(n for _, n in rests)
    if not total and direct is None:
        additive.extend(rests)
    size = _decide_size(m, direct, sizes + paren_sizes, additive, vehicles, subject)
    age_min, age_max = _decide_ages(ages)
    return Counts(size, age_min, age_max)


# One part of a group: "4 jongens", "vier jongere meiden", "drie zestienjarigen".
_PART = rf"(?:{N}\s*-?\s*jarigen|(?:{ADJ})(?:meiden|meisjes|jongens|jongeren|gasten|mannen))"
_EENTJE = re.compile(r"\beentje\b")
_TWO_PARTS = re.compile(
    rf"(?P<a>{N})\s+{_PART}(?:\s*\([^)]*\))?(?:\s+en)?\s+"
    rf"(?P<b>{N})\s+{_PART}\b"
    rf"|(?<!lijn\s)(?P<c>{N})\s+tegen\s+(?P<d>{N})(?!\s*(?:jr|jaar|uur|u\b|[.:]\d))"
    # "2 jongens van 16 en een meisje van 15": one more
    rf"|(?P<g>{N})\s+{_PART}(?:\s+van\s+\d{{1,2}})?\s+en\s+(?P<h>een)\s+(?:ander\s+)?"
    rf"(?:meisje|jongen|meid|knul)\b(?!\s+(?:die|dat)\s+(?:werd|is|was))"
    # "2 groepjes, eentje van 5 en eentje van 3"
    rf"|\beentje\s+van\s+(?P<i>{N})\s+en\s+(?:eentje|een\s+andere?|de\s+andere)\s+van\s+(?P<j>{N})"
    # "7 aan de ene en 5 aan de andere kant"
    rf"|(?P<e>{N})\s+aan\s+de\s+ene\s+(?:kant\s+)?en\s+(?P<f>{N})\s+aan\s+de\s+andere\b"
)
# People right before an approximate number ("jongens (ong 17)", "daders 4, ong 20"), and
# a counted noun right after it ("ong 15 jongeren" is a count).
_PEOPLE_BEFORE = re.compile(
    r"(?:jongens|jongeren|meiden|meisjes|gasten|daders|allen|allemaal|kinderen|jochies|mannen|"
    r"leerlingen|pubers|tieners|knullen)\b(?:[^.!?\n]|(?<=ong)\.|(?<=ca)\.){0,20}$"
)
_COUNTED_AFTER = re.compile(
    r"[\s)!]*(?:jongens|jongeren|meiden|meisjes|gasten|man\b|personen|kinderen|stuks|leden|"
    r"mensen|jochies|pubers|tieners)"
)
# The second of two ages in a row: ", 15" or " zeventien", not a count ("14, 15 jongens").
_AGE_PAIR_TAIL = re.compile(
    rf"(?:\s*,\s*|\s+)(?P<b>\d{{1,2}}|\b(?:{_W})\b)(?![\w.:,]\d|\s*-?\s*(?:{ADJ}{PN}|{_VEHICLES})\b)"
)
_AT_MOST_WORD = re.compile(rf"{_AT_MOST_WORDS}\s+$")
_AND_OLDER = re.compile(r"\s*(?:en|of)\s+ouder\b")
_MORE_GATE = re.compile(r"\bmet\s+nog\b|\bsamen\s+met\b")
_MET_GATE = re.compile(r"\bmet\s+(?:z|hun\b)")
_COMPANIONS = frozenset(
    {
        "anderen",
        "andere",
        "vrienden",
        "vriendinnen",
        "vriendjes",
        "vriendinnetjes",
        "maatjes",
        "maten",
        "matties",
        "mattie",
    }
)
_VEHICLE_HINT = re.compile(r"scooter|brommer|fat\s?bike|snorfiets|motor|bike|quad")
_UNIT_HINT = re.compile(r"jr|jaar|jarig")
_CUE_HINT = re.compile(r"dader|leeftijd|age|schat|allemaal|beide|rond\s+de|tussen\s+de|lft")
# "een jongen", "een vijftienjarige met een groep van 6 anderen": one person, then more.
_ONE_PERSON = re.compile(r"\been\s+(?:\w+\s+)?(?:jongen|meisje|knul|jongeman|jochie|jarige)\b")
_SINGLE_HINT = re.compile(r"jongen\b|jongere\b|jongeman|meisje\b|knul|jochie|meid\b|tiener\b")


def _met_num(w: str) -> int:
    return _num(w[:-2]) if w.endswith("en") and w[:-2].isdigit() else _num(w)


def _counts_without_numbers(m: str) -> Counts:
    """No digits or number words: only "met z'n vieren"-less cases remain."""
    lexical = _lexical_ages(m)
    size = _decide_size(m, None, [], [], [])
    if lexical:
        return Counts(size, lexical[0][0], lexical[0][1])
    return Counts(size, None, None)


def _decide_size(
    m: str,
    direct: int | None,
    sizes: list[int],
    additive: list[tuple[int, int]],
    vehicles: list[int],
    subject: bool = False,
) -> int | None:
    if direct is not None:
        return direct
    single = _P_SINGLE.search(m) if _SINGLE_HINT.search(m) else None
    if additive:
        pos = additive[0][0]
        person = (
            subject or single or "[naam]" in m[:pos] or _ONE_PERSON.search(m, 0, pos) is not None
        )
        base = max(sizes) if sizes else (1 if person else 0)
        return base + sum(extra for _, extra in additive)
    if sizes:
        return max(sizes)
    if vehicles:
        return max(vehicles)
    names = _P_NAMES.search(m)
    if names:
        return names.group().count("[naam]")
    duo = _P_DUO.search(m) if "duo" in m or "trio" in m else None
    if duo is not None:
        return 3 if duo.group("trio") else 2
    if single and (single.group("who2") or single.group("who")) and not _starts_with_een(single):
        return 1
    return None


def _starts_with_een(match: re.Match[str]) -> bool:
    who = match.start("who") if match.group("who") else match.start("who2")
    return match.string[max(0, who - 4) : who] == "een "


def _decide_ages(ages: list[tuple[int | None, int | None]]) -> tuple[int | None, int | None]:
    """The youngest lower end and the oldest upper end; one-sided when only that is known
    ("jongste zeker 12" is 12 and up, "minderjarig" is up to 17)."""
    los = [a for a, _ in ages if a is not None]
    his = [b for _, b in ages if b is not None]
    if not los:
        return None, (max(his) if his else None)
    lo = min(los)
    if not his:
        return lo, None
    return lo, max(his)
