"""`harmwatch incidents`: list linked incidents, filtered, as a table, JSONL or CSV."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum

import typer

from harmwatch.cli.app import app, fail
from harmwatch.cli.filters import Country, MinKilled, Since, SubEventType, Until, incident_filter
from harmwatch.errors import HarmwatchError


class ListFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


CSV_COLUMNS = (
    "id",
    "date_start",
    "date_end",
    "country",
    "admin1",
    "place",
    "lat",
    "lon",
    "sub_event_type",
    "perpetrators",
    "killed_min",
    "killed_max",
    "injured_min",
    "injured_max",
    "disagreement",
    "contested",
    "documents",
)


def _fig(lo: int | None, hi: int | None) -> str:
    if lo is None and hi is None:
        return ""
    if hi is None or hi == lo:
        return f"{lo}"
    return f"{'' if lo is None else lo}–{hi}"


@app.command()
def incidents(
    country: Country = None,
    since: Since = None,
    until: Until = None,
    sub_event_type: SubEventType = None,
    min_killed: MinKilled = None,
    fmt: ListFormat = typer.Option(ListFormat.table, "--format", help="table (people), jsonl or csv."),
) -> None:
    """List incidents with their sources' documents and figures.

    jsonl: one incident per line with "documents" (the input ids) and each source's url and figures.

    Example: harmwatch incidents --country SY --since 2016-01-01 --format jsonl
    """
    from harmwatch.cli.store import open_store
    from harmwatch.store.queries import find_incidents, incident_record

    try:
        f = incident_filter(country, since, until, sub_event_type, min_killed)
        db = open_store()
        with db.session() as s:
            records = (incident_record(inc) for inc in find_incidents(s, f))
            if fmt is ListFormat.jsonl:
                for r in records:
                    sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
            elif fmt is ListFormat.csv:
                w = csv.writer(sys.stdout, lineterminator="\n")
                w.writerow(CSV_COLUMNS)
                for r in records:
                    row = dict(r)
                    row["perpetrators"] = "; ".join(p.get("name") or "" for p in r["perpetrators"])
                    row["documents"] = " ".join(str(d) for d in r["documents"])
                    w.writerow(["" if row[c] is None else row[c] for c in CSV_COLUMNS])
            else:
                _table(records)
        db.close()
    except HarmwatchError as e:
        fail(e)


def _table(records) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table()
    for col in ("id", "date", "place", "country", "type", "perpetrator", "killed", "injured", "sources"):
        t.add_column(col)
    for r in records:
        date = r["date_start"] or ""
        if r["date_end"] and r["date_end"] != r["date_start"]:
            date += f" – {r['date_end']}"
        perps = ", ".join(p.get("name") or "?" for p in r["perpetrators"]) or "unknown"
        killed = _fig(r["killed_min"], r["killed_max"]) + (" (contested)" if r["contested"] else "")
        t.add_row(
            str(r["id"]),
            date,
            r["place"] or "",
            r["country"] or "",
            r["sub_event_type"] or "",
            perps,
            killed,
            _fig(r["injured_min"], r["injured_max"]),
            str(len(r["documents"])),
        )
    Console().print(t)
