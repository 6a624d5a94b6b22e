"""integrity chain: hash-chained commitments to documents and audit entries (existing ones sealed)

Revision ID: 0301
Revises: 0300
Create Date: 2026-12-06 14:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0301"
down_revision = "0300"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "integrity_chain",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("ref", sa.String(64), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_integrity_chain_ref", "integrity_chain", ["ref"])
    # what the store already holds is sealed as it is now
    from harmwatch.store import integrity

    bind = op.get_bind()
    docs = bind.execute(sa.text("SELECT sha256, raw, text FROM documents ORDER BY id"))
    entries = [
        ("document", sha, integrity.document_content(integrity.sha256(raw), text)) for sha, raw, text in docs
    ]
    audit = sa.table(
        "audit_log",
        *(sa.column(c) for c in ("id", "user", "action", "object_type", "object_id", "incident_id")),
        sa.column("before", sa.JSON),
        sa.column("after", sa.JSON),
        sa.column("at", sa.DateTime(timezone=True)),
    )
    rows = bind.execute(sa.select(audit).order_by(audit.c.id)).all()
    entries += [("audit", str(r.id), integrity.audit_content(r)) for r in rows]
    integrity.append(bind, entries)


def downgrade() -> None:
    op.drop_table("integrity_chain")
