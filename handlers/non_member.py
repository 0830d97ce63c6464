"""Messages from people who are not configured members are ignored and never stored.

The sender gets one private explanation, so a new colleague knows why nothing happens.
"""

from __future__ import annotations

from handlers.context import Context
from handlers.router import Handler
from handlers.types import IncomingMessage, Outcome, SendDirect
from storage import audit, once

EXPLANATION = (
    "Hoi! Ik ben signaalbot. Je staat (nog) niet op de deelnemerslijst, dus ik verwerk je "
    "berichten niet en sla ze ook niet op. Wil je signalen delen? Vraag de procesregisseur "
    "van je gemeente om je toe te voegen."
)


class NonMember(Handler):
    name = "non_member"

    def check(self, msg: IncomingMessage, ctx: Context) -> bool:
        return ctx.member(msg.sender) is None

    def handle(self, msg: IncomingMessage, ctx: Context) -> Outcome:
        with ctx.db.transaction() as session:
            first = once.first_time(session, f"non_member:{msg.sender}", ctx.now())
            if first:
                audit.record(
                    session,
                    at=ctx.now(),
                    actor="signaalbot",
                    action="non_member.explained",
                    room_id=msg.room_id,
                    details={"user": msg.sender},
                )
        if not first:
            return Outcome(label="non_member")
        return Outcome(actions=(SendDirect(msg.sender, EXPLANATION),), label="non_member")
