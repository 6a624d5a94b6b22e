"""The ``db_url`` fixture: every store test runs on SQLite, and on PostgreSQL when
``HARMWATCH_TEST_PG`` holds a SQLAlchemy URL (``scripts/ci_postgres.sh`` prints one)."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

PG_URL = os.environ.get("HARMWATCH_TEST_PG")

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)] if PG_URL else ["sqlite"]


def reset_postgres(url: str) -> None:
    """Drop everything in the test database's public schema."""
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> str:
    """A URL to an empty store."""
    if request.param == "postgresql":
        assert PG_URL is not None
        reset_postgres(PG_URL)
        return PG_URL
    return f"sqlite:///{tmp_path / 'store.db'}"
