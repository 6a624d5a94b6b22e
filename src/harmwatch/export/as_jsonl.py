"""JSON Lines: one incident per line with every source and every claim (with its words and span).

Public API (pure)::

    incident_to_dict(s: IncidentSummary) -> dict     # "documents": [input ids], "sources": [...]
    incident_from_dict(d: Mapping) -> IncidentSummary  # exact inverse of incident_to_dict
    write_jsonl(incidents: Iterable[IncidentSummary], out: TextIO) -> int
    read_jsonl(lines: Iterable[str]) -> Iterator[IncidentSummary]

Claims use the same JSON shapes as ``harmwatch extract`` (spans are [start, end] into each
document's cleaned text). Unknown figures are null, never 0.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from harmwatch.link.decode import (
    allegation_from_dict,
    casualty_from_dict,
    date_from_dict,
    location_from_dict,
    perpetrator_from_dict,
    response_from_dict,
    sighting_from_dict,
)
from harmwatch.records import (
    Denial,
    FigureRange,
    IncidentSummary,
    PerpetratorClaim,
    SourceFigure,
    SourceReport,
)


def _figure_to_dict(f: SourceFigure) -> dict[str, Any]:
    return {
        "document_id": f.document_id, "outlet": f.outlet, "url": f.url, "min": f.min, "max": f.max,
        "given_by": f.given_by, "group": f.group, "approximate": f.approximate, "vague": f.vague, "text": f.text,
    }  # fmt: skip


def _range_to_dict(r: FigureRange) -> dict[str, Any]:
    return {
        "low": r.low, "high": r.high, "best": r.best, "disagreement": r.disagreement,
        "by_source": [_figure_to_dict(f) for f in r.by_source],
    }  # fmt: skip


def _source_to_dict(r: SourceReport) -> dict[str, Any]:
    return {
        "document_id": r.document_id,
        "url": r.url,
        "outlet": r.outlet,
        "title": r.title,
        "published": r.published,
        "date": r.date.to_dict(),
        "locations": [x.to_dict() for x in r.locations],
        "sub_event_type": r.sub_event_type,
        "perpetrator": r.perpetrator.to_dict(),
        "targets": list(r.targets),
        "casualties": [c.to_dict() | {"derived": c.derived} for c in r.casualties],
        "responses": [x.to_dict() for x in r.responses],
        "allegations": [x.to_dict() for x in r.allegations],
        "sightings": [x.to_dict() for x in r.sightings],
    }


def incident_to_dict(s: IncidentSummary) -> dict[str, Any]:
    return {
        "id": s.key,
        "documents": list(s.documents),
        "date_start": s.date_start,
        "date_end": s.date_end,
        "place": s.place.to_dict() if s.place else None,
        "sub_event_type": s.sub_event_type,
        "event_type": s.event_type,
        "weapon": s.weapon,
        "perpetrators": [
            {
                "name": p.name,
                "country": p.country,
                "kind": p.kind,
                "attributed_by": list(p.attributed_by),
                "attributions": list(p.attributions),
            }
            for p in s.perpetrators
        ],
        "targets": list(s.targets),
        "killed": _range_to_dict(s.killed),
        "injured": _range_to_dict(s.injured),
        "contested": s.contested,
        "denials": [{"party": d.party, "document_id": d.document_id, "text": d.text} for d in s.denials],
        "sources": [_source_to_dict(r) for r in s.sources],
    }


def _figure_from_dict(d: Mapping[str, Any]) -> SourceFigure:
    return SourceFigure(
        document_id=d["document_id"], outlet=d.get("outlet"), url=d.get("url"), min=d.get("min"),
        max=d.get("max"), given_by=d.get("given_by"), group=d.get("group") or "people",
        approximate=bool(d.get("approximate")), vague=bool(d.get("vague")), text=d.get("text") or "",
    )  # fmt: skip


def _range_from_dict(d: Mapping[str, Any] | None) -> FigureRange:
    if not d:
        return FigureRange()
    return FigureRange(
        low=d.get("low"), high=d.get("high"), best=d.get("best"), disagreement=d.get("disagreement"),
        by_source=tuple(_figure_from_dict(f) for f in d.get("by_source") or ()),
    )  # fmt: skip


def _source_from_dict(d: Mapping[str, Any]) -> SourceReport:
    return SourceReport(
        document_id=d["document_id"],
        url=d.get("url"),
        outlet=d.get("outlet"),
        title=d.get("title"),
        published=d.get("published"),
        date=date_from_dict(d.get("date")),
        locations=tuple(location_from_dict(x) for x in d.get("locations") or ()),
        sub_event_type=d.get("sub_event_type"),
        perpetrator=perpetrator_from_dict(d.get("perpetrator")),
        targets=tuple(d.get("targets") or ()),
        casualties=tuple(casualty_from_dict(c) for c in d.get("casualties") or ()),
        responses=tuple(response_from_dict(x) for x in d.get("responses") or ()),
        allegations=tuple(allegation_from_dict(x) for x in d.get("allegations") or ()),
        sightings=tuple(sighting_from_dict(x) for x in d.get("sightings") or ()),
    )


def incident_from_dict(d: Mapping[str, Any]) -> IncidentSummary:
    return IncidentSummary(
        key=d["id"],
        documents=tuple(d.get("documents") or ()),
        date_start=d.get("date_start"),
        date_end=d.get("date_end"),
        place=location_from_dict(d["place"]) if d.get("place") else None,
        sub_event_type=d.get("sub_event_type"),
        event_type=d.get("event_type"),
        weapon=d.get("weapon"),
        perpetrators=tuple(
            PerpetratorClaim(
                name=p["name"],
                country=p.get("country"),
                kind=p.get("kind") or "unknown",
                attributed_by=tuple(p.get("attributed_by") or ()),
                attributions=tuple(p.get("attributions") or ()),
            )
            for p in d.get("perpetrators") or ()
        ),
        targets=tuple(d.get("targets") or ()),
        killed=_range_from_dict(d.get("killed")),
        injured=_range_from_dict(d.get("injured")),
        contested=bool(d.get("contested")),
        denials=tuple(
            Denial(party=x.get("party"), document_id=x["document_id"], text=x.get("text") or "")
            for x in d.get("denials") or ()
        ),
        sources=tuple(_source_from_dict(r) for r in d.get("sources") or ()),
    )


def write_jsonl(incidents: Iterable[IncidentSummary], out: TextIO) -> int:
    n = 0
    for s in incidents:
        out.write(json.dumps(incident_to_dict(s), ensure_ascii=False) + "\n")
        n += 1
    return n


def read_jsonl(lines: Iterable[str]) -> Iterator[IncidentSummary]:
    for line in lines:
        if line.strip():
            yield incident_from_dict(json.loads(line))
