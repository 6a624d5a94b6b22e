"""incident workflow: assignee, reviewer, second reviewer's sign-off

Revision ID: 0201
Revises: 0200
Create Date: 2026-12-06 14:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0201"
down_revision = "0200"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incident_workflow",
        sa.Column("incident_id", sa.Integer, primary_key=True),
        sa.Column("assignee", sa.String(64), nullable=True),
        sa.Column("reviewed_by", sa.String(64), nullable=True),
        sa.Column("signed_off_by", sa.String(64), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_incident_workflow_assignee", "incident_workflow", ["assignee"])


def downgrade() -> None:
    op.drop_table("incident_workflow")
