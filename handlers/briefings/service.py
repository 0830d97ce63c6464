"""Writes overviews: scheduled ones (exactly once per room, kind and scheduled time) and
on-demand ones (!briefing).

A scheduled overview is written to the outbox in the same transaction that records its
run, keyed by room, kind and slot; a job that runs again (after a crash, or because the
scheduler's store was not updated in time) finds the run and sends nothing, and the
outbox key gives the homeserver the same transaction ids, so a repeat send is a no-op.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from config.models import BriefingKind, BriefingSchedule, RoomConfig, RoomPurpose
from handlers.briefings.chart import render_chart
from handlers.briefings.data import Overview, Scope, gather
from handlers.briefings.render import moment, render
from handlers.briefings.schedule import FAMILIES, period_start, slot_for
from handlers.context import Context
from handlers.hotspot_service import hotspot_config
from handlers.log import get_logger
from handlers.types import Action, Outcome, SendFile, SendMessage, action_to_dict
from storage import briefings, handled

log = get_logger("signaalbot.briefings")

TITLES = {
    BriefingKind.BRIEFING: "📋 Briefing",
    BriefingKind.DEBRIEFING: "🌙 Debriefing",
    BriefingKind.MORNING: "☀️ Ochtendoverzicht",
    BriefingKind.WEEKLY: "🗓️ Weekoverzicht",
}
CHART_DAYS = {BriefingKind.WEEKLY: 28}


@dataclass(frozen=True, slots=True)
class Written:
    """A scheduled overview that went into the outbox."""

    origin: str
    room_id: str
    outcome: Outcome


def chart_action(room_id: str, overview: Overview, title: str) -> SendFile | None:
    chart = render_chart(overview)
    if chart is None:
        return None
    return SendFile(
        room_id=room_id,
        filename="overzicht.png",
        mimetype="image/png",
        data=chart.png,
        body=f"Grafiek bij: {title}",
        width=chart.width,
        height=chart.height,
    )


class BriefingService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.config = hotspot_config(ctx)

    @property
    def grace(self) -> timedelta:
        return timedelta(minutes=self.ctx.settings.briefing_grace_minutes)

    def overview(self, scope: Scope, now: datetime) -> Overview:
        statuses = self.ctx.hotspots.engine.overview(now) if self.ctx.hotspots else []
        with self.ctx.db.transaction() as session:
            return gather(session, scope, self.config, statuses)

    def actions(
        self,
        room_id: str,
        scope: Scope,
        title: str,
        now: datetime,
        *,
        chart: bool = True,
        reply_to: str | None = None,
    ) -> tuple[Action, ...]:
        overview = self.overview(scope, now)
        actions: list[Action] = [SendMessage(room_id, render(overview, title), reply_to=reply_to)]
        if chart:
            image = chart_action(room_id, overview, title)
            if image is not None:
                actions.append(image)
        return tuple(actions)

    # -- Scheduled ---------------------------------------------------------------------

    def room(self, room_key: str) -> tuple[str, RoomConfig] | None:
        for room_id, room in self.ctx.rooms.by_id.items():
            if room.key == room_key or room_id == room_key:
                return room_id, room
        return None

    def run_scheduled(self, room_key: str, kind: BriefingKind, now: datetime) -> Written | None:
        """Write the overview that was due for this room and kind; None when it was sent
        already, is too late to be useful, or the room is unknown."""
        found = self.room(room_key)
        if found is None:
            log.warning("briefing_room_unknown", room=room_key)
            return None
        room_id, room = found
        schedule = next((s for s in room.schedules if s.kind is kind), None)
        tz = self.ctx.settings.zone
        slot = slot_for(schedule, now, tz) if schedule is not None else None
        if schedule is None or slot is None:
            log.warning("briefing_not_scheduled", room_id=room_id, kind=kind.value)
            return None
        if now - slot > self.grace:
            log.info("briefing_too_late", room_id=room_id, kind=kind.value, slot=slot.isoformat())
            return None
        origin = f"briefing:{room_id}:{kind.value}:{slot.isoformat()}"
        with self.ctx.db.transaction() as session:
            if briefings.get_run(session, room_id, kind.value, slot) is not None:
                log.info("briefing_already_sent", room_id=room_id, kind=kind.value)
                return None
            previous = briefings.last_run(session, room_id, [k.value for k in FAMILIES[kind]])
            start = period_start(
                room.schedules, kind, slot, tz, previous.period_end if previous else None
            )
        scope = self._scope(room_id, room, start, slot, kind)
        title = self._title(kind, scope, schedule)
        outcome = Outcome(
            actions=self.actions(room_id, scope, title, now, chart=schedule.chart),
            label=f"briefing:{kind.value}",
        )
        with self.ctx.db.transaction() as session:
            if briefings.get_run(session, room_id, kind.value, slot) is not None:
                return None
            briefings.record_run(
                session, room_id=room_id, kind=kind.value, slot=slot, start=start, end=slot, at=now
            )
            handled.save_outbox(
                session,
                event_id=origin,
                room_id=room_id,
                label=outcome.label,
                actions=[action_to_dict(a) for a in outcome.actions],
                at=now,
            )
        log.info("briefing_written", room_id=room_id, kind=kind.value, slot=slot.isoformat())
        return Written(origin, room_id, outcome)

    def _scope(
        self, room_id: str, room: RoomConfig, start: datetime, end: datetime, kind: BriefingKind
    ) -> Scope:
        regie = room.purpose is RoomPurpose.REGISSEUR
        return Scope(
            room_id=None if regie else room_id,
            start=start,
            end=end,
            regie=regie,
            weekly=kind is BriefingKind.WEEKLY,
            chart_days=CHART_DAYS.get(kind, 14),
        )

    def _title(self, kind: BriefingKind, scope: Scope, schedule: BriefingSchedule) -> str:
        overview = Overview(scope=scope, tz=self.ctx.settings.zone)
        return f"{TITLES[kind]} {schedule.at} · sinds {moment(scope.start, overview)}"
