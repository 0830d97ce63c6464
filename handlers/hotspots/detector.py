"""Per-location expected level and the two CUSUM detectors (red, and "sluipende toename").

Expected level (empirical Bayes). For location i, n_i incidents were seen during the
baseline exposure T_i days (the baseline period — default 8 weeks ending one guard week
before the current 14-day window — clipped to when the engine started observing). Rates
across the city are modelled as Gamma(shape = beta*m, rate = beta), so a location's rate
has the posterior
    lambda_i | n_i ~ Gamma(n_i + beta*m, T_i + beta),
    mean   = (n_i + beta*m) / (T_i + beta) = w * n_i/T_i + (1 - w) * m,  w = T_i/(T_i + beta):
a location with little history leans on the city rate m, one with weeks of history on its
own. m = sum n / sum T over the known locations; beta = m / tau^2 where
tau^2 = (T-weighted variance of n_i/T_i) - (Poisson noise m*L/sum T) is the real spread of
rates between locations (method of moments), clipped to [prior_days_min, prior_days_max];
with fewer than ``min_locations_for_prior`` locations beta = prior_days.

Detection. The alarm baseline lambda0 is the ``baseline_quantile`` (0.75) upper credible
bound of lambda_i, not its mean: with 8 weeks of data a location's rate is uncertain, and
an underestimate is exactly what makes a detector cry wolf. A continuous-time Poisson
CUSUM tuned for a rise to ``design_ratio`` x lambda0 runs over incidents:
S = max(0, S - c*lambda0*dt) + 1 per incident (c = (r-1)/ln r). Its exact average run
length (``stats.cusum_arl``) turns any S into a return period ("a stable place builds up
this much excess once per ... days"), so levels are thresholds on that period: red
>= 1 year (and >= 3 incidents from >= 2 organisations since S left zero), yellow >= 1
quarter. A second CUSUM tuned for x1.5 flags slow rises. Both use time since the
excursion began ("run"), which is also the period the Dutch explanation talks about.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from handlers.hotspots.settings import HotspotConfig
from handlers.hotspots.stats import cusum_arl, cusum_drift, cusum_threshold, gamma_quantile

__all__ = [
    "Baseline",
    "CityPrior",
    "DetectorState",
    "Level",
    "baseline_for",
    "city_prior",
]

DAY = 86400.0
_MIN_RATE = 1e-3  # per day; keeps thresholds finite for places that never had anything


class Level(StrEnum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


@dataclass(frozen=True)
class CityPrior:
    """The city-wide rate m (incidents per location-day) and its weight beta in days."""

    rate: float
    days: float


@dataclass(frozen=True)
class Baseline:
    """A location's rate for one day: posterior Gamma(shape, rate) and what it implies."""

    shape: float
    rate: float
    mean: float  # incidents per day, "normaal"
    lam0: float  # conservative rate the detectors use
    h_red: float
    h_yellow: float
    h_slow: float


def city_prior(pairs: Iterable[tuple[int, float]], config: HotspotConfig) -> CityPrior:
    """Method-of-moments Gamma prior from (incidents, exposure days) per location."""
    data = [(n, t) for n, t in pairs if t > 0.0]
    total_t = sum(t for _, t in data)
    total_n = sum(n for n, _ in data)
    if total_t <= 0.0 or total_n == 0:
        return CityPrior(config.default_rate_per_day, config.prior_days)
    m = total_n / total_t
    if len(data) < config.min_locations_for_prior:
        return CityPrior(m, config.prior_days)
    spread = sum(t * (n / t - m) ** 2 for n, t in data) / total_t
    tau2 = spread - m * len(data) / total_t
    beta = config.prior_days_max if tau2 <= 0.0 else m / tau2
    beta = min(config.prior_days_max, max(config.prior_days_min, beta))
    return CityPrior(m, beta)


def baseline_for(
    incidents: int, exposure_days: float, prior: CityPrior, config: HotspotConfig
) -> Baseline:
    """Posterior rate of one location and the CUSUM thresholds that go with it."""
    shape = incidents + prior.days * prior.rate
    rate = exposure_days + prior.days
    mean = shape / rate
    lam0 = max(_MIN_RATE, gamma_quantile(shape, rate, config.baseline_quantile))
    c_red = cusum_drift(config.design_ratio)
    c_slow = cusum_drift(config.slow_ratio)
    red_days = config.red_return.total_seconds() / DAY
    yellow_days = config.yellow_return.total_seconds() / DAY
    slow_days = config.slow_return.total_seconds() / DAY
    return Baseline(
        shape=shape,
        rate=rate,
        mean=max(_MIN_RATE, mean),
        lam0=lam0,
        h_red=cusum_threshold(red_days * lam0, c_red),
        h_yellow=cusum_threshold(yellow_days * lam0, c_red),
        h_slow=cusum_threshold(slow_days * lam0, c_slow),
    )


@dataclass
class DetectorState:
    """The CUSUMs of one location; plain values so the caller can persist them."""

    s: float = 0.0  # red CUSUM, in incidents
    s_slow: float = 0.0
    updated: float | None = None  # epoch seconds
    run_start: float | None = None  # start of the first incident since s left zero
    slow_start: float | None = None
    day: float | None = None  # the daily tick the baseline below belongs to
    shape: float = 0.0
    rate: float = 0.0
    mean: float = 0.0
    lam0: float = 0.0
    h_red: float = 0.0
    h_yellow: float = 0.0
    h_slow: float = 0.0

    def set_baseline(self, day: float, base: Baseline) -> None:
        self.day = day
        self.shape, self.rate, self.mean, self.lam0 = base.shape, base.rate, base.mean, base.lam0
        self.h_red, self.h_yellow, self.h_slow = base.h_red, base.h_yellow, base.h_slow

    def decay(self, t: float, config: HotspotConfig) -> None:
        """Let the CUSUMs drift down to time t (nothing happened in between)."""
        if self.updated is not None and t > self.updated:
            days = (t - self.updated) / DAY
            if self.s > 0.0:
                self.s = max(0.0, self.s - cusum_drift(config.design_ratio) * self.lam0 * days)
                if self.s == 0.0:
                    self.run_start = None
            if self.s_slow > 0.0:
                drift = cusum_drift(config.slow_ratio) * self.lam0 * days
                self.s_slow = max(0.0, self.s_slow - drift)
                if self.s_slow == 0.0:
                    self.slow_start = None
        if self.updated is None or t > self.updated:
            self.updated = t

    def arrive(self, t: float, started: float, config: HotspotConfig) -> None:
        """One new incident (processed at t, it started at ``started``)."""
        self.decay(t, config)
        if self.s == 0.0:
            self.run_start = started
        if self.s_slow == 0.0:
            self.slow_start = started
        self.s += 1.0
        self.s_slow += 1.0

    def idle(self) -> bool:
        return self.s == 0.0 and self.s_slow == 0.0

    def return_days(self, config: HotspotConfig) -> float:
        """How rarely a stable place builds up the current excess, in days."""
        if self.s <= 0.0:
            return 0.0
        return cusum_arl(self.s, cusum_drift(config.design_ratio)) / self.lam0

    def slow_rise(self) -> bool:
        return self.s_slow > self.h_slow > 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DetectorState:
        return cls(**data)


def raw_level(
    state: DetectorState, run_incidents: int, run_organisations: int, config: HotspotConfig
) -> Level:
    """The level the numbers give now (hysteresis is hygiene's business)."""
    if state.s <= state.h_yellow or run_incidents < config.yellow_min_incidents:
        return Level.GREEN
    if (
        state.s > state.h_red
        and run_incidents >= config.red_min_incidents
        and run_organisations >= config.red_min_organisations
    ):
        return Level.RED
    return Level.YELLOW
