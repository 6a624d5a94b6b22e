"""The store's named locks (store/locks.py): held by the transaction, waited for, bounded waits
that end in an error :func:`is_busy` recognises, and the connection's own wait restored after."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from harmwatch.store import locks
from harmwatch.store.db import BUSY_TIMEOUT_MS, open_db


def test_a_held_lock_ends_a_bounded_wait_as_busy_and_is_free_after_the_commit(store):
    with store.session() as holder:
        locks.hold(holder, "review")
        with pytest.raises(OperationalError) as waited, store.session() as other:
            locks.hold(other, "review", wait_s=0.2)
        assert locks.is_busy(waited.value)
    with store.session() as other:  # the holder committed: the lock is free
        wait = text("PRAGMA busy_timeout" if store.engine.dialect.name == "sqlite" else "SHOW lock_timeout")
        before = other.execute(wait).scalar_one()
        locks.hold(other, "review", wait_s=0.2)
        assert other.execute(wait).scalar_one() == before  # the connection's own wait is back
    if store.engine.dialect.name == "sqlite":
        assert before == BUSY_TIMEOUT_MS


def test_jobs_are_apart_on_postgresql_and_one_write_lock_on_sqlite(store):
    with store.session() as holder:
        locks.hold(holder, "linking")
        with store.session() as other:
            if store.engine.dialect.name == "postgresql":
                locks.hold(other, "review", wait_s=0.2)  # another job's lock: no wait
            else:
                with pytest.raises(OperationalError):
                    locks.hold(other, "review", wait_s=0.2)


def test_a_transaction_that_has_written_holds_the_sqlite_lock_already(tmp_path):
    db = open_db(f"sqlite:///{tmp_path / 'w.db'}")
    try:
        with db.session() as s:
            s.execute(text("DELETE FROM login_failures"))
            locks.hold(s, "review")  # no BEGIN IMMEDIATE inside the open transaction
    finally:
        db.close()
