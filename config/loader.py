"""Load and validate the configuration file, with errors a person can act on."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from config.models import Settings

EXAMPLE = "config/example.toml"


class ConfigError(Exception):
    """The configuration cannot be used; ``problems`` are ready to print, one per line."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__("\n".join(problems))


def _key(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif any(ch in item for ch in "@:.# "):
            parts.append(f'."{item}"')
        else:
            parts.append(f".{item}")
    return "".join(parts).lstrip(".")


def _fix(error_type: str) -> str:
    if error_type == "missing":
        return f"Fix: add this key (see {EXAMPLE})"
    if error_type == "extra_forbidden":
        return "Fix: remove it or correct the spelling of the key"
    return f"Fix: change the value (see {EXAMPLE})"


def format_validation_error(path: Path, error: ValidationError) -> list[str]:
    problems = []
    for item in error.errors():
        key = _key(tuple(item["loc"]))
        message = str(item["msg"]).removeprefix("Value error, ")
        if item["type"] == "value_error":
            # Our validators already name the fix (and, at the top level, the key).
            text = f"{key}: {message}" if key else message
        elif item["type"] == "extra_forbidden":
            text = f"{key}: unknown key. {_fix(item['type'])}"
        else:
            text = f"{key}: {message}. {_fix(item['type'])}"
        problems.append(f"{path}: {text}")
    return problems


def parse_settings(raw: dict[str, Any], path: Path) -> Settings:
    """Validate already-parsed TOML; relative paths are taken from the file's directory."""
    try:
        settings = Settings.model_validate(raw)
    except ValidationError as err:
        raise ConfigError(path, format_validation_error(path, err)) from None
    base = path.resolve().parent
    updates: dict[str, Any] = {}
    if not settings.data_dir.is_absolute():
        updates["data_dir"] = base / settings.data_dir
    if settings.matrix.store_path is not None and not settings.matrix.store_path.is_absolute():
        updates["matrix"] = settings.matrix.model_copy(
            update={"store_path": base / settings.matrix.store_path}
        )
    return settings.model_copy(update=updates) if updates else settings


def load_settings(path: Path | str) -> Settings:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            path, [f"{path}: file not found. Fix: copy {EXAMPLE} and pass its path with --config"]
        ) from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(
            path, [f"{path}: cannot be read ({type(err).__name__}). Fix: check the file"]
        ) from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        problem = f"{path}: not valid TOML: {err}. Fix: correct the syntax"
        raise ConfigError(path, [problem]) from None
    return parse_settings(raw, path)
