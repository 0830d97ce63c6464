"""Between the hotspot engine and the rest: stored signals in, prompts and decisions out.

The engine (handlers/hotspots/) is pure; this service feeds it the stored (sanitized)
signals, persists its state, and turns its prompts into messages for the regisseur room
(or, for escalations, the backup regisseur). Every prompt is written to the outbox in the
same transaction as the engine state, so a crash neither loses nor repeats a prompt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from config.models import Role, RoomPurpose
from handlers.context import Context
from handlers.hotspots import Decision, Engine, HotspotConfig, Mode, Prompt, SignalPoint
from handlers.log import get_logger
from handlers.types import Action, Outcome, SendDirect, SendMessage, action_to_dict
from storage import handled, hotspots, locations
from storage.models import Signal

log = get_logger("signaalbot.hotspots")

# Signals older than this no longer matter to the engine (8 weeks baseline + guard + window).
LOOKBACK = timedelta(weeks=12)
# How long a signal without a place may still get one (answer, shared location) and count.
PLACE_GRACE = timedelta(hours=1)
UNKNOWN_PLACE = "onbekende plek"
EVIDENCE = 5
NO_BACKUP = "(Er is geen vervangend regisseur ingesteld; zet backup = true bij een regisseur.)"


@dataclass(frozen=True, slots=True)
class Emitted:
    """A message the service decided to send: performed like an event's actions."""

    origin: str
    room_id: str
    outcome: Outcome
    prompt: Prompt


def signal_point(signal: Signal, config: HotspotConfig, location: str | None = None) -> SignalPoint:
    """A stored signal as the engine counts it (at its event time, else its receipt)."""
    where = location or signal.location
    assert where is not None
    return SignalPoint(
        signal_id=str(signal.id),
        at=signal.event_time or signal.received_at,
        location=where,
        categories=frozenset(signal.categories),
        organisation=signal.organisation,
        severe=any(c in config.severe_categories for c in signal.categories),
    )


def hotspot_config(ctx: Context) -> HotspotConfig:
    return HotspotConfig.from_mapping({"timezone": ctx.settings.timezone, **ctx.settings.hotspots})


class HotspotService:
    def __init__(self, ctx: Context, config: HotspotConfig | None = None) -> None:
        self.ctx = ctx
        self.config = config or hotspot_config(ctx)
        self.engine = Engine(self.config)
        self.last_signal_id = 0
        self.waiting: list[int] = []
        self.load()

    def load(self) -> None:
        """The engine as last saved (or new), knowing every configured and confirmed place."""
        with self.ctx.db.transaction() as session:
            state = hotspots.load_state(session)
            if state is not None:
                self.engine = Engine.restore(state.data, self.config)
                self.last_signal_id = state.last_signal_id
                self.waiting = list(state.waiting)
            else:
                self.engine = Engine(self.config)
                self.last_signal_id = 0
                self.waiting = []
            for place in locations.known(session):
                self.engine.register(place.name)

    def _severe(self, categories: Iterable[str]) -> bool:
        return any(c in self.config.severe_categories for c in categories)

    def _point(self, signal: Signal, location: str | None = None) -> SignalPoint:
        return signal_point(signal, self.config, location)

    def _catch_up(self, session: Session, now: datetime) -> None:
        """Feed the signals that came in since last time, in the order they came in.

        A signal without a place waits (up to PLACE_GRACE) for its "Waar was dit?" answer.
        """
        waiting: list[int] = []
        for signal in hotspots.signals_after(session, self.last_signal_id, self.waiting):
            self.last_signal_id = max(self.last_signal_id, signal.id)
            if signal.verdict == "blocked" or signal.received_at < now - LOOKBACK:
                continue
            if signal.location is not None:
                self.engine.add(self._point(signal), received_at=min(signal.received_at, now))
            elif self._severe(signal.categories):
                # A severe signal prompts at once whatever the count: without a place too.
                point = self._point(signal, UNKNOWN_PLACE)
                self.engine.add(point, received_at=min(signal.received_at, now))
            elif now - signal.received_at < PLACE_GRACE:
                waiting.append(signal.id)
        self.waiting = waiting

    def _save(self, session: Session, now: datetime) -> None:
        hotspots.save_state(
            session,
            self.engine.snapshot(),
            last_signal_id=self.last_signal_id,
            waiting=self.waiting,
            at=now,
        )

    def tick(self, now: datetime) -> list[Emitted]:
        """Take in new signals, run the engine up to ``now``; the prompts to send."""
        try:
            with self.ctx.db.transaction() as session:
                self._catch_up(session, now)
                emitted = [self._emit(session, p) for p in self.engine.advance(now)]
                self._save(session, now)
        except Exception:
            # The database did not take the new state: forget it in memory as well.
            self.load()
            raise
        for item in emitted:
            log.info("hotspot_prompt", origin=item.origin, outcome=item.outcome.label)
        return emitted

    def _emit(self, session: Session, prompt: Prompt) -> Emitted:
        record = hotspots.record_prompt(
            session,
            location=prompt.location,
            kind=prompt.kind,
            reason=prompt.reason,
            level=prompt.level,
            severe=prompt.severe,
            ts=prompt.ts,
            incidents=prompt.incidents,
            expected=prompt.expected,
            organisations=prompt.organisations,
        )
        text = prompt.text + self._evidence(session, prompt)
        origin = f"prompt:{record.id}"
        actions: list[Action]
        if prompt.kind == "escalation":
            backups = [
                uid
                for uid, m in self.ctx.settings.members.items()
                if m.role is Role.REGISSEUR and m.backup
            ]
            actions = [SendDirect(uid, text) for uid in backups]
            if not actions:
                actions = self._to_regie(f"{text}\n{NO_BACKUP}")
        else:
            actions = self._to_regie(text)
        room_id = next((a.room_id for a in actions if isinstance(a, SendMessage)), "")
        outcome = Outcome(actions=tuple(actions), label=f"hotspot:{prompt.kind}:{prompt.reason}")
        handled.save_outbox(
            session,
            event_id=origin,
            room_id=room_id,
            label=outcome.label,
            actions=[action_to_dict(a) for a in actions],
            at=self.ctx.now(),
        )
        return Emitted(origin, room_id, outcome, prompt)

    def _to_regie(self, text: str) -> list[Action]:
        rooms = self.ctx.rooms.ids_for(RoomPurpose.REGISSEUR)
        if not rooms:
            log.warning(
                "no_regisseur_room", hint='add a [[rooms]] entry with purpose = "regisseur"'
            )
        return [SendMessage(rid, text) for rid in rooms]

    def _evidence(self, session: Session, prompt: Prompt) -> str:
        """The last few sanitized signals behind a prompt."""
        ids = [int(i) for i in prompt.signal_ids[-EVIDENCE:] if i.isdigit()]
        signals = hotspots.signals_by_ids(session, ids)
        if not signals:
            return ""
        zone = self.ctx.settings.zone
        lines = ["", "Laatste signalen:"]
        for s in signals:
            text = (s.text or "").replace("\n", " ")
            if len(text) > 160:
                text = text[:157] + "…"
            when = s.received_at.astimezone(zone).strftime("%d-%m %H:%M")
            lines.append(f"• {when} {self.ctx.settings.organisation_name(s.organisation)}: {text}")
        return "\n".join(lines)

    def decide(
        self,
        location: str,
        decision: Decision,
        now: datetime,
        *,
        actor: str,
        prompt_id: int | None,
        reason: str | None,
    ) -> list[Emitted]:
        """Record the regisseur's decision; prompts that fell due first are returned."""
        try:
            with self.ctx.db.transaction() as session:
                self._catch_up(session, now)
                emitted = [self._emit(session, p) for p in self.engine.advance(now)]
                self.engine.decide(location, decision, now)
                hotspots.record_decision(
                    session,
                    prompt_id=prompt_id,
                    location=location,
                    kind=decision.kind.value,
                    review=decision.review,
                    group_name=decision.group,
                    reason=reason,
                    decided_by=actor,
                    decided_at=now,
                )
                self._save(session, now)
        except Exception:
            self.load()
            raise
        return emitted

    def set_mode(self, location: str, mode: Mode, now: datetime) -> None:
        with self.ctx.db.transaction() as session:
            self.engine.set_mode(location, mode, now)
            self._save(session, now)

    def today(self) -> date:
        return self.ctx.now().astimezone(self.ctx.settings.zone).date()
