"""Signal understanding: place, behaviour categories, group size, ages and event time.

Runs on sanitized text (after the privacy gate). Public API::

    parser = SignalParser(places, timezone="Europe/Amsterdam")
    parsed = parser.parse(text, now=message_time)
    parsed.describe_nl()
"""

from nlp.understanding.categories import NAMES as CATEGORY_NAMES
from nlp.understanding.corrections import Correction, apply_correction, parse_correction
from nlp.understanding.geo import nearest_place, parse_geo_uri
from nlp.understanding.model import KnownPlace, ParsedSignal
from nlp.understanding.parser import SignalParser

__all__ = [
    "CATEGORY_NAMES",
    "Correction",
    "KnownPlace",
    "ParsedSignal",
    "SignalParser",
    "apply_correction",
    "nearest_place",
    "parse_correction",
    "parse_geo_uri",
]
