"""!rapport: a group-level report over a period, for the driehoek or a step-2 request.

    !rapport                     the last 28 days
    !rapport 1-11                from 1 November up to today
    !rapport 1-11 15-11          1 up to and including 15 November
    !rapport 2026-10-01 2026-10-31

Posted as a short message, a CSV (one row per signal, no text, no senders) and an HTML
page with tables and a chart. Only in the regisseur room or a private chat.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from config.models import Role, RoomPurpose
from handlers.briefings.chart import render_chart
from handlers.briefings.data import Scope, gather
from handlers.briefings.report import Report
from handlers.commands.base import CommandCall, command
from handlers.context import Context
from handlers.hotspot_service import hotspot_config
from handlers.hotspots import parse_past_date
from handlers.types import Outcome, SendFile, SendMessage
from storage import hotspots

USAGE = (
    "Zo gebruik je !rapport: !rapport (laatste 28 dagen), !rapport 1-11 (vanaf 1 november) "
    "of !rapport 1-11 15-11."
)
NOT_HERE = (
    "Een rapport zet ik alleen in de regiekamer of in een privégesprek met mij: het is voor "
    "de regisseur en de driehoek."
)
BAD_ORDER = "De begindatum ligt na de einddatum. Probeer: !rapport 1-11 15-11."
TOO_LONG = "Een rapport gaat over hoogstens een jaar. Kies een kortere periode."
DEFAULT_DAYS = 28
MAX_DAYS = 366
_CONNECTORS = frozenset({"tot", "t/m", "tm", "en", "met", "-", "–", "van", "vanaf"})


def _phrases(words: list[str], today: date) -> list[date] | None:
    """Read dates left to right, each the longest run of up to three words that is one
    ("1-11", "1 november", "21 november 2026", "gisteren"); connectors are skipped."""
    found: list[date] = []
    i = 0
    while i < len(words):
        if words[i] in _CONNECTORS:
            i += 1
            continue
        for size in (3, 2, 1):
            parsed = parse_past_date(" ".join(words[i : i + size]), today)
            if parsed is not None and i + size <= len(words):
                found.append(parsed)
                i += size
                break
        else:
            return None
    return found


def _dates(args: str, today: date) -> tuple[date, date] | str:
    words = args.strip().lower().split()
    if not words:
        return today - timedelta(days=DEFAULT_DAYS - 1), today
    found = _phrases(words, today)
    if not found or len(found) > 2:
        return USAGE
    first, last = found[0], found[-1] if len(found) == 2 else today
    if first > last:
        return BAD_ORDER
    if (last - first).days >= MAX_DAYS:
        return TOO_LONG
    return first, last


@command(
    "rapport",
    "groepsrapport over een periode, met CSV en HTML (!rapport 1-11 15-11)",
    roles=frozenset({Role.REGISSEUR, Role.COORDINATOR}),
    order=45,
)
def run(call: CommandCall, ctx: Context) -> Outcome:
    def reply(text: str, label: str) -> Outcome:
        return Outcome(
            actions=(SendMessage(call.msg.room_id, text, reply_to=call.msg.event_id),),
            label=f"command:rapport:{label}",
        )

    if ctx.rooms.purpose(call.msg.room_id) is RoomPurpose.SIGNAL:
        return reply(NOT_HERE, "not_here")
    tz = ctx.settings.zone
    today = ctx.now().astimezone(tz).date()
    found = _dates(call.args, today)
    if isinstance(found, str):
        return reply(found, "usage")
    first, last = found
    start = datetime.combine(first, datetime.min.time(), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=tz).astimezone(UTC)
    end = min(end, ctx.now())
    scope = Scope(
        room_id=None,
        start=start,
        end=end,
        chart_days=min((last - first).days + 1, 92),
    )
    config = hotspot_config(ctx)
    with ctx.db.transaction() as session:
        overview = gather(session, scope, config)
        report = Report(
            first=first,
            last=last,
            overview=overview,
            signals=overview.rows,
            prompts=hotspots.prompts_between(session, start, end),
            decisions=hotspots.decisions_between(session, start, end),
            organisation_names={o.id: o.name for o in ctx.settings.organisations},
        )
        chart = render_chart(overview)
        summary = report.summary()
        csv_data = report.csv_bytes()
        html_data = report.html_bytes(chart)
    stem = f"rapport-{first:%Y%m%d}-{last:%Y%m%d}"
    room = call.msg.room_id
    return Outcome(
        actions=(
            SendMessage(room, summary, reply_to=call.msg.event_id),
            SendFile(room, f"{stem}.csv", "text/csv", csv_data, body=f"{stem}.csv"),
            SendFile(room, f"{stem}.html", "text/html", html_data, body=f"{stem}.html"),
        ),
        label="command:rapport",
    )
