"""`harmwatch backup` and `harmwatch restore`: the whole store in one portable file, and back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from harmwatch.cli.app import app, fail
from harmwatch.errors import HarmwatchError

if TYPE_CHECKING:
    from harmwatch.evidence.locker import Locker
    from harmwatch.store.db import Database


@app.command()
def backup(
    out: Path = typer.Option(
        ..., "--out", metavar="FILE", help="The backup file to write (never overwritten)."
    ),
) -> None:
    """Write a consistent snapshot of the store (SQLite or PostgreSQL) to one portable file.

    Safe while the app runs. The file is a SQLite database; `harmwatch restore` reads it into an
    empty store of either kind.

    Example: harmwatch --db incidents.db backup --out incidents-2026-12-06.hwbak
    """
    from harmwatch.store.backup import backup as run_backup

    said = _run(lambda db, locker: run_backup(db, out, locker))
    typer.echo(f"harmwatch: backed up {said} to {out}", err=True)


@app.command()
def restore(
    backup_file: Path = typer.Argument(..., metavar="FILE", help="A file written by `harmwatch backup`."),
) -> None:
    """Restore a backup into an empty store (SQLite or PostgreSQL): ids, audit trail and integrity
    chain kept, so `harmwatch verify` still passes.

    Example: harmwatch --db postgresql://team@db/harmwatch restore incidents-2026-12-06.hwbak
    """
    from harmwatch.store.backup import restore as run_restore

    said = _run(lambda db, locker: run_restore(db, backup_file, locker))
    typer.echo(f"harmwatch: restored {said}", err=True)


def _run(job: Callable[[Database, Locker | None], dict[str, int]]) -> str:
    """Run ``job`` on the store and its evidence locker (closed after; an error ends the command
    with its one line) and say what it copied: rows of tables and evidence files."""
    from harmwatch.cli.store import open_locker, open_store
    from harmwatch.store.backup import FILES

    try:
        db = open_store()
        try:
            counts = job(db, open_locker())
        finally:
            db.close()
    except HarmwatchError as e:
        fail(e)
        raise  # pragma: no cover - fail() always exits
    files = counts.pop(FILES, 0)
    return f"{sum(counts.values()):,} rows of {len(counts)} tables and {files:,} evidence files"
