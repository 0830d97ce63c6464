"""Group size and age range: conventions of the labelled corpus, masked numbers."""

from __future__ import annotations

import pytest

from nlp.understanding.counts import extract_counts
from nlp.understanding.text import fold

SIZES = [
    ("groepje van 6 bij de jop", 6),
    ("zo'n 15 jongeren bij het station", 15),
    ("10-12 jongens bij de AH", 11),
    ("een stuk of 7 gasten", 7),
    ("met z'n vieren op 2 scooters", 4),
    ("2 groepen van 5 op de vuist", 10),
    ("groep 5-6 jongens (15)", 5),
    ("2 groepen jongens (ong. 8 en 10)", 18),
    ("zat met 3 vriendinnen", 4),
    ("3 jongens in de auto, 6-7 eromheen", 9),
    ("groep meiden (6) en jongens (4), 14-16 jr", 10),
    ("groep van 25+ bij elkaar", 25),
    ("8-ish, 16-18. niet agressief", 8),
    ("Jongeren (15-20) hangen in de hal. Ca 10.", 10),
    ("de jongen met de grijze fatbike rijdt over de stoep", 1),
    ("[naam] en [naam] gooiden een ruit in", 2),
    ("twaalf jongens bij het plein", 12),
    ("Kanaalkade 7 jongens met lachgas", 7),
]


@pytest.mark.parametrize(("text", "size"), SIZES)
def test_group_size(text: str, size: int) -> None:
    assert extract_counts(fold(text)).group_size == size


NO_SIZE = [
    "een paar jongens van 14-15 renden weg",
    "Ongeveer 40 leden in die groepsapp",
    "Zeker 6 auto's bekrast",
    "met 3 collega's ter plaatse, rustig",
    "om 22.30u melding ontvangen",
    "bel 06-41583927 of mail",
    "Inschatting 20-30 jongens die het zien",
    "2 handhavers bedreigd",
    "al 3 weken geen klachten",
]


@pytest.mark.parametrize("text", NO_SIZE)
def test_no_group_size(text: str) -> None:
    assert extract_counts(fold(text)).group_size is None


AGES = [
    ("ong 13-14 jr", (13, 14)),
    ("4 jongens ong 15.", (15, 15)),
    ("6 jongens rond de 16", (16, 16)),
    ("rond de 16", (16, 16)),
    ("groep van 12, 14-17, hangt bij de Jumbo", (14, 17)),
    ("3 jongens (15)", (15, 15)),
    ("ca. 10 jongens, paar hele jonge erbij (12?)", (12, None)),
    ("jongere kids inzetten om te dealen. 13-jarigen!", (13, None)),
    ("jongens van 11-12", (11, 12)),
    ("kinderen van basisschoolleeftijd", (4, 12)),
    ("3 jongens, 15-ish", (15, 15)),
    ("[naam] (16) gooide", (16, 16)),
    ("Leeftijd schat ik 13-14", (13, 14)),
]


@pytest.mark.parametrize(("text", "ages"), AGES)
def test_age_range(text: str, ages: tuple[int, int | None]) -> None:
    c = extract_counts(fold(text))
    assert (c.age_min, c.age_max) == ages


NO_AGE = [
    "Slachtoffer 13 jr, 6-8 jongens erbij",
    "klas 2-3 leerlingen",
    "om 16.40 vechtpartij",
    "elke avond 7-8u vuurwerk",
    "Plein '40-'45 groepje",
    "geb. 12-3-2009",
]


@pytest.mark.parametrize("text", NO_AGE)
def test_no_age(text: str) -> None:
    c = extract_counts(fold(text))
    assert (c.age_min, c.age_max) == (None, None)
