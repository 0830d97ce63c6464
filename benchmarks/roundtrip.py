"""Round-trip latency in an end-to-end encrypted room, against raw client-to-client delivery.

    .venv/bin/python benchmarks/roundtrip.py [--messages 150] [--warmup 10]

Starts a local Synapse and the bot (as its own process, as in production), then
alternates two measurements so both see the same machine load:

* bot round trip: a street worker sends a signal; time until that worker's client has
  received and decrypted the bot's reply;
* raw delivery: the same worker sends a message in an encrypted room without the bot;
  time until a second client has received and decrypted it.

Prints p50/p95 of both and the ratio of the p95s (target: bot p95 <= 2 x raw p95). A
plain (unencrypted) room's raw delivery is measured too, for reference. Not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import tomli_w

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.dev.client import ChatClient  # noqa: E402
from bot.dev.synapse import SynapseServer  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(name: str, values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (
        f"{name:<28} n={len(ms):<4} p50={percentile(ms, 50):7.1f} ms  "
        f"p95={percentile(ms, 95):7.1f} ms  mean={statistics.fmean(ms):7.1f} ms  "
        f"max={max(ms):7.1f} ms"
    )


async def measure(server: SynapseServer, work: Path, messages: int, warmup: int) -> int:
    names = ("bot", "fatima", "joris", "regisseur")
    passwords = {n: f"bench-{n}" for n in names}
    for name in names:
        server.register_user(name, passwords[name])
    uid = {n: f"@{n}:{server.server_name}" for n in names}
    regisseur = ChatClient(
        server.base_url, uid["regisseur"], passwords["regisseur"], work / "c" / "r"
    )
    fatima = ChatClient(server.base_url, uid["fatima"], passwords["fatima"], work / "c" / "f")
    joris = ChatClient(server.base_url, uid["joris"], passwords["joris"], work / "c" / "j")
    for client in (regisseur, fatima, joris):
        await client.start()
    signal_room = await regisseur.create_room(
        invite=[uid["bot"], uid["fatima"]], power_users={uid["bot"]: 50}
    )
    raw_room = await fatima.create_room(invite=[uid["joris"]], name="zonder bot")
    plain_room = await fatima.create_room(
        invite=[uid["joris"]], name="onversleuteld", encrypted=False
    )
    config = {
        "data_dir": str(work / "bot"),
        "matrix": {
            "homeserver": server.base_url,
            "user_id": uid["bot"],
            "password_env": "BENCH_BOT_PASSWORD",
        },
        "organisations": [{"id": "handhaving", "name": "Handhaving"}],
        "members": {
            uid[n]: {"organisation": "handhaving", "role": "street_worker"}
            for n in ("fatima", "joris", "regisseur")
        },
        "rooms": [{"purpose": "signal", "name": "Signalen", "id": signal_room}],
    }
    config_path = work / "bot.toml"
    config_path.write_text(tomli_w.dumps(config))
    log_path = work / "bot.log"
    bot = subprocess.Popen(  # noqa: ASYNC220 - started once, before anything is timed
        [sys.executable, "-m", "bot.cli", "run", "--config", str(config_path)],
        cwd=ROOT,
        env=dict(os.environ, BENCH_BOT_PASSWORD=passwords["bot"], SIGNAALBOT_LOG_LEVEL="WARNING"),
        stdout=subprocess.DEVNULL,
        stderr=log_path.open("wb"),
    )
    try:
        await fatima.wait_joined(signal_room)
        for room in (raw_room, plain_room):
            await fatima.wait_joined(room)
            await joris.wait_joined(room)
        # Only once the bot has joined (and uploaded its keys) do senders share keys with it.
        await fatima.wait_for(
            lambda: (
                uid["bot"] in fatima.client.rooms[signal_room].users
                and not fatima.client.rooms[signal_room].users[uid["bot"]].invited
            ),
            timeout=60,
            what="the bot to join",
        )
        # Each person reads on their own phone: only the clients being timed keep syncing
        # in this process, so they do not queue behind each other's decryption work.
        await regisseur.stop()
        bot_rtt: list[float] = []
        raw: list[float] = []
        plain: list[float] = []
        for i in range(warmup + messages):
            text = f"Groepje van {i % 9 + 2} jongeren bij de JOP, blowen, meting {i}"
            start = time.monotonic()
            event_id = await fatima.send(signal_room, text)
            [reply] = await fatima.wait_for(
                lambda eid=event_id: fatima.replies_to(eid, uid["bot"]), timeout=60
            )
            rtt = reply.received - start

            start = time.monotonic()
            event_id = await fatima.send(raw_room, text)
            seen = await joris.wait_for(
                lambda eid=event_id: [s for s in joris.seen if s.event_id == eid], timeout=60
            )
            delivery = seen[0].received - start

            start = time.monotonic()
            event_id = await fatima.send(plain_room, text)
            seen = await joris.wait_for(
                lambda eid=event_id: [s for s in joris.seen if s.event_id == eid], timeout=60
            )
            plain_delivery = seen[0].received - start
            if i >= warmup:
                bot_rtt.append(rtt)
                raw.append(delivery)
                plain.append(plain_delivery)
        print(summary("bot reply (E2EE)", bot_rtt))
        print(summary("raw delivery (E2EE)", raw))
        print(summary("raw delivery (unencrypted)", plain))
        ratio = percentile(bot_rtt, 95) / percentile(raw, 95)
        print(f"ratio bot p95 / raw E2EE p95 = {ratio:.2f} (target <= 2.00)")
        ratio50 = percentile(bot_rtt, 50) / percentile(raw, 50)
        print(f"ratio bot p50 / raw E2EE p50 = {ratio50:.2f}")
        return 0
    finally:
        bot.send_signal(signal.SIGTERM)
        bot.wait(timeout=30)
        for client in (fatima, joris):
            await client.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=150)
    parser.add_argument("--warmup", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="signaalbot-bench-") as tmp:
        work = Path(tmp)
        server = SynapseServer(work / "synapse")
        server.start()
        try:
            print(
                f"Synapse {server.base_url}; {args.messages} messages after {args.warmup} warm-up"
            )
            return asyncio.run(measure(server, work, args.messages, args.warmup))
        finally:
            server.stop()


if __name__ == "__main__":
    sys.exit(main())
