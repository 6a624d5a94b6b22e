"""evidence locker: one row per piece of evidence (WARC, screenshot, PDF) with its custody record

Revision ID: 0500
Revises: 0400
Create Date: 2026-12-06 17:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0500"
down_revision = "0400"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id", ondelete="SET NULL"), index=True),
        sa.Column("document_sha256", sa.String(64), nullable=False, index=True),
        sa.Column("sighting_id", sa.Integer, sa.ForeignKey("sightings.id", ondelete="SET NULL"), index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False, index=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("source_url", sa.Text),
        sa.Column("kept_by", sa.String(255), nullable=False),
        sa.Column("kept_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tool", sa.String(255), nullable=False),
        sa.Column("harmwatch_version", sa.String(64), nullable=False),
        sa.Column("hostname", sa.String(255), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("evidence")
