"""A scripted Matrix user (a street worker, the regisseur) for the demo, tests and benchmark.

It is a real matrix-nio client with end-to-end encryption: it logs in, accepts invites,
sends messages and records every message it can decrypt, so tests see exactly what a
person in the room would see.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import uuid4

from nio import (
    Api,
    AsyncClient,
    AsyncClientConfig,
    InviteMemberEvent,
    LocalProtocolError,
    LoginResponse,
    MatrixRoom,
    MegolmEvent,
    RedactionEvent,
    RoomCreateResponse,
    RoomMessage,
    RoomSendResponse,
)


@dataclass
class Seen:
    """One message as this client received it."""

    room_id: str
    event_id: str
    sender: str
    msgtype: str
    body: str
    reply_to: str | None
    received: float
    content: dict[str, Any] = field(default_factory=dict)
    redacted: bool = False


class ChatClient:
    def __init__(
        self,
        homeserver: str,
        user_id: str,
        password: str,
        store_dir: Path,
        *,
        device_id: str | None = None,
        auto_join: bool = True,
    ) -> None:
        store_dir.mkdir(parents=True, exist_ok=True)
        self.user_id = user_id
        self.password = password
        self.auto_join = auto_join
        # Unique per user: nio (0.26) never shares room keys with a device whose id equals
        # its own, whoever owns it, so two scripted users on one id could not read each other.
        device_id = device_id or "SCRIPT_" + user_id[1:].split(":", 1)[0].upper()
        self.client = AsyncClient(
            homeserver,
            user_id,
            device_id=device_id,
            store_path=str(store_dir),
            config=AsyncClientConfig(encryption_enabled=True, store_sync_tokens=True),
        )
        self.seen: list[Seen] = []
        self.undecryptable: list[str] = []
        self.invites: list[str] = []
        self._changed = asyncio.Condition()
        self._task: asyncio.Task[None] | None = None
        self.client.add_event_callback(self._on_message, RoomMessage)
        self.client.add_event_callback(self._on_undecryptable, MegolmEvent)
        self.client.add_event_callback(self._on_redaction, RedactionEvent)
        self.client.add_event_callback(self._on_invite, InviteMemberEvent)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _on_message(self, room: MatrixRoom, event: RoomMessage) -> None:
        content = dict(event.source.get("content", {}))
        relates = content.get("m.relates_to") or {}
        reply = (relates.get("m.in_reply_to") or {}).get("event_id")
        self.seen.append(
            Seen(
                room_id=room.room_id,
                event_id=event.event_id,
                sender=event.sender,
                msgtype=str(content.get("msgtype", "")),
                body=str(content.get("body", "")),
                reply_to=reply,
                received=time.monotonic(),
                content=content,
            )
        )
        await self._notify()

    async def _on_undecryptable(self, room: MatrixRoom, event: MegolmEvent) -> None:
        self.undecryptable.append(event.event_id)
        await self._notify()

    async def _on_redaction(self, room: MatrixRoom, event: RedactionEvent) -> None:
        for item in self.seen:
            if item.event_id == event.redacts:
                item.redacted = True
        await self._notify()

    async def _on_invite(self, room: MatrixRoom, event: InviteMemberEvent) -> None:
        if event.state_key == self.user_id and event.membership == "invite":
            self.invites.append(room.room_id)
            if self.auto_join:
                await self.client.join(room.room_id)
            await self._notify()

    async def start(self) -> None:
        response = await self.client.login(self.password, device_name="script")
        if not isinstance(response, LoginResponse):
            raise RuntimeError(f"login failed for {self.user_id}: {response}")
        await self.client.sync(timeout=0, full_state=True)
        if self.client.should_upload_keys:
            await self.client.keys_upload()
        self._task = asyncio.create_task(self.client.sync_forever(timeout=5000, loop_sleep_time=0))

    async def stop(self) -> None:
        if self._task is not None:
            self.client.stop_sync_forever()
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        await self.client.close()

    async def wait_for(
        self, predicate: Callable[[], Any], timeout: float = 20.0, what: str = "condition"
    ) -> Any:
        deadline = time.monotonic() + timeout
        async with self._changed:
            while True:
                result = predicate()
                if result:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"{self.user_id}: timed out waiting for {what}")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), timeout=min(remaining, 0.5))

    async def wait_joined(self, room_id: str, timeout: float = 20.0) -> None:
        async def joined() -> bool:
            return room_id in self.client.rooms and self.user_id in self.client.rooms[room_id].users

        deadline = time.monotonic() + timeout
        while not await joined():
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.user_id} did not join {room_id}")
            if room_id in self.invites or room_id not in self.client.rooms:
                await self.client.join(room_id)
            await asyncio.sleep(0.1)

    async def send(
        self,
        room_id: str,
        body: str,
        *,
        formatted_body: str | None = None,
        reply_to: str | None = None,
        edit_of: str | None = None,
        msgtype: str = "m.text",
        extra: dict[str, Any] | None = None,
    ) -> str:
        content: dict[str, Any] = {"msgtype": msgtype, "body": body}
        if formatted_body is not None:
            content["format"] = "org.matrix.custom.html"
            content["formatted_body"] = formatted_body
        if reply_to is not None:
            content["m.relates_to"] = {"m.in_reply_to": {"event_id": reply_to}}
        if edit_of is not None:
            new_content = dict(content)
            content["body"] = f"* {body}"
            content["m.new_content"] = new_content
            content["m.relates_to"] = {"rel_type": "m.replace", "event_id": edit_of}
        if extra:
            content.update(extra)
        await self.ensure_device_keys(room_id)
        response = await self.client.room_send(
            room_id, "m.room.message", content, ignore_unverified_devices=True
        )
        if not isinstance(response, RoomSendResponse):
            raise RuntimeError(f"{self.user_id} could not send: {response}")
        return str(response.event_id)

    async def create_room(
        self,
        *,
        invite: list[str],
        encrypted: bool = True,
        name: str = "test",
        power_users: dict[str, int] | None = None,
    ) -> str:
        state = []
        if encrypted:
            state.append(
                {
                    "type": "m.room.encryption",
                    "state_key": "",
                    "content": {"algorithm": "m.megolm.v1.aes-sha2"},
                }
            )
        override = {"users": power_users} if power_users else None
        response = await self.client.room_create(
            name=name, invite=invite, initial_state=state, power_level_override=override
        )
        if not isinstance(response, RoomCreateResponse):
            raise RuntimeError(f"could not create room: {response}")
        return str(response.room_id)

    async def ensure_device_keys(self, room_id: str, timeout: float = 3.0) -> None:
        """Know every member's devices before the room key is shared.

        The background sync may be querying keys at the same moment; a message encrypted
        before a new member's devices are known cannot be read by that member.
        """
        client = self.client
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if client.should_query_keys:
                with contextlib.suppress(LocalProtocolError):
                    await client.keys_query()
            room = client.rooms.get(room_id)
            if room is None or not room.encrypted or client.olm is None:
                return
            others = [u for u in room.users if u != self.user_id]
            if all(list(client.device_store.active_user_devices(u)) for u in others):
                return
            await asyncio.sleep(0.05)

    async def send_with_withheld_key(
        self, room_id: str, body: str, withhold_from: str
    ) -> tuple[str, Callable[[], Awaitable[None]]]:
        """Send with a new room key that ``withhold_from`` only gets when ``release()`` runs.

        This reproduces a room key that arrives after its message (a slow or retried
        to-device delivery), to test that such messages are decrypted late, not dropped.
        """
        client = self.client
        assert client.olm is not None
        await self.ensure_device_keys(room_id)
        missing = client.get_missing_sessions(room_id)
        if missing:
            await client.keys_claim(missing)
        held: dict[str, Any] = {"messages": {}}
        users = list(client.rooms[room_id].users)
        for _, to_device in client.olm.share_group_session_parallel(
            room_id, users, ignore_unverified_devices=True
        ):
            withheld = to_device["messages"].pop(withhold_from, None)
            if withheld:
                held["messages"][withhold_from] = withheld
            if to_device["messages"]:
                await self._to_device(to_device)
        client.olm.outbound_group_sessions[room_id].shared = True
        event_id = await self.send(room_id, body)

        async def release() -> None:
            await self._to_device(held)

        return event_id, release

    async def _to_device(self, messages: dict[str, Any]) -> None:
        method, path, data = Api.to_device(
            self.client.access_token, "m.room.encrypted", messages, uuid4()
        )
        response = await self.client.send(method, path, data)
        if response.status != 200:
            raise RuntimeError(f"to-device send failed: {response.status}")

    def messages(self, room_id: str | None = None, sender: str | None = None) -> list[Seen]:
        return [
            s
            for s in self.seen
            if (room_id is None or s.room_id == room_id) and (sender is None or s.sender == sender)
        ]

    def replies_to(self, event_id: str, sender: str | None = None) -> list[Seen]:
        return [
            s
            for s in self.seen
            if s.reply_to == event_id and (sender is None or s.sender == sender)
        ]
