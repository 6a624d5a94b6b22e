"""Backup and restore: a consistent snapshot of the whole store in one portable file.

The backup file is itself a SQLite database at the store's schema. From a SQLite store it is made
with SQLite's online backup API (a consistent snapshot while the app keeps writing); from
PostgreSQL every table is copied inside one REPEATABLE READ transaction (a consistent snapshot
too). :func:`restore` copies a backup into an empty store of either kind (SQLite or PostgreSQL):
the way to move a laptop store to a team server. Row ids are kept, so links, the audit trail and
the integrity chain stay as they were and ``harmwatch verify`` still passes.

The evidence locker's files (WARCs, screenshots, PDFs: ``evidence/locker.py``) travel in the same
file, in a table ``evidence_files`` (sha256, bytes), and are put into the target store's locker on
restore, so the evidence rows of the chain verify there too.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import warnings
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import DateTime, MetaData, create_engine, func, insert, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SAWarning

from harmwatch.errors import InputError
from harmwatch.evidence.locker import Locker
from harmwatch.store.db import Database, open_db

SKIP = ("alembic_version", "documents_fts", "sqlite_", "evidence_files")
FILES = "evidence_files"
MUST_BE_EMPTY = ("documents", "incidents", "audit_log", "users", "integrity_chain")
BATCH = 200


def _tables(engine: Engine) -> MetaData:
    md = MetaData()
    with warnings.catch_warnings():  # expression indexes are not reflected; only rows are copied
        warnings.filterwarnings("ignore", "Skipped unsupported reflection", SAWarning)
        md.reflect(bind=engine)
    return md


def _copy(src: Engine, dst: Engine, src_conn, dst_conn) -> dict[str, int]:
    src_md, dst_md = _tables(src), _tables(dst)
    counts: dict[str, int] = {}
    for table in dst_md.sorted_tables:
        if table.name.startswith(SKIP) or table.name not in src_md.tables:
            continue
        source = src_md.tables[table.name]
        cols = [c.name for c in table.columns if c.name in source.columns]
        tz_cols = [c for c in cols if isinstance(table.columns[c].type, DateTime)]
        n = 0
        result = src_conn.execution_options(stream_results=True).execute(
            select(*(source.columns[c] for c in cols)).order_by(*source.primary_key.columns)
        )
        while rows := result.fetchmany(BATCH):
            batch = []
            for r in rows:
                row = dict(zip(cols, r, strict=True))
                for c in tz_cols:  # SQLite keeps no zone: the store's times are UTC
                    v = row[c]
                    if isinstance(v, datetime) and v.tzinfo is None and dst.dialect.name == "postgresql":
                        row[c] = v.replace(tzinfo=UTC)
                batch.append(row)
            dst_conn.execute(insert(table), batch)
            n += len(batch)
        counts[table.name] = n
    return counts


def backup(db: Database, out: Path, locker: Locker | None = None) -> dict[str, int]:
    """Write a consistent snapshot of ``db`` to ``out`` (a SQLite file), with the files of the
    evidence ``locker`` (counted as ``evidence_files``); return rows per table."""
    counts = _snapshot(db, out)
    try:
        counts[FILES] = _add_files(db, out, locker)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return counts


def _add_files(db: Database, out: Path, locker: Locker | None) -> int:
    """Copy each evidence file the store's rows name into the backup file; a file missing or
    changed in the locker stops the backup (``harmwatch verify`` names it)."""
    with db.engine.connect() as conn:
        md = _tables(db.engine)
        if "evidence" not in md.tables:
            return 0
        rows = conn.execute(select(md.tables["evidence"].c.sha256, md.tables["evidence"].c.size)).all()
    wanted = dict(sorted(set(rows)))
    if wanted and locker is None:
        raise InputError(
            f"the store has {len(wanted)} evidence files but no evidence directory: give --evidence-dir DIR"
        )
    target = sqlite3.connect(out)
    try:
        with target:
            target.execute(f"CREATE TABLE {FILES} (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL)")
            for sha, size in wanted.items():
                assert locker is not None
                problem = locker.problem(sha, size)
                if problem:
                    raise InputError(f"evidence {sha[:12]}: {problem}; run `harmwatch verify`")
                target.execute(f"INSERT INTO {FILES} VALUES (?, ?)", (sha, locker.read(sha)))
    finally:
        target.close()
    return len(wanted)


def _snapshot(db: Database, out: Path) -> dict[str, int]:
    if out.exists():
        raise InputError(f"{out}: exists; a backup never overwrites a file")
    out.parent.mkdir(parents=True, exist_ok=True)
    engine = db.engine
    if engine.dialect.name == "sqlite":
        raw = engine.raw_connection()
        try:
            target = sqlite3.connect(out)
            with target:
                driver = raw.driver_connection
                assert driver is not None  # a live pool connection always has its DBAPI connection
                driver.backup(target)
            target.close()
        finally:
            raw.close()
        snap = create_engine(f"sqlite:///{out}")
        try:
            with snap.connect() as conn:
                md = _tables(snap)
                return {
                    t: conn.execute(select(func.count()).select_from(md.tables[t])).scalar_one()
                    for t in md.tables
                    if not t.startswith(SKIP)
                }
        finally:
            snap.dispose()
    target_db = open_db(str(out))  # the schema, at the same revision as the code
    try:
        with engine.connect() as src_conn:
            src_conn.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
            with target_db.engine.begin() as dst_conn:
                for table in reversed(_tables(target_db.engine).sorted_tables):
                    if not table.name.startswith(SKIP):
                        dst_conn.execute(table.delete())  # rows the migrations seeded
                counts = _copy(engine, target_db.engine, src_conn, dst_conn)
    except BaseException:
        target_db.close()
        out.unlink(missing_ok=True)
        raise
    target_db.close()
    return counts


def restore(db: Database, backup_file: Path, locker: Locker | None = None) -> dict[str, int]:
    """Copy ``backup_file`` into ``db``, which must hold no documents, incidents, users or audit,
    and its evidence files into ``locker``."""
    if not backup_file.is_file():
        raise InputError(f"{backup_file}: no such backup file")
    with db.engine.connect() as conn:
        md = _tables(db.engine)
        for name in MUST_BE_EMPTY:
            if (
                name in md.tables
                and conn.execute(select(func.count()).select_from(md.tables[name])).scalar_one()
            ):
                raise InputError(
                    f"the store is not empty ({name} has rows); restore only into an empty store"
                )
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "backup.db"
        shutil.copyfile(backup_file, work)  # brought to the current schema without touching the backup
        try:
            src_db = open_db(str(work))
        except Exception as e:
            raise InputError(f"{backup_file}: not a harmwatch backup ({e})") from e
        try:
            with src_db.engine.connect() as src_conn, db.engine.begin() as dst_conn:
                for table in reversed(_tables(db.engine).sorted_tables):
                    if not table.name.startswith(SKIP):
                        dst_conn.execute(table.delete())  # rows the migrations seeded
                counts = _copy(src_db.engine, db.engine, src_conn, dst_conn)
                counts[FILES] = _put_files(src_conn, locker, backup_file)
                if db.engine.dialect.name == "postgresql":
                    _reset_sequences(dst_conn, _tables(db.engine))
        finally:
            src_db.close()
    return counts


def _put_files(src_conn, locker: Locker | None, backup_file: Path) -> int:
    """Put the backup's evidence files into ``locker`` (each checked against its name)."""
    if FILES not in _tables(src_conn.engine).tables:
        return 0  # a backup without evidence, or made before the locker existed
    n = 0
    for sha, data in src_conn.execute(text(f"SELECT sha256, data FROM {FILES} ORDER BY sha256")):
        if locker is None:
            raise InputError(
                f"{backup_file}: holds evidence files, and this store has no evidence directory: "
                "give --evidence-dir DIR"
            )
        if locker.put(bytes(data)) != sha:
            raise InputError(f"{backup_file}: evidence file {sha[:12]} does not match its sha256")
        n += 1
    return n


def _reset_sequences(conn, md: MetaData) -> None:
    for table in md.sorted_tables:
        if "id" in table.columns and table.columns["id"].primary_key:
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {table.name}), 1), "
                    f"(SELECT max(id) FROM {table.name}) IS NOT NULL) "
                    f"WHERE pg_get_serial_sequence('{table.name}', 'id') IS NOT NULL"
                )
            )
