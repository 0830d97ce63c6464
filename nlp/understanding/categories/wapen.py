"""Weapons: knives, firearms, bats, sticks, fake guns."""

from nlp.understanding.categories.base import ARMED_CALL, Category

CATEGORY = Category(
    name="wapen",
    label_nl="wapen",
    severity=3,
    terms=(
        r"(?:vuur|steek|slag|nep|nepvuur|stroomstoot|schok|schiet|alarm|gas|lucht|verdedigings)?"
        r"wapen\w*",
        r"mes\b|messen\b|mesje\w*|stiletto\w*|vlindermes\w*|klapmes\w*|zakmes\w*|machete\w*",
        r"(?:honkbal)?knuppel\w*|boksbeugel\w*|wapenstok\w*|ploertendoder\w*",
        r"stok(?:ken)?\b(?!\s+of\s)|ijzeren\s+staaf",
        # Batons, iron bars and chains carried as weapons ("een paar met ijzeren staven",
        # "slaan op elkaar in met kettingen").
        r"(?:telescoop|slag|klap)stok\w*|(?:ijzeren|metalen|stalen)\s+(?:staaf|staven|stang\w*|buis|buizen|pijp\w*)|"
        r"ijzeren\s+(?:\w+\s+)?(?:staven|stangen)",
        r"(?:gas|gasdruk|luchtdruk|alarm|lucht|nep|schreckschuss|balletjes|speelgoed|plastic)?pistol\w*|"
        r"(?:gas|gasdruk|luchtdruk|alarm|lucht|nep|schreckschuss|balletjes|speelgoed|plastic)?pistool\w*|"
        r"revolver\w*|gun\b|guns\b|blaffer\w*|(?:een\s+)?ijzer\b",
        r"(?:lucht|wind|kogel)?buks(?:en)?\b|kalasj\w*|shotgun\w*",
        r"\w*gewe(?:er|ren)(?:s|tje|tjes)?\b",
        r"(?:keuken|vlinder|klap|zak|steek|jacht|stanley|bot|hak|kap|werp|brood|vlees|slagers|survival)mes(?:sen|je|jes)?\b"
        # A knife used only as a tool on property ("met een stanleymes de zittingen
        # opengesneden") is vandalism.
        r"(?![^.!?\n]{0,50}\b(?:open\s*(?:ge)?sneden|kapot\s*(?:ge)?sneden|lek\s*(?:ge)?(?:sneden|stoken)|doorgesneden)\b)",
        r"bijl(?:en)?\b|hakbijl\w*|zwaard\w*|samurai\w*|dolk\w*|katapult\w*|nunchak\w*|granaat\w*|"
        r"kruisboog\w*|handboog\w*|luchtdruk(?:pistool|geweer|wapen)\w*|"
        r"kogels?\b|glock\w*|pe(?:p)?perspray\w*",
        r"airsoft\w*|balletjespistool",
        # Straattaal and other weapons: "strap" (gun), "blade" (knife), throwing stars, golf
        # clubs carried to a fight, cartridge cases found after shots.
        r"straps?\b|blades?\b",
        r"werpster\w*|shuriken\w*|ninjaster\w*|golfclub\w*|golfstok\w*",
        r"(?:kogel|patroon)hul(?:s|zen)\w*|hulzen\b",
        r"(?:hoorden|hoorde|horen|hoort|gehoord)\s+(?:\w+\s+){0,4}(?:schoten|schieten|een\s+schot)\b",
        r"taser\w*|pepperspray\w*|traangas",
        r"schroevendraaier\w*|karambit\w*|wapo'?s?\b",
        # Shots heard or fired: "2 schoten gehoord", "er werd een schot gelost".
        r"schot(?:en)?\s+(?:\w+\s+)?(?:gehoord|gelost)|(?:\d+|twee|drie|vier|meerdere|enkele|paar)\s+schoten\b",
        # "geen vuurwerk maar schoten".
        r"schoten\b(?:(?<=maar\sschoten)|(?<=wel\sschoten)|(?<=waren\sschoten)|(?<=als\sschoten))",
        r"ik\s+steek\s+je|neergestoken|(?<!fik\s)(?<!brand\s)(?<!hens\s)(?<!lek\s)gestoken\b",
        r"steekpartij\w*|schietpartij\w*|steekincident\w*|schietincident\w*|steekwond\w*|schotwond\w*|(?<!in\s)(?<!brand\s)(?<!fik\s)(?<!hens\s)(?<!lek\s)(?<!af\ste\s)(?<!over\s)steken\b"
        r"(?!\s+(?:\S+\s+){0,3}(?:aan|af|over|op)\b)",
        r"neem\s+(?:je|jullie|ff|even)\s+(?:\w+\s+)?(?:spullen|tools|ijzers?|dingen|speelgoed)\s+mee",
        ARMED_CALL,
        r"zwaai(?:en|t|de|den)\s+met|gezwaaid\s+met|met\s+een\s+\w+\s+(?:ge)?zwaai(?!licht)\w*",
        r"iets\s+scherps",
        r"(?:trok|trekt|trokken)\s+(?:een\s+)?(?:mes|wapen)",
        r"(?:neemt|nemen|neem)\s+(?:\w+\s+)?(?:zijn|z'n|zn|hun|je|jullie)?\s*(?:eigen\s+)?ding\s+mee|we\s+gaan\s+(?:ze|hem|jullie)\s+(?:prikken|steken)",
        r"iets\s+(?:glimmends|scherps)\s+(?:\w+\s+){0,3}(?:broekband|mouw|jas|zak|tas)",
    ),
    conditional_terms=(
        # Chains used as weapons ("slaan op elkaar in met kettingen"), not jewellery.
        (
            r"(?:fiets)?kettingen\b",
            r"\bmet\s+(?:\w+\s+)?(?:fiets)?kettingen\b|(?:zwaai\w*|gezwaaid)\s+(?:\w+\s+){0,3}(?:fiets)?kettingen\b",
        ),
        # A crowbar is a weapon, unless it is the tool of a break-in.
        (
            r"koevoet\w*|breekijzer\w*",
            r"^(?![\s\S]*(?:inbra|inbre|ingebroken|openbr|opengebroken|forceer|geforceerd|wrikk|gewrikt))",
        ),
    ),
    description="Knives, firearms, bats, sticks, fake guns, threats to stab.",
)
