"""Fights, assault, and calls or plans to fight."""

from nlp.understanding.categories.base import Category

CATEGORY = Category(
    name="vechtpartij",
    label_nl="vechtpartij",
    severity=3,
    terms=(
        r"vecht\w*|gevecht\w*|gevochten",
        r"knok\w*|matten\b|matpartij",
        r"op\s+de\s+vuist",
        r"kloppartij\w*|steekpartij\w*|schietpartij\w*",
        r"(?:in\s+elkaar\s+)?(?:ge)?sla(?:gen|at|an)\b(?!\s+alarm)|geslagen|in\s+elkaar\s+geslagen",
        r"mishandel\w*",
        r"(?:ge)?schop(?:t|pen|te)\b",
        r"klappen\s+(?:gegeven|geven|uitgedeeld)",
        r"ruzie\w*",
        r"neergestoken\b|(?<!fik\s)(?<!brand\s)(?<!hens\s)gestoken\b",
        r"gewond\w*|hoofdwond\w*",
        r"afrekenen|af\s+te\s+rekenen",
        r"(?:te\s+)?pakken\b(?=[^.!?\n]{0,3}[\"'])|we\s+pakken\s+ze|pakken\s+ze\b",
        r"wraak\w*",
        r"op\s+te\s+wachten|opwachten",
        r"geduw\w*|(?:aan\s+het\s+)?duwen\b(?!\s+(?:\w+\s+)?(?:klanten|mensen|voorbijgangers))",
        r"rellen\s+tegen|elkaar\s+aan(?:gevallen|vallen)|aangevallen|aanvallen",
        r"(?:iets\s+)?gepland\s+staat|staat\s+(?:er\s+)?(?:iets\s+)?gepland",
        r"van\s+(?:zn|zijn|z'n|haar)\s+(?:fiets|scooter)\s+(?:ge)?trok\w*|trokken\s+\w+\s+\w+\s+van",
    ),
    description="Fights, assaults, stabbings and arranged or announced fights.",
)
