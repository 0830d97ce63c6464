"""Between the parser and the database: what a signal is about, and how to say it back."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from config.models import RoomPurpose
from handlers.context import Context
from handlers.types import IncomingMessage
from nlp.understanding import KnownPlace, ParsedSignal, SignalParser
from storage import locations
from storage.models import Signal
from storage.signals import Understanding, understanding_of

ASK_PLACE = "Waar was dit? Antwoord met een reply op dit bericht, bijvoorbeeld 'bij de JOP'."


def reply_in_signal_room(msg: IncomingMessage, ctx: Context) -> bool:
    """A new text message in a signal room that replies to another: a place answer or a
    correction may be one (edits are handled apart)."""
    return (
        msg.kind.is_text
        and msg.reply_to is not None
        and msg.replaces is None
        and ctx.rooms.purpose(msg.room_id) is RoomPurpose.SIGNAL
    )


def build_parser(ctx: Context, session: Session) -> SignalParser:
    """A parser that knows the configured and confirmed places (with their aliases)."""
    places = [KnownPlace(p.name, tuple(p.aliases), p.lat, p.lon) for p in locations.known(session)]
    return SignalParser(places, timezone=ctx.settings.timezone)


def to_storage(parsed: ParsedSignal) -> Understanding:
    return Understanding(
        location=parsed.location,
        location_known=parsed.location_known if parsed.location is not None else None,
        categories=parsed.categories,
        group_size=parsed.group_size,
        age_min=parsed.age_min,
        age_max=parsed.age_max,
        event_time=parsed.event_time,
    )


def from_storage(signal: Signal, ctx: Context) -> ParsedSignal:
    """The stored understanding as a ParsedSignal, for corrections and confirmations."""
    what = understanding_of(signal)
    event = (what.event_time or signal.received_at).astimezone(ctx.settings.zone)
    return ParsedSignal(
        location=what.location,
        location_known=bool(what.location_known),
        categories=tuple(what.categories),
        group_size=what.group_size,
        age_min=what.age_min,
        age_max=what.age_max,
        event_time=event,
        received_at=signal.received_at,
    )


def remember_new_place(session: Session, parsed: ParsedSignal, ctx: Context) -> None:
    """A place the parser found but nobody configured waits for the regisseur (!locatie)."""
    if parsed.location is not None and not parsed.location_known:
        locations.add_unconfirmed(session, parsed.location, ctx.now())


def confirmation(parsed: ParsedSignal) -> str:
    line = parsed.describe_nl()
    return line if parsed.location is not None else f"{line}\n{ASK_PLACE}"


def known_place_name(session: Session, text: str, ctx: Context) -> tuple[str, bool]:
    """The canonical name for a place someone typed, and whether it is a known place.

    An unknown place is remembered for the regisseur, like places found in signals.
    """
    typed = " ".join(text.split())
    place = locations.find(session, typed)
    if place is not None and place.status in locations.KNOWN:
        return place.name, True
    parsed = ctx.parser.parse(typed, now=ctx.now())
    if parsed.location is not None and parsed.location_known:
        return parsed.location, True
    if place is None:
        place = locations.add_unconfirmed(session, typed, ctx.now())
    return place.name, False


def with_place(parsed: ParsedSignal, name: str, known: bool) -> ParsedSignal:
    return replace(
        parsed, location=name, location_known=known, location_span=None, location_phrase=None
    )
