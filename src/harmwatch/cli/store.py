"""Open the store named by the global ``--db`` option (or ``HARMWATCH_DB``), and its evidence
locker (``--evidence-dir`` or ``HARMWATCH_EVIDENCE_DIR``, else next to a SQLite file)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from harmwatch.config import settings
from harmwatch.errors import ConfigError, HarmwatchError
from harmwatch.evidence.locker import Locker, evidence_dir
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


def open_locker(required: bool = False) -> Locker | None:
    """The store's evidence locker; None when it has none (a PostgreSQL or in-memory store without
    ``--evidence-dir``), or a ConfigError saying so when ``required``."""
    root = evidence_dir(settings.db_url, settings.evidence_dir)
    if root is None and required:
        raise ConfigError(
            "this store has no evidence directory: give --evidence-dir DIR (or HARMWATCH_EVIDENCE_DIR) "
            "to keep what URL ingests fetch"
        )
    return Locker(root) if root is not None else None
