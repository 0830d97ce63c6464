"""!fase: the regisseur takes a place out of the step-1 flow (step 2, crisis) or back.

    !fase <plek> stap2 | crisis | stap1

In step 2 or crisis mode a place no longer gets step-1 prompts; back in step 1 it stays
quiet until it has been calm once. The change is audited.
"""

from __future__ import annotations

from config.models import Role
from handlers.commands.base import CommandCall, command
from handlers.context import Context
from handlers.hotspots import Mode
from handlers.types import Outcome, SendMessage
from storage import audit, locations

USAGE = "Zo gebruik je !fase: !fase <plek> stap2, !fase <plek> crisis of !fase <plek> stap1."
_MODES = {"stap1": Mode.STEP1, "stap2": Mode.STEP2, "crisis": Mode.CRISIS}
_NL = {
    Mode.STEP1: "terug in stap 1: ik tel de signalen weer en meld het als het opvalt",
    Mode.STEP2: "in stap 2: geen meldingen meer vanuit stap 1",
    Mode.CRISIS: "in crisismodus: geen meldingen meer vanuit stap 1",
}


def _reply(call: CommandCall, text: str, label: str) -> Outcome:
    return Outcome(
        actions=(SendMessage(call.msg.room_id, text, reply_to=call.msg.event_id),),
        label=f"command:fase:{label}",
    )


@command(
    "fase",
    "een plek naar stap 2 of crisismodus zetten, of terug naar stap 1",
    roles=frozenset({Role.REGISSEUR}),
    order=40,
)
def run(call: CommandCall, ctx: Context) -> Outcome:
    name, _, mode_word = call.args.rpartition(" ")
    mode = _MODES.get(mode_word.strip().casefold().replace(" ", ""))
    if not name.strip() or mode is None or ctx.hotspots is None:
        return _reply(call, USAGE, "usage")
    with ctx.db.transaction() as session:
        place = locations.find(session, name)
        if place is None:
            return _reply(call, f"Ik ken geen plek '{name.strip()}'. Typ !locatie.", "unknown")
        location = place.name
    ctx.hotspots.set_mode(location, mode, ctx.now())
    with ctx.db.transaction() as session:
        audit.record(
            session,
            at=ctx.now(),
            actor=call.msg.sender,
            action="hotspot.mode",
            room_id=call.msg.room_id,
            details={"location": location, "mode": mode.value},
        )
    return _reply(call, f"{location} staat nu {_NL[mode]}.", mode.value)
