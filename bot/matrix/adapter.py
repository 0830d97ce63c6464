"""The Matrix adapter: translates events for the core and carries out its actions.

Delivery guarantees (why this does not use nio's ``sync_forever``): nio stores the sync
token before event callbacks run, so a bot killed mid-handler would skip that event.
Here the token lives in our database and is written only after every event of a batch
was dispatched, its actions performed and the event marked handled. After a crash the
same batch is fetched again; events already marked handled are skipped and intake is
idempotent by event id, so no signal is lost or stored twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import html
import io
import random
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

import aiohttp
from nio import (
    AsyncClient,
    ErrorResponse,
    ForwardedRoomKeyEvent,
    InviteAliasEvent,
    InviteMemberEvent,
    LocalProtocolError,
    MegolmEvent,
    MessageDirection,
    RoomCreateResponse,
    RoomGetEventResponse,
    RoomKeyEvent,
    RoomMessagesResponse,
    RoomPreset,
    RoomResolveAliasResponse,
    SyncError,
    SyncResponse,
    UploadResponse,
)

from bot.matrix.rooms import ENCRYPTION, can_redact, is_encrypted, room_state
from bot.matrix.session import LoginFailed, login, make_client
from bot.matrix.translate import to_incoming
from config.models import Settings
from handlers.context import Context
from handlers.dispatch import Dispatcher
from handlers.invites import decide_invite
from handlers.log import get_logger, safe_error
from handlers.room_checks import check_room
from handlers.types import (
    Action,
    IncomingMessage,
    Outcome,
    Redact,
    SendDirect,
    SendFile,
    SendMessage,
)
from storage import decryption, direct
from storage import sync as sync_store

log = get_logger("signaalbot.matrix")

SYNC_FILTER: dict[str, Any] = {
    "room": {"timeline": {"limit": 50}, "state": {"lazy_load_members": False}},
    "presence": {"not_types": ["*"]},
}
MAX_GAP_PAGES = 50
PENDING_RETRY_SECONDS = 60.0
# How often the hotspot engine looks at new signals and its timers.
TICK = timedelta(seconds=30)
REDACT_FAILED = (
    "Ik kon een bericht met persoonsgegevens niet verwijderen (ik heb daar de rechten niet "
    "voor). Verwijder het zelf, of geef mij moderatorrechten (machtsniveau 50)."
)


class MatrixUnavailable(RuntimeError):
    """The homeserver could not be reached or answered with a temporary error."""


_TRANSIENT = (MatrixUnavailable, aiohttp.ClientError, TimeoutError, OSError)


@dataclass
class Backoff:
    """Exponential backoff with jitter: 1, 2, 4 ... 60 seconds."""

    base: float = 1.0
    cap: float = 60.0
    attempt: int = 0

    def next(self) -> float:
        delay: float = min(self.cap, self.base * 2.0**self.attempt)
        self.attempt += 1
        return delay * random.uniform(0.8, 1.2)

    def reset(self) -> None:
        self.attempt = 0


@dataclass
class _Deferred:
    room_id: str
    text: str = field(repr=False)
    origin: str | None = None
    tries: int = 0


def _tx_id(origin: str, index: int) -> str:
    return "sb" + hashlib.sha256(f"{origin}:{index}".encode()).hexdigest()[:32]


def _transient(response: ErrorResponse) -> bool:
    transport = getattr(response, "transport_response", None)
    status = getattr(transport, "status", None)
    if response.status_code == "M_LIMIT_EXCEEDED":
        return True
    return status is None or int(status) >= 500


class MatrixAdapter:
    def __init__(
        self,
        settings: Settings,
        ctx: Context,
        dispatcher: Dispatcher,
        client: AsyncClient | None = None,
    ) -> None:
        self.settings = settings
        self.ctx = ctx
        self.dispatcher = dispatcher
        self.client = client or make_client(settings, encryption=True)
        self.user_id = settings.matrix.user_id
        self._checked_rooms: set[str] = set()
        self._direct_rooms: set[str] = set()
        self._deferred: list[_Deferred] = []
        self._first_sync = True
        self._last_pending_retry = 0.0
        self._last_tick: datetime | None = None
        # Handling a sync batch and sending scheduled overviews never interleave.
        self._busy = asyncio.Lock()
        self.ready = asyncio.Event()

    # -- Start-up ------------------------------------------------------------------------

    async def start(self) -> None:
        await login(self.client, self.settings)
        if self.client.should_upload_keys:
            await self.client.keys_upload()
        await self.resolve_rooms()
        with self.ctx.db.transaction() as session:
            self._direct_rooms = direct.direct_room_ids(session)
        log.info(
            "matrix_started",
            user_id=self.user_id,
            device_id=self.client.device_id,
            rooms=len(self.ctx.rooms.by_id),
        )

    async def resolve_rooms(self) -> None:
        for room in self.settings.rooms:
            if room.id is not None:
                self.ctx.rooms.add(room.id, room)
                continue
            assert room.alias is not None
            resolved = await self.client.room_resolve_alias(room.alias)
            if isinstance(resolved, RoomResolveAliasResponse):
                self.ctx.rooms.add(resolved.room_id, room)
            else:
                log.warning(
                    "room_alias_unresolved",
                    alias=room.alias,
                    hint="run `signaalbot setup-rooms` or fix rooms.alias in the config",
                )

    # -- The loop ------------------------------------------------------------------------

    async def run(self, stop: asyncio.Event) -> None:
        """Sync until ``stop`` is set; reconnect with backoff when the server is away."""
        backoff = Backoff()
        while not stop.is_set():
            task = asyncio.ensure_future(self.sync_once())
            stopper = asyncio.ensure_future(stop.wait())
            done, _ = await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if task not in done:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
                break
            stopper.cancel()
            try:
                task.result()
                backoff.reset()
            except LoginFailed:
                raise
            except Exception as exc:
                delay = backoff.next()
                event = (
                    "homeserver_unreachable" if isinstance(exc, _TRANSIENT) else "sync_loop_error"
                )
                log.warning(event, retry_in_s=round(delay, 1), **safe_error(exc))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=delay)

    def _token(self) -> str | None:
        with self.ctx.db.transaction() as session:
            return sync_store.load_token(session, self.user_id)

    def _save_token(self, token: str) -> None:
        with self.ctx.db.transaction() as session:
            sync_store.save_token(session, self.user_id, token, self.ctx.now())

    async def sync_once(self) -> None:
        since = self._token()
        # nio ignores a response whose next_batch equals its own; after a failed batch we
        # fetch the same batch again, so make nio forget it saw it.
        self.client.next_batch = since or ""
        response = await self.client.sync(
            timeout=0 if self._first_sync else self.settings.matrix.sync_timeout_ms,
            sync_filter=SYNC_FILTER,
            since=since,
            # Once per process: nio keeps room state in memory only.
            full_state=self._first_sync,
        )
        if isinstance(response, SyncError):
            if response.status_code in {"M_UNKNOWN_TOKEN", "M_MISSING_TOKEN"}:
                raise LoginFailed(
                    "The homeserver no longer accepts the bot's access token. Fix: delete "
                    f"{self.settings.data_dir / 'credentials.json'} and start again with the "
                    f"password in ${self.settings.matrix.password_env}."
                )
            raise MatrixUnavailable(f"sync failed: {response.status_code}")
        assert isinstance(response, SyncResponse)
        async with self._busy:
            await self._handle_sync(response, since)

    async def _handle_sync(self, response: SyncResponse, since: str | None) -> None:
        await self._crypto_housekeeping()
        if self._first_sync:
            await self._flush_outbox()
        await self._handle_invites(response)
        for room_id in response.rooms.leave:
            if self.ctx.rooms.get(room_id) is not None:
                log.warning("removed_from_configured_room", room_id=room_id)
        for room_id, info in response.rooms.join.items():
            await self._check_room_once(room_id)
            events = list(info.timeline.events)
            if info.timeline.limited and since:
                events = await self._fill_gap(room_id, info.timeline.prev_batch, since) + events
            for event in events:
                await self._handle_event(room_id, event)
        keys_arrived = any(
            isinstance(e, RoomKeyEvent | ForwardedRoomKeyEvent) for e in response.to_device_events
        )
        await self._retry_pending(force=keys_arrived)
        # New signals are counted at once (a severe one may need to go out right away).
        await self._tick(force=any(info.timeline.events for info in response.rooms.join.values()))
        await self._flush_outbox()
        await self._flush_deferred()
        self._save_token(response.next_batch)
        if self._first_sync:
            self._first_sync = False
            self.ready.set()
            log.info("bot_ready", user_id=self.user_id)

    async def _crypto_housekeeping(self) -> None:
        client = self.client
        if client.should_upload_keys:
            await client.keys_upload()
        if client.should_query_keys:
            await client.keys_query()
        if client.should_claim_keys:
            await client.keys_claim(client.get_users_for_key_claiming())
        await client.send_to_device_messages()

    async def _fill_gap(self, room_id: str, prev_batch: str | None, since: str) -> list[Any]:
        """Events the limited timeline left out, between our token and the batch, in order."""
        collected: list[Any] = []
        start = prev_batch
        for _ in range(MAX_GAP_PAGES):
            if not start:
                break
            page = await self.client.room_messages(
                room_id, start=start, end=since, direction=MessageDirection.back, limit=100
            )
            if not isinstance(page, RoomMessagesResponse):
                raise MatrixUnavailable("could not page back through a gap in the timeline")
            collected.extend(page.chunk)
            if not page.chunk or not page.end or page.end == start:
                break
            start = page.end
        log.info("timeline_gap_filled", room_id=room_id, events=len(collected))
        return list(reversed(collected))

    # -- Events --------------------------------------------------------------------------

    async def _handle_event(self, room_id: str, event: Any) -> None:
        if isinstance(event, MegolmEvent):
            await self._defer_decryption(room_id, event)
            return
        source = getattr(event, "source", None)
        if not isinstance(source, dict) or source.get("type") == "m.room.encrypted":
            return
        self._note_unknown_device(event)
        room = self.client.rooms.get(room_id)
        msg = to_incoming(
            source,
            room_id,
            room_encrypted=bool(room and room.encrypted),
            is_direct=room_id in self._direct_rooms,
        )
        if msg is not None:
            await self.process(msg)

    def _note_unknown_device(self, event: Any) -> None:
        """A message decrypted from a device we hold no keys for (a new phone, or one
        that joined while the homeserver was away and its device-list update was
        lost): query the sender's devices before the reply is encrypted, or that
        device cannot read the bot's answer."""
        olm = self.client.olm
        sender_key = getattr(event, "sender_key", None)
        if olm is None or not getattr(event, "decrypted", False) or not sender_key:
            return
        if self.client.device_store.device_from_sender_key(event.sender, sender_key) is None:
            olm.add_changed_users({event.sender})

    async def process(self, msg: IncomingMessage) -> None:
        outcome = self.dispatcher.dispatch(msg)
        if outcome is not None:
            await self._carry_out(msg.event_id, msg.room_id, outcome)

    async def _carry_out(self, event_id: str, room_id: str, outcome: Outcome) -> None:
        try:
            await self.perform(outcome.actions, origin=event_id)
        except _TRANSIENT:
            raise  # retried with the batch; the actions stay in the outbox
        except Exception as exc:
            # A permanent failure must not block every later signal behind this one.
            log.error("actions_failed", event_id=event_id, room_id=room_id, **safe_error(exc))
            outcome = replace(outcome, label=f"actions_failed:{type(exc).__name__}")
        self.dispatcher.complete_event(event_id, room_id, outcome)

    async def _flush_outbox(self, *, synced_rooms_only: bool = False) -> None:
        """Carry out what is still in the outbox: work a crash interrupted, and prompts the
        hotspot service decided on (needs room state, so only after a sync)."""
        for item in self.dispatcher.unfinished():
            if synced_rooms_only and item.room_id not in self.client.rooms:
                continue  # nio cannot encrypt for it yet: the next sync sends it
            log.info("carrying_out_outbox", event_id=item.event_id, room_id=item.room_id)
            await self._carry_out(item.event_id, item.room_id, item.outcome)

    async def send_pending(self) -> None:
        """Send what waits in the outbox now (a scheduled overview), between sync batches."""
        if not self.ready.is_set():
            return  # the first sync sends it
        async with self._busy:
            await self._flush_outbox(synced_rooms_only=True)

    async def _tick(self, *, force: bool = False) -> None:
        """Let the hotspot service look at new signals and timers (hold, reminders)."""
        service = self.ctx.hotspots
        now = self.ctx.now()
        if service is None or (not force and self._last_tick and now - self._last_tick < TICK):
            return
        self._last_tick = now
        try:
            service.tick(now)
        except Exception as exc:
            # Counting must never stop intake; the next tick tries again.
            log.error("hotspot_tick_failed", **safe_error(exc))

    async def _defer_decryption(self, room_id: str, event: MegolmEvent) -> None:
        with self.ctx.db.transaction() as session:
            new = decryption.add_pending(
                session,
                event_id=event.event_id,
                room_id=room_id,
                session_id=event.session_id,
                sender=event.sender,
                at=self.ctx.now(),
            )
        if new:
            log.warning(
                "undecryptable_event",
                event_id=event.event_id,
                room_id=room_id,
                session_id=event.session_id,
            )
        try:
            event.room_id = room_id
            await self.client.request_room_key(event)
        except LocalProtocolError:
            pass  # already requested for this session

    async def _retry_pending(self, *, force: bool) -> None:
        now = time.monotonic()
        if not force and now - self._last_pending_retry < PENDING_RETRY_SECONDS:
            return
        self._last_pending_retry = now
        with self.ctx.db.transaction() as session:
            waiting = [(p.event_id, p.room_id) for p in decryption.pending(session)]
        for event_id, room_id in waiting:
            response = await self.client.room_get_event(room_id, event_id)
            if not isinstance(response, RoomGetEventResponse):
                if getattr(response, "status_code", None) in {"M_NOT_FOUND", "M_FORBIDDEN"}:
                    # Gone (or we left the room): nothing left to decrypt.
                    with self.ctx.db.transaction() as session:
                        decryption.remove_pending(session, event_id)
                continue
            if isinstance(response.event, MegolmEvent):
                with self.ctx.db.transaction() as session:
                    decryption.bump_attempts(session, event_id)
                continue
            log.info("event_decrypted_late", event_id=event_id, room_id=room_id)
            await self._handle_event(room_id, response.event)
            with self.ctx.db.transaction() as session:
                decryption.remove_pending(session, event_id)

    async def _handle_invites(self, response: SyncResponse) -> None:
        for room_id, info in response.rooms.invite.items():
            inviter: str | None = None
            is_direct = False
            aliases: list[str] = []
            for event in info.invite_state:
                if (
                    isinstance(event, InviteMemberEvent)
                    and event.state_key == self.user_id
                    and event.membership == "invite"
                ):
                    inviter = event.sender
                    is_direct = bool(event.content.get("is_direct"))
                elif isinstance(event, InviteAliasEvent) and event.canonical_alias:
                    aliases.append(event.canonical_alias)
            if inviter is None:
                continue
            decision = decide_invite(
                room_id, inviter, is_direct=is_direct, aliases=aliases, ctx=self.ctx
            )
            if decision.accept:
                await self.client.join(room_id)
                if decision.direct:
                    self._remember_direct(inviter, room_id)
            else:
                await self.client.room_leave(room_id)
            await self.perform(decision.actions)

    async def _check_room_once(self, room_id: str) -> None:
        if room_id in self._checked_rooms or self.ctx.rooms.get(room_id) is None:
            return
        state = await room_state(self.client, room_id)
        if state is None:
            return
        self._checked_rooms.add(room_id)
        actions = check_room(
            room_id,
            encrypted=is_encrypted(state),
            can_redact=can_redact(state, self.user_id),
            ctx=self.ctx,
        )
        await self.perform(actions)

    # -- Actions -------------------------------------------------------------------------

    async def perform(self, actions: Iterable[Action], origin: str | None = None) -> None:
        """Carry out actions. With ``origin`` (the event they answer) the transaction ids are
        derived from it, so when a crash makes us perform them again the homeserver
        recognises the repeat and does not post a second reply."""
        for index, action in enumerate(actions):
            tx_id = _tx_id(origin, index) if origin else None
            if isinstance(action, Redact):
                await self._redact(action, tx_id)
            elif isinstance(action, SendMessage):
                sent = await self._send(action, tx_id)
                if sent is not None and origin is not None:
                    self.dispatcher.record_sent(origin, action.room_id, sent)
            elif isinstance(action, SendDirect):
                sent = await self._send_direct(action, tx_id, origin)
                if sent is not None and origin is not None:
                    self.dispatcher.record_sent(origin, "", sent)
            elif isinstance(action, SendFile):
                await self._send_file(action, tx_id)

    def _check(self, response: Any, what: str, room_id: str) -> bool:
        if not isinstance(response, ErrorResponse):
            return True
        if _transient(response):
            raise MatrixUnavailable(f"{what} failed: {response.status_code}")
        log.error(
            "matrix_action_failed", action=what, room_id=room_id, errcode=response.status_code
        )
        return False

    async def _redact(self, action: Redact, tx_id: str | None = None) -> None:
        response = await self.client.room_redact(
            action.room_id, action.event_id, action.reason, tx_id=tx_id
        )
        if not self._check(response, "redact", action.room_id):
            await self._send(SendMessage(action.room_id, REDACT_FAILED, reply_to=action.event_id))

    async def _send(self, action: SendMessage, tx_id: str | None = None) -> str | None:
        """Send a message; its event id, or None when it could not be sent for good."""
        content: dict[str, Any] = {
            "msgtype": "m.notice" if action.notice else "m.text",
            "body": action.text,
            # Nobody is pinged by the bot's notices.
            "m.mentions": {},
        }
        content["format"] = "org.matrix.custom.html"
        content["formatted_body"] = action.html or html.escape(action.text).replace("\n", "<br>")
        if action.reply_to:
            # No reply fallback: it would quote the original, personal data included.
            content["m.relates_to"] = {"m.in_reply_to": {"event_id": action.reply_to}}
        return await self._room_send(action.room_id, content, tx_id, "send")

    async def _room_send(
        self, room_id: str, content: dict[str, Any], tx_id: str | None, what: str
    ) -> str | None:
        """Post a message event; its event id, or None when it could not be sent for good."""
        if self.client.should_query_keys:
            # Know every member's devices before sharing the room key.
            await self.client.keys_query()
        try:
            response = await self.client.room_send(
                room_id, "m.room.message", content, tx_id=tx_id, ignore_unverified_devices=True
            )
        except LocalProtocolError as exc:
            log.error("matrix_send_refused", room_id=room_id, **safe_error(exc))
            return None
        if not self._check(response, what, room_id):
            return None
        return str(response.event_id)

    async def _send_file(self, action: SendFile, tx_id: str | None = None) -> str | None:
        """Upload a file and post it; in an encrypted room the file is encrypted first
        (clients expect an ``EncryptedFile`` under ``file`` there, not a plain ``url``)."""
        room = self.client.rooms.get(action.room_id)
        encrypt = bool(room and room.encrypted)
        upload, keys = await self.client.upload(
            lambda *_: io.BytesIO(action.data),
            content_type=action.mimetype,
            filename=action.filename,
            encrypt=encrypt,
            filesize=len(action.data),
        )
        if not isinstance(upload, UploadResponse):
            self._check(upload, "upload", action.room_id)
            return None
        image = action.mimetype.startswith("image/")
        info: dict[str, Any] = {"mimetype": action.mimetype, "size": len(action.data)}
        if action.width and action.height:
            info.update(w=action.width, h=action.height)
        content: dict[str, Any] = {
            "msgtype": "m.image" if image else "m.file",
            "body": action.body or action.filename,
            "filename": action.filename,
            "info": info,
            "m.mentions": {},
        }
        if encrypt and keys is not None:
            content["file"] = {"url": upload.content_uri, **keys}
        else:
            content["url"] = upload.content_uri
        return await self._room_send(action.room_id, content, tx_id, "send_file")

    def _remember_direct(self, user_id: str, room_id: str) -> None:
        with self.ctx.db.transaction() as session:
            direct.set_direct_room(session, user_id, room_id, self.ctx.now())
        self._direct_rooms.add(room_id)

    async def _send_direct(
        self, action: SendDirect, tx_id: str | None = None, origin: str | None = None
    ) -> str | None:
        """Send privately; the event id when sent now, None when it waits for the room."""
        with self.ctx.db.transaction() as session:
            room_id = direct.get_direct_room(session, action.user_id)
        room = self.client.rooms.get(room_id) if room_id else None
        if room is not None and action.user_id in room.users:
            return await self._send(SendMessage(room.room_id, action.text), tx_id)
        if (
            room_id is not None
            and room is None
            and any(d.room_id == room_id for d in self._deferred)
        ):
            self._deferred.append(_Deferred(room_id, action.text, origin))
            return None
        created = await self.client.room_create(
            is_direct=True,
            invite=[action.user_id],
            preset=RoomPreset.private_chat,
            name="signaalbot",
            initial_state=[{"type": "m.room.encryption", "state_key": "", "content": ENCRYPTION}],
        )
        if not isinstance(created, RoomCreateResponse):
            self._check(created, "create_direct_room", "")
            return None
        self._remember_direct(action.user_id, created.room_id)
        # nio can only encrypt for a room it has synced; send after the next sync.
        self._deferred.append(_Deferred(created.room_id, action.text, origin))
        return None

    async def _flush_deferred(self) -> None:
        waiting, self._deferred = self._deferred, []
        for item in waiting:
            if item.room_id in self.client.rooms:
                sent = await self._send(SendMessage(item.room_id, item.text))
                if sent is not None and item.origin is not None:
                    self.dispatcher.record_sent(item.origin, item.room_id, sent)
            elif item.tries < 10:
                item.tries += 1
                self._deferred.append(item)
            else:
                log.error("direct_message_dropped", room_id=item.room_id)

    async def close(self) -> None:
        # Deliberately no logout: that would delete the device and its encryption keys.
        await self.client.close()
