"""sightings: each further arrival of stored content under another id, url, outlet or date

Revision ID: 0300
Revises: 0201
Create Date: 2026-12-06 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0300"
down_revision = "0201"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sightings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("input_id", sa.String(512)),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.String(255)),
        sa.Column("published", sa.String(32)),
        sa.Column("title", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_sightings_document_id", "sightings", ["document_id"])


def downgrade() -> None:
    op.drop_table("sightings")
