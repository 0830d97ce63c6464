"""Theft, robbery, shoplifting, break-ins."""

from nlp.understanding.categories.base import EXTORTION, Category

CATEGORY = Category(
    name="diefstal",
    label_nl="diefstal",
    severity=2,
    terms=(
        r"\w*diefstal\w*",
        r"dieven\b|dief\b",
        r"ste(?:len|elt|elen)\b|stal\b|stalen\b(?!\s+(?:hek|paal|deur))|gestolen",
        r"(?:ge)?jat(?:ten|te|t)?\b|jatten",
        r"(?:ge)?pik(?:ken|t|te|ten)\b",
        r"bestolen|beroof\w*|berov\w*|beroving\w*|overval\w*|roof\w*|ro(?:ven|oft|ofde|ofden)\b",
        r"(?:straat|tasjes|tassen|fiets|telefoon|scooter|winkel|gewapende\s+)ro(?:of|ven)\w*|straatrov\w*",
        r"(?:fietsen|winkel|auto|scooter|brommer|telefoon)die(?:f|ven)\b",
        # Snatching: "telefoon uit de hand gegrist", "tas weggerukt".
        r"(?:weg)?(?:ge)?gris(?:t|ten|te)\b|grissen\b|weggerukt|uit\s+(?:de|zijn|haar|z'n)\s+handen?\s+"
        r"(?:ge)?(?:trokken|getrokken|gerukt|rukken|trekken)",
        # Straattaal: "rippen" (rob), "klauwen" (steal), "ingepikt".
        r"(?:ge)?rip(?:pen|t|te|ten)\b|geript|ripdeal\w*|(?:ge)?klauw(?:en|d|de|den)\b|ingepikt|inpikken",
        # Grab and run: "pakken broodjes en lopen weg".
        r"(?:pakken|pakt|pakte|pakten|grijpen|grijpt|greep|grepen|graaien|graaiden)\s+(?:\w+\s+){0,4}en\s+"
        r"(?:lopen|rennen|renden|liepen|gaan|gingen|fietsen|fietsten|scheuren|rijden)\s+(?:er(?:mee)?\s+)?"
        r"(?:weg|vandoor)\b|er(?:mee)?\s*vandoor\s+met|ermee\s+vandoor",
        # Trying car doors.
        r"deurklink\w*|(?:trekken|trok|trokken|rammelen|voelen|proberen)\s+(?:\w+\s+){0,3}(?:aan\s+)?"
        r"(?:de\s+)?(?:portieren|autodeuren|deurgrepen|portier)\b",
        r"leegro\w*|leeggehaald|leeghalen",
        r"zakkenrol\w*",
        r"(?:in)?bra(?:ak|ken)\w*|ingebroken|inbreken|inbreker\w*",
        r"winkeldief\w*|tasjesdief\w*|tasjesroof",
        r"(?:pakken|pakt|pakte)\s+(?:\w+\s+){0,4}(?:en\s+)?(?:niet\s+betalen|zonder\s+te\s+betalen)",
        r"niet\s+betalen|zonder\s+(?:te\s+)?betalen|loopt\s+weg\s+zonder",
        r"spullen\s+in\s+(?:de|hun|zijn|haar)\s+(?:jas|tas|zak)",
        r"uit\s+(?:de\s+)?winkels?\s+(?:te\s+)?(?:halen|gehaald)",
        r"buit\b",
        r"heling|helen\b",
        r"afpak\w*|afgepakt|afhandig",
        r"(?:checken|kijken|voelen)\s+of\s+(?:de\s+)?(?:deuren|autodeuren|fietsen)\s+open",
        r"tikken\s+op\s+autoramen|autokra\w*",
        r"(?:telefoon|telefoons|airpods|tas|jas)\s+(?:willen|weg\b|afgepakt)|voor\s+(?:zijn|haar|z'n|zn)\s+"
        r"(?:airpods|telefoon|jas|tas|fiets|scooter)",
        r"tel\s*\+\s*jas\s+weg|\bweg\s*:\s*tel",
        EXTORTION,
        r"(?:zijn|haar|z'n|zn)\s+(?:tas|telefoon|jas|portemonnee|fiets|scooter|geld|pinpas|airpods|"
        r"ketting|sieraden|schoenen|spullen)\s+(?:\w+\s+)?(?:meegenomen|afgenomen|afgepakt)",
        r"(?:gereedschap|spullen|koper|kabels?|accu'?s?|fiets\w*|kassa\w*|telefoons?)\s+"
        r"(?:\w+\s+){0,2}meegenomen|meegenomen\s+(?:\w+\s+){0,2}(?:gereedschap|koper|kabels)",
        r"kniptang\w*|los\s*(?:te\s+)?knippen",
        r"voorbereid\w*\s+diefstal",
    ),
    description="Theft, robbery, shoplifting, break-ins, stealing bikes or phones.",
)
