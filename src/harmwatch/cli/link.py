"""`harmwatch link`: link stored events to incidents."""

from __future__ import annotations

import typer

from harmwatch.cli.app import app


@app.command()
def link(
    rebuild: bool = typer.Option(
        False, "--rebuild", help="Drop every unlocked incident and link all events again."
    ),
) -> None:
    """Link the events no incident holds yet (or, with --rebuild, all of them).

    Example: harmwatch link --rebuild
    """
    from harmwatch.cli.store import store_session
    from harmwatch.store import linking
    from harmwatch.store.queries import counts

    with store_session() as s:
        linking.lock_for_linking(s)
        n = linking.rebuild(s) if rebuild else linking.link_pending(s)
        total = counts(s).incidents
    typer.echo(f"harmwatch: linked {n} events; {total} incidents", err=True)
