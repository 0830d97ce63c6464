"""Intimidation, threats, harassment of residents, staff, passers-by and workers."""

from nlp.understanding.categories.base import (
    AMBUSH,
    EXTORTION,
    KILL_THREAT,
    PEOPLE,
    ROBBERY,
    SNATCH,
    UNDER_WATER,
    Category,
)

_THROW = (
    r"(?:gooi\w*|gegooid|smijt\w*|gesmeten|bekogel\w*|afgestoken|afsteken|schieten|"
    r"(?:nat)?spuit\w*|(?:nat)?gespoten|natgooi\w*|natgegooid)"
)
_PEOPLE = PEOPLE
_WEAPON = (
    r"(?:(?:zak|klap|vlinder|keuken|steek|stanley|slag|jacht)?(?:mes|messen|mesje)|wapen\w*|vuurwapen\w*|nepvuurwapen\w*|pistool\w*|nep-?pistool\w*|"
    r"knuppel\w*|honkbalknuppel\w*|ploertendoder\w*|boksbeugel\w*|machete\w*|taser\w*|bijl|dolk\w*|"
    r"(?:telescoop|slag|wapen|uitschuif)stok\w*|kruisboog\w*|pe(?:p)?perspray\w*|blade|strap)"
)

CATEGORY = Category(
    name="intimidatie",
    label_nl="intimidatie",
    severity=2,
    terms=(
        r"intimid\w*|geintimideerd",
        r"(?:be)?dreig\w*|gedreigd",
        r"(?:uit)?scheld(?:en|t|end\w*|partij\w*|woord\w*|kanonnade\w*)?\b|uitgescholden|gescholden",
        r"(?:uit)?schold(?:en)?\b",
        # Slurs shouted at people are abuse, whatever the rest of the message.
        r"kanker\w*|k\*nker\w*|tering(?!herrie|lawaai|kabaal|zooi|bende|weer|koud|heet|eind)\w*|scheldwoord\w*",
        # Dialect scolding: Haags "schelle de mense uit".
        r"schell?e\s+(?:\w+\s+){0,3}uit\b",
        r"spu(?:gen|gt|gde|gden|gende)\b|gespuugd|bespu(?:gen|gt|gd|gde|gden)\b|bespuugd",
        r"treiter\w*|pesten\b|gepest|pesterij\w*",
        r"lastig\s*(?:ge)?(?:vallen|valt|viel|vielen|gevallen)\b|lastiggevallen|lastigvalt|lastigvallen|lastigviel\w*",
        r"(?:valt|vallen|viel|vielen)\s+(?:\w+\s+){1,3}lastig\b",
        # Humiliating someone (mocking alone is too weak: "een jongen uitlacht en slaat" is
        # the fight).
        r"verneder\w*|kleiner(?:en|d)\b|gekleineerd",
        # Scaring people: "voorbijgangers laten schrikken", "personeel geschrokken".
        r"(?:laten|liet|lieten|doen|deden)\s+schrikken|schrik\s+(?:aan)?(?:jagen|aangejaagd)|"
        r"(?:bang|angst)\s+(?:te\s+)?(?:maken|aanjagen|aangejaagd|gemaakt)|bangmake\w*|geschrokken",
        r"(?:na|achterna)\s*(?:te\s+)?roepen|nageroepen|naroepen|nafluiten|nagefloten",
        r"grote\s+mond|brutaal\w*|uitdag\w*|provoc\w*|provoceren|uitlokken",
        r"(?:dagen|daagt|daagde|daagden)\s+(?:\w+\s+){0,3}uit\b",
        r"(?:lopen|loopt|liep|liepen|gaan|gaat|ging|gingen|rennen|rent|renden|fietsen|fietsten)"
        r"\s+(?:\w+\s+){0,2}achterna\b|achterna\s*(?:ge)?(?:lopen|gelopen|gaan|gegaan|rennen|gerend)",
        r"(?:richt|richten|richtte|richtten)\s+(?:\w+\s+){0,2}op\s+(?:de\s+|het\s+)?(?:kleine\s+|jonge\s+|andere\s+)?"
        + _PEOPLE,
        r"confrontatie\w*",
        r"onveilig\w*|niet\s+veilig|bang\b|angst\w*|durven\s+(?:er\s+)?niet|durft\s+(?:er\s+)?niet",
        r"bekeken\b",
        r"waar\s+(?:je|jij|jullie|u|ze|zij|hij)\s+(?:woont|wonen|woonde)",
        r"omring\w*|ingesloten|insluiten",
        # Mocking people: laughing at them, imitating them.
        r"lach(?:en|t|te|ten)\s+(?:\w+\s+){0,5}uit\b|uitgelachen|uitlach\w*|uit\s+te\s+lachen|"
        r"(?:na\s+te\s+doen|nadoen|nadeden)\b",
        r"kusgeluid\w*|(?:sissen|sisten|gesist)\s+(?:\w+\s+){0,4}naar\b",
        # Asking adults to buy drink is drinking, not begging ("om drank voor ze te halen").
        r"(?:vragen|vraagt|vroegen|vroeg)\s+(?:\w+\s+){0,3}om\s+(?:sigaretten|een\s+sigaret|sigaretjes|drank|"
        r"peuken|blikjes)\b(?!\s+(?:voor\s+(?:ze|hen|hun|zich)\s+)?(?:te\s+)?(?:halen|kopen)\b)",
        # A toll for passing ("vragen voorbijgangers een euro 'tol'").
        r"(?<=['\"])tol['\"]|(?:vragen|vraagt|vroegen|vroeg|eisen|eist|eisten|heffen|heffen|innen)\s+(?:\S+\s+){0,4}tol\b|"
        r"tol\s+(?:te\s+)?(?:betalen|heffen|vragen|eisen)\b",
        # Not letting people pass ("laten fietsers niet door").
        r"(?:laten|lieten|laat|liet)\s+"
        + _PEOPLE
        + r"\s+(?:er\s+)?niet\s+(?:door|langs|erdoor|erlangs|passeren|voorbij)\b",
        # Lying in wait for the same boy every day.
        r"(?:wacht|wachten|wachtte|wachtten)\s+(?:\w+\s+){0,8}?(?:dezelfde|die|een|de)\s+(?:jongen|meid|meisje|knul|"
        r"jongens|kinderen|kids|leerling)\s+op\b",
        r"om\s+(?:sigaretten|een\s+sigaret|sigaretjes|peuken|drank|blikjes)\s+(?:te\s+)?(?:vragen|vraagt|"
        r"vroegen|bedelen|kopen)|(?:boos|agressief)\s+(?:worden|werden|wordt)\s+als|"
        r"(?:worden|werden|wordt|werd)\s+(?:\w+\s+)?(?:boos|agressief|kwaad)(?=\s+als\b)",
        # Lashing out at people, a dog or a person: "die naar klanten uitvalt".
        r"(?:valt|vallen|viel|vielen)\s+(?:\w+\s+){0,2}uit\s+naar\b|naar\s+(?:de\s+)?"
        + _PEOPLE
        + r"\s+uit(?:valt|vallen|viel|vielen)\b",
        # Aimed at people, participle last: "vuurpijlen op voorbijgangers gericht".
        r"op\s+(?:de\s+|het\s+)?(?:\w+\s+)?" + _PEOPLE + r"\s+(?:ge)?richt\b",
        # Shining in people's eyes (a laser pen).
        r"(?:schijnen|schijnt|scheen|schenen|richten|richt|richtte|richtten)\s+(?:\w+\s+){0,4}in\s+(?:de|hun|zijn|haar)\s+ogen\b|"
        # A laser pen at aircraft targets nobody on the spot (overig).
        r"laserpen\w*(?![^.!?\n]{0,40}(?:vliegtuig|helikopter|toestel|piloot|piloten))",
        # Hemming someone in with vehicles.
        r"klem\s*(?:ge)?(?:rijden|rijdt|reden|gereden|zetten|zet|zetten|gezet)\b",
        r"uit\s+(?:de|het)\s+(?:bus|tram|trein|metro|auto)\s+(?:ge)?(?:trokken|getrokken|sleurd|gesleurd)\b",
        r"uit(?:gemaakt|maakten|maken)\s+voor\b|(?:maakten|maken|maakte)\s+(?:\w+\s+){0,4}uit\s+voor\b",
        # Snatching from someone's hand is a robbery.
        r"(?:weg)?gegrist|uit\s+(?:de|zijn|haar|z'n|zn)\s+handen?\s+(?:ge)?(?:grist|trokken|getrokken|gerukt)",
        ROBBERY,
        SNATCH,
        # Pulled off a bike or pushed away: "van z'n fiets getrokken", "de conducteur weggeduwd".
        r"van\s+(?:zijn|z'n|zn|haar|hun|de)\s+(?:fiets|scooter|brommer|step|fatbike)\s+(?:af\s+)?(?:ge)?(?:trokken|trok|"
        r"getrokken|sleurden|gesleurd|duwden|geduwd)\b|weggeduwd|wegduw(?:en|t|de|den)\b|opzij\s*geduwd|"
        r"(?:duwen|duwt|duwde|duwden)\s+(?:\w+\s+){0,2}opzij\b",
        # Threats of what comes next ("morgen zijn ze aan de beurt", "jullie zijn de volgende").
        r"(?:zijn|is|ben|bent)\s+(?:ze|jullie|hij|jij|je|zij)\s+(?:\w+\s+)?aan\s+de\s+beurt\b|"
        r"(?:jullie|jij)\s+(?:zijn|bent)\s+(?:\w+\s+)?de\s+volgende\b",
        # Firing at each other or at people ("bestoken elkaar met shells", "brandweer bekogeld").
        r"bestook\w*|bestoken\b|belaag\w*|belaagd",
        _PEOPLE + r"\s+(?:\w+\s+){0,2}(?:bekogeld|beschoten|bestookt)\b",
        # People frightened: "passagiers in paniek".
        _PEOPLE + r"\s+(?:\w+\s+)?in\s+paniek\b|paniek\s+(?:onder|bij)\s+(?:de\s+)?" + _PEOPLE,
        # Driving at people on purpose ("sturen expres op wandelaars af").
        r"(?:sturen|stuurden|stuurt|stuurde|rijden|reden|rijdt|reed|fietsen|fietsten|scheuren|scheurden)\s+"
        r"(?:\w+\s+){0,2}op\s+(?:de\s+)?" + _PEOPLE + r"\s+af\b",
        # Throwing at a bus, a tram or passing cars endangers the people inside.
        _THROW
        + r"\s+(?:(?!en\b)\w+\s+){0,4}(?:naar|op|richting)\s+(?:de|een)\s+(?:\w+(?:e|en)\s+)?"
        r"(?:bus|bussen|tram|trams|metro|trein)\b|"
        r"(?:naar|op|richting)\s+(?:de|een)\s+(?:bus|bussen|tram|trams)\s+(?:\w+\s+)?(?:te\s+)?"
        r"(?:gooien|gooit|gooiden|gegooid|smijten|schieten)\b|"
        r"bekogel\w*\s+(?:de|een)\s+(?:bus|busjes|bussen|tram|trams)\b|"
        r"(?:naar|op)\s+(?:\w+\s+)?(?:auto'?s|wagens|bussen)\s+die\s+(?:\w+\s+)?(?:langs|voorbij)\w*|"
        r"(?:naar|op)\s+(?:de\s+|een\s+)?(?:passerende|langsrijdende|rijdende|voorbijrijdende)\s+\w+",
        # Following or riding after people ("rijden achter vrouwen aan").
        r"achter\s+(?:de\s+|een\s+)?" + _PEOPLE + r"\s+aan\b",
        r"(?:roep|riep|roept|riepen|geroepen|roepen|schreeuw\w*|sissen|sisten|sist)\s+"
        r"(?:\w+\s+)?(?:dingen|van\s+alles|teksten|opmerkingen|rare\s+dingen)\b",
        r"(?:sissen|sisten|sist|gesist|fluiten|floten|gefloten)\s+(?:\w+\s+)?naar\b",
        # Setting a dog on people.
        r"(?:hond|honden)\s+(?:\w+\s+){0,3}(?:los|loslaten|losgelaten|afgestuurd|afsturen|opgehitst|"
        r"ophitsen)\s+(?:op|tegen)\b",
        # Forcing people off the path ("voetgangers van het pad reden").
        r"(?:voetgangers|fietsers|mensen|kinderen|wandelaars|ouderen|passanten)\s+(?:\w+\s+){0,2}van\s+"
        r"(?:het|de)\s+(?:pad|stoep|weg|fietspad)\s+(?:af\s*)?(?:ge)?(?:reden|rijden|duw\w*|geduwd|drukken|drukten|drukte|drukt)",
        # Driving or pushing people off the pavement, verb first ("rijden de ouderen van het
        # trottoir af").
        r"(?:rijden|reden|rijdt|reed|duwen|duwden|duwt|drukken|drukten|jagen|joegen|fietsen|fietsten)\s+"
        r"(?:de\s+|het\s+|een\s+)?(?:\w+\s+)?"
        + _PEOPLE
        + r"\s+(?:\S+\s+){0,3}?van\s+(?:het|de)\s+(?:pad|stoep|trottoir|fietspad|"
        r"voetpad|weg)\b",
        # Chasing people away ("jagen de kleintjes weg").
        r"(?:jagen|jaagt|joegen|joeg|verjagen|verjaagt|verjoegen)\s+(?:de\s+|het\s+)?(?:kleine\s+)?"
        r"(?:kleintjes|kids|" + _PEOPLE[3:-1] + r")\s+(?:\w+\s+){0,3}weg\b",
        # Accosting people for money ("spreekt reizigers aan voor geld").
        r"(?:aanspreken|aanspreekt|aansprak|aanspraken|aangesproken|spreken|spreekt|sprak|spraken)\s+"
        r"(?:\w+\s+){0,2}(?:aan\s+)?(?:voor|om)\s+(?:geld|een\s+euro|kleingeld)\b",
        # Shouting at people, object first ("naar winkelend publiek schreeuwt").
        r"naar\s+(?:de\s+|het\s+)?(?:\w+\s+)?"
        + _PEOPLE
        + r"\s+(?:te\s+)?(?:schreeuw\w*|geschreeuwd|"
        r"brull\w*|gebruld|joel\w*|gejoeld)",
        # Throwing at each other and at people ("naar elkaar en naar de beveiliging").
        r"naar\s+elkaar\s+en\s+(?:ook\s+)?(?:naar|op)\s+(?:de\s+|het\s+)?" + _PEOPLE,
        # Taking something from a child or a passer-by is a robbery ("een e-step van een kind
        # afgepakt").
        r"van\s+(?:een|de|die|twee|2)\s+(?:\w+\s+)?(?:kind|kinderen|jongen|jongens|jongetje|meisje|"
        + _PEOPLE[3:-1]
        + r")\s+(?:\w+\s+)?(?:afgepakt|afgenomen|afgetroggeld|gejat|gestolen|gegrist)\b",
        KILL_THREAT,
        r"(?:de\s+)?(?:weg|doorgang|ingang|deur)\s+(?:\w+\s+)?(?:versperd|versperren|versperden)\s+voor\b|"
        r"niemand\s+(?:\w+\s+)?(?:erlangs|langs|erdoor|naar\s+binnen)\s+(?:kon|kan|konden)",
        r"(?:hier|daar)\s+komen\s+jullie\s+niet|territori\w*|(?:ons|hun)\s+(?:\w+\s+)?['\"]?gebied\b",
        # Held under water: a fight, and frightening.
        UNDER_WATER,
        r"ik\s+steek\s+je",
        r"omsingel\w*",
        r"achtervolg\w*",
        r"(?:staan\s+)?(?:op\s+te\s+)?wachten\s+\w+\s+op\b|wacht\s+\w+\s+op\b|opwachten|opgewacht",
        r"(?:we|wij)\s+wachten\s+op\b|wachten\s+op\s+(?:jullie|jou|je|u)\b",
        # Surrounding someone.
        r"(?:gingen|gaan|staan|stonden|stond|ging)\s+(?:\w+\s+)?om\s+(?:hem|haar|hen|ze|de\s+\w+)\s+heen",
        r"(?:ongewenste|vervelende|seksuele|nare|racistische|ongepaste|grove)\s+opmerkingen|opmerkingen\s+naar",
        # Shouting at people ("roepen 'kankerhomo' naar passanten").
        r"(?:roep|riep|roept|riepen|geroepen|roepen|schreeuw(?:en|t|de|den)|geschreeuwd)\s+(?:\S+\s+){0,4}naar\s+"
        r"(?:de\s+|het\s+)?" + _PEOPLE,
        r"middelvinger\w*",
        # Following people, remarks and staring contests: "volgen een meisje tot haar portiek",
        # "maken opmerkingen", "roepen 'wat kijk je'".
        r"(?:volg(?:en|t|de|den)|gevolgd)\s+(?:\w+\s+)?"
        + _PEOPLE
        + r"(?:\s+(?:\w+\s+){0,2}(?:tot|naar|helemaal))?|"
        r"(?:maken|maakt|maakten|maakte)\s+(?:\w+\s+)?opmerkingen\b|opmerkingen\s+(?:\w+\s+)?(?:maken|gemaakt)\b|"
        r"wat\s+(?:kijk|kijkt|kijken|moet|moeten)\s+(?:je|jij|jullie|u)\b|wat\s+sta\s+(?:je|jij)\s+(?:te\s+)?(?:kijken|loeren)",
        # Phones or cameras pushed into people's faces.
        r"(?:telefoon\w*|camera\w*|mobiel\w*|gsm\w*)\s+(?:\w+\s+){0,2}(?:in|voor)\s+(?:het|hun|zijn|haar|d'r|z'n|je)\s+"
        r"gezicht\b|gezicht\s+(?:\w+\s+)?(?:filmen|gefilmd|filmden|duwen|geduwd)\b",
        # Banging on people's windows and doors.
        r"(?:bonk\w*|bonz\w*|gebonsd|gebonkt|beuk\w*|gebeukt|timmer\w*|hamer\w*|slaan|sloegen|slaat)\s+(?:\w+\s+)?op\s+"
        r"(?:de\s+|het\s+)?(?:ramen|ruiten|raam|deuren|voordeur\w*|deur)\b",
        # Pepper spray used on people or in a hall.
        r"(?:spuit\w*|gespoten|spoten)\s+(?:\w+\s+){0,2}(?:pe(?:p)?perspray|traangas)|(?:pe(?:p)?perspray|traangas)\w*\s+"
        r"(?:\w+\s+){0,2}(?:gespoten|spuiten|spuit|spoten)\b|tranende\s+ogen",
        # Fired or thrown at a place where people stand ("vuurpijlen op de bushalte
        # afgeschoten waar mensen stonden te wachten").
        r"(?:afgeschoten|geschoten|gegooid|gericht|afgestoken|schieten|gooien)\s+(?:\w+\s+){0,2}(?:waar|terwijl)\s+(?:er\s+)?"
        r"(?:\w+\s+)?"
        + _PEOPLE
        + r"\s+(?:\w+\s+)?(?:stonden|stond|zaten|zat|liepen|liep|wachtten|wachtte|stonden)\b",
        # Waving something at people ("zwaait met een stok naar voorbijgangers").
        r"(?:zwaai\w*|gezwaaid)\s+met\s+(?:\w+\s+){0,3}naar\s+(?:de\s+)?" + _PEOPLE,
        r"grimmig\w*|gespannen\b|dreigend\w*|agressief\w*|agressie\b",
        EXTORTION,
        # Asking passers-by for money; "vraagt geld op [rekening]" is a collection.
        r"(?:geld|spullen)\s+(?:\w+\s+)?vragen|(?:vraagt|vragen|vroeg|vroegen)\s+(?:om\s+)?geld\s+aan\b",
        r"(?:vraagt|vragen|vroeg|vroegen)['\"]?\s+(?:\w+\s+){0,3}om\s+geld\b|om\s+geld\s+(?:te\s+)?(?:vraagt|vragen|vroeg|vroegen|gevraagd|bedelen|bedelt|bedelden)|"
        r"bedel(?:en|t|de|den)\b|gebedeld",
        # A weapon shown or brandished to scare ("liet een mes zien", "met messen zwaaiend").
        r"(?:liet|lieten|laat|laten|toonde|toonden|tonen|toont)\s+(?:\w+\s+){0,7}"
        + _WEAPON
        + r"\s+zien|"
        + _WEAPON
        + r"\s+(?:\w+\s+)?(?:laten\s+zien|liet\s+zien|lieten\s+zien|getoond|gezien\s+laten)",
        r"(?:zwaai\w*|gezwaaid)\s+met\s+(?:\w+\s+){0,2}"
        + _WEAPON
        + r"|met\s+(?:een\s+|hun\s+|zijn\s+)?"
        + _WEAPON
        + r"\s+(?:\w+\s+)?(?:ge)?zwaai\w*",
        r"duw(?:en|t|den)\s+(?:\w+\s+)?(?:klanten|mensen|voorbijgangers|reizigers|personeel)",
        r"beroof\w*|berov\w*|beroving\w*|overval\w*",
        r"discrimin\w*|racist\w*",
        r"onder\s+druk\b",
        _THROW + r"\s+(?:(?!en\b)\w+\s+){0,6}(?:naar|richting|op|tegen)\s+(?:de\s+|het\s+)?"
        r"(?:\w+(?:e|nd)\s+)?" + _PEOPLE,
        _THROW
        + r"\s+(?:en\s+)?(?:daarna|toen|ook|vervolgens)\s+(?:ook\s+)?(?:naar|op)\s+"
        + r"(?:de\s+|het\s+)?"
        + _PEOPLE,
        r"(?:telefoon|telefoons|tas|jas)\s+willen",
        # Taking something from a person is a robbery ("een jongen zijn telefoon afgepakt").
        r"(?:zijn|haar|z'n|zn|hun)\s+(?:\w+\s+){0,3}(?:afgepakt|afgenomen|afgetroggeld|afpakken|afpakt|afpakte|"
        r"afpakten|afnemen)\b|afgepakt\s+van\s+(?:een|de)\b",
        # Telegraphic: "klappers naar voorbijgangers", "flessen naar de politie".
        r"(?:vuurwerk|klappers|rotjes|cobra'?s|knallers|stenen|flessen|flesjes|eieren|blikjes|sneeuwballen|"
        r"waterballon\w*|ballonnen|appels|tomaten|peuken|bierblikjes|blikken)\s+"
        r"(?:\w+\s+){0,3}(?:naar|op|richting)\s+(?:de\s+|het\s+)?(?:\w+(?:e|nd)\s+)?" + _PEOPLE,
        # Fireworks or eggs at front doors: at the people who live there.
        r"(?:vuurwerk|knallers?|klappers?|rotjes|cobra'?s|eieren|strijkers|nitraat\w*)\s+(?:\w+\s+){0,2}"
        r"(?:tegen|naar|op|bij)\s+(?:de\s+|een\s+)?voordeur\w*",
        # Pelting people, verb first ("bekogelen de ME met blikjes").
        r"bekogel\w*\s+(?:de\s+|het\s+)?(?:\w+\s+)?" + _PEOPLE,
        r"(?:naar|richting|op)\s+(?:de\s+|het\s+)?" + _PEOPLE + r"\s+(?:\w+\s+){0,2}"
        r"(?:gegooid|gooien|gooit|gooiden|afgestoken|geschoten|schieten)",
        # Waving a weapon at people, following them, hissing or gesturing at them.
        r"(?:zwaai\w*|gezwaaid)\s+(?:\w+\s+){0,4}(?:mes|kapmes|machete|stok|knuppel|bijl|schroevendraaier|vuurwapen|pistool)\w*",
        r"(?:bleven|blijven|blijft|bleef)\s+(?:haar|hem|ons|mensen|meiden|meisjes|vrouwen|die\s+\w+|de\s+\w+|een\s+\w+)\s+"
        r"(?:\w+\s+)?(?:volgen|achtervolgen|achterna\w*)|(?:werd|werden|wordt)\s+(?:\w+\s+){0,4}(?:gevolgd|achtervolgd)",
        r"(?:sissen|sisten|fluiten|floten|kissen|kisten|joelen|joelden|gebaren)\s+(?:\w+\s+){0,4}(?:naar|tegen)\s+"
        + PEOPLE,
        r"(?:sissen|fluiten|kissen|roepen)\s+(?:\w+\s+)?(?:meiden|meisjes|vrouwen)\s+na\b|nagesist|nagefloten|nageroepen|"
        r"(?:sissende|kissende|smakkende)\s+geluiden\s+(?:\w+\s+)?naar",
        r"(?:zei|zegt|zeiden|riep|riepen|dreigde|dreigden)\s+(?:\w+\s+){0,4}(?:ging|gaat|gaan|zou|zouden)\s+(?:\w+\s+){0,2}(?:prikken|steken|neersteken|pakken|opwachten|slaan)",
        r"uit\s+(?:scholden|schold)\b|uitschold\w*",
        r"(?:pal|vlak|dicht)\s+(?:naast|achter|bij)\s+(?:een\s+|die\s+)?(?:vrouw|meisje|meid|dame|oudere|man)\s+(?:\w+\s+){0,2}(?:staan|lopen|zitten|stonden|liepen)",
        AMBUSH,
    ),
    conditional_terms=(
        # Goods taken after force: a robbery ("een jongen geklopt en zijn telefoon meegenomen").
        (
            r"(?:meegenomen|afgenomen)\b",
            r"^(?=[\s\S]*(?:zijn|haar|z'n|zn|hun)\s+(?:tas|telefoon|jas|jack|portemonnee|fiets|scooter|geld|schoenen|airpods|"
            r"ketting|spullen)\s+(?:\w+\s+)?(?:meegenomen|afgenomen))(?=[\s\S]*(?:(?:ge)?slagen|geklopt|in\s+elkaar|getrapt|"
            r"kopsto\w*|klap\w*|gestompt|"
            r"geschopt|bedreigd|(?:ge)?duwd|\bmes\b|afgetuigd|klappen|onder\s+dreiging))",
        ),
        # Emptying a till or a shop with a weapon in hand is an armed robbery.
        (r"leeg(?:ge)?(?:haald|halen|roofd|roven)\b|leeghaalden", _WEAPON),
        # Off with the till's money with a weapon at hand: an armed robbery.
        (
            r"er\s+met\s+(?:de\s+)?(?:kassa\S*|buit|geld|opbrengst)\s+(?:\w+\s+)?vandoor\b",
            r"\b" + _WEAPON,
        ),
        # Showing something to staff or passers-by when a weapon is in the message ("met een
        # mes gezien, hij liet het zien aan de kassière").
        (
            r"(?:liet|lieten|laat|laten|toonde|toonden|toont|tonen)\s+(?:\w+\s+){0,4}zien\s+aan\b|"
            r"(?:laten|liet|lieten)\s+zien\s+aan\b|(?:liet|lieten|laat|laten|toonde|toonden)\s+aan\s+"
            r"(?:de|het|een|ons|onze)\s+\w+\s+(?:\w+\s+){0,4}zien\b|"
            r"(?:liet|lieten|laat|laten)\s+(?:\w+\s+){0,2}knetteren",
            _WEAPON + r"|taser\w*|stroomstoot\w*",
        ),
    ),
    description="Threats, scolding, spitting, harassment, making people feel unsafe.",
)
