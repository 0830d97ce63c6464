"""A freshly started engine has no history: nothing is unusual from numbers alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from handlers.hotspots import Engine, HotspotConfig, SignalPoint

START = datetime(2026, 9, 7, 9, 0, tzinfo=UTC)


def _burst(engine: Engine, day: int, n: int, first_id: int) -> None:
    for k in range(n):
        engine.add(
            SignalPoint(
                signal_id=str(first_id + k),
                at=START + timedelta(days=day, hours=k * 3),
                location="Plein",
                categories=frozenset({"intimidatie"}),
                organisation=("handhaving", "jongerenwerk")[k % 2],
                severe=False,
            )
        )


def _reds(config: HotspotConfig) -> list[str]:
    engine = Engine(config, start=START)
    _burst(engine, 2, 6, 1)
    prompts = engine.advance(START + timedelta(days=5))
    return [p.reason for p in prompts if p.kind == "prompt"]


def test_burst_in_the_first_weeks_is_not_red() -> None:
    assert _reds(HotspotConfig()) == []


def test_without_warmup_the_same_burst_prompts() -> None:
    assert _reds(HotspotConfig(warmup=timedelta(0))) == ["unusual"]


def test_severe_incident_prompts_during_warmup() -> None:
    engine = Engine(HotspotConfig(), start=START)
    engine.add(
        SignalPoint("1", START + timedelta(days=1), "Plein", frozenset({"wapen"}), "politie", True)
    )
    prompts = engine.advance(START + timedelta(days=1, hours=1))
    assert [(p.kind, p.reason) for p in prompts] == [("prompt", "severe")]
