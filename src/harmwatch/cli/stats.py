"""`harmwatch stats`: how much the store holds."""

from __future__ import annotations

import json
import sys
from enum import StrEnum

import typer

from harmwatch.cli.app import app


class StatsFormat(StrEnum):
    text = "text"
    json = "json"


@app.command()
def stats(fmt: StatsFormat = typer.Option(StatsFormat.text, "--format", help="text or json.")) -> None:
    """Count documents, incidents, claims, events and ingest errors.

    Example: harmwatch --db incidents.db stats --format json
    """
    from harmwatch.cli.store import store_session
    from harmwatch.store.queries import counts

    with store_session() as s:
        c = counts(s)
    if fmt is StatsFormat.json:
        sys.stdout.write(json.dumps(c.to_dict()) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_header=False)
    for k, v in c.to_dict().items():
        table.add_row(k, f"{v:,}")
    Console().print(table)
