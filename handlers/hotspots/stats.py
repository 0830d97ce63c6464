"""Counting statistics in pure Python: Poisson/negative-binomial tails, Gamma quantiles and
the exact average run length (ARL) of a continuous-time Poisson CUSUM.

Why pure Python: the engine evaluates a handful of numbers per location per day, and the
exact formulas below are short; numpy/scipy would be a heavy dependency for that.
"""

from __future__ import annotations

import math
from functools import lru_cache
from statistics import NormalDist

__all__ = [
    "cusum_arl",
    "cusum_drift",
    "cusum_threshold",
    "gamma_p",
    "gamma_quantile",
    "nb_sf",
    "poisson_sf",
]

_TINY = 1e-300


def poisson_sf(n: int, mu: float) -> float:
    """P(X >= n) for X ~ Poisson(mu), accurate also deep in the upper tail."""
    if n <= 0:
        return 1.0
    if mu <= 0.0:
        return 0.0
    if n <= mu:  # the lower part is the small one: 1 - cdf has no cancellation here
        term = math.exp(-mu)
        total = term
        for k in range(1, n):
            term *= mu / k
            total += term
        return max(0.0, 1.0 - total)
    term = math.exp(-mu + n * math.log(mu) - math.lgamma(n + 1))
    total = 0.0
    k = n
    while term > total * 1e-17 and term > _TINY:
        total += term
        k += 1
        term *= mu / k
    return min(1.0, total)


def nb_sf(n: int, shape: float, p: float) -> float:
    """P(X >= n) for the negative binomial with pmf Γ(k+r)/(Γ(r) k!) p^r (1-p)^k.

    This is the Poisson count whose rate is Gamma(shape=r, rate=b) distributed, over an
    exposure w, with p = b / (b + w): the predictive count when the rate is estimated.
    """
    if n <= 0:
        return 1.0
    if not 0.0 < p <= 1.0 or shape <= 0.0:
        raise ValueError("need shape > 0 and 0 < p <= 1")
    if p == 1.0:
        return 0.0
    q = 1.0 - p
    mean = shape * q / p
    if n <= mean:
        term = math.exp(shape * math.log(p))
        total = term
        for k in range(0, n - 1):
            term *= (k + shape) / (k + 1) * q
            total += term
        return max(0.0, 1.0 - total)
    log_term = (
        math.lgamma(n + shape)
        - math.lgamma(shape)
        - math.lgamma(n + 1)
        + shape * math.log(p)
        + n * math.log(q)
    )
    term = math.exp(log_term)
    total = 0.0
    k = n
    while term > total * 1e-17 and term > _TINY:
        total += term
        term *= (k + shape) / (k + 1) * q
        k += 1
    return min(1.0, total)


def gamma_p(a: float, x: float) -> float:
    """Regularised lower incomplete gamma P(a, x) (series / continued fraction)."""
    if x <= 0.0:
        return 0.0
    log_pre = a * math.log(x) - x - math.lgamma(a)
    if x < a + 1.0:
        term = 1.0 / a
        total = term
        ap = a
        for _ in range(1000):
            ap += 1.0
            term *= x / ap
            total += term
            if abs(term) < abs(total) * 1e-15:
                break
        return min(1.0, total * math.exp(log_pre))
    # Lentz's continued fraction for Q(a, x).
    b = x + 1.0 - a
    c = 1.0 / 1e-300
    d = 1.0 / b
    h = d
    for i in range(1, 1000):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        d = 1e-300 if abs(d) < 1e-300 else d
        c = b + an / c
        c = 1e-300 if abs(c) < 1e-300 else c
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return max(0.0, 1.0 - math.exp(log_pre) * h)


@lru_cache(maxsize=8192)
def _gamma_quantile_unit(a: float, prob: float) -> float:
    if a <= 0.0:
        raise ValueError("shape must be positive")
    # Wilson-Hilferty start, then safeguarded Newton on P(a, x) = prob.
    z = _normal_quantile(prob)
    x = max(1e-8, a * (1.0 - 1.0 / (9.0 * a) + z / (3.0 * math.sqrt(a))) ** 3)
    lo, hi = 0.0, math.inf
    for _ in range(100):
        p = gamma_p(a, x)
        if abs(p - prob) < 1e-12:
            return x
        if p < prob:
            lo = x
        else:
            hi = x
        density = math.exp((a - 1.0) * math.log(x) - x - math.lgamma(a))
        step = x - (p - prob) / density if density > 0.0 else math.nan
        if not lo < step < hi or math.isnan(step):
            step = 0.5 * (lo + hi) if hi < math.inf else 2.0 * x
        if abs(step - x) < 1e-12 * x:
            return step
        x = step
    return x


def _normal_quantile(prob: float) -> float:
    return NormalDist().inv_cdf(prob)


def gamma_quantile(shape: float, rate: float, prob: float) -> float:
    """The prob-quantile of Gamma(shape, rate), shape rounded up to a 0.5 % grid.

    Rounding the shape up can only raise the quantile, i.e. make the engine more careful;
    the grid lets the answers be cached (the shape changes a little every day).
    """
    if not 0.0 < prob < 1.0:
        raise ValueError("prob must be in (0, 1)")
    if shape <= 0.0:
        raise ValueError("shape must be positive")
    a = math.exp(math.ceil(math.log(shape) * 200.0 - 1e-9) / 200.0)
    return _gamma_quantile_unit(a, prob) / rate


# --- the continuous-time Poisson CUSUM -------------------------------------------------
#
# Time is measured in expected incidents (tau = lambda0 * t), so under "nothing changed"
# incidents arrive as a unit-rate Poisson process. The CUSUM for a rise to r * lambda0,
# counted in incidents, is S = max(0, S - c * dtau) + 1 at each incident, with
# c = (r - 1) / ln r. S is the drawdown of X(tau) = c * tau - N(tau), a spectrally
# negative Lévy process; for such processes the mean time until the drawdown exceeds h is
#     ARL(h) = W(h)^2 / W'(h) - integral_0^h W(y) dy      (Taylor 1975; Mijatović and
# Pistorius 2012), with W the scale function. For unit jumps and drift c:
#     W(x) = sum_{k=0}^{floor x} (-1)^k (x-k)^k exp((x-k)/c) / (k! c^(k+1)).
# The ARL in days is ARL(h) / lambda0; it does not otherwise depend on lambda0.


def cusum_drift(ratio: float) -> float:
    """c = (r - 1) / ln r: the CUSUM's reference value in incidents per expected incident."""
    if ratio <= 1.0:
        raise ValueError("the design ratio must be above 1")
    return (ratio - 1.0) / math.log(ratio)


def _scale_terms(x: float, c: float) -> tuple[float, float, float]:
    """W(x), W'(x+) and integral_0^x W for the unit-jump process with drift c."""
    w: list[float] = []
    wd: list[float] = []
    wi: list[float] = []
    for k in range(math.floor(x) + 1):
        u = x - k
        sign = -1.0 if k % 2 else 1.0
        fact = math.factorial(k)
        norm = sign / (fact * c ** (k + 1))
        e = math.exp(u / c)
        uk = u**k
        w.append(norm * uk * e)
        deriv = (k * u ** (k - 1) if k >= 1 else 0.0) + uk / c
        wd.append(norm * deriv * e)
        # integral_0^u t^k e^{t/c} dt = (-1)^(k+1) c^(k+1) k! (1 - e^{u/c} sum_j (-u/c)^j/j!)
        partial = math.fsum((-u / c) ** j / math.factorial(j) for j in range(k + 1))
        inner = (-1.0) ** (k + 1) * c ** (k + 1) * fact * (1.0 - e * partial)
        wi.append(norm * inner)
    return math.fsum(w), math.fsum(wd), math.fsum(wi)


def cusum_arl(h: float, c: float) -> float:
    """Mean number of expected incidents until the CUSUM (drift c) first exceeds h."""
    if h <= 0.0:
        return 0.0
    w, wd, wi = _scale_terms(h, c)
    return w * w / wd - wi


@lru_cache(maxsize=8192)
def _threshold(log_grid: int, c: float) -> float:
    target = math.exp(log_grid / 100.0)
    lo, hi = 0.0, 1.0
    while cusum_arl(hi, c) < target:
        lo, hi = hi, hi * 2.0
        if hi > 64.0:  # beyond this the float series loses precision; never needed
            return hi
    while hi - lo > 1e-4:
        mid = 0.5 * (lo + hi)
        if cusum_arl(mid, c) < target:
            lo = mid
        else:
            hi = mid
    return hi


def cusum_threshold(arl_incidents: float, c: float) -> float:
    """The h whose ARL is at least arl_incidents (in expected incidents).

    The target is rounded up to a 1 % grid so the result can be cached; rounding up
    gives a slightly higher h, i.e. slightly fewer alarms.
    """
    if arl_incidents <= 1.0:
        return 0.0
    return _threshold(math.ceil(math.log(arl_incidents) * 100.0 - 1e-9), c)
