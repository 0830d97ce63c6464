"""Weapons: knives, firearms, bats, sticks, fake guns."""

from nlp.understanding.categories.base import Category

CATEGORY = Category(
    name="wapen",
    label_nl="wapen",
    severity=3,
    terms=(
        r"wapen\w*|vuurwapen\w*|nepwapen\w*|steekwapen\w*|slagwapen\w*",
        r"mes\b|messen\b|mesje\w*|stiletto\w*|vlindermes\w*|klapmes\w*|zakmes\w*|machete\w*",
        r"(?:honkbal)?knuppel\w*|boksbeugel\w*|wapenstok\w*|ploertendoder\w*",
        r"stok(?:ken)?\b|ijzeren\s+staaf|koevoet\w*",
        r"pistool\w*|revolver\w*|gun\b|guns\b|blaffer\w*|(?:een\s+)?ijzer\b|alarmpistool",
        r"airsoft\w*|balletjespistool",
        r"taser\w*|pepperspray\w*|traangas",
        r"schroevendraaier\w*",
        r"ik\s+steek\s+je|neergestoken|(?<!fik\s)(?<!brand\s)(?<!hens\s)gestoken\b",
        r"steekpartij\w*|schietpartij\w*|(?<!in\s)(?<!brand\s)steken\b",
        r"zwaai(?:en|t|de|den)\s+met|gezwaaid\s+met|met\s+een\s+\w+\s+(?:ge)?zwaai\w*",
        r"iets\s+scherps",
        r"(?:trok|trekt|trokken)\s+(?:een\s+)?(?:mes|wapen)",
    ),
    description="Knives, firearms, bats, sticks, fake guns, threats to stab.",
)
