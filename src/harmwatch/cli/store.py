"""Open the store named by the global ``--db`` option (or ``HARMWATCH_DB``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from harmwatch.config import settings
from harmwatch.errors import HarmwatchError
from harmwatch.store.db import Database, open_db


def open_store() -> Database:
    return open_db(settings.db_url)


@contextmanager
def store_session() -> Iterator[Session]:
    """One transaction on the store for a command: committed at the end, rolled back and the store
    closed on any error; a ``HarmwatchError`` ends the command with its one-line message."""
    from harmwatch.cli.app import fail

    try:
        db = open_store()
    except HarmwatchError as e:
        fail(e)
        raise  # pragma: no cover - fail() always exits
    try:
        with db.session() as s:
            yield s
    except HarmwatchError as e:
        fail(e)
    finally:
        db.close()
