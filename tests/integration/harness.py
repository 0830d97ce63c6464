"""Per-test Matrix worlds: fresh users, an encrypted signal room, the bot in-process."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.app import App, build_app
from bot.dev.client import ChatClient
from bot.dev.synapse import SynapseServer
from bot.matrix.adapter import MatrixAdapter
from config.loader import parse_settings
from config.models import Settings


@dataclass
class World:
    synapse: SynapseServer
    tmp: Path
    suffix: str
    passwords: dict[str, str]
    clients: dict[str, ChatClient] = field(default_factory=dict)
    signal_room: str = ""
    regie_room: str = ""
    settings: Settings | None = None
    app: App | None = None
    adapter: MatrixAdapter | None = None
    stop: asyncio.Event | None = None
    task: asyncio.Task[None] | None = None

    def uid(self, name: str) -> str:
        return f"@{name}_{self.suffix}:{self.synapse.server_name}"

    @property
    def bot_id(self) -> str:
        return self.uid("bot")

    async def client(self, name: str) -> ChatClient:
        if name not in self.clients:
            client = ChatClient(
                self.synapse.base_url,
                self.uid(name),
                self.passwords[name],
                self.tmp / "clients" / name,
            )
            await client.start()
            self.clients[name] = client
        return self.clients[name]

    def config(self, **overrides: Any) -> dict[str, Any]:
        raw: dict[str, Any] = {
            "data_dir": str(self.tmp / "bot"),
            "matrix": {
                "homeserver": self.synapse.base_url,
                "user_id": self.bot_id,
                "password_env": f"BOT_PW_{self.suffix}",
                "sync_timeout_ms": 5000,
            },
            "organisations": [
                {"id": "handhaving", "name": "Handhaving"},
                {"id": "jongerenwerk", "name": "Jongerenwerk"},
                {"id": "gemeente", "name": "Gemeente"},
            ],
            "members": {
                self.uid("fatima"): {"organisation": "handhaving", "role": "street_worker"},
                self.uid("joris"): {"organisation": "jongerenwerk", "role": "street_worker"},
                self.uid("regisseur"): {"organisation": "gemeente", "role": "regisseur"},
            },
            "rooms": [
                {"purpose": "signal", "name": "Signalen", "id": self.signal_room},
                {"purpose": "regisseur", "name": "Regie", "id": self.regie_room},
            ],
        }
        raw.update(overrides)
        return raw

    async def start_bot(self, **overrides: Any) -> MatrixAdapter:
        self.settings = parse_settings(self.config(**overrides), self.tmp / "bot.toml")
        self.app = build_app(self.settings)
        self.adapter = MatrixAdapter(self.settings, self.app.ctx, self.app.dispatcher)
        self.stop = asyncio.Event()
        await self.adapter.start()
        self.task = asyncio.create_task(self.adapter.run(self.stop))
        await asyncio.wait_for(self.adapter.ready.wait(), timeout=30)
        return self.adapter

    async def stop_bot(self) -> None:
        if self.task is not None and self.stop is not None:
            self.stop.set()
            await asyncio.wait_for(self.task, timeout=30)
            self.task = None
        if self.adapter is not None:
            await self.adapter.close()
            self.adapter = None
        if self.app is not None:
            self.app.db.close()

    async def close(self) -> None:
        await self.stop_bot()
        for client in self.clients.values():
            await client.stop()

    async def wait_member(self, room_id: str, user_id: str, timeout: float = 20.0) -> None:
        """Wait until ``user_id`` has joined, as seen by the regisseur's client."""
        observer = await self.client("regisseur")
        await observer.wait_for(
            lambda: (
                room_id in observer.client.rooms
                and user_id in observer.client.rooms[room_id].users
                and not observer.client.rooms[room_id].users[user_id].invited
            ),
            timeout=timeout,
            what=f"{user_id} to join",
        )


async def make_world(synapse: SynapseServer, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    """Users, the regisseur's encrypted rooms (bot invited, power 50), street workers in."""
    suffix = uuid.uuid4().hex[:8]
    names = ("bot", "fatima", "joris", "regisseur", "stranger")
    passwords = {name: f"pw-{name}-{suffix}" for name in names}
    for name in names:
        synapse.register_user(f"{name}_{suffix}", passwords[name])
    world = World(synapse=synapse, tmp=tmp, suffix=suffix, passwords=passwords)
    monkeypatch.setenv(f"BOT_PW_{suffix}", passwords["bot"])
    regisseur = await world.client("regisseur")
    world.signal_room = await regisseur.create_room(
        invite=[world.bot_id, world.uid("fatima"), world.uid("joris")],
        name="Signalen",
        power_users={world.bot_id: 50},
    )
    world.regie_room = await regisseur.create_room(
        invite=[world.bot_id], name="Regie", power_users={world.bot_id: 50}
    )
    for name in ("fatima", "joris"):
        client = await world.client(name)
        await client.wait_joined(world.signal_room)
    return world
