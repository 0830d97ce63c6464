"""Event time: relative Dutch expressions in Europe/Amsterdam, DST included."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from nlp.understanding.text import fold
from nlp.understanding.when import resolve_event_time

TZ = ZoneInfo("Europe/Amsterdam")


def resolve(text: str, now: str) -> str:
    ev, _ = resolve_event_time(fold(text), datetime.fromisoformat(now), TZ)
    return ev.isoformat(timespec="seconds")


CASES = [
    # text, message time, expected event time
    ("groep bij de jop 22.30u", "2025-06-14T22:41:00+02:00", "2025-06-14T22:30:00+02:00"),
    ("gisteravond 22.30u lachgas", "2025-06-15T09:00:00+02:00", "2025-06-14T22:30:00+02:00"),
    ("net nog 5 jongens", "2025-06-14T22:41:00+02:00", "2025-06-14T22:41:00+02:00"),
    ("zojuist vechtpartij", "2025-01-10T08:00:00+01:00", "2025-01-10T08:00:00+01:00"),
    ("23.15: brandje", "2025-06-15T00:20:00+02:00", "2025-06-14T23:15:00+02:00"),
    ("zaterdagnacht om 2u klappers", "2025-06-16T10:00:00+02:00", "2025-06-15T02:00:00+02:00"),
    ("zaterdagnacht overlast", "2025-06-16T10:00:00+02:00", "2025-06-15T01:00:00+02:00"),
    ("vrijdagavond 22.15 bedreiging", "2025-06-16T10:00:00+02:00", "2025-06-13T22:15:00+02:00"),
    ("oproep om morgen 16u te vechten", "2025-06-14T12:00:00+02:00", "2025-06-15T16:00:00+02:00"),
    ("10 min geleden", "2025-06-14T12:00:00+02:00", "2025-06-14T11:50:00+02:00"),
    ("vanmiddag 14.20 beroving", "2025-06-14T18:00:00+02:00", "2025-06-14T14:20:00+02:00"),
    ("geen tijd genoemd", "2025-06-14T12:00:00+02:00", "2025-06-14T12:00:00+02:00"),
    # DST: the evening before the spring change, seen the morning after.
    ("gisteravond 22.30u", "2025-03-30T09:12:00+02:00", "2025-03-29T22:30:00+01:00"),
    # DST: the repeated hour in autumn stays on the message's own offset.
    ("net op het plein", "2025-10-26T02:30:00+01:00", "2025-10-26T02:30:00+01:00"),
    ("03.00: vechtpartij", "2025-10-26T03:40:00+01:00", "2025-10-26T03:00:00+01:00"),
]


@pytest.mark.parametrize(("text", "now", "expected"), CASES)
def test_event_time(text: str, now: str, expected: str) -> None:
    assert resolve(text, now) == expected


def test_a_message_time_in_utc_is_reported_in_amsterdam() -> None:
    assert resolve("niks bijzonders", "2025-06-14T20:00:00+00:00") == "2025-06-14T22:00:00+02:00"


def test_numbers_that_are_no_time_do_not_move_the_event() -> None:
    assert resolve("10-12 jongens, 14-16 jr", "2025-06-14T12:00:00+02:00") == (
        "2025-06-14T12:00:00+02:00"
    )


# Spoken and ranged times found by the blind evaluation: general rules, invented examples.
STREET_TIMES = [
    # A range gives its start.
    ("tussen 21 en 23u klappers", "2025-06-14T23:30:00+02:00", "2025-06-14T21:00:00+02:00"),
    ("gisteren 19-21u overlast", "2025-06-15T09:00:00+02:00", "2025-06-14T19:00:00+02:00"),
    # Spoken times on a twelve-hour clock: the part of the day, or the most recent one.
    ("half 11 nog steeds herrie", "2025-06-14T23:05:00+02:00", "2025-06-14T22:30:00+02:00"),
    ("gisteravond kwart over 8 ruzie", "2025-06-15T09:00:00+02:00", "2025-06-14T20:15:00+02:00"),
    ("vannacht om kwart voor 1 brandje", "2025-06-15T09:00:00+02:00", "2025-06-15T00:45:00+02:00"),
    ("vanavond om negen uur groep", "2025-06-14T23:00:00+02:00", "2025-06-14T21:00:00+02:00"),
    ("sinds een uur of 7 muziek", "2025-06-14T20:30:00+02:00", "2025-06-14T19:00:00+02:00"),
    (
        "gisteren om tien voor half 10 's avonds",
        "2025-06-15T09:00:00+02:00",
        "2025-06-14T21:20:00+02:00",
    ),
    ("rond middernacht vuurwerk", "2025-06-15T08:00:00+02:00", "2025-06-15T00:00:00+02:00"),
    # Counts and ages after "ca"/"ong" are no times.
    ("net: ca 8 jongens bij de ingang", "2025-06-14T22:41:00+02:00", "2025-06-14T22:41:00+02:00"),
    ("nu 5 jongens ong 16 op het plein", "2025-06-14T22:41:00+02:00", "2025-06-14T22:41:00+02:00"),
    ("een uur geleden ruzie", "2025-06-14T22:00:00+02:00", "2025-06-14T21:00:00+02:00"),
    # Of several day words the one nearest the time counts.
    (
        "morgen weer extra ronde. Vanavond om 19.10 klappers",
        "2025-06-14T22:00:00+02:00",
        "2025-06-14T19:10:00+02:00",
    ),
    # A time inside a quoted call is the appointment; "nu" outside it wins.
    (
        "oproep op snap: '21u iedereen naar het plein'. We staan er nu",
        "2025-06-14T20:40:00+02:00",
        "2025-06-14T20:40:00+02:00",
    ),
]


@pytest.mark.parametrize(("text", "now", "expected"), STREET_TIMES)
def test_street_event_time(text: str, now: str, expected: str) -> None:
    assert resolve(text, now) == expected


# Old-style and regional hours, shift and response times, announcements: general rules
# found by the blind8 set, with invented examples. Message time: Friday 2025-06-13 23:30.
NIGHT = "2025-06-13T23:30:00+02:00"
SAID_TIMES = [
    ("tegen negenen 6 jongens bij de bank", NIGHT, "2025-06-13T21:00:00+02:00"),
    ("om elven nog steeds muziek", NIGHT, "2025-06-13T23:00:00+02:00"),
    ("vanavond rond zessen klappers", NIGHT, "2025-06-13T18:00:00+02:00"),
    ("wij waren met z'n achten ter plaatse", NIGHT, NIGHT),  # a count, not a time
    ("um zeve oor begon 't gedoe", NIGHT, "2025-06-13T19:00:00+02:00"),
    ("gister um half nege 's aoves", NIGHT, "2025-06-12T20:30:00+02:00"),
    ("vanof tien oere herrie", NIGHT, "2025-06-13T22:00:00+02:00"),
    ("klap op zijn oor om 22.10", NIGHT, "2025-06-13T22:10:00+02:00"),
    ("gisterenavond rond tienen vuurwerk", NIGHT, "2025-06-12T22:00:00+02:00"),
    ("snoep gejat, 20u45", NIGHT, "2025-06-13T20:45:00+02:00"),
    ("zitten er al sinds 8 uur", NIGHT, "2025-06-13T20:00:00+02:00"),
    # The shift start, the report and the response are not the event.
    (
        "Om 20.00 begonnen, rustig. Rond half elf 5 jongens met drank",
        NIGHT,
        "2025-06-13T22:30:00+02:00",
    ),
    (
        "21.05 melding over overlast, om 22.15 zagen we ze bij de kerk",
        NIGHT,
        "2025-06-13T22:15:00+02:00",
    ),
    (
        "Tegen tienen ruzie op het plein. Politie was er om 22.20",
        NIGHT,
        "2025-06-13T22:00:00+02:00",
    ),
    ("Late dienst 17-01u. Om kwart over 11 vechtpartij", NIGHT, "2025-06-13T23:15:00+02:00"),
    (
        "vannacht tot 2 uur feest, vanaf half 11 al",
        "2025-06-14T09:00:00+02:00",
        "2025-06-13T22:30:00+02:00",
    ),
    ("jongens van 14 tot 17, net gebeurd om 23.05", NIGHT, "2025-06-13T23:05:00+02:00"),
    ("21:40 begon het, 21:55 politie erbij", NIGHT, "2025-06-13T21:40:00+02:00"),
    # Midnight belongs to the evening before it; an announcement lies ahead.
    ("donderdag rond middernacht knallen", NIGHT, "2025-06-13T00:00:00+02:00"),
    ("'over een kwartier allemaal naar de skatebaan'", NIGHT, "2025-06-13T23:45:00+02:00"),
]


@pytest.mark.parametrize(("text", "now", "expected"), SAID_TIMES)
def test_said_event_time(text: str, now: str, expected: str) -> None:
    assert resolve(text, now) == expected


# More forms found by the blind9 set (invented examples). Message time: Friday 23:30.
MORE_TIMES = [
    ("twintig over tien: 5 jongens met een box", NIGHT, "2025-06-13T22:20:00+02:00"),
    ("eergisteravond rond kwart over 9 tags op de muur", NIGHT, "2025-06-11T21:15:00+02:00"),
    ("een kwartiertje terug 6 jongens bij de kiosk", NIGHT, "2025-06-13T23:15:00+02:00"),
    ("om 21u weggestuurd, kwart voor 11 stonden ze er weer", NIGHT, "2025-06-13T22:45:00+02:00"),
    ("nu 8 jongens bij de jumbo, tussen 14 en 16 schat ik", NIGHT, NIGHT),
    ("2 jongens (rond 17) pakken een tas af. zojuist", NIGHT, NIGHT),
    ("gisteroavond om 10 ur stonnen ze bie de kerk", NIGHT, "2025-06-12T22:00:00+02:00"),
    (
        "via snap wordt een 1 tegen 1 geregeld, dinsdag om half 4",
        NIGHT,
        "2025-06-17T15:30:00+02:00",
    ),
]


@pytest.mark.parametrize(("text", "now", "expected"), MORE_TIMES)
def test_more_event_times(text: str, now: str, expected: str) -> None:
    assert resolve(text, now) == expected


# blind10: nights named by two days, "sinds een half uur", times typed without a dot.
BLIND10_TIMES = [
    ("in de nacht van vr op za rond 2u knallen", NIGHT, "2025-06-07T02:00:00+02:00"),
    ("nacht van woensdag op donderdag om 23.30 brandje", NIGHT, "2025-06-11T23:30:00+02:00"),
    ("sinds een half uur 5 jongens op het dak", NIGHT, "2025-06-13T23:00:00+02:00"),
    ("sinds 20.30 herrie op het plein", NIGHT, "2025-06-13T20:30:00+02:00"),
    ("2215 groep van 8 bij de speeltuin", NIGHT, "2025-06-13T22:15:00+02:00"),
    ("om 21;45 eieren tegen de ramen", NIGHT, "2025-06-13T21:45:00+02:00"),
    (
        "groepje dat om 20u bij het station stond is om 21.10 naar de Markt",
        NIGHT,
        "2025-06-13T21:10:00+02:00",
    ),
    ("zo'n 8 jongeren, ergens tussen 14 en 17, bij de bank. nu", NIGHT, NIGHT),
    ("gister um kwart euver ach e stök of 8 jónges", NIGHT, "2025-06-12T20:15:00+02:00"),
    ("zaoterdagaovond om tien uur", "2025-06-15T09:00:00+02:00", "2025-06-14T22:00:00+02:00"),
]


@pytest.mark.parametrize(("text", "now", "expected"), BLIND10_TIMES)
def test_blind10_event_times(text: str, now: str, expected: str) -> None:
    assert resolve(text, now) == expected


BLIND11_TIMES = [
    (
        "zo'n anderhalf uur geleden een brandblusser leeggespoten",
        NIGHT,
        "2025-06-13T22:00:00+02:00",
    ),
    ("buurtpreventie ziet al een uur 6 jongeren bij de singel", NIGHT, "2025-06-13T22:30:00+02:00"),
    ("gister rond 9en een matpartij achter het dorpshuis", NIGHT, "2025-06-12T21:00:00+02:00"),
    ("um kwart nao nege zes jónges mit sjpuitbusse", NIGHT, "2025-06-13T21:15:00+02:00"),
    ("rustig vanavond, maar de groep zit nu bij het plein", NIGHT, NIGHT),
    (
        "in de story: 'zondag 15.00 fight bij de brug, kom met je boys'",
        "2025-06-15T18:00:00+02:00",
        "2025-06-22T15:00:00+02:00",
    ),
]


@pytest.mark.parametrize(("text", "now", "expected"), BLIND11_TIMES)
def test_blind11_event_times(text: str, now: str, expected: str) -> None:
    assert resolve(text, now) == expected


# blind12: clock forms ("21h", "om 2215", a clock read out like a digital one), durations
# said with "al", Low Saxon "veur", and a day named inside a quoted post.
BLIND12_TIMES = [
    ("bij de sporthal, 21h: een stel jongens met drank", NIGHT, "2025-06-13T21:00:00+02:00"),
    ("rond 2215 nog steeds 6 jongens op het dak", NIGHT, "2025-06-13T22:15:00+02:00"),
    ("sinds 2019 hangen ze hier elke avond", NIGHT, NIGHT),
    ("het gekrijs duurt al anderhalf uur, 4 meiden", NIGHT, "2025-06-13T22:00:00+02:00"),
    ("met de boa het is nu tweeentwintig uur vijftien en we staan bij de kerk", NIGHT,
     "2025-06-13T22:15:00+02:00"),
    ("gister om negen uur twintig stonden ze bij de kerk", NIGHT, "2025-06-12T21:20:00+02:00"),
    ("gister om negen uur twintig stenen gegooid", NIGHT, "2025-06-12T21:00:00+02:00"),
    ("zaterdagavond om elf uur een vechtpartij", NIGHT, "2025-06-07T23:00:00+02:00"),
    ("vanaovend um tien veur half tien 5 jongs", NIGHT, "2025-06-13T21:20:00+02:00"),
    (
        "in de groepsapp staat 'zaterdag 14.00 matten bij de skatebaan'",
        NIGHT,
        "2025-06-14T14:00:00+02:00",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "now", "expected"), BLIND12_TIMES)
def test_blind12_event_times(text: str, now: str, expected: str) -> None:
    assert resolve(text, now) == expected


# blind13: dialect and Frisian clock words, a poll or voice message as an appointment,
# "uurtjes", a count before "tegen", "pm", a corrected time, "als gisteren", "'s nachts"
# before midnight, "gisteravond laat" after midnight and a named evening.
BLIND13_TIMES = [
    ("gistere um kwart over negen", "2025-06-14T10:00:00+02:00", "2025-06-13T21:15:00+02:00"),
    ("gistereovend um h'lf elf", "2025-06-14T10:00:00+02:00", "2025-06-13T22:30:00+02:00"),
    ("jûn om healwei tsien by de haven", NIGHT, "2025-06-13T21:30:00+02:00"),
    ("in een poll stemmen ze: vrijdag om 21.00 knallen", NIGHT, "2025-06-20T21:00:00+02:00"),
    ("over drie uurtjes iedereen naar het strand", "2025-06-14T12:00:00+02:00",
     "2025-06-14T15:00:00+02:00"),
    ("4 tegen 6 op het plein. 20.10", "2025-06-14T21:00:00+02:00", "2025-06-14T20:10:00+02:00"),
    ("zondag around 10 pm bij de kiosk", "2025-06-16T09:00:00+02:00",
     "2025-06-15T22:00:00+02:00"),
    ("correctie: niet 20.30 maar 21.15", "2025-06-14T22:00:00+02:00", "2025-06-14T21:15:00+02:00"),
    ("zoals gisteren weer bij de bank, 20.40", "2025-06-14T21:00:00+02:00",
     "2025-06-14T20:40:00+02:00"),
    ("om kwart over elf 's nachts", "2025-06-14T23:50:00+02:00", "2025-06-14T23:15:00+02:00"),
    ("gisteravond laat rond 2 uur", "2025-06-15T11:00:00+02:00", "2025-06-15T02:00:00+02:00"),
    ("op oudejaarsavond om kwart voor 9", "2025-01-01T10:00:00+01:00",
     "2024-12-31T20:45:00+01:00"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "now", "expected"), BLIND13_TIMES)
def test_blind13_event_times(text: str, now: str, expected: str) -> None:
    assert resolve(text, now) == expected
