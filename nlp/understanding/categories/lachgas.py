"""Laughing gas (N2O): balloons, cylinders, tanks."""

from nlp.understanding.categories.base import Category

CATEGORY = Category(
    name="lachgas",
    label_nl="lachgas",
    severity=1,
    terms=(
        # Unless the report turns out to be a false alarm ("melding lachgas ... Loos alarm").
        r"lachgas\w*(?![\s\S]*\b(?:loos|vals)\s+alarm\b)",
        # Street names: "hippie crack", "slagroomladers", "lachballonnen".
        r"hippie[\s-]?crack\w*|lachballon\w*|lachbal(?:len|letjes)\b|slagroomlader\w*",
        r"lach\s+gas",
        r"n2o\b",
        r"gasballon\w*",
        r"(?:gas)?cilinders?\b",
        r"(?:gas)?tanks?\b",
        r"slagroompatron\w*|patronen\b|gaspatron\w*",
        r"fast\s?gas|smartwhip\w*|cream\s?deluxe",
        # Capsules and whipped-cream gear: "zilveren capsules", "tank met een slagroomspuit".
        r"(?:zilveren|lachgas|gas|n2o)[\s-]?capsules?\b|slagroom(?:spuit|patroon|patronen|capsule|lader|flessen|fles)\w*",
        r"(?:roze|gekleurde|paarse|blauwe|zilveren)\s+(?:gas)?(?:flessen|fles|flesjes)\b(?=[^.!?\n]{0,60}ballon)",
        # "gas en bier", "aan het gas", hissing and laughing fits.
        r"(?<!vol\s)(?<!op\s)(?<!geef\s)gas\s+(?:en|&|\+)\s+(?:bier|drank|wiet|muziek)|aan\s+(?:het|t)\s+gas\b",
        r"siss\w*\s+(?:\w+\s+){0,4}(?:lachkick\w*|ballon\w*|tank\w*)|lachkick\w*",
    ),
    conditional_terms=(
        # Balloons, unless they turn out to be helium ("gewoon helium").
        (r"ballon(?:nen|netjes|netje)?\b", r"^(?![\s\S]*helium)"),
    ),
    description="Laughing gas use or sale: balloons, cylinders, tanks.",
)
