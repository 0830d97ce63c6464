"""Logging for the core: structured, and safe with personal data.

Only ids, kinds and counts are logged. Exceptions are logged by type and stack frames,
never by message, because an exception message may quote the input that caused it.
"""

from __future__ import annotations

import traceback
from collections.abc import MutableMapping
from typing import Any

import structlog

# Keys whose values may hold raw user text; dropped from every log line as a last guard.
RAW_TEXT_KEYS = frozenset({"body", "text", "formatted_body", "content", "message_text", "html"})


def get_logger(name: str) -> Any:
    return structlog.get_logger(name)


def safe_error(exc: BaseException) -> dict[str, str]:
    """Describe an exception for the operator without its (possibly personal) message."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(
        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in frames[::-1]
    )
    return {"error": type(exc).__name__, "where": where}


def drop_raw_text(
    _logger: Any, _method: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """structlog processor: remove fields that could carry message text."""
    for key in RAW_TEXT_KEYS & event_dict.keys():
        event_dict[key] = "<removed>"
    return event_dict
