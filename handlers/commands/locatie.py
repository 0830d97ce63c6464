"""!locatie: the regisseur confirms, renames or merges places the bot found in signals.

!locatie                         new places to look at, with how often they were named
!locatie bevestig <naam>         a real place: count it from now on
!locatie hernoem <oud> -> <nieuw>
!locatie samenvoegen <naam> -> <bestaande plek>
"""

from __future__ import annotations

import re

from config.models import Role
from handlers.commands.base import CommandCall, command
from handlers.context import Context
from handlers.types import Outcome, SendMessage
from storage import audit, locations

USAGE = (
    "Zo gebruik je !locatie:\n"
    "!locatie – nieuwe plekken bekijken\n"
    "!locatie bevestig <naam>\n"
    "!locatie hernoem <oud> -> <nieuw>\n"
    "!locatie samenvoegen <naam> -> <bestaande plek>"
)
_ARROW = re.compile(r"\s*(?:->|=>|→|>)\s*")


def _reply(call: CommandCall, text: str, label: str) -> Outcome:
    return Outcome(
        actions=(SendMessage(call.msg.room_id, text, reply_to=call.msg.event_id),),
        label=f"command:locatie:{label}",
    )


def _unknown(call: CommandCall, name: str) -> Outcome:
    return _reply(call, f"Ik ken geen plek '{name}'. Typ !locatie voor de lijst.", "unknown")


def _pair(args: str) -> tuple[str, str] | None:
    parts = _ARROW.split(args, maxsplit=1)
    if len(parts) != 2 or not parts[0].strip() or not parts[1].strip():
        return None
    return parts[0].strip(), parts[1].strip()


@command(
    "locatie",
    "nieuwe plekken bevestigen, hernoemen of samenvoegen",
    aliases=("locaties", "plek"),
    roles=frozenset({Role.REGISSEUR, Role.COORDINATOR}),
    order=30,
)
def run(call: CommandCall, ctx: Context) -> Outcome:
    verb, _, rest = call.args.partition(" ")
    verb = verb.casefold()
    rest = rest.strip()
    now = ctx.now()
    with ctx.db.transaction() as session:
        if verb in {"", "lijst"}:
            found = locations.unconfirmed(session)
            if not found:
                return _reply(call, "Er zijn geen nieuwe plekken om te bevestigen.", "list")
            lines = ["Nieuwe plekken uit signalen (bevestig, hernoem of voeg samen):"]
            lines += [f"• {place.name} – {n}×" for place, n in found[:20]]
            return _reply(call, "\n".join(lines), "list")
        if verb == "bevestig" and rest:
            place = locations.find(session, rest)
            if place is None:
                return _reply(
                    call, f"Ik ken geen plek '{rest}'. Typ !locatie voor de lijst.", "unknown"
                )
            moved = locations.confirm(session, place, now)
            text = f"Bevestigd: {place.name} ({moved} signalen). Ik tel deze plek voortaan mee."
            action, details = "location.confirmed", {"name": place.name}
        elif verb in {"hernoem", "samenvoegen"}:
            pair = _pair(rest)
            if pair is None:
                return _reply(call, USAGE, "usage")
            first, second = pair
            place = locations.find(session, first)
            if place is None:
                return _reply(
                    call, f"Ik ken geen plek '{first}'. Typ !locatie voor de lijst.", "unknown"
                )
            if verb == "hernoem":
                existing = locations.find(session, second)
                if existing is not None and existing.id != place.id:
                    return _reply(
                        call,
                        f"'{second}' bestaat al. Gebruik !locatie samenvoegen {first} -> {second}.",
                        "exists",
                    )
                old = place.name
                moved = locations.rename(session, place, second, now)
                text = f"Hernoemd: {old} heet nu {second} ({moved} signalen)."
                action, details = "location.renamed", {"from": old, "to": second}
            else:
                target = locations.find(session, second)
                if target is None:
                    return _unknown(call, second)
                if target.id == place.id:
                    return _reply(call, "Dat is dezelfde plek.", "same")
                moved = locations.merge(session, place, target, now)
                text = f"Samengevoegd: {place.name} hoort nu bij {target.name} ({moved} signalen)."
                action, details = "location.merged", {"from": place.name, "to": target.name}
        else:
            return _reply(call, USAGE, "usage")
        audit.record(
            session,
            at=now,
            actor=call.msg.sender,
            action=action,
            room_id=call.msg.room_id,
            details=details,
        )
    ctx.refresh_places()
    return _reply(call, text, verb)
