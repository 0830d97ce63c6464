"""Snap a shared location (Matrix ``geo:`` URI) to the nearest configured place."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from nlp.understanding.model import KnownPlace

_EARTH_M = 6_371_000.0
_GEO_URI = re.compile(
    r"^\s*geo:\s*(?P<lat>[-+]?\d{1,2}(?:\.\d+)?)\s*,\s*(?P<lon>[-+]?\d{1,3}(?:\.\d+)?)"
    r"(?:\s*,\s*[-+]?\d+(?:\.\d+)?)?(?:;.*)?\s*$",
    re.IGNORECASE,
)


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine; plenty within a city)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_M * math.asin(min(1.0, math.sqrt(a)))


def parse_geo_uri(uri: str) -> tuple[float, float] | None:
    """(lat, lon) from "geo:51.92,4.47" (RFC 5870; altitude and parameters ignored)."""
    m = _GEO_URI.match(uri)
    if m is None:
        return None
    lat, lon = float(m.group("lat")), float(m.group("lon"))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def nearest_place(
    lat: float, lon: float, places: Sequence[KnownPlace], max_m: float
) -> KnownPlace | None:
    """The configured place with coordinates closest to (lat, lon), if within ``max_m``."""
    best: KnownPlace | None = None
    best_d = max_m
    for place in places:
        if place.lat is None or place.lon is None:
            continue
        d = distance_m(lat, lon, place.lat, place.lon)
        if d <= best_d:
            best, best_d = place, d
    return best
