"""Drugs other than laughing gas: smoking weed, dealing, hard drugs."""

from nlp.understanding.categories.base import Category

CATEGORY = Category(
    name="drugs",
    label_nl="drugs",
    severity=2,
    terms=(
        r"drug\w*",
        r"(?:ge)?blow(?:en|t|de|den|d)\b|blowend\w*|blowers?",
        # Smoking a joint in other words: "paffen een jonko", "blazen uit een zelfgedraaide".
        r"(?:paffen|paft|pafte|paften|gepaft|blazen|blaast|bliezen)\s+(?:\w+\s+){0,2}(?:jonko|joint|blunt|stickie|"
        r"zelfgedraaide|toeter|wiet|hasj|gras)\w*",
        r"joints?\b|jonko\w*|stickies|stickie|jointje\w*|blowtje\w*|spliff\w*",
        r"thc\b|thc-?\w+|wietvape\w*|wietplant\w*|hennep\w*|wietplantage\w*",
        r"paddo\w*|lsd\b|heroine|(?<!hippie\s)(?<!hippie-)crack\b|bolletjes\s+coke",
        # Pills by street name: "xannies", "oxy's"; base (cocaine for smoking).
        r"xan(?:ax|nies|nie|ny|tjes)\w*|benzo(?:s|'s|diazepine\w*)\b|oxy(?:'s|s|codon\w*)?\b",
        # Ordered online and delivered: "bestellingen afleveren, besteld via Snap".
        r"(?:besteld|bestellen|bestelt|bestelden)\s+(?:\w+\s+)?via\s+(?:snap\w*|insta\w*|telegram|whatsapp|de\s+app)\b",
        r"wiet\w*|weed\b|hasj\w*|hash\b|marihuana|cannabis|skunk\w*|blunts?\b|ganja|zelfgedraaide\s+(?:joint|jonko|blunt)\w*",
        # "gras" (weed) and "wit" (cocaine) when sold, bought, smoked or smelled.
        r"(?:gras|wit)\s+(?:\w+\s+){0,2}(?:verkocht|verkopen|verkoopt|verkochten|gedeald|dealen|dealt|gekocht|kopen|"
        r"gesnoven|snuiven)\b|(?:verkopen|verkoopt|verkochten|verkocht|dealen|dealt|dealden|kopen|"
        r"kochten|snuiven|snuift|gesnoven|roken|rookten|blazen|paffen)\s+(?:(?:wat|veel|een|beetje|hun|zijn|ook|weer|er|"
        r"daar|hier|vooral|gewoon)\s+){0,2}(?:gras|wit)\b(?!\s+(?:veld|\w*laken))|"
        r"(?:ruik|ruikt|ruiken|rook|roken|stinkt|stinken|stonk|lucht)\s+(?:\w+\s+){0,2}naar\s+(?:\w+\s+)?(?:gras|hasj|skunk|blow\w*|wiet|weed|coffeeshop\w*)\b",
        # Codeine syrup and ketamine in street words.
        r"lean\b|purple\s+drank|codeine\w*|hoestsiroop\w*|keta\b|ketamine|special\s+k\b",
        r"coke\b|cocaine|snuiven|gesnoven|lijntjes?",
        r"xtc\b|mdma|molly|pillen\b|speed\s*pillen|ketamine|3-?mmc|ghb\b|crystal\s+meth",
        r"(?:ge)?deal(?:en|t|de|den|d|er|ers|ertje)\b",
        r"zakjes\s+(?:\w+\s+){0,2}(?:wisselen|wisselden|gewisseld)|wissel\w*\s+van\s+eigenaar|"
        r"pil(?:len|letjes)\b|wit\s+(?:spul|poeder)|opgerolde\s+(?:briefjes|biljetten)|bolletjes\b|"
        r"pakketjes\s+(?:\w+\s+){0,3}(?:naar|bij)\s+klanten|lopen\s+voor\s+een\s+(?:oudere\s+)?(?:gast|man|jongen)",
        r"zakjes\s+(?:\w+\s+){0,2}(?:verko\w*|verkocht|verkochten)\b|(?:verkopen|verkoopt|verkochten)\s+(?:\w+\s+)?zakjes\b",
        r"drugsrunner\w*|(?:bolletjes|pakketjes)slik\w*",
        r"(?:ruik|ruikt|ruiken|rook)\w*\s+(?:\w+\s+){0,2}(?:wiet|weed)",
        r"lachgas\s+(?:te\s+)?(?:verko\w*|verkocht|deal\w*)",
        r"(?:verko\w*|deal\w*)\s+(?:\w+\s+){0,2}lachgas",
        r"(?<=['\"])(?:spullen|klusjes|pakketjes|bestellingen|boodschappen)['\"]",
        r"spullen\s+(?:te\s+)?(?:brengen|bestellen|afleveren|rondbrengen)",
        r"pakketjes['\"]?\s+(?:\w+\s+)?(?:rond\s*(?:te\s+)?brengen|rondbrengen|bezorgen|wegbrengen|afleveren)",
        r"drugsoverlast",
        # Straattaal "hosselen" (dealing); parcels "weg te brengen".
        r"(?:ge)?hossel\w*|pakketjes['\"]?\s+(?:\w+\s+)?(?:weg|rond)\s+te\s+(?:brengen|bezorgen)",
        # Dealing in other words: scales and bags, handing over parcels, dealing from a car.
        r"(?:gram|grammetjes|zakjes)\s+(?:\w+\s+){0,3}(?:af\s*te\s+wegen|afwegen|gewogen)|weegschaal\w*",
        r"zakjes\s+(?:\w+\s+){0,2}(?:klaar|voor\s+de\s+verkoop)|(?:gehandeld|handelen|handel)\s+(?:\w+\s+){0,2}(?:vanuit|uit)\s+(?:een|de)\s+(?:\w+\s+)?auto",
        r"pakketjes\s+(?:\w+\s+){0,2}(?:doorgegeven|doorgeven|overhandigd|overhandigen|afgeleverd|afleveren|opgehaald|"
        r"wisselen|wisselden|gewisseld|uitwisselen|uitgewisseld)|"
        # Street dealers' couriers: "runners op e-steps".
        r"runners?\b|(?:halen|haalden)\s+(?:\w+\s+){0,2}(?:hun|het)\s+spul\b",
        r"(?:het\s+is\s+)?geen\s+tabak|zoete\s+lucht|(?:de|die)\s+(?:zoete|zware)\s+geur|aan\s+de\s+wiet",
    ),
    description="Weed, hard drugs and dealing (laughing gas has its own category).",
)
