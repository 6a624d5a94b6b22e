"""data revision: a counter bumped by triggers on incidents, incident_sources and documents (SQLite)

PostgreSQL needs no counter: the web app keys its cache on the transaction snapshot there, which
moves with every commit and takes no lock (a counter row would serialise writers and could
deadlock an ingest against a review action).

Revision ID: 0101
Revises: 0100
Create Date: 2026-11-25 21:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0101"
down_revision = "0100"
branch_labels = None
depends_on = None

WATCHED = ("incidents", "incident_sources", "documents")
EVENTS = ("INSERT", "UPDATE", "DELETE")


def upgrade() -> None:
    op.create_table(
        "data_revision",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("n", sa.Integer, nullable=False),
    )
    op.execute("INSERT INTO data_revision (id, n) VALUES (1, 0)")
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":  # SQLite triggers fire per row; the update is a single-page write
        for table in WATCHED:
            for event in EVENTS:
                op.execute(
                    f"CREATE TRIGGER {table}_rev_{event.lower()} AFTER {event} ON {table} BEGIN "
                    "UPDATE data_revision SET n = n + 1 WHERE id = 1; END"
                )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in WATCHED:
            for event in EVENTS:
                op.execute(f"DROP TRIGGER IF EXISTS {table}_rev_{event.lower()}")
    op.drop_table("data_revision")
