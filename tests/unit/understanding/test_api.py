"""Public API: the parser record, describe_nl, corrections, geo, the parse CLI."""

from __future__ import annotations

import io
import json
from datetime import datetime, time

import pytest

from nlp.understanding import (
    KnownPlace,
    SignalParser,
    apply_correction,
    nearest_place,
    parse_correction,
    parse_geo_uri,
)
from nlp.understanding.parse_cli import run_parse
from tests.unit.understanding.conftest import NOW, PLACES, TZ


def test_parse_record(configured: SignalParser) -> None:
    p = configured.parse(
        "Groepje van 8 jongeren bij de JOP Wilhelminapark, blowen en harde muziek, 22.30u",
        now=NOW,
    )
    assert p.location == "JOP Wilhelminapark" and p.location_known
    assert p.categories == ("drugs", "geluidsoverlast")
    assert p.group_size == 8
    assert p.event_time == datetime(2025, 6, 14, 22, 30, tzinfo=TZ)
    assert p.severity == 2
    assert p.describe_nl() == "📍 JOP Wilhelminapark · drugs, geluidsoverlast · ~8 jongeren · 22:30"


def test_describe_unknown_place_and_ages(plain: SignalParser) -> None:
    p = plain.parse("gisteravond 22.30u bij de Kruisstraat 6 jongens 13-14 jr, vuurwerk", now=NOW)
    assert (
        p.describe_nl()
        == "📍 Kruisstraat (nieuw) · vuurwerk · ~6 jongeren, 13-14 jr · gisteren 22:30"
    )


def test_describe_without_anything(plain: SignalParser) -> None:
    assert (
        plain.parse("ok", now=NOW).describe_nl() == "📍 locatie onbekend · geen categorie · 23:05"
    )


def test_naive_now_is_refused(plain: SignalParser) -> None:
    with pytest.raises(ValueError):
        plain.parse("x", now=datetime(2025, 1, 1))


def test_placeholders_do_not_become_places_or_numbers(plain: SignalParser) -> None:
    p = plain.parse("[naam] woont op [adres], tel [telefoon], auto [kenteken]", now=NOW)
    assert (p.location, p.group_size, p.age_min) == (None, None, None)


CORRECTIONS = [
    ("locatie: Stadhuis", {"location": "Stadhuis"}),
    ("Locatie: Kanaalkade, Alkmaar", {"location": "Kanaalkade, Alkmaar"}),
    ("aantal 12", {"group_size": 12}),
    ("aantal: 10-12", {"group_size": 11}),
    ("+ alcohol", {"add_categories": ("alcohol",)}),
    ("- drugs", {"remove_categories": ("drugs",)}),
    ("+ blowen", {"add_categories": ("drugs",)}),
    ("leeftijd 14-16", {"age_min": 14, "age_max": 16}),
    ("tijd 22.30", {"time_of_day": time(22, 30)}),
    ("aantal 12, + alcohol", {"group_size": 12, "add_categories": ("alcohol",)}),
]


@pytest.mark.parametrize(("text", "fields"), CORRECTIONS)
def test_parse_correction(text: str, fields: dict[str, object]) -> None:
    corr = parse_correction(text)
    assert corr is not None
    for key, value in fields.items():
        assert getattr(corr, key) == value


@pytest.mark.parametrize("text", ["dank je!", "klopt", "+ iets raars", "aantal veel"])
def test_no_correction(text: str) -> None:
    assert parse_correction(text) is None


def test_apply_correction(configured: SignalParser) -> None:
    p = configured.parse("bij de JOP Wilhelminapark 8 jongens blowen, 22.30u", now=NOW)
    corr = parse_correction("+ alcohol\n- drugs\naantal 12\ntijd 21.15")
    assert corr is not None
    q = apply_correction(p, corr)
    assert q.categories == ("alcohol",)
    assert q.group_size == 12
    assert q.event_time == datetime(2025, 6, 14, 21, 15, tzinfo=TZ)
    assert p.group_size == 8  # the original is unchanged


def test_geo() -> None:
    assert parse_geo_uri("geo:51.9226,4.4790;u=20") == (51.9226, 4.4790)
    assert parse_geo_uri("geo:abc") is None
    assert nearest_place(51.9226, 4.4790, PLACES, 100) == PLACES[0]
    assert nearest_place(52.3700, 4.8900, PLACES, 500) is None
    far = (KnownPlace("A", lat=51.9, lon=4.4), KnownPlace("B", lat=51.91, lon=4.4))
    assert nearest_place(51.909, 4.4, far, 5000) == far[1]


def test_run_parse_contract(configured: SignalParser) -> None:
    lines = [
        json.dumps(
            {
                "id": "a",
                "text": "bij de JOP Wilhelminapark 8 jongens 22.30u",
                "ts": "2025-06-14T22:41:00+02:00",
            }
        ),
        "",
        "{not json",
        json.dumps({"id": 7, "text": 5}),
        json.dumps({"id": "b", "text": "x", "ts": "2025-06-14T22:41:00"}),
        json.dumps({"id": "c", "text": "rustig"}),
    ]
    out = io.StringIO()
    assert run_parse(lines, out, configured) == 0
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert len(rows) == 5
    assert list(rows[0]) == [
        "id",
        "location",
        "location_known",
        "categories",
        "group_size",
        "age_min",
        "age_max",
        "event_time",
    ]
    assert rows[0]["location"] == "JOP Wilhelminapark" and rows[0]["location_known"] is True
    assert rows[0]["event_time"] == "2025-06-14T22:30:00+02:00"
    assert rows[1]["id"] is None and "error" in rows[1]
    assert rows[2]["id"] == 7 and "error" in rows[2]
    assert rows[3]["id"] == "b" and "offset" in rows[3]["error"]
    assert "error" not in rows[4] and rows[4]["event_time"].endswith(("+01:00", "+02:00"))
