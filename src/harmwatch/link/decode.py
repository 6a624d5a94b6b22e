"""Build the linker's :class:`EventRef` records from an extraction (typed or its JSON form).

Public API::

    event_refs_from_extraction(ex: Extraction, outlet: str | None = None) -> list[EventRef]
    event_refs_from_json(doc: Mapping[str, Any], outlet: str | None = None) -> list[EventRef]
        ``doc`` is one line of ``harmwatch extract --jsonl`` (or ``Extraction.to_dict()``);
        the document's ``id`` becomes ``EventRef.document_id``.

The ``*_from_dict`` helpers invert the records' ``to_dict()`` and are reused by the JSONL export reader.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from harmwatch.records import (
    Allegation,
    Casualty,
    DateRange,
    EventRef,
    Extraction,
    Location,
    Outcome,
    Perpetrator,
    Response,
    Sighting,
    Span,
    outlet_of,
)


def span_from(value: Sequence[int] | None) -> Span | None:
    if not value or len(value) != 2:
        return None
    return Span(int(value[0]), int(value[1]))


def _span_or_empty(value: Sequence[int] | None) -> Span:
    return span_from(value) or Span(0, 0)


def date_from_dict(d: Mapping[str, Any] | None) -> DateRange:
    if not d:
        return DateRange()
    return DateRange(
        start=d.get("start"), end=d.get("end"), text=d.get("text") or "", span=span_from(d.get("span"))
    )


def location_from_dict(d: Mapping[str, Any]) -> Location:
    lat, lon = d.get("lat"), d.get("lon")
    return Location(
        name=d.get("name") or "",
        admin1=d.get("admin1"),
        country=d.get("country"),
        lat=float(lat) if lat is not None else None,
        lon=float(lon) if lon is not None else None,
        kind=d.get("kind") or "place",
        text=d.get("text") or "",
        span=span_from(d.get("span")),
        aliases=tuple(a for a in d.get("aliases") or () if isinstance(a, str)),
    )


def perpetrator_from_dict(d: Mapping[str, Any] | None) -> Perpetrator:
    if not d:
        return Perpetrator()
    return Perpetrator(
        name=d.get("name") or "unknown",
        country=d.get("country"),
        kind=d.get("kind") or "unknown",
        attribution=d.get("attribution") or "unknown",
        text=d.get("text") or "",
        span=span_from(d.get("span")),
    )


def _int_or_none(v: Any) -> int | None:
    return None if v is None else int(v)


def casualty_from_dict(d: Mapping[str, Any], outcome: Outcome | None = None) -> Casualty:
    return Casualty(
        outcome=d.get("outcome") or outcome or "killed",
        min=_int_or_none(d.get("min")),
        max=_int_or_none(d.get("max")),
        group=d.get("group") or "people",
        approximate=bool(d.get("approximate")),
        vague=bool(d.get("vague")),
        derived=bool(d.get("derived")),
        source=d.get("source"),
        text=d.get("text") or "",
        span=span_from(d.get("span")),
    )


def response_from_dict(d: Mapping[str, Any]) -> Response:
    return Response(
        party=d.get("party"),
        stance=d.get("stance") or "",
        text=d.get("text") or "",
        span=_span_or_empty(d.get("span")),
    )


def allegation_from_dict(d: Mapping[str, Any]) -> Allegation:
    return Allegation(
        accuser=d.get("accuser"),
        accused=d.get("accused"),
        charge=d.get("charge") or "",
        text=d.get("text") or "",
        span=_span_or_empty(d.get("span")),
    )


def event_refs_from_json(doc: Mapping[str, Any], outlet: str | None = None) -> list[EventRef]:
    """One EventRef per event of one ``extract --jsonl`` output line (none when it has no events)."""
    url = doc.get("url")
    responses = tuple(response_from_dict(r) for r in doc.get("responses") or ())
    allegations = tuple(allegation_from_dict(a) for a in doc.get("allegations") or ())
    sightings = tuple(sighting_from_dict(x) for x in doc.get("sightings") or ())
    refs = []
    for i, ev in enumerate(doc.get("events") or ()):
        refs.append(
            EventRef(
                document_id=str(doc.get("id")),
                event_index=i,
                text=doc.get("text") or "",
                url=url,
                outlet=outlet or outlet_of(url),
                title=doc.get("title"),
                published=doc.get("published"),
                date=date_from_dict(ev.get("date")),
                locations=tuple(location_from_dict(loc) for loc in ev.get("locations") or ()),
                sub_event_type=ev.get("sub_event_type"),
                weapon=ev.get("weapon"),
                perpetrator=perpetrator_from_dict(ev.get("perpetrator")),
                targets=tuple(ev.get("targets") or ()),
                casualties=tuple(casualty_from_dict(c) for c in ev.get("casualties") or ()),
                responses=responses,
                allegations=allegations,
                main=bool(ev.get("main", i == 0)),
                background=bool(ev.get("background")),
                sightings=sightings,
                unclassified=bool(ev.get("unclassified")),
            )
        )
    return refs


def sighting_from_dict(d: Mapping[str, Any]) -> Sighting:
    return Sighting(
        input_id=d.get("input_id"), url=d.get("url"), outlet=d.get("outlet"), published=d.get("published")
    )


def event_refs_from_extraction(ex: Extraction, outlet: str | None = None) -> list[EventRef]:
    """One EventRef per event of a typed extraction."""
    refs = []
    for i, ev in enumerate(ex.events):
        refs.append(
            EventRef(
                document_id=str(ex.id),
                event_index=i,
                text=ex.text,
                url=ex.url,
                outlet=outlet or outlet_of(ex.url),
                title=ex.title,
                published=ex.published,
                date=ev.date,
                locations=ev.locations,
                sub_event_type=ev.sub_event_type,
                weapon=ev.weapon,
                perpetrator=ev.perpetrator,
                targets=tuple(dict.fromkeys(t.type for t in ev.targets)),
                casualties=ev.casualties,
                responses=ex.responses,
                allegations=ex.allegations,
                main=ev.main,
                background=ev.background,
                unclassified=ev.unclassified,
            )
        )
    return refs
