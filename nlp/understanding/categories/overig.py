"""Signals about the group that are no behaviour: school absence, parents asking for
contact, exploitation, fraud. Only counted when no behaviour is named."""

from nlp.understanding.categories.base import BELL, Category

CATEGORY = Category(
    name="overig",
    label_nl="overig",
    severity=1,
    terms=(
        r"uit(?:ge)?buit\w*|loverboy\w*|oplicht\w*|fraude\w*|radicalis\w*|ronselen\s+voor",
        # Recruitment and exploitation (drug running is drugs as well, in drugs.py).
        r"(?:ge)?ronsel\w*|mensenhandel|criminele\s+uitbuiting",
        r"(?:iets|geld|snel\s+geld|veel\s+geld|makkelijk\s+geld)\s+(?:bij\s+)?(?:te\s+)?verdienen",
        r"(?:jongens|kinderen|meiden|jongeren)\s+(?:\w+\s+)?te\s+['\"]?huren",
        r"['\"]?werk['\"]?\s+(?:\w+\s+)?aan(?:bieden|geboden|bood|boden)",
        # Other behaviour without a category of its own: cruelty to animals, nude photos
        # shared, fare dodging, emergency brakes, drones, boats untied.
        r"dierenmishandel\w*|dierenbeul\w*|dierenambulance|dierenpolitie|"
        r"(?:naar|op)\s+(?:de\s+|een\s+)?(?:kat|katten|poes|poezen|hond|honden|eend|eenden|meeuwen|duiven|"
        r"zwanen|ganzen|vogels?|konijn\w*|egels?|dieren|paarden)\s+(?:\w+\s+)?(?:gooi\w*|gegooid|"
        r"schiet\w*|geschoten|schoten)|(?:kat|katten|poes|hond|eenden|dieren)\s+(?:\w+\s+)?achterna\b|"
        r"(?:schiet\w*|schoten|geschoten|gooi\w*)\s+(?:\w+\s+){0,3}(?:op|naar)\s+(?:de\s+)?(?:kat|katten|"
        r"meeuwen|duiven|eenden|zwanen|ganzen|vogels|dieren|paarden|koeien|koe|schapen|kippen|herten|"
        r"ezels|apen|flamingo\w*)\b",
        r"naaktfoto\w*|naaktbeeld\w*|nudes?\b|sexting|sextortion|shame-?sex\w*",
        r"zwartrij\w*|zonder\s+(?:kaartje|vervoersbewijs|ticket|in\s+te\s+checken|te\s+betalen\s+de\s+"
        r"(?:bus|tram|trein|metro))|poortjes\s+(?:\w+\s+)?(?:door|over)\w*",
        # Not a shop's exit gate that sounds the alarm (shoplifting).
        r"(?:over|door|onder)\s+(?:de\s+)?(?:ov-?|toegangs)?(?:poortjes|tourniquets?)\b(?![^.!?\n]{0,30}\balarm\b)|(?:zonder|niet)\s+(?:te\s+)?(?:in)?check(?:en|t)\b|"
        r"weiger\w*\s+(?:te\s+)?(?:betalen|uit\s+te\s+stappen)|geen\s+(?:kaartje|kaartjes|vervoersbewijs)|"
        r"kaartjes?\s+hadden\s+ze\s+(?:ook\s+)?niet",
        # Climbing on roofs and jumping off bridges and quays.
        # Climbing on towers, ships, monuments ("klimmen aan de buitenkant van de toren");
        # not on a climbing frame or a tree.
        r"(?:klimmen|klimt|klom|klommen|geklommen)\s+(?:\w+\s+){0,2}(?:op|aan|in|tegen)\s+(?:de|het|een)\s+"
        r"(?!klim|speel|glijbaan|boom|bomen|rek)\w+",
        # Swimming in a harbour or between boats; walking on thin ice.
        r"(?:zwemmen|zwemt|zwom|zwommen|gezwommen)\s+(?:\w+\s+){0,4}(?:in\s+de\s+(?:\w*haven|sluis|gracht|fontein|vaargeul)\b|"
        r"tussen\s+de\s+(?:boten|schepen|bootjes))|dunne?\s+ijs\b",
        # Truancy: "in het winkelcentrum in plaats van op school".
        r"(?:in\s+plaats\s+van|i\.?p\.?v\.?)\s+(?:op|naar|in)\s+(?:de\s+)?(?:school|les|klas)\b|"
        r"(?:onder|tijdens)\s+(?:school|les)tijd\b",
        # Holding on behind a bus or a car ("laten zich achter de bus meetrekken").
        r"(?:laten|liet|lieten|laat)\s+zich\s+(?:\w+\s+){0,5}(?:meetrekken|meeslepen|voorttrekken)\b",
        r"(?:op|over)\s+(?:het|de|een)\s+(?:dak|daken)\b|klim\w*\s+(?:\w+\s+){0,4}(?:dak|daken|steiger\w*|"
        r"hijskra\w*|kraan|gevel)\b|beklim\w*",
        r"(?:springen|springt|sprong|sprongen|gesprongen)\s+(?:\w+\s+){0,3}(?:van|vanaf|af)\s+(?:de|het)\s+"
        r"(?:\w*brug|kade|steiger|pier|sluis\w*|dak|viaduct|wal|havenhoofd)\b",
        # Swimming where it is forbidden or in a fountain; boating into the fairway; diving
        # off a moving ferry; climbing over a fence or onto a mill; a level crossing with the
        # barriers down; metro doors held open; a laser at aircraft; joyriding a digger.
        r"zwemverbod\w*|verboden\s+te\s+zwemmen",
        r"vaargeul\w*",
        r"(?<=in\sde\s)(?:fontein|haven|jachthaven|binnenhaven|sluis|gracht)\s+(?:te\s+)?(?:zwemmen|zwemt|zwommen|gezwommen|zwom)\b",
        r"(?:duiken|duikt|doken|gedoken|springen|springt|sprong|sprongen)\s+(?:\w+\s+){0,3}(?:van|vanaf|af)\s+(?:de|het)\s+"
        r"(?:\w*pont|veerboot|boot|schip|brug|sluisdeur\w*)\b",
        r"(?:klimmen|klimt|klom|klommen|geklommen|klauteren|klautert|klauterden|geklauterd)\s+(?:\w+\s+){0,3}over\s+"
        r"(?:het|de|een)\s+(?:\w+\s+)?(?:hek|hekken|omheining|poort|schutting|afrastering|muur)\b",
        r"overweg\w*\s+(?:\w+\s+){0,6}(?:bomen|slagbomen|spoorbomen)\s+(?:\w+\s+)?(?:al\s+)?(?:dicht|omlaag|naar\s+beneden)\b",
        r"(?:spoorbomen|slagbomen)\s+(?:\w+\s+){0,2}(?:dicht|omlaag|naar\s+beneden)\b",
        r"deur(?:en)?\s+van\s+de\s+(?:metro|trein|tram|bus|lift)\s+(?:\w+\s+)?open\b(?!\s+(?:ging|gingen|gaan|gaat|gegaan|en\s+dicht))",
        r"laser\w*\s+(?:\w+\s+){0,4}(?:vliegtuig\w*|helikopter\w*|piloten|piloot)\b",
        r"(?:graafmachine|shovel|heftruck|bulldozer|hoogwerker)\w*\s+(?:\w+\s+){0,4}aan\s+de\s+praat\b",
        r"(?<=zonder\ste\sbetalen\s)(?:overgevaren|overvaren|meegevaren|meegereden|gereisd)\b",
        r"noodrem\w*|drones?\b|(?:boot|bootje|bootjes|boten|sloep\w*)\s+(?:\w+\s+)?los\w*|losgegooid",
        r"(?:€|euro)\s*[0-9]+\s+per\s+(?:dag|klus|rit|pakketje)|[0-9]+\s*(?:euro|€)\s+per\s+(?:dag|klus|rit|pakketje)",
        # Danger to themselves or others, truancy, animals.
        r"(?:lopen|liepen|loopt|liep|rennen|renden|spelen|zitten|zaten)\s+(?:\w+\s+){0,2}(?:over|op|langs)\s+het\s+spoor|op\s+het\s+spoor|"
        r"over\s+het\s+spoor\s+(?:\w+\s+){0,5}(?:gelopen|gerend|gefietst|overgestoken)\b|"
        # Stones laid on the rails are damage and traffic, not walking on the track.
        r"(?<!stenen\s)(?<!steentjes\s)(?<!keien\s)(?<!tegels\s)(?<!stoeptegels\s)(?<!takken\s)(?:op|over)\s+de\s+(?:tram|trein)?rails\b",
        # Climbing cranes or masts; over the fence of a pool to swim; a fire alarm pressed.
        r"(?:in|op)\s+de\s+(?:hijs|bouw)?kraan\b|(?:hijs|bouw)kraan\w*|(?:in|op)\s+de\s+masten\b",
        r"over\s+(?:het|de)\s+hek\s+(?:\w+\s+){0,6}?geklommen\b|(?:zwemmen|zwemt|zwommen)\s+(?:\w+\s+){0,2}na\s+sluitingstijd",
        r"(?:brand|nood)alarm\w*\s+(?:\w+\s+)?(?:ingedrukt|indrukken|ingeslagen|afgaan|laten\s+afgaan)",
        r"(?:hoorden|hoort|horen|hoorde|moesten|moeten)\s+(?:\w+\s+){0,2}(?:in\s+de\s+klas|op\s+school)\s+(?:te\s+)?(?:zitten|zijn)",
        r"(?:springen|sprongen|springt|gesprongen|te\s+springen)\s+(?:\w+\s+){0,4}(?:in\s+het\s+water|in\s+de\s+gracht|in\s+het\s+kanaal)|van\s+de\s+brug\s+(?:\w+\s+){0,3}(?:springen|sprongen|gesprongen|te\s+springen)",
        r"(?:geiten|eenden|zwanen|dieren|kippen|schapen|kat|katten|hond|honden|ganzen|konijnen|eend|zwaan|duiven)\s+(?:\w+\s+){0,4}(?:opgejaagd|opjagen|opjaagt|opjoegen|opjoeg|mishandeld|getrapt|gegooid|gooien|gooit|gooiden|smijten|smijt|"
        r"bekogeld|rondgeslingerd|gepest|aangevallen|gebeten|achterna\w*)|(?:stenen|stokken|vuurwerk)\s+(?:\w+\s+)?naar\s+(?:de\s+)?(?:eenden|zwanen|dieren|ganzen|duiven|katten|honden)",
        r"(?:springen|sprongen|springt)\s+over\s+(?:de\s+)?(?:poortjes|tourniquets)",
        # Truancy is the signal even next to other behaviour ("spijbelen en blowen").
        r"spijbel\w*|gespijbeld",
        # Truancy in other words: "skippen de middag", "hadden gewoon les moeten hebben".
        r"(?:ge)?skip(?:pen|t|te|ten)\b|geskipt|"
        r"(?:les|lessen|school)\s+(?:\w+\s+)?(?:overslaan|overgeslagen|gemist|missen|missen)\b|"
        r"(?:les|school)\s+(?:hadden|had|hebben|heeft|hebt)\s+(?:moeten|gehad\s+moeten)\b|"
        r"(?:hadden|had|moesten|moeten|moest)\s+(?:\w+\s+){0,2}(?:les|school)\s+(?:moeten\s+)?(?:hebben|zijn|zitten)\b",
        # Pranks on emergency services, opening hydrants, playing police.
        r"nepmelding\w*|(?:valse|loze|nep)\s*(?:melding|meldingen|oproepen?)\b|(?:grap|nep|prank)\s*(?:telefoontjes|belletjes)|"
        r"(?:bellen|belt|belden|gebeld)\s+(?:\w+\s+){0,3}112\s+(?:voor\s+de\s+(?:lol|grap|gein))|"
        r"112\s+(?:\w+\s+){0,2}(?:voor\s+de\s+(?:lol|grap|gein))|"
        r"brandkra(?:an|nen)\s+(?:\w+\s+){0,2}(?:open\w*|opgedraaid|aangezet)|(?:opengezet|opengedraaid)\s+(?:\w+\s+){0,2}brandkra\w*|"
        r"(?:nep|fake)[\s-]?(?:politie|agent|agenten)\b|(?:doen|deden|doet|deed)\s+(?:\w+\s+)?alsof\s+(?:ze|hij|zij)\s+"
        r"(?:\w+\s+)?(?:politie|agent|agenten|handhav\w*|boa\w*)",
        BELL,
        # Nature and animals: fyke nets, poaching, disturbed birds, animals let loose.
        r"fuik(?:en)?\b|stropen\b|stroper\w*|gestroopt|(?:vogels|broedende\s+vogels|koeien|schapen|paarden|"
        r"reeen|herten)\s+(?:\w+\s+)?(?:opgeschrikt|verstoord|verjaagd|opgejaagd|in\s+paniek)\b|vogeleiland\w*|"
        r"broedgebied\w*|(?:geiten|schapen|koeien|paarden|dieren|kippen|konijnen|ezels|varkens|pony'?s)\s+(?:\w+\s+){0,2}"
        r"(?:losgelaten|loslaten|vrijgelaten|laten\s+ontsnappen)|(?:laten|liet|lieten|laat)\s+(?:de\s+)?(?:geiten|schapen|"
        r"koeien|paarden|dieren|kippen|konijnen|ezels|varkens)\s+(?:\w+\s+)?los\b",
        # Climbing property ("de dakgoot als klimrek").
        r"als\s+(?:een\s+)?klimrek\b|(?:dakgoot|dakgoten|regenpijp\w*|gevel)\s+(?:\w+\s+){0,2}(?:op\s*)?(?:geklommen|klimmen|klimt|klommen)\b",
        # Boarding without paying; harassing animals, verb first ("pesten de geiten").
        r"(?:stapten|stappen|stapt|stapte)\s+(?:\w+\s+){0,2}zonder\s+(?:te\s+)?betalen|zonder\s+(?:te\s+)?betalen\s+"
        r"(?:in|instappen|ingestapt)\b",
        r"(?:pest|pesten|pestten|treiteren|treiterden|jagen|joegen|opjagen)\s+(?:de\s+)?(?:geiten|eenden|zwanen|ganzen|"
        r"kippen|schapen|katten|dieren|konijnen|duiven|paarden)\b",
        # Recruiting children as couriers ("om 'pakketjes' rond te brengen", blind6 decision 7).
        r"pakketjes['\"]?\s+(?:\w+\s+)?(?:rond\s*(?:te\s+)?brengen|rondbrengen|rond\s+te\s+brengen)",
    ),
    conditional_terms=(
        # Climbed onto a structure, participle last ("op de stelling van een molen
        # geklommen"); not a climbing frame or a tree.
        (
            r"(?:geklommen|geklauterd)\b",
            r"(?:op|in|aan|tegen)\s+(?:de|het|een)\s+(?!klim|speel|glijbaan|boom|bomen|rek)(?:\w+\s+){1,4}?(?:geklommen|geklauterd)\b",
        ),
        # Their own blue light ("met een blauw zwaailicht op een scooter"), not a police car's.
        (
            r"zwaailicht\b(?!\s+van\s+de\s+politie)",
            r"(?:een|hun|zijn|z'n|nep|eigen)\s+(?:\w+\s+)?zwaailicht\b(?!\s+van\s+de\s+politie)",
        ),
    ),
    weak_terms=(
        r"leerplicht\w*",
        r"verzuim\w*|niet\s+(?:meer\s+)?op\s+school|niet\s+naar\s+school",
        r"contact\s+(?:op)?(?:nemen|leggen|gezocht|gehad|opgenomen|opnemen)",
        # Asking for a conversation; a conversation that took place is no signal.
        r"in\s+gesprek\b|(?:wil|willen|wilt)\s+(?:\w+\s+){0,2}gesprek\b|praten\b",
        r"(?:vragen|vraagt|vroegen|vroeg)\s+(?:\w+\s+){0,2}(?:om\s+)?(?:een\s+)?gesprek\b",
        r"meedenken|meewerken|benader\w*|terugkoppeling|teruggebeld|terugbellen",
        r"wie\s+pakt|pakt\s+(?:het|dit)\s+op",
        r"(?:niet|verder)\s+(?:verder\s+)?delen|voor\s+het\s+dossier|dossier\w*",
        r"(?:maakt|maken)\s+zich\s+zorgen|zorgen\s+over",
        r"klaar\s+(?:is\s+)?met\s+(?:die|de)\s+groep|van\s+de\s+groep\s+af",
        r"iets\s+voor\s+jongerenwerk|jongerenwerk\s+(?:erbij|benaderen|contact)",
        r"(?:moeder|vader|ouders?|familie)\s+(?:van\s+(?:\S+\s+){1,2})?(?:belde|belt|wil|willen|gesproken|"
        r"mailt|vraagt|heeft|hebben)",
        r"ingeschreven",
        r"ter\s+info",
        r"mee\s+kan\s+naar",
        r"zit\s+(?:er\s+)?(?:vaak\s+)?bij\s+de\s+groep|(?<!gehad\s)(?<!gesprek\s)(?<!contact\s)(?<!gepraat\s)(?<!gesproken\s)met\s+de\s+groep\b|bij\s+de\s+groep\s+(?:op|in|bij)",
    ),
    description="Person-level or organisational signals without a behaviour category.",
)
