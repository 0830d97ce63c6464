"""Place extraction: configured places, phrases from the text, context versus event."""

from __future__ import annotations

import pytest

from nlp.understanding import KnownPlace, SignalParser
from tests.unit.understanding.conftest import NOW

# (text, expected location) with the configured places.
CONFIGURED = [
    ("groepje v 8 bij jop wilhelminapark, blowen", "JOP Wilhelminapark"),
    ("Groep bij de JOP Wilhelminapak, harde muziek", "JOP Wilhelminapark"),  # typo
    ("zuidplein: 10 jongens bij de ingang", "Winkelcentrum Zuidplein"),
    ("WC Zuidplein 17.30: meiden spugen", "Winkelcentrum Zuidplein"),
    ("Westzijde bij de AH: groep 5-6 jongens", "Albert Heijn Westzijde"),
    ("Westzijde: rustig vandaag", "Westzijde"),
    ("Beurs: 2 groepjes op de vuist", "Metrostation Beurs"),
    ("gisteren in Alkmaar bij de Kanaalkade 7 jongens", "Kanaalkade, Alkmaar"),
    ("kwamen van het Stadhuisplein en zitten nu bij de Valkenberg", "Valkenberg"),
    ("De groep bij de Valkenberg? nee sorry, bij het Stadhuisplein.", "Stadhuisplein"),
    ("bij station Zaandam 15 jongeren", "Station Zaandam"),
]


@pytest.mark.parametrize(("text", "expected"), CONFIGURED)
def test_configured_place_is_found(configured: SignalParser, text: str, expected: str) -> None:
    parsed = configured.parse(text, now=NOW)
    assert parsed.location == expected
    assert parsed.location_known


def test_a_town_alone_does_not_match_a_station_of_that_town(configured: SignalParser) -> None:
    parsed = configured.parse("Zaandam: rustig, niks aan de hand", now=NOW)
    assert parsed.location != "Station Zaandam"


# (text, expected phrase) without configuration.
PHRASES = [
    ("bij de Jumbo aan de Dorpsstraat 6 jongens", "Jumbo Dorpsstraat"),
    ("metrostation Kraaiennest: 8 jongeren met ballonnen", "Metrostation Kraaiennest"),
    ("groep bij de JOP in het Reigersbos, lachgas", "JOP Reigersbos"),
    ("Purmerend station 23u: 3 jongens", "Station Purmerend"),
    ("het Hoogvliet-winkelcentrum weer onrustig", "Winkelcentrum Hoogvliet"),
    ("kwamen van het station, nu bij de Kruisstraat", "Kruisstraat"),
    ("weggegaan richting Erasmuspark, zaten bij de Bloemstraat", "Bloemstraat"),
    ("Hilversum Kerkbrink: groep van 10", "Kerkbrink, Hilversum"),
    ("de groep is nu verhuisd naar het Rembrandtpark", "Rembrandtpark"),
    ("Duindorp 23.15: brandje in de container bij de Dr. Lelykade", "Dr. Lelykade"),
    ("Schilderswijk, Hobbemaplein 21.00u: groep van ca. 20", "Hobbemaplein"),
    ("jongens van het Van Limburg Stirumplein weer", "Van Limburg Stirumplein"),
    ("22.45 Rembrandtplein: 2 groepen", "Rembrandtplein"),
    ("stratumseind: groep v 12 jongens", "Stratumseind"),
    ("bij de kruisstraat 5 gasten", "Kruisstraat"),
    # A nationality word describes people, not a place; a shop after it is a place.
    ("[naam] (Oekraïense jongen, 16) met de groep in Drachten", "Drachten"),
    ("Marokkaanse jongens bij het Stationsplein", "Stationsplein"),
    ("Turkse Bakkerij Ada: groep van 4", "Turkse Bakkerij Ada"),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_place_phrase_from_text(plain: SignalParser, text: str, expected: str) -> None:
    parsed = plain.parse(text, now=NOW)
    assert parsed.location == expected
    assert not parsed.location_known


NO_PLACE = [
    "Geen bijzonderheden vandaag.",
    "[naam] belde, tel [telefoon], wil contact.",
    "Vervolgens oproep om te vechten, veel reacties.",
]


@pytest.mark.parametrize("text", NO_PLACE)
def test_no_place(plain: SignalParser, text: str) -> None:
    assert plain.parse(text, now=NOW).location is None


def test_an_address_loses_to_the_hotspot(plain: SignalParser) -> None:
    text = "bewoner van de Lindelaan 12 klaagt over de groep bij het Marktplein"
    assert plain.parse(text, now=NOW).location == "Marktplein"


def test_span_points_into_the_original_text(plain: SignalParser) -> None:
    text = "Chasséveld: groep van 6 jongens"
    parsed = plain.parse(text, now=NOW)
    assert parsed.location_span is not None
    start, end = parsed.location_span
    assert text[start:end] == "Chasséveld"


# Place phrases found by the blind evaluation: general rules, invented examples.
STREET_PHRASES = [
    # A capitalised generic word after an article, mid-sentence, is a name.
    ("vanavond vechtpartij op de Markt, 2 groepen", "Markt"),
    ("jongens met vuurwerk in het Stadspark", "Stadspark"),
    ("groep van 8 op het Stationsplein", "Stationsplein"),
    # ... but "de JOP" stays the type word of the place next to it.
    ("groepje bij de JOP in het Vondelpark", "JOP Vondelpark"),
    # Names with their article; street names leave the article out.
    ("meiden bij buurthuis De Zonnebloem, schelden", "De Zonnebloem"),
    ("vernielingen bij sporthal De Wielewaal", "De Wielewaal"),
    ("jongens op de Dorpsstraat", "Dorpsstraat"),
    # A hyphenated compass part belongs to the street.
    ("scooters racen over de Parallelweg-Zuid", "Parallelweg-Zuid"),
    # An event name is no part of the place.
    ("Koningsnacht Museumplein: 30 jongeren met drank", "Museumplein"),
    # Chains with parking lots.
    ("lachgas op de parkeerplaats van de Gamma", "Gamma"),
    # After an article a type word is a common noun: "de bushalte beklad".
    ("Jongens hebben de bushalte beklad bij de Dorpsstraat", "Dorpsstraat"),
    # A count after a street ("20+ jongeren") is no house number.
    ("op de Stationsweg 20+ jongeren met vuurwerk", "Stationsweg"),
]


@pytest.mark.parametrize(("text", "expected"), STREET_PHRASES)
def test_street_place_phrase(plain: SignalParser, text: str, expected: str) -> None:
    assert plain.parse(text, now=NOW).location == expected


def test_of_two_configured_names_the_longer_mention_wins() -> None:
    parser = SignalParser([KnownPlace("Station Almere"), KnownPlace("Station Almere Buiten")])
    parsed = parser.parse("brandje bij station Almere Buiten, 2 jongens", now=NOW)
    assert parsed.location == "Station Almere Buiten"


def test_a_configured_name_with_its_article_matches_without_it() -> None:
    parser = SignalParser([KnownPlace("De Hoeksteen")])
    parsed = parser.parse("groep bij de hoeksteen, harde muziek", now=NOW)
    assert parsed.location == "De Hoeksteen"
    assert parsed.location_known


# A place named only by a common noun, with or without a relational phrase: the phrase
# from the noun on, the noun capitalised ("jop" spelled "JOP"), the rest as written.
GENERIC = [
    (
        "Groep van 6 bij de JOP achter de sporthal, voetballen tegen de gevel",
        "JOP achter de sporthal",
    ),
    ("groep bij de sporthal, harde muziek", "Sporthal"),
    ("6 jongens op het trapveldje achter de flat", "Trapveldje achter de flat"),
    ("bij het bankje naast de speeltuin jongens met lachgas", "Bankje naast de speeltuin"),
    ("bij de JOP weer 8 jongens", "JOP"),
    ("groep bij jop, blowen", "JOP"),
    ("jongens bij de skatebaan bij het zwembad", "Skatebaan bij het zwembad"),
    ("Op het plein voor de moskee 15 jongeren", "Plein voor de moskee"),
    ("groep bij t veldje achter de flats", "Veldje achter de flats"),
    ("jongens achter de oude flat met vuurwerk", "Oude flat"),
    ("weer bij die bankjes naast het speeltuintje, blikjes bier", "Bankjes naast het speeltuintje"),
    ("lachgas op de parkeerplaats van de sporthal", "Parkeerplaats van de sporthal"),
    ("BIJ DE JOP ACHTER DE SPORTHAL 10 GASTEN", "JOP achter de sporthal"),
    ("Sporthal: 8 jongens met lachgas", "Sporthal"),
    ("iedereen naar het trapveldje om 8 uur, oproep op insta", "Trapveldje"),
    # Context places lose to the scene, named or not.
    ("kwamen van het station, stonden bij de JOP", "JOP"),
    ("kwamen van de Kruisstraat, nu bij de sporthal", "Sporthal"),
    ("niet meer op het Mosveld maar bij de sporthal", "Sporthal"),
    ("ze kwamen uit Kerkelanden en hingen bij de JOP", "JOP"),
    ("gezien bij de halte, toen naar de Jumbo", "Halte"),
    ("bij de Kruisstraat, nee sorry bij de sporthal", "Sporthal"),
]


@pytest.mark.parametrize(("text", "expected"), GENERIC)
def test_generic_place_phrase(plain: SignalParser, text: str, expected: str) -> None:
    parsed = plain.parse(text, now=NOW)
    assert parsed.location == expected
    assert not parsed.location_known


# A named place of the scene wins over a generic one; a generic one that is context is
# no place.
GENERIC_LOSES = [
    ("kwamen van de sporthal, stonden bij de JOP Wilhelminapark", "JOP Wilhelminapark"),
    ("bij de Jumbo aan de Dorpsstraat 6 jongens", "Jumbo Dorpsstraat"),
    ("bij de sporthal in de Kerkstraat 5 jongens", "Kerkstraat"),
    ("groep hangt rond bij de bushalte tegenover de Lidl", "Lidl"),
    ("Westzijde: groep bij de sporthal", "Westzijde"),
    ("jongerenwerk Delft: groep bij de sporthal", "Delft"),
    ("vernielingen bij sporthal De Wielewaal", "De Wielewaal"),
    ("Jumbo weer onrustig, groep bij het bankje", "Jumbo"),
    ("groepje bij de bushalte van de Kerkstraat, schelden", "Kerkstraat"),
    ("bij de flat naast de Jumbo groep van 10", "Jumbo"),
    ("jongeren die niet luisteren op het Stationsplein, ook bij de bushalte", "Stationsplein"),
    ("kwamen van het station", None),
    ("liepen richting het station", None),
    ("jongens hangen rond op school", None),
]


@pytest.mark.parametrize(("text", "expected"), GENERIC_LOSES)
def test_generic_place_loses(plain: SignalParser, text: str, expected: str | None) -> None:
    assert plain.parse(text, now=NOW).location == expected


def test_generic_place_loses_to_a_configured_one(configured: SignalParser) -> None:
    text = "kwamen van de sporthal, stonden bij de JOP Wilhelminapark"
    parsed = configured.parse(text, now=NOW)
    assert parsed.location == "JOP Wilhelminapark"
    assert parsed.location_known
    parsed = configured.parse("bij de JOP achter de sporthal, 6 jongens", now=NOW)
    assert parsed.location == "JOP achter de sporthal"
    assert not parsed.location_known


def test_generic_place_span_covers_the_phrase(plain: SignalParser) -> None:
    text = "Groep van 6 bij de JOP achter de sporthal, voetballen"
    parsed = plain.parse(text, now=NOW)
    assert parsed.location_phrase == "JOP achter de sporthal"


def test_a_negated_generic_place_is_no_place(plain: SignalParser) -> None:
    # "may still name a place": today it does not, which is fine too.
    assert plain.parse("geen groep bij de sporthal gezien", now=NOW).location in {None, "Sporthal"}


# A part of a place ("de ramen van", "het fietsenhok van") or its staff puts the scene at
# that place; a town after "in" or a street after "aan de" only says which one it is.
OWNED_AND_QUALIFIED = [
    ("stenen tegen de ramen van de Snackbar Smulpaap in Tiel", "Snackbar Smulpaap, Tiel"),
    (
        "bij het fietsenhok van het Zeldenrust College in Terneuzen, 3 jongens",
        "Zeldenrust College, Terneuzen",
    ),
    ("over het trottoir van de Lange Nieuwstraat in Utrecht, fatbikes", "Lange Nieuwstraat"),
    ("Kassajongens van de Plus in Epe worden uitgescholden", "Plus, Epe"),
    ("zonder te betalen de Jumbo in Woerden uit", "Jumbo, Woerden"),
    ("5 jongens voor de Lidl aan de Zuidsingel in Hattem", "Lidl Zuidsingel, Hattem"),
    # ... but where the group came from stays context, with its town.
    ("kwamen van de Jumbo in Woerden, nu bij de Kerkgracht", "Kerkgracht"),
    # A house number makes it a home, not a hotspot.
    ("Schilderswijk: jongens in de portiek van Meerkoetstraat 8", "Schilderswijk"),
]


@pytest.mark.parametrize(("text", "expected"), OWNED_AND_QUALIFIED)
def test_owned_and_qualified_places(plain: SignalParser, text: str, expected: str) -> None:
    assert plain.parse(text, now=NOW).location == expected


# A landmark's bare name, or a bare type noun in the message, gives the place its type.
TYPED_BY_CONTEXT = [
    ("Hesseplaats: 6 meiden bij de ingang, schelden", "Winkelcentrum Hesseplaats"),
    ("vanavond bij Kralingse Zoom 4 jongens met een speaker", "Metrostation Kralingse Zoom"),
    ("Moerwijk: jongens met klappers bij het winkelcentrum", "Winkelcentrum Moerwijk"),
    ("Leiden, Merenwijk: 5 jongens bij het winkelcentrum", "Winkelcentrum Merenwijk, Leiden"),
    ("Zutphen: bij het station groep van 10", "Station Zutphen"),
    # a town has many shopping centres: no name for one of them
    ("Gouda: bij het winkelcentrum groep van 10", "Gouda"),
    # where they came from is no place of the scene
    ("Moerwijk: 5 jongens, kwamen van het winkelcentrum", "Moerwijk"),
]


@pytest.mark.parametrize(("text", "expected"), TYPED_BY_CONTEXT)
def test_place_typed_by_context(plain: SignalParser, text: str, expected: str) -> None:
    assert plain.parse(text, now=NOW).location == expected


OTHER_SCENES = [
    # the river is where things are thrown, the heading is the scene
    ("Culemborg: jongens gooien fietsen in de Lek vanaf de dijk", "Culemborg"),
    # a named place inside the town's own name is still in that town
    ("jongerenwerk Breda: groep bij Hof van Breda rustig", "Hof van Breda, Breda"),
    # of two equal mentions, the one that is not context
    (
        'buurtapp Kattenbroek: iemand zet foto van de jongens online, oa "Tarik van de Jumbo"',
        "Kattenbroek",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_SCENES)
def test_other_scenes(plain: SignalParser, text: str, expected: str) -> None:
    assert plain.parse(text, now=NOW).location == expected


# Raw text (the CLI reads it before any gate): a person's name is never the place.
PERSON_NOT_PLACE = [
    ("rustig in Kattenbroek, Volgens de buurt is de aanvoerder Y. Korkmaz.", "Kattenbroek"),
    ("gaat om de groep in Holtenbroek, haar broer Tarik zit er vaak bij", "Holtenbroek"),
    ("de Vries van de Kruidvat zegt dat het rustig is", "Kruidvat"),
    ("Misschien kan iemand kijken bij de Zuidsingel?", "Zuidsingel"),
]


@pytest.mark.parametrize(("text", "expected"), PERSON_NOT_PLACE)
def test_a_person_is_not_the_place(plain: SignalParser, text: str, expected: str) -> None:
    assert plain.parse(text, now=NOW).location == expected


def test_a_configured_town_does_not_outrank_the_place_it_qualifies() -> None:
    parser = SignalParser([KnownPlace(name="Terneuzen"), KnownPlace(name="Zeldenrust College")])
    parsed = parser.parse("gedoe bij de ingang van het Zeldenrust College in Terneuzen", now=NOW)
    assert parsed.location == "Zeldenrust College"


# A place typed in lowercase that opens the message, without a place preposition.
OPENING = [
    ("tollebeek bij de haven 6 jongens met bier", "Tollebeek"),
    ("kanaleneiland: groepje van 5 bij de flat", "Kanaleneiland"),
    ("update lombardijen (rdam): rustig vanavond", "Lombardijen"),
    ("wolderwijk bij de speeltuin 6 jongens met een speaker", "Wolderwijk"),
]


@pytest.mark.parametrize(("text", "expected"), OPENING)
def test_lowercase_opening_place(plain: SignalParser, text: str, expected: str) -> None:
    assert plain.parse(text, now=NOW).location == expected


def test_an_ordinary_opening_word_is_no_place(plain: SignalParser) -> None:
    assert plain.parse("check bij de jop, rustig", now=NOW).location == "JOP"


# A lowercase message: an ordinary word after "op/in/bij" is no place of its own when the
# message names one; alone it is still reported as a spot.
ORDINARY_WORDS = [
    ("lewenborg: 4 jongens gooien stenen op de ramen van het buurthuis", "Lewenborg"),
    ("overvecht: rotje afgestoken in het trappenhuis van de flat, 3 jochies", "Overvecht"),
    ("hoograven 21.15: jongens op brommers rijden in op fietsers", "Hoograven"),
    ("stadshagen 22u, graffiti op de muren bij de skatebaan", "Stadshagen"),
    ("6 jongens met drank op het vrijthof", "Vrijthof"),
]


@pytest.mark.parametrize(("text", "expected"), ORDINARY_WORDS)
def test_an_ordinary_lowercase_word_yields_to_the_place(
    plain: SignalParser, text: str, expected: str
) -> None:
    assert plain.parse(text, now=NOW).location == expected


# Towns and districts with a hyphen are one name, in any case.
HYPHENATED = [
    ("Nieuw-Lekkerland: 5 jongens met vuurwerk bij de kerk", "Nieuw-Lekkerland"),
    ("vanavond weer een groep van 8 in 's-Gravenzande bij de haven", "'s-Gravenzande"),
    ("om 22.00 ong 10 jongeren op de boulevard in egmond-aan-zee", "Egmond-aan-zee"),
    ("brandje in de afvalbak bij het dorpshuis in nieuw-weerdinge, 3 jochies", "Nieuw-weerdinge"),
    ("Cadzand-Bad: jongens van een jaar of 16 met een speaker op het strand", "Cadzand-Bad"),
]


@pytest.mark.parametrize(("text", "expected"), HYPHENATED)
def test_hyphenated_town_is_one_name(plain: SignalParser, text: str, expected: str) -> None:
    assert plain.parse(text, now=NOW).location == expected


# Towns with particles in their name, and lowercase headings the word list holds but
# running text never uses as words.
TOWN_NAMES_AND_HEADINGS = [
    ("Wijk aan Zee: 7 jongens met een speaker op het strand", "Wijk aan Zee"),
    ("Capelle aan den IJssel, 6 jongens met vuurwerk", "Capelle aan den IJssel"),
    ("Hoek van Holland: groepje van 5 bij de pier", "Hoek van Holland"),
    ("efteling, parkeerplaats: 2 groepen die elkaar uitdagen", "Efteling"),
]


@pytest.mark.parametrize(("text", "expected"), TOWN_NAMES_AND_HEADINGS)
def test_town_names_and_headings(plain: SignalParser, text: str, expected: str) -> None:
    assert plain.parse(text, now=NOW).location == expected
