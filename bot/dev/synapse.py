"""An embedded, throw-away Synapse homeserver for the demo, the tests and the benchmark.

It binds to 127.0.0.1 only, has no federation listener, never reports stats, trusts no
key servers and has URL previews off, so nothing leaves the machine. Rate limits are
relaxed because scripted clients post far faster than people do.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_RELAXED = {"per_second": 10000, "burst_count": 10000}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class RegisteredUser:
    user_id: str
    localpart: str
    password: str
    access_token: str
    device_id: str


class SynapseError(RuntimeError):
    """The embedded homeserver could not be configured, started or used."""


class SynapseServer:
    """A Synapse process with SQLite storage in ``workdir``."""

    def __init__(
        self,
        workdir: Path,
        *,
        port: int | None = None,
        server_name: str = "localhost",
        relax_rate_limits: bool = True,
    ) -> None:
        self.workdir = Path(workdir).resolve()
        self.server_name = server_name
        self.relax_rate_limits = relax_rate_limits
        self._settings_path = self.workdir / "devserver.json"
        settings = self._load_settings()
        self.port = port or settings.get("port") or free_port()
        self.shared_secret: str = settings.get("shared_secret") or secrets.token_urlsafe(32)
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def config_path(self) -> Path:
        return self.workdir / "homeserver.yaml"

    @property
    def log_path(self) -> Path:
        return self.workdir / "homeserver.log"

    def _load_settings(self) -> dict[str, Any]:
        if self._settings_path.exists():
            return dict(json.loads(self._settings_path.read_text()))
        return {}

    def write_config(self) -> None:
        """Write homeserver.yaml (JSON is valid YAML), a log config and a signing key."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        (self.workdir / "media").mkdir(exist_ok=True)
        key_path = self.workdir / "signing.key"
        if not key_path.exists():
            # Generating the key ourselves skips Synapse's slow --generate-keys run.
            from signedjson.key import generate_signing_key, write_signing_keys

            with key_path.open("w") as fh:
                write_signing_keys(fh, [generate_signing_key("a_dev")])
        log_config = self.workdir / "log.yaml"
        log_config.write_text(
            json.dumps(
                {
                    "version": 1,
                    "formatters": {
                        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}
                    },
                    "handlers": {
                        "file": {
                            "class": "logging.FileHandler",
                            "formatter": "plain",
                            "filename": str(self.log_path),
                        }
                    },
                    "root": {"level": "WARNING", "handlers": ["file"]},
                    "disable_existing_loggers": False,
                }
            )
        )
        config: dict[str, Any] = {
            "server_name": self.server_name,
            "public_baseurl": self.base_url + "/",
            "pid_file": str(self.workdir / "homeserver.pid"),
            "listeners": [
                {
                    "port": self.port,
                    "bind_addresses": ["127.0.0.1"],
                    "type": "http",
                    "tls": False,
                    "x_forwarded": False,
                    "resources": [{"names": ["client"], "compress": False}],
                }
            ],
            "database": {
                "name": "sqlite3",
                "args": {"database": str(self.workdir / "homeserver.db")},
            },
            "log_config": str(log_config),
            "media_store_path": str(self.workdir / "media"),
            "signing_key_path": str(key_path),
            "registration_shared_secret": self.shared_secret,
            "macaroon_secret_key": self._secret("macaroon"),
            "form_secret": self._secret("form"),
            "report_stats": False,
            "enable_metrics": False,
            "trusted_key_servers": [],
            "suppress_key_server_warning": True,
            "federation_domain_whitelist": [],
            "url_preview_enabled": False,
            "enable_registration": False,
            "allow_guest_access": False,
            "presence": {"enabled": False},
            "serve_server_wellknown": False,
            "enable_media_repo": True,
        }
        if self.relax_rate_limits:
            for key in (
                "rc_message",
                "rc_registration",
                "rc_joins_per_room",
                "rc_3pid_validation",
                "rc_invites",
                "rc_admin_redaction",
                "rc_room_creation",
                "rc_key_requests",
                "rc_presence",
                "rc_delayed_event_mgmt",
                "rc_reports",
                "rc_user_directory",
                "rc_media_create",
            ):
                config[key] = dict(_RELAXED)
            config["rc_login"] = {
                "address": dict(_RELAXED),
                "account": dict(_RELAXED),
                "failed_attempts": dict(_RELAXED),
            }
            config["rc_joins"] = {"local": dict(_RELAXED), "remote": dict(_RELAXED)}
            config["rc_invites"] = {
                "per_room": dict(_RELAXED),
                "per_user": dict(_RELAXED),
                "per_issuer": dict(_RELAXED),
            }
        self.config_path.write_text(json.dumps(config, indent=2))
        self._settings_path.write_text(
            json.dumps({"port": self.port, "shared_secret": self.shared_secret})
        )

    def _secret(self, name: str) -> str:
        path = self.workdir / f"{name}.secret"
        if not path.exists():
            path.write_text(secrets.token_urlsafe(32))
        return path.read_text().strip()

    def start(self, timeout: float = 60.0) -> None:
        """Start Synapse and wait until the client API answers."""
        if self._process is not None:
            return
        self.write_config()
        env = dict(os.environ)
        env.pop("SYNAPSE_TEST_PERSIST_SQLITE_DB", None)
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "synapse.app.homeserver",
                "--config-path",
                str(self.config_path),
            ],
            cwd=self.workdir,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=(self.workdir / "stderr.log").open("ab"),
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                tail = self._tail()
                self._process = None
                raise SynapseError(f"Synapse exited during start-up; see {self.workdir}:\n{tail}")
            try:
                with urllib.request.urlopen(self.base_url + "/_matrix/client/versions", timeout=2):
                    return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.1)
        self.stop()
        raise SynapseError(f"Synapse did not answer within {timeout:.0f} s; see {self.log_path}")

    def _tail(self) -> str:
        parts = []
        for name in ("stderr.log", "homeserver.log"):
            path = self.workdir / name
            if path.exists():
                parts.append("\n".join(path.read_text(errors="replace").splitlines()[-20:]))
        return "\n".join(parts)

    def stop(self) -> None:
        if self._process is None:
            return
        process, self._process = self._process, None
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def __enter__(self) -> SynapseServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.workdir, ignore_errors=True)

    # -- Admin API -----------------------------------------------------------------

    def _request(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            self.base_url + path,
            data=data,
            method=method,
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as err:
            detail = err.read().decode(errors="replace")
            raise SynapseError(f"{method} {path} failed with {err.code}: {detail}") from err

    def register_user(
        self, localpart: str, password: str, *, admin: bool = False
    ) -> RegisteredUser:
        """Register a user through the shared-secret admin API."""
        nonce = self._request("GET", "/_synapse/admin/v1/register")["nonce"]
        digest = hmac.new(
            self.shared_secret.encode(),
            b"\x00".join(
                p.encode() for p in (nonce, localpart, password, "admin" if admin else "notadmin")
            ),
            digestmod=hashlib.sha1,
        ).hexdigest()
        result = self._request(
            "POST",
            "/_synapse/admin/v1/register",
            {
                "nonce": nonce,
                "username": localpart,
                "password": password,
                "admin": admin,
                "mac": digest,
            },
        )
        return RegisteredUser(
            user_id=result["user_id"],
            localpart=localpart,
            password=password,
            access_token=result["access_token"],
            device_id=result["device_id"],
        )

    def ensure_user(self, localpart: str, password: str, *, admin: bool = False) -> RegisteredUser:
        """Register a user, or log in when it already exists (a re-used demo server)."""
        try:
            return self.register_user(localpart, password, admin=admin)
        except SynapseError as err:
            if "M_USER_IN_USE" not in str(err):
                raise
        result = self._request(
            "POST",
            "/_matrix/client/v3/login",
            {
                "type": "m.login.password",
                "identifier": {"type": "m.id.user", "user": localpart},
                "password": password,
            },
        )
        return RegisteredUser(
            user_id=result["user_id"],
            localpart=localpart,
            password=password,
            access_token=result["access_token"],
            device_id=result["device_id"],
        )
