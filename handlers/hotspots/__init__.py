"""Hotspot detection: when do the signals at a place justify asking the regisseur about
step 2? A pure engine — no database, no network, no wall clock; every time is an
argument (aware datetimes; calendar rules in Europe/Amsterdam).

API
---
``SignalPoint(signal_id, at, location, categories, organisation, severe)``
    One sanitized signal. ``group_incidents(points, window=2h)`` turns signals into
    ``Incident`` objects (same place, overlapping categories, spanning <= 2 hours).
``Engine(config=HotspotConfig(), start=None)``
    ``add(point, received_at=None)``; ``advance(now) -> list[Prompt]``;
    ``decide(location, Decision, now)``; ``set_mode(location, Mode.STEP2|CRISIS|STEP1,
    now)``; ``overview(now) -> list[LocationStatus]`` (briefings, weekly "sluipende
    toename"); ``snapshot() -> dict`` / ``Engine.restore(dict, config)`` (JSON-able).
``Prompt``
    location, level, reason (unusual/severe/review/reminder/escalation), kind
    (prompt/reminder/escalation), numbers, organisations, categories, weekly trend,
    last signal ids, Dutch ``text``; ``to_json_dict()`` gives the replay line
    ``{"ts", "location", "level", "reason", "incidents", "expected", "organisations"}``.
``parse_decision(text, today) -> Decision | None``
    "Naar stap 2", "Regulier afhandelen", "Monitoren tot <datum>", "Hoort bij bestaande
    groep <naam>", with an optional reason after ':'.
``HotspotConfig`` / ``HotspotConfig.from_mapping``
    Every threshold and timer, with the defaults the benchmark measured.

How it decides (details in ``detector``): a location's normal rate is its own last 8
weeks (ending a guard week before the current 14-day window) shrunk towards the city
rate while it has little history (empirical Bayes). A continuous-time Poisson CUSUM,
tuned for a x3 rise and run against a cautious (75 % upper bound) normal rate, has an
exactly computable average run length, so its value translates into "a stable place
builds up this much excess less than once per year" — red (also >= 3 incidents, >= 2
organisations), or per quarter — yellow. Hygiene (``hygiene``) turns levels into few,
timely prompts. ``benchmarks/hotspots_sim.py`` measures the result.
"""

from handlers.hotspots.decisions import Decision, parse_date, parse_decision, parse_past_date
from handlers.hotspots.detector import Level
from handlers.hotspots.engine import Engine, LocationStatus, Prompt
from handlers.hotspots.hygiene import DecisionKind, HygieneState, Mode
from handlers.hotspots.incidents import Incident, SignalPoint, group_incidents
from handlers.hotspots.settings import DEFAULT_SEVERE_CATEGORIES, HotspotConfig
from handlers.hotspots.words import explain

__all__ = [
    "DEFAULT_SEVERE_CATEGORIES",
    "Decision",
    "DecisionKind",
    "Engine",
    "HotspotConfig",
    "HygieneState",
    "Incident",
    "Level",
    "LocationStatus",
    "Mode",
    "Prompt",
    "SignalPoint",
    "explain",
    "group_incidents",
    "parse_date",
    "parse_decision",
    "parse_past_date",
]
