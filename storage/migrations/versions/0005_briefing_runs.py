"""briefing runs

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 14:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.types

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "briefing_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.String(length=255), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("slot", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("period_start", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("period_end", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_briefing_runs")),
        sa.UniqueConstraint(
            "room_id", "kind", "slot", name=op.f("uq_briefing_runs_room_id_kind_slot")
        ),
    )


def downgrade() -> None:
    op.drop_table("briefing_runs")
