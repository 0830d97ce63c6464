"""!status: how many signals came in today and this week (local time)."""

from __future__ import annotations

from datetime import datetime, timedelta

from handlers.commands.base import CommandCall, command
from handlers.context import Context
from handlers.types import Outcome, SendMessage
from storage.signals import count_signals, latest_signals


def day_and_week_start(now: datetime, ctx: Context) -> tuple[datetime, datetime]:
    local = now.astimezone(ctx.settings.zone)
    day = local.replace(hour=0, minute=0, second=0, microsecond=0)
    # zoneinfo datetimes do wall-clock arithmetic: Monday 00:00 gets Monday's own offset,
    # also when the clocks changed since.
    week = day - timedelta(days=day.weekday())
    return day, week


@command("status", "aantal signalen vandaag en deze week", order=10)
def run(call: CommandCall, ctx: Context) -> Outcome:
    now = ctx.now()
    day, week = day_and_week_start(now, ctx)
    with ctx.db.transaction() as session:
        today = count_signals(session, day)
        this_week = count_signals(session, week)
        latest = latest_signals(session, limit=1)
        last = (
            (latest[0].received_at.astimezone(ctx.settings.zone), latest[0].organisation)
            if latest
            else None
        )
    text = f"📊 Signalen vandaag: {today} · deze week: {this_week} (sinds maandag)."
    if last is not None:
        when, org = last
        stamp = when.strftime("%H:%M") if when >= day else when.strftime("%d-%m %H:%M")
        text += f"\nLaatste signaal: {stamp}, {ctx.settings.organisation_name(org)}."
    return Outcome(
        actions=(SendMessage(call.msg.room_id, text, reply_to=call.msg.event_id),),
        label="command:status",
    )
