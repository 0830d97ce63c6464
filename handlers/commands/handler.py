"""Routes "!name args" messages to the registered command.

In a signal room the command text is screened first: a command is still a message that
everyone in the room reads.
"""

from __future__ import annotations

from config.models import RoomPurpose
from handlers.commands.base import CommandCall, find_command
from handlers.context import Context
from handlers.router import Handler
from handlers.screening import answer, screen
from handlers.types import IncomingMessage, Outcome, SendMessage
from nlp.types import Verdict

PREFIX = "!"

UNKNOWN = "Dat commando ken ik niet. Typ !help voor een overzicht van wat ik kan."
NOT_ALLOWED = "Dit commando is alleen voor {roles}. Typ !help voor wat jij kunt doen."

_ROLE_NL = {
    "street_worker": "straatprofessionals",
    "regisseur": "de regisseur",
    "coordinator": "de coördinator",
}


def parse(body: str) -> tuple[str, str] | None:
    text = body.strip()
    if not text.startswith(PREFIX) or len(text) < 2 or not text[1].isalpha():
        return None
    name, _, args = text[1:].partition(" ")
    return name.casefold(), args.strip()


class CommandHandler(Handler):
    name = "commands"

    def check(self, msg: IncomingMessage, ctx: Context) -> bool:
        return msg.kind.is_text and msg.replaces is None and parse(msg.body) is not None

    def handle(self, msg: IncomingMessage, ctx: Context) -> Outcome:
        if ctx.rooms.purpose(msg.room_id) is RoomPurpose.SIGNAL:
            screening = screen(msg, ctx)
            if screening.verdict is not Verdict.PASS:
                actions = answer(msg, screening, ctx)
                return Outcome(actions=actions, label=f"command:{screening.verdict.value}")
        parsed = parse(msg.body)
        assert parsed is not None
        name, args = parsed
        found = find_command(name)
        if found is None:
            return Outcome(
                actions=(SendMessage(msg.room_id, UNKNOWN, reply_to=msg.event_id),),
                label="command:unknown",
            )
        member = ctx.member(msg.sender)
        if found.roles is not None and (member is None or member.role not in found.roles):
            roles = " of ".join(sorted(_ROLE_NL[r.value] for r in found.roles))
            return Outcome(
                actions=(
                    SendMessage(
                        msg.room_id, NOT_ALLOWED.format(roles=roles), reply_to=msg.event_id
                    ),
                ),
                label="command:not_allowed",
            )
        return found.run(CommandCall(msg=msg, name=found.name, args=args), ctx)
