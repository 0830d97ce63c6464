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
        r"rotzooi\w*|zooitje\b|puinhoop\b|(?:ge)?klieder\w*|smeerboel\b",
        # "maken een bende" (a mess), not a gang.
        r"(?:(?<=een\s)|(?<=grote\s)|(?<=hele\s))bende\b(?!\s+(?:van\s+)?(?:jongeren|jongens|jeugd|kinderen|criminelen|\d+))|"
        r"zooi\b|puinzooi\b|bende\s+(?:\w+\s+){0,2}(?:gemaakt|achtergelaten|achterlaten)\b",
        r"rommel\w*",
        r"troep\b",
        r"zwerfvuil",
        r"vuilnis\s+op\s+straat",
        r"(?:laten|liet|lieten|achter)\w*\s+(?:\w+\s+){0,2}(?:slingeren|liggen)",
        # Litter lying about, not riding in a zigzag ("slingeren tussen de auto's door").
        r"slingeren\b(?!\s+(?:\w+\s+)?(?:tussen|over|door|langs)\b)",
        # Litter on the ground, the quay or in the water ("blikjes en chipszakken op de steiger",
        # "overal patronen", "ballonnen in de gracht").
        r"(?:blikjes|blikken|flesjes|zakjes|(?:chips|snoep)?zakken|peuken|verpakkingen|patronen|patroontjes|"
        r"bekers|bekertjes|pizzadozen|ballonnen|ballonnetjes|capsules|scherven|glas)\s+(?:\w+\s+){0,2}op\s+(?:de\s+|het\s+)?(?:grond|stoep|straat|strjitte|"
        r"steiger|strand|kade|speelplaats)\b",
        r"overal\s+(?:\w+\s+)?(?:ballon\w*|blikjes|blikken|flesjes|flessen|patronen|patroontjes|peuken|"
        r"zakjes|verpakkingen|capsules|\w+flessen)\b",
        r"(?:ballon\w*|blikjes|flesjes|flessen|patronen|afval|rommel|verpakkingen)\s+(?:\w+\s+){0,2}in\s+"
        r"(?:het\s+water|de\s+(?:sloot|gracht|vijver|haven|plas|fontein))\b",
        r"(?:laten|liet|lieten|laat)\s+(?:de|hun|alle|een)\s+(?:\w+\s+)?(?:cilinders?|tanks?|flessen|blikjes|"
        r"ballonnen|patronen|kratten|krat|dozen|zakken)\s+(?:gewoon\s+)?(?:staan|liggen)\b",
        r"baldadig\w*",
        # "de Bergse Plassen", "de Loosdrechtse Plassen" are lakes.
        r"(?:wild)?(?:(?<!se\s)(?<!de\s)plassen|plast|geplast|pissen|gepist|urine\w*)\b",
        r"(?:ge)?poep(?:t|en|te)?\b|pist\b|piste\b|pisten\b|pies(?:en|t|te|ten)\b|gepiest|wildplas\w*",
        r"belletje\s*trekken|(?:aanbellen|bellen\s+aan|belden\s+aan)\s+en\s+(?:weg)?(?:rennen|renden|lopen)",
        r"rond(?:ge)?(?:ren|renn|rent|rende)\w*|(?:gooi\w*|gegooid)\s+(?:\w+\s+){0,2}(?:friet\w*|patat|eten|"
        r"etensresten|blikjes|peuken)\b(?!\s+(?:\w+\s+)?(?:naar|tegen|richting))",
        # Littering: "ballonnen op straat gooien", "alles op de grond gegooid".
        r"op\s+(?:straat|de\s+grond|de\s+stoep)\s+(?:ge)?(?:gooi\w*|gegooid|smijt\w*|gesmeten|laten\s+(?:vallen|liggen))|"
        r"(?:gooi\w*|gegooid|smijt\w*|gesmeten)\s+(?:\w+\s+){0,3}op\s+(?:straat|de\s+grond)\b",
        # Empty bottles left about; rattling them ("met lege flessen rammelen") is noise.
        # Not thrown at people or smashed ("gooien lege flessen kapot tegen de gevel").
        r"peuken\b(?!\s+(?:\w+\s+)?(?:naar|richting)\b)|vervuil\w*|"
        r"(?<!met\s)lege\s+(?:fles(?:sen|jes|kes|ses)|blikjes|blikken|zakjes|verpakkingen|\w*patronen|"
        r"\w*patroontjes|\w*tanks|\w*capsules|ballonnen|ballonnetjes|lachgasflessen|\w*cilinders|"
        r"bierkratjes|kratten)\b"
        r"(?!\s+(?:\w+\s+){0,2}(?:naar|kapot|stuk|tegen)\b)",
        # Mess left behind in other words: "als hangplek", escalators run the wrong way,
        # skating through a hall, benches and swings taken over.
        r"(?:(?<=als\s)|(?<=als\svaste\s)|(?<=als\shun\s)|(?<=als\sde\s))hangplek\w*",
        r"roltrap\w*\s+(?:\w+\s+){0,4}(?:tegen|verkeerd|op\s+en\s+af)\b",
        r"(?:skaten|skate|skeeleren)\s+(?:\w+\s+){0,2}(?:door|in)\s+(?:de|het)\s+(?:hal|stationshal|winkel\w*|passage|"
        r"gang|bieb|bibliotheek|hal)\b",
        r"bezett?(?:en|e|ten|te)\s+(?:de|het|alle|een)\s+(?:\w+\s+)?(?:\w*bank\w*|\w*schommel\w*|speel\w*|glijbaan\w*|trap\w*|"
        r"ingang|bushokje|portiek|tafel\w*|stoelen|\w*plek\w*|wc\w*|toilet\w*|fietsenstalling)\b",
        # Hanging against customers' cars or shop windows.
        r"tegen\s+(?:de\s+|het\s+)?(?:auto\S*|gevel\w*|ramen|etalage\w*|ruiten|deuren)\s+(?:\w+\s+){0,3}(?:aan\s+)?"
        r"(?:hangen|hangt|hingen|leunen|leunt|leunden)\b",
        r"(?:blokk\w*|versperr\w*)\s+(?:\w+\s+)?(?:de\s+|het\s+)?(?:ingang|doorgang|deur|entree|stoep|trap|fietspad|voetpad|"
        r"uitgang|fietsenstalling|portiek|(?:fiets|voetgangers)?tunnel\w*|onderdoorgang|brug\w*|steeg\w*|poort\w*|roltrap\w*)",
        r"kinderen\s+(?:\w+\s+){0,2}(?:niet|nooit)\s+(?:meer\s+)?(?:spelen|buiten)",
        r"(?<!jonko's\s)(?<!jonkos\s)(?<!joints\s)(?<!joint\s)(?<!wiet\s)(?<!blowtjes\s)(?<!blowtje\ste\s)"
        r"(?<!jointje\ste\s)(?<!joint\ste\s)ro(?:ken|kend|kende|kt|okt|okten)\b(?!\s+(?:joints?|jonko|wiet|weed|hasj))",
        r"voor\s+de\s+(?:schuif|winkel|voor|hoofd)?(?:ingang|deur|deuren|entree)\b",
        r"in\s+de\s+(?:hal|portiek|gang|lift)\b",
        r"onder\s+de\s+galerij",
        # Not someone's own doorway ("volgen haar tot aan haar portiek").
        r"(?<!haar\s)(?<!zijn\s)(?<!z'n\s)(?<!hun\s)portiek\w*",
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
        # Blocking, taking over benches and paths, litter left behind.
        r"(?:ingang|uitgang|doorgang|deur|deuren|schuifdeuren|entree|portiek|trap|pad|stoep)\s+(?:\w+\s+){0,2}(?:te\s+)?(?:blokkeren|blokkeert|blokkeerden|geblokkeerd|versperren|versperd)",
        r"(?:blokkeren|blokkeert|blokkeerden|versperren|versperden)\s+(?:\S+\s+){0,4}(?:de\s+|het\s+)?(?:ingang|uitgang|doorgang|deur|schuifdeuren|entree|pad|stoep)",
        r"(?:kunnen|konden|kan|kon)\s+(?:er\s+)?(?:niet|nauwelijks|amper)\s+(?:meer\s+)?(?:langs|door|in|uit|naar\s+binnen)\b",
        r"(?:moeten|moest|moesten)\s+(?:er\s+)?(?:\w+\s+){0,2}(?:tussendoor|omheen|omlopen|over\s+het\s+gras)|met\s+een\s+boog\s+omheen",
        r"(?:bankjes|banken|bank|pad|trap|speeltuin|bushokje|portiek)\s+(?:\w+\s+){0,3}(?:bezet\s+(?:houden|hielden|houdt)|in\s+beslag\s+(?:nemen|genomen))|"
        r"(?:bankjes|banken|pad|trap|bushokje|portiek|speeltuin)\s+(?:\w+\s+){0,4}bezet\b",
        # "laten zich achter de bus meetrekken" is no litter left behind.
        r"(?:laten|liet|lieten|laat)\s+(?:\w+\s+){0,5}(?:gewoon\s+)?(?:liggen|achter\b(?!\s+(?:de|het|een|hun|"
        r"zijn|haar|z'n|die|dat|elkaar)\b))\b|achtergelaten|ligt\s+(?:\w+\s+)?vol\s+(?:met\s+)?(?:lege\s+)?(?:flessen|flesjes|blikjes|blikken|afval|rommel|zakjes|"
        r"peuken|glas|ballonnen|capsules|patronen|doppen|pitten|schillen)",
        r"(?:pissen|piesen|plassen|urineren|zeiken|wateren)\s+(?:\w+\s+){0,3}tegen|tegen\s+(?:de\s+|het\s+)?(?:\w+\s+){1,2}(?:aan\s+)?(?:te\s+)?"
        r"(?:pissen|piesen|plassen|zeiken|wateren)\b",
        # Bottles thrown in the harbour (Frisian "smite de lege fleskes yn 'e haven").
        r"(?:fleskes|flesjes|flessen|blikjes|blikken)\s+(?:\w+\s+)?(?:in|yn)\s+(?:de|'e|het)\s+(?:haven|sloot|gracht|feart|wetter|water)\b",
    ),
    conditional_terms=(
        # A call to "take over" a place ("oproep om het winkelcentrum over te nemen").
        (
            r"over\s+te\s+nemen\b|overnemen\b|take-?over\b|flashmob\w*",
            r"oproep\w*|opgeroepen|roept\s+op|roepen\s+op|tiktok|snap\w*|insta\w*|app\b|groepsapp\w*|discord",
        ),
    ),
    weak_terms=(
        r"(?:rond)?hang(?:en|t|plek\w*|jongeren)\b",
        r"hingen\b",
        r"gedoe\b",
        r"verplaatst\b|verplaatsen\b",
    ),
    description="Hanging around, litter, blocking entrances, urinating: nuisance without noise.",
)
