"""Open the store named by the global ``--db`` option (or ``HARMWATCH_DB``), and its evidence
locker (``--evidence-dir`` or ``HARMWATCH_EVIDENCE_DIR``, else next to a SQLite file)."""

from __future__ import annotations

from harmwatch.config import settings
from harmwatch.errors import ConfigError
from harmwatch.evidence.locker import Locker, evidence_dir
from harmwatch.store.db import Database, open_db


def open_store() -> Database:
    return open_db(settings.db_url)


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
