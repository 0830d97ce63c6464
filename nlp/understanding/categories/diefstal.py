"""Theft, robbery, shoplifting, break-ins."""

from nlp.understanding.categories.base import EXTORTION, ROBBERY, SNATCH, Category

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
        # Straattaal "snaaien" and "flikken" (steal); "dat flik je niet" is a dare.
        r"(?:ge)?snaai(?:en|t|de|den|d)\b|(?<!het\s)(?<!dat\s)(?:ge)?flik(?:ken|t|te|ten)\b(?!\s+(?:het|dat|hem|m)\b)",
        r"bestolen|beste(?:len|elt)\b|bestalen\b|beroof\w*|berov\w*|beroving\w*|overval\w*|roof\w*|ro(?:ven|oft|ofde|ofden)\b",
        r"(?:straat|tasjes|tassen|fiets|telefoon|scooter|winkel|gewapende\s+)ro(?:of|ven)\w*|straatrov\w*",
        r"(?:fietsen|winkel|auto|scooter|brommer|telefoon)die(?:f|ven)\b",
        # Snatching: "telefoon uit de hand gegrist", "tas weggerukt".
        r"(?:weg)?(?:ge)?gris(?:t|ten|te)\b|grissen\b|weggerukt|uit\s+(?:de|zijn|haar|z'n)\s+handen?\s+"
        r"(?:ge)?(?:trokken|getrokken|gerukt|rukken|trekken)",
        # Straattaal: "rippen" (rob), "klauwen" (steal), "ingepikt".
        r"(?:ge)?rip(?:pen|t|te|ten)\b|geript|ripdeal\w*|(?:ge)?klauw(?:en|d|de|den)\b|ingepikt|inpikken|"
        r"(?:ge)?tjap(?:pen|t|te|ten)\b",
        SNATCH,
        # Hotwiring: "proberen scooters aan de praat te krijgen".
        r"(?:scooters?|brommers?|motor(?:en|s)?|auto'?s?|quads?)\s+(?:\w+\s+){0,3}aan\s+de\s+praat\s+"
        r"(?:te\s+)?(?:krijgen|kregen|gekregen|krijgt)",
        # Grab and run: "pakken broodjes en lopen weg".
        r"(?:pakken|pakt|pakte|pakten|grijpen|grijpt|greep|grepen|graaien|graaiden)\s+(?:\w+\s+){0,4}en\s+"
        r"(?:lopen|loopt|rennen|rent|renden|liepen|gaan|gingen|fietsen|fietsten|scheuren|rijden)\s+(?:er(?:mee)?\s+)?"
        r"(?:weg|vandoor)\b|er(?:mee)?\s*vandoor\s+met|ermee\s+vandoor",
        # Off with the loot: "gingen er met de kassa-inhoud vandoor", "er met zijn scooter vandoor".
        r"er\s+met\s+(?:\S+\s+){1,3}vandoor\b",
        # Straattaal "grijpen" (shoplifting): "aan 't grijpen in de Kruidvat".
        r"aan\s+(?:het|'t|t)\s+(?:grijpen|graaien|jatten|pikken|stelen|rippen)\b",
        # Cutting locks: "knippen fietssloten door", "fietsen openknippen met een betonschaar".
        r"(?:fiets\w*|sloten|slot)\s+(?:\w+\s+){0,2}open\s*(?:te\s+)?(?:ge)?knip\w*|betonschaar\w*|"
        r"(?:knippen|knipt|knipte|knipten|zagen|zaagden)\s+(?:\w+\s+){0,2}(?:fiets)?slot(?:en)?\s+(?:door|open)\b",
        # Drinking a bar or fridge empty is taking its stock.
        r"(?:drinken|dronken|drinkt)\s+(?:\w+\s+){0,3}(?:bar|koelkast|voorraad|kantine)\s+leeg\b",
        # Taking goods from a person: "pakten de bezorger 2 pizza's af".
        r"(?:pakten|pakte|pakken|pakt)\s+(?:[^\s.!?;,]+\s+){2,10}?af\b(?!\s+(?:te|en\s+toe|of)\b)",
        # Trying car doors.
        r"deurklink\w*|(?:trekken|trok|trokken|rammelen|voelen|proberen)\s+(?:\w+\s+){0,3}(?:aan\s+)?"
        r"(?:de\s+)?(?:portieren|autodeuren|deurgrepen|portier)\b",
        r"leeg(?:ge)?ro(?:of|v)\w*|leeggehaald|leeghalen",
        r"zakkenrol\w*",
        r"inbra(?:ak|ken)\w*|braak(?:schade|sporen|poging\w*)|ingebroken|inbreken|inbreker\w*",
        r"winkeldief\w*|tasjesdief\w*|tasjesroof",
        r"(?:pakken|pakt|pakte)\s+(?:\w+\s+){0,4}(?:en\s+)?(?:niet\s+betalen|zonder\s+te\s+betalen)",
        # Boarding without paying is fare dodging (overig), not theft.
        r"niet\s+betalen|(?<!stapten\s)(?<!stappen\s)(?<!stapte\s)(?<!stapt\s)zonder\s+(?:te\s+)?betalen"
        r"(?!\s+(?:\w+\s+)?(?:in|instappen|ingestapt|overgevaren|overvaren|meegevaren|meegereden|gereisd)\b)|loopt\s+weg\s+zonder",
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
        # goods from a shop or a canteen: "sigaretten en chips meegenomen"
        r"(?:sigaretten|snoep|chips|drank|bier|blikjes|flessen|make-?up)\s+(?:\w+\s+){0,3}"
        r"(?:meegenomen|weggenomen|gepakt|weggehaald)\b",
        r"(?:munt)?geld\s+(?:is\s+|was\s+)?weg\b",
        r"(?:gereedschap|spullen|koper|kabels?|accu'?s?|fiets\w*|kassa\w*|telefoons?|scooters|brommers|"
        r"motoren|e-?bikes|fatbikes|steps|e-?steps?|waterfiets\w*|bootjes?|boten|sloep\w*|kano(?:'?s)?|noodhamer\w*|"
        r"brandblusser\w*)\s+(?:\w+\s+){0,2}meegenomen|meegenomen\s+(?:\w+\s+){0,2}(?:gereedschap|koper|kabels)",
        r"kniptang\w*|los\s*(?:te\s+)?knippen",
        # Taken out of a rack, a shed or a locker ("fietsen uit de stalling meenemen").
        r"uit\s+(?:de|het|een)\s+(?:\w+\s+)?(?:\w*stalling|\w*rekken|\w*rek|schuur\w*|garage|kantine|kluisjes?|"
        r"schappen)\s+(?:\S+\s+){0,4}(?:meenemen|meegenomen|meenamen|jatten|stelen)\b",
        # Off with it: "en is ermee weggereden", "d'r mee weggevaere", "winkel binnengelopen en
        # met 2 e-bikes weggereden".
        r"(?:er|d'r|der)\s*mee\s+(?:\w+\s+)?weg(?:ge)?(?:reden|rijden|rijdt|reed|fiets\w*|varen|vaart|voer|voeren|"
        r"vaere|rennen|rent|renden|gerend|lopen|liepen|gelopen)\b|binnen(?:ge)?(?:lopen|liepen|gelopen|gestapt|"
        r"stappen)\s+en\s+met\s+(?:\S+\s+){1,3}weg(?:ge)?(?:reden|rijden|fiets\w*|gerend|rennen|renden|gelopen)\b",
        r"voorbereid\w*\s+diefstal",
        r"uit\s+(?:de|het|een|zijn|haar)\s+(?:\w+\s+)?(?:fietstas\w*|fietsmand\w*|mandje|tassen|tas|auto|winkel|schappen|rekken|"
        r"kassa|jaszak\w*|zakken|brievenbus\w*|kluisjes?)\s+(?:\w+\s+)?(?:gepakt|gehaald|gegrist|gejat|"
        r"gevist|meegenomen|pakten|pakte|pakken|pakt|haalden|haalde|halen|grepen|griste|gristen)\b",
        r"(?:van|uit)\s+(?:het|de)\s+(?:slot|sloten)\b|slijptol\w*|(?:sloten|slot)\s+(?:\w+\s+)?(?:doorgeknipt|"
        r"doorgezaagd|door(?:knip|zaag)\w*|opengebroken|geforceerd|open\s+(?:te\s+)?(?:krijgen|kregen|breken|"
        r"maken|knippen))",
        r"(?:accu'?s?|katalysator\w*|koperkabel\w*|koper)\s+(?:\w+\s+){0,2}uit\b|(?:slopen|sloopten|halen|"
        r"haalden)\s+(?:de\s+)?(?:accu'?s?|katalysator\w*)",
        r"(?:autodeuren|portieren|deurklinken|deuren\s+van\s+auto'?s)\s+(?:\w+\s+)?(?:proberen|geprobeerd|"
        r"checken|gecheckt|voelen)",
        ROBBERY,
        r"portemonnee\s+(?:weg|kwijt)\b",
        r"(?:tassen|jassen|zakken)\s+(?:\w+\s+){0,4}doorzocht|doorzochten\s+(?:\w+\s+){0,3}(?:tassen|jassen)",
        r"(?:parfum|kleding|kleren|boormachines?|accuboor\w*|gereedschap|boodschappen|flessen\s+\w+)\s+"
        r"(?:\w+\s+){0,4}(?:meenamen|meegenomen|namen\s+\w+\s+mee)|(?:meenamen|meegenomen)\s+en\s+(?:weg\w*|"
        r"renden\s+weg|ervandoor)",
        r"(?:lopen|liepen|loopt|liep)\s+(?:\w+\s+){0,4}zonder\s+te\s+betalen",
        # Goods into a bag or coat: shoplifting ("parfum in de tas gestopt").
        r"(?:in|onder)\s+(?:de|hun|zijn|haar|z'n|zn|een)\s+(?:tas|tassen|jas|jassen|zak|zakken|jaszak\w*|"
        r"broekzak\w*|broek|trui|rugzak|mouw)\s+(?:ge)?(?:stop\w*|gestoken|steken|staken|gedaan|verstop\w*|laten\s+glijden)",
        r"(?:tassen|tas|zakken)\s+vol\s+(?:gestolen\s+)?(?:make-?up|kleding|kleren|parfum|sieraden|spullen|"
        r"cosmetica|snoep)",
        # Grabbing goods: "pakken kleine spulletjes", "graaien snoep".
        r"(?:pak|pakken|pakt|pakte|pakten|grijpen|grijpt|greep|grepen|graai\w*|snaai\w*)\s+(?:\w+\s+){0,2}"
        r"(?:spulletjes|spullen|sieraden|snoep|make-?up|parfum|kleding|kleren|cosmetica|sigaretten|"
        r"vapes?|energy\s*drinks?|blikjes|flesjes)\b",
        r"(?:telefoon|tas|jas|fiets|scooter|portemonnee|spullen|sieraden|ketting|airpods)\s+"
        r"(?:\w+\s+){0,2}(?:te\s+)?(?:afpakken|jatten|stelen|pikken|grissen)\b|af\s+te\s+pakken\b|"
        r"(?:telefoon|tas|jas|portemonnee|ketting|airpods)\s+(?:\w+\s+)?(?:probeerden|probeerde|proberen|"
        r"wilden|wilde)\s+(?:te\s+)?pakken",
        # Robbing a coat or shoes off someone ("trokken een jongen zijn jas uit").
        r"(?:trokken|trok|getrokken|trekken|trekt)\s+(?:\w+\s+){0,3}(?:jas|jack|jasje|schoenen|ketting|"
        r"trui|tas)\s+uit\b|(?:jas|jack|schoenen|ketting)\s+uit\s*(?:ge)?trokken",
        # Threatening for a coat or a phone ("dreigden om zijn jas").
        r"(?:dreig\w*|gedreigd|mes\w*)\s+(?:\w+\s+){0,6}om\s+(?:zijn|haar|z'n|zn|hun)\s+(?:jas|jack|telefoon|"
        r"tas|fiets|scooter|geld|schoenen|airpods|ketting|portemonnee)\b",
        r"kluisj?e?s?\s+(?:\w+\s+){0,3}(?:open\s*(?:te\s+)?(?:breken|gebroken|gemaakt)|opengebroken|openbr(?:eekt|ak|aken)\b|"
        r"geforceerd|forceren|leeggehaald)",
        r"(?:zijn|haar|z'n|zn)\s+(?:tas|telefoon|jas|portemonnee|fiets|scooter|pinpas|airpods|ketting|"
        r"sieraden|spullen)\s+gepakt\b",
        # Shoplifting in other words: "zonder af te rekenen", "propt het in zijn jas".
        r"zonder\s+(?:te\s+)?af\s*te\s+rekenen|niet\s+afgerekend|zonder\s+(?:te\s+)?afrekenen",
        r"(?:stoppen|stopt|stopte|stopten|proppen|propt|propte|propten|steken|stak|staken|vullen|vult|vulden)\s+(?:\S+\s+){0,5}(?:in|onder)\s+(?:hun|zijn|haar|z'n|zn|de)\s+(?:\w+\s+)?(?:jas\w*|tas\w*|zak\w*|broek\w*|mouw\w*|rugzak\w*|trui\w*)",
        r"(?:vullen|vult|vulden)\s+(?:hun|zijn|haar|z'n|zn|een|de)\s+(?:tassen|tas|zakken|rugzak\w*|rugtas\w*|boodschappentas\w*)\s+met",
        # Caught with goods in a pocket; trying front doors; goods from a van or a lorry; drink
        # or fruit taken; a boat or a mobility scooter "borrowed"; fuel gone from a boat.
        r"betrapt\s+(?:\S+\s+){0,5}?(?:in|onder)\s+(?:hun|zijn|haar|z'n|zn|de)\s+(?:jas\w*|broekzak\w*|tas\w*|mouw\w*|"
        r"rugzak\w*|zak|zakken)\b",
        r"welke\s+(?:\w+\s+){0,2}open\s+(?:is|zijn|staat|staan|gaat|gaan)\b",
        r"(?:rammel\w*|gerammeld)\s+(?:\S+\s+){0,2}aan\s+(?:de\s+|alle\s+)?(?:voordeur\w*|autodeur\w*|achterdeur\w*|deuren|"
        r"portier\w*)\b",
        r"(?:vrachtwagen\w*|bestelbus\w*|busje\w*|bestelwagen\w*|vrachtauto\w*|koelwagen\w*|pakketwagen\w*)\s+"
        r"(?:te\s+)?(?:halen|gehaald|haalden|getrokken|trekken|trokken|pakken|gepakt|pakten|jatten|gejat|stelen|gestolen|"
        r"geroofd)\b",
        r"(?:kersen|fruit|kistjes?|kratten|pompoenen|jerrycans?)\s+(?:\w+\s+){0,2}(?:meegenomen|geplukt\s+en\s+meegenomen|"
        r"weggehaald|weggenomen|weg\b(?!\s*(?:te|gooien|gegooid)\b))",
        # ("'geleend' en niet teruggegeven" is the longer term below.)
        r"(?:(?<=['\"])(?:ge)?leend['\"]|(?:(?<=even\s)|(?<=effe\s)|(?<=ff\s))(?:ge)?leend\b)(?!\s+(?:\w+\s+)?(?:niet|nooit)\b)|"
        r"(?:losgesneden|losgemaakt|losgegooid)\s+en\s+(?:\w+\s+){0,2}(?:ermee|mee)\s+(?:\w+\s+)?(?:varen|gevaren|weg\w*|vandoor)|"
        r"ermee\s+(?:gaan\s+)?(?:varen|gevaren|wegvaren|weggevaren|rondvaren|rondgevaren)\b",
        r"langs\s+(?:de\s+)?(?:zelfscan\w*|kassa\w*|poortjes)\s+(?:\w+\s+)?naar\s+buiten|de\s+nooduitgang\s+uit|via\s+de\s+nooduitgang",
        r"gratis\s+shoppen|achterover\s*(?:ge)?(?:drukken|drukt|drukte|drukten)",
        r"(?:pakken|pakt|pakte|pakten)\s+(?:\w+\s+){0,3}van\s+(?:de\s+|het\s+)?(?:plank|schap|schappen|rek|toonbank|terras|"
        r"terrastafel|tafel|bar|kraam|marktkraam)\w*",
        r"(?:ge)?leend['\"]?\s+(?:\w+\s+){0,2}(?:en\s+)?niet\s+(?:meer\s+)?teruggegeven|afgenomen\b",
        r"(?:telefoons?|portemonnees?|tassen|spullen|geld|jassen)\s+(?:\w+\s+){0,3}(?:meegenomen|weggehaald|weggenomen)",
    ),
    conditional_terms=(
        # Someone else's drink drunk ("de drank die er stond leeggedronken").
        (r"leeg\s*gedronken\b", r"drank|bier|wijn|voorraad|koelkast|\bbar\b"),
        # A bag or phone taken after force ("van z'n fiets getrokken, tas meegenomen").
        (
            r"(?:tas|tasje|rugzak|telefoon|jas|portemonnee)\s+(?:\w+\s+){0,3}meegenomen",
            r"(?:ge)?trokken|(?:ge)?duwd|bedreigd|(?:neer)?geslagen|onder\s+dreiging",
        ),
    ),
    description="Theft, robbery, shoplifting, break-ins, stealing bikes or phones.",
)
