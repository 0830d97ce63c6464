"""Table tests for the pattern recognizers: texts that must match, texts that must not."""

from __future__ import annotations

import pytest

from nlp.gate import PrivacyGate
from nlp.recognizers.bsn import elfproef
from nlp.recognizers.iban import iban_valid
from nlp.types import PiiType

from .conftest import covered_types, found_types

P = PiiType

MUST_MATCH: list[tuple[str, str, PiiType]] = [
    # blind13: spaced e-mail, O for 0 after a bracket, BSN read out in hundreds,
    # Frisian months, compact day-first birth date, birthday before "jarig",
    # Moroccan plate, street abroad, home coordinates
    ("mail: p.smid @ kpnmail . nl graag", "p.smid @ kpnmail . nl", P.EMAIL),
    ("buurman Ed (O6-51 22 83 90) belt vaak", "O6-51 22 83 90", P.PHONE),
    (
        "bsn is driehonderdtwaalf honderdvijf nul zevenentachtig",
        "driehonderdtwaalf honderdvijf nul zevenentachtig",
        P.BSN,
    ),
    ("hy is berne op 21 novimber 2010 yn Snits", "21 novimber 2010", P.DATE_OF_BIRTH),
    ("Tom de Graaf geb 230311, leerplicht belt", "230311", P.DATE_OF_BIRTH),
    ("Femke is 9 juni jarig en wordt 14", "9 juni", P.DATE_OF_BIRTH),
    ("grijze bus (31205-ب-19) bij de kerk", "31205-ب-19", P.PLATE),
    ("hij zit nu bij zijn oom op Calle Mayor 17, Toledo", "Calle Mayor 17, Toledo", P.ADDRESS),
    ("ze staan weer bij het huis van die jongen, 52.0911, 5.1202 nu", "52.0911, 5.1202", P.ADDRESS),
    # blind12: spoken pairs in phone numbers and BSNs, spelled house numbers, plates in
    # a spelling alphabet, ordinal and Papiamentu dates, mistyped domains, messenger IDs
    (
        "voicememo: bel de oma op nul zes eenenvijftig drieënveertig twaalf nul acht",
        "nul zes eenenvijftig drieënveertig twaalf nul acht",
        P.PHONE,
    ),
    (
        "ingesproken: bsn van het meisje is een twee drie vier vijf zes zeven acht twee",
        "een twee drie vier vijf zes zeven acht twee",
        P.BSN,
    ),
    ("ja hij woont op de Beukenlaan zevenenveertig in Epe", "Beukenlaan zevenenveertig", P.ADDRESS),
    (
        "kenteken is Simon Theodoor 48 Rudolf Dirk, een witte polo",
        "Simon Theodoor 48 Rudolf Dirk",
        P.PLATE,
    ),
    ("Tim de Wit, geb. 3e juni 2011, aangehouden", "3e juni 2011", P.DATE_OF_BIRTH),
    ("Kevin Martina, nase 7 di yüli 2010, Rincon", "7 di yüli 2010", P.DATE_OF_BIRTH),
    ("haar mail is fleur.bakker@hotmail,nl graag", "fleur.bakker@hotmail,nl", P.EMAIL),
    ("oproep via Threema, ID: 7PQW2KXM, graag checken", "7PQW2KXM", P.HANDLE),
    # blind11
    ("mail marco_v (at-teken) zonnet.nl graag", "marco_v (at-teken) zonnet.nl", P.EMAIL),
    ("haar mail: anja.bos [a] freedom [punt] nl", "anja.bos [a] freedom [punt] nl", P.EMAIL),
    ("name Ryan Cole, DOB Feb 12, 2011, detained", "Feb 12, 2011", P.DATE_OF_BIRTH),
    ("Karin woont Oostsingel 48-B03 boven de bakker", "Oostsingel 48-B03", P.ADDRESS),
    ("foto's staan op vsco.co/noa.jansen", "vsco.co/noa.jansen", P.HANDLE),
    (
        "zijn muziek: open.spotify.com/artist/7hYtQ2. Luister maar",
        "open.spotify.com/artist/7hYtQ2",
        P.HANDLE,
    ),
    ("u kunt mij bellen op 06 dubbel 4 18 27 90 zei de opa", "06 dubbel 4 18 27 90", P.PHONE),
    # blind10: compact and English dates, zeros typed as letters, keycap digits, BSN over
    # slashes and lines, foreign plates after the country, compact postcodes, more links
    ("Noa, geb. 20100314, woont bij haar oma", "20100314", P.DATE_OF_BIRTH),
    ("paspoort: DE JONG, Sara, DOB 03MAR2011", "03MAR2011", P.DATE_OF_BIRTH),
    ("Liam (4 mei 2o1o) komt niet meer", "4 mei 2o1o", P.DATE_OF_BIRTH),
    ("Callum, DOB 2nd June 2010, lives in Ede", "2nd June 2010", P.DATE_OF_BIRTH),
    ("haar geboortedatum: Koningsdag 2010, naam Fenna", "Koningsdag 2010", P.DATE_OF_BIRTH),
    ("nummer van de moeder: 0️⃣6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣", "0️⃣6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣", P.PHONE),
    ("bsn van Ilse: 111/222/333 graag niet delen", "111/222/333", P.BSN),
    ("Turkse auto met 06 AB 1234 bij de kerk", "06 AB 1234", P.PLATE),
    ("Engelse auto LK69 XYZ met jongens erin", "LK69 XYZ", P.PLATE),
    ("adres van het gezin: 5611AB12, zoon Tim", "5611AB12", P.ADDRESS),
    ("adres van de melder: 3511 CD-7, dhr. Kok", "3511 CD-7", P.ADDRESS),
    ("foto stond op bere.al/jannavdb vannacht", "bere.al/jannavdb", P.HANDLE),
    (
        "@sanne.bakker:matrix.gemeente.nl kun jij dit oppakken?",
        "@sanne.bakker:matrix.gemeente.nl",
        P.HANDLE,
    ),
    ("bedreigd door xX DARKWOLF Xx via de Xbox", "xX DARKWOLF Xx", P.HANDLE),
    ("mail via fem.k [apenstaart] gmail [.] com", "fem.k [apenstaart] gmail [.] com", P.EMAIL),
    (
        "mailadres: anna streepje smit apenstaartje live punt nl",
        "anna streepje smit apenstaartje live punt nl",
        P.EMAIL,
    ),
    # blind9: more date, phone, IBAN, e-mail, plate, address and handle notations
    ("lid sinds 2020, geb 2011.04.07", "2011.04.07", P.DATE_OF_BIRTH),
    ("zoon Ravi (3-mrt-2011) wordt gepest", "3-mrt-2011", P.DATE_OF_BIRTH),
    ("Noor, 21-7-'10, woont in Elst", "21-7-'10", P.DATE_OF_BIRTH),
    ("Tom Baker, born 11/23/2009, staying in Ede", "11/23/2009", P.DATE_OF_BIRTH),
    ("formulier: Sem de Wit, 5 VII 2010", "5 VII 2010", P.DATE_OF_BIRTH),
    ("Lotte is geboren op tweede paasdag 2010", "tweede paasdag 2010", P.DATE_OF_BIRTH),
    ("Fenna wordt 15 op 3 maart, dan komt de groep", "3 maart", P.DATE_OF_BIRTH),
    ("bel Ruben op 06_41_27_83_90 graag", "06_41_27_83_90", P.PHONE),
    ("rekening LT12 1000 0111 0100 1000 van de inzameling", "LT12 1000 0111 0100 1000", P.IBAN),
    ("Van: Gerda Mol <g.mol@kpnmail.nl>", "g.mol@kpnmail.nl", P.EMAIL),
    (
        "2 auto's met jongens die ballonnen vullen bij de ingang, JK-92-BX en k-06-tnb",
        "k-06-tnb",
        P.PLATE,
    ),
    ("Franse auto AB-123-CD met jongens erin", "AB-123-CD", P.PLATE),
    ("een busje met Pools kenteken WX 4KL92 bij de hal", "WX 4KL92", P.PLATE),
    ("Sander woont Molenstraat 22/4 boven de bakker", "Molenstraat 22/4", P.ADDRESS),
    ("adres: Lingener Str. 12, 49716 Meppen", "Lingener Str. 12, 49716 Meppen", P.ADDRESS),
    ("Kees van nummertje 14 aan de Vinkenlaan belde", "nummertje 14", P.ADDRESS),
    ("Dirk woont op een woonboot, ligplaats 7", "ligplaats 7", P.ADDRESS),
    ("in zijn bio staat linktr.ee/bankjesboy", "linktr.ee/bankjesboy", P.HANDLE),
    (
        "profiel steamcommunity.com/id/kraai_77 nodigt uit",
        "steamcommunity.com/id/kraai_77",
        P.HANDLE,
    ),
    ("iemand die zich xXStilleWolfXx noemt", "xXStilleWolfXx", P.HANDLE),
    # profile links of more platforms, a unit and a foreign postcode after the number,
    # a lowercase moped plate next to "moped"
    ("zijn nummers staan op soundcloud.com/yb-voorbeeld", "soundcloud.com/yb-voorbeeld", P.HANDLE),
    ("hij streamt op twitch.tv/rondjesman", "twitch.tv/rondjesman", P.HANDLE),
    ("adres: Kerkstraat 12 bus 3, 3600 Genk", "Kerkstraat 12 bus 3, 3600 Genk", P.ADDRESS),
    ("hij huurt een kamer op de Parkweg, nr 4 kamer 9", "nr 4 kamer 9", P.ADDRESS),
    ("moped d-283-kp zonder helm op het fietspad", "d-283-kp", P.PLATE),
    ("zijn nr is 06-2l4 55 O81, bel niet", "06-2l4 55 O81", P.PHONE),
    # phone
    ("bel 06-12345678 even", "06-12345678", P.PHONE),
    ("nummer 06 123 456 78 van de moeder", "06 123 456 78", P.PHONE),
    ("tel +31 6 1234 5678.", "+31 6 1234 5678", P.PHONE),
    ("tel +316 12 34 56 78", "+316 12 34 56 78", P.PHONE),
    ("0031 6 12345678 is van de vader", "0031 6 12345678", P.PHONE),
    ("vader: 020-6123456", "020-6123456", P.PHONE),
    ("vader: (020) 612 34 56", "020) 612 34 56", P.PHONE),
    ("moeder 0182 51 29 44 bellen", "0182 51 29 44", P.PHONE),
    ("nummer 06.12.34.56.78", "06.12.34.56.78", P.PHONE),
    ("mobiel 0612345678", "0612345678", P.PHONE),
    ("tel 06-1234567 (mist een cijfer)", "06-1234567", P.PHONE),
    (
        "nummer: nul zes een twee drie vier vijf zes zeven acht",
        "nul zes een twee drie vier vijf zes zeven acht",
        P.PHONE,
    ),
    # email
    ("mail j.devries@example.nl graag", "j.devries@example.nl", P.EMAIL),
    ("mail j.devries [at] example [punt] nl", "j.devries [at] example [punt] nl", P.EMAIL),
    # BSN (elfproef-valid and context)
    ("bsn 111222333 checken", "111222333", P.BSN),
    ("BSN: 123 456 782", "123 456 782", P.BSN),
    ("zijn burgerservicenummer is 123456789", "123456789", P.BSN),
    ("nummer 1234.56.782 hoort bij hem", "1234.56.782", P.BSN),
    # IBAN
    ("rekening NL91 ABNA 0417 1643 00 tnv vader", "NL91 ABNA 0417 1643 00", P.IBAN),
    ("tikkie naar nl91abna0417164300", "nl91abna0417164300", P.IBAN),
    ("rekening NL12 ABNA 0123 4567 89 (typo)", "NL12 ABNA 0123 4567 89", P.IBAN),
    # a space between the country code and the check digits
    ("tikkie naar NL 91 ABNA 0417 1643 00 svp", "NL 91 ABNA 0417 1643 00", P.IBAN),
    ("rekening nl 91 abna 0417 1643 00 tnv moeder", "nl 91 abna 0417 1643 00", P.IBAN),
    # plates
    ("kenteken HT-407-Z op de scooter", "HT-407-Z", P.PLATE),
    ("auto 54-KRL-8 stond er weer", "54-KRL-8", P.PLATE),
    ("scooter D-330-XP reed rondjes", "D-330-XP", P.PLATE),
    ("kenteken ht407z", "ht407z", P.PLATE),
    ("plaatje F-284-NB van een snorfiets", "F-284-NB", P.PLATE),
    ("XX-99-99 sidecode: AB-12-34 gezien", "AB-12-34", P.PLATE),
    # undashed plates near a vehicle word (consonant-only letter groups)
    ("kenteken 12 BDF 3 reed rondjes", "12 BDF 3", P.PLATE),
    ("scooter met kenteken DX 123 F stond bij de JOP", "DX 123 F", P.PLATE),
    ("auto met nummerbord ht 407 z", "ht 407 z", P.PLATE),
    # addresses
    ("ze woont Kattensingel 42, boven", "Kattensingel 42", P.ADDRESS),
    ("woont op de Bergweg 301c", "Bergweg 301c", P.ADDRESS),
    ("adres Slotermeerlaan 217-2", "Slotermeerlaan 217-2", P.ADDRESS),
    ("woont Amerikalaan 71bis", "Amerikalaan 71bis", P.ADDRESS),
    ("flat Hoefkade 14-III", "Hoefkade 14-III", P.ADDRESS),
    ("woont Kerkstr. 12 in Gouda", "Kerkstr. 12", P.ADDRESS),
    ("familie woont nr 14 op de Gorslaan", "nr 14", P.ADDRESS),
    ("postcode 1012 AB graag", "1012 AB", P.ADDRESS),
    ("adres 3072AP 5 in Rotterdam", "3072AP 5", P.ADDRESS),
    ("woont in de Jan Pieterszoon Coenstraat 12", "Coenstraat 12", P.ADDRESS),
    # dates of birth
    ("Damian, geb. 12-03-2009, zit erbij", "12-03-2009", P.DATE_OF_BIRTH),
    ("geboren 17 augustus 2009", "17 augustus 2009", P.DATE_OF_BIRTH),
    ("leerling (geb 2009-05-14)", "2009-05-14", P.DATE_OF_BIRTH),
    ("het is Damian (2008) van de groep", "(2008)", P.DATE_OF_BIRTH),
    ("meisje, 12-3-09, uit de groep", "12-3-09", P.DATE_OF_BIRTH),
    # handles
    ("insta k.e.v.i.n.010 post filmpjes", "k.e.v.i.n.010", P.HANDLE),
    ("snap is kevin.010 en hij", "kevin.010", P.HANDLE),
    ("tiktok @boyz_west filmt alles", "@boyz_west", P.HANDLE),
    ("account dyl4n.x heeft het", "dyl4n.x", P.HANDLE),
    ("zie instagram.com/voorbeeld.account", "instagram.com/voorbeeld.account", P.HANDLE),
    ("insta goudaboyz0182 heeft het gepost", "goudaboyz0182", P.HANDLE),
    ("admins zijn k_west en nog iemand", "k_west", P.HANDLE),
    # fourth blind set families, new invented examples
    ("haar nummer is 06 52 en dan 19 33 70", "06 52 en dan 19 33 70", P.PHONE),
    ("bel hem: 06 71 drie-drie 40 26", "06 71 drie-drie 40 26", P.PHONE),
    (
        "nul zes, twee vier, acht acht, een nul, drie vijf",
        "nul zes, twee vier, acht acht, een nul, drie vijf",
        P.PHONE,
    ),
    (
        "zijn nummer: zes-twee-acht-nul-een-vijf-vijf-negen",
        "zes-twee-acht-nul-een-vijf-vijf-negen",
        P.PHONE,
    ),
    ("op discord heet hij nachtwolf_99#4821, zegt de mentor", "nachtwolf_99#4821", P.HANDLE),
    ("invite via discord.gg/zuidblok88 voor de meet", "discord.gg/zuidblok88", P.HANDLE),
    ("sc: __lina.x__ zet alles online", "__lina.x__", P.HANDLE),
    ("het gaat om nummer 27 op de Berkenlaan", "nummer 27", P.ADDRESS),
    ("bel de vader op nul6 - 41 27 93 05 vanavond", "nul6 - 41 27 93 05", P.PHONE),
    ("de Peugeot XK 42 PD stond weer bij de flat", "XK 42 PD", P.PLATE),
    # two house numbers, spelled house numbers
    ("de jongens van nummer 4 en 6 in de Vlierstraat", "nummer 4 en 6", P.ADDRESS),
    ("op de Dorpsstraat nummer drieëntwintig woont hij", "nummer drieëntwintig", P.ADDRESS),
    # plates from across the border, next to a vehicle word
    ("duitse golf ME-KL 204 bij de pomp", "ME-KL 204", P.PLATE),
    ("belgische bestelbus 1-KLM-482 bij de pomp", "1-KLM-482", P.PLATE),
]

MUST_NOT_MATCH: list[tuple[str, PiiType]] = [
    # blind13: a handle after an account word, coordinates of a meeting spot
    ("wie kent insta-account @zwolle.op.de.fiets? filmt jongeren", P.EMAIL),
    ("verzamelpunt 52.0911, 5.1202 bij de brug, 20 jongeren", P.ADDRESS),
    ("kenmerk melding 230311, graag terugkoppeling", P.DATE_OF_BIRTH),
    # blind12: counts after a street, a public building's address, spoken counts
    ("op het Marktplein twee, de rest bij de kerk", P.ADDRESS),
    ("bij de Kerkstraat drie jongens met een bal", P.ADDRESS),
    ("vergadering in het gemeentehuis, Raadhuisplein 1 in Oss", P.ADDRESS),
    ("bsn weet ik niet, het waren er twintig of dertig", P.BSN),
    ("eerst twintig, toen dertig en later nog zeventien jongeren", P.PHONE),
    ("kenteken weet ik niet, het was een golf", P.PLATE),
    ("aanmelden via hun insta @jongerenwerk.zwolle, vrijdag toernooi", P.HANDLE),
    ("het account @politie.emmen deelde een filmpje", P.HANDLE),
    ("het buurthuis is bereikbaar op 0320-225 100 (algemeen nummer)", P.PHONE),
    ("meld het via meldpunt-overlast@zwolle.nl of bel de gemeente", P.EMAIL),
    ("aanmelden: toernooi@jongerenwerkdelft.nl, vooral de groep uit Tanthof", P.EMAIL),
    ("de JOP in Annen staat er sinds 12-06-2009 en is nu verrot", P.DATE_OF_BIRTH),
    ("giften op NL49 RABO 6279 9496 99 t.n.v. Stichting Speeltuin Oranjepark", P.IBAN),
    ("vragen? mail privacy@veiligheidsregio-ijsselland.nl", P.EMAIL),
    ("inloop: info@jongerenwerk-westerkwartier.nl, elke dinsdag", P.EMAIL),
    ("@wijkagent @handhaving groep van 10 bij het plein", P.HANDLE),
    ("Lantaarnpaal nr. 2231 in de Kerkstraat is weer kapot", P.ADDRESS),
    # hashtags, functional mailboxes, P.O. boxes, flats and a town after a platform word
    ("oproep op tiktok met #fissavanavond bij het bos", P.HANDLE),
    ("meldingen graag naar meldpunt@welzijn-voorbeeld.nl", P.EMAIL),
    ("de brief gaat naar Postbus 4017", P.ADDRESS),
    ('de groep heet "Blok 7 Boyz" in de app', P.ADDRESS),
    ("discord server 'Almelo Drill Unit' plant een meet", P.HANDLE),
    ("bus nummer zes reed net langs de groep", P.ADDRESS),
    ("lokaal B-C 12 op de tweede verdieping", P.PLATE),
    ("hij is nummer een van de groep, de rest volgt", P.ADDRESS),
    ("nummer 3 en 4 jongens kwamen later", P.ADDRESS),
    ("Melding gedaan bij 0900-8844 over de groep", P.PHONE),
    ("om 22.30u 12-15 jongens, 14-16 jr", P.PHONE),
    ("112 gebeld om 23.15", P.PHONE),
    ("ongeveer 123456789 views op tiktok", P.BSN),
    ("pv-nummer 2024-12345", P.BSN),
    ("NL is een mooi land en de NL12 ging niet door", P.IBAN),
    ("om 3-mei-09 was het rustig", P.PLATE),
    ("groep van 12-14 jarigen", P.PLATE),
    # bus and tram lines next to ordinary words are no undashed plates
    ("bus 12 en tram 4 werden bekogeld bij de Meent", P.PLATE),
    ("lijn 40 rijdt om, bus 33 was vol", P.PLATE),
    ("de bus 7 stond stil en de auto 12 de andere kant op", P.PLATE),
    ("bij de Kerkstraat 12 jongens met scooters", P.ADDRESS),
    ("Hobbemaplein 21.00u: groep van 20", P.ADDRESS),
    ("Peldersveld 23u: scooters", P.ADDRESS),
    ("bij de Mathenesserweg, 16-18, elke avond", P.ADDRESS),
    ("in 2021 gingen 1400 views rond", P.ADDRESS),
    ("groep van 15 jongens rond de 16 jaar", P.DATE_OF_BIRTH),
    ("vorige week op 12-03 om 21.00 weer onrust", P.DATE_OF_BIRTH),
    ("was al aangekondigd op TikTok", P.HANDLE),
    ("@iedereen graag opletten vanavond", P.HANDLE),
    ("o.a. t.n.v. i.v.m. de groep, ca. 15", P.HANDLE),
    ("rond 19.15u bij de ingang", P.HANDLE),
    ("om 22.30, 23.15 en 00.45 kwamen er 3, 4 en 5 jongens", P.PHONE),
    ("melding #3 en groep #12 zijn dezelfde", P.HANDLE),
]


@pytest.mark.parametrize(("text", "part", "type_"), MUST_MATCH)
def test_must_match(gate: PrivacyGate, text: str, part: str, type_: PiiType) -> None:
    assert type_ in covered_types(gate, text, part)


@pytest.mark.parametrize(("text", "type_"), MUST_NOT_MATCH)
def test_must_not_match(gate: PrivacyGate, text: str, type_: PiiType) -> None:
    assert type_ not in found_types(gate, text)


@pytest.mark.parametrize(
    ("digits", "ok"),
    [("111222333", True), ("123456782", True), ("123456789", False), ("000000000", False)],
)
def test_elfproef(digits: str, ok: bool) -> None:
    assert elfproef(digits) is ok


@pytest.mark.parametrize(
    ("iban", "ok"),
    [("NL91ABNA0417164300", True), ("NL91ABNA0417164301", False), ("BE68539007547034", True)],
)
def test_iban_mod97(iban: str, ok: bool) -> None:
    assert iban_valid(iban) is ok
