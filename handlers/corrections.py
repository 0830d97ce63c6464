"""Corrections by reply: "locatie: Stadhuis", "aantal 12", "+ alcohol", "- drugs".

The poster (or the regisseur or coordinator) replies to the signal, or to the bot's answer
to it. A correction is screened like any message, changes only the stored understanding,
and is logged with who changed what.
"""

from __future__ import annotations

from dataclasses import replace

from config.models import Role
from handlers.context import Context
from handlers.router import Handler
from handlers.screening import answer, screen
from handlers.types import IncomingMessage, Outcome, SendMessage
from handlers.understanding import (
    from_storage,
    known_place_name,
    reply_in_signal_room,
    to_storage,
)
from nlp.types import Verdict
from nlp.understanding import apply_correction, parse_correction
from storage import audit, replies
from storage.models import Signal
from storage.signals import set_understanding, understanding_of

NOT_YOURS = (
    "Alleen wie het signaal stuurde, of de regisseur, kan het aanpassen. Heb je zelf iets "
    "gezien? Stuur het dan als nieuw signaal."
)
_EDITORS = {Role.REGISSEUR, Role.COORDINATOR}


def may_change(signal: Signal, user_id: str, ctx: Context) -> bool:
    member = ctx.member(user_id)
    return signal.sender == user_id or (member is not None and member.role in _EDITORS)


class Corrections(Handler):
    name = "corrections"

    def check(self, msg: IncomingMessage, ctx: Context) -> bool:
        if not (reply_in_signal_room(msg, ctx) and parse_correction(msg.body) is not None):
            return False
        assert msg.reply_to is not None
        with ctx.db.transaction() as session:
            return replies.signal_for(session, msg.reply_to) is not None

    def handle(self, msg: IncomingMessage, ctx: Context) -> Outcome:
        assert msg.reply_to is not None
        screening = screen(msg, ctx)
        if screening.verdict is not Verdict.PASS:
            actions = answer(
                msg,
                screening,
                ctx,
                what="correctie",
            )
            return Outcome(actions=actions, label=f"correction:{screening.verdict.value}")
        correction = parse_correction(msg.body)
        assert correction is not None
        with ctx.db.transaction() as session:
            signal = replies.signal_for(session, msg.reply_to)
            assert signal is not None
            if not may_change(signal, msg.sender, ctx):
                reply = SendMessage(msg.room_id, NOT_YOURS, reply_to=msg.event_id)
                return Outcome(actions=(reply,), label="correction:not_allowed")
            before = understanding_of(signal)
            current = from_storage(signal, ctx)
            known = False
            if correction.location is not None:
                name, known = known_place_name(session, correction.location, ctx)
                correction = replace(correction, location=name)
            updated = apply_correction(current, correction, location_known=known)
            after = to_storage(updated)
            set_understanding(signal, after, at=ctx.now())
            changed = [
                f
                for f in (
                    "location",
                    "categories",
                    "group_size",
                    "age_min",
                    "age_max",
                    "event_time",
                )
                if getattr(before, f) != getattr(after, f)
                and not (f == "categories" and list(getattr(before, f)) == list(getattr(after, f)))
            ]
            audit.record(
                session,
                at=ctx.now(),
                actor=msg.sender,
                action="signal.corrected",
                room_id=msg.room_id,
                event_id=msg.event_id,
                signal_id=signal.id,
                details={"fields": changed},
            )
        reply = SendMessage(
            msg.room_id, f"Aangepast. {updated.describe_nl()}", reply_to=msg.event_id
        )
        return Outcome(actions=(reply,), label="correction:applied")
