"""Incident grouping: many reports of one event are one incident, distinct events are not."""

from __future__ import annotations

from datetime import timedelta

import pytest

from handlers.hotspots import group_incidents
from tests.unit.hotspots.conftest import ams, point

T0 = ams(2025, 3, 7, 21, 0)
Row = tuple[int, str, set[str], str]
M = timedelta(minutes=1)

# (name, signals as (offset minutes, location, categories, org, severe), expected groups
#  as lists of signal indexes)
CASES = [
    (
        "two orgs, same fight",
        [(0, "A", {"overlast"}, "politie"), (30, "A", {"overlast"}, "boa")],
        [[0, 1]],
    ),
    (
        "different behaviour",
        [(0, "A", {"drugs"}, "politie"), (10, "A", {"vandalisme"}, "boa")],
        [[0], [1]],
    ),
    ("uncategorised joins", [(0, "A", {"drugs"}, "politie"), (10, "A", set(), "boa")], [[0, 1]]),
    ("'overig' is uncategorised", [(0, "A", {"drugs"}, "p"), (10, "A", {"overig"}, "b")], [[0, 1]]),
    (
        "shared category suffices",
        [(0, "A", {"drugs", "alcohol"}, "p"), (5, "A", {"alcohol"}, "b")],
        [[0, 1]],
    ),
    ("exactly the window", [(0, "A", {"overlast"}, "p"), (120, "A", {"overlast"}, "b")], [[0, 1]]),
    (
        "just past the window",
        [(0, "A", {"overlast"}, "p"), (121, "A", {"overlast"}, "b")],
        [[0], [1]],
    ),
    (
        "span, not a chain",
        [(0, "A", {"overlast"}, "p"), (90, "A", {"overlast"}, "b"), (180, "A", {"overlast"}, "c")],
        [[0, 1], [2]],
    ),
    ("other place", [(0, "A", {"overlast"}, "p"), (1, "B", {"overlast"}, "b")], [[0], [1]]),
    (
        "event reported late still joins",
        [(60, "A", {"overlast"}, "p"), (0, "A", {"overlast"}, "b")],
        [[0, 1]],
    ),
    (
        "prefers the matching incident",
        [(0, "A", {"drugs"}, "p"), (30, "A", {"vandalisme"}, "b"), (40, "A", {"drugs"}, "c")],
        [[0, 2], [1]],
    ),
]


@pytest.mark.parametrize(("name", "signals", "groups"), CASES, ids=[c[0] for c in CASES])
def test_grouping(name: str, signals: list[Row], groups: list[list[int]]) -> None:
    points = [
        point(f"s{i}", T0 + minutes * M, loc, cats, org)
        for i, (minutes, loc, cats, org) in enumerate(signals)
    ]
    incidents = group_incidents(points)
    found = sorted(sorted(int(s[1:]) for s in inc.signal_ids) for inc in incidents)
    assert found == sorted(groups)


def test_organisations_and_ids_are_kept() -> None:
    points = [
        point("a", T0, org="politie"),
        point("b", T0 + 5 * M, org="jongerenwerk"),
        point("c", T0 + 9 * M, org="politie"),
    ]
    (incident,) = group_incidents(points)
    assert incident.organisations == {"politie", "jongerenwerk"}
    assert incident.signal_ids == ("a", "b", "c")
    assert incident.incident_id == "a"
    assert incident.first_at == T0 and incident.last_at == T0 + 9 * M


@pytest.mark.parametrize(
    ("categories", "flag", "severe"),
    [
        ({"overlast"}, False, False),
        ({"wapen"}, False, True),
        ({"overlast"}, True, True),
        ({"oproep_online"}, False, True),
        ({"vechtpartij", "overlast"}, False, True),
    ],
)
def test_severity(categories: set[str], flag: bool, severe: bool) -> None:
    (incident,) = group_incidents([point("a", T0, categories=categories, severe=flag)])
    assert incident.severe is severe


def test_window_is_configurable() -> None:
    points = [point("a", T0), point("b", T0 + 45 * M)]
    assert len(group_incidents(points, window=timedelta(minutes=30))) == 2
    assert len(group_incidents(points, window=timedelta(hours=1))) == 1


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        point("a", T0.replace(tzinfo=None))
