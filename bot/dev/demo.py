"""`make demo` / `signaalbot demo`: the whole system on one machine, in about a minute.

A local Synapse (SQLite, 127.0.0.1 only), demo accounts, an end-to-end encrypted signal
room made by `setup-rooms`, the bot as its own process, and scripted street workers who
post signals through real Matrix clients. Everything typed below is invented.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bot.dev.client import ChatClient, Seen
from bot.dev.synapse import SynapseServer, free_port

SERVER = "localhost"


@dataclass(frozen=True)
class DemoUser:
    localpart: str
    display: str
    organisation: str
    role: str

    @property
    def user_id(self) -> str:
        return f"@{self.localpart}:{SERVER}"


BOT = "signaalbot"
USERS = (
    DemoUser("regisseur", "Regisseur (gemeente)", "gemeente", "regisseur"),
    DemoUser("fatima", "Fatima (Handhaving)", "handhaving", "street_worker"),
    DemoUser("joris", "Joris (Jongerenwerk)", "jongerenwerk", "street_worker"),
)
SIGNAL_ROOM = f"#signalen:{SERVER}"
REGIE_ROOM = f"#regie:{SERVER}"

# (who, text, replying to) — invented street signals. The third carries a name and a phone
# number; the fourth names no place, so the bot asks and the answer is a reply to the bot;
# the fifth corrects a signal by replying to it.
BOT_REPLY = "bot"  # reply to the bot's answer to this person's previous message
OWN = "own"  # reply to this person's previous message
SCRIPT: tuple[tuple[str, str, str | None], ...] = (
    (
        "fatima",
        "Groepje van 8 jongeren bij de JOP Wilhelminapark, blowen en harde muziek, 22.30u",
        None,
    ),
    (
        "joris",
        "Weer overlast bij winkelcentrum Zuidplein: ong. 12 jongens 13-14 jr, "
        "intimideren personeel bij de ingang",
        None,
    ),
    (
        "fatima",
        "Jeroen van de scooterclub stond er weer bij, bel hem op 06-41234567 als het "
        "escaleert. Groep van 5 bij het Stationsplein.",
        None,
    ),
    ("fatima", "Nu een stuk of 6 jongens met lachgas en harde muziek", None),
    ("fatima", "bij het Stationsplein", BOT_REPLY),
    (
        "joris",
        "Net een jongen met een mes gezien bij het Stationsplein, groep van 6, ong 16 jr",
        None,
    ),
    ("joris", "!status", None),
    # The overview on demand (a chart follows as an encrypted image).
    ("fatima", "!briefing", None),
)
# The regisseur's answer to the bot's prompt about the knife.
DECISION = (
    "Naar stap 2: tweede melding van een wapen deze maand\n"
    "melding: We gaan hier samen extra op letten."
)


def demo_config(homeserver: str, data_dir: Path) -> str:
    members = "\n".join(
        f'[members."{u.user_id}"]\norganisation = "{u.organisation}"\nrole = "{u.role}"\n'
        for u in USERS
    )
    return f"""# Written by `signaalbot demo`.
timezone = "Europe/Amsterdam"
data_dir = "{data_dir.as_posix()}"

[matrix]
homeserver = "{homeserver}"
user_id = "@{BOT}:{SERVER}"
device_id = "SIGNAALBOT"
password_env = "SIGNAALBOT_MATRIX_PASSWORD"
sync_timeout_ms = 10000

[[organisations]]
id = "handhaving"
name = "Handhaving"

[[organisations]]
id = "jongerenwerk"
name = "Jongerenwerk"

[[organisations]]
id = "gemeente"
name = "Gemeente (OOV)"

{members}
[[rooms]]
purpose = "signal"
name = "Signalen (demo)"
alias = "{SIGNAL_ROOM}"
topic = "Demo: signalen over groepen jongeren. Alleen groepsinformatie."

[[rooms]]
purpose = "regisseur"
name = "Regie (demo)"
alias = "{REGIE_ROOM}"

[hotspots]
# The demo does not wait 15 minutes for more reports before prompting the regisseur.
hold_minutes = 0

[[locations]]
name = "JOP Wilhelminapark"
aliases = ["jop wilhelminapark", "wilhelminapark"]

[[locations]]
name = "Winkelcentrum Zuidplein"
aliases = ["zuidplein"]

[[locations]]
name = "Stationsplein"
"""


def _say(text: str = "") -> None:
    print(text, flush=True)


def _wait_for_log(
    path: Path, needle: str, process: subprocess.Popen[bytes], timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the bot stopped during start-up; see {path}")
        if path.exists() and needle in path.read_text(errors="replace"):
            return
        time.sleep(0.1)
    raise RuntimeError(f"the bot did not become ready within {timeout:.0f} s; see {path}")


def _pick_port() -> int:
    import socket

    with socket.socket() as sock:
        # Like the homeserver's own listener: a port in TIME_WAIT from a previous run is fine.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", 8008))
            return 8008
        except OSError:
            return free_port()


def _describe(item: Seen, names: dict[str, str]) -> str:
    who = names.get(item.sender, item.sender)
    if item.redacted:
        return f"  {who}: (bericht verwijderd)"
    body = item.body.replace("\n", "\n      ")
    if item.msgtype in {"m.image", "m.file"}:
        body = f"📎 {body} (versleutelde bijlage)"
    return f"  {who}: {body}"


async def _regisseur_decides(regisseur: ChatClient, bot_id: str) -> None:
    """The prompt about the knife reaches the regisseur's private room; she decides."""
    resolved = await regisseur.client.room_resolve_alias(REGIE_ROOM)
    regie_room = str(resolved.room_id)
    await regisseur.wait_joined(regie_room)

    def prompted() -> list[Seen]:
        return [s for s in regisseur.messages(regie_room, bot_id) if "Ernstig" in s.body]

    [prompt] = await regisseur.wait_for(prompted, timeout=60, what="the prompt")
    _say("In de eigen room van de regisseur:")
    _say("  ← signaalbot: " + prompt.body.replace("\n", "\n    "))
    _say("→ Regisseur antwoordt: " + DECISION.replace("\n", " / "))
    answer = await regisseur.send(regie_room, DECISION, reply_to=prompt.event_id)

    def recorded() -> list[Seen]:
        return regisseur.replies_to(answer, sender=bot_id)

    for item in await regisseur.wait_for(recorded, timeout=30, what="the decision"):
        _say("  ← signaalbot: " + item.body)
    _say()
    _say("→ Regisseur vraagt een rapport voor de driehoek: !rapport")
    ask = await regisseur.send(regie_room, "!rapport")
    [summary] = await regisseur.wait_for(
        lambda: regisseur.replies_to(ask, sender=bot_id), timeout=30, what="the report"
    )
    _say("  ← signaalbot: " + summary.body.replace("\n", "\n    "))

    def files() -> list[Seen]:
        return [s for s in regisseur.messages(regie_room, bot_id) if s.msgtype == "m.file"]

    for item in await regisseur.wait_for(
        lambda: files() if len(files()) >= 2 else [], timeout=30, what="the report files"
    ):
        _say(f"  ← signaalbot: 📎 {item.body} (versleutelde bijlage)")
    _say()


async def _script(
    homeserver: str, workdir: Path, passwords: dict[str, str], signal_room_id: str
) -> dict[str, ChatClient]:
    clients: dict[str, ChatClient] = {}
    for user in USERS:
        client = ChatClient(
            homeserver,
            user.user_id,
            passwords[user.localpart],
            workdir / "clients" / user.localpart,
        )
        await client.start()
        await client.wait_joined(signal_room_id)
        clients[user.localpart] = client
    bot_id = f"@{BOT}:{SERVER}"
    names = {u.user_id: u.display for u in USERS} | {bot_id: "signaalbot"}
    last_sent: dict[str, str] = {}
    last_answer: dict[str, str] = {}
    for who, text, replying in SCRIPT:
        sender = clients[who]
        display = names[sender.user_id]
        target = {BOT_REPLY: last_answer.get(who), OWN: last_sent.get(who), None: None}[replying]
        how = " (als antwoord)" if target else ""
        _say(f"→ {display} stuurt{how}: {text}")
        event_id = await sender.send(signal_room_id, text, reply_to=target)
        last_sent[who] = event_id

        def answered(eid: str = event_id, who: ChatClient = sender) -> list[Seen]:
            return who.replies_to(eid, sender=bot_id)

        reply = await sender.wait_for(
            answered,
            timeout=30,
            what="the bot's reply",
        )
        for item in reply:
            body = item.body.replace("\n", "\n    ")
            _say(f"  ← signaalbot: {body}")
            last_answer[who] = item.event_id
        _say()
    await _regisseur_decides(clients["regisseur"], bot_id)
    # Give redactions a moment to reach everyone.
    await asyncio.sleep(1.0)
    previous: list[str] | None = None
    for user in USERS:
        client = clients[user.localpart]
        view = [_describe(item, names) for item in client.messages(signal_room_id)]
        unreadable = len(client.undecryptable)
        if view == previous and not unreadable:
            _say(f"{user.display} zag precies hetzelfde ({len(view)} berichten, alle ontsleuteld).")
            continue
        if unreadable:
            _say(f"Let op: {user.display} kon {unreadable} bericht(en) niet ontsleutelen.")
        _say(f"Wat {user.display} in de signaalroom zag:")
        for line in view:
            _say(line)
        _say()
        previous = view
    _say()
    return clients


def _stored_signals(config_path: Path) -> list[str]:
    from config.loader import load_settings
    from storage.db import Database
    from storage.signals import all_signals

    settings = load_settings(config_path)
    db = Database(settings.database_url)
    try:
        with db.transaction() as session:
            rows = all_signals(session)
            zone = settings.zone
            return [
                f"  #{s.id} {s.received_at.astimezone(zone):%H:%M:%S} {s.organisation:<13} "
                f"{s.verdict:<9} {', '.join(s.finding_types) or '-':<10} {s.text or '(niets)'}"
                for s in rows
            ]
    finally:
        db.close()


def run_demo(workdir: Path, *, live: bool = False) -> int:
    # The scripted clients' library logs every key exchange; keep the demo readable.
    logging.getLogger("nio").setLevel(logging.ERROR)
    workdir = workdir.resolve()
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    server = SynapseServer(workdir / "synapse", port=_pick_port(), server_name=SERVER)
    _say(f"▶ Synapse starten op {server.base_url} (SQLite, alleen 127.0.0.1) …")
    server.start()
    bot_process: subprocess.Popen[bytes] | None = None
    try:
        passwords = {u.localpart: f"demo-{u.localpart}-{secrets.token_hex(3)}" for u in USERS}
        passwords[BOT] = secrets.token_urlsafe(16)
        for localpart, password in passwords.items():
            server.register_user(localpart, password)
        _say("▶ Accounts: " + ", ".join(f"@{lp}:{SERVER}" for lp in passwords))
        config_path = workdir / "signaalbot.toml"
        config_path.write_text(demo_config(server.base_url, workdir / "data"))
        env = dict(os.environ, SIGNAALBOT_MATRIX_PASSWORD=passwords[BOT])
        _say("▶ signaalbot setup-rooms: versleutelde, besloten rooms maken …")
        setup = subprocess.run(
            [sys.executable, "-m", "bot.cli", "setup-rooms", "--config", str(config_path)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        _say("  " + setup.stdout.strip().replace("\n", "\n  "))
        if setup.returncode != 0:
            _say(setup.stderr)
            return 1
        log_path = workdir / "bot.log"
        _say(f"▶ signaalbot run (log: {log_path}) …")
        bot_process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run", "--config", str(config_path)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log_path.open("wb"),
        )
        _wait_for_log(log_path, "bot_ready", bot_process, timeout=60)
        signal_room_id = _resolve(server, SIGNAL_ROOM)
        _say("▶ Straatwerkers sturen signalen (end-to-end versleuteld):\n")
        asyncio.run(_run_script(server.base_url, workdir, passwords, signal_room_id))
        _say("Opgeslagen signalen (alleen geschoonde tekst):")
        for line in _stored_signals(config_path):
            _say(line)
        _say()
        if live:
            _say("▶ Demo blijft draaien. Log in met Element of een andere Matrix-client:")
            _say(f"  homeserver: {server.base_url}")
            for user in USERS:
                _say(f"  {user.user_id:<24} wachtwoord: {passwords[user.localpart]}")
            _say("  Stoppen: Ctrl-C")
            try:
                while bot_process.poll() is None:
                    time.sleep(1)
            except KeyboardInterrupt:
                pass
        _say("▶ Klaar. Bot en homeserver worden gestopt.")
        return 0
    finally:
        if bot_process is not None and bot_process.poll() is None:
            bot_process.send_signal(signal.SIGTERM)
            try:
                bot_process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                bot_process.kill()
        server.stop()


async def _run_script(
    homeserver: str, workdir: Path, passwords: dict[str, str], signal_room_id: str
) -> None:
    clients = await _script(homeserver, workdir, passwords, signal_room_id)
    for client in clients.values():
        await client.stop()


def _resolve(server: SynapseServer, alias: str) -> str:
    import json
    import urllib.parse
    import urllib.request

    quoted = urllib.parse.quote(alias)
    with urllib.request.urlopen(
        urllib.request.Request(
            f"{server.base_url}/_matrix/client/v3/directory/room/{quoted}",
        ),
        timeout=10,
    ) as response:
        return str(json.loads(response.read())["room_id"])
