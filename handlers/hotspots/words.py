"""Dutch sentences for the regisseur: plain numbers and "how often does this happen here".

Return periods are lower bounds ("minder dan eens per jaar"), never a probability: a
non-statistician can weigh "this happens here less than once a year" without a course.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = [
    "count_phrase",
    "days_phrase",
    "expected_phrase",
    "explain",
    "return_period_phrase",
    "sparkline",
]

_PERIODS: tuple[tuple[float, str], ...] = (
    (3650.0, "minder dan eens per tien jaar"),
    (730.0, "minder dan eens per twee jaar"),
    (365.0, "minder dan eens per jaar"),
    (182.0, "minder dan eens per half jaar"),
    (91.0, "minder dan eens per kwartaal"),
    (30.0, "minder dan eens per maand"),
)


def count_phrase(n: int, singular: str, plural: str) -> str:
    """'1 incident', '3 incidenten'."""
    return f"{n} {singular if n == 1 else plural}"


def days_phrase(days: float) -> str:
    """'in 1 dag', 'in 9 dagen' (a part of a day counts as a whole one)."""
    whole = max(1, math.ceil(days - 1e-9))
    return f"in {count_phrase(whole, 'dag', 'dagen')}"


def expected_phrase(expected: float) -> str:
    """'normaal ongeveer 4'; below one: 'normaal minder dan 1'."""
    if expected < 0.5:
        return "normaal minder dan 1"
    return f"normaal ongeveer {math.floor(expected + 0.5)}"  # half up, not to even


def return_period_phrase(days: float) -> str:
    """'zoveel gebeurt hier minder dan eens per jaar' for a return period in days."""
    for limit, words in _PERIODS:
        if days >= limit:
            return f"zoveel gebeurt hier {words}"
    return "dat komt hier vaker voor"


def explain(incidents: int, days: float, expected: float, return_days: float) -> str:
    """'10 incidenten in 14 dagen; normaal ongeveer 4; zoveel gebeurt hier minder dan
    eens per jaar.'"""
    return (
        f"{count_phrase(incidents, 'incident', 'incidenten')} {days_phrase(days)}; "
        f"{expected_phrase(expected)}; {return_period_phrase(return_days)}."
    )


_BARS = "▁▂▃▄▅▆▇█"


def sparkline(counts: Sequence[int]) -> str:
    """A tiny bar chart that survives any Matrix client: '▁▁▂▁▃▅█'."""
    top = max(counts, default=0)
    if top == 0:
        return _BARS[0] * len(counts)
    return "".join(_BARS[math.floor(c / top * (len(_BARS) - 1) + 0.5)] for c in counts)
