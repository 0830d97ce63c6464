"""Kill the bot (SIGKILL) while signals stream in; after restarts every one is stored once."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import tomli_w

from config.loader import load_settings
from storage import handled
from storage.db import Database
from storage.signals import all_signals
from tests.integration.harness import World

pytestmark = [pytest.mark.integration, pytest.mark.slow]

TOTAL = 90
FIRST_KILL_AT = 15
SECOND_KILL_AT = 75


def _phone(number: int) -> str:
    return f"06-4123{number:04d}"  # invented


def _signal(number: int) -> str:
    """Half the stream carries a phone number: those are redacted, then answered."""
    text = f"Groepje van {number % 9 + 2} bij de JOP"
    if number % 2:
        text += f", bel {_phone(number)}"
    return f"{text}, melding {number}"


class BotProcess:
    def __init__(self, config: Path, env: dict[str, str], log: Path) -> None:
        self.config, self.env, self.log = config, env, log
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> None:
        self.starts += 1
        marker = "bot_ready"
        before = self.log.read_text().count(marker) if self.log.exists() else 0
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run", "--config", str(self.config)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=self.log.open("ab"),
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text()[-3000:]
            if self.log.exists() and self.log.read_text().count(marker) > before:
                return
            time.sleep(0.05)
        raise TimeoutError("bot did not become ready")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


async def test_sigkill_mid_stream_loses_and_duplicates_nothing(world: World) -> None:
    config_path = world.tmp / "bot.toml"
    config_path.write_text(tomli_w.dumps(world.config()))
    env = dict(os.environ, **{f"BOT_PW_{world.suffix}": world.passwords["bot"]})
    env["SIGNAALBOT_LOG_FORMAT"] = "json"
    bot = BotProcess(config_path, env, world.tmp / "bot.log")
    fatima = await world.client("fatima")
    sent: list[str] = []
    try:
        await asyncio.to_thread(bot.start)
        await world.wait_member(world.signal_room, world.bot_id)
        for number in range(TOTAL):
            if number == FIRST_KILL_AT:
                # Killed while the previous messages are still being handled.
                bot.kill()
            if number == FIRST_KILL_AT + 50:
                # 60 messages arrived while it was down: more than one sync timeline holds.
                await asyncio.to_thread(bot.start)
            if number == SECOND_KILL_AT:
                bot.kill()
            sent.append(await fatima.send(world.signal_room, _signal(number)))
            await asyncio.sleep(0.02)
        await asyncio.to_thread(bot.start)
        settings = load_settings(config_path)
        db = Database(settings.database_url)
        try:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                with db.transaction() as s:
                    if len(all_signals(s)) >= TOTAL and all(handled.is_handled(s, e) for e in sent):
                        break
                await asyncio.sleep(0.25)
            with db.transaction() as s:
                stored = all_signals(s)
                assert sorted(sig.event_id for sig in stored) == sorted(sent)
                numbers = sorted(
                    int(sig.text.rsplit("melding ", 1)[1]) for sig in stored if sig.text
                )
                assert all(
                    "[telefoon]" in (sig.text or "") for sig in stored if sig.verdict != "pass"
                )
                assert sum(sig.verdict == "redacted" for sig in stored) == TOTAL // 2
                assert numbers == list(range(TOTAL))
                assert all(handled.is_handled(s, e) for e in sent)
        finally:
            db.close()
        # Replies are exactly-once too: a repeated send carries the same transaction id.
        await fatima.wait_for(
            lambda: all(fatima.replies_to(e, world.bot_id) for e in sent),
            timeout=60,
            what="a reply to every signal",
        )
        await asyncio.sleep(1)
        duplicates = [e for e in sent if len(fatima.replies_to(e, world.bot_id)) != 1]
        assert duplicates == []
        assert bot.starts == 3
        log = (world.tmp / "bot.log").read_text()
        assert "timeline_gap_filled" in log
        for number in range(TOTAL):
            assert f'nr {number}"' not in log and f"JOP, nr {number} " not in log
    finally:
        bot.stop()
