"""Table tests for names and place protection (invented names and messages)."""

from __future__ import annotations

import pytest

from nlp.gate import PrivacyGate
from nlp.types import PiiType, Verdict

from .conftest import covered_types, found_types

NAMES: list[tuple[str, str]] = [
    ("Kevin en Dylan hingen bij de Jumbo", "Kevin"),
    ("Kevin en Dylan hingen bij de Jumbo", "Dylan"),
    ("gisteren zat Thijs van Dijk erbij", "Thijs van Dijk"),
    ("leerling Sara El Idrissi meldt pesten", "Sara El Idrissi"),
    ("rekening t.n.v. S. Ramdin, ter info", "S. Ramdin"),
    ("moeder van Ilias belde vanavond", "Ilias"),
    ("de familie Kramer woont daar", "Kramer"),
    ("mevrouw Ouali wil praten", "Ouali"),
    ("noor en haar vriendinnen roken daar", "noor"),
    ("ik heb met ryan gesproken", "ryan"),
    ("bij de Kinkerstraat gaat het om j0rdy en zijn neef", "j0rdy"),
    ("K e v i n verkoopt ballonnen", "K e v i n"),
    ("Kеvin verkoopt ballonnen", "Kеvin"),  # Cyrillic e
    ("Ke\u200bvin verkoopt ballonnen", "Ke\u200bvin"),
    ("Yusuf, Burak en enes zijn de leiders", "enes"),
    ('de jongen met de bijnaam "Tanki" steelt', "Tanki"),
    ('Weet iemand wie "Bolle" is?', "Bolle"),
    ("de jongens (Mehmet Yilmaz en Onur) waren er", "Mehmet Yilmaz"),
    ("Rick's moeder kwam hem halen", "Rick"),
    ("Sanne Dekker en Mike zijn betrapt", "Sanne Dekker"),
    ("hij heet Zakaria Ouali, 15 jaar", "Zakaria Ouali"),
    ("gr Marieke", "Marieke"),
    ("Volgens de buurtapp zijn Sharleyne en haar zus de leiders", "Sharleyne"),
    ("vader (dhr. van den Berg) wil contact", "van den Berg"),
    ("de Jong van de Hema zegt dat het rustiger is", "de Jong"),
    ("snap van souf: souf.210", "souf"),
    ("mevrouw Fleur de Vries heeft foto's", "Fleur de Vries"),
    ("joost en sharleyne roken elke dag bij de Jumbo", "sharleyne"),
    ("gisteren zat kevin van dijk er weer bij", "kevin van dijk"),
    ("Bij de groep zit een jongen die Timo Jansen heet", "Timo Jansen"),
    ("KEVIN EN DYLAN WAREN ER WEER BIJ DE JUMBO", "KEVIN"),
]

NOT_NAMES: list[str] = [
    "Groep van 8 bij de Albert Heijn op de Jan Pieterszoon Coenstraat",
    "Vanavond weer onrust bij de Dirk van den Broek, 10 jongens",
    "Overlast bij het Anne Frankplein en de Burgemeester de Vlugtlaan",
    "rustig op de Overtoom vanavond",
    "Johan de Wittlaan bij het World Forum: 6 jongens",
    "Groepje bij de Johan Cruijff ArenA na de wedstrijd",
    "Bij de Marco Pololaan en de Melis Stokelaan weer vuurwerk",
    "Alexander: bij het metrostation 2 jongens aangehouden",
    "Gouda-Bloemendaal: 8 jongens bij de Hema",
    "Jongens bij de Kruidvat en de Primark, ca 14 jaar",
    "1 jongen in witte Nike Tech en zwarte Moncler",
    "ook niets op social media gezien vandaag",
    "Tramhalte Vasco da Gamalaan: 5 jongens gooien stenen",
    "groep bij het Wilhelminapark is gegroeid, rond de 16 jaar",
    "Schilderswijk, Hobbemaplein 21.00u: groep van ca. 20 jongeren",
    'oproep in snapgroep "Oost Boys" om vrijdag te vechten',
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_names_are_found(gate: PrivacyGate, text: str, name: str) -> None:
    assert PiiType.PERSON in covered_types(gate, text, name)


@pytest.mark.parametrize("text", NOT_NAMES)
def test_places_and_words_are_not_names(gate: PrivacyGate, text: str) -> None:
    assert PiiType.PERSON not in found_types(gate, text)


def test_ambiguous_name_with_context_is_unsure_and_blocks(gate: PrivacyGate) -> None:
    res = gate.scrub("het meisje heet Roos, ze is 14")
    assert res.verdict is Verdict.BLOCKED
    assert "unsure:PERSON" in res.reasons


def test_ambiguous_word_without_context_passes(gate: PrivacyGate) -> None:
    res = gate.scrub("er lag een roos op de bank bij het speelveld")
    assert res.verdict is Verdict.PASS


def test_configured_place_survives(gate: PrivacyGate) -> None:
    g = PrivacyGate(known_places=["Kevinpark", "Bas"])
    res = g.scrub("groep bij Bas, 10 jongens")
    assert res.verdict is Verdict.PASS
    # without configuration "Bas" is a name
    assert gate.scrub("groep bij Bas, 10 jongens").verdict is not Verdict.PASS


@pytest.mark.parametrize(
    "text",
    ["roos zat er ook weer bij, bij de speeltuin", "Lieve heeft gisteren weer gevochten"],
)
def test_name_that_is_a_word_opening_a_clause_blocks(gate: PrivacyGate, text: str) -> None:
    res = gate.scrub(text)
    assert res.verdict is Verdict.BLOCKED
    assert "unsure:PERSON" in res.reasons
