"""ACLED-format CSV: ACLED's 31 columns in ACLED's order, one row per incident.

Public API (pure: the caller opens the file)::

    ACLED_COLUMNS: tuple[str, ...]                       # the 31 column names, in order
    acled_row(s: IncidentSummary, timestamp: int | None = None) -> dict[str, str]   # timestamp: now
    write_acled(incidents: Iterable[IncidentSummary], out: TextIO, timestamp: int | None = None) -> int

``fatalities`` is the lowest figure the sources report (ACLED's conservative coding). Every integer
column holds an integer (pandas reads each as int64; docs/export.md lists what an unknown is):
an unknown death count is 0, as in ACLED, and the row's ``tags`` say ``fatalities unknown``;
``timestamp`` is the export's Unix time unless given.

Every row is dated: an incident whose sources give no event date is dated by its earliest
source's publication date with ``time_precision`` 3; an incident with neither is left out with a
warning naming it. ``time_precision`` comes from the date span (1 one day, 2 up to a week, 3
longer); ``geo_precision`` from what the point is (1 the town, village, camp or quarter; 2 a
district or area of a town; 3 an admin-1 region's or a country's point, also for a place known
only by its region or country; 0 no place at all); ``inter2`` is 0 when there is no second actor,
as in ACLED.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterable
from typing import TextIO

from harmwatch.export.common import blank, country_info, event_date, export_point, notes, warn_undated
from harmwatch.records import IncidentSummary

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip

_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence; Demonstrations",
    "Protests": "Political violence; Demonstrations",
    "Strategic developments": "Strategic developments",
}
# ACLED's actor-type codes (inter1/inter2)
INTER_STATE, INTER_MILITIA, INTER_PROTESTERS, INTER_CIVILIANS = (
    1,
    3,
    6,
    7,
)  # state forces, political militia, ...
_CIVILIAN_TARGETS = frozenset(
    "residential place_of_worship market medical school camp public_gathering aid journalists".split()
)


def _actors(s: IncidentSummary, country_name: str) -> tuple[str, str, int, str, int | None]:
    """actor1, assoc_actor_1, inter1, actor2, inter2."""
    if s.perpetrators:
        main = max(s.perpetrators, key=lambda p: len(p.attributed_by))  # first on ties
        actor1 = main.name
        assoc = "; ".join(p.name for p in s.perpetrators if p is not main)
        # an actor of unknown type is coded as ACLED codes an unidentified armed group
        inter1 = INTER_STATE if main.kind == "state" else INTER_MILITIA
    else:
        actor1 = f"Unidentified Armed Group ({country_name})" if country_name else "Unidentified Armed Group"
        assoc, inter1 = "", INTER_MILITIA
    suffix = f" ({country_name})" if country_name else ""
    if s.sub_event_type == "Excessive force against protesters":
        return actor1, assoc, inter1, f"Protesters{suffix}", INTER_PROTESTERS
    if s.event_type in ("Violence against civilians", "Riots") or set(s.targets) & _CIVILIAN_TARGETS:
        return actor1, assoc, inter1, f"Civilians{suffix}", INTER_CIVILIANS
    return actor1, assoc, inter1, "", None


# ACLED: 1 the town itself, 2 part of a region near a town, 3 a larger region (its point); 0 none
_GEO_PRECISION = {"town": 1, "district": 2, "admin1": 3, "country": 3, "none": 0}


def acled_row(s: IncidentSummary, timestamp: int | None = None) -> dict[str, str]:
    if timestamp is None:
        timestamp = int(time.time())
    info = country_info(s.country)
    country_name = info.name if info else ""
    actor1, assoc1, inter1, actor2, inter2 = _actors(s, country_name)
    inter2 = inter2 if inter2 is not None else 0  # ACLED: 0 when there is no second actor
    dated = event_date(s)
    day, precision = dated if dated else (None, None)
    codes = sorted(c for c in (inter1, inter2) if c)
    interaction = codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)  # 37; 30 without a second actor
    place = s.place
    point = export_point(place)
    tags = []
    if s.contested:
        tags.append("contested")
    if s.killed.low is None:
        tags.append("fatalities unknown")
    if s.killed.disagreement:
        tags.append(f"fatalities disputed ({s.killed.low}-{s.killed.high})")
    row = {
        "event_id_cnty": f"{info.iso3 if info else 'XXX'}{s.key.removeprefix('inc-').upper()}",
        "event_date": blank(day),
        "year": day[:4] if day else "",  # every written row is dated (write_acled)
        "time_precision": blank(precision),
        "disorder_type": _DISORDER.get(s.event_type or "", ""),
        "event_type": blank(s.event_type),
        "sub_event_type": blank(s.sub_event_type),
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "inter1": str(inter1),
        "actor2": actor2,
        "assoc_actor_2": "",
        "inter2": str(inter2),
        "interaction": str(interaction),
        "civilian_targeting": "Civilian targeting" if inter2 == INTER_CIVILIANS else "",
        "iso": str(info.isonumeric if info else 0),  # 0: no country known
        "region": info.region if info else "",
        "country": country_name,
        "admin1": blank(place.admin1 if place else None),
        "admin2": "",
        "admin3": "",
        "location": place.name if place and place.kind != "country" else "",
        "latitude": blank(point.lat),
        "longitude": blank(point.lon),
        "geo_precision": str(_GEO_PRECISION[point.level]),
        "source": "; ".join(dict.fromkeys(r.outlet or r.url or r.document_id for r in s.sources)),
        "source_scale": "",
        "notes": notes(s),
        "fatalities": str(s.killed.low or 0),  # unknown: 0 as in ACLED, tagged "fatalities unknown"
        "tags": "; ".join(tags),
        "timestamp": str(timestamp),
    }
    return row


def write_acled(incidents: Iterable[IncidentSummary], out: TextIO, timestamp: int | None = None) -> int:
    """Write the header and one row per incident; return the number of rows."""
    w = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    undated: list[str] = []
    if timestamp is None:
        timestamp = int(time.time())  # the export's time: one for every row
    for s in incidents:
        if event_date(s) is None:
            undated.append(s.key)
            continue
        w.writerow(acled_row(s, timestamp))
        n += 1
    warn_undated(undated, "ACLED")
    return n
