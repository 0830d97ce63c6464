"""Logging the bot in, once, and keeping that identity.

The first start logs in with a password (from the environment) on the configured fixed
device id and saves the access token next to the crypto store. Later starts restore that
session, so the device and its encryption keys stay the same. The bot never logs out: a
logout deletes the device and, with it, every key it needs to read the rooms.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from nio import AsyncClient, AsyncClientConfig, LoginResponse, WhoamiResponse

from config.models import Settings
from handlers.log import get_logger

log = get_logger("signaalbot.matrix.session")


class LoginFailed(RuntimeError):
    """The bot cannot log in; the message says what to fix."""


@dataclass(frozen=True)
class Credentials:
    homeserver: str
    user_id: str
    device_id: str
    access_token: str


def credentials_path(settings: Settings) -> Path:
    return settings.data_dir / "credentials.json"


def load_credentials(settings: Settings) -> Credentials | None:
    path = credentials_path(settings)
    if not path.exists():
        return None
    data = json.loads(path.read_text())
    creds = Credentials(**data)
    if creds.user_id != settings.matrix.user_id or creds.homeserver != settings.matrix.homeserver:
        log.warning("saved_credentials_ignored", reason="other user or homeserver")
        return None
    return creds


def save_credentials(settings: Settings, creds: Credentials) -> None:
    path = credentials_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(creds.__dict__, fh)
    tmp.replace(path)


def make_client(settings: Settings, *, encryption: bool) -> AsyncClient:
    config = AsyncClientConfig(
        encryption_enabled=encryption,
        # We persist the sync position ourselves, after handling (see bot/matrix/adapter.py).
        store_sync_tokens=False,
        # Surface connection problems to our own backoff loop instead of retrying forever.
        max_timeouts=2,
        request_timeout=60,
    )
    store = settings.crypto_store_path
    if encryption:
        store.mkdir(parents=True, exist_ok=True)
    return AsyncClient(
        settings.matrix.homeserver,
        settings.matrix.user_id,
        device_id=settings.matrix.device_id,
        store_path=str(store) if encryption else "",
        config=config,
    )


async def login(client: AsyncClient, settings: Settings) -> Credentials:
    """Restore the saved session, or log in with a token or password from the environment."""
    saved = load_credentials(settings)
    if saved is not None:
        client.restore_login(saved.user_id, saved.device_id, saved.access_token)
        who = await client.whoami()
        if isinstance(who, WhoamiResponse):
            return saved
        log.warning("saved_token_rejected", status=getattr(who, "status_code", None))
    token = os.environ.get(settings.matrix.access_token_env)
    if token:
        client.access_token = token
        who = await client.whoami()
        if not isinstance(who, WhoamiResponse) or not who.device_id:
            raise LoginFailed(
                f"The access token in ${settings.matrix.access_token_env} was rejected. "
                "Fix: create a new token for the bot account, or unset the variable and set "
                f"${settings.matrix.password_env}."
            )
        creds = Credentials(settings.matrix.homeserver, who.user_id, who.device_id, token)
        client.restore_login(creds.user_id, creds.device_id, creds.access_token)
        save_credentials(settings, creds)
        return creds
    password = os.environ.get(settings.matrix.password_env)
    if not password:
        raise LoginFailed(
            f"No saved session in {credentials_path(settings)} and ${settings.matrix.password_env} "
            f"is not set. Fix: export {settings.matrix.password_env}=<the bot's password> for the "
            "first start (matrix.password_env in the config names this variable)."
        )
    response = await client.login(password, device_name=settings.matrix.device_name)
    if not isinstance(response, LoginResponse):
        raise LoginFailed(
            f"Login as {settings.matrix.user_id} on {settings.matrix.homeserver} failed "
            f"({getattr(response, 'status_code', '?')}: {getattr(response, 'message', '')}). "
            "Fix: check matrix.user_id, matrix.homeserver and the password."
        )
    creds = Credentials(
        settings.matrix.homeserver, response.user_id, response.device_id, response.access_token
    )
    save_credentials(settings, creds)
    log.info("logged_in", user_id=creds.user_id, device_id=creds.device_id)
    return creds
