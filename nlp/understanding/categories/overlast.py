"""General nuisance: hanging around, litter, blocking entrances, urinating."""

from nlp.understanding.categories.base import Category

CATEGORY = Category(
    name="overlast",
    label_nl="overlast",
    severity=1,
    terms=(
        r"overlast(?:gevend\w*)?\b",
        r"last\s+van\b",
        r"hinder\w*",
        r"afval(?!bak|container|emmer)\w*",
        r"rotzooi\w*",
        r"rommel\w*",
        r"troep\b",
        r"zwerfvuil",
        r"vuilnis\s+op\s+straat",
        r"(?:laten|liet|lieten|achter)\w*\s+(?:\w+\s+){0,2}(?:slingeren|liggen)",
        r"slingeren\b",
        r"(?:blikjes|flesjes|zakjes|peuken)\s+op\s+de\s+(?:grond|stoep|straat)",
        # "de Bergse Plassen", "de Loosdrechtse Plassen" are lakes.
        r"(?:wild)?(?:(?<!se\s)(?<!de\s)plassen|plast|geplast|pissen|gepist|urine\w*)\b",
        r"(?:ge)?poep(?:t|en|te)?\b|pist\b|piste\b|pisten\b|pies(?:en|t|te|ten)\b|gepiest|wildplas\w*",
        r"belletje\s*trekken|(?:aanbellen|bellen\s+aan|belden\s+aan)\s+en\s+(?:weg)?(?:rennen|renden|lopen)",
        r"rond(?:ge)?(?:ren|renn|rent|rende)\w*|(?:gooi\w*|gegooid)\s+(?:\w+\s+){0,2}(?:friet\w*|patat|eten|"
        r"etensresten|blikjes|peuken)\b(?!\s+(?:\w+\s+)?(?:naar|tegen|richting))",
        # Littering: "ballonnen op straat gooien", "alles op de grond gegooid".
        r"op\s+(?:straat|de\s+grond|de\s+stoep)\s+(?:ge)?(?:gooi\w*|gegooid|smijt\w*|gesmeten|laten\s+(?:vallen|liggen))|"
        r"(?:gooi\w*|gegooid|smijt\w*|gesmeten)\s+(?:\w+\s+){0,3}op\s+(?:straat|de\s+grond)\b",
        r"peuken\b|vervuil\w*|lege\s+(?:flessen|flesjes|blikjes|blikken|zakjes|verpakkingen)",
        r"(?:blokk\w*|versperr\w*)\s+(?:\w+\s+)?(?:de\s+|het\s+)?(?:ingang|doorgang|deur|entree|stoep|trap|"
        r"uitgang|fietsenstalling|portiek)",
        r"kinderen\s+(?:\w+\s+){0,2}(?:niet|nooit)\s+(?:meer\s+)?(?:spelen|buiten)",
        r"(?<!jonko's\s)(?<!jonkos\s)(?<!joints\s)(?<!joint\s)(?<!wiet\s)(?<!blowtjes\s)(?<!blowtje\ste\s)"
        r"(?<!jointje\ste\s)(?<!joint\ste\s)ro(?:ken|kend|kende|kt|okt|okten)\b(?!\s+(?:joints?|jonko|wiet|weed|hasj))",
        r"voor\s+de\s+(?:ingang|deur)\b",
        r"in\s+de\s+(?:hal|portiek|gang|lift)\b",
        r"onder\s+de\s+galerij",
        r"portiek\w*",
        r"(?:zitten|zit|zaten)\s+op\s+de\s+(?:fietsen|scooters|bankjes|trap\w*)\s+voor",
        r"rennen\s+door\b",
        r"(?:eromheen|omheen)\s+(?:lopen|moeten)",
        r"moeten\s+eromheen",
        r"irritant\w*",
        r"klagen\b|klaagt\b|geklaagd|klacht\w*",
        r"onrustig\w*",
        r"schreeuw\w*\s+naar\b",
        r"naar\s+\w+\s+schreeuw\w*",
        r"rommel\b",
    ),
    weak_terms=(
        r"(?:rond)?hang(?:en|t|plek\w*|jongeren)\b",
        r"hingen\b",
        r"gedoe\b",
        r"verplaatst\b|verplaatsen\b",
    ),
    description="Hanging around, litter, blocking entrances, urinating: nuisance without noise.",
)
