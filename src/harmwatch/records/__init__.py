"""Typed records that flow between harmwatch's stages (frozen dataclasses, pure data, no I/O).

- :mod:`~harmwatch.records.document`: :class:`RawDocument`, a report as it arrives;
- :mod:`~harmwatch.records.claims`: the cleaned text and every claim extracted from it, each with a
  :class:`Span` into the cleaned text (``Extraction.to_dict()`` is the JSON contract);
- :mod:`~harmwatch.records.incidents`: what linking reads and writes (:class:`EventRef`,
  :class:`Incident`, :class:`IncidentSummary` and its parts), read by ``store``, ``export`` and ``web``.

Every record is importable from ``harmwatch.records`` itself.
"""

from harmwatch.records.claims import (
    Aggregate,
    Allegation,
    Attribution,
    Casualty,
    CleanText,
    DateRange,
    Event,
    Evidence,
    Extraction,
    Location,
    Outcome,
    Perpetrator,
    PerpKind,
    Quote,
    RemovedSegment,
    Response,
    Span,
    Target,
)
from harmwatch.records.document import RawDocument
from harmwatch.records.incidents import (
    Denial,
    EventRef,
    FigureRange,
    Incident,
    IncidentSummary,
    PerpetratorClaim,
    Sighting,
    SourceFigure,
    SourceReport,
    outlet_of,
)

__all__ = [
    "Aggregate",
    "Allegation",
    "Attribution",
    "Casualty",
    "CleanText",
    "DateRange",
    "Denial",
    "Event",
    "EventRef",
    "Evidence",
    "Extraction",
    "FigureRange",
    "Incident",
    "IncidentSummary",
    "Location",
    "Outcome",
    "PerpKind",
    "Perpetrator",
    "PerpetratorClaim",
    "Quote",
    "RawDocument",
    "RemovedSegment",
    "Response",
    "Sighting",
    "SourceFigure",
    "SourceReport",
    "Span",
    "Target",
    "outlet_of",
]
