"""UCDP GED-style CSV: one row per incident with best / low / high death estimates.

Public API (pure: the caller opens the file)::

    UCDP_COLUMNS: tuple[str, ...]
    ucdp_row(s: IncidentSummary) -> dict[str, str]
    write_ucdp(incidents: Iterable[IncidentSummary], out: TextIO) -> int

Columns follow UCDP GED's names where a field has a meaning here; the conflict and dyad ids UCDP
assigns are not known to harmwatch and are left out. ``low`` <= ``best`` <= ``high``. Every
integer column holds an integer (pandas reads each as int64; docs/export.md lists what an unknown
is): an unknown death or injury count is 0 with ``deaths_reported`` / ``injured_reported`` 0 (two
columns of harmwatch's own, after GED's). ``where_prec`` is from what the point is: 1 the town, 2 a
district or area of a town, 4 an admin-1 region's point, 6 a country's point (also for a place
known only by its region or country), 0 no place at all. Undated incidents are dated or left out as in the ACLED export (an incident dated only by its
earliest source has ``date_prec`` 5); ``country_id`` is the Gleditsch–Ward code, as in GED.
``type_of_violence``: 1 state-based (armed clash with a state), 2 non-state, 3 one-sided (on civilians).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from harmwatch.export.common import (
    ExportPoint,
    blank,
    country_info,
    event_date,
    export_point,
    ucdp_date_prec,
    warn_undated,
)
from harmwatch.export.gw_codes import gw_code
from harmwatch.records import IncidentSummary

UCDP_COLUMNS: tuple[str, ...] = (
    "id", "year", "type_of_violence", "side_a", "side_b", "number_of_sources", "source_article",
    "source_office", "source_date", "where_prec", "where_coordinates", "adm_1", "latitude", "longitude",
    "geom_wkt", "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "best", "high", "low", "injured_low", "injured_high", "contested", "deaths_reported", "injured_reported",
)  # fmt: skip


def _type_of_violence(s: IncidentSummary) -> int:
    if s.event_type == "Battles":
        return 1 if any(p.kind == "state" for p in s.perpetrators) else 2
    return 3


# UCDP GED's where_prec: 1 the exact place, 2 within about 25 km of a known point (a district or
# area of a town), 4 a first-order admin unit's point, 6 the country's point; 0: no place at all
_WHERE_PREC = {"town": 1, "district": 2, "admin1": 4, "country": 6, "none": 0}


def _where_name(s: IncidentSummary, point: ExportPoint, country_name: str) -> str:
    """GED's where_coordinates: the name of the place the point is."""
    place = s.place
    if place is None:
        return ""
    if point.level == "admin1" and place.lat is None:
        return (place.name if place.kind == "admin1" else place.admin1) or place.name
    if point.level == "country" and place.lat is None:
        return country_name or place.name
    return place.name


def ucdp_row(s: IncidentSummary) -> dict[str, str]:
    info = country_info(s.country)
    place = s.place
    point = export_point(place)
    has_point = point.lat is not None and point.lon is not None
    k = s.killed
    best = k.best
    if best is not None:  # keep low <= best <= high
        best = max(best, k.low) if k.low is not None else best
        best = min(best, k.high) if k.high is not None else best
    deaths_known = any(v is not None for v in (k.low, k.best, k.high))
    injured_known = s.injured.low is not None or s.injured.high is not None
    dated = event_date(s)
    day = dated[0] if dated else None
    side_b = "Civilians" if _type_of_violence(s) == 3 else ""
    return {
        "id": s.key,
        "year": day[:4] if day else "",  # every written row is dated (write_ucdp)
        "type_of_violence": str(_type_of_violence(s)),
        "side_a": "; ".join(p.name for p in s.perpetrators),
        "side_b": side_b,
        "number_of_sources": str(len(s.sources)),
        "source_article": "; ".join(r.url or r.document_id for r in s.sources),
        "source_office": "; ".join(dict.fromkeys(r.outlet or "" for r in s.sources if r.outlet)),
        "source_date": "; ".join(r.published or "" for r in s.sources),
        "where_prec": str(_WHERE_PREC[point.level]),
        "where_coordinates": _where_name(s, point, info.name if info else ""),
        "adm_1": blank(place.admin1 if place else None),
        "latitude": blank(point.lat if has_point else None),
        "longitude": blank(point.lon if has_point else None),
        "geom_wkt": f"POINT ({point.lon} {point.lat})" if has_point else "",
        "country": info.name if info else "",
        "country_id": str(gw_code(s.country) or 0),  # Gleditsch–Ward, as UCDP GED; 0: no country known
        "region": info.ucdp_region if info else "",
        "event_clarity": "1" if len(s.sources) > 1 and not s.contested else "2",
        "date_prec": blank(ucdp_date_prec(s.date_start, s.date_end) if s.date_start else 5 if day else None),
        "date_start": blank(s.date_start or day),
        "date_end": blank(s.date_end or day),
        "best": str(best if best is not None else k.low or k.high or 0),
        "high": str(k.high if k.high is not None else k.low or 0),
        "low": str(k.low if k.low is not None else 0),
        "injured_low": str(s.injured.low or 0),
        "injured_high": str(s.injured.high if s.injured.high is not None else s.injured.low or 0),
        "contested": "1" if s.contested else "0",
        "deaths_reported": "1" if deaths_known else "0",
        "injured_reported": "1" if injured_known else "0",
    }


def write_ucdp(incidents: Iterable[IncidentSummary], out: TextIO) -> int:
    w = csv.DictWriter(out, fieldnames=UCDP_COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    undated: list[str] = []
    for s in incidents:
        if event_date(s) is None:
            undated.append(s.key)
            continue
        w.writerow(ucdp_row(s))
        n += 1
    warn_undated(undated, "UCDP")
    return n
