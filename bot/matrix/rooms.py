"""Room state questions and `signaalbot setup-rooms`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nio import (
    AsyncClient,
    RoomCreateResponse,
    RoomGetStateResponse,
    RoomResolveAliasResponse,
)

from config.models import Role, RoomConfig, RoomPurpose, Settings
from handlers.log import get_logger

log = get_logger("signaalbot.matrix.rooms")

ENCRYPTION = {"algorithm": "m.megolm.v1.aes-sha2"}
# Room versions in which the creators have unlimited power and are not listed in users.
_CREATOR_POWER_VERSIONS = {"12"}


def _state(events: list[dict[str, Any]], event_type: str) -> dict[str, Any] | None:
    for event in events:
        if event.get("type") == event_type and event.get("state_key", "") == "":
            return event
    return None


def can_redact(state_events: list[dict[str, Any]], user_id: str) -> bool:
    """Whether ``user_id`` may redact other people's events, from the room's full state."""
    create = _state(state_events, "m.room.create") or {}
    content = create.get("content") or {}
    if str(content.get("room_version", "1")) in _CREATOR_POWER_VERSIONS:
        creators = {create.get("sender"), *(content.get("additional_creators") or [])}
        if user_id in creators:
            return True
    levels = (_state(state_events, "m.room.power_levels") or {}).get("content")
    if not isinstance(levels, dict):
        # No power levels event: the creator has 100, everyone else 0.
        return bool(create.get("sender") == user_id)
    users = levels.get("users") or {}
    level = users.get(user_id, levels.get("users_default", 0))
    return int(level or 0) >= int(levels.get("redact", 50))


def is_encrypted(state_events: list[dict[str, Any]]) -> bool:
    return _state(state_events, "m.room.encryption") is not None


async def room_state(client: AsyncClient, room_id: str) -> list[dict[str, Any]] | None:
    response = await client.room_get_state(room_id)
    if isinstance(response, RoomGetStateResponse):
        return list(response.events)
    return None


def invitees(settings: Settings, room: RoomConfig) -> list[str]:
    """Who belongs in a room: everyone in signal rooms; regisseurs and coordinators otherwise."""
    if room.purpose is RoomPurpose.SIGNAL:
        return sorted(settings.members)
    allowed = {Role.REGISSEUR, Role.COORDINATOR}
    return sorted(uid for uid, m in settings.members.items() if m.role in allowed)


def power_levels(settings: Settings, room: RoomConfig, bot_user_id: str) -> dict[str, Any]:
    users = {
        uid: 100
        for uid, member in settings.members.items()
        if member.role is Role.REGISSEUR and uid in invitees(settings, room)
    }
    return {
        # Room version 12 refuses the creator (the bot) in this map; it has creator power.
        "users": {uid: level for uid, level in users.items() if uid != bot_user_id},
        "users_default": 0,
        "events_default": 0,
        "state_default": 50,
        "invite": 50,
        "kick": 50,
        "ban": 50,
        "redact": 50,
    }


@dataclass
class SetupReport:
    created: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    invited: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


async def setup_rooms(client: AsyncClient, settings: Settings) -> SetupReport:
    """Create the configured rooms (encrypted, invite-only) or bring existing ones in line."""
    report = SetupReport()
    bot = settings.matrix.user_id
    for room in settings.rooms:
        room_id = room.id
        if room_id is None and room.alias is not None:
            resolved = await client.room_resolve_alias(room.alias)
            if isinstance(resolved, RoomResolveAliasResponse):
                room_id = resolved.room_id
        people = invitees(settings, room)
        if room_id is None:
            assert room.alias is not None
            localpart = room.alias[1:].split(":", 1)[0]
            created = await client.room_create(
                alias=localpart,
                name=room.name,
                topic=room.topic or "",
                invite=[uid for uid in people if uid != bot],
                federate=False,
                initial_state=[
                    {"type": "m.room.encryption", "state_key": "", "content": ENCRYPTION},
                    {
                        "type": "m.room.history_visibility",
                        "state_key": "",
                        "content": {"history_visibility": "invited"},
                    },
                    {
                        "type": "m.room.guest_access",
                        "state_key": "",
                        "content": {"guest_access": "forbidden"},
                    },
                ],
                power_level_override=power_levels(settings, room, bot),
            )
            if not isinstance(created, RoomCreateResponse):
                reason = getattr(created, "message", created)
                report.problems.append(f"{room.key}: could not create the room ({reason})")
                continue
            report.created.append(f"{room.key} -> {created.room_id}")
            report.invited.extend(f"{uid} -> {room.key}" for uid in people if uid != bot)
            continue
        report.existing.append(f"{room.key} -> {room_id}")
        state = await room_state(client, room_id)
        if state is None:
            joined = await client.join(room_id)
            state = await room_state(client, room_id)
            if state is None:
                report.problems.append(
                    f"{room.key}: the bot is not in this room and cannot join "
                    f"({getattr(joined, 'message', joined)}). Fix: invite {bot} and run again"
                )
                continue
        if not is_encrypted(state):
            await client.room_put_state(room_id, "m.room.encryption", ENCRYPTION)
            report.problems.append(f"{room.key}: encryption was off; it is now switched on")
        if not can_redact(state, bot):
            report.problems.append(
                f"{room.key}: the bot cannot remove messages here. Fix: give {bot} power level 50"
            )
        present = {
            e.get("state_key")
            for e in state
            if e.get("type") == "m.room.member"
            and (e.get("content") or {}).get("membership") in {"join", "invite"}
        }
        for uid in people:
            if uid != bot and uid not in present:
                await client.room_invite(room_id, uid)
                report.invited.append(f"{uid} -> {room.key}")
    return report
