"""Table tests for names and place protection (invented names and messages)."""

from __future__ import annotations

import pytest

from nlp.gate import PrivacyGate
from nlp.types import PiiType, Verdict

from .conftest import covered_types, found_types

NAMES: list[tuple[str, str]] = [
    # blind13: particle surnames that are hamlets, trade families, the youngest of a
    # family, a quoted nickname with the real name after it, a town as a nickname
    ("opa Gerrit van de Haar belde over de schuur", "Gerrit van de Haar"),
    ("bij de boerenfamilie Wesselink is ingebroken", "Wesselink"),
    ("de oudste Verbeek stond er ook weer bij", "Verbeek"),
    ("'Muis' (Jesse Bakker) gooide de eerste steen", "Muis"),
    ("het joch dat ze 'Dokkum' noemen deed mee", "Dokkum"),
    # blind12: two-word particles, a first name at a shop, asking after someone, a
    # name in an all-caps message, media of someone, the passer-on of information
    ("Vandaag Joost op den Berg gezien bij het hek", "Joost op den Berg"),
    # first names that are also (nick)names of places stay names
    ("Adam zat er ook weer bij, met zijn scooter", "Adam"),
    ("Saba en haar vriendin stonden bij de ingang", "Saba"),
    ("vanmiddag Daan in 't Hout met een fatbike op de stoep", "Daan in 't Hout"),
    ("Wout van de Praxis in Elst zegt dat er hout weg is", "Wout"),
    ("kent iemand een Tigran? Rijdt op een blauwe scooter", "Tigran"),
    ("DANI WEER BIJ DE KIOSK MET DRANK, KOM SNEL", "DANI"),
    ("er gaat een foto van Fenne rond op school", "Fenne"),
    ("Doorgegeven door Lent van de manege, groep was weg om 22u", "Lent"),
    ("Gesproken met Kok, ja zo heet hij echt, bij de kiosk", "Kok"),
    ("Zevenkamp: Milans moeder heeft de politie gebeld", "Milans"),
    ("ze noemen hem de Professor omdat hij alles regelt", "Professor"),
    ("de bestuurder noemde zichzelf Raket, echte naam onbekend", "Raket"),
    ("de caissière zegt dat de grootste Stijn heet.", "Stijn"),
    ("die Visser van de viskraam heeft ze weggestuurd", "Visser"),
    # an elided prefix, the last name of a list after an adjective, a surname after a
    # first name that is also a car make
    ("wie kent N'Dala? klein manneke in een groene jas", "Dala"),
    ("Sekou, Bakary, Issa en de kleine Kalilou zaten erbij", "Kalilou"),
    ("Mercedes Rodríguez belde over de groep", "Rodríguez"),
    # a bracketed description, a possessive kin word, "X van de <job>", nicknames that
    # are brands or slang after a naming word or quoted before a verb, campaign hashtags
    ("Harpreet (de jongen met de pet) hield de rest rustig", "Harpreet"),
    ("Elvedin z'n broer stond er ook bij", "Elvedin"),
    ("Iris van de bakkerij bij het plein werd uitgescholden", "Iris"),
    ('ze noemen hem "Ferrari" omdat hij zo hard rijdt', "Ferrari"),
    ('"Prada" appt de kleintjes elke avond', "Prada"),
    ("in de story staat #freeKerem met een foto", "Kerem"),
    # a title before a hamlet-like surname, "van 't", "op den", "ken hem als"
    ("wijkagent De Boer zegt dat de groep weg is", "De Boer"),
    ("Sanne van 't Veer wordt door haar vader gehaald", "Sanne van 't Veer"),
    ("Geert op den Velde en zijn neef bij de kiosk", "Geert op den Velde"),
    ("ik ken hem als Bolle, hij is 15", "Bolle"),
    # a naming verb after the word, and "het" as the subject before a name
    ("de lange die ze Tarik noemen rijdt voorop", "Tarik"),
    ('jongen met "NINO" op zijn jas riep naar de chauffeur', "NINO"),
    ("in de app werd ook Fenna genoemd", "Fenna"),
    ("buurman denkt dat het Lorenzo is, van de bakfiets", "Lorenzo"),
    ("Kevin en Dylan hingen bij de Jumbo", "Kevin"),
    ("Kevin en Dylan hingen bij de Jumbo", "Dylan"),
    ("gisteren zat Thijs van Dijk erbij", "Thijs van Dijk"),
    ("leerling Sara El Idrissi meldt pesten", "Sara El Idrissi"),
    ("rekening t.n.v. S. Ramdin, ter info", "S. Ramdin"),
    ("moeder van Ilias belde vanavond", "Ilias"),
    ("de familie Kramer woont daar", "Kramer"),
    ("mevrouw Ouali wil praten", "Ouali"),
    ("noor en haar vriendinnen roken daar", "noor"),
    ("ik heb met ryan gesproken", "ryan"),
    ("bij de Kinkerstraat gaat het om j0rdy en zijn neef", "j0rdy"),
    ("K e v i n verkoopt ballonnen", "K e v i n"),
    ("Kеvin verkoopt ballonnen", "Kеvin"),  # Cyrillic e
    ("Ke\u200bvin verkoopt ballonnen", "Ke\u200bvin"),
    ("Yusuf, Burak en enes zijn de leiders", "enes"),
    ('de jongen met de bijnaam "Tanki" steelt', "Tanki"),
    ('Weet iemand wie "Bolle" is?', "Bolle"),
    ("de jongens (Mehmet Yilmaz en Onur) waren er", "Mehmet Yilmaz"),
    ("Rick's moeder kwam hem halen", "Rick"),
    ("Sanne Dekker en Mike zijn betrapt", "Sanne Dekker"),
    ("hij heet Zakaria Ouali, 15 jaar", "Zakaria Ouali"),
    ("gr Marieke", "Marieke"),
    ("Volgens de buurtapp zijn Sharleyne en haar zus de leiders", "Sharleyne"),
    ("Volgens de buurtapp waren Jermanio en z'n neef de leiders", "Jermanio"),
    # a bracket that describes the person's work is no business name
    ("Ahmed (snackbar eigenaar) belde over de groep", "Ahmed"),
    ("vader (dhr. van den Berg) wil contact", "van den Berg"),
    ("de Jong van de Hema zegt dat het rustiger is", "de Jong"),
    ("snap van souf: souf.210", "souf"),
    ("mevrouw Fleur de Vries heeft foto's", "Fleur de Vries"),
    ("joost en sharleyne roken elke dag bij de Jumbo", "sharleyne"),
    ("gisteren zat kevin van dijk er weer bij", "kevin van dijk"),
    ("Bij de groep zit een jongen die Timo Jansen heet", "Timo Jansen"),
    ("KEVIN EN DYLAN WAREN ER WEER BIJ DE JUMBO", "KEVIN"),
    # initial + particle + a surname that is also a town or a word
    ("melding door K. de Wit over de groep", "K. de Wit"),
    ("getuige: S. van Dam, woont ernaast", "S. van Dam"),
    ("aangifte door M. van der Berg, de buurvrouw", "M. van der Berg"),
    ("verklaring van P. de Jong, bewoner van de flat", "P. de Jong"),
    # quoted nicknames: after "van" (a group named after someone), in the bijnaam
    # shape (article or "kleine/dikke/lange" + capital), after a role, "bekend als",
    # "die ze ... noemen"
    ("de crew van 'Bolle' hing bij de snackbar", "Bolle"),
    ("het groepje van 'Kapitein' hing bij de speeltuin", "Kapitein"),
    ("ze noemen hem 'de Kale', hij is de leider", "de Kale"),
    ("'Dikke Dennis' verkoopt lachgas bij het station", "Dikke Dennis"),
    ("volgens de jongens is 'de Baas' de leider", "de Baas"),
    ("de aanvoerder is 'Grote Bas', 17 jaar", "Grote Bas"),
    ("bij de groep zit ook 'Lange Jan' uit Zuid", "Lange Jan"),
    ("hij staat bekend als 'Zwarte Piet' in de groep", "Zwarte Piet"),
    ("die ze 'Professor' noemen is er ook", "Professor"),
    # a name-list word after a name belongs to it, even when it is also a word
    ("de aanvoerder is Kleine Moes, die van de snackbar", "Kleine Moes"),
    ("Mike Storm en zijn neef waren erbij", "Mike Storm"),
    # first names that are also rare dictionary words, capitalised mid-sentence
    ("gisteren was Koen er ook bij", "Koen"),
    ("vanavond stond Wout bij de JOP", "Wout"),
    ("ook Axel en Kelvin waren erbij", "Kelvin"),
    ("ik sprak Marjolein over haar zoon", "Marjolein"),
    # all capitals with particles, and a particle surname that is also a word
    ("SANNE VAN DER LINDEN HAD DE TELEFOON", "SANNE VAN DER LINDEN"),
    ("de oom van Bas van der Meer belde", "Bas van der Meer"),
    # "het" as a pronoun before a name
    ("ik denk dat het Jordy Martis was op de video", "Jordy Martis"),
    # letter-spacing with dots or hyphens
    ("S.H.A.R.O.N heeft de filmpjes gemaakt", "S.H.A.R.O.N"),
    ("gisteren was d-e-n-n-i-s er ook bij", "d-e-n-n-i-s"),
    # an unknown first name with a trailing initial, at the start of a sentence
    ("Tesfalem W. stond er weer bij, bij de skatebaan", "Tesfalem W"),
    # a first name with a place-like suffix before a clear surname
    ("gesproken met Michal Ramdin, hij is de oom", "Michal Ramdin"),
    ("Vishal Baldewsingh, de vader van een van de jongens, belde", "Vishal Baldewsingh"),
    # a name before an apposition with a role, also when it is a street or town
    ("Mark, de beheerder van het buurthuis, wil een gesprek", "Mark"),
    ("Roos, de moeder van een van de meiden, belde terug", "Roos"),
    # a name described by an age or a family suffix; abbreviated particles; double names
    ("Bartosz 15 jr rijdt elke avond op de scooter", "Bartosz"),
    ("de Pattiradjawane-broers waren er weer", "Pattiradjawane"),
    ("Mees en zijn neef Daan v. Dijk waren er", "Daan v. Dijk"),
    ("Jan-willem stond er ook bij", "Jan-willem"),
]

NOT_NAMES: list[str] = [
    # blind13: 's-towns, venues and hotels named after people, locks, liquor brands,
    # ferry ports, country names in their own language, dialect verbs
    "'s-Heerenberg: groep van 8 bij de kerk, vuurwerk",
    "'s-Gravenmoer: 7 jongens bij de sporthal",
    "overlast achter Hotel De Wit aan de boulevard, 10 jongeren",
    "Vlieland 02.10: muziek achter Hotel Van der Meulen, 15 jongeren",
    "groep van 5 bij de Koningin Julianasluizen, rustig",
    "4 jongens drinken Bokma op de bank bij de kerk",
    "jongeren gooiden stenen naar de veerboot naar Dover",
    "na de wedstrijd 'Forza Italia!' tot middernacht bij het plein",
    "d'r benne weer jongens bij de bushalte, ze hebbe lol",
    # blind12: idioms, storms, pets, ships, products, Caribbean and Belgian places,
    # Papiamentu streets, slang and nouns after an article
    "op het perron stond Magere Hein bijna naast ze",
    "die spullen gaan zo naar ome Jan in de stad",
    "na storm Bert lag de schutting om bij de skatebaan",
    "ze schopten de hond van de buurvrouw, Max, en renden weg",
    "zijn pitbull Bruno liep los op het plein",
    "jongens klommen op een sloep in de haven, de 'Anna Catharina'",
    "4 jongens pakten Bounty en Skittles bij de kiosk",
    "Lower Town, Statia: rustig vanavond, alleen bij de haven van Kralendijk wat jongens",
    "jongens uit Schoten en Brecht bij de grens",
    "op de Kaya Richard J. Beaujon 3 jongens op brommers",
    "na de suhoor nog 10 jongens op straat",
    "Gemeld door Venray van de bieb: groep is weg",
    "ewa, tantoe jongens bij de snackbar vandaag",
    "jongens in Sergio Tacchini- en Fred Perry-trainingspakken bij het station",
    "flessen Hertog Jan en Baileys bij de uitkijktoren",
    "een jongen verkleed als Chucky bij de Spar",
    "de jongens spraken Frans onderling bij het station",
    'doorgestuurd: "Leerling [NAAM VERWIJDERD] en 4 klasgenoten bij de skatebaan"',
    "een zwarte Toyota Yaris reed rondjes over het plein",
    "bij de kiosk, de jop en de grote Markt hangen ze nu",
    # sayings, games, drinks, alerts, feasts and campaign words
    "klaar is Kees, de groep ging naar huis na het aanspreken",
    "ze racen als in Mario Kart over het plein bij de Markt",
    "lege flessen Jack Daniel's en Captain Morgan bij de bankjes",
    "de Amber Alert ging niet over onze jongeren",
    "hier wonen gewoon Henk en Ingrid, zeggen de bewoners",
    "tijdens Koningsnacht 30 jongeren op de Markt",
    "op de poster staat #freedom en een vuist",
    # characters, everymen, shops after a trade noun, platforms, fillers, organisations
    "verkleed als Bob de Bouwer gooide hij eieren, met 3 vrienden",
    "Jan, Piet en Klaas weten het inmiddels ook bij het Dorpsplein",
    "voor Shoarma Ali Baba in Delden 12 jongeren",
    "twitch: twitch.tv/streamboy010 streamt de rondjes",
    "spraakbericht: ehm ja de groep zit weer bij de kerk",
    "Keolis meldt: chauffeur van lijn 40 uitgescholden door 6 jongens",
    "mattie zei dat er morgen een feest is bij het park",
    # models after their make, acronyms in quotes, English, towns by their company
    "drie jongens in een Kia Ceed en een Toyota Aygo bij de Lidl",
    'busje met de tekst "KNVB" stond bij het veld',
    "sky is blue, toch 6 jongens bij het bankje",
    "rustig in Tiel, Wassenaar en Rutten vanavond",
    "groeten van de avonddienst (handhaving Lisse)",
    "skatebaan Dongen: groep van 6",
    "bij de Coop Struikenkamp zaten 4 jongens",
    "Groep van 8 bij de Albert Heijn op de Jan Pieterszoon Coenstraat",
    "Vanavond weer onrust bij de Dirk van den Broek, 10 jongens",
    "Overlast bij het Anne Frankplein en de Burgemeester de Vlugtlaan",
    "rustig op de Overtoom vanavond",
    "Johan de Wittlaan bij het World Forum: 6 jongens",
    "Groepje bij de Johan Cruijff ArenA na de wedstrijd",
    "Bij de Marco Pololaan en de Melis Stokelaan weer vuurwerk",
    "Alexander: bij het metrostation 2 jongens aangehouden",
    "Gouda-Bloemendaal: 8 jongens bij de Hema",
    "Jongens bij de Kruidvat en de Primark, ca 14 jaar",
    "1 jongen in witte Nike Tech en zwarte Moncler",
    "ook niets op social media gezien vandaag",
    "Tramhalte Vasco da Gamalaan: 5 jongens gooien stenen",
    "groep bij het Wilhelminapark is gegroeid, rond de 16 jaar",
    "Schilderswijk, Hobbemaplein 21.00u: groep van ca. 20 jongeren",
    'oproep in snapgroep "Oost Boys" om vrijdag te vechten',
    # a word that is only a rare first name, opening a sentence
    "Storm op komst, weinig jongeren buiten vanavond",
    "Winter komt eraan, groep zit nu in de parkeergarage",
    # organisations and institutions named after people
    "De begeleiders van de Rudolf Steiner school komen donderdag mee",
    "Mensen van de Pieter Baan Kliniek vragen om extra toezicht",
    "Groep bij de Johan Cruijff Foundation court op het Mercatorplein",
    # a business named like a person, explained in brackets or by its noun
    "Bij Ome Ko (cafetaria aan de Dorpsstraat) 8 jongens met scooters",
    "Vanavond bij Mama Mia (pizzeria) weer onrust, 6 jongens",
    "Vanavond bij Café De Zwaan 5 jongens die glazen kapot gooien",
    "Cafetaria Bij Ria in Crooswijk: 8 jongens op de vensterbank",
    # quotes naming a group or a work; a quoted street
    "In de groepsapp 'Zuid Side' wordt opgeroepen tot rellen",
    "jongens keken de film 'De Kleine Prins' in het buurthuis",
    "op 'de Lange Jan' klimmen jongens naar boven",
    "De groep van 'Oost' trok naar het centrum",
    # languages are capitalised in Dutch, and some are also surnames
    "de moeder spreekt alleen Pools en een beetje Duits, graag een tolk",
    # a school or building named after someone, after a preposition and an article
    "leerlingen van het Willem Lodewijk halen de groep op",
    "groep hangt weer bij het Jan van Brakel",
    # sayings, saints, units, brands and clubs
    "Joost mag het weten waarom ze steeds daar zitten",
    "Jantje lacht, Jantje huilt met die jongens",
    "rond de Sint-Jan 12 jongens met drank",
    "Klaas Vaak komt hier niet langs, om 2 uur nog 8 jongens",
    "na 15 min waren ze weg, groep van 6",
    "allemaal in Calvin Klein en Hugo Boss, ongeveer 16",
    "na de wedstrijd van Vitesse 20 jongens bij het station",
    # regnal numbers: clubs and monarchs; demonyms before a noun
    "na Willem II tegen PSV 15 jongens bij het station",
    "bij de Willem III kazerne weer 6 jongens",
    "groep van 20 Leeuwarder jongeren bij de ingang",
    "Rotterdamse meiden (15) bij de tram",
    # an apposition after a town heading is no name
    "Dordrecht, onze wijkagent zegt dat het rustig is",
    # lowercase chains and towns, compounds, slang, schools named after people
    "bij de aldi 6 jongens met scooters",
    "in helmond bij het station weer 8 jongens",
    "veenendaal centrum: 5 jongens bij de kerk",
    "jongens uit Holtenbroek en Aa-landen",
    "met die van Hoogeveen op de vuist bij het station",
    "snap: scotoe kwam snel en de waggie reed weg",
    "conciërge Piter Jelles meldt 10 leerlingen bij de uitgang",
    "Ede: Juliana van Stolberg meldt ruzie na schooltijd",
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_names_are_found(gate: PrivacyGate, text: str, name: str) -> None:
    assert PiiType.PERSON in covered_types(gate, text, name)


@pytest.mark.parametrize("text", NOT_NAMES)
def test_places_and_words_are_not_names(gate: PrivacyGate, text: str) -> None:
    assert PiiType.PERSON not in found_types(gate, text)


def test_ambiguous_name_with_context_is_unsure_and_blocks(gate: PrivacyGate) -> None:
    res = gate.scrub("het meisje heet Roos, ze is 14")
    assert res.verdict is Verdict.BLOCKED
    assert "unsure:PERSON" in res.reasons


def test_ambiguous_word_without_context_passes(gate: PrivacyGate) -> None:
    res = gate.scrub("er lag een roos op de bank bij het speelveld")
    assert res.verdict is Verdict.PASS


def test_configured_place_survives(gate: PrivacyGate) -> None:
    g = PrivacyGate(known_places=["Kevinpark", "Bas"])
    res = g.scrub("groep bij Bas, 10 jongens")
    assert res.verdict is Verdict.PASS
    # without configuration "Bas" is a name
    assert gate.scrub("groep bij Bas, 10 jongens").verdict is not Verdict.PASS


@pytest.mark.parametrize(
    "text",
    ["roos zat er ook weer bij, bij de speeltuin", "Lieve heeft gisteren weer gevochten"],
)
def test_name_that_is_a_word_opening_a_clause_blocks(gate: PrivacyGate, text: str) -> None:
    res = gate.scrub(text)
    assert res.verdict is Verdict.BLOCKED
    assert "unsure:PERSON" in res.reasons


@pytest.mark.parametrize(
    "text",
    [
        "hij heet Tijger en hangt elke avond bij de JOP",
        "bijnaam 'Tijger', verder weet ik niks",
        "ze noemen hem Overtoom, geen idee waarom",
    ],
)
def test_street_or_town_in_a_name_slot_blocks(gate: PrivacyGate, text: str) -> None:
    assert gate.scrub(text).verdict is Verdict.BLOCKED


def test_town_after_a_place_preposition_stays(gate: PrivacyGate) -> None:
    assert gate.scrub("hij woont in Tijger, 3 jongens").verdict is Verdict.PASS
