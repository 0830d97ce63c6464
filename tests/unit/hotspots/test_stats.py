"""Tail probabilities and CUSUM run lengths against independent references."""

from __future__ import annotations

import math
import random
from decimal import Decimal, getcontext

import pytest

from handlers.hotspots.stats import (
    _gamma_quantile_unit,
    cusum_arl,
    cusum_drift,
    cusum_threshold,
    gamma_p,
    gamma_quantile,
    nb_sf,
    poisson_sf,
)


def _poisson_sf_decimal(n: int, mu: float) -> float:
    """Reference: 1 - sum_{k<n} e^-mu mu^k / k! in 60-digit arithmetic."""
    getcontext().prec = 60
    m = Decimal(repr(mu))
    term, total = (-m).exp(), Decimal(0)
    for k in range(n):
        total += term
        term = term * m / (k + 1)
    return float(1 - total)


def _nb_sf_decimal(n: int, r: float, p: float) -> float:
    getcontext().prec = 60
    total = Decimal(0)
    for k in range(n):
        log_pmf = math.lgamma(k + r) - math.lgamma(r) - math.lgamma(k + 1)
        total += Decimal(math.exp(log_pmf)) * Decimal(p) ** Decimal(r) * Decimal(1 - p) ** k
    return float(1 - total)


@pytest.mark.parametrize(
    ("n", "mu"), [(0, 3.0), (1, 1.0), (3, 4.2), (10, 4.0), (11, 4.2), (20, 10.0), (5, 0.2)]
)
def test_poisson_tail_matches_reference(n: int, mu: float) -> None:
    assert poisson_sf(n, mu) == pytest.approx(_poisson_sf_decimal(n, mu), rel=1e-9, abs=1e-15)


def test_poisson_known_values() -> None:
    assert poisson_sf(1, 1.0) == pytest.approx(1 - math.exp(-1))
    # Textbook: P(X >= 10 | mu = 4) = 0.00813...
    assert poisson_sf(10, 4.0) == pytest.approx(0.0081322, rel=1e-4)


def test_poisson_deep_tail_has_no_cancellation() -> None:
    # 1 - cdf would give 0 here; the direct sum keeps the relative accuracy.
    expected = math.exp(-4.0 + 40 * math.log(4.0) - math.lgamma(41))
    assert poisson_sf(40, 4.0) == pytest.approx(expected, rel=0.05)
    assert poisson_sf(40, 4.0) > 0.0


@pytest.mark.parametrize(("n", "p"), [(1, 0.5), (4, 0.3), (12, 0.8)])
def test_nb_with_shape_one_is_geometric(n: int, p: float) -> None:
    assert nb_sf(n, 1.0, p) == pytest.approx((1 - p) ** n, rel=1e-10)


@pytest.mark.parametrize(("n", "r", "p"), [(3, 2.5, 0.6), (9, 17.3, 0.8), (2, 0.7, 0.4)])
def test_nb_tail_matches_reference(n: int, r: float, p: float) -> None:
    assert nb_sf(n, r, p) == pytest.approx(_nb_sf_decimal(n, r, p), rel=1e-8)


def test_nb_approaches_poisson_for_a_certain_rate() -> None:
    # Gamma(shape, rate) with a huge shape is almost a point mass at shape/rate.
    shape, rate, window = 1e6, 1e6 / 0.3, 14.0
    assert nb_sf(9, shape, rate / (rate + window)) == pytest.approx(poisson_sf(9, 4.2), rel=1e-3)


def test_nb_is_wider_than_poisson() -> None:
    # An uncertain rate makes a high count less surprising.
    assert nb_sf(10, 16.8, 56 / 70) > poisson_sf(10, 4.2)


@pytest.mark.parametrize("x", [0.1, 1.0, 3.5])
def test_gamma_p_exponential(x: float) -> None:
    assert gamma_p(1.0, x) == pytest.approx(1 - math.exp(-x), rel=1e-12)


@pytest.mark.parametrize(("a", "x"), [(3, 2.0), (5, 9.0), (12, 7.5)])
def test_gamma_p_integer_shape_is_a_poisson_tail(a: int, x: float) -> None:
    assert gamma_p(float(a), x) == pytest.approx(poisson_sf(a, x), rel=1e-10)


def test_gamma_quantile_exponential_and_rate() -> None:
    assert gamma_quantile(1.0, 2.0, 0.8) == pytest.approx(math.log(5) / 2, rel=1e-9)
    for shape in (0.3, 7.0, 250.0):
        q = gamma_quantile(shape, 1.0, 0.8)
        assert gamma_p(shape, q) >= 0.8  # the shape is rounded up: never less careful
        exact = _gamma_quantile_unit(shape, 0.8)
        assert gamma_p(shape, exact) == pytest.approx(0.8, abs=1e-9)
        assert exact <= q <= exact * 1.006  # ... and at most half a percent more


def test_cusum_below_one_alarms_at_the_first_incident() -> None:
    assert cusum_arl(0.5, cusum_drift(3.0)) == pytest.approx(1.0)


@pytest.mark.parametrize(("h", "ratio"), [(2.5, 3.0), (3.7, 1.5)])
def test_cusum_arl_matches_simulation(h: float, ratio: float) -> None:
    c = cusum_drift(ratio)
    rng = random.Random(7)
    runs, total = 4000, 0.0
    for _ in range(runs):
        t = s = 0.0
        while s <= h:
            dt = rng.expovariate(1.0)
            t += dt
            s = max(0.0, s - c * dt) + 1.0
        total += t
    assert cusum_arl(h, c) == pytest.approx(total / runs, rel=0.06)


def test_threshold_inverts_the_arl() -> None:
    c = cusum_drift(3.0)
    for target in (10.0, 109.5, 365.0):
        h = cusum_threshold(target, c)
        assert target <= cusum_arl(h, c) <= target * 1.03
    assert cusum_threshold(100.0, c) < cusum_threshold(200.0, c)
