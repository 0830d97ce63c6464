"""!briefing: the overview now, in any room where the bot is.

    !briefing          the last 24 hours
    !briefing week     the last 7 days (with slow rises and new places for the regisseur)

In a signal room it covers that room's signals; in the regisseur room (or a private chat
with the regisseur or coordinator) every room, with open prompts and due reviews.
"""

from __future__ import annotations

from datetime import timedelta

from config.models import Role, RoomPurpose
from handlers.briefings.data import Scope
from handlers.briefings.service import BriefingService
from handlers.commands.base import CommandCall, command
from handlers.context import Context
from handlers.types import Outcome, SendMessage

USAGE = "Zo gebruik je !briefing: !briefing (laatste 24 uur) of !briefing week."
ONLY_SIGNAL_ROOM = (
    "Een overzicht vraag je op in de signaalroom (of als regisseur in de regiekamer)."
)
_REGIE_ROLES = frozenset({Role.REGISSEUR, Role.COORDINATOR})


def _reply(call: CommandCall, text: str, label: str) -> Outcome:
    return Outcome(
        actions=(SendMessage(call.msg.room_id, text, reply_to=call.msg.event_id),),
        label=f"command:briefing:{label}",
    )


@command("briefing", "overzicht van de laatste 24 uur (of: !briefing week)", order=20)
def run(call: CommandCall, ctx: Context) -> Outcome:
    arg = call.args.strip().lower()
    if arg not in {"", "week", "dag"}:
        return _reply(call, USAGE, "usage")
    weekly = arg == "week"
    purpose = ctx.rooms.purpose(call.msg.room_id)
    member = ctx.member(call.msg.sender)
    regie = purpose is RoomPurpose.REGISSEUR or (
        purpose is None and member is not None and member.role in _REGIE_ROLES
    )
    if purpose is None and not regie:
        return _reply(call, ONLY_SIGNAL_ROOM, "not_here")
    now = ctx.now()
    span = timedelta(days=7) if weekly else timedelta(hours=24)
    scope = Scope(
        room_id=None if regie else call.msg.room_id,
        start=now - span,
        end=now,
        regie=regie,
        weekly=weekly and regie,
        chart_days=28 if weekly else 14,
    )
    title = "📋 Overzicht " + ("laatste 7 dagen" if weekly else "laatste 24 uur")
    title += f" (tot {now.astimezone(ctx.settings.zone):%H:%M})"
    actions = BriefingService(ctx).actions(
        call.msg.room_id, scope, title, now, reply_to=call.msg.event_id
    )
    return Outcome(actions=actions, label="command:briefing")
