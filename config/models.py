"""The configuration, declared once. `config/example.toml` documents every key."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_USER_ID = re.compile(r"^@[a-z0-9._=\-/+]+:[A-Za-z0-9.\-]+(:\d+)?$")
_ROOM_ALIAS = re.compile(r"^#[^:\s]+:[A-Za-z0-9.\-]+(:\d+)?$")
_ROOM_ID = re.compile(r"^![^:\s]+(:[A-Za-z0-9.\-]+(:\d+)?)?$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Role(StrEnum):
    STREET_WORKER = "street_worker"
    REGISSEUR = "regisseur"
    COORDINATOR = "coordinator"


class RoomPurpose(StrEnum):
    SIGNAL = "signal"
    REGISSEUR = "regisseur"


class Organisation(_Strict):
    id: Annotated[str, Field(description="Short stable id, e.g. 'handhaving'.")]
    name: Annotated[str, Field(min_length=1, description="Name shown in the rooms.")]

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not _SLUG.match(value):
            raise ValueError(
                f"'{value}' is not a valid organisation id. "
                "Fix: use lowercase letters, digits, '-' or '_' (e.g. 'handhaving')"
            )
        return value


class Member(_Strict):
    organisation: str
    role: Role = Role.STREET_WORKER
    display_name: str | None = None
    # A regisseur who takes over prompts the regisseur left unanswered (escalations).
    backup: bool = False


class GateModeName(StrEnum):
    STRIP = "strip"
    BLOCK = "block"


class BriefingKind(StrEnum):
    """Overviews the bot writes by itself (handlers/briefings/)."""

    # Signal rooms: the afternoon briefing and the evening debriefing.
    BRIEFING = "briefing"
    DEBRIEFING = "debriefing"
    # Regisseur room: the morning overview and the weekly overview.
    MORNING = "ochtend"
    WEEKLY = "week"


_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_DAYS = re.compile(
    r"^(\*|(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?"
    r"(,(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?)*)$"
)


class BriefingSchedule(_Strict):
    """When a room gets an overview, in the configured time zone."""

    kind: BriefingKind
    at: str = Field(description="Local time, HH:MM.")
    # Days in cron style: "*" (every day), "mon", "mon-fri", "sat,sun".
    days: str = "*"
    # Attach a chart (a small PNG) when there is something to draw.
    chart: bool = True

    @field_validator("at")
    @classmethod
    def _at(cls, value: str) -> str:
        if not _CLOCK.match(value.strip()):
            raise ValueError(
                f"'{value}' is not a time of day. Fix: write it as HH:MM, e.g. '13:00'"
            )
        return value.strip()

    @field_validator("days")
    @classmethod
    def _days(cls, value: str) -> str:
        days = value.strip().lower().replace(" ", "")
        if not _DAYS.match(days):
            raise ValueError(
                f"'{value}' is not a list of days. Fix: use '*', 'mon', 'mon-fri' or 'sat,sun'"
            )
        return days

    @property
    def hour(self) -> int:
        return int(self.at.split(":")[0])

    @property
    def minute(self) -> int:
        return int(self.at.split(":")[1])


DEFAULT_BRIEFINGS: dict[str, tuple[BriefingSchedule, ...]] = {
    "signal": (
        BriefingSchedule(kind=BriefingKind.BRIEFING, at="13:00"),
        BriefingSchedule(kind=BriefingKind.DEBRIEFING, at="22:00"),
    ),
    "regisseur": (
        BriefingSchedule(kind=BriefingKind.MORNING, at="08:30"),
        BriefingSchedule(kind=BriefingKind.WEEKLY, at="08:30", days="mon"),
    ),
}


class RoomConfig(_Strict):
    purpose: RoomPurpose
    name: str = Field(min_length=1)
    alias: str | None = None
    id: str | None = None
    topic: str | None = None
    # strip: remove what the gate finds and share the rest; block: share nothing that had any.
    privacy: GateModeName = GateModeName.STRIP
    # Photos, files, voice messages, locations and stickers; refused in step-1 rooms.
    allow_media: bool = False
    # Scheduled overviews; leave out for the defaults of the room's purpose (signal rooms:
    # briefing 13:00, debriefing 22:00; regisseur room: ochtend 08:30, week Monday 08:30),
    # or give an empty list for none.
    briefings: list[BriefingSchedule] | None = None

    @field_validator("alias")
    @classmethod
    def _alias(cls, value: str | None) -> str | None:
        if value is not None and not _ROOM_ALIAS.match(value):
            raise ValueError(
                f"'{value}' is not a room alias. Fix: write it as '#name:server', "
                "e.g. '#signalen:gemeente.nl'"
            )
        return value

    @field_validator("id")
    @classmethod
    def _room_id(cls, value: str | None) -> str | None:
        if value is not None and not _ROOM_ID.match(value):
            raise ValueError(
                f"'{value}' is not a room id. Fix: copy it from the room settings, "
                "it starts with '!'"
            )
        return value

    @model_validator(mode="after")
    def _alias_or_id(self) -> Self:
        if self.alias is None and self.id is None:
            raise ValueError(
                "a room needs 'alias' or 'id'. Fix: add alias = \"#signalen:your.server\" "
                "(setup-rooms creates it) or the room id of an existing room"
            )
        return self

    @property
    def key(self) -> str:
        """The configured reference: the alias when given, else the id."""
        return self.alias or self.id or ""

    @property
    def schedules(self) -> tuple[BriefingSchedule, ...]:
        if self.briefings is not None:
            return tuple(self.briefings)
        return DEFAULT_BRIEFINGS[self.purpose.value]


class Location(_Strict):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)

    @model_validator(mode="after")
    def _both_coordinates(self) -> Self:
        if (self.lat is None) != (self.lon is None):
            raise ValueError("give both 'lat' and 'lon', or neither. Fix: add the missing one")
        return self


class MatrixConfig(_Strict):
    homeserver: str = Field(description="Client-server API base URL.")
    user_id: str
    device_id: str = "SIGNAALBOT"
    device_name: str = "signaalbot"
    password_env: str = "SIGNAALBOT_MATRIX_PASSWORD"
    access_token_env: str = "SIGNAALBOT_MATRIX_TOKEN"
    store_path: Path | None = None
    sync_timeout_ms: int = Field(default=30_000, ge=0, le=300_000)

    @field_validator("homeserver")
    @classmethod
    def _url(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError(
                f"'{value}' is not a URL. Fix: write the homeserver's address with "
                "http:// or https://, e.g. 'https://matrix.gemeente.nl'"
            )
        return value.rstrip("/")

    @field_validator("user_id")
    @classmethod
    def _user(cls, value: str) -> str:
        if not _USER_ID.match(value):
            raise ValueError(f"'{value}' is not a Matrix user id. Fix: write it as '@name:server'")
        return value


PII_TYPES = (
    "PERSON",
    "PHONE",
    "EMAIL",
    "BSN",
    "IBAN",
    "ADDRESS",
    "PLATE",
    "DATE_OF_BIRTH",
    "HANDLE",
    "SPECIAL_CATEGORY",
)


class PrivacyConfig(_Strict):
    # Kinds of personal data that block the whole message (nothing is shared) instead of
    # being replaced by a placeholder.
    block_types: list[str] = Field(default_factory=lambda: ["BSN", "IBAN", "DATE_OF_BIRTH"])

    @field_validator("block_types")
    @classmethod
    def _known_types(cls, value: list[str]) -> list[str]:
        unknown = [v for v in value if v not in PII_TYPES]
        if unknown:
            raise ValueError(
                f"unknown kind(s) {', '.join(unknown)}. Fix: use any of {', '.join(PII_TYPES)}"
            )
        return value


class DatabaseConfig(_Strict):
    url: str | None = Field(
        default=None, description="SQLAlchemy URL; default: SQLite in the data directory."
    )


class Settings(_Strict):
    timezone: str = "Europe/Amsterdam"
    data_dir: Path = Path("data")
    matrix: MatrixConfig
    database: DatabaseConfig = DatabaseConfig()
    privacy: PrivacyConfig = PrivacyConfig()
    organisations: list[Organisation] = Field(default_factory=list)
    members: dict[str, Member] = Field(default_factory=dict)
    rooms: list[RoomConfig] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    # A shared location is snapped to the nearest known place within this distance.
    snap_distance_m: int = Field(default=300, ge=10, le=5000)
    # Hotspot thresholds and timers (handlers/hotspots/settings.py has every key and its
    # default); validated by the engine's own settings class.
    hotspots: dict[str, Any] = Field(default_factory=dict)
    # A scheduled overview missed while the bot was down is still sent at start-up when it
    # is at most this late; later, the next one covers the period.
    briefing_grace_minutes: int = Field(default=120, ge=0, le=24 * 60)

    @field_validator("hotspots")
    @classmethod
    def _hotspot_settings(cls, value: dict[str, Any]) -> dict[str, Any]:
        from handlers.hotspots.settings import HotspotConfig

        try:
            HotspotConfig.from_mapping(value)
        except (ValueError, TypeError) as err:
            raise ValueError(
                f"{err}. Fix: see the [hotspots] keys in config/example.toml"
            ) from None
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone '{value}'. Fix: use an IANA name such as 'Europe/Amsterdam'"
            ) from None
        return value

    @field_validator("members")
    @classmethod
    def _member_ids(cls, value: dict[str, Member]) -> dict[str, Member]:
        for user_id in value:
            if not _USER_ID.match(user_id):
                raise ValueError(
                    f"'{user_id}' is not a Matrix user id. Fix: write it as '@name:server'"
                )
        return value

    @model_validator(mode="after")
    def _cross_references(self) -> Self:
        known = {org.id for org in self.organisations}
        if len(known) != len(self.organisations):
            raise ValueError("organisations.id: ids must be unique. Fix: rename the duplicate")
        for user_id, member in self.members.items():
            if member.organisation not in known:
                choices = ", ".join(sorted(known)) or "(none configured)"
                raise ValueError(
                    f'members."{user_id}".organisation: unknown organisation '
                    f"'{member.organisation}'. Fix: use one of: {choices}, "
                    "or add it under [[organisations]]"
                )
        keys = [room.key for room in self.rooms]
        if len(set(keys)) != len(keys):
            raise ValueError(
                "rooms: each room may be listed once. Fix: remove the duplicate [[rooms]]"
            )
        names = [loc.name.casefold() for loc in self.locations]
        if len(set(names)) != len(names):
            raise ValueError("locations.name: names must be unique. Fix: merge the duplicates")
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def database_url(self) -> str:
        if self.database.url:
            return self.database.url
        return f"sqlite:///{(self.data_dir / 'signaalbot.db').as_posix()}"

    @property
    def crypto_store_path(self) -> Path:
        return self.matrix.store_path or self.data_dir / "crypto"

    def organisation_name(self, org_id: str) -> str:
        for org in self.organisations:
            if org.id == org_id:
                return org.name
        return org_id

    def rooms_for(self, purpose: RoomPurpose) -> list[RoomConfig]:
        return [room for room in self.rooms if room.purpose is purpose]
