"""The real APScheduler with its job store in the project's database (SQLite and
PostgreSQL): a briefing missed while the bot was down runs once at start-up, never twice,
and not at all when it is too late to be useful."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import App, build_app
from bot.scheduling import BriefingScheduler
from config.loader import parse_settings
from handlers.briefings.service import Written
from storage import briefings, handled
from tests.helpers import SIGNAL_ROOM, settings_dict

TZ_NAME = "Europe/Amsterdam"
JOB = f"briefing:{SIGNAL_ROOM}:briefing"


def _at(minutes_ago: int) -> str:
    """The configured time of a briefing ``minutes_ago`` minutes before now. Computed once
    per test: every restart must see the same configuration, also when the clock passes a
    minute between restarts."""
    from zoneinfo import ZoneInfo

    due = (datetime.now(UTC) - timedelta(minutes=minutes_ago)).astimezone(ZoneInfo(TZ_NAME))
    return f"{due:%H:%M}"


def _app(tmp: Path, db_url: str, at: str) -> App:
    """A bot whose signal room gets its briefing at ``at``."""
    data = settings_dict(tmp / "data")
    data["database"] = {"url": db_url}
    data["rooms"][0]["briefings"] = [{"kind": "briefing", "at": at}]
    data["rooms"][1]["briefings"] = []
    return build_app(parse_settings(data, tmp / "test.toml"))


class Restart:
    """One run of the bot: its own app, scheduler and record of what it sent."""

    def __init__(self, tmp: Path, db_url: str, at: str) -> None:
        self.app = _app(tmp, db_url, at)
        self.sent: list[Written] = []

        async def on_written(written: Written) -> None:
            self.sent.append(written)

        self.scheduler = BriefingScheduler(self.app.ctx, on_written)

    def stop(self) -> None:
        self.scheduler.shutdown()
        self.app.db.close()


def _miss(tmp: Path, db_url: str, at: str, minutes_ago: int) -> None:
    """The job was planned earlier; the bot was down when it fell due."""
    first = Restart(tmp, db_url, at)
    first.scheduler.start(paused=True)
    job = first.scheduler.scheduler.get_job(JOB)
    assert job is not None and job.next_run_time > datetime.now(UTC)
    first.scheduler.scheduler.modify_job(
        JOB, next_run_time=datetime.now(UTC) - timedelta(minutes=minutes_ago)
    )
    first.stop()


async def _settle(seconds: float = 1.5) -> None:
    """Give the scheduler time to run what is due (it runs due jobs right after start)."""
    await asyncio.sleep(seconds)


async def test_missed_briefing_runs_once_after_downtime(tmp_path: Path, db_url: str) -> None:
    at = _at(30)
    _miss(tmp_path, db_url, at, minutes_ago=30)

    second = Restart(tmp_path, db_url, at)
    second.scheduler.start()
    await _settle()
    [written] = second.sent
    assert written.room_id == SIGNAL_ROOM
    job = second.scheduler.scheduler.get_job(JOB)
    assert job is not None and job.next_run_time > datetime.now(UTC) + timedelta(hours=23)
    second.stop()

    # Started again: nothing is due, nothing is sent.
    third = Restart(tmp_path, db_url, at)
    third.scheduler.start()
    await _settle()
    assert third.sent == []
    third.stop()

    # The scheduler lost its update (a crash right after sending): the job runs again,
    # and finds the briefing already written.
    _miss(tmp_path, db_url, at, minutes_ago=30)
    fourth = Restart(tmp_path, db_url, at)
    fourth.scheduler.start()
    await _settle()
    assert fourth.sent == []
    with fourth.app.db.transaction() as s:
        assert len(briefings.runs(s)) == 1
        assert [e.event_id for e in handled.unfinished(s)] == [written.origin]
    fourth.stop()


async def test_briefing_missed_by_more_than_the_grace_is_skipped(
    tmp_path: Path, db_url: str
) -> None:
    at = _at(150)
    _miss(tmp_path, db_url, at, minutes_ago=150)
    run = Restart(tmp_path, db_url, at)
    run.scheduler.start()
    await _settle()
    assert run.sent == []
    job = run.scheduler.scheduler.get_job(JOB)
    assert job is not None and job.next_run_time > datetime.now(UTC)
    with run.app.db.transaction() as s:
        assert briefings.runs(s) == []
    run.stop()


async def test_jobs_follow_the_configuration(tmp_path: Path, db_url: str) -> None:
    run = Restart(tmp_path, db_url, _at(30))
    run.scheduler.start(paused=True)
    assert [j.id for j in run.scheduler.jobs()] == [JOB]
    run.stop()

    # The default schedules: both rooms, four jobs, in local time.
    data = settings_dict(tmp_path / "data")
    data["database"] = {"url": db_url}
    app = build_app(parse_settings(data, tmp_path / "test.toml"))
    scheduler = BriefingScheduler(app.ctx)
    scheduler.start(paused=True)
    jobs = {j.id: str(j.trigger) for j in scheduler.jobs()}
    assert jobs == {
        f"briefing:{SIGNAL_ROOM}:briefing": "cron[day_of_week='*', hour='13', minute='0']",
        f"briefing:{SIGNAL_ROOM}:debriefing": "cron[day_of_week='*', hour='22', minute='0']",
        "briefing:!regie:test.local:ochtend": "cron[day_of_week='*', hour='8', minute='30']",
        "briefing:!regie:test.local:week": "cron[day_of_week='mon', hour='8', minute='30']",
    }
    scheduler.shutdown()
    app.db.close()
