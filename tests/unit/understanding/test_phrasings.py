"""Whole families of street-Dutch phrasings, per field: the general causes behind the
second blind set's failures, each with new invented examples (none copied from a blind set).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from nlp.understanding import KnownPlace, SignalParser
from nlp.understanding.behaviour import BehaviourMatcher
from nlp.understanding.counts import extract_counts
from nlp.understanding.text import fold
from nlp.understanding.when import resolve_event_time
from tests.unit.understanding.conftest import NOW

MATCHER = BehaviourMatcher()
TZ = ZoneInfo("Europe/Amsterdam")


def cats(text: str) -> set[str]:
    return set(MATCHER.categories(fold(text)))


# Each category's family of words, slang and word orders.
FAMILIES = [
    # vechtpartij
    ("twee jongens gingen met elkaar op de vuist achter de sporthal", {"vechtpartij"}),
    ("er vielen rake klappen bij de snackbar", {"vechtpartij"}),
    ("jongen neergeslagen bij de fietsenstalling", {"vechtpartij"}),
    ("een bezorger is afgetuigd door vier gasten", {"vechtpartij"}),
    ("grote fight op het schoolplein na de les", {"vechtpartij"}),
    ("hij kreeg een kopstoot en een bloedneus", {"vechtpartij"}),
    ("twee meiden trokken elkaar aan de haren", {"vechtpartij"}),
    ("steekincident bij de pont, 1 gewonde", {"vechtpartij", "wapen"}),
    ("oproep op snap: 'zaterdag Noord tegen Zuid bij de kade'", {"oproep_online", "vechtpartij"}),
    # intimidatie
    ("ze scholden de buschauffeur uit", {"intimidatie"}),
    ("ze vielen een meisje lastig bij de ingang", {"intimidatie"}),
    ("jochies die een oudere man vernederen en nadoen", {"intimidatie"}),
    ("ze lieten een mes zien aan de kassière", {"intimidatie", "wapen"}),
    ("liepen met een knuppel te zwaaien langs de terrassen", {"intimidatie", "wapen"}),
    ("riepen scheldwoorden naar voorbijgangers", {"intimidatie"}),
    ("ze vroegen steeds om geld bij de pinautomaat", {"intimidatie"}),
    ("met een nepwapen de bezorgers laten schrikken", {"intimidatie", "wapen"}),
    ("gooien eieren naar de fietsers", {"intimidatie"}),
    ("bespugen het personeel", {"intimidatie"}),
    # diefstal
    ("ze roven telefoons van scholieren", {"diefstal"}),
    ("tas uit haar hand gegrist bij de halte", {"diefstal", "intimidatie"}),
    ("twee jongens pakken energydrank en rennen ermee weg", {"diefstal"}),
    ("ze trekken aan deurklinken van geparkeerde auto's", {"diefstal"}),
    ("straatroof bij de geldautomaat", {"diefstal"}),
    ("ze hebben zijn portemonnee meegenomen", {"diefstal"}),
    ("fietsendieven actief bij het station", {"diefstal"}),
    ("groep wilde de kassa van de snackbar", {"diefstal", "intimidatie"}),
    # drugs
    ("vape met thc doorgegeven in de pauze", {"drugs"}),
    ("ze zaten een blowtje te roken bij het water", {"drugs"}),
    ("jonko's roken onder de brug", {"drugs"}),
    # verkeer
    ("auto's driften op de parkeerplaats van de bouwmarkt", {"verkeer"}),
    ("brommers crossen door de duinen", {"verkeer"}),
    ("met 80 km/u door de woonwijk op een scooter", {"verkeer"}),
    ("fatbikes door het winkelgebied, een kind bijna geraakt", {"verkeer"}),
    ("scooters blokkeren de rotonde en toeteren", {"verkeer", "geluidsoverlast"}),
    ("opgevoerde snorfietsen bij de school", {"verkeer"}),
    # oproep_online
    ("telegramkanaal met een bestelmenu voor wiet", {"oproep_online", "drugs"}),
    ("ze deden een livestream van het gevecht", {"oproep_online", "vechtpartij"}),
    # vandalisme
    ("etalageruit gesneuveld bij de juwelier", {"vandalisme"}),
    ("ze trapten tegen de deur van de buurtsuper", {"vandalisme"}),
    ("fietsen tegen de auto's aan geduwd", {"vandalisme"}),
    ("met stenen op lantaarnpalen schieten", {"vandalisme"}),
    ("leuzen op de muur gekalkt", {"vandalisme"}),
    ("een paaltje uit de grond getrokken", {"vandalisme"}),
    # brandstichting, vuurwerk, alcohol, geluidsoverlast, overlast
    ("ze hebben een vuur gestookt in het bos", {"brandstichting"}),
    ("knalvuurwerk en bengaals vuur bij de kerk", {"vuurwerk"}),
    ("lege flessen smirnoff op het bankje", {"alcohol", "overlast"}),
    ("knetterende brommers tot diep in de nacht", {"geluidsoverlast"}),
    ("ballonnen op straat gegooid bij de speeltuin", {"lachgas", "overlast"}),
    ("blokkeren de ingang van de bibliotheek", {"overlast"}),
    # overig: recruitment
    ("oudere jongens ronselen brugklassers bij de school", {"overig"}),
    ("iemand biedt jongens 'werk' aan voor 300 euro per dag", {"overig"}),
    # Third round: paraphrase families behind the third blind set's misses (new wording).
    ("een jongen ving een klap bij de frietkraam", {"vechtpartij"}),
    ("gisteren is er afgerekend met een jongen uit Noord", {"vechtpartij"}),
    ("klein opstootje bij de ingang van de disco", {"vechtpartij"}),
    ("ze trapten een scholier toen hij op de grond lag", {"vechtpartij"}),
    ("ze omringden een meisje op het perron", {"intimidatie"}),
    ("twee jongens op een brommer rijden achter meiden aan", {"intimidatie", "verkeer"}),
    ("ze sisten naar vrouwen die langs liepen", {"intimidatie"}),
    ("roepen de hele tijd dingen naar het winkelpersoneel", {"intimidatie"}),
    ("hij liet de hond los op de kinderen in de speeltuin", {"intimidatie"}),
    ("fietsers werden van het fietspad gedrukt door de groep", {"intimidatie"}),
    ("jongen met een zakmes, hij liet het zien aan de caissière", {"intimidatie", "wapen"}),
    ("vroegen aan de bezorger waar hij woont", {"intimidatie"}),
    ("make-up in de rugzak gestopt en weggelopen", {"diefstal"}),
    ("ze pakken telkens sigaretten achter de balie", {"diefstal"}),
    ("hebben een jongen zijn jack uitgetrokken", {"diefstal"}),
    ("kluisjes in de sporthal opengebroken", {"diefstal", "vandalisme"}),
    ("een scholier zijn telefoon proberen af te pakken", {"diefstal"}),
    ("prullenbakken aan gort getrapt bij de halte", {"vandalisme"}),
    ("slingers van de lantaarnpalen getrokken", {"vandalisme"}),
    ("ze bonkten met stokken tegen de rolluiken", {"vandalisme", "wapen"}),
    ("deelscooters in de singel gegooid", {"vandalisme"}),
    ("een fles tegen een geparkeerde auto gegooid", {"vandalisme"}),
    ("er brandt een container achter de flat", {"brandstichting"}),
    ("restvuurwerk verzameld en aangestoken", {"vuurwerk", "brandstichting"}),
    ("heel luidruchtig bij het bankje", {"geluidsoverlast"}),
    ("een jongen piest tegen de deur van de kerk", {"overlast"}),
    ("kinderen die aanbellen en wegrennen", {"overlast"}),
    ("stenen van het viaduct op de snelweg gegooid", {"vandalisme", "verkeer"}),
    ("schieten met een katapult op eenden", {"overig", "wapen"}),
    ("naaktfoto's van een meisje doorgestuurd in de groepsapp", {"overig", "oproep_online"}),
    ("zonder kaartje de tram in en de noodrem getrokken", {"overig"}),
    # Fourth round: families behind the fourth blind set's misses (new wording).
    ("ze lachten de buschauffeur keihard uit", {"intimidatie"}),
    ("maakten de kassière uit voor van alles", {"intimidatie"}),
    ("vragen voorbijgangers steeds om sigaretten", {"intimidatie"}),
    ("hij liet aan de portier een stroomstootwapen zien", {"intimidatie", "wapen"}),
    ("een meisje moest haar step afgeven, ze werd gedwongen", {"diefstal", "intimidatie"}),
    ("ze haalden accu's uit de deelfietsen", {"diefstal"}),
    ("fietsen met een slijptol van het slot gehaald", {"diefstal"}),
    ("twee jongens doorzochten de jassen in de kleedkamer", {"diefstal"}),
    ("kreeg een klap op zijn hoofd bij de bushalte", {"vechtpartij"}),
    ("de twee groepen gingen helemaal los op elkaar", {"vechtpartij"}),
    ("oproep in de klassenapp: 'Noord vs Zuid om 4 uur'", {"oproep_online", "vechtpartij"}),
    ("het doel is uit elkaar getrapt en de netten doorgeknipt", {"vandalisme"}),
    ("ze klimmen via de container op het dak van de school", {"overig"}),
    ("jongens springen vanaf de sluis in het kanaal", {"overig"}),
    ("over de poortjes gesprongen zonder in te checken", {"overig"}),
    ("allemaal stomdronken op het bankje", {"alcohol"}),
    ("pilletjes wisselen van eigenaar achter de disco", {"drugs"}),
    ("jongens op crossmotoren door het natuurgebied", {"verkeer"}),
    ("auto met de bass keihard aan op de parkeerplaats", {"geluidsoverlast"}),
    # round 3: paraphrases without the label word
    ("de kliko achter de sporthal stond in lichterlaaie", {"brandstichting", "vandalisme"}),
    ("ze stookten een vuurtje met pallets op het veldje", {"brandstichting"}),
    ("jongen zwaaide met een machete naar de voorbijgangers", {"intimidatie", "wapen"}),
    ("ze sissen de meiden na bij de ingang", {"intimidatie"}),
    ("ze bleven haar volgen tot aan de bushalte", {"intimidatie"}),
    ("twee knullen stoppen parfum in hun jaszakken", {"diefstal"}),
    ("ze liepen met volle tassen langs de zelfscan naar buiten", {"diefstal"}),
    ("ze zitten de hele ingang te blokkeren", {"overlast"}),
    ("de bankjes en het pad worden volledig bezet gehouden", {"overlast"}),
    ("voetgangers moeten er met een boog omheen", {"overlast"}),
    ("de helft was aan het gas, patronen overal", {"lachgas"}),
    ("de bezorger kreeg klappen van drie jongens", {"vechtpartij"}),
    ("iemand trapte het hek van de moestuin krom", {"vandalisme"}),
    ("ze staken bij vier auto's de banden lek", {"vandalisme"}),
    ("kratje grolsch en een fles smirnoff bij de bank", {"alcohol"}),
    ("ze waren al behoorlijk lam om negen uur", {"alcohol"}),
    ("ze wegen zakjes af op een weegschaaltje", {"drugs"}),
    ("er wordt gehandeld vanuit een grijze auto", {"drugs"}),
    ("ze zitten te paffen en het is echt geen tabak", {"drugs"}),
    ("drie jongens lopen over het spoor achter het station", {"overig"}),
    ("ze gooien stenen naar de zwanen", {"overig"}),
    ("om half 12 doffe klappen bij de flat", {"vuurwerk"}),
    ("ze scheuren vol gas weg over de parkeerplaats", {"verkeer"}),
    ("iedereen neemt z'n eigen ding mee zaterdag", {"wapen"}),
]


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_category_families(text: str, expected: set[str]) -> None:
    assert cats(text) == expected


# Words that look like behaviour but are not, here.
NOT_BEHAVIOUR = [
    ("Groep van 5 bij de Vechtstraat, rustig", "vechtpartij"),
    ("Scheldekwartier: 4 jongens op een bankje, geen problemen", "intimidatie"),
    ("rustig op het Muziekplein vanavond", "geluidsoverlast"),
    ("een uurtje bij de Brandweg gestaan, niks gezien", "brandstichting"),
    ("Groep bij de Loosdrechtse Plassen, verder niks", "overlast"),
    ("muziek in het bushokje, verder geen schade", "vandalisme"),
    ("handhaving doet vanavond een extra rondje", "verkeer"),
    ("rond 9 uur zaten ze op auto's te wachten", "verkeer"),
    ("gesprek gehad, ze willen een eigen ruimte", "overig"),
    ("de bal tegen de rolluiken, gewoon voetballen", "vandalisme"),
    ("niemand gewond, wel veel geschreeuw", "vechtpartij"),
    ("0 vechtpartijen deze week", "vechtpartij"),
    ("No one hurt, gewoon lawaai", "vechtpartij"),
    ("koevoet gebruikt bij de inbraak in de schuur", "wapen"),
    ("jongens op scooters knallen met hun uitlaat", "vuurwerk"),
    ("De Kleine Drift: klacht over hangjongeren", "verkeer"),
    ("de meiden vechten bijna maar lopen dan weg", "vechtpartij"),
    ("ze steken een sigaret aan bij de halte", "wapen"),
    ("schoppen een balletje tegen de muur", "vechtpartij"),
    ("afvalbak vol, verder schoon", "overlast"),
    ("leerlingen van het Vechtdal College zaten in de snackbar", "vechtpartij"),
    ("ze steken de knallers af achter de flat", "wapen"),
    ("ze zaten ruzie te maken en sloegen op elkaar in", "vandalisme"),
    ("gooien blikjes naar elkaar bij de kade", "overlast"),
    ("er gaat een fles rond en verder is het rustig", "oproep_online"),
    ("ze knallen drill uit een speaker", "vuurwerk"),
    ("ze gingen helemaal los op de muziek", "vechtpartij"),
    ("twee jongens lopen een stuk om af te steken", "wapen"),
    ("we blijven het volgen", "intimidatie"),
    ("bij het Amstelstation stond een groepje", "alcohol"),
    ("de spaken eruit getrapt bij de fietsenstalling", "vechtpartij"),
]


@pytest.mark.parametrize(("text", "category"), NOT_BEHAVIOUR)
def test_not_behaviour(text: str, category: str) -> None:
    assert category not in cats(text)


SIZES = [
    ("15 + 20 man bij het plein", 35),
    ("2 groepen, ~8 each, bij de kade", 16),
    ("(dozijn ofzo, 15-16) bij de Jumbo", 12),
    ("crew van ~6 matties bij de skatebaan", 6),
    ("een zestienjarige met een groep van 4 anderen", 5),
    ("een tiental veertienjarigen bij de jop", 10),
    ("3 jongens op een scooter met een vierde achterop", 4),
    ("buit ~€60, 3 meiden bij de Kruidvat", 3),
    ("twee meiden en drie jongens (14-15) bij de halte", 5),
]


@pytest.mark.parametrize(("text", "size"), SIZES)
def test_group_size_phrasings(text: str, size: int) -> None:
    assert extract_counts(fold(text)).group_size == size


AGES = [
    ("6 jochies, allemaal onder de 15", (None, 14)),
    ("Brutaal, onder de 13.", (None, 12)),
    ("niemand boven de 15, groep van 7", (None, 15)),
    ("de meiden zijn nog geen 13", (None, 12)),
    ("een man of 9, allemaal 17+", (17, None)),
    ("4 jongens (±16) bij de kiosk", (16, 16)),
    ("meiden uit de derde (ong. 15) rookten", (15, 15)),
    ("leeftijd grofweg 14 tot 17", (14, 17)),
    ("leeftijd ruwweg twaalf tot veertien", (12, 14)),
    ("vooral 15- en 16-jarigen in de groep", (15, 16)),
    ("ik gok een jaar of veertien vijftien", (14, 15)),
    ("oproep door meiden van rond de 14: kom allemaal", (14, 14)),
    ("7 jongens tussen 14 en 16 jaar", (14, 16)),
    ("leeftijd tussen de veertien en zeventien", (14, 17)),
    ("een tiental dertienjarigen", (13, 13)),
    ("een jongen van 15 met een groep eromheen", (15, 15)),
    ("groepje kinderen van hooguit 11", (None, 11)),
    ("leeftijd onder de 15, schat 13-14", (13, 14)),
    ("Hij is 15. Ik heb het doorgegeven.", (15, 15)),
    ("twee zusjes (12 en 14!) bij de speeltuin", (12, 14)),
    ("4 mannen (30+) in een busje", (30, None)),
    ("allemaal van die kleine kids 11 12 jaar", (11, 12)),
    ("Slachtoffer 13, daders ouder, 16-17.", (16, 17)),
    ("Age ~17, 5 guys", (17, 17)),
    ("een meisje van 15 uit de groep gaat mee met een man van rond de 35", (15, 15)),
    ("4 jongens, ong 16. 22.40.", (16, 16)),
    ("meiden (ong 14) bij de kassa", (14, 14)),
    ("daar zaten ze weer, allen ong 18", (18, 18)),
]


@pytest.mark.parametrize(("text", "ages"), AGES)
def test_age_phrasings(text: str, ages: tuple[int | None, int | None]) -> None:
    c = extract_counts(fold(text))
    assert (c.age_min, c.age_max) == ages


def test_a_victim_of_the_age_is_not_the_group() -> None:
    c = extract_counts(fold("de jongen van 13 die gisteren werd beroofd bij de kade"))
    assert (c.age_min, c.age_max) == (None, None)


# Places without configuration: the town suffix only where the town is the scene's.
PHRASES = [
    ("Almere Haven: 6 jongens bij de haven, rustig", "Almere Haven"),
    ("Heerlen Noord: groep bij de Akerstraat", "Akerstraat, Heerlen"),
    ("Zeist Centrum: 8 jongeren met drank", "Zeist Centrum"),
    ("Gisteren om 22u in Ede Veldhuizen: vuurwerk", "Veldhuizen, Ede"),
    ("Drukte bij de Kruidvat Oss, 10 meiden", "Kruidvat Oss"),
    ("- Waar: Marktplein Hoorn\n- Wanneer: 21u\n- Wie: 8 jongens", "Marktplein, Hoorn"),
    ("Fatbikes! 6 kids op het Stationsplein, bijna aanrijding", "Stationsplein"),
    ("de trein Deventer-Zwolle, ter hoogte van Olst 4 jongens die roken", "Olst"),
    ("Bij de Kanaalstraat 5 jongens. Politie stond klaar in Tiel.", "Kanaalstraat"),
    ("net stapten ze in bij de Bleekstraat, ze bleven tot Gouda zitten", "Bleekstraat"),
    ("groep uit Zuid hangt bij het Koningsplein, niet meer op de Markt", "Koningsplein"),
    ("Groep jongens (7) van de Hofstede in Oss deelt filmpjes op tiktok", "Hofstede, Oss"),
    ("Sneek, Markt: om 23u 10 jongens met speaker", "Markt, Sneek"),
    ("bij de Lidl 'Oost-Zuid' 4 jongens met blikjes", "Lidl Oost-Zuid"),
    ("oproep op insta 'zaterdag 21u Kerkelanden, iedereen komen'", "Kerkelanden"),
    (
        "Groep bij de JOP in Boxtel is verhuisd naar winkelcentrum De Rozemarijn.",
        "Winkelcentrum De Rozemarijn, Boxtel",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_place_phrasings(plain: SignalParser, text: str, expected: str) -> None:
    assert plain.parse(text, now=NOW).location == expected


def test_a_longer_configured_name_wins_over_one_inside_it() -> None:
    parser = SignalParser((KnownPlace("Markt"), KnownPlace("Grote Markt")))
    assert parser.parse("Breda centrum, Grote Markt: 8 jongens", now=NOW).location == "Grote Markt"
    assert parser.parse("op de Markt 5 jongens", now=NOW).location == "Markt"


def resolve(text: str, now: str) -> str:
    ev, _ = resolve_event_time(fold(text), datetime.fromisoformat(now), TZ)
    return ev.isoformat(timespec="seconds")


TIMES = [
    # "X geleden" counts absolute time across a DST change.
    ("twee uur geleden vuurwerk", "2025-03-30T04:00:00+02:00", "2025-03-30T01:00:00+01:00"),
    ("een uur geleden ruzie", "2025-10-26T02:30:00+01:00", "2025-10-26T02:30:00+02:00"),
    # A part of the day as an adverb sets the twelve-hour reading of a clock time.
    ("'s avonds rond 9 uur 6 jongens", "2025-06-14T23:00:00+02:00", "2025-06-14T21:00:00+02:00"),
    ("om 4 uur 's middags bij de jop", "2025-06-14T18:00:00+02:00", "2025-06-14T16:00:00+02:00"),
    # "vorige week dinsdag" is last week's, not this week's.
    ("vorige week dinsdag om 20u", "2025-06-12T10:00:00+02:00", "2025-06-03T20:00:00+02:00"),
    (
        "Na middernacht (00.40) nog 5 jongens",
        "2025-06-15T01:00:00+02:00",
        "2025-06-15T00:40:00+02:00",
    ),
]


@pytest.mark.parametrize(("text", "now", "expected"), TIMES)
def test_time_phrasings(text: str, now: str, expected: str) -> None:
    assert resolve(text, now) == expected
