"""Noise: loud music, speakers, shouting, loud exhausts, bangs at night."""

from nlp.understanding.categories.base import BELL, Category

# Music that is reported as quiet ("muziek netjes zacht") is no noise; turning it down
# after a request is.
_SOFT = (
    r"(?![^.!?\n]{0,40}\bzach(?:t|tjes|jes|ies)\b(?!\s+(?:te\s+)?(?:zetten|gezet|draaien|gedraaid)))"
    # Music that is off, or under a video: "muziek staat inmiddels uit", "met muziek eronder".
    r"(?!\s+(?:staat|stond|is|ging|gaat|werd|was)\s+(?:\w+\s+)?(?:uit|uitgezet)\b)(?!\s+eronder\b)"
)

CATEGORY = Category(
    name="geluidsoverlast",
    label_nl="geluidsoverlast",
    severity=1,
    terms=(
        r"(?<!sissende\s)(?<!sissend\s)(?<!kissende\s)(?<!smakkende\s)geluid(?!swal|sscherm|sdicht)\w*",
        r"(?:harde?|luide?|keiharde?|knallende)\s+(?:muziek|box\w*|speaker\w*|geluid|drill|rap|beats?|bass)\b",
        # Not a place or a lesson ("bij de muziekkoepel", "muziekschool").
        r"(?:muziek|muzyk)(?!koepel|school|tent|les|leraar|vereniging|centrum|winkel|gebouw|podium)\w*"
        + _SOFT,
        r"(?:speakers?\b|speakertje)" + _SOFT,
        r"(?:jbl|muziek)?box(?:en|je)?\b" + _SOFT,
        r"(?:party|bluetooth|boom|blue-?tooth)\s?box\w*" + _SOFT,
        # The bass: "bonkende bas", "bassen uit de kofferbak", "de ramen trillen ervan".
        r"(?:(?<=de\s)|(?<=die\s)|(?<=hun\s))bas\b|(?:bonkende|dreunende|harde|zware|vette|knallende)\s+bas(?:sen)?\b|"
        r"bassen\b|"
        r"(?:ramen|ruiten|glazen)\s+(?:\w+\s+){0,2}(?:trillen|trilden|trilt|rammelen|rammelden)\b",
        # Heard far away: "hoor je tot in de flats", "tot in de kerk te horen".
        r"(?:hoor|hoort|horen|hoorde|hoorden)\s+(?:je|jij|ze|we|wij|ik|men|u|hem|het)\s+(?:\w+\s+){0,2}tot\s+(?:in|aan|op|bij)\b|"
        r"tot\s+(?:in|aan|op)\s+(?:de\s+|het\s+)?\w+\s+(?:\w+\s+)?(?:te\s+horen|horen|hoort|hoorde)\b",
        r"lawaai\w*",
        # Swearing compounds and singing: "teringherrie", "zingt smartlappen", karaoke.
        r"(?:tering|kanker|kut|pokke|kolere|takke)(?:herrie|lawaai|kabaal)\w*",
        r"karaoke\w*|smartlap\w*",
        r"zingt\b|zongen\b|gezongen\b",
        r"(?:ge)?tetter\w*|(?:ge)?krijs\w*|gegier\b",
        r"herrie\w*",
        r"kabaal",
        r"(?:ge)?schreeuw(?:en|t|d)?\b(?!\s+naar)",
        r"gejoel|joelen",
        r"gegil|gillen\b|gillend\w*|gegild|(?:ge)?bler(?:en|t|de|den)\b|geblaar|krijsend\w*",
        r"(?:luid\s+)?zingen\b|gezang",
        r"toeter\w*|getoeter|claxon\w*|geclaxonneer\w*",
        r"knetter\w*|dreunend\w*|bonkend\w*|subwoofer\w*|rumoer\w*|gebrul|brullen\w*|gekrijs|krijsen",
        r"luid(?:ruchtig\w*|e)?\b|keet\s+(?:schoppen|geschopt|trappen|getrapt)|(?:trap|trapt|trappen|trapte|trapten|schopt|schoppen|schopte|schopten)\s+keet\b|tetter\w*|decibel\w*",
        r"uitlaat\w*|uitlaten\b|knalpot\w*|zonder\s+(?:uitlaat|demper|knalpot)",
        r"dj\b|dj's|jbl\b|bass\b|basdreun\w*|boombox\w*|ghettoblaster\w*",
        r"wakker\b",
        BELL,
        r"nachtrust",
        r"ronkende?\b|optrekken\b",
        r"feest\w*(?=[^.!?\n]{0,60}muziek)",
        r"schreeuwend|zingend|brullend|joelend",
        # Dialect shouting: Tilburgs "brulle", Achterhoeks "bolken".
        r"brull?e\b|(?:ge)?bolk(?:en|t|te|ten)?\b",
        r"(?:bas|bass|muziek|box|speaker)\s+(?:\w+\s+){0,2}(?:op\s+(?:z'n|zn|zijn|het)\s+hardst|keihard|snoeihard|op\s+vol)\b",
    ),
    description="Loud music, speakers, shouting, exhausts: noise that bothers residents.",
)
