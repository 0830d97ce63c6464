"""Table tests for the failure families of the second blind set, with new invented
examples (none is copied from a blind set): honorifics before surnames, lowercase
names after "heet"/"ene", nicknames in quotes, house numbers without a street
pattern, floors, lowercase streets, sexuality/origin/detention phrasings, unique
descriptions, shop chains, malls, schools named after people, towns abroad and
districts after their town.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from nlp.gate import PrivacyGate
from nlp.types import PiiType, Verdict

from .conftest import covered_types, found_types

P = PiiType

# (text, the part that must be covered by a finding of the type) -- the message may
# be redacted or blocked, but the part is found.
MUST_FIND: list[tuple[str, str, PiiType]] = [
    # honorifics and titles, abbreviated, lowercase, in capitals, with particles
    ("Mw. Verbeek van de overkant heeft foto's", "Verbeek", P.PERSON),
    ("mevr Bakker zegt dat ze weer op de bankjes zitten", "Bakker", P.PERSON),
    ("meneer de Boer van de bovenwoning belde", "de Boer", P.PERSON),
    ("dhr. Kaya wil een gesprek over zijn zoon", "Kaya", P.PERSON),
    ("de heer Vos van de Spar belde over de groep", "Vos", P.PERSON),
    ("de familie Smit heeft aangifte gedaan", "Smit", P.PERSON),
    ("mevrouw jansen van hiernaast belt steeds", "jansen", P.PERSON),
    ("dhr van der meer heeft de jongens gefilmd", "van der meer", P.PERSON),
    ("MEVROUW KOK BELDE OVER DE SPEELTUIN", "KOK", P.PERSON),
    ("mw. A. Bouchtaoui stuurde een brief", "A. Bouchtaoui", P.PERSON),
    ("ome Harrie van de ijssalon kent ze allemaal", "Harrie", P.PERSON),
    # lowercase names after "heet", "ene", "genaamd" (voice-to-text)
    ("ja die ene jongen heet marvin en die andere bas of zo", "marvin", P.PERSON),
    ("er was ook ene demi bij de bushalte", "demi", P.PERSON),
    ("hij heet shuwendry geloof ik", "shuwendry", P.PERSON),
    ("die jongen genaamd jordan zat erbij", "jordan", P.PERSON),
    # nicknames in quotes: "Kleine X", "X van Tante Y", after "ene"
    ("ze zeggen dat ene 'Bokkie' de boel regelt", "Bokkie", P.PERSON),
    ("'Kleine Yassin' en zijn neef waren erbij", "Kleine Yassin", P.PERSON),
    ("'Ricky van Ome Wim' deelt de oproepen", "Ricky van Ome Wim", P.PERSON),
    ("hij heet 'Mo van de Snackbar' volgens de jongens", "Mo van de Snackbar", P.PERSON),
    ('"Skinny" verkoopt de ballonnen', "Skinny", P.PERSON),
    ("Lil' Dex heeft het filmpje gemaakt", "Lil' Dex", P.PERSON),
    # a name followed by its origin and age in brackets
    ("Tilburg Noord: Faysal (Iraaks, 15) wordt bedreigd", "Faysal", P.PERSON),
    # a name that is in no list, next to a known name or after a kin word
    ("jongerenwerk: Xhevdet Krasniqi komt niet meer", "Xhevdet Krasniqi", P.PERSON),
    ("Kevin en zijn neef Zhorawar waren erbij", "Zhorawar", P.PERSON),
    # house numbers without a street + number pattern
    ("ze woont op de 27 boven de drogist", "op de 27", P.ADDRESS),
    ("de buurvrouw van nr 16 heeft gebeld (Kerklaan)", "nr 16", P.ADDRESS),
    ("de buurvrouw van nr 25-2 heeft gebeld (Kerklaan)", "nr 25-2", P.ADDRESS),
    ("Hij woont Kerklaan 31, 2 hoog", "Kerklaan 31, 2 hoog", P.ADDRESS),
    ("adres van die jongen: vlinderstraat 44a", "vlinderstraat 44a", P.ADDRESS),
    ("ze woont aan de berkenlaan 9 en is bang", "berkenlaan 9", P.ADDRESS),
    ("familie woont op de Parklaan, huisnummer 18", "huisnummer 18", P.ADDRESS),
    # special categories: sexuality, origin, detention with words in between
    ("Ruben valt op jongens en wordt daarom gepest", "valt op jongens", P.SPECIAL_CATEGORY),
    ("ze zeggen dat Timo op mannen valt", "op mannen valt", P.SPECIAL_CATEGORY),
    ("Kim is bi en heeft een vriendin", "bi", P.SPECIAL_CATEGORY),
    ("Faysal (Iraaks, 15) wordt bedreigd", "Iraaks", P.SPECIAL_CATEGORY),
    ("Jamal is Soedanees en net in de wijk", "Soedanees", P.SPECIAL_CATEGORY),
    (
        "Dirk zit al een half jaar in Zwolle vast",
        "zit al een half jaar in Zwolle vast",
        P.SPECIAL_CATEGORY,
    ),
    (
        "Remco zat vorig jaar drie maanden in Teylingereind",
        "zat vorig jaar drie maanden in Teylingereind",
        P.SPECIAL_CATEGORY,
    ),
    ("Bas is twee keer opgepakt voor inbraak", "twee keer opgepakt", P.SPECIAL_CATEGORY),
    ("de moeder van Sil is opgenomen in de psychiatrie", "opgenomen", P.SPECIAL_CATEGORY),
    ("Iris heeft psychische problemen", "psychische problemen", P.SPECIAL_CATEGORY),
    # one person singled out by origin or religion, without a name
    ("de Surinaamse buurman heeft het gezien", "Surinaamse buurman", P.SPECIAL_CATEGORY),
    ("die Poolse vader van de jongen belde", "Poolse vader", P.SPECIAL_CATEGORY),
    ("zijn Marokkaanse moeder wil praten", "Marokkaanse moeder", P.SPECIAL_CATEGORY),
    ("de Afghaan die daar altijd staat gooide stenen", "Afghaan", P.SPECIAL_CATEGORY),
]

# Clean messages: places (chains, malls, schools named after people, towns abroad,
# districts after their town) and look-alikes must pass unchanged.
MUST_PASS: list[str] = [
    "Groepje van 6 bij de Dekamarkt in Heemskerk, ze pesten de caissières",
    "weer gedoe bij de Nettorama en de Boni, 8 jongens",
    "bij de Poiesz in Drachten gooiden ze met eieren",
    "winkelmanager Dirk Utrecht Overvecht: 4 jongens bij de kassa",
    "beveiliging Mall of the Netherlands: 15 jongens bij de roltrappen",
    "leerlingen van het Kees Boeke hangen bij de Coop",
    "School (Edith Stein) meldt 4 jongens bij het fietsenhok",
    "De groep is doorgereden naar Gronau, over de grens",
    "ze kochten het vuurwerk in Lanaken en in Maasmechelen",
    "de jongens zijn nu in Herzogenrath, Duitse politie ingelicht",
    "In Herentals is het rustig volgens de Belgische politie",
    "Politie Duitsland (Kleve) is ingelicht over de rellen",
    "Nijmegen, Hatert: rustig vandaag",
    "Den Bosch, De Muntel: groep van 10 bij de bankjes",
    "Kerkrade Bleijerheide rustig, 3 jongens bij de Plus",
    "Info van school (Thorbecke SG Zwolle): 5 leerlingen spijbelen",
    "Bij FC Lisse was het rustig na de wedstrijd",
    # numbers that are no house numbers
    "bus nummer 40 en tram 4 werden bekogeld",
    "ze zijn met z'n vieren naar nummer 3 van de top 10 gegaan",
    "rond 22 uur op de 3e verdieping van de parkeergarage 6 jongens",
    "de jongens op de 2e etage van het winkelcentrum maakten herrie",
    "Lijn 9 rijdt niet meer door de wijk na de stenen op de tram",
    "op de Kerkstraat 12 en 14 jongens met scooters",
    # look-alikes of special categories and names, group level
    "het valt op dat de groep steeds jonger wordt",
    "de scooter zat vast in het hek bij de Kerkstraat",
    "de melding is in behandeling bij de gemeente",
    "de Marokkaanse en Turkse jongens van de groep hadden ruzie",
    "bij de Turk op de hoek 5 jongens met ballonnen",
    "de mevrouw van de bakker heeft gebeld",
    "die ene keer dat de politie kwam waren ze weg",
    "het was heet vandaag, 20 jongens bij de waterspeelplaats",
    "oproep op Telegram en Discord om naar het strand te komen",
    "Naam van de groep: 'Oostside Boys', 12 leden",
]

# Unsure: a capitalised word that may be a name, so the message is blocked.
MUST_BLOCK_UNSURE: list[str] = [
    "gisteren zat Xhofra er ook weer bij",  # in no list, mid-sentence
    "Tanki en Bolle zijn weer terug in de wijk",  # two proper names opening a clause
    "Tareq valt elke dag de buschauffeur lastig",  # rare name + finite verb
    "Sharl3yne verkoopt lachgas",  # digit swapped into an unknown word
    "er was ook ene lieve bij die gooide met stenen",  # a name that is also a word
    "Nummer 8 is weer de bron van de overlast",  # a house number without a street
    # a lowercase first name that is also a word, bare in a person's slot
    "ik zag jade bij de Albert Heijn met de groep",
    "volgens storm gaat het morgen los bij de brug",
    "gisteren gepraat met fleur over de groep",
]


@pytest.mark.parametrize(("text", "part", "type_"), MUST_FIND)
def test_family_is_found(gate: PrivacyGate, text: str, part: str, type_: PiiType) -> None:
    assert type_ in covered_types(gate, text, part)
    assert gate.scrub(text).verdict is not Verdict.PASS


@pytest.mark.parametrize("text", MUST_PASS)
def test_places_and_look_alikes_pass(gate: PrivacyGate, text: str) -> None:
    res = gate.scrub(text)
    assert res.verdict is Verdict.PASS, (res.reasons, [f.type for f in res.findings])


@pytest.mark.parametrize("text", MUST_BLOCK_UNSURE)
def test_unsure_names_and_numbers_block(gate: PrivacyGate, text: str) -> None:
    res = gate.scrub(text)
    assert res.verdict is Verdict.BLOCKED
    assert any(r.startswith("unsure:") for r in res.reasons)


def test_unique_description_blocks_without_a_name(gate: PrivacyGate) -> None:
    res = gate.scrub("de zoon van de Antilliaanse dominee gooide de ruit in")
    assert res.verdict is Verdict.BLOCKED
    assert "high_risk:SPECIAL_CATEGORY" in res.reasons


def test_group_level_origin_passes(gate: PrivacyGate) -> None:
    for text in (
        "een Marokkaanse jongen gooide stenen naar de bus",
        "10 Somalische jongeren hadden ruzie met een groep Eritreeërs",
        "de Poolse supermarkt en de Turkse bakker hadden last",
    ):
        assert PiiType.SPECIAL_CATEGORY not in found_types(gate, text), text


def test_quoted_nickname_is_not_split_by_a_handle(gate: PrivacyGate) -> None:
    text = "de snapchat van 'Kleine Rocco' is rocco_mzz.020"
    res = gate.scrub(text)
    assert res.text is not None
    assert "Kleine" not in res.text and "Rocco" not in res.text


def test_chain_that_is_a_first_name_needs_shop_context(gate: PrivacyGate) -> None:
    # "Dirk" is a supermarket after an article or before its branch, a name otherwise
    assert gate.scrub("bij de Dirk aan de Kerkstraat 7 jongens").verdict is Verdict.PASS
    assert PiiType.PERSON in found_types(gate, "ik zat bij Dirk in de auto")


def test_lexicon_cache_from_module_run_is_readable(tmp_path: Path) -> None:
    """``python -m nlp.lexicon`` (the install step) writes a cache the app can read:
    pickled under the package name, not ``__main__``."""
    env = dict(os.environ, SIGNAALBOT_CACHE_DIR=str(tmp_path))
    root = Path(__file__).resolve().parents[3]
    subprocess.run(
        [sys.executable, "-m", "nlp.lexicon"], cwd=root, env=env, check=True, capture_output=True
    )
    (cache,) = tmp_path.glob("lexicon-*.pickle")
    with cache.open("rb") as fh:
        lex = pickle.load(fh)
    assert type(lex).__module__ == "nlp.lexicon"
