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
