"""Fireworks: bangers, cobras, firework bombs."""

from nlp.understanding.categories.base import BLOWN_UP, Category

CATEGORY = Category(
    name="vuurwerk",
    label_nl="vuurwerk",
    severity=2,
    terms=(
        r"\w*vuurwerk\w*",
        # Split by speech-to-text.
        r"vuur\s+werk\b",
        # Dialect spellings ("stekt vuurwark of").
        r"vuurwa+rk\w*|vuurwaark\w*|vuurwek\w*",
        # Flares and sparklers at a match; "nitraatjes".
        r"fakkels?\b|fakkeltjes\b|sterretjes\b|nitraat\w*|"
        r"bengaals\w*|rookfakkel\w*|rookpot\w*|carbid\w*|kanonslag\w*|zevenklapper\w*|grondbloem\w*",
        r"klappers?\b",
        r"knallers?\b",
        r"cobra\w*",
        # Not the petrol station ("bij de Shell", "de Shell doen").
        r"rotjes?\b|strijkers?\b|nitraten?\b|mortier\w*|shells\b|(?<!de\s)shell\b(?!-?\s?station)|vuurpijl\w*|romeinse\s+kaars\w*",
        r"flitsers?\b|knalvlinder\w*|(?:polen)?boller(?:s)?\b|polenboller\w*|voetzoeker\w*|knalstaaf|knalstaven",
        r"thunderking\w*|lawinepijl\w*|duizendklapper\w*|babypeer\w*|single\s+shots?",
        r"(?:vuurwerk|rook|knal|kogel)?bom(?:men|metjes?)?\b|knalmat(?:ten)?\b",
        # Bangs in the street are fireworks ("nog steeds knallen op het plein").
        BLOWN_UP,
        r"(?<!het\sgaat\s)(?<!t\sgaat\s)knallen\b(?!\s+(?:\w+\s+){0,3}(?:uitlaat\w*|brommers?|scooters?|motor\w*|muziek|drill|box\w*|speaker\w*|"
        r"rap|beats?|nummers?))|(?<!gebrul\sen\s)geknal\w*|"
        r"harde\s+knal(?:len)?\b",
        r"chinese\s+rol(?:len|letjes?)?\b|doffe\s+klappen|zware\s+knal(?:len)?|knaller\w*",
    ),
    conditional_terms=(
        # A firework cake (a battery), not a pastry: set down, lit or aimed.
        (
            r"cakes?\b|cakeboxe?s?\b",
            r"(?:zetten|zet|zette|neergezet|aangestoken|aansteken|afsteken|afgestoken|richt\w*|gericht|knal\w*|"
            r"oud\s+(?:en|op)\s+nieuw|oudjaar\w*|oudejaars\w*|jaarwisseling|nieuwjaar\w*|vuurwerk)",
        ),
    ),
    description="Fireworks outside the allowed hours, bangers, cobras and firework bombs.",
)
