"""Intimidation, threats, harassment of residents, staff, passers-by and workers."""

from nlp.understanding.categories.base import EXTORTION, PEOPLE, Category

_THROW = r"(?:gooi\w*|gegooid|smijt\w*|gesmeten|bekogel\w*|afgestoken|afsteken|schieten)"
_PEOPLE = PEOPLE

CATEGORY = Category(
    name="intimidatie",
    label_nl="intimidatie",
    severity=2,
    terms=(
        r"intimid\w*|geintimideerd",
        r"(?:be)?dreig\w*|gedreigd",
        r"(?:uit)?scheld\w*|uitgescholden|gescholden",
        r"spu(?:gen|gt|gde|gden|gende)\b|gespuugd",
        r"treiter\w*|pesten\b|gepest|pesterij\w*",
        r"lastig\s*(?:ge)?(?:vallen|valt|vielen|gevallen)|lastiggevallen|lastigvalt|lastigvallen",
        r"(?:na|achterna)\s*(?:te\s+)?roepen|nageroepen|naroepen|nafluiten|nagefloten",
        r"grote\s+mond|brutaal\w*|uitdag\w*|provoc\w*|provoceren|uitlokken",
        r"(?:dagen|daagt|daagde|daagden)\s+(?:\w+\s+){0,3}uit\b",
        r"(?:lopen|loopt|liep|liepen|gaan|gaat|ging|gingen|rennen|rent|renden|fietsen|fietsten)"
        r"\s+(?:\w+\s+){0,2}achterna\b|achterna\s*(?:ge)?(?:lopen|gelopen|gaan|gegaan|rennen|gerend)",
        r"(?:richt|richten|richtte|richtten)\s+(?:\w+\s+){0,2}op\s+(?:de\s+|het\s+)?" + _PEOPLE,
        r"confrontatie\w*",
        r"onveilig\w*|niet\s+veilig|bang\b|angst\w*|durven\s+(?:er\s+)?niet|durft\s+(?:er\s+)?niet",
        r"bekeken\b",
        r"waar\s+(?:je|jij|jullie|u)\s+(?:woont|wonen)",
        r"ik\s+steek\s+je",
        r"omsingel\w*",
        r"achtervolg\w*",
        r"(?:staan\s+)?(?:op\s+te\s+)?wachten\s+\w+\s+op\b|wacht\s+\w+\s+op\b|opwachten|opgewacht",
        r"ongewenste\s+opmerkingen|opmerkingen\s+naar",
        r"middelvinger\w*",
        r"grimmig\w*|gespannen\b|dreigend\w*|agressief\w*|agressie\b",
        EXTORTION,
        # Asking passers-by for money; "vraagt geld op [rekening]" is a collection.
        r"(?:geld|spullen)\s+(?:\w+\s+)?vragen|(?:vraagt|vragen|vroeg|vroegen)\s+(?:om\s+)?geld\s+aan\b",
        r"duw(?:en|t|den)\s+(?:\w+\s+)?(?:klanten|mensen|voorbijgangers|reizigers|personeel)",
        r"beroof\w*|berov\w*|beroving\w*|overval\w*",
        r"discrimin\w*|racist\w*",
        r"onder\s+druk\b",
        _THROW
        + r"\s+(?:(?!en\b)\w+\s+){0,4}(?:naar|richting|op|tegen)\s+(?:de\s+|het\s+)?"
        + _PEOPLE,
        r"(?:telefoon|telefoons|tas|jas)\s+willen",
        # Telegraphic: "klappers naar voorbijgangers", "flessen naar de politie".
        r"(?:vuurwerk|klappers|rotjes|cobra'?s|knallers|stenen|flessen|flesjes|eieren|blikjes)\s+"
        r"(?:\w+\s+)?(?:naar|op|richting)\s+(?:de\s+|het\s+)?" + _PEOPLE,
        r"(?:naar|richting|op)\s+(?:de\s+|het\s+)?" + _PEOPLE + r"\s+(?:\w+\s+){0,2}"
        r"(?:gegooid|gooien|gooit|gooiden|afgestoken|geschoten|schieten)",
    ),
    description="Threats, scolding, spitting, harassment, making people feel unsafe.",
)
