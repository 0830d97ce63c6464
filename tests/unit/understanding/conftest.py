"""Shared fixtures for the understanding tests: a parser without and with places."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from nlp.understanding import KnownPlace, SignalParser

TZ = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2025, 6, 14, 23, 5, tzinfo=TZ)  # a Saturday evening

PLACES = (
    KnownPlace("JOP Wilhelminapark", ("jop wilhelmina",), 51.9225, 4.4792),
    KnownPlace("Winkelcentrum Zuidplein", ("wc zuidplein",), 51.8870, 4.4890),
    KnownPlace("Albert Heijn Westzijde"),
    KnownPlace("Westzijde"),
    KnownPlace("Metrostation Beurs", lat=51.9184, lon=4.4800),
    KnownPlace("Station Zaandam"),
    KnownPlace("Kanaalkade, Alkmaar"),
    KnownPlace("Stadhuisplein"),
    KnownPlace("Valkenberg"),
)


@pytest.fixture(scope="session")
def plain() -> SignalParser:
    return SignalParser()


@pytest.fixture(scope="session")
def configured() -> SignalParser:
    return SignalParser(PLACES)
