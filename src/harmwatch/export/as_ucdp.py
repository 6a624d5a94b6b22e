"""UCDP GED-style CSV: one row per incident with best / low / high death estimates.

Public API (pure: the caller opens the file)::

    UCDP_COLUMNS: tuple[str, ...]
    ucdp_row(s: IncidentSummary) -> dict[str, str]
    write_ucdp(incidents: Iterable[IncidentSummary], out: TextIO) -> int

Columns follow UCDP GED's names where a field has a meaning here; the conflict and dyad ids UCDP
assigns are not known to harmwatch and are left out. ``low`` <= ``best`` <= ``high``; unknown is blank.
Undated incidents are dated or left out as in the ACLED export (an incident dated only by its
earliest source has ``date_prec`` 5); ``country_id`` is the Gleditsch–Ward code, as in GED.
``type_of_violence``: 1 state-based (armed clash with a state), 2 non-state, 3 one-sided (on civilians).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from harmwatch.export.common import blank, country_info, event_date, ucdp_date_prec, warn_undated
from harmwatch.export.gw_codes import gw_code
from harmwatch.records import IncidentSummary

UCDP_COLUMNS: tuple[str, ...] = (
    "id", "year", "type_of_violence", "side_a", "side_b", "number_of_sources", "source_article",
    "source_office", "source_date", "where_prec", "where_coordinates", "adm_1", "latitude", "longitude",
    "geom_wkt", "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "best", "high", "low", "injured_low", "injured_high", "contested",
)  # fmt: skip


def _type_of_violence(s: IncidentSummary) -> int:
    if s.event_type == "Battles":
        return 1 if any(p.kind == "state" for p in s.perpetrators) else 2
    return 3


def _where_prec(s: IncidentSummary) -> int | None:
    """UCDP GED: 1 the exact place, 2 within about 25 km of a known point (a district or area of a
    town), 4 a first-order admin unit, 6 the country; a place without coordinates counts only as
    its admin-1 region (4) or its country (6). None unknown."""
    p = s.place
    if not p:
        return None
    if p.kind == "country":
        return 6
    if p.kind == "admin1":
        return 4
    if p.lat is None or p.lon is None:
        return 4 if p.admin1 else 6 if p.country else None
    return 2 if p.kind in ("district", "area") else 1


def ucdp_row(s: IncidentSummary) -> dict[str, str]:
    info = country_info(s.country)
    place = s.place
    has_point = place is not None and place.lat is not None and place.lon is not None
    k = s.killed
    best = k.best
    if best is not None:  # keep low <= best <= high
        best = max(best, k.low) if k.low is not None else best
        best = min(best, k.high) if k.high is not None else best
    dated = event_date(s)
    day = dated[0] if dated else None
    side_b = "Civilians" if _type_of_violence(s) == 3 else ""
    return {
        "id": s.key,
        "year": day[:4] if day else "",
        "type_of_violence": str(_type_of_violence(s)),
        "side_a": "; ".join(p.name for p in s.perpetrators),
        "side_b": side_b,
        "number_of_sources": str(len(s.sources)),
        "source_article": "; ".join(r.url or r.document_id for r in s.sources),
        "source_office": "; ".join(dict.fromkeys(r.outlet or "" for r in s.sources if r.outlet)),
        "source_date": "; ".join(r.published or "" for r in s.sources),
        "where_prec": blank(_where_prec(s)),
        "where_coordinates": place.name if place else "",
        "adm_1": blank(place.admin1 if place else None),
        "latitude": blank(place.lat if has_point else None),
        "longitude": blank(place.lon if has_point else None),
        "geom_wkt": f"POINT ({place.lon} {place.lat})" if has_point else "",
        "country": info.name if info else "",
        "country_id": blank(gw_code(s.country)),  # Gleditsch–Ward, as UCDP GED
        "region": info.ucdp_region if info else "",
        "event_clarity": "1" if len(s.sources) > 1 and not s.contested else "2",
        "date_prec": blank(ucdp_date_prec(s.date_start, s.date_end) if s.date_start else 5 if day else None),
        "date_start": blank(s.date_start or day),
        "date_end": blank(s.date_end or day),
        "best": blank(best),
        "high": blank(k.high),
        "low": blank(k.low),
        "injured_low": blank(s.injured.low),
        "injured_high": blank(s.injured.high),
        "contested": "1" if s.contested else "0",
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
