"""Scheduled overviews with APScheduler 3, its jobs kept in the project's database.

Why this shape:
  * Jobs live in a persistent job store (table ``apscheduler_jobs``), so a briefing that
    fell due while the bot was down is known at start-up; with ``coalesce`` and a
    ``misfire_grace_time`` it runs once when it is still useful, and is skipped when it
    is not (the next one then covers the period).
  * At start-up jobs are reconciled with the configuration *without* resetting a job
    whose schedule did not change: ``add_job(replace_existing=True)`` would compute the
    next run from now and silently drop the run that was missed.
  * APScheduler updates a job's next run time after submitting it, so a crash in between
    could run it again. The job itself is idempotent (handlers/briefings/service.py
    records each room/kind/slot once), so "never twice" does not depend on that timing.
  * Cron triggers in the configured zone keep wall-clock times across DST changes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from apscheduler.job import Job
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from config.models import BriefingKind, BriefingSchedule
from handlers.briefings.service import BriefingService, Written
from handlers.context import Context
from handlers.log import get_logger, safe_error

log = get_logger("signaalbot.scheduling")

JOB_TABLE = "apscheduler_jobs"
JOB_PREFIX = "briefing:"
OnWritten = Callable[[Written], Awaitable[None]]

_active: BriefingScheduler | None = None


def trigger_for(schedule: BriefingSchedule, timezone: str) -> CronTrigger:
    return CronTrigger(
        day_of_week=schedule.days, hour=schedule.hour, minute=schedule.minute, timezone=timezone
    )


@dataclass(frozen=True, slots=True)
class Planned:
    job_id: str
    room_key: str
    kind: BriefingKind
    trigger: CronTrigger


def planned_jobs(ctx: Context) -> list[Planned]:
    """Every (room, kind) overview the configuration asks for."""
    out: list[Planned] = []
    for room in ctx.settings.rooms:
        for schedule in room.schedules:
            out.append(
                Planned(
                    job_id=f"{JOB_PREFIX}{room.key}:{schedule.kind.value}",
                    room_key=room.key,
                    kind=schedule.kind,
                    trigger=trigger_for(schedule, ctx.settings.timezone),
                )
            )
    return out


async def run_job(room_key: str, kind: str) -> None:
    """The job APScheduler stores by reference; it finds the running scheduler."""
    runner = _active
    if runner is None:
        log.warning("briefing_job_without_scheduler", room=room_key, kind=kind)
        return
    await runner.run(room_key, BriefingKind(kind))


class BriefingScheduler:
    def __init__(
        self,
        ctx: Context,
        on_written: OnWritten | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.ctx = ctx
        self.service = BriefingService(ctx)
        self.on_written = on_written
        self.clock = clock or ctx.now
        grace = int(ctx.settings.briefing_grace_minutes * 60)
        self.scheduler = AsyncIOScheduler(
            jobstores={"default": SQLAlchemyJobStore(engine=ctx.db.engine, tablename=JOB_TABLE)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": grace},
            timezone=ctx.settings.timezone,
        )
        self.grace = grace

    def start(self, *, paused: bool = False) -> None:
        """Open the job store, bring its jobs in line with the configuration, and run."""
        global _active
        _active = self
        self.scheduler.start(paused=True)
        self.reconcile()
        if not paused:
            self.resume()

    def resume(self) -> None:
        self.scheduler.resume()
        log.info("briefings_scheduled", jobs=len(self.jobs()))

    def jobs(self) -> list[Job]:
        return [j for j in self.scheduler.get_jobs() if j.id.startswith(JOB_PREFIX)]

    def reconcile(self) -> None:
        wanted = {p.job_id: p for p in planned_jobs(self.ctx)}
        for job in self.jobs():
            if job.id not in wanted:
                self.scheduler.remove_job(job.id)
                log.info("briefing_job_removed", job=job.id)
        for plan in wanted.values():
            job = self.scheduler.get_job(plan.job_id)
            if job is None:
                self.scheduler.add_job(
                    run_job,
                    trigger=plan.trigger,
                    id=plan.job_id,
                    args=(plan.room_key, plan.kind.value),
                    name=plan.job_id,
                )
                log.info("briefing_job_added", job=plan.job_id)
            elif str(job.trigger) != str(plan.trigger) or str(
                getattr(job.trigger, "timezone", "")
            ) != str(plan.trigger.timezone):
                self.scheduler.reschedule_job(plan.job_id, trigger=plan.trigger)
                log.info("briefing_job_rescheduled", job=plan.job_id)
            elif job.misfire_grace_time != self.grace:
                self.scheduler.modify_job(plan.job_id, misfire_grace_time=self.grace)

    async def run(self, room_key: str, kind: BriefingKind) -> Written | None:
        try:
            written = self.service.run_scheduled(room_key, kind, self.clock())
            if written is not None and self.on_written is not None:
                await self.on_written(written)
            return written
        except Exception as exc:
            # What was written stays in the outbox; the adapter sends it after its next sync.
            log.error("briefing_failed", room=room_key, kind=kind.value, **safe_error(exc))
            return None

    def shutdown(self) -> None:
        global _active
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        if _active is self:
            _active = None
