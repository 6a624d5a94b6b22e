"""Open the store named by the global ``--db`` option (or ``HARMWATCH_DB``)."""

from __future__ import annotations

from harmwatch.config import settings
from harmwatch.store.db import Database, open_db


def open_store() -> Database:
    return open_db(settings.db_url)
