"""Candidate blocking: which incidents an event is compared with at all (never all pairs).

An incident is indexed under (place key, type family, date bucket). An event looks up only the keys
it shares: its place keys (admin1, a 0.5-degree cell and its neighbours, its place names, or its
country when it only names the country), its type family (and incidents of unknown type), and the
weekly buckets that cover its dates ±3 days plus undated incidents. An undated event uses the 30
days before its publication instead, or, with no publication date either, the most recent incidents
of its place and family. Every list read is capped, so one event costs a
bounded number of comparisons and linking stays linear in the number of events.

Public API::

    day_interval(start: str | None, end: str | None) -> tuple[int, int] | None   # ordinal days
    type_family(sub_event_type: str | None) -> str          # "remote", "ground" or "?"
    event_type_of(sub_event_type: str | None) -> str | None  # ACLED event type
    place_keys(ev: EventRef) -> tuple[PlaceKey, ...]
    BlockIndex(): .add(incident_id, ev) ; .candidates(ev) -> list[int]
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from datetime import date
from functools import lru_cache

from harmwatch.link.names import is_country_level, name_key
from harmwatch.records import EventRef

DATE_WINDOW_DAYS = 3
BUCKET_DAYS = 7
LONG_INTERVAL_DAYS = 62  # a date vaguer than two months blocks like an unknown date
CELL_DEGREES = 0.5  # ~55 km: neighbouring cells cover the 50 km radius
CAP_BUCKET = 200  # most recent incidents read from one (place, family, week) list
CAP_UNDATED = 100  # most recent incidents read for an undated event
PUBLISHED_LOOKBACK_DAYS = 30  # an undated report looks for incidents this far before its publication

# ACLED's event type for each sub-event type (GOLD vocabulary)
ACLED_EVENT_TYPE: dict[str, str] = {
    "Armed clash": "Battles",
    "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Chemical weapon": "Explosions/Remote violence",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Sexual violence": "Violence against civilians",
    "Looting/property destruction": "Strategic developments",
    "Mob violence": "Riots",
    "Excessive force against protesters": "Protests",
}
# blocking families: reports of one incident disagree on the weapon (air strike or shelling,
# attack or clash) far more often than on whether it was remote or on the ground
_FAMILY = {"Explosions/Remote violence": "remote"}
FAMILIES = ("remote", "ground", "?")

_ISO = re.compile(r"^(\d{4}|X{4})(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?")

PlaceKey = tuple[str, ...]


def event_type_of(sub_event_type: str | None) -> str | None:
    return ACLED_EVENT_TYPE.get(sub_event_type or "")


# types a report gives when it does not say the weapon ("an attack on the camp"): other reports
# of the same incident often name the air strike or the shelling, so they block with every family
GENERIC_TYPES: frozenset[str] = frozenset({"Attack"})


def block_family(sub_event_type: str | None) -> str:
    """The family an event is indexed and looked up under ("?" for a generic type)."""
    return "?" if sub_event_type in GENERIC_TYPES else type_family(sub_event_type)


def type_family(sub_event_type: str | None) -> str:
    et = event_type_of(sub_event_type)
    if et is None:
        return "?"
    return _FAMILY.get(et, "ground")


def _bounds(value: str | None) -> tuple[int, int] | None:
    """First and last ordinal day a partial ISO date can mean; None when the year is unknown."""
    if not value:
        return None
    m = _ISO.match(value.strip())
    if not m or m.group(1) == "XXXX":
        return None
    year = int(m.group(1))
    month = m.group(2)
    day = m.group(3)
    try:
        if not month or month == "XX":
            return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
        mo = int(month)
        if not day or day == "XX":
            last = calendar.monthrange(year, mo)[1]
            return date(year, mo, 1).toordinal(), date(year, mo, last).toordinal()
        d = date(year, mo, int(day)).toordinal()
        return d, d
    except ValueError:
        return None


@lru_cache(maxsize=65_536)
def day_interval(start: str | None, end: str | None) -> tuple[int, int] | None:
    """The days (ordinals, inclusive) an event's date range can cover; None when unknown."""
    a, b = _bounds(start), _bounds(end)
    if a and b:
        lo, hi = min(a[0], b[0]), max(a[1], b[1])
        return (lo, hi) if hi - lo <= 366 else a
    return a or b


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(lat // CELL_DEGREES), int(lon // CELL_DEGREES)


def place_keys(ev: EventRef) -> tuple[PlaceKey, ...]:
    """Specific keys for an event's places; ("country", CC) alone when it only names a country;
    ("*",) when it has no place at all."""
    keys: list[PlaceKey] = []
    countries: list[str] = []
    for loc in ev.locations:
        cc = (loc.country or "").upper()
        if cc and cc not in countries:
            countries.append(cc)
        if is_country_level(loc):
            continue
        if loc.lat is not None and loc.lon is not None:
            keys.append(("cell", *map(str, _cell(loc.lat, loc.lon))))
        if loc.admin1:
            keys.append(("admin1", cc, name_key(loc.admin1)))
        nk = name_key(loc.name)
        if nk and name_key(cc) != nk:
            keys.append(("name", nk))  # no country: a namesake the gazetteer put abroad still meets
    if not keys:
        keys = [("country", cc) for cc in countries] or [("*",)]
    return tuple(dict.fromkeys(keys))


def _query_place_keys(ev: EventRef, own: tuple[PlaceKey, ...]) -> list[PlaceKey]:
    keys: list[PlaceKey] = []
    for k in own:
        if k[0] == "cell":
            la, lo = int(k[1]), int(k[2])
            keys.extend(("cell", str(la + i), str(lo + j)) for i in (-1, 0, 1) for j in (-1, 0, 1))
        elif k[0] == "country":
            keys.append(("in", k[1]))  # every incident in that country
        elif k[0] == "*":
            keys.append(("all",))
        else:
            keys.append(k)
    countries = {(loc.country or "").upper() for loc in ev.locations if loc.country}
    keys.extend(("country", cc) for cc in sorted(countries))  # country-level incidents there
    keys.append(("*",))  # incidents whose reports give no place
    return list(dict.fromkeys(keys))


def _misdated_publication(ev: EventRef, days: tuple[int, int]) -> int | None:
    """The publication day of a report whose incident date is not in the weeks before it
    (a misread date, or a late report); None otherwise."""
    pub = day_interval(ev.published, None)
    if not pub or pub[0] != pub[1]:
        return None
    if days[0] - DATE_WINDOW_DAYS <= pub[0] <= days[1] + PUBLISHED_LOOKBACK_DAYS:
        return None
    return pub[0]


class BlockIndex:
    """Incident ids by (place key, family, week bucket | "U" undated | "A" all)."""

    __slots__ = ("_lists",)

    def __init__(self) -> None:
        self._lists: dict[tuple, list[int]] = defaultdict(list)

    def _put(self, key: tuple, incident_id: int) -> None:
        lst = self._lists[key]
        if incident_id not in lst[-4:]:  # repeats are rare and harmless: candidates() dedupes
            lst.append(incident_id)

    def add(self, incident_id: int, ev: EventRef) -> None:
        """Index an incident under the keys of one of its events."""
        fam = block_family(ev.sub_event_type)
        own = place_keys(ev)
        countries = {(loc.country or "").upper() for loc in ev.locations if loc.country}
        pkeys = list(own) + [("in", cc) for cc in sorted(countries)] + [("all",)]
        days = day_interval(ev.date.start, ev.date.end)
        buckets: list[object] = ["A"]
        if days is None or days[1] - days[0] > LONG_INTERVAL_DAYS:
            buckets.append("U")
        else:
            buckets.extend(range(days[0] // BUCKET_DAYS, days[1] // BUCKET_DAYS + 1))
            pub = _misdated_publication(ev, days)
            if pub is not None:  # findable by reports dated near its publication too
                buckets.append(pub // BUCKET_DAYS)
        for pk in pkeys:
            for b in buckets:
                self._put((pk, fam, b), incident_id)

    def candidates(self, ev: EventRef) -> list[int]:
        """Incident ids that share a place key, a compatible family and the date window."""
        fam = block_family(ev.sub_event_type)
        fams = FAMILIES if fam == "?" else (fam, "?")
        days = day_interval(ev.date.start, ev.date.end)
        if days is None or days[1] - days[0] > LONG_INTERVAL_DAYS:
            pub = day_interval(ev.published, None)
            # undated: an incident is reported soon after it happens, so the weeks before publication
            days = (pub[0] - PUBLISHED_LOOKBACK_DAYS, pub[0]) if pub and pub[0] == pub[1] else None
        reads: list[tuple[object, int]]
        if days is None:
            reads = [("A", CAP_UNDATED)]
        else:
            lo, hi = days[0] - DATE_WINDOW_DAYS, days[1] + DATE_WINDOW_DAYS
            buckets = set(range(lo // BUCKET_DAYS, hi // BUCKET_DAYS + 1))
            misdated = _misdated_publication(ev, days)
            if misdated is not None:  # the date may be misread: look in the weeks before publication too
                p0 = misdated - PUBLISHED_LOOKBACK_DAYS
                buckets.update(range(p0 // BUCKET_DAYS, misdated // BUCKET_DAYS + 1))
            reads = [(b, CAP_BUCKET) for b in sorted(buckets)]
            reads.append(("U", CAP_UNDATED))
        out: dict[int, None] = {}
        for pk in _query_place_keys(ev, place_keys(ev)):
            for f in fams:
                for b, cap in reads:
                    lst = self._lists.get((pk, f, b))
                    if lst:
                        out.update(dict.fromkeys(lst[-cap:]))
        return sorted(out)
