"""`harmwatch export` and `harmwatch report`: the store's incidents in the field's formats."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

import typer

from harmwatch.cli.app import app, fail
from harmwatch.cli.filters import Country, MinKilled, Since, SubEventType, Until, incident_filter
from harmwatch.errors import HarmwatchError, InputError, UsageError


class ExportFormat(StrEnum):
    acled = "acled"
    ucdp = "ucdp"
    geojson = "geojson"
    jsonl = "jsonl"


@contextmanager
def _output(out: str):
    if out == "-":
        yield sys.stdout
        return
    try:
        # newline="": the CSV writers end rows themselves
        with Path(out).open("w", encoding="utf-8", newline="") as fh:
            yield fh
    except OSError as e:
        raise InputError(f"{out}: cannot write ({e.strerror or e})") from e


def _summaries(f):
    from harmwatch.cli.store import open_store
    from harmwatch.store.summaries import incident_summaries

    db = open_store()
    try:
        with db.session() as s:
            yield from incident_summaries(s, f)
    finally:
        db.close()


@app.command()
def export(
    fmt: ExportFormat = typer.Option(
        ..., "--format", help="acled (31-column CSV), ucdp (GED-style CSV), geojson, jsonl."
    ),
    out: str = typer.Option(..., "--out", metavar="FILE", help="Where to write; - for stdout."),
    country: Country = None,
    since: Since = None,
    until: Until = None,
    sub_event_type: SubEventType = None,
    min_killed: MinKilled = None,
    sign: Path = typer.Option(
        None,
        "--sign",
        metavar="KEYFILE",
        help="Sign: write FILE.manifest.json and its ed25519 .sig beside FILE.",
    ),
) -> None:
    """Export incidents: ACLED CSV (fatalities = the lowest reported figure; unknown 0, tagged; docs/export.md),
    UCDP GED-style CSV (best/low/high), RFC 7946 GeoJSON, or JSONL with every source and claim.

    Example: harmwatch export --format acled --out incidents.csv --country SY
    """
    from harmwatch.export.as_acled import write_acled
    from harmwatch.export.as_geojson import write_geojson
    from harmwatch.export.as_jsonl import write_jsonl
    from harmwatch.export.as_ucdp import write_ucdp

    writers = {"acled": write_acled, "ucdp": write_ucdp, "geojson": write_geojson, "jsonl": write_jsonl}
    try:
        f = incident_filter(country, since, until, sub_event_type, min_killed)
        if sign is not None and out == "-":
            raise UsageError("--sign needs --out FILE (a manifest is written beside it)")
        with _output(out) as fh:
            n = writers[fmt.value](_summaries(f), fh)
        if sign is not None:
            from harmwatch.export.signing import sign_files

            manifest = sign_files([Path(out)], sign)
            typer.echo(f"harmwatch: signed: {manifest} and {manifest.name}.sig", err=True)
    except HarmwatchError as e:
        fail(e)
        return
    typer.echo(f"harmwatch: exported {n} incidents as {fmt.value} to {out}", err=True)


@app.command()
def report(
    out: str = typer.Option(
        ..., "--out", metavar="FILE.html", help="Where to write the report; - for stdout."
    ),
    title: str = typer.Option("harmwatch incident report", "--title", help="The report's title."),
    country: Country = None,
    since: Since = None,
    until: Until = None,
    sub_event_type: SubEventType = None,
    min_killed: MinKilled = None,
) -> None:
    """Write a self-contained, printable HTML report: incident table, each incident's sources and
    figures, a small map and a timeline (inline SVG; no script, no external file).

    Example: harmwatch report --out syria-2016.html --country SY --since 2016-01-01 --until 2016-12-31
    """
    from harmwatch.export.report_html import render_report

    try:
        f = incident_filter(country, since, until, sub_event_type, min_killed)
        if out != "-" and not out.lower().endswith((".html", ".htm")):
            raise UsageError(f"--out {out}: the report is HTML; name it FILE.html")
        incidents = list(_summaries(f))
        parts = [
            f"country {country.upper()}" if country else "",
            f"since {since}" if since else "",
            f"until {until}" if until else "",
            sub_event_type or "",
            f"at least {min_killed} killed" if min_killed is not None else "",
        ]
        subtitle = f"{len(incidents)} incidents" + "".join(f" · {p}" for p in parts if p)
        html = render_report(
            incidents,
            title=title,
            subtitle=subtitle,
            generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        )
        with _output(out) as fh:
            fh.write(html)
    except HarmwatchError as e:
        fail(e)
        return
    typer.echo(f"harmwatch: wrote a report of {len(incidents)} incidents to {out}", err=True)
