"""Damage to property: breaking, graffiti, throwing things at buildings or vehicles."""

from nlp.understanding.categories.base import BLOWN_UP, PEOPLE, Category

_THROW = r"(?:gooi\w*|gegooid|smijt\w*|gesmeten|bekogel\w*\b(?!\s+elkaar\b)|schieten)"
_DUMP = r"(?:gooi\w*|gegooid|smijt\w*|gesmeten|dump\w*|gedumpt|kieper\w*|gekieperd|duw\w*|geduwd)"
_WATER = (
    r"(?:(?:het|'t)\s+water|de\s+(?:sloot|gracht|vijver|fontein|singel|rivier|vaart|plas|haven|kanaal|lek|maas|"
    r"amstel|\w+gracht|zee|zwembad|zwemvijver|put)|(?:de\s+|het\s+)?zee|het\s+(?:meer|zwembad|kanaal|ven))"
)
# Things that get thrown at or kicked against property.
_MISSILES = (
    r"(?:stenen|steentjes|steen|eieren|(?:stoep)?tegels|tegel|ballen|bal|flessen|flesjes|fles|tomaten|"
    r"vuurwerk)"
)
_PROPERTY = (
    r"(?:\w*ramen|\w*ruiten|ruit|gevels?|deuren|deur|voordeur\w*|bus|bussen|tram|trams|auto\w*|"
    r"flats?|huizen|woning\w*|winkel\w*|etalage\w*|bushokje\w*|abri\w*|lantaarnpa\w*|"
    r"straatlantaarn\w*|lampen|camera\w*|borden|bordjes?|verkeersbord\w*|hekken|poort\w*|"
    r"kraampjes?|\w*boot|\w*boten|bootjes?|schip|schepen|vrachtwagen\w*|trekkers?|tractor\w*|wagens|voertuig\w*)"
)
# Things whose burning is damage, not a campfire.
_BURNT = (
    r"(?:auto\w*|bus|bussen|bushokje\w*|abri\w*|kliko\w*|(?:papier|glas|afval|vuilnis)?container\w*|prullenbak\w*|"
    r"vuilnisbak\w*|vuilbak\w*|afvalbak\w*|scooters?|brommers?|fiets\w*|boot\w*|sloep\w*|"
    r"tent\w*|bankjes?|deur\w*|schuur\w*|speeltoestel\w*|strandstoel\w*|brievenbus\w*|dixi\w*|toilet\w*|"
    r"houtstapel\w*|bouwkeet\w*|keet|glijbaan\w*|bank|banken|bank(?:ske|skes|ie|ies)\b|"
    r"(?:stro|hooi)bal(?:en)?|(?:stro|hooi)\b|"
    r"bal(?:en)?\s+(?:stro|hooi)|hooiberg\w*)"
)
# What gets kicked or hit on purpose (a ball against a shutter is play, a kick is not).
_STRUCK = (
    r"(?:"
    + _PROPERTY[3:-1]
    + r"|rolluik\w*|fiets(?:en)?|scooters?|brommers?|containers?|prullenbak\w*|"
    r"vuilnisbak\w*|afvalbak\w*|bankjes?|speeltoestel\w*)"
)
# A throw at each other is a fight, at people intimidation, not damage.
# Thrown at people or animals: intimidation or cruelty, not damage.
_ANIMALS = (
    r"(?:eenden|zwanen|ganzen|duiven|dieren|katten|honden|geiten|schapen|kippen|vogels|meeuwen)\b"
)
# Bottles thrown in the sand or the bushes are litter, not damage.
_LITTERED = r"(?!\s+(?:\w+\s+){0,2}in\s+(?:het|de)\s+(?:zand|gras|bosjes|struiken|duinen|berm)\b)"
_NOT_AT_PEOPLE = (
    r"(?!\s+(?:\w+\s+){0,2}naar\s+(?:de\s+|het\s+)?(?:elkaar|" + PEOPLE + r"|" + _ANIMALS + r"))"
)

CATEGORY = Category(
    name="vandalisme",
    label_nl="vandalisme",
    severity=2,
    terms=(
        r"verniel\w*|vernield\w*",
        r"vandal\w*",
        r"(?:ge)?sloop(?:t|te|ten)?\b|slopen\b|(?:het\s+)?slopen",
        # Burst balloons left behind are litter, not damage.
        # Burst balloons, or a broken exhaust ("brommer met een kapotte uitlaat"), are no damage.
        r"kapot\w*\b(?!\s+(?:\w+\s+)?(?:ballon|uitlaat|knalpot|demper|lip|neus|knie|hand|kaak|wenkbrauw|oog|hoofd))|kepot\w*",
        # Property on fire is damaged too ("auto in brand", "brandende kliko's", "een
        # bootje in brand gestoken"); a campfire or burning pallets are not.
        _BURNT
        + r"(?:'s)?\s+(?:\w+\s+){0,6}(?:in\s+(?:de\s+)?(?:brand|fik|hens)\b|afgefikt|uitgebrand|"
        r"aangestoken\b)",
        # A Christmas tree set on fire (Limburgs "kersboum"); a burning tree in a New Year's
        # crowd is a bonfire.
        r"kerst?bo(?:om|um)\w*\s+(?:\S+\s+){0,4}in\s+(?:de\s+)?(?:brand|fik|hens)\b",
        # Fire set inside property ("brandje gesticht in een prullenbak").
        r"(?:brand(?:je|jes)?|vuurtje|fikkie)\s+(?:\w+\s+){0,2}(?:gesticht|gestookt|aangestoken|gemaakt)\s+"
        r"(?:in|op|onder)\s+(?:een|de|het)\s+" + _BURNT,
        # Melted by a fire ("rubberen tegels gesmolten", "afzuiging gesmolten").
        r"gesmolten\b|(?:weg|half\s+)gesmolten|smolt\b",
        r"(?:brandende|uitgebrande|afgebrande|verbrande)\s+(?:\w+\s+)?" + _BURNT,
        r"schroeiplek\w*|zwartgeblakerd|geforceerd|deuken\b|verschroei\w*",
        # Objects laid on the rails (blind13: damage and traffic).
        r"(?:stenen|steentjes|keien|tegels|stoeptegels|bielzen)\s+(?:\w+\s+){0,2}op\s+(?:de\s+|het\s+)?(?:rails|spoor|trambaan)\b",
        # Hinges, fields and lawns: "uit de scharnieren getrapt", "het gras omgeploegd",
        # "halve akker plat", "het hek omvergereden", chewing gum in the gates.
        r"(?:(?<=uit\s)|(?<=uit\sde\s)|(?<=uit\shun\s))(?:scharnieren|hengsels|sponning)\b",
        r"omgeploegd|omploegen|omgewoeld",
        r"(?:akker\w*|velden|bollenveld\w*)\s+(?:\w+\s+){0,2}plat\b",
        r"(?:platgereden|kapotgereden|(?:plat|kapot|stuk)\s+gereden)\b",
        r"(?:bouw)?hek(?:ken)?\s+(?:\w+\s+){0,2}(?:omver|plat|kapot|stuk)\s*(?:ge)?re(?:den|ed)\b",
        r"kauwgom\w*\s+(?:\w+\s+){0,2}(?:in|op|tegen)\s+(?:de\s+|het\s+)?(?:poortjes|sloten|slot|\w*automaat\w*|"
        r"\w*lezer\w*|deur\w*|camera\w*|brievenbus\w*)\b",
        # Dialect "d'r oettrapt" (eruit getrapt).
        r"oet(?:ge)?(?:trapt|schopt|smeten|gooid)\b",
        # Shooting at property ("schieten op verkeersborden", "op de bordjes geschoten").
        r"(?:schiet\w*|geschoten|schoten)\s+(?:\w+\s+){0,3}op\s+(?:de\s+|het\s+)?" + _PROPERTY,
        r"(?:stuk|stikken)\s*(?:gemaakt|maken|getrapt|gegooid|geslagen|gesmeten|smijten|smiten|gooien)",
        # Plants and flower beds destroyed: "perken vertrapt", "planten uit de bak getrokken".
        r"vertrap(?:t|pen|te|ten)\b|(?:planten|plantjes|bloemen|struiken|bloembollen)\s+(?:\w+\s+){0,4}"
        r"(?:uit\s*)?(?:ge)?(?:trokken|getrokken|gerukt|uitgetrokken|uitgerukt)\b",
        r"graffiti|bekladd?\w*|beklad\b|tags?\b|taggen|getagd",
        r"(?:be)?kras(?:sen|t)\b|bekrast",
        r"ingegooid|ingooien|ingetrapt|intrappen|(?<!elkaar\s)ingeslagen|i(?:n|en)(?:ge)?schopt\b|inschoppen",
        r"doorgesneden|doorgeknipt|lek\s*gesneden|open\s*(?:ge)?sne(?:den|d)\b|opensnijden|uit\s+elkaar\s+(?:ge)?(?:knald|klapt|spat|trapt|schopt|"
        r"getrapt|geschopt)|eruit\s+(?:ge)?(?:trapt|schopt|getrapt|geschopt)",
        r"(?:winkel|etalage|voor|achter|zij|auto|bus|tram|glas|deur|shop)?ruit(?:en|je|jes)?\b|ruutn\b|"
        r"ramen\s+(?:in|kapot)|gesneuveld|sneuvelde\w*",
        r"schade\b",
        r"beschadig\w*",
        r"lek\s*(?:ge)?(?:prik|stek|stoken)\w*",
        r"omgegooid|omgooien|gooien\s+\w+\s+om\b|om(?:ge)?(?:flikkerd|flikkeren|smeten|gesmeten|smijten)\b|"
        # Kicked or thrown over: "trappen fietsen om" (not "om 8 uur").
        r"(?:trappen|trapt|trapten|schoppen|schopten|duwen|duwden|gooiden|smijten|smeten)\s+(?:\w+\s+){1,3}om\b"
        r"(?!\s+(?:\d|half|kwart|te|een|de|het|middernacht)\b)|omver(?!\s*(?:ge)?re(?:den|ed)\b|\s*rijd|\s*(?:ge)?fiets)\w*",
        # Letterboxes are where fireworks do their damage ("klappers in brievenbussen"); a bus
        # shelter or lamppost on its own is only a place ("muziek in het bushokje").
        r"brievenbus\w*",
        # Writing on walls, pavements and doors.
        r"(?:ge)?kalk(?:t|en|te|ten)\b|volgekalkt|volgeklad|volgespoten|spuitbus\w*|hakenkruis\w*",
        r"op\s+(?:de\s+|het\s+|een\s+)?(?:stoep|muur|muren|gevel\w*|deur\w*|ramen|ruiten|borden|auto\w*)\s+"
        r"(?:\w+\s+)?(?:ge)?(?:schreven|schreef|schrijven|geschreven|gekalkt|kalken|gespoten|spuiten|getekend|gekrast)",
        # Kicking or pushing things against property ("tegen de deur trapten", "winkelwagentjes
        # tegen de auto's aan duwen").
        r"tegen\s+(?:de\s+|het\s+|een\s+)?" + _PROPERTY + r"(?:'s)?\s+(?:\w+\s+)?(?:aan\s+)?"
        r"(?:ge)?(?:trap\w*|schop\w*|sla\w*|sloeg\w*|beuk\w*|duw\w*|gooi\w*|ramm\w*|geramd)",
        # Thrown or shot at property, object first: "op lantaarnpalen schieten", "met een fles
        # naar een bus gooien".
        r"(?:naar|op)\s+(?:de\s+|het\s+|een\s+)?" + _PROPERTY + r"(?:'s)?\s+(?:\w+\s+){0,2}"
        r"(?:schieten|schoten|geschoten|schiet|gooien|gooit|gooiden|gegooid|smijten|gesmeten)\b",
        r"eruit\s+(?:ge)?(?:trokken|trekken|getrokken|gerukt|rukken|gesloopt|geslagen|slaan|sloegen|scheurd|gescheurd|"
        r"scheuren)|(?:af|los|kapot|stuk)\s*(?:ge)?scheurd\b|verscheurd\b|uit\s+de\s+"
        r"grond\s+(?:ge)?(?:trokken|getrokken|trekken|gerukt)|(?:trekken|trokken|trekt|trok|rukken|rukten)\s+"
        r"(?:\S+\s+){0,5}uit\s+de\s+grond\b",
        r"(?:afgebroken|afbreken|eraf\s*(?:gebroken|getrapt|geslagen|trappen)|eraf)\b"
        r"(?!\s+(?:ge)?(?:vallen|gevallen|viel|vielen|gesprongen|springen|sprong|sprongen))",
        r"open\s*(?:te\s+)?(?:breken|gebroken)|opengebroken|openbr(?:eekt|ak|aken)\b|forceren|(?:hek|hekken|poort|deur|raam)\s+(?:\w+\s+){0,3}open\s*geknipt",
        r"brandblusser\w*",
        BLOWN_UP,
        # Dumping things in the water, not being there ("magneetvissen in de gracht").
        _DUMP + r"\s+(?:(?!en\b|naar\b)\w+\s+){0,4}(?:in|over)\s+" + _WATER + r"\b",
        # "winkelwagentjes de sloot in duwden".
        _WATER
        + r"\s+in\s+(?:te\s+)?(?:ge)?(?:gooi\w*|duw\w*|smijt\w*|smeten|kieper\w*|rijden|reden|"
        r"rolden|rollen)\b",
        # Soap or paint in a fountain or pond.
        r"(?:afwasmiddel|zeep|verf|kleurstof)\s+(?:\w+\s+){0,3}in\s+(?:de|het)\s+(?:fontein|vijver|water)\b|"
        r"(?:fontein|vijver)\s+(?:\w+\s+){0,5}vol\s+(?:\w+\s+)?(?:afwasmiddel|zeep|verf|schuim)",
        # An animal thrown in the water is cruelty, not damage ("een kat in de vijver gegooid").
        r"(?<!kat\s)(?<!katten\s)(?<!poes\s)(?<!hond\s)(?<!honden\s)(?<!eend\s)(?<!eenden\s)(?<!konijn\s)"
        r"(?<!konijnen\s)(?<!kip\s)(?<!kippen\s)(?<!elkaar\s)in\s+"
        + _WATER
        + r"\s+(?:te\s+)?(?:ge)?(?:gooi\w*|gegooid|gedumpt|dumpen|geduwd|duwen|gesmeten|"
        r"smijten|smeten|smeet|smite|gekieperd|kieper\w*|gemikt|mikken|gerold|rollen)",
        _MISSILES
        + r"\s+(?:\w+\s+){0,2}(?:tegen|naar|op)\s+(?:de\s+|het\s+|een\s+)?(?:\w+(?:e|en)\s+)?"
        + _PROPERTY
        + r"\b",
        r"(?:trap\w*|getrapt|schop\w*|geschopt)\s+(?:\w+\s+){0,2}tegen\s+(?:de\s+|het\s+|een\s+)?"
        r"(?:geparkeerde\s+|stilstaande\s+)?" + _STRUCK + r"\b",
        r"tegen\s+(?:de\s+|het\s+)?\w*(?:ramen|ruiten)\s+(?:\w+\s+)?(?:trap\w*|schop\w*|gooi\w*)",
        r"bekogel(?:en|t|d|de|den)\b(?!\s+elkaar\b)",
        r"(?:stenen|steentjes|eieren|(?:stoep)?tegels|flessen|flesjes|stoelen|vuilnisbakken|prullenbakken)"
        r"\s+(?:(?!naar\b|richting\b)\w+\s+){0,3}(?:ge)?gooi\w*\b" + _NOT_AT_PEOPLE + _LITTERED,
        _THROW
        + r"\s+(?:\w+\s+){0,3}(?:stenen|steentjes|eieren|(?:stoep)?tegels|flessen|flesjes|stoelen)"
        + _NOT_AT_PEOPLE
        + _LITTERED,
        _THROW + r"\s+(?:\w+\s+){0,4}(?:naar|tegen|op)\s+(?:de\s+|het\s+)?(?:ramen|ruiten|"
        r"bus|bussen|tram|auto\w*|gevel\w*|deur\w*|zand|water|lantaarnpa\w*|camera\w*)",
        _THROW
        + r"\s+(?:\w+\s+){0,4}(?:naar|tegen|op)\s+een\s+(?:ramen|ruit|bus|tram|auto|gevel|deur|"
        r"bushokje|lantaarnpaal|camera)\b",
        r"spugen\s+op\s+(?:de\s+)?(?:ruiten|ramen|deur\w*)",
        # Destroyed: "aan gort", "aan stukken", "omgetrapt".
        r"(?:aan|in)\s+(?:stukken|gort|diggelen|flarden|barrels|splinters|gruzelementen)\b|in\s+puin\b|"
        r"(?:om|plat|af|in|uit)(?:ge)?(?:trapt|schopt|rukt)\b|aftrappen|afrukken|verbogen\b|losgerukt|"
        r"losgetrokken|losgetrapt",
        # Pulled off or down ("kerstverlichting van de bomen getrokken").
        r"(?:van|uit)\s+(?:de|het)\s+(?:bomen|boom|muur|muren|gevel|\w*paal|\w*palen|hekken|hek|kerstboom|"
        r"kasten|kast|schappen|rekken|schap|bodem|vloer|grond)\s+(?:ge)?(?:trokken|getrokken|gerukt|gesloopt|gegooid|"
        r"gesmeten|getrapt|geschopt|trekken|trekt|rukken|rukt|gooien|smijten)\b",
        # Hitting or kicking things ("slaan met stokken tegen de rolluiken").
        r"(?:sla\w*|sloeg\w*|geslagen|beuk\w*|gebeukt|ramm\w*|geramd|bonk\w*|bonz\w*|gebonsd)\s+"
        r"(?:\w+\s+){0,3}tegen\s+(?:de\s+|het\s+|een\s+)?" + _STRUCK + r"\b",
        # Bikes or bins thrown into any water ("fietsen in de Roer gooien").
        r"(?:fietsen|fiets|scooters?|winkelwagen\w*|prullenbak\w*|stoelen|bankjes?|hekken|"
        r"verkeersborden|deelfiets\w*|deelscooter\w*)\s+(?:\w+\s+){0,2}(?:in|over)\s+(?:de|het)\s+\w+\s+"
        r"(?:te\s+)?(?:ge)?(?:gooi\w*|gegooid|smijt\w*|gesmeten|duw\w*|geduwd|kieper\w*|gekieperd)",
        # Thrown at a passing vehicle ("een fles naar een passerende auto").
        _THROW
        + r"\s+(?:\w+\s+){0,4}(?:naar|tegen|op)\s+(?:de\s+|het\s+|een\s+)?(?:\w+(?:e|en)\s+)"
        + _PROPERTY
        + r"\b",
        # Damage in other words: "trapte een fietsenrek krom", "banden lek gestoken", "omgekieperd".
        r"(?:ge)?trap(?:t|te|ten)\s+(?:\w+\s+){0,5}(?:krom|kapot|stuk|eruit|eraf|los|om)\b|(?:krom|eruit|eraf|los|omver)\s*(?:ge)?trapt",
        r"lek\s*staken|"
        r"(?:staken|steken|stak|prikten|prikken|sneden)\s+(?:\S+\s+){0,4}(?:banden|autobanden|fietsbanden)\s+lek\b",
        r"omgekieperd|scheef\s*(?:ge)?(?:trokken|getrokken|gezet)",
        # Kicked out of the rack, dialect "umme trapt" (omgetrapt).
        r"(?:uit|van)\s+(?:het|de)\s+(?:\w*rek\w*|standaard)\s+(?:ge)?(?:trapt|getrapt|schopt|geschopt|gegooid|"
        r"gesmeten|getrokken|gerukt)\b|um(?:me)?\s*(?:ge)?(?:trapt|schopt)\b",
        # Thrown into the water without a verb ("een vuilnisbak het water in").
        r"(?:vuilnisbak\w*|prullenbak\w*|afvalbak\w*|kliko\w*|fietsen|fiets|scooters?|winkelwagen\w*|bankjes?|"
        r"stoelen|hekken|verkeersbord\w*)(?:'s)?\s+(?:(?:van|vanaf|over)\s+(?:de|het)\s+\w+\s+)?"
        + _WATER
        + r"\s+in\b",
        # Roof material thrown down ("gooien dakpannen naar beneden").
        r"(?:gooi\w*|gegooid|smijt\w*|gesmeten)\s+(?:\w+\s+){0,2}(?:dakpannen|dakgrind|grind|stenen|"
        r"(?:stoep)?tegels|bakstenen)\s+naar\s+beneden\b",
        r"(?:fietsen|scooters|deelscooters|deelfietsen|e-?steps|karretjes|karren|winkelkarren|winkelwagen\w*|bankjes|"
        r"prullenbakken|ligbedden|stoelen)\s+(?:\w+\s+){0,4}(?:in\s+(?:de|het)\s+(?:gracht|water|sloot|vijver|kanaal|haven|zee|zwembad))",
        # Wrecking a place, and flooding it on purpose ("de wc's onder water gezet").
        r"plat\s*(?:te\s+)?(?:gooien|gegooid|smijten|slaan)\b|platgooi\w*|onder\s+water\s+(?:\w+\s+)?(?:gezet|zetten|zet|"
        r"zette|zetten|te\s+zetten)\b|(?:wc|wc'?s|toilet\w*|afvoer\w*|wasbak\w*)\s+(?:\w+\s+){0,3}verstopt\s+met\b",
        # Fire put into or onto property ("brandende lappen in de container"), a fire of
        # pallets and a bench, property blown up with fireworks ("laten een mortier in de
        # afvalbak ontploffen").
        r"brandende?\s+(?:\w+\s+){0,2}(?:in|op|tegen|onder|door)\s+(?:de|het|een)\s+(?:\w+\s+)?(?:loods\w*|garage\w*|"
        r"strandhuis\w*|gevel\w*|" + _BURNT[3:] + r"\b",
        r"(?:fikkie|vuurtje|vuur|kampvuur|brand(?:je)?)\s+(?:\w+\s+)?(?:van|met)\s+(?:\w+\s+){0,4}"
        + _BURNT
        + r"\b",
        _BURNT + r"(?:'s)?\s+(?:\w+\s+){0,6}in\s+(?:lichter\s*laaie|vlammen)\b",
        # Batteries ripped out of shared scooters; clamps prised loose.
        r"(?:accu'?s|accu|batterij\w*)\s+(?:\w+\s+){0,4}(?:ge)?(?:trokken|getrokken|gerukt|rukken|trekken|gesloopt|slopen|"
        r"gesneden)\b|los\s*(?:ge)?wrikt|loswrikken|(?:wrikken|wrikten)\s+(?:\w+\s+){0,3}los\b",
        r"opengewrikt|open\s*(?:ge)?(?:wrikt|breken|gebroken|getrapt)|(?:ruit|raam|glas|deur)\s+(?:\w+\s+){0,3}(?:eruit|ingegooid|ingetrapt|kapot|gesneuveld)",
        r"(?:spiegels?|spaken|ruitenwissers?|antennes?)\s+(?:\S+\s+){0,4}(?:eraf|eruit|afgebroken|kapot|getrapt|"
        r"geslagen|afgeslagen|afgetrapt|gesloopt|afgerukt|gerukt)\b",
    ),
    conditional_terms=(
        # Thrown overboard ("gooien de reddingsvesten overboord").
        (r"overboord\b", r"gooi|gegooid|smijt|smeten|smeet|kieper|dump"),
        # Blown up inside property ("laten een mortier in de afvalbak ontploffen").
        (
            r"(?:ontploffen|ontploft|ontplofte|exploderen|geexplodeerd)\b",
            r"(?:in|onder)\s+(?:de|het|een)\s+(?:\w+\s+)?(?:"
            + _BURNT[3:-1]
            + r"|brievenbus\w*|bushokje\w*|abri\w*|"
            r"lantaarnpa\w*)\s+(?:[^\s.!?]+\s+){0,6}?(?:laten\s+|liet\s+|lieten\s+)?(?:ontploffen|ontploft|ontplofte|"
            r"exploderen|geexplodeerd)\b",
        ),
        # Stones from a viaduct or onto a motorway damage cars (and endanger traffic).
        (r"viaduct\w*|snelweg\w*", r"stenen|steentjes|tegels|keien|stoeptegels"),
        # Bikes, scooters or bins thrown into any water named in the message.
        (
            r"(?:in|over)\s+de\s+\w+\s+(?:ge)?(?:gooi\w*|gegooid|gesmeten|gekieperd|geduwd|gedumpt)",
            r"fiets\w*|scooter\w*|winkelwagen\w*|prullenbak\w*|stoelen|bankjes|hekken|borden",
        ),
    ),
    description="Breaking, graffiti, scratching cars, throwing things at windows or buses.",
)
