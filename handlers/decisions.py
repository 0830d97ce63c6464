"""The regisseur's answer to a hotspot prompt: a reply or a reaction on the prompt.

"Naar stap 2", "Regulier afhandelen", "Monitoren tot <datum>", "Hoort bij bestaande groep
<naam>", optionally with a reason after ':' and a line "melding: <tekst>" for a group-level
note in the signal room. Only the regisseur role decides; the decision, who, when and the
(screened) reason are stored and audited.
"""

from __future__ import annotations

from dataclasses import replace

from config.models import Role, RoomPurpose
from handlers.context import Context
from handlers.hotspots import Decision, DecisionKind, parse_decision
from handlers.log import get_logger
from handlers.router import Handler
from handlers.types import Action, IncomingMessage, MessageKind, Outcome, SendMessage
from nlp.types import Verdict
from storage import audit, hotspots
from storage.models import BotMessage

log = get_logger("signaalbot.decisions")

REACTIONS = {
    "2️⃣": "Naar stap 2",
    "2": "Naar stap 2",
    "✅": "Regulier afhandelen",
    "✔️": "Regulier afhandelen",
    "👀": "Monitoren",
}
NOT_ALLOWED = "Alleen de regisseur kan hierover beslissen."
UNCLEAR = (
    "Dat begrijp ik niet als besluit. Antwoord met een reply: Naar stap 2 · Regulier "
    "afhandelen · Monitoren tot <datum> · Hoort bij bestaande groep <naam> (toelichting na "
    "een dubbele punt)."
)
_NL = {
    DecisionKind.NAAR_STAP_2: "naar stap 2 (ik stuur hierover geen meldingen meer in stap 1)",
    DecisionKind.REGULIER: "regulier afhandelen (stil tot het hier weer rustig is geweest)",
    DecisionKind.MONITOREN: "monitoren",
    DecisionKind.BESTAANDE_GROEP: "hoort bij bestaande groep",
}


def prompt_of(ctx: Context, event_id: str | None) -> int | None:
    """The prompt a reply or reaction points at (via the bot's message), if any."""
    if event_id is None:
        return None
    with ctx.db.transaction() as session:
        sent = session.get(BotMessage, event_id)
        if sent is None or not sent.origin_event_id.startswith("prompt:"):
            return None
        return int(sent.origin_event_id.removeprefix("prompt:"))


def _split_note(body: str) -> tuple[str, str | None]:
    lines, note = [], None
    for line in body.splitlines():
        head, sep, rest = line.partition(":")
        if sep and head.strip().casefold() == "melding" and rest.strip():
            note = rest.strip()
        else:
            lines.append(line)
    return "\n".join(lines).strip(), note


def _summary(decision: Decision) -> str:
    text = _NL[decision.kind]
    if decision.kind is DecisionKind.MONITOREN and decision.review is not None:
        text += f" tot {decision.review:%d-%m-%Y}"
    if decision.kind is DecisionKind.BESTAANDE_GROEP and decision.group:
        text += f" '{decision.group}'"
    return text


class Decisions(Handler):
    name = "decisions"

    def check(self, msg: IncomingMessage, ctx: Context) -> bool:
        in_place = msg.is_direct or ctx.rooms.purpose(msg.room_id) is RoomPurpose.REGISSEUR
        return (
            in_place
            and ctx.hotspots is not None
            and (msg.kind.is_text or msg.kind is MessageKind.REACTION)
            and msg.replaces is None
            and prompt_of(ctx, msg.reply_to) is not None
        )

    def _reply(self, msg: IncomingMessage, text: str, label: str) -> Outcome:
        # A reaction cannot be replied to: answer the prompt instead.
        reply_to = msg.reply_to if msg.kind is MessageKind.REACTION else msg.event_id
        return Outcome(actions=(SendMessage(msg.room_id, text, reply_to=reply_to),), label=label)

    def handle(self, msg: IncomingMessage, ctx: Context) -> Outcome:
        assert ctx.hotspots is not None
        prompt_id = prompt_of(ctx, msg.reply_to)
        assert prompt_id is not None
        member = ctx.member(msg.sender)
        if member is None or member.role is not Role.REGISSEUR:
            return self._reply(msg, NOT_ALLOWED, "decision:not_allowed")
        if msg.kind is MessageKind.REACTION:
            if msg.body not in REACTIONS:
                return Outcome(label="decision:other_reaction")
            body, note = REACTIONS[msg.body], None
        else:
            body, note = _split_note(msg.body)
        decision = parse_decision(body, ctx.hotspots.today())
        if decision is None:
            return self._reply(msg, UNCLEAR, "decision:unclear")
        with ctx.db.transaction() as session:
            prompt = hotspots.get_prompt(session, prompt_id)
            assert prompt is not None
            location = prompt.location
        extra: list[str] = []
        # The reason and the note are stored or shared: screened like any message.
        reason = decision.reason
        if reason is not None:
            screened = ctx.gate.scrub(reason)
            if screened.verdict is not Verdict.PASS:
                reason = screened.text if screened.verdict is Verdict.REDACTED else None
                extra.append(
                    f"Je toelichting bevatte persoonsgegevens ({screened.labels_nl}); "
                    + ("ik heb die weggehaald." if reason else "ik heb hem niet bewaard.")
                )
            decision = replace(decision, reason=reason)
        actions: list[Action] = []
        if note is not None:
            shared = ctx.gate.scrub(note)
            if shared.verdict is Verdict.BLOCKED or shared.text is None:
                extra.append(
                    f"De melding voor de signaalroom bevatte persoonsgegevens "
                    f"({shared.labels_nl}); ik heb hem niet gedeeld."
                )
            else:
                actions += [
                    SendMessage(rid, f"Van de regisseur over {location}: {shared.text}")
                    for rid in ctx.rooms.ids_for(RoomPurpose.SIGNAL)
                ]
        ctx.hotspots.decide(
            location, decision, ctx.now(), actor=msg.sender, prompt_id=prompt_id, reason=reason
        )
        with ctx.db.transaction() as session:
            audit.record(
                session,
                at=ctx.now(),
                actor=msg.sender,
                action="hotspot.decision",
                room_id=msg.room_id,
                event_id=msg.event_id,
                details={
                    "location": location,
                    "decision": decision.kind.value,
                    "review": decision.review.isoformat() if decision.review else None,
                    "group": decision.group,
                    "prompt": prompt_id,
                    "note_shared": bool(actions),
                },
            )
        text = " ".join([f"Vastgelegd voor {location}: {_summary(decision)}.", *extra])
        confirmation = self._reply(msg, text, f"decision:{decision.kind.value}")
        return Outcome(actions=(*confirmation.actions, *actions), label=confirmation.label)
