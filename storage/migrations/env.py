"""Alembic environment: runs on the connection the bot hands it, or on a URL."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection, create_engine

from storage.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables.
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = os.environ.get("SIGNAALBOT_DATABASE_URL") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("Set SIGNAALBOT_DATABASE_URL to the database to migrate.")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
