"""`harmwatch show ID`: one incident, its sources side by side, their claims in their own words."""

from __future__ import annotations

import json
import sys
from enum import StrEnum

import typer

from harmwatch.cli.app import app
from harmwatch.errors import InputError

EVENT_KINDS = ("casualty", "location", "perpetrator", "target", "date")


class ShowFormat(StrEnum):
    text = "text"
    json = "json"


def _fig(f: dict) -> str:
    lo, hi = f.get("min"), f.get("max")
    if lo is None and hi is None:
        return "-"
    return f"{lo}" if hi is None or hi == lo else f"{'' if lo is None else lo}–{hi}"


@app.command()
def show(
    incident_id: int = typer.Argument(
        ..., metavar="ID", help="The incident's id (see `harmwatch incidents`)."
    ),
    fmt: ShowFormat = typer.Option(ShowFormat.text, "--format", help="text (people) or json."),
) -> None:
    """Show an incident: sources side by side with their figures, claims with their quoted words, disagreements.

    Example: harmwatch show 12
    """
    from harmwatch.cli.store import store_session
    from harmwatch.store.queries import get_incident, incident_record, sightings_of

    with store_session() as s:
        inc = get_incident(s, incident_id)
        if inc is None:
            raise InputError(f"no incident {incident_id}")
        record = incident_record(inc, sightings_of(s, [src.document_id for src in inc.sources]))
        claims: dict[int, list[dict]] = {}
        for src in inc.sources:
            doc = src.document
            claims[src.document_id] = [
                {
                    "kind": c.kind,
                    "words": doc.text[c.span_start : c.span_end] if c.span_start is not None else "",
                    "span": [c.span_start, c.span_end],
                    "payload": c.payload,
                }
                for c in sorted(doc.claims, key=lambda c: (c.span_start is None, c.span_start or 0))
                if c.kind not in EVENT_KINDS or c.event_index == (src.event.index if src.event else None)
            ]
    for src in record["sources"]:
        src["claims"] = claims.get(src["document_id"], [])
    if fmt is ShowFormat.json:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=1) + "\n")
        return
    _print(record)


def _print(r: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    con = Console()
    date = r["date_start"] or "date unknown"
    if r["date_end"] and r["date_end"] != r["date_start"]:
        date += f" – {r['date_end']}"
    place = ", ".join(x for x in (r["place"], r["admin1"], r["country"]) if x) or "place unknown"
    con.print(f"[bold]Incident {r['id']}[/]: {r['sub_event_type'] or 'type unknown'}, {place}, {date}")
    perps = (
        "; ".join(f"{p.get('name')} ({p.get('attribution', '?')})" for p in r["perpetrators"]) or "unknown"
    )
    con.print(f"Perpetrator(s): {perps}", markup=False)
    killed = _fig({"min": r["killed_min"], "max": r["killed_max"]})
    injured = _fig({"min": r["injured_min"], "max": r["injured_max"]})
    line = f"Killed {killed} · injured {injured} across sources"
    if r["disagreement"]:
        line += f" · sources disagree ({r['disagreement']:.2f})"
    if r["contested"]:
        line += " · CONTESTED: a party denies"
    con.print(line, markup=False)
    t = Table(title="Sources")
    for col in ("document", "outlet", "published", "killed", "injured", "perpetrator"):
        t.add_column(col)
    for s in r["sources"]:
        p = s["perpetrator"] or {}
        t.add_row(
            str(s["document"]),
            s["outlet"] or "",
            s["published"] or "",
            _fig(s["killed"]),
            _fig(s["injured"]),
            f"{p.get('name', 'unknown')} ({p.get('attribution', 'unknown')})",
        )
    con.print(t)
    for s in r["sources"]:
        con.print(f"\n[bold]{s['document']}[/] {s['url'] or ''}", highlight=False)
        for seen in s.get("sightings") or ():
            again = " ".join(x for x in (seen["input_id"], seen["url"], seen["published"]) if x)
            con.print(f"  also seen as {again} (same text: one source)", markup=False, highlight=False)
        for c in s["claims"]:
            words = f"“{c['words']}”" if c["words"] else f"({c['payload'].get('name') or 'no words'})"
            con.print(f"  {c['kind']:<11} {words}", markup=False, highlight=False)
