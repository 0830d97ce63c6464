"""Reading the regisseur's reply."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.hotspots import Decision, DecisionKind, parse_decision
from handlers.hotspots.decisions import parse_date

TODAY = date(2025, 3, 5)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("Naar stap 2", Decision(DecisionKind.NAAR_STAP_2)),
        ("naar stap 2!", Decision(DecisionKind.NAAR_STAP_2)),
        ("stap2", Decision(DecisionKind.NAAR_STAP_2)),
        ("Regulier afhandelen", Decision(DecisionKind.REGULIER)),
        (
            "regulier: jongerenwerk pakt het op",
            Decision(DecisionKind.REGULIER, reason="jongerenwerk pakt het op"),
        ),
        ("Monitoren", Decision(DecisionKind.MONITOREN)),
        ("Monitoren tot 19-3", Decision(DecisionKind.MONITOREN, date(2025, 3, 19))),
        ("monitoren tot 1 april 2025", Decision(DecisionKind.MONITOREN, date(2025, 4, 1))),
        (
            "Monitoren tot vrijdag omdat de zomer begint",
            Decision(DecisionKind.MONITOREN, date(2025, 3, 7), reason="de zomer begint"),
        ),
        (
            "Hoort bij bestaande groep De Brug",
            Decision(DecisionKind.BESTAANDE_GROEP, group="De Brug"),
        ),
        (
            "bestaande groep 'Centrum-Noord'",
            Decision(DecisionKind.BESTAANDE_GROEP, group="Centrum-Noord"),
        ),
    ],
)
def test_decisions(text: str, decision: Decision) -> None:
    assert parse_decision(text, TODAY) == decision


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ok",
        "stap 3",
        "naar stap 2 of niet, weet ik nog niet eigenlijk",
        "monitoren tot ooit",
        "monitoren tot 31-2",
        "groep Noord",
        "regulieren",
    ],
)
def test_not_a_decision(text: str) -> None:
    assert parse_decision(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("19-3", date(2025, 3, 19)),
        ("19/03/2025", date(2025, 3, 19)),
        ("2025-03-19", date(2025, 3, 19)),
        ("4 mrt", date(2026, 3, 4)),  # passed this year: next year
        ("12 maart", date(2025, 3, 12)),
        ("morgen", date(2025, 3, 6)),
        ("overmorgen", date(2025, 3, 7)),
        ("woensdag", date(2025, 3, 12)),  # today is Wednesday: next week's
        ("over 2 weken", date(2025, 3, 19)),
        ("over 3 dagen", date(2025, 3, 8)),
        ("volgende week", date(2025, 3, 12)),
        ("1-3-2025", None),  # in the past
        ("32-1", None),
    ],
)
def test_dates(text: str, day: date | None) -> None:
    assert parse_date(text, TODAY) == day
