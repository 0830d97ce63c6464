"""The one place that builds everything: config -> database -> gate -> router -> adapter."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from bot.scheduling import BriefingScheduler
from config.models import Settings
from handlers.context import Context, utc_now
from handlers.dispatch import Dispatcher
from handlers.hotspot_service import HotspotService
from handlers.log import get_logger
from handlers.registry import build_router
from nlp.gate import PrivacyGate
from nlp.policy import GatePolicy
from storage import locations
from storage.db import Database
from storage.locations import PlaceSpec

log = get_logger("signaalbot.app")


def known_places(settings: Settings) -> list[str]:
    """Configured location names and aliases: the gate must never strip these."""
    return [name for loc in settings.locations for name in (loc.name, *loc.aliases)]


@lru_cache(maxsize=4)
def _gate(places: tuple[str, ...]) -> PrivacyGate:
    return PrivacyGate(GatePolicy(), known_places=places)


def build_gate(settings: Settings) -> PrivacyGate:
    return _gate(tuple(known_places(settings)))


@dataclass
class App:
    settings: Settings
    db: Database
    ctx: Context
    dispatcher: Dispatcher


def build_app(
    settings: Settings,
    *,
    clock: Callable[[], datetime] = utc_now,
    migrate: bool = True,
) -> App:
    db = Database(settings.database_url)
    if migrate:
        db.migrate()
    ctx = Context(
        settings=settings,
        db=db,
        gate=build_gate(settings),
        bot_user_id=settings.matrix.user_id,
        clock=clock,
    )
    for room in settings.rooms:
        if room.id is not None:
            ctx.rooms.add(room.id, room)
    with db.transaction() as session:
        locations.sync_configured(
            session,
            [
                PlaceSpec(loc.name, tuple(loc.aliases), loc.lat, loc.lon)
                for loc in settings.locations
            ],
            ctx.now(),
        )
    ctx.hotspots = HotspotService(ctx)
    ctx.refresh_places()
    return App(settings=settings, db=db, ctx=ctx, dispatcher=Dispatcher(build_router(), ctx))


async def _resume_when_ready(ready: asyncio.Event, scheduler: BriefingScheduler) -> None:
    await ready.wait()
    scheduler.resume()


async def serve(settings: Settings, stop: asyncio.Event | None = None) -> None:
    """Run the Matrix bot until SIGINT/SIGTERM (or ``stop``)."""
    from bot.matrix.adapter import MatrixAdapter

    app = build_app(settings)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    adapter = MatrixAdapter(settings, app.ctx, app.dispatcher)
    scheduler = BriefingScheduler(app.ctx, on_written=lambda _written: adapter.send_pending())
    waiter: asyncio.Task[None] | None = None
    try:
        await adapter.start()
        # Jobs that fell due while the bot was down run once the rooms are synced.
        scheduler.start(paused=True)
        waiter = asyncio.ensure_future(_resume_when_ready(adapter.ready, scheduler))
        await adapter.run(stop)
    finally:
        if waiter is not None:
            waiter.cancel()
        scheduler.shutdown()
        await adapter.close()
        app.db.close()
        log.info("bot_stopped")
