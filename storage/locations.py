"""Places signals are counted for, and what the regisseur decided about new ones."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from storage.models import Place, Signal

CONFIGURED = "configured"
CONFIRMED = "confirmed"
UNCONFIRMED = "unconfirmed"
MERGED = "merged"
# Places the parser treats as known.
KNOWN = (CONFIGURED, CONFIRMED)


@dataclass(frozen=True, slots=True)
class PlaceSpec:
    name: str
    aliases: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def find(session: Session, name: str) -> Place | None:
    """A place by name or alias, ignoring case and spacing; merged places lead to their target."""
    wanted = _key(name)
    for place in session.scalars(select(Place)):
        if _key(place.name) == wanted or any(_key(a) == wanted for a in place.aliases):
            while place.merged_into is not None:
                target = session.get(Place, place.merged_into)
                if target is None:
                    break
                place = target
            return place
    return None


def sync_configured(session: Session, specs: Iterable[PlaceSpec], at: datetime) -> None:
    """Make the configured locations known; a configured name wins over a discovered one.

    A place that is no longer configured stays known (as confirmed): signals point to it.
    """
    specs = list(specs)
    names = {spec.name for spec in specs}
    for old in session.scalars(select(Place).where(Place.status == CONFIGURED)):
        if old.name not in names:
            old.status = CONFIRMED
            old.updated_at = at
    for spec in specs:
        place = session.scalars(select(Place).where(Place.name == spec.name)).one_or_none()
        if place is None:
            session.add(
                Place(
                    name=spec.name,
                    aliases=list(spec.aliases),
                    lat=spec.lat,
                    lon=spec.lon,
                    status=CONFIGURED,
                    created_at=at,
                )
            )
        else:
            extra = [a for a in place.aliases if a not in spec.aliases]
            place.aliases = [*spec.aliases, *extra]
            place.lat, place.lon = spec.lat, spec.lon
            place.status = CONFIGURED
            place.merged_into = None
            place.updated_at = at
    session.flush()


def known(session: Session) -> list[Place]:
    return list(session.scalars(select(Place).where(Place.status.in_(KNOWN)).order_by(Place.name)))


def add_unconfirmed(session: Session, name: str, at: datetime) -> Place:
    existing = find(session, name)
    if existing is not None:
        return existing
    place = Place(name=name, aliases=[], status=UNCONFIRMED, created_at=at)
    session.add(place)
    session.flush()
    return place


def unconfirmed(session: Session) -> list[tuple[Place, int]]:
    """New places with how many signals mention them, most mentioned first."""
    counts = (
        select(Signal.location, func.count(Signal.id))
        .where(Signal.location.is_not(None))
        .group_by(Signal.location)
    )
    per_name = {name: n for name, n in session.execute(counts)}
    places = session.scalars(select(Place).where(Place.status == UNCONFIRMED))
    return sorted(((p, per_name.get(p.name, 0)) for p in places), key=lambda x: (-x[1], x[0].name))


def _relabel(session: Session, old: str, new: str, *, known: bool) -> int:
    result = session.execute(
        update(Signal).where(Signal.location == old).values(location=new, location_known=known)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def confirm(session: Session, place: Place, at: datetime) -> int:
    place.status = CONFIRMED
    place.updated_at = at
    return _relabel(session, place.name, place.name, known=True)


def rename(session: Session, place: Place, new_name: str, at: datetime) -> int:
    """Rename a place; the old name stays an alias, so later signals still match it."""
    old = place.name
    place.name = new_name
    if old not in place.aliases:
        place.aliases = [*place.aliases, old]
    if place.status == UNCONFIRMED:
        place.status = CONFIRMED
    place.updated_at = at
    session.flush()
    return _relabel(session, old, new_name, known=True)


def merge(session: Session, source: Place, target: Place, at: datetime) -> int:
    """Fold ``source`` into ``target``: its signals move, its names become aliases."""
    target.aliases = [
        *target.aliases,
        *(
            n
            for n in (source.name, *source.aliases)
            if n not in target.aliases and n != target.name
        ),
    ]
    target.updated_at = at
    source.status = MERGED
    source.merged_into = target.id
    source.updated_at = at
    session.flush()
    return _relabel(session, source.name, target.name, known=True)
