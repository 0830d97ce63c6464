"""Behaviour categories: lexicon hits, negation, weak terms, the registry."""

from __future__ import annotations

import pytest

from nlp.understanding.behaviour import BehaviourMatcher, first_chars
from nlp.understanding.categories import ALL, BY_NAME, NAMES
from nlp.understanding.text import fold

MATCHER = BehaviourMatcher()

MUST = [
    ("groepje bij de jop, blowen + harde muziek", {"drugs", "geluidsoverlast"}),
    ("ballonnen en tanks lachgas overal", {"lachgas"}),
    ("ruiten ingegooid en bushokje vernield", {"vandalisme"}),
    ("personeel uitgescholden en bedreigd", {"intimidatie"}),
    ("2 groepen op de vuist, 1 trok een mes", {"vechtpartij", "wapen"}),
    ("winkeldiefstal bij de Kruidvat", {"diefstal"}),
    ("cobra's en klappers naar de politie gegooid", {"vuurwerk", "intimidatie"}),
    ("container in de fik gestoken", {"brandstichting"}),
    ("oproep op snap om morgen te vechten", {"oproep_online", "vechtpartij"}),
    ("scooters zonder helm racen over de stoep", {"verkeer"}),
    ("drinken bier op de trappen", {"alcohol"}),
    ("Leerplicht: [naam] verzuimt, kan jongerenwerk contact leggen?", {"overig"}),
    ("hangen bij de ingang, afval overal", {"overlast"}),
    ("wiet ruiken we al van ver", {"drugs"}),
]


@pytest.mark.parametrize(("text", "expected"), MUST)
def test_categories_found(text: str, expected: set[str]) -> None:
    assert set(MATCHER.categories(fold(text))) == expected


NEGATED = [
    ("geen alcohol gezien, wel harde muziek", "alcohol"),
    ("geen drugs of alcohol", "drugs"),
    ("geen drugs of alcohol", "alcohol"),
    ("niks op social media gezien", "oproep_online"),
    ("ook op snap stil", "oproep_online"),
    ("Geen wapens gezien.", "wapen"),
    ("zonder drank deze keer", "alcohol"),
]


@pytest.mark.parametrize(("text", "category"), NEGATED)
def test_negation(text: str, category: str) -> None:
    assert category not in MATCHER.categories(fold(text))


def test_negation_stops_at_the_clause() -> None:
    assert "alcohol" in MATCHER.categories(fold("geen muziek, wel veel drank"))


MUST_NOT = [
    ("gooien met drankjes", "alcohol"),
    ("brandweer kwam kijken na melding", "brandstichting"),
    ("hij is het zat", "alcohol"),
    ("na aanspreken weggereden", "verkeer"),
    ("rustig vandaag, niks aan de hand", "overlast"),
]


@pytest.mark.parametrize(("text", "category"), MUST_NOT)
def test_not_a_category(text: str, category: str) -> None:
    assert category not in MATCHER.categories(fold(text))


def test_weak_terms_only_without_behaviour() -> None:
    assert MATCHER.categories(fold("hangen bij de Jumbo")) == ("overlast",)
    assert MATCHER.categories(fold("hangen bij de Jumbo en blowen")) == ("drugs",)


def test_registry_has_the_fifteen_categories_each_with_a_severity() -> None:
    assert set(NAMES) == {
        "overlast", "geluidsoverlast", "alcohol", "drugs", "lachgas", "vandalisme",
        "intimidatie", "vechtpartij", "wapen", "diefstal", "vuurwerk", "brandstichting",
        "oproep_online", "verkeer", "overig",
    }  # fmt: skip
    assert all(1 <= c.severity <= 3 for c in ALL)
    assert BY_NAME["wapen"].severity > BY_NAME["overlast"].severity


def test_every_term_compiles_and_has_a_known_first_character_or_none() -> None:
    for cat in ALL:
        for term in cat.terms + cat.weak_terms:
            fc = first_chars(term)
            assert fc is None or all(len(c) == 1 for c in fc), (cat.name, term)


def test_first_chars_of_simple_patterns() -> None:
    assert first_chars("drank\\w*") == frozenset("d")
    assert first_chars("(?:ge)?blow") == frozenset("gb")
    assert first_chars("\\w+") is None
