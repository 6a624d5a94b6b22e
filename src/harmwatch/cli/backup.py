"""`harmwatch backup` and `harmwatch restore`: the whole store in one portable file, and back."""

from __future__ import annotations

from pathlib import Path

import typer

from harmwatch.cli.app import app, fail
from harmwatch.errors import HarmwatchError


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
    from harmwatch.cli.store import open_locker, open_store
    from harmwatch.store.backup import FILES
    from harmwatch.store.backup import backup as run_backup

    try:
        db = open_store()
        try:
            counts = run_backup(db, out, open_locker())
        finally:
            db.close()
    except HarmwatchError as e:
        fail(e)
        return
    files = counts.pop(FILES, 0)
    typer.echo(
        f"harmwatch: backed up {sum(counts.values()):,} rows of {len(counts)} tables and {files:,} evidence"
        f" files to {out}",
        err=True,
    )


@app.command()
def restore(
    backup_file: Path = typer.Argument(..., metavar="FILE", help="A file written by `harmwatch backup`."),
) -> None:
    """Restore a backup into an empty store (SQLite or PostgreSQL): ids, audit trail and integrity
    chain kept, so `harmwatch verify` still passes.

    Example: harmwatch --db postgresql://team@db/harmwatch restore incidents-2026-12-06.hwbak
    """
    from harmwatch.cli.store import open_locker, open_store
    from harmwatch.store.backup import FILES
    from harmwatch.store.backup import restore as run_restore

    try:
        db = open_store()
        try:
            counts = run_restore(db, backup_file, open_locker())
        finally:
            db.close()
    except HarmwatchError as e:
        fail(e)
        return
    files = counts.pop(FILES, 0)
    typer.echo(
        f"harmwatch: restored {sum(counts.values()):,} rows of {len(counts)} tables and {files:,} evidence files",
        err=True,
    )
