"""Places of the incident, resolved against an offline gazetteer."""

from __future__ import annotations

from harmwatch.extract.context import DocContext
from harmwatch.records import Location


def find_places(ctx: DocContext) -> tuple[Location, ...]:
    """The incident's places, most specific incident place first."""
    return ()
