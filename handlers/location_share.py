"""A shared location (Matrix m.location) in a signal room: accepted only as a place.

Exact coordinates can point at someone's home, so the share itself is always removed.
It is snapped to the nearest known place within the configured distance and attached to
the signal it answers: the one replied to, or else the poster's latest signal without a
place from the last half hour.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from config.models import RoomPurpose
from handlers.context import Context
from handlers.router import Handler
from handlers.types import IncomingMessage, MessageKind, Outcome, Redact, SendMessage
from handlers.understanding import from_storage, to_storage, with_place
from nlp.understanding import nearest_place, parse_geo_uri
from storage import audit, replies
from storage.models import Signal
from storage.signals import set_understanding

RECENT = timedelta(minutes=30)
NO_PLACE = (
    "Ik heb je gedeelde locatie verwijderd: exacte coördinaten delen we niet. Er ligt geen "
    "bekende plek in de buurt; noem de plek in een reply op je signaal, bijvoorbeeld "
    "'locatie: JOP Wilhelminapark'."
)
NO_SIGNAL = (
    "Ik heb je gedeelde locatie verwijderd: exacte coördinaten delen we niet. Stuur een "
    "locatie alleen als antwoord op je eigen signaal; ik koppel hem dan aan de dichtstbijzijnde "
    "bekende plek."
)


class LocationShare(Handler):
    name = "location_share"

    def check(self, msg: IncomingMessage, ctx: Context) -> bool:
        return (
            msg.kind is MessageKind.LOCATION
            and ctx.rooms.purpose(msg.room_id) is RoomPurpose.SIGNAL
        )

    def _target(self, msg: IncomingMessage, ctx: Context) -> Signal | None:
        with ctx.db.transaction() as session:
            if msg.reply_to is not None:
                signal = replies.signal_for(session, msg.reply_to)
                if signal is not None and signal.sender == msg.sender:
                    return signal
            query = (
                select(Signal)
                .where(
                    Signal.sender == msg.sender,
                    Signal.room_id == msg.room_id,
                    Signal.location.is_(None),
                    Signal.received_at >= msg.timestamp - RECENT,
                )
                .order_by(Signal.received_at.desc())
                .limit(1)
            )
            return session.scalars(query).first()

    def handle(self, msg: IncomingMessage, ctx: Context) -> Outcome:
        redact = Redact(msg.room_id, msg.event_id, reason="Exacte locatie (stap 1)")
        target = self._target(msg, ctx)
        point = parse_geo_uri(msg.geo_uri or "")
        place = (
            nearest_place(point[0], point[1], ctx.parser.places, ctx.settings.snap_distance_m)
            if point is not None
            else None
        )
        if target is None or place is None:
            text = NO_SIGNAL if target is None else NO_PLACE
            return Outcome(
                actions=(redact, SendMessage(msg.room_id, text, reply_to=msg.event_id)),
                label="location:refused",
            )
        with ctx.db.transaction() as session:
            signal = session.get(Signal, target.id)
            assert signal is not None
            updated = with_place(from_storage(signal, ctx), place.name, True)
            set_understanding(signal, to_storage(updated), at=ctx.now())
            audit.record(
                session,
                at=ctx.now(),
                actor=msg.sender,
                action="signal.place_shared",
                room_id=msg.room_id,
                event_id=msg.event_id,
                signal_id=signal.id,
                details={"place": place.name},
            )
        reply = SendMessage(
            msg.room_id,
            f"Locatie gekoppeld aan de dichtstbijzijnde bekende plek; de exacte locatie heb ik "
            f"verwijderd. {updated.describe_nl()}",
            reply_to=msg.event_id,
        )
        return Outcome(actions=(redact, reply), label="location:snapped")
