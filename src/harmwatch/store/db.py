"""Open the store from a SQLAlchemy URL: engine, sessions, and the schema upgraded on open.

Alembic runs programmatically (no alembic.ini): the migrations ship inside the package.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from harmwatch.errors import ConfigError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 30_000  # a SQLite writer waits this long for another's write lock


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    # WAL + NORMAL: a killed process loses at most its open transaction, never a committed one
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # reads through a memory map (no read() call per page) and a larger page cache: the review
    # app reads incidents at random across the whole store
    cur.execute("PRAGMA mmap_size=1073741824")
    cur.execute("PRAGMA cache_size=-32768")
    cur.close()


def normalize_url(url: str) -> str:
    """A SQLAlchemy URL; a bare path (``incidents.db``) means a SQLite file."""
    if "://" not in url:
        return f"sqlite:///{url}"
    return url


def make_engine(url: str) -> Engine:
    url = normalize_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as e:
        raise ConfigError(f"bad database URL {url!r}: {e}") from e
    if parsed.drivername == "postgresql":  # psycopg 3 is the driver we ship
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except Exception as e:  # missing driver, bad options
        raise ConfigError(
            f"cannot use database URL {parsed.render_as_string(hide_password=True)}: {e}"
        ) from e


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (idempotent)."""
    command.upgrade(alembic_config(engine), revision)


class Database:
    """An open store: ``with db.session() as s: ...`` commits on success, rolls back on error."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        from harmwatch.store.integrity import install

        install(self._sessions)  # every document and audit entry added is chained

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions() as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def open_db(url: str, *, migrate: bool = True) -> Database:
    """Open (and create or upgrade) the store at ``url``."""
    engine = make_engine(url)
    if migrate:
        try:
            upgrade(engine)
        except OperationalError as e:
            engine.dispose()
            safe = engine.url.render_as_string(hide_password=True)
            raise ConfigError(f"cannot open database {safe}: {e.orig}") from e
    return Database(engine)
