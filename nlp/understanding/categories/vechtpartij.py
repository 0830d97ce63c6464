"""Fights, assault, and calls or plans to fight."""

from nlp.understanding.categories.base import AMBUSH, ARMED_CALL, KILL_THREAT, UNDER_WATER, Category

_OBJECTS = (
    r"(?:ruit|raam|ramen|deur|auto|bus|tram|hek|gevel|prullenbak|afvalbak|bord|paal|container|"
    r"lantaarnpa|fiets|scooter|brievenbus|bankje|muur|muren|bal)"
)

CATEGORY = Category(
    name="vechtpartij",
    label_nl="vechtpartij",
    severity=3,
    terms=(
        # Not the river Vecht ("de Vechtbrug", "het Vechtdal", "speeltuin aan de Vecht").
        r"vecht(?!brug|dal|streek|oever|kade|straat|weg|laan|plein|college)(?:\w+|(?<!\bde\svecht))\b(?!\s+bijna)|gevochten",
        # Blows to the head: "een knal voor zijn kop", "een dreun op z'n hoofd".
        r"(?:klap|knal|dreun|mep|lel|hengst|beuk|oplawaai|stoot|vuistslag|kopstoot|trap|schop)\s+(?:voor|op|tegen|in)\s+"
        r"(?:zijn|zn|z'n|haar|d'r|de|je|m'n|hun)\s+(?:kop|hoofd|bek|gezicht|harses|smoel|oog|neus|kaak)\b|"
        # Straattaal "kloppen" (beat up): "kloppen hem"; not knocking on a door.
        r"(?:kloppen|klopten|klopte)\s+(?:hem|haar|iemand|een\s+(?:jongen|knul|gast|man))\b(?!\s+(?:op|aan|tegen)\b)",
        r"afgerekend|afreken(?!de\b|den\b)\w*|opstootje\w*|beef\w*|revanche",
        r"klap\s+(?:in|op|tegen)\s+(?:zijn|zn|z'n|haar|het|d'r|de)\s+(?:gezicht|hoofd|kop|bek|oog)|"
        r"in\s+elkaar\s+(?:ge)?(?:ramd|rammen|beukt|beuken|getrapt)|(?:op|met)\s+elkaar\s+(?:in)?(?:ge)?(?:slagen|sloegen|"
        r"ingeslagen|ingebeukt)|(?:ging|gingen|gaan)\s+(?:helemaal\s+)?los\s+(?:op|met)\s+(?:elkaar|hem|haar|hen|"
        r"die|dat|een\s+(?:jongen|man|vrouw|meisje|andere)|de\s+(?:jongen|man|vrouw|andere|anderen)|\w*knuppel\w*|"
        r"mes|messen|stokken|stenen|kettingen|riemen|vuisten)\b",
        # A blow taken or given ("ving een klap", "kreeg een trap").
        r"(?:ving|kreeg|kregen|krijgt|gaf|gaven|geeft|verkocht|uitgedeeld)\s+(?:hem\s+|haar\s+)?"
        r"(?:een\s+)?(?:klap|klappen|trap|trappen|schop|stoot|dreun|mep|beuk|kopstoot|vuistslag)\b",
        # Kicked or held under water: assault.
        r"(?<!keet\s)(?<!gort\s)(?<!kapot\s)(?<!elkaar\s)(?<!stuk\s)(?<!stukken\s)(?<!eruit\s)(?<!eraf\s)(?<!krom\s)(?<!uit\s)(?<!af\s)"
        r"(?<!open\s)(?<!omver\s)(?<!rek\s)(?<!rekken\s)(?<!umme\s)(?<!um\s)(?<!standaard\s)(?<!palen\s)(?<!paal\s)(?<!deur\s)(?<!deuren\s)(?<!ramen\s)(?<!ruiten\s)(?<!hek\s)(?<!hekken\s)(?<!scharnieren\s)(?<!auto's\s)(?<!spiegels\s)"
        r"(?:ge)?trap(?:t|te|ten)\b(?!\s+keet\b)(?!\s+(?:\w+\s+){0,5}(?:krom|kapot|stuk|eruit|eraf|los|om)\b)"
        r"(?!\s+(?:\w+\s+){0,2}(?:tegen|op)\s+(?:de\s+|het\s+|een\s+)?(?:\w+e\s+)?\w*"
        + _OBJECTS
        + r")",
        UNDER_WATER,
        r"(?:duwden|duwde)\s+(?:\w+\s+){0,3}(?:van\s+(?:zijn|haar|z'n|zn|de)\s+(?:fiets|scooter)|omver|"
        r"op\s+de\s+grond|tegen\s+de\s+grond)",
        r"knok\w*|matten\b|matpartij",
        # Fighting in other words: "het uitvechten", "gaan elkaar te lijf", "gingen op elkaar
        # los", "bonje", "een oplawaai", "meppen", "een kapotte lip".
        r"uit(?:ge)?vecht\w*",
        r"(?<=te\s)lijf\b|(?<=op\s)elkaar\s+los\b",
        r"bonje\w*|oplawaai\w*|muilpeer\w*|(?:ge)?mep(?:pen|te|ten|t)\b",
        r"(?:kapotte|gescheurde|bloedende|dikke)\s+lip(?:pe|pen)?\b|gebroken\s+neus\b",
        r"op\s+de\s+vuist",
        r"kloppartij\w*|steekpartij\w*|schietpartij\w*|steekincident\w*|schietincident\w*|steekwond\w*",
        # Hitting people; "slaan spiegels eraf", "ruiten ingeslagen" is damage.
        r"(?<!eruit\s)(?<!kapot\s)(?<!stuk\s)(?<!palen\s)(?<!ramen\s)(?<!ruiten\s)(?<!deur\s)(?<!deuren\s)(?<!auto's\s)(?<!spiegels\s)"
        r"(?:in\s+elkaar\s+)?(?:ge)?sla(?:gen|at|an)\b(?!\s+alarm|\s+[^.!?,;\n]{0,40}\b(?:eraf|kapot|stuk|"
        r"tegen\s+(?:de\s+|het\s+)?(?:rolluik|ruit|raam|ramen|deur|auto|bus|gevel|hek|container|paal)\w*)\b)"
        r"|(?<!eruit\s)(?<!kapot\s)(?<!stuk\s)(?<!auto's\s)(?<!autos\s)(?<!spiegels\s)(?<!ramen\s)(?<!ruiten\s)(?<!lampen\s)"
        r"(?<!eraf\s)(?<!af\s)geslagen|in\s+elkaar\s+geslagen",
        r"mishandel\w*",
        # Kicking people; kicking doors or windows is vandalism.
        r"(?:ge)?schop(?:t|pen|te|ten)\b(?!\s+(?:een\s+|de\s+)?bal\w*)(?<!eruit\sgeschopt)(?<!rek\sgeschopt)(?<!standaard\sgeschopt)(?!\s+(?:\w+\s+){0,2}(?:tegen|op)\s+(?:de\s+|het\s+|een\s+)?(?:\w+e\s+)?\w*"
        + _OBJECTS
        + r")",
        r"klappen\s+(?:gegeven|geven|uitgedeeld)",
        r"ruzie\w*",
        r"neergestoken\b|(?<!fik\s)(?<!brand\s)(?<!hens\s)(?<!lek\s)gestoken\b",
        r"gewond\w*|hoofdwond\w*",
        r"afrekenen|af\s+te\s+rekenen",
        r"(?:te\s+)?pakken\b(?=[^.!?\n]{0,3}[\"'])|pakken\s+ze\b",
        r"(?:we|wij)\s+(?:gaan\s+)?pakken\s+(?:ze|die|hen|hun|jullie)\b",
        r"tegenover\s+elkaar",
        # Arranged fights: "een 1 tegen 1", "school tegen school", "om het af te maken met".
        r"(?:1|een)\s+(?:tegen|vs\.?)\s+(?:1\b|een\b(?!\s+[a-z]{3,}))|1v1\b|(?:school|wijk|buurt|dorp)\s+tegen\s+(?:school|wijk|buurt|dorp)\b|"
        r"(?:het\s+)?(?:af\s+te\s+maken|afmaken)\s+met\s+(?:de|die|hun|een|ze)\b",
        r"(?:zoek\w*|gezocht)\s+(?:\w+\s+){0,2}confrontatie|confrontatie\s+(?:\w+\s+)?(?:zoek\w*|aan)",
        r"(?:gooi\w*|gegooid|smijt\w*|gesmeten)\s+(?:\w+\s+){0,3}naar\s+elkaar",
        ARMED_CALL,
        r"wraak\w*",
        AMBUSH,
        r"(?<!aan\s)geduw\w*|(?<!aan\s)(?:aan\s+het\s+)?duwen\b(?!\s+zich\b)(?!\s+(?:\w+\s+){0,2}(?:het\s+water|de\s+(?:sloot|gracht|vijver))\b)(?!\s+(?:\w+\s+)?(?:klanten|mensen|voorbijgangers))",
        r"rellen\s+tegen|elkaar\s+aan(?:gevallen|vallen)|(?<!honden\s)(?<!hond\s)(?<!dieren\s)aangevallen|aanvallen",
        # Two groups pelting each other: "bekogelen elkaar met stenen".
        r"(?:bekogel\w*)\s+elkaar\b|elkaar\s+(?:\w+\s+){0,2}bekogel\w*",
        r"(?:iets\s+)?gepland\s+staat|staat\s+(?:er\s+)?(?:iets\s+)?gepland",
        r"van\s+(?:zn|zijn|z'n|haar)\s+(?:fiets|scooter)\s+(?:ge)?trok\w*|trokken\s+\w+\s+\w+\s+van",
        # Street words for a fight ("fight" is used in Dutch too) and blows exchanged.
        r"fight\w*|fittie\w*|brawl\w*|slaags\b|handgemeen\w*|vuistslag\w*|kopsto(?:ot|ten)\w*",
        r"klap(?:pen)?\s+(?:gegeven|geven|gehad|gekregen|uitgedeeld|uitdelen|verkocht|vallen|vielen)"
        r"|(?:vielen|vallen|gevallen)\s+(?:er\s+)?(?:rake\s+)?klappen|rake\s+klappen",
        r"neergeslagen|neerslaan|neergeduwd|onderuit\s*(?:ge)?haald|(?:een\s+)?pak\s+slaag",
        r"afgetuigd|aftuigen|afgeranseld|aframmel\w*|in\s+elkaar\s+(?:ge)?(?:trapt|schopt|zet|zetten|gezet)",
        r"(?:ge)?stomp(?:en|t|te|ten)\b|bloedneus\w*|blauw\s+oog|bloed(?:de|den|end|ende)\b",
        r"duw-?(?:incident|partij)\w*|duwpartij\w*|trekpartij\w*|(?:ge)?wurg\w*|houdgreep",
        # Escalation into blows ("die overging in klappen", "liep uit op geweld").
        r"(?:overging|overgingen|overgaan|overgegaan|ontaard\w*|uitliep|uitliepen|uitgelopen)\s+(?:in|op)\s+"
        r"(?:\w+\s+)?(?:klappen|geweld|slaande\s+ruzie)\b",
        # Bringing weapons along to a meeting ("ze nemen stokken mee").
        r"(?:nemen|neemt|namen|brengen|brengt)\s+(?:\w+\s+)?(?:messen|wapens|stokken|knuppels|boksbeugels|"
        r"kettingen)\s+mee\b",
        KILL_THREAT,
        r"(?:trokken|trok|getrokken)\s+(?:\w+\s+)?aan\s+(?:haar|zijn|z'n|de)\s+haren",
        # Blows in other words: "kreeg klappen van", "sloegen hem", "met vuisten bewerkt".
        r"(?:kreeg|kregen|krijgt|krijgen)\s+(?:\w+\s+){0,2}(?:klappen|rake\s+klappen|een\s+pak\s+slaag|slaag)\b",
        r"(?:sloegen|sloeg|slaan|slaat)\s+(?:hem|haar|hen|die\s+jongen|de\s+jongen|een\s+jongen)\b|(?:met\s+)?vuisten\s+(?:\w+\s+)?bewerkt",
        r"(?:aan\s+de\s+haren\s+(?:ge)?trok\w*|trokken\s+(?:\w+\s+){0,2}aan\s+de\s+haren)|op\s+de\s+grond\s+(?:ge)?(?:gooid|gooiden|gegooid|smeten|gesmeten)",
    ),
    conditional_terms=(
        # "hebben een jongen geklopt" (beaten up); "op de deur geklopt" is knocking.
        (
            r"geklopt\b(?!\s+(?:op|aan|tegen)\b)",
            r"(?:jongen|jongens|knul|gast|man|jochie|meisje|meid|iemand|hem|haar)\s+(?:\w+\s+){0,3}geklopt\b(?!\s+(?:op|aan|tegen)\b)",
        ),
        # A fight, unless it was play ("het 'gevecht' was worstelen voor de lol").
        (
            r"gevecht\w*",
            r"^(?![\s\S]*\b(?:was|waren|bleek|bleken)\s+(?:\w+\s+)?(?:worstel\w*|stoei\w*|dollen|gedol|geintje|"
            r"een\s+(?:spel|grap|geintje|stoeipartij))\b)",
        ),
        # Come to the fight ("pull up") in a call or a status.
        (
            r"pull\s*up\b",
            r"oproep\w*|opgeroepen|status\w*|snap\w*|insta\w*|tiktok|app\b|groepsapp\w*",
        ),
        (r"te\s+pakken\b", r"oproep\w*|opgeroepen|roept\s+op|roepen\s+op"),
        # An online call to come with knives or sticks is a call to fight.
        (
            r"(?:vs\.?|versus)\s+\w+|(?:noord|zuid|oost|west|centrum)\s+tegen\s+(?:noord|zuid|oost|west)\b"
            r"|gaan\s+(?:\w+[\s-]+){1,5}(?:een\s+lesje\s+)?leren\b",
            r"oproep\w*|opgeroepen|roept\s+op|roepen\s+op|snap\w*|insta\w*|tiktok|groepsapp|"
            r"klassenapp|gedeeld|doorgestuurd|telegram",
        ),
        (
            r"met\s+(?:messen|wapens|stokken|knuppels|boksbeugels)\s+(?:\w+\s+){0,3}(?:te\s+)?komen"
            r"|(?:messen|wapens|stokken|knuppels|boksbeugels)\s+(?:mee\s*nemen|meenemen|meebrengen)",
            r"oproep\w*|opgeroepen|roept\s+op|roepen\s+op",
        ),
    ),
    description="Fights, assaults, stabbings and arranged or announced fights.",
)
