"""RFC 7946 GeoJSON: a FeatureCollection, one Feature per incident.

Public API (pure)::

    incident_feature(s: IncidentSummary) -> dict          # a GeoJSON Feature (JSON-ready dict)
    feature_collection(incidents: Iterable[IncidentSummary]) -> dict
    write_geojson(incidents: Iterable[IncidentSummary], out: TextIO) -> int

Positions are [longitude, latitude] (RFC 7946 section 3.1.1), WGS 84, no "crs" member; an
incident without coordinates has ``"geometry": null`` (section 3.2). Unknown figures are null.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from harmwatch.export.common import country_info
from harmwatch.records import IncidentSummary


def incident_feature(s: IncidentSummary) -> dict[str, Any]:
    place = s.place
    geometry = None
    if place is not None and place.lat is not None and place.lon is not None:
        geometry = {"type": "Point", "coordinates": [round(place.lon, 6), round(place.lat, 6)]}
    info = country_info(s.country)
    return {
        "type": "Feature",
        "id": s.key,
        "geometry": geometry,
        "properties": {
            "key": s.key,
            "date_start": s.date_start,
            "date_end": s.date_end,
            "place": place.name if place else None,
            "admin1": place.admin1 if place else None,
            "country": s.country,
            "country_name": info.name if info else None,
            "sub_event_type": s.sub_event_type,
            "event_type": s.event_type,
            "perpetrators": [p.name for p in s.perpetrators],
            "killed_low": s.killed.low,
            "killed_high": s.killed.high,
            "killed_best": s.killed.best,
            "killed_disagreement": s.killed.disagreement,
            "injured_low": s.injured.low,
            "injured_high": s.injured.high,
            "contested": s.contested,
            "documents": list(s.documents),
            "sources": [r.url or r.document_id for r in s.sources],
        },
    }


def feature_collection(incidents: Iterable[IncidentSummary]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [incident_feature(s) for s in incidents]}


def write_geojson(incidents: Iterable[IncidentSummary], out: TextIO) -> int:
    fc = feature_collection(incidents)
    json.dump(fc, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(fc["features"])
