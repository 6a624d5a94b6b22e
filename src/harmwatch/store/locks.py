"""The store's named locks: one implementation for every job that must not run twice at once on one
store (linking, the integrity chain, review writes), in one process or several.

A lock is held by the current transaction and released by its commit or rollback:
- PostgreSQL: an advisory transaction lock, one key per job (``JOBS``);
- SQLite: the database's one write lock, taken by ``BEGIN IMMEDIATE`` before the transaction's
  first read (a transaction that has written already holds it), so every job waits for every other
  writer.

``wait_s`` bounds the wait (SQLite's busy timeout, PostgreSQL's ``lock_timeout``); a lock still
held by another after that raises :class:`sqlalchemy.exc.OperationalError`, which
:func:`is_busy` recognises. Without it PostgreSQL waits as long as it takes and SQLite for
the store's busy timeout.
"""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from harmwatch.store.db import BUSY_TIMEOUT_MS

JOBS = {"linking": 1414, "chain": 1415, "review": 1416}


def hold(bind: Session | Connection, job: str, wait_s: float | None = None) -> None:
    """Take ``job``'s lock for the rest of ``bind``'s transaction."""
    key = JOBS[job]
    conn = bind.connection() if isinstance(bind, Session) else bind
    if conn.dialect.name == "postgresql":
        if wait_s is None:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
            return
        before = conn.execute(text("SELECT current_setting('lock_timeout')")).scalar_one()
        conn.execute(text("SELECT set_config('lock_timeout', :v, true)"), {"v": f"{int(wait_s * 1000)}ms"})
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
        conn.execute(text("SELECT set_config('lock_timeout', :v, true)"), {"v": before})
    elif conn.dialect.name == "sqlite":
        driver = conn.connection.driver_connection
        if driver is not None and driver.in_transaction:
            return  # it has written already, so it holds the write lock
        if wait_s is not None:
            conn.execute(text(f"PRAGMA busy_timeout={int(wait_s * 1000)}"))
        try:
            conn.execute(text("BEGIN IMMEDIATE"))
        finally:
            if wait_s is not None:
                conn.execute(text(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}"))


BUSY_SQLSTATES = {"55P03", "53300"}  # PostgreSQL: lock_not_available (lock_timeout), too_many_connections


def is_busy(error: OperationalError) -> bool:
    """Whether ``error`` says the store is busy (a lock still held by another past the wait, no
    connection slot left), as opposed to broken: the client may try again later."""
    orig = error.orig
    if getattr(orig, "sqlstate", None) in BUSY_SQLSTATES:
        return True
    message = str(orig).lower()
    return "database is locked" in message or "database table is locked" in message
