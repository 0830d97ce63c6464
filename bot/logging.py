"""Log set-up: structured lines on stderr, with message text stripped as a last guard."""

from __future__ import annotations

import logging
import os
import sys

import structlog

from handlers.log import drop_raw_text


def setup_logging(level: str | None = None, *, json: bool | None = None) -> None:
    level_name = (level or os.environ.get("SIGNAALBOT_LOG_LEVEL") or "INFO").upper()
    numeric = getattr(logging, level_name, logging.INFO)
    use_json = json if json is not None else os.environ.get("SIGNAALBOT_LOG_FORMAT") == "json"
    renderer: structlog.typing.Processor = (
        structlog.processors.JSONRenderer()
        if use_json
        else structlog.dev.ConsoleRenderer(colors=False)
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            drop_raw_text,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=False,
    )
    # Libraries log at WARNING at most; nio logs room activity at INFO.
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    for name in ("nio", "peewee", "aiohttp", "alembic"):
        logging.getLogger(name).setLevel(logging.WARNING)
