"""Laughing gas (N2O): balloons, cylinders, tanks."""

from nlp.understanding.categories.base import Category

CATEGORY = Category(
    name="lachgas",
    label_nl="lachgas",
    severity=1,
    terms=(
        r"lachgas\w*",
        r"lach\s+gas",
        r"n2o\b",
        r"ballon(?:nen|netjes|netje)?\b",
        r"gasballon\w*",
        r"(?:gas)?cilinders?\b",
        r"(?:gas)?tanks?\b",
        r"slagroompatron\w*|patronen\b|gaspatron\w*",
        r"fast\s?gas|smartwhip\w*|cream\s?deluxe",
    ),
    description="Laughing gas use or sale: balloons, cylinders, tanks.",
)
