"""Arson: setting bins, containers, cars or benches on fire."""

from nlp.understanding.categories.base import BURNING, Category

CATEGORY = Category(
    name="brandstichting",
    label_nl="brandstichting",
    severity=3,
    terms=(
        r"in\s+(?:de\s+)?brand\b",
        r"in\s+de\s+(?:fik|hens)|fikkie\w*|gefikt",
        r"aangestoken|aansteken|in\s+brand\s+(?:gestoken|gezet|steken|staken|gestoken)",
        # "steken wc-rollen aan" (not a cigarette, a joint or fireworks).
        r"(?:steken|steekt|stak|staken)\s+(?!(?:een\s+|hun\s+|de\s+|ff\s+)?(?:elkaar|mekaar|sigaret|peuk|joint|jonko|blowtje|shisha|waterpijp|"
        r"sjekkie|vuurwerk|kaars|fakkel|pijl|cobra|rotje|klapper|knaller|vape|sigaar|lont|barbecue|bbq|\w*vuurwerk)\w*)"
        r"(?:\S+\s+){1,3}aan\b(?!\s+(?:te|bij|het|de|op|een)\b)",
        # "in de fik", "de boel in de hens".
        r"hens\s+(?:gezet|zetten|gestoken|steken)\b",
        r"brandt\b|brandde\w*|in\s+vlammen|vlam\s+gevat|fikt\b",
        r"vuurtjes?\b|uitgebrand|brandend\w*|molotov\w*",
        r"(?:vuur|fik)\s+(?:te\s+)?(?:ge)?sto(?:ok|k)\w*|(?:stoken|stookten|stookt)\s+(?:een\s+)?fik\b|(?:ge)?stookt?\s+(?:een\s+)?(?:vuur|fikkie)|kampvuur\w*|vreugdevuur\w*|bonfire\w*",
        r"(?:af|plat|op)gebrand|afbranden|brandbom\w*|benzine\s+(?:\w+\s+){0,3}(?:gegooid|gegoten|over)",
        BURNING,
        # Set alight with an accelerant: "met deo en een aansteker een vlammenwerper",
        # "aanmaakvloeistof over de bank".
        r"vlammenwerper\w*|aanmaakvloeistof\w*|aanstekervloeistof\w*|(?:deo|deodorant|spuitbus)\s+"
        r"(?:\w+\s+){0,2}(?:en\s+)?(?:een\s+)?aansteker\w*|(?:zwart)?geblakerd",
        # Burning, in other words: "stond in lichterlaaie", "afgefikt", "stond te fikken".
        r"in\s+lichter\s*laaie|afgefikt|af\s*te\s+fikken|(?:stond|staat|stonden|staan)\s+(?:\w+\s+)?te\s+(?:fikken|branden|smeulen|roken)\b",
        # A fire, not fireworks ("stoken vuurwark af").
        r"(?:stoken|stookt|stookten|stookte|gestookt)\s+(?:\w+\s+){0,3}(?:vuur(?!w[ae]+rk)\w*|kampvuur)|(?:vuur\w*|kampvuur)\s+(?:\w+\s+){0,4}(?:gestookt|aangelegd|aangestoken)",
    ),
    conditional_terms=(
        # A fire, unless the report was a prank call or a smoke bomb ("nepmeldingen van
        # brand bij 112", "brand gemeld, maar het was een rookbom").
        (
            # Not the beer ("blikken Brand", "krat Brand").
            r"(?<!blikken\s)(?<!blikjes\s)(?<!blik\s)(?<!krat\s)(?<!kratje\s)(?<!kratten\s)(?<!flesjes\s)(?<!pijpjes\s)"
            r"brand(?:je|jes|en|stichting\w*|gesticht|stichten|stichters?)?\b",
            r"^(?![\s\S]*(?:nepmelding\w*|(?:valse|loze|nep)\s*melding\w*|(?:was|bleek)\s+(?:het\s+)?(?:maar\s+)?"
            r"(?:een\s+)?rook(?:bom|pot|fakkel|granaat)))",
        ),
    ),
    description="Setting bins, containers, cars, benches or doormats on fire.",
)
