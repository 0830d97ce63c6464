"""Dangerous traffic behaviour: scooters, fat bikes, racing, riding on pavements."""

from nlp.understanding.categories.base import Category

_VEHICLE = (
    r"(?:scooter|brommer|snorfiets|fatbike|fat\s+bike|e-?bike|motor|crossmotor|quad|auto|"
    r"tmax|yamaha|vespa|piaggio|golf|bmw|audi|polo|clio|seat|mercedes|kenteken|plaatje)"
)
# A vehicle, or driving, somewhere in the message: the condition of the words that only
# mean traffic when someone drives ("op de stoep", "rondjes", "bijna geraakt").
_DRIVING = (
    _VEHICLE
    + r"|\b(?:rij(?:den|dt|dend)|reed|reden|gereden|rijd|scheur\w*|gescheurd|rac\w*|gerac\w*|"
    r"auto'?s|brommers|scooters|fatbikes|motoren)\b"
)

CATEGORY = Category(
    name="verkeer",
    label_nl="verkeer",
    severity=1,
    terms=(
        # Not with shopping trolleys or go-karts pushed by hand.
        r"(?:rac(?:en|et|ete|eten|e|es)\b|gerac\w*|scooter-?races?|races?\b)"
        r"(?!\s+(?:\w+\s+)?(?:met\s+)?(?:de\s+)?(?:winkelwagen\w*|winkelkar\w*|karretjes|bolderkar\w*|skelter\w*|zeepkist\w*))",
        # Not torn ("de dienstregeling eruit gescheurd").
        r"scheur(?:en|t|de|den)\b(?!\s+(?:\w+\s+)?(?:eruit|eraf|los|kapot|stuk)\b)|"
        r"(?<!eruit\s)(?<!eraf\s)(?<!los\s)(?<!kapot\s)(?<!stuk\s)(?<!af\s)gescheurd|rond(?:ge)?(?:scheur|cross|rac)\w*",
        # Hemming someone in with a vehicle.
        r"klem\s*(?:ge)?(?:rijden|rijdt|reden|gereden)\b",
        r"zonder\s+(?:helm|helmen|licht|verlichting|kenteken)|geen\s+helm(?:en)?\b",
        r"over\s+(?:de\s+|het\s+)?(?:stoep|fietspad|voetpad|wandelpad\w*|trottoir|"
        r"plein|speelplaats|grasveld)",
        r"verkeersgevaar\w*|verkeersonveilig\w*",
        r"drift(?:en|te|ten)\b|gedrift|driftend\w*|donuts?\s+(?:draaien|gedraaid|draaiden)|burn-?outs?\b",
        r"cross(?:en|t|te|ten)\b|gecrost|crosst\b",
        r"opgevoerd\w*|opvoeren\b|(?:zonder|geen)\s+rijbewijs",
        r"[0-9]{2,3}\s*km\s*/\s*u(?:ur)?\b|[0-9]{2,3}\s*km\s*(?:per\s+uur|p/u)",
        r"(?:bijna\s+)?aan(?:ge)?re(?:den|ed)|aanrijding\w*",
        r"rijgedrag|verkeersgevaarlijk\w*|gevaarlijk\s+(?:rijden|gereden)|spookrij\w*",
        r"wheelie\w*|op\s+een\s+wiel|achterop\b|met\s+(?:z'n\s+)?\w+\s+op\s+(?:een|1)\s+\w+",
        r"met\s+\d\s+personen\b",
        r"op\s+de\s+achterkant\b(?!\s+van)",
        r"keihard\s+(?:langs|over|door)",
        r"door\s+rood\b",
        # Group rides and small motorbikes: "ride-out", "in colonne", "pocketbikes".
        r"ride[\s-]?outs?\b|rideouts?\b|pocket\s?bike\w*|minibike\w*|(?:(?<=in\s)|(?<=in\seen\s))colonne\b|"
        r"(?:drieen|drien|vieren)\s+op\s+(?:een|1)\b|(?:drie|vier|3|4)\s+op\s+(?:een|1)\s+"
        r"(?:e-?step|step|scooter|brommer|fiets|fatbike)\w*",
        # Traffic made to stop ("auto's moeten stoppen", "laten auto's stoppen", "houden het
        # verkeer op").
        r"(?:auto'?s|verkeer|bussen|bus|automobilisten|fietsers)\s+(?:\w+\s+){0,2}(?:moeten|moest|moesten)\s+(?:\w+\s+)?"
        r"(?:stoppen|remmen|uitwijken|stilstaan|omrijden)\b|(?:laten|liet|lieten|laat)\s+(?:\w+\s+){0,2}(?:auto'?s|verkeer|"
        r"bussen|automobilisten)\s+stoppen\b|(?:houden|hielden|houdt|hield)\s+(?:\w+\s+){0,2}(?:het\s+)?verkeer\s+"
        r"(?:op|tegen)\b|verkeer\s+(?:\w+\s+){0,2}(?:ophouden|opgehouden|tegenhouden|tegengehouden|blokkeren|geblokkeerd)\b",
        # Drinking, gas or a phone at the wheel.
        r"achter\s+het\s+stuur\b",
        r"plankgas",
        r"snorfietsers?\b|fatbikers?\b|crossmotor\w*|quads?\b|gierende\s+banden|hard\s+optrekken",
        r"tussen\s+(?:de\s+)?voetgangers",
        # A boat or vehicle hard between swimmers or walkers; holding on behind a bus.
        r"(?:keihard|hard|vol\s+gas|met\s+volle\s+vaart)\s+tussen\s+(?:de\s+)?(?:zwemmers|wandelaars|fietsers|"
        r"kinderen|mensen|spelende)\b|(?:laten|liet|lieten|laat)\s+zich\s+(?:\w+\s+){0,5}(?:meetrekken|meeslepen)\b",
        r"(?:van\s+)?(?:zn|zijn|z'n)\s+scooter\s+gevallen",
        r"rakelings\b|met\s+vol(?:le)?\s+gas\b|(?:straat|street)rac\w*|(?:scooter|brommer|auto|car|motor)-?meet\w*|"
        r"(?:doen|deden|doet|draaien|draaiden|maken|maakten)\s+(?:\w+\s+){0,3}donuts?\b|slalom\w*",
        # Throwing or firing at moving traffic (blind12: eggs at passing cars), and objects laid
        # on the rails or the road. (Earlier sets label things thrown at cars or buses
        # without verkeer, so only traffic that is plainly moving counts here.)
        r"(?:langsrijdende|tegemoetkomende)\s+"
        r"(?:auto|bus|trekker|tractor|vrachtwagen|wagen|verkeer|tram|brommer|scooter|motor|voertuig|tegenligger)\w*|"
        r"(?:stenen|steentjes|keien|tegels|stoeptegels|takken|fietsen|winkelwagen\w*|obstakels|bielzen)\s+(?:\w+\s+){0,2}"
        r"op\s+(?:de\s+|het\s+)?(?:rails|spoor|trambaan|rijbaan|rijweg|snelweg)\b",
        r"(?:zigzag\w*|slingeren|slingerden)\s+(?:\w+\s+){0,3}(?:tussen|over)|vol\s+gas\s+(?:weg|ervandoor|door)|plankgas",
    ),
    conditional_terms=(
        # Animals chased onto the road ("paar dieren liepen los op de weg").
        (
            r"(?:liepen|lopen|loopt|liep|rennen|renden|rent|rende)\s+(?:los\s+)?op\s+de\s+(?:weg|rijbaan|snelweg)\b",
            r"dieren|schapen|koeien|paarden|geiten|pony|herten|kalveren",
        ),
        (
            # Not driving off ("tankt vol en rijdt weg zonder te betalen").
            r"(?:rij(?:den|dt|dend)|reed|reden|gereden|rijd)\b(?!\s+(?:ermee\s+)?(?:weg|ervandoor|vandoor)\s+(?:zonder|met)\b|"
            r"\s+ermee\s+(?:weg|vandoor)\b)",
            _VEHICLE + r"|bestuurder|automobilist",
        ),
        # Throwing from a viaduct or at a motorway endangers traffic.
        (
            r"viaduct\w*|snelweg\w*|(?:op|af)rit\b|(?:op|af)rit\s+naar|vluchtstrook|a[0-9]{1,3}\b",
            r"gooi\w*|gegooid|stenen|steentjes|smijt\w*|gesmeten|laser\w*",
        ),
        (
            r"(?:op|met)\s+(?:\w+\s+){0,2}" + _VEHICLE + r"\w*",
            r"achtervolg\w*|\brij\w*|\breed\b|\brondje\w*|\brond(?:rij|scheur|rac|cross|tour)\w*|\bopj(?:aag|agen|oeg)\w*|"
            r"\bachterna\w*",
        ),
        (r"rondjes?\b|op\s+(?:de|het|'t)\s+(?:stoep|trottoir)\b", _DRIVING),
        # Driving off on laughing gas ("rijden weg met een ballon in de mond").
        (r"ballon\w*\s+in\s+(?:de|hun|zijn|z'n|zn)\s+mond\b", _DRIVING),
        # Cutting off a bus or cars ("snijden de lijnbus af").
        (
            r"(?:snijden|snijdt|sneden|sneed)\s+(?:\w+\s+){0,3}af\b|afgesneden\b|afsnijden\b",
            _DRIVING + r"|\bbus\w*|\blijnbus\w*|\bauto\w*|\bverkeer\b",
        ),
        (
            r"bijna\s+(?:\w+\s+){0,2}(?:geraakt|geschept|aangereden|overreden|omvergereden)|"
            r"(?:voetgangers|fietsers|kinderen|mensen|wandelaars)\s+(?:\w+\s+)?(?:bijna\s+)?(?:geraakt|geschept)",
            _DRIVING,
        ),
        (
            r"(?:door|over)\s+(?:het\s+|de\s+)?(?:winkelgebied|winkelcentrum|winkelstraat|voetgangers\w*|"
            r"park|markt|perron|speeltuin|schoolplein|centrum)\b",
            _VEHICLE + r"|fatbikes|scooters|brommers",
        ),
        (
            r"blokk\w*\s+(?:\w+\s+)?(?:de\s+|het\s+)?(?:weg|straat|kruispunt|rotonde|tunnel|brug|verkeer)\b|"
            r"s(?:j)?tunt(?:en|e|s|ten|t)\b|gestunt|keihard\s+(?:\w+\s+)?(?:rijden|rijdt|reden|rondjes)",
            _DRIVING,
        ),
    ),
    description="Racing, riding on pavements or cycle paths, no helmet, near-collisions.",
)
