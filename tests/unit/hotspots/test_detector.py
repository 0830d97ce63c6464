"""The expected level (shrinkage) and the level rule."""

from __future__ import annotations

import pytest

from handlers.hotspots import HotspotConfig, Level
from handlers.hotspots.detector import DetectorState, baseline_for, city_prior, raw_level

CFG = HotspotConfig()


def test_prior_falls_back_without_history() -> None:
    prior = city_prior([], CFG)
    assert (prior.rate, prior.days) == (CFG.default_rate_per_day, CFG.prior_days)


def test_prior_strength_follows_the_spread_between_places() -> None:
    same = city_prior([(17, 56.0)] * 6 + [(16, 56.0)] * 6, CFG)
    mixed = city_prior([(3, 56.0), (6, 56.0), (11, 56.0), (17, 56.0), (28, 56.0), (56, 56.0)], CFG)
    assert same.days == CFG.prior_days_max  # alike: lean on the city
    assert mixed.days < 5.0  # very different: each place mostly on its own
    assert same.rate == pytest.approx(17 * 6 / (12 * 56) + 16 * 6 / (12 * 56))


def test_few_places_use_the_configured_strength() -> None:
    assert city_prior([(4, 56.0), (40, 56.0)], CFG).days == CFG.prior_days


def test_shrinkage_formula() -> None:
    prior = city_prior([(28, 56.0)] * 2 + [(0, 56.0)] * 3, CFG)
    base = baseline_for(2, 10.0, prior, CFG)
    w = 10.0 / (10.0 + prior.days)
    assert base.mean == pytest.approx(w * 2 / 10 + (1 - w) * prior.rate)
    assert base.lam0 > base.mean  # alarms use a cautious (upper) rate
    new = baseline_for(0, 0.0, prior, CFG)
    assert new.mean == pytest.approx(prior.rate)  # no history: the city rate


def test_thresholds_grow_with_rarity() -> None:
    base = baseline_for(17, 56.0, city_prior([], CFG), CFG)
    assert 0 < base.h_yellow < base.h_red


def _state(s: float) -> DetectorState:
    st = DetectorState(s=s)
    st.set_baseline(0.0, baseline_for(17, 56.0, city_prior([], CFG), CFG))
    return st


@pytest.mark.parametrize(
    ("above", "incidents", "orgs", "level"),
    [
        ("red", 5, 2, Level.RED),
        ("red", 5, 1, Level.YELLOW),  # one organisation is not corroboration
        ("red", 2, 3, Level.YELLOW),
        ("yellow", 5, 3, Level.YELLOW),
        ("none", 9, 3, Level.GREEN),
        ("yellow", 1, 1, Level.GREEN),
    ],
)
def test_level_rule(above: str, incidents: int, orgs: int, level: Level) -> None:
    ref = _state(0.0)
    s = {"red": ref.h_red + 0.1, "yellow": ref.h_yellow + 0.1, "none": ref.h_yellow - 0.1}[above]
    assert raw_level(_state(s), incidents, orgs, CFG) == level


def test_cusum_decays_and_resets_the_run() -> None:
    st = _state(0.0)
    st.arrive(0.0, 0.0, CFG)
    st.arrive(3600.0, 3600.0, CFG)
    assert st.run_start == 0.0 and 1.9 < st.s < 2.0
    st.decay(86400.0, CFG)
    assert 0.0 < st.s < 2.0 and st.run_start == 0.0
    st.decay(30 * 86400.0, CFG)
    assert st.s == 0.0 and st.run_start is None
    assert st.idle()
