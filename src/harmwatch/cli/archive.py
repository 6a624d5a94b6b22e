"""`harmwatch archive export`: the evidence of a set of incidents as a WACZ or WARC file."""

from __future__ import annotations

from pathlib import Path

import typer

from harmwatch.cli.app import app, fail
from harmwatch.cli.filters import Country, MinKilled, Since, SubEventType, Until, incident_filter
from harmwatch.errors import HarmwatchError, UsageError

archive_app = typer.Typer(
    help="The evidence locker: WARC, screenshots and PDFs of URL ingests.", no_args_is_help=True
)
app.add_typer(archive_app, name="archive")


@archive_app.command("export")
def archive_export(
    out: Path = typer.Option(..., "--out", metavar="FILE", help="FILE.wacz (WACZ 1.1.1) or FILE.warc.gz."),
    incident: list[str] = typer.Option(
        None,
        "--incident",
        metavar="ID",
        help="An incident id or key (repeat for more); default: every match.",
    ),
    country: Country = None,
    since: Since = None,
    until: Until = None,
    sub_event_type: SubEventType = None,
    min_killed: MinKilled = None,
) -> None:
    """Write the evidence of incidents as a WACZ or WARC file, with each item's custody record.

    Each source's URL fetches (WARC request and response records, as kept), screenshots and PDFs,
    and the original bytes of sources that came without an HTTP exchange.

    Incidents are those named by --incident, among those the filters match (no option: all).
    Evidence files are re-hashed as they are copied; a changed or missing one stops the export.

    Example: harmwatch archive export --incident 12 --incident 40 --out case.wacz
    """
    from sqlalchemy import or_

    from harmwatch.cli.store import open_locker, open_store
    from harmwatch.evidence.archive import export_archive, format_of, incident_ids
    from harmwatch.store.queries import filtered_incidents
    from harmwatch.store.tables import Incident

    try:
        format_of(out)
        f = incident_filter(country, since, until, sub_event_type, min_killed)
        stmt = filtered_incidents(f)
        if incident:
            numbers = [int(i) for i in incident if i.isdigit()]
            keys = [i for i in incident if not i.isdigit()]
            stmt = stmt.where(or_(Incident.id.in_(numbers), Incident.key.in_(keys)))
        db = open_store()
        try:
            with db.session() as s:
                ids = incident_ids(s, stmt)
                if incident and not ids:
                    raise UsageError(f"no incident {', '.join(incident)} (harmwatch incidents)")
                summary = export_archive(s, open_locker(), ids, out)
        finally:
            db.close()
    except HarmwatchError as e:
        fail(e)
        return
    typer.echo(
        f"harmwatch: wrote {out}: {summary.incidents} incidents, {summary.documents} documents, "
        f"{summary.evidence} evidence files ({summary.bytes:,} bytes)",
        err=True,
    )
