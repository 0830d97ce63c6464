"""!help: what a member can do, in Dutch, built from the registry."""

from __future__ import annotations

from handlers.commands.base import CommandCall, all_commands, command
from handlers.context import Context
from handlers.types import Outcome, SendMessage

INTRO = (
    "Ik ben signaalbot. Deel signalen over groepen jongeren in de signaalroom: waar, wat, "
    "hoeveel jongeren, hoe oud en hoe laat. Bijvoorbeeld: 'Groepje van 8 jongeren bij de JOP "
    "Wilhelminapark, blowen en harde muziek, 22.30u'.\n"
    "Alleen groepsinformatie: namen, bijnamen, telefoonnummers, adressen, kentekens en "
    "accounts haal ik weg, of ik deel het bericht niet. Foto's en bestanden verwijder ik."
)


@command("help", "deze uitleg", aliases=("hulp",), order=0)
def run(call: CommandCall, ctx: Context) -> Outcome:
    member = ctx.member(call.msg.sender)
    lines = [INTRO, "", "Commando's:"]
    for entry in all_commands():
        if entry.roles is None or (member is not None and member.role in entry.roles):
            lines.append(f"!{entry.name} – {entry.summary}")
    text = "\n".join(lines)
    return Outcome(
        actions=(SendMessage(call.msg.room_id, text, reply_to=call.msg.event_id),),
        label="command:help",
    )
