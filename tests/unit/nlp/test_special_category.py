"""Table tests for special categories of personal data (AVG art. 9 and 10).

A health, religion, ethnicity, sexuality or criminal-record statement must never pass
together with something that points at one person (a name, nickname, handle, phone,
or a kin reference such as "zijn broer"). Group-level statements pass. All texts are
invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.gate import PrivacyGate
from nlp.lexicon import DATA_DIR
from nlp.recognizers.special_category import load_terms
from nlp.types import PiiType, Verdict

# (text, the special-category words that must be found)
MUST_BLOCK: list[tuple[str, str]] = [
    # blind13: youth care and sheltered housing, settlements, institutions by name,
    # injuries, childbirth, medication, sex work, politics, religion through a role
    ("Ruben krijgt sinds maart MST thuis", "MST"),
    ("Daan oefent op kamertraining in Zwolle", "kamertraining"),
    ("de zus van Iris woont in een beschermde woonvorm", "beschermde woonvorm"),
    ("Noah heeft een jaar bij Pluryn gewoond", "bij Pluryn"),
    ("Joep kreeg een strafbeschikking voor de vernieling", "strafbeschikking"),
    ("Sven heeft een Halt-straf voor het vuurwerk", "Halt"),
    ("Timo kwam vorige week uit Teylingereind", "uit Teylingereind"),
    ("Luuk heeft een brandwond op zijn arm", "brandwond"),
    ("Mats liep met een kuitbeen gebroken naar huis", "kuitbeen gebroken"),
    ("de moeder van Fenna is gisteren bevallen van een zoon", "bevallen"),
    ("Bram neemt elke ochtend Medikinet in", "Medikinet"),
    ("ze zeggen dat Lotte escortwerk doet", "escortwerk"),
    ("Koen deelt extreem-rechtse stickers in de klas", "extreem-rechtse"),
    ("de oom van Milan is soevereinist en opent de deur niet", "soevereinist"),
    ("Sara twijfelt, haar moeder is rabbijn in de stad", "rabbijn"),
    # blind12: youth protection, records, health, gender identity, origin after a name
    ("Sem heeft sinds de zomer een jeugdbeschermer", "jeugdbeschermer"),
    ("over Noor loopt een raadsonderzoek", "raadsonderzoek"),
    ("Thijs woont nu in een leefgroep in Zwolle", "leefgroep"),
    ("de oom van Lars kreeg zijn VOG niet", "kreeg zijn VOG niet"),
    ("Moeder van Bas: zijn VOG is vorige week geweigerd", "VOG is vorige week geweigerd"),
    ("Mats zegt in de app dat hij niet meer wil leven", "niet meer wil leven"),
    ("buurman Henk is longpatiënt en schrikt van het vuurwerk", "longpatiënt"),
    ("Collega Ria is thuis met een hernia", "hernia"),
    ("Robin (trans jongen, 16) wordt uitgescholden", "trans jongen"),
    ("Deng is Zuid-Soedanees en woont in Ede", "Soedanees"),
    ("Jurian heeft een stadionverbod", "stadionverbod"),
    ("Sven is opgenomen op de PAAZ", "PAAZ"),
    ("Yara is met een crisisplaatsing weggehaald", "crisisplaatsing"),
    ("De vader van Soufyan zit aan de methadon", "methadon"),
    ("Nick Verschoor ligt op de IC na de steekpartij", "op de IC"),
    ("De neef van Ilyas heeft gezeten", "heeft gezeten"),
    ("Dana verwacht een kindje", "verwacht een kindje"),
    ("De gezinsvoogd van Nathalie belde", "gezinsvoogd"),
    ("Wouter (buschauffeur, FNV-kaderlid) wil praten", "kaderlid"),
    ("Niels zat een half jaar bij Rentray", "Rentray"),
    ("Milan heeft een oorlogstrauma", "oorlogstrauma"),
    ("Ouders van Roel vragen een zorgmachtiging aan", "zorgmachtiging"),
    ("Bashar sympathiseert met IS volgens zijn broer", "sympathiseert met IS"),
    ("Emre zit bij de Grijze Wolven", "Grijze Wolven"),
    ("Daan gaat nu naar de evangelische gemeente", "evangelische gemeente"),
    ("Tante van Sara zegt dat ze in blijde verwachting is", "blijde verwachting"),
    ("Ruben is blind aan één oog", "blind aan"),
    ("Lisa heeft een gescheurd trommelvlies", "trommelvlies"),
    # blind9: injuries, treatment, care and records said in new ways
    ("Jurre is twee tanden kwijt na de klappen", "tanden kwijt"),
    ("Mila heeft blauwe plekken op haar arm", "blauwe plekken"),
    ("Ivo kreeg drie hechtingen boven zijn oog", "hechtingen"),
    ("Stan z'n opa moet elke dag aan de dialyse", "dialyse"),
    ("Ronan heeft vorige maand een IBS gehad", "IBS"),
    ("Bram loopt bij de Jellinek vanwege blowen", "Jellinek"),
    ("zijn DNA zit in de databank sinds de inbraak, zegt Yusuf", "DNA"),
    ("Dex is net van de bak af", "van de bak af"),
    ("Gijs zit in Jeugdzorg Plus", "Jeugdzorg Plus"),
    ("Stijn staat op de Top-X-lijst", "Top-X"),
    ("Aaltje (vrijgemaakt) mag niet naar feestjes", "vrijgemaakt"),
    ("Tegen Jordi werd een mes getrokken, hij heeft een snee in zijn arm", "snee in zijn arm"),
    ("Wei heeft een gebroken oogkas na de klappen", "gebroken oogkas"),
    ("Shanice zegt dat Jurgen onder bewind staat", "onder bewind"),
    ("Yasmina is in de hijab begonnen en wordt gepest", "hijab"),
    ("Yassir rijdt terwijl hij een rijontzegging heeft", "rijontzegging"),
    ("Noa staat op de bangalijst die rondgaat", "bangalijst"),
    ("Merel heeft haar pols gebroken bij de val van de muur", "pols gebroken"),
    ("Dewi zijn vader heeft een huisverbod", "huisverbod"),
    ("Rowan is net vrijgekomen, staat weer bij de JOP", "vrijgekomen"),
    ("Stefan K. is bekend als zedendelinquent", "zedendelinquent"),
    # health: words, inflections, compounds, phrases and constructions
    ("Kevin heeft autisme en raakt snel overprikkeld", "autisme"),
    ("Sem is zwaar depressief volgens zijn zus", "depressief"),
    ("Daan zit sinds de zomer in een depressieve periode", "depressieve"),
    ("Dani heeft een eetstoornis zegt haar vriendin", "eetstoornis"),
    ("Stefan is gokverslaafd en leent geld bij de groep", "gokverslaafd"),
    ("Lisa is diabetespatiënt en vergat haar insuline", "diabetespatiënt"),
    ("Romano zit in een rolstoel sinds het ongeluk", "rolstoel"),
    ("Milan heeft ADD en kan niet stilzitten", "ADD"),
    ("Bram kwam thuis met een blauw oog", "blauw oog"),
    ("Senait en Dawit (beiden uit Ethiopië, 16) zitten bij de groep", "uit Ethiopië"),
    ("Nina heeft een burn-out", "burn-out"),
    ("Joris loopt bij de Jeugd-GGZ", "GGZ"),
    ("Youssef is in behandeling bij een psycholoog", "in behandeling bij"),
    ("Bram heeft een hersenschudding na de vechtpartij", "hersenschudding"),
    ("Ahmed ligt sinds zaterdag in het ziekenhuis", "in het ziekenhuis"),
    ("Sarah loopt met haar pols in het gips", "gips"),
    ("Noa is zwanger en hangt nog steeds bij de groep", "zwanger"),
    ("de moeder van Sven heeft een drankprobleem", "drankprobleem"),
    ("Mirthe heeft een licht verstandelijke beperking", "licht verstandelijke"),
    ("Tim heeft een gebroken been opgelopen bij het voetballen", "gebroken been"),
    # religion
    ("Yasmina draagt sinds kort een hoofddoek", "hoofddoek"),
    ("Julia is moslima geworden", "moslima"),
    ("Younes gaat elke vrijdag naar de moskee", "naar de moskee"),
    ("Fatima draagt een niqaab en wordt lastiggevallen", "niqaab"),
    ("Pieter is joods en wordt daarom uitgescholden", "joods"),
    # ethnicity, also in compounds and constructions
    ("de vader van Kaan is Turks-Koerdisch", "Koerdisch"),
    ("Rayan is van Marokkaanse komaf", "Marokkaanse"),
    ("haar moeder is Eritrese en spreekt geen Nederlands", "Eritrese"),
    ("Hamid heeft een Afghaanse achtergrond", "Afghaanse achtergrond"),
    ("Kevin komt uit Somalië en woont pas kort hier", "Somalië"),
    ("Rico is een donkere jongen van 15", "donkere jongen"),
    # sexuality
    ("Jaimy is homo en wordt daarom gepest", "homo"),
    ("zijn zus is lesbisch en wordt uitgescholden", "lesbisch"),
    ("Robin is transgender", "transgender"),
    # criminal record, sentences, detention, probation
    ("Vincent heeft al een strafblad voor geweld", "strafblad"),
    ("Jayden heeft een enkelband om", "enkelband"),
    ("Bilal moet zich elke week melden bij de reclassering", "reclassering"),
    ("Max staat onder toezicht van de jeugdreclassering", "jeugdreclassering"),
    ("Achmed heeft een werkstraf bij de plantsoenendienst", "werkstraf"),
    ("de broer van Anouar zit in een justitiële jeugdinrichting", "justitiële"),
    ("zijn broer zit al twee maanden vast", "zit al twee maanden vast"),
    ("Jordy heeft een half jaar vastgezeten", "vastgezeten"),
    ("Joep kwam net uit de gevangenis", "uit de gevangenis"),
    ("Ilias is bekend bij de politie voor inbraken", "bekend bij de politie"),
    ("Kerem zit in het Top600 traject", "Top600"),
    ("Ricardo heeft een gebiedsverbod voor het centrum", "gebiedsverbod"),
    ("Thijs moet naar Halt voor het vuurwerk", "naar Halt"),
    # the person is a nickname, a handle, or only a kin reference
    ("'Dikke Dennis' heeft een taakstraf gekregen", "taakstraf"),
    ("@pietje_010 is verslaafd aan lachgas", "verslaafd"),
    ("haar broertje is autistisch, ze let op hem", "autistisch"),
    ("z'n vader zit in de gevangenis, daarom is hij veel op straat", "gevangenis"),
    ("de vader van een van de jongens is psychotisch", "psychotisch"),
    # constructions: drug use, origin with the verb last, a sentence from a judge
    ("zus van Wessel zegt dat hij coke gebruikt", "coke gebruikt"),
    ("Jurre gebruikt al maanden speed", "gebruikt al maanden speed"),
    ("een jongen die Radu heet en uit Bulgarije komt", "uit Bulgarije komt"),
    ("Stijn heeft een werkstraf van de kinderrechter", "werkstraf van de kinderrechter"),
    ("Taras uit Oekraïne hangt sinds kort bij de JOP", "uit Oekraïne"),
]

# Group level, or no person reference: nothing special is flagged.
GROUP_LEVEL: list[str] = [
    "jongeren uit een leefgroep in de buurt hangen bij de JOP",
    "veel jongens uit de groep doen mee met de ramadan, dus ze komen later",
    "groep Marokkaanse en Surinaamse jongens bij het winkelcentrum, ca 12",
    "5 meiden met hoofddoek bij de ingang van de moskee, rustig",
    "1 jongen gewond na vechtpartij, ambulance ter plaatse",
    "jongeren met een licht verstandelijke beperking worden geronseld",
    "oproep om te vechten met de Turkse jongens van de overkant",
    "3 donkere jongens met bivakmutsen bij de Lidl",
    # the group's kin, not one person's
    "groep Marokkaanse jongens bij de JOP, hun ouders zijn ingelicht",
    "de moeders van de jongens zijn Turks en willen een gesprek",
]

# A person is named, but nothing special is said about anyone.
FALSE_FRIENDS: list[str] = [
    # blind13: a role word alone, healing, liking something
    "Kevin zegt dat de dominee van de kerk het plein wil gebruiken",
    "het is Kevin goed bevallen bij de voetbalclub",
    "Kevin uit Lelystad hangt sinds kort bij de JOP",
    "Kevin zit vast weer bij de JOP, zoals elke avond",
    "Kevin heeft alles opgenomen met zijn telefoon",
    "Kevin en zijn broer waren bij de Turkse bakker",
    "Kevin en Dylan bij de Poolse supermarkt",
    "bij de Chinees op de hoek 6 jongens, Kevin erbij",
    "Kevin is vrij vandaag dus kom ik morgen langs",
    "de melding over Kevin is in behandeling bij de politie",
    "moeder van Kevin belde, ze wil praten over de groep",
    "Kevin is net terug van vakantie, staat weer bij de groep",
    "Kevin had een zwarte jas en witte schoenen aan",
    "insta @mocro_westside post filmpjes van de groep",
    "Kevin zit vast aan een contract bij de sportschool",
    "de moeder van Kevin spreekt alleen Pools, graag een tolk",
]


def _special_spans(gate: PrivacyGate, text: str) -> list[str]:
    return [text[f.start : f.end] for f in gate.find(text) if f.type is PiiType.SPECIAL_CATEGORY]


@pytest.mark.parametrize(("text", "term"), MUST_BLOCK)
def test_special_category_about_a_person_blocks(gate: PrivacyGate, text: str, term: str) -> None:
    res = gate.scrub(text)
    assert res.verdict is Verdict.BLOCKED
    assert "high_risk:SPECIAL_CATEGORY" in res.reasons
    assert any(term in span or span in term for span in _special_spans(gate, text))


@pytest.mark.parametrize("text", GROUP_LEVEL)
def test_group_level_special_terms_pass(gate: PrivacyGate, text: str) -> None:
    res = gate.scrub(text)
    assert PiiType.SPECIAL_CATEGORY not in res.types
    assert res.verdict is Verdict.PASS


@pytest.mark.parametrize("text", FALSE_FRIENDS)
def test_look_alikes_are_not_special(gate: PrivacyGate, text: str) -> None:
    assert _special_spans(gate, text) == []


def test_ethnic_nickname_is_both_a_name_and_special(gate: PrivacyGate) -> None:
    text = "volgens de jongens is 'de Turk' de baas van de groep"
    res = gate.scrub(text)
    assert res.verdict is Verdict.BLOCKED
    # the special-category finding is not merged away into the name
    assert {PiiType.PERSON, PiiType.SPECIAL_CATEGORY} <= set(res.types)


def test_term_file_patterns_have_triggers(tmp_path: Path) -> None:
    terms = load_terms(DATA_DIR / "special_terms.txt")
    assert terms.patterns and "vast" in terms.patterns
    bad = tmp_path / "terms.txt"
    bad.write_text("criminal\tre:\\bzit\\s+vast\\b\n", encoding="utf-8")
    with pytest.raises(ValueError, match="trigger"):
        load_terms(bad)
