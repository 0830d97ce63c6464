"""Damage to property: breaking, graffiti, throwing things at buildings or vehicles."""

from nlp.understanding.categories.base import Category

_THROW = r"(?:gooi\w*|gegooid|smijt\w*|gesmeten|bekogel\w*|schieten)"

CATEGORY = Category(
    name="vandalisme",
    label_nl="vandalisme",
    severity=2,
    terms=(
        r"verniel\w*|vernield\w*",
        r"vandal\w*",
        r"(?:ge)?sloop(?:t|te|ten)?\b|slopen\b|(?:het\s+)?slopen",
        r"kapot\w*",
        r"stuk\s*(?:gemaakt|maken|getrapt|gegooid|geslagen)",
        r"graffiti|bekladd?\w*|beklad\b|tags?\b|taggen|getagd",
        r"(?:be)?kras(?:sen|t)\b|bekrast",
        r"ingegooid|ingooien|ingetrapt|intrappen|ingeslagen",
        r"ruit(?:en)?\b|ramen\s+(?:in|kapot)",
        r"schade\b",
        r"beschadig\w*",
        r"lek\s*(?:ge)?(?:prik|stek|stoken)\w*",
        r"omgegooid|omgooien|gooien\s+\w+\s+om\b|omver\w*",
        r"(?:brievenbus|bushokje|bushok|abri|lantaarnpa\w*|verkeersbord)\w*",
        r"(?:afgebroken|afbreken|eraf\s*(?:gebroken|getrapt|geslagen|trappen)|eraf)\b",
        r"open\s*(?:te\s+)?(?:breken|gebroken)|opengebroken|forceren",
        r"brandblusser\w*",
        r"opgeblazen|opblazen|opbliezen",
        r"in\s+het\s+water\s+(?:ge)?gooi\w*|in\s+het\s+water\b",
        r"in\s+de\s+(?:sloot|gracht|vijver|lek|rivier)\b",
        r"(?:stenen|steentjes|eieren|tegels|flessen|flesjes|stoelen|vuilnisbakken|prullenbakken)"
        r"\s+(?:\w+\s+){0,3}(?:ge)?gooi\w*",
        _THROW + r"\s+(?:\w+\s+){0,3}(?:stenen|steentjes|eieren|tegels|flessen|flesjes|stoelen)",
        _THROW + r"\s+(?:\w+\s+){0,4}(?:naar|tegen|op)\s+(?:de\s+|het\s+)?(?:ramen|ruiten|"
        r"bus|bussen|tram|auto\w*|gevel\w*|deur\w*|zand|water)",
        r"spugen\s+op\s+(?:de\s+)?(?:ruiten|ramen|deur\w*)",
    ),
    description="Breaking, graffiti, scratching cars, throwing things at windows or buses.",
)
