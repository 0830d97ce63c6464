"""Dangerous traffic behaviour: scooters, fat bikes, racing, riding on pavements."""

from nlp.understanding.categories.base import Category

_VEHICLE = (
    r"(?:scooter|brommer|snorfiets|fatbike|fat\s+bike|e-?bike|motor|crossmotor|quad|auto|"
    r"tmax|yamaha|vespa|piaggio|golf|bmw|audi|polo|clio|seat|mercedes|kenteken|plaatje)"
)

CATEGORY = Category(
    name="verkeer",
    label_nl="verkeer",
    severity=1,
    terms=(
        r"rac(?:en|et|ete|eten|e|es)\b|gerac\w*|scooter-?races?|races?\b",
        r"scheur(?:en|t|de|den)\b|gescheurd",
        r"rondjes?\b",
        r"zonder\s+(?:helm|helmen|licht|verlichting|kenteken)|geen\s+helm(?:en)?\b",
        r"over\s+(?:de\s+|het\s+)?(?:stoep|fietspad|voetpad|wandelpad\w*|trottoir|"
        r"plein|speelplaats|grasveld)",
        r"op\s+de\s+stoep\b",
        r"(?:bijna\s+)?aan(?:ge)?re(?:den|ed)|aanrijding\w*",
        r"rijgedrag|verkeersgevaarlijk\w*|gevaarlijk\s+(?:rijden|gereden)|spookrij\w*",
        r"wheelie\w*|op\s+een\s+wiel|achterop\b|met\s+(?:z'n\s+)?\w+\s+op\s+(?:een|1)\s+\w+",
        r"met\s+\d\s+personen\b",
        r"op\s+de\s+achterkant\b(?!\s+van)",
        r"keihard\s+(?:langs|over|door)",
        r"door\s+rood\b",
        r"plankgas",
        r"snorfietsers?\b|fatbikers?\b",
        r"tussen\s+(?:de\s+)?voetgangers",
        r"(?:van\s+)?(?:zn|zijn|z'n)\s+scooter\s+gevallen",
    ),
    conditional_terms=(
        (r"(?:rij(?:den|dt|dend)|reed|reden|gereden|rijd)\b", _VEHICLE),
        (r"(?:op|met)\s+(?:\w+\s+){0,2}" + _VEHICLE + r"\w*", r"achtervolg\w*|rij\w*|reed|rond"),
    ),
    description="Racing, riding on pavements or cycle paths, no helmet, near-collisions.",
)
