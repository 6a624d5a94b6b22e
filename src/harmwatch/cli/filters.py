"""The incident filter options shared by `harmwatch incidents`, `export` and `report`, declared once."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

import typer

from harmwatch.errors import UsageError

if TYPE_CHECKING:
    from harmwatch.store.queries import IncidentFilter

Country = Annotated[str | None, typer.Option("--country", help="ISO 3166 alpha-2 country code.")]
Since = Annotated[str | None, typer.Option("--since", help="Incidents on or after this date (YYYY-MM-DD).")]
Until = Annotated[str | None, typer.Option("--until", help="Incidents on or before this date (YYYY-MM-DD).")]
SubEventType = Annotated[
    str | None, typer.Option("--type", help="ACLED sub-event type, e.g. 'Air/drone strike'.")
]
MinKilled = Annotated[
    int | None, typer.Option("--min-killed", help="At least this many killed (highest reported).")
]


def iso_date(value: str | None, name: str) -> str | None:
    """``value`` as YYYY-MM-DD, or None; a malformed date is a usage error naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as e:
        raise UsageError(f"{name}: expected YYYY-MM-DD, got {value!r}") from e


def incident_filter(
    country: str | None,
    since: str | None,
    until: str | None,
    sub_event_type: str | None,
    min_killed: int | None,
) -> IncidentFilter:
    """The store query's filter from the command's options (dates checked)."""
    from harmwatch.store.queries import IncidentFilter

    return IncidentFilter(
        country=country,
        since=iso_date(since, "--since"),
        until=iso_date(until, "--until"),
        sub_event_type=sub_event_type,
        min_killed=min_killed,
    )
