"""Drinking in public."""

from nlp.understanding.categories.base import Category

# Drink that is stolen is theft, not drinking ("de koelkast met bier leeggeroofd", "kratten
# bier gejat"); bottles used as launchers ("vuurpijlen uit bierflesjes") are no drinking either.
_NOT_STOLEN = (
    r"(?!\s+(?:[^\s.,;!?]+\s+){0,4}?(?:leeg(?:ge)?roofd|geroofd|gestolen|gejat|gepikt|meegenomen|weggenomen|"
    r"gesnaaid|weggehaald|leeggehaald)\b)"
    # Taken out of a lorry or a shop ("kratten uit de vrachtwagens te halen").
    r"(?!\s+(?:\w+\s+)?uit\s+(?:de|het|een)\s+\S+\s+(?:te\s+)?(?:halen|trekken|pakken|gehaald|getrokken|gepakt)\b)"
)

CATEGORY = Category(
    name="alcohol",
    label_nl="alcohol",
    severity=1,
    terms=(
        r"alcohol\w*",
        # "van drank geen spoor".
        r"drank(?!jes|je\b)\w*(?!\s+geen\b)" + _NOT_STOLEN,
        r"sterke\s+drank",
        # Spirits in other words ("een fles sterk") and by name; a beer named Brand in cans.
        r"(?:fles|flessen|flesje|flesjes|literfles\w*)\s+sterk\b|"
        r"(?:blik(?:ken|jes)?|krat(?:je|jes|ten)?|flesjes|pijpjes|fles|flessen)\s+brand\b",
        r"schrobbeler\w*|feigling\w*|malibu\b|baileys\b|pisang\w*|ketel\s*(?:1|one)\b|bessenjenever\w*|mojito\w*",
        r"gin-?tonic\w*|gin\s+(?:en|&)\s+tonic|(?:fles|flessen|flesje)\s+gin\b",
        # Drunk in other words: "flink in de olie", "stijf van het bier".
        r"(?:(?<=flink\sin\sde\s)|(?<=lekker\sin\sde\s)|(?<=goed\sin\sde\s)|(?<=al\sin\sde\s)|(?<=helemaal\sin\sde\s)|"
        r"(?<=behoorlijk\sin\sde\s)|(?<=aardig\sin\sde\s)|(?<=stevig\sin\sde\s)|(?<=beetje\sin\sde\s))olie\b|"
        r"(?<=in\sde\s)lorum\b|(?:stijf|stomp)\s+van\s+de\s+(?:drank|wodka|wijn)\b",
        r"(?<!uit\s)(?<!uit\slege\s)bier\w*" + _NOT_STOLEN,
        r"pils\w*" + _NOT_STOLEN,
        r"wodka|vodka|whisky|rum\b|jenever|hennessy|henny\b|bacardi|breezers?",
        r"smirnoff|absolut\b|ciroc|jack\s+daniel'?s?|jagermeister|jagerbomb\w*|passoa|licor\s*43|"
        r"baco\b|bacootje\w*|mixdrank\w*|champagne|prosecco|cider\b|(?<!van\sde\s)heineken|hertog\s+jan|desperados",
        r"wijn(?:en|tje|tjes|fles\w*)?\b|blik(?:ken|jes)\s+(?:\w+\s+)?bier|comazuip\w*",
        r"(?:ge)?zuip\w*|zopen\b|(?:ge)?zoep(?:en|t|te|ten)\b",
        r"(?:in)?drinken\b(?!\s+(?:jatten|stelen|pakken|gepikt))",
        r"\w*dronken\b|beschonken|(?:allemaal|allemaol|allemoal|helemaal|helemaol|straal|stom|hartstikke)\s+zat\b|"
        r"dronken|dronk\b|bezopen|lazarus|ladderzat|teut\b|aangeschoten",
        r"(?:flessen|fles|flesje|flesjes)\s+(?:\w+\s+)?(?:wijn|drank|bier|rose|jager|jagermeister)\b",
        # A crate is beer ("met een krat en een speaker").
        r"(?:krat\b|kratten\b|kratjes?\b)" + _NOT_STOLEN,
        r"jagertjes?\b|(?:drinkt|drinken|dronk|dronken|drinkend)\s+(?:\w+\s+){0,2}uit\s+(?:een|de)\s+fles\b",
        r"blikjes\s+bier",
        r"shotjes?",
        # Slurring, and spirits by name.
        r"(?:ge)?lal(?:len|t|de|den|lend|lende)\b|apfelkorn|berenburg\w*|beerenburg\w*|likeur\w*|salmari\w*|flugel\w*|"
        r"(?:(?<=fles\s)|(?<=flessen\s)|(?<=flesje\s)|(?<=wijn\s))rose\b|rosewijn\w*",
        # Beer and spirits brands, and being drunk in other words.
        r"(?:bavaria|(?<!van\sde\s)heineken|hertog\s+jan|grolsch|(?<!de\s)amstel|jupiler|brand\s+bier|kratje|krat\s+bier|hooghoudt|"
        r"jagermeister|smirnoff|hennessy|bacardi|absolut|desperados|breezers?|flugel|licor\s*43|passoa|wodka|"
        r"whisky|rum|sambuca|tequila)\b" + _NOT_STOLEN,
        # Being drunk, and its aftermath: "liggen lam op het bankje", "staan te kotsen".
        r"(?:(?<=liggen\s)|(?<=ligt\s)|(?<=lag\s)|(?<=lagen\s)|(?<=zijn\s)|(?<=waren\s)|(?<=was\s)|(?<=zo\s)|(?<=echt\s)|"
        r"(?<=compleet\s)|(?<=straal\s)|(?<=stier\s)|(?<=hartstikke\s))lam\b|(?:ge)?kots(?:en|t|te|ten|end)?\b|"
        r"(?:behoorlijk|helemaal|flink|al)\s+(?:lam|dronken|zat|aangeschoten|teut|bezopen)\b|lazarus|straalbezopen|stomdronken|ladderzat|toeter\b",
    ),
    description="Drinking in public, drunkenness, bottles of beer or spirits.",
)
