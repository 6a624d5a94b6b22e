"""incident merges: what a merge took away, so that its old id redirects and it can be undone

Revision ID: 0200
Revises: 0102
Create Date: 2026-12-06 14:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0200"
down_revision = "0102"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incident_merges",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("survivor_id", sa.Integer, nullable=False),
        sa.Column("merged_id", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(64), nullable=False),
        sa.Column("merged", sa.JSON, nullable=False),
        sa.Column("survivor_before", sa.JSON, nullable=False),
        sa.Column("events", sa.JSON, nullable=False),
        sa.Column("notes", sa.JSON, nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_incident_merges_merged_id", "incident_merges", ["merged_id"])
    op.create_index("ix_incident_merges_survivor_id", "incident_merges", ["survivor_id"])


def downgrade() -> None:
    op.drop_table("incident_merges")
