"""The incident store: SQLAlchemy tables, Alembic migrations, and the queries the CLI uses."""

from harmwatch.store.db import Database, open_db

__all__ = ["Database", "open_db"]
