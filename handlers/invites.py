"""Which invitations the bot accepts: only from members, only into configured rooms.

A member may also open a private chat with the bot. Everything else is declined and
reported to the regisseur room(s) and the log.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from config.models import RoomConfig, RoomPurpose
from handlers.context import Context
from handlers.log import get_logger
from handlers.types import Action, SendMessage
from storage import audit, once

log = get_logger("signaalbot.invites")


@dataclass(frozen=True, slots=True)
class InviteDecision:
    accept: bool
    reason: str
    room: RoomConfig | None = None
    direct: bool = False
    # Messages to send (reports of declined invitations).
    actions: tuple[Action, ...] = ()


def _configured(room_id: str, aliases: Iterable[str], ctx: Context) -> RoomConfig | None:
    room = ctx.rooms.get(room_id)
    if room is not None:
        return room
    wanted = set(aliases)
    for candidate in ctx.settings.rooms:
        if candidate.id == room_id or (candidate.alias is not None and candidate.alias in wanted):
            return candidate
    return None


def decide_invite(
    room_id: str, inviter: str, *, is_direct: bool, aliases: Iterable[str], ctx: Context
) -> InviteDecision:
    member = ctx.member(inviter)
    room = _configured(room_id, aliases, ctx)
    if member is not None and room is not None:
        ctx.rooms.add(room_id, room)
        decision = InviteDecision(True, "configured_room", room=room)
    elif member is not None and is_direct:
        decision = InviteDecision(True, "direct_chat", direct=True)
    else:
        reason = "inviter_not_member" if member is None else "room_not_configured"
        decision = InviteDecision(False, reason, actions=tuple(_report(room_id, inviter, ctx)))
    log.info(
        "invite", room_id=room_id, inviter=inviter, accepted=decision.accept, reason=decision.reason
    )
    with ctx.db.transaction() as session:
        audit.record(
            session,
            at=ctx.now(),
            actor=inviter,
            action="invite.accepted" if decision.accept else "invite.declined",
            room_id=room_id,
            details={"reason": decision.reason},
        )
    return decision


def _report(room_id: str, inviter: str, ctx: Context) -> list[Action]:
    with ctx.db.transaction() as session:
        if not once.first_time(session, f"declined:{room_id}:{inviter}", ctx.now()):
            return []
    text = (
        f"Ik heb een uitnodiging van {inviter} voor een room die niet in mijn configuratie "
        f"staat ({room_id}) geweigerd. Hoort die room erbij? Zet hem dan in de configuratie."
    )
    return [SendMessage(rid, text) for rid in ctx.rooms.ids_for(RoomPurpose.REGISSEUR)]
