"""The ``db_url`` fixture: every store test runs on SQLite, and on PostgreSQL when
``HARMWATCH_TEST_PG`` holds a SQLAlchemy URL (``scripts/ci_postgres.sh`` prints one)."""

from __future__ import annotations

import gc
import os
import warnings

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


def open_connections_collected() -> list[str]:
    """psycopg's reports of connections that the garbage collector found still open (an engine
    never disposed, a connection never closed), from a collection run now."""
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always", ResourceWarning)
        gc.collect()
    return [str(w.message) for w in seen if "deleted while still open" in str(w.message)]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A URL to an empty store. On PostgreSQL, a test that leaves a connection open fails at its
    own teardown (not whichever test runs when the collector next runs)."""
    if request.param != "postgresql":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    assert PG_URL is not None
    reset_postgres(PG_URL)
    yield PG_URL
    leaks = open_connections_collected()
    assert not leaks, f"{len(leaks)} PostgreSQL connection(s) left open: {leaks[0]}"


@pytest.fixture
def store(db_url):
    """The store at ``db_url``, open for the test and closed after it."""
    from harmwatch.store.db import open_db

    db = open_db(db_url)
    yield db
    db.close()
