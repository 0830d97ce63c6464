"""What a behaviour category is: a name, a Dutch label, a default severity and a lexicon.

Terms are regular-expression fragments matched on the folded text (lowercase, no
accents) at the start of a word; write ``\\w*`` where a compound or inflection may
follow ("vernield", "vernielingen"). Keep each category's knowledge in its own module
in this package; the registry picks up every module that defines ``CATEGORY``.
"""

from __future__ import annotations

from dataclasses import dataclass

# People a group can throw things at, aim at or shout at (intimidation, not damage).
PEOPLE = (
    r"(?:voorbijgangers|mensen|bewoners|buurtbewoners|politie\w*|me\b|agenten|handhav\w*|"
    r"boa\w*|reizigers|klanten|(?:winkel|bus|tram|horeca|school|ns-?)?personeel|ouderen|kinderen|strandgasten|marktl\w*|kooplui|"
    r"bezoekers|fietsers|voetgangers|wandelaars|eigenaar|uitbater|winkeliers|bezorgers|chauffeurs?|buschauffeur\w*|"
    r"portiers|beveilig\w*|hulpverleners|ambulance\w*|brandweer\w*|ons\b|jongerenwerk\w*|"
    r"publiek|omstanders|toeschouwers|passanten|pieten|sinterklaas|conducteurs?|"
    r"bestuurders?|trambestuurders?|passagiers|medewerkers|vrijwilligers|leraren|docenten|wijkagent\w*|iedereen|"
    r"wouten|smerissen|supporters|fans|toeristen|scholieren|leerlingen|vrouwen|meisjes|meiden|gezinnen|agent\b|"
    r"schippers?|vissers|"
    r"(?:een\s+)?(?:oudere\s+|jonge\s+)?(?:man|vrouw|meisje|dame|heer)\b)"
)

# Terms that belong to more than one category (every category is matched on its own,
# so a term listed in two categories gives both).
# Extortion ("die geld eisen") is both intimidation and theft.
EXTORTION = (
    r"(?:geld|spullen)\s+(?:\w+\s+)?(?:eisen|eisten|eist|afpersen)|afpers\w*|"
    r"(?:eisen|eisten|eist|eiste)\s+(?:\w+\s+)?geld|"
    # Demanding the till: an (attempted) robbery.
    r"(?:de\s+)?kassa\s+(?:\w+\s+)?(?:wilden|wilde|willen|wil|eisten|eiste|eisen|opeisen)\b|"
    r"(?:wilden|wilde|eisten|eiste)\s+(?:\w+\s+)?(?:de\s+)?kassa\b|"
    # Collecting money from younger kids ("'doekoe' ophalen bij kleine kids").
    r"(?:geld|doekoe|doeko|poen|cash)['\"]?\s+(?:\w+\s+){0,2}(?:op(?:halen|gehaald|haalden)|innen|geind)\s+bij\b|"
    # Forcing kids to pay ("dwingen kids geld over te maken via tikkie").
    r"(?:dwingen|dwingt|dwongen|dwong|gedwongen)\s+(?:\S+\s+){0,8}?(?:geld|tikkie\w*|over\s+te\s+maken|"
    r"te\s+betalen|(?:hun|zijn|haar)\s+pincode)\b"
)
# Taking things from a person by force or pressure is theft and intimidation: "pakken
# kleine kinderen hun airpods af", "werd gedwongen zijn step af te geven", "jas en
# telefoon kwijt".
ROBBERY = (
    r"(?:pakken|pakt|pakte|pakten)\s+(?:\w+\s+){0,4}(?:hun|zijn|haar|z'n)\s+\w+\s+af\b|"
    r"(?:gedwongen|dwongen|dwingen|eisten|eiste|moest|moesten)\s+(?:\S+\s+){0,10}?"
    r"(?:af\s+te\s+geven|afgeven|af\s+te\s+staan)|"
    r"(?:zijn|haar|z'n|zn)\s+(?:jas|telefoon|tas|portemonnee|fiets|scooter|step|airpods)\s+"
    r"(?:en\s+(?:\w+\s+)?)?kwijt\b|"
    r"(?:jas|jack|telefoon|tas|portemonnee|airpods|step|schoenen|pet|horloge|ketting)\s+en\s+(?:jas|jack|telefoon|"
    r"tas|portemonnee|airpods|step|fiets|schoenen|pet|horloge|ketting)\s+kwijt\b|"
    # Straattaal "rollen" (to rob someone): "werd gerold door 3 jongens", "gerold voor zijn jas".
    r"gerold\s+(?:door|voor)\b|(?:werd|werden|wordt|worden)\s+(?:\w+\s+){0,2}gerold\b"
)
# Snatching from a hand or pulling a bag off someone: theft by force, and frightening
# ("grissen een telefoon uit de hand van", "trekken een tas van een oudere dame").
SNATCH = (
    r"(?:gris\w*|gegrist|trekken|trekt|trok|trokken|rukken|rukt|rukte|rukten)\s+(?:\w+\s+){0,3}"
    r"uit\s+(?:de|zijn|haar|z'n|zn)\s+hand(?:en)?\b|"
    r"(?:trekken|trekt|trok|trokken|rukken|rukt|rukte|rukten|grissen|grist|griste|gristen)\s+"
    r"(?:een\s+|de\s+|hun\s+)?(?:hand)?(?:tas|tasje|telefoon|ketting|portemonnee)\s+(?:\w+\s+)?van\s+"
    r"(?:een|de|die|het|haar|zijn)\b"
)
# Lying in wait for someone ("ze gaan hem opwachten"): a threat, and a planned fight.
AMBUSH = r"op\s+te\s+wachten|opwachten"
# A threat to "finish off" a person ("daar wordt die jongen afgemaakt", "we maken hem af"):
# a threat, and an announced fight; "het werk afmaken" is not.
KILL_THREAT = (
    r"(?:jongen|gast|meid|meisje|knul|jochie)\s+(?:\S+\s+){0,4}"
    r"(?:afgemaakt|afmaken)\b|(?:ga|gaan|gaat|komen|zullen)\s+(?:je|jou|hem|haar|jullie|ze)\s+afmaken\b|"
    r"(?:maken|maak)\s+(?:je|jou|hem|haar|jullie)\s+af\b(?!\s+(?:te|en)\b)|"
    # "die gast gaat eraan", "jij bent de sjaak".
    r"(?:(?<=gaat\s)|(?<=gaan\s)|(?<=ga\s))eraan\b(?!\s+(?:\w+\s+)?(?:werken|beginnen|doen|denken|herinneren|toe|"
    r"kapot|wennen|ontkomen|vast|gewend)\b)|(?:(?<=is\sde\s)|(?<=ben\sde\s)|(?<=bent\sde\s)|(?<=zijn\sde\s))sjaak\b"
)
# Holding someone under water: assault, and frightening.
UNDER_WATER = (
    r"onder\s+(?:water|het\s+water)\s+(?:ge)?(?:houden|hielden|hield|duwen|duwden|geduwd|gedrukt)"
)
# A call to come "met alles wat je hebt" (bring your weapons): a fight with weapons.
ARMED_CALL = (
    r"(?:met|neem|nemen|meenemen|meebrengen)\s+(?:alles\s+)?(?:mee\s+)?wat\s+(?:je|jullie|we|u)\s+"
    r"(?:hebt|heb|hebben|heeft)"
)
# Blowing up letterboxes or bins: fireworks and damage.
BLOWN_UP = r"opgeblazen|opblazen|opbliezen|blazen\s+(?:\w+\s+){0,3}op\b"
# A church bell rung by the group ("hebben de klok van de kerk geluid"): noise, and mischief.
BELL = (
    r"(?:kerk)?klok(?:ken)?\s+(?:\w+\s+){0,4}(?:geluid|luiden|luidden|luidde)\b|"
    r"(?:luiden|luidden|luidde)\s+(?:\w+\s+){0,5}(?:kerk)?klok\w*|kerkklok\w*\s+(?:\w+\s+){0,2}(?:geluid|luiden|luidden|luidde)\b"
)
# Burning compounds: "autobrand", "containerbrand", "scooterbrandje".
BURNING = (
    r"(?:auto|container|scooter|brommer|fiets|afval|vuilnis|prullenbak|berm|bos|struik|schuur|"
    r"buiten|papier|bank|gras|riet|heide|duin|natuur|hooi|stro)brand(?:je|jes|en)?\b"
)


@dataclass(frozen=True, slots=True)
class Category:
    """One behaviour category and the words that signal it."""

    name: str
    label_nl: str
    # 1 = nuisance, 2 = serious, 3 = violence or danger to life; the signal's severity
    # is the highest of its categories.
    severity: int
    # A hit on any of these is enough (unless negated: "geen alcohol gezien").
    terms: tuple[str, ...]
    # Count only when no ordinary term of any category matched: words that describe
    # the situation ("hangen", "leerplicht") rather than the behaviour.
    weak_terms: tuple[str, ...] = ()
    # (term, condition): the term counts only when the condition pattern occurs
    # anywhere in the message ("rijden" is traffic only with a vehicle in the message).
    conditional_terms: tuple[tuple[str, str], ...] = ()
    description: str = ""
