"""The Dutch the regisseur reads."""

from __future__ import annotations

import pytest

from handlers.hotspots.words import expected_phrase, explain, return_period_phrase, sparkline


def test_the_issue_example() -> None:
    assert explain(10, 14, 4.2, 400) == (
        "10 incidenten in 14 dagen; normaal ongeveer 4; "
        "zoveel gebeurt hier minder dan eens per jaar."
    )


@pytest.mark.parametrize(
    ("args", "text"),
    [
        ((1, 0.2, 0.1, 5), "1 incident in 1 dag; normaal minder dan 1; dat komt hier vaker voor."),
        (
            (6, 4.3, 1.5, 800),
            "6 incidenten in 5 dagen; normaal ongeveer 2; "
            "zoveel gebeurt hier minder dan eens per twee jaar.",
        ),
        (
            (4, 14, 1.0, 100),
            "4 incidenten in 14 dagen; normaal ongeveer 1; "
            "zoveel gebeurt hier minder dan eens per kwartaal.",
        ),
        (
            (25, 31, 9.4, 5000),
            "25 incidenten in 31 dagen; normaal ongeveer 9; "
            "zoveel gebeurt hier minder dan eens per tien jaar.",
        ),
    ],
)
def test_explanations(args: tuple[int, float, float, float], text: str) -> None:
    assert explain(*args) == text


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (29, "vaker"),
        (30, "maand"),
        (91, "kwartaal"),
        (182, "half jaar"),
        (364, "half jaar"),
        (365, "eens per jaar"),
        (730, "twee jaar"),
        (3650, "tien jaar"),
    ],
)
def test_return_period_tiers(days: float, words: str) -> None:
    assert words in return_period_phrase(days)


def test_expected_rounding() -> None:
    assert expected_phrase(0.49) == "normaal minder dan 1"
    assert expected_phrase(0.5) == "normaal ongeveer 1"
    assert expected_phrase(2.5) == "normaal ongeveer 3"  # half up, not Python's half to even
    assert expected_phrase(4.4) == "normaal ongeveer 4"


def test_sparkline() -> None:
    assert sparkline([0, 0, 0]) == "▁▁▁"
    assert sparkline([1, 2, 4, 8]) == "▂▃▅█"
    assert len(sparkline([3] * 8)) == 8
