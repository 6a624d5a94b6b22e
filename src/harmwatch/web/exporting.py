"""The list's current filter exported from the UI: ACLED CSV, GeoJSON, JSONL or the printable HTML
report, with the same writers as ``harmwatch export`` (summaries rebuilt from each incident's
stored events, as there)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from harmwatch.errors import UsageError
from harmwatch.records import IncidentSummary
from harmwatch.store.summaries import summaries_of
from harmwatch.store.tables import Incident
from harmwatch.web import queries

EXPORT_CAP = 10_000  # incidents in one export from the UI (the CLI exports any number)
FORMATS = {
    "acled": ("text/csv; charset=utf-8", "csv"),
    "geojson": ("application/geo+json", "geojson"),
    "jsonl": ("application/x-ndjson", "jsonl"),
    "report": ("text/html; charset=utf-8", "html"),
}


def summaries(session: Session, f: queries.Filters) -> Iterator[IncidentSummary]:
    """Summaries of the incidents matching the list's filter, by id."""
    stmt = queries.filtered(session, f).with_only_columns(Incident.id, Incident.key).order_by(Incident.id)
    heads = list(session.execute(stmt.limit(EXPORT_CAP + 1)))
    if len(heads) > EXPORT_CAP:
        raise UsageError(
            f"more than {EXPORT_CAP:,} incidents match: narrow the filter, or use `harmwatch export`"
        )
    yield from summaries_of(session, heads)


def export(session: Session, f: queries.Filters, fmt: str) -> tuple[str, str, str]:
    """(body, media type, file suffix) of the filtered incidents in ``fmt``."""
    from harmwatch.export.as_acled import write_acled
    from harmwatch.export.as_geojson import write_geojson
    from harmwatch.export.as_jsonl import write_jsonl
    from harmwatch.export.report_html import render_report

    if fmt not in FORMATS:
        raise UsageError(f"format must be one of {', '.join(FORMATS)}")
    incidents = list(summaries(session, f))
    media, suffix = FORMATS[fmt]
    if fmt == "report":
        shown = ", ".join(f"{k} {v}" for k, v in f.as_query().items()) or "all incidents"
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        return render_report(incidents, subtitle=f"filter: {shown}", generated=stamp), media, suffix
    out = io.StringIO()
    {"acled": write_acled, "geojson": write_geojson, "jsonl": write_jsonl}[fmt](incidents, out)
    return out.getvalue(), media, suffix
