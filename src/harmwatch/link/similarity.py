"""How alike an event and an incident are: place, date, type, perpetrator, figures, targets, text.

Public API::

    features(ev: EventRef) -> EventFeatures     # computed once per event
    IncidentProfile(): .add(f: EventFeatures) ; score(f, profile) -> float (>= LINK_THRESHOLD links)
    coherent(f, g) -> bool            # two reports can be one incident (date, place, type family)
    strong_evidence(f, members) -> bool   # enough to join where no date can be compared
    strong_match(u, g) -> bool        # an unclassified report and a classified one

The score is a sum of evidence weights (positive for agreement, negative for contradiction);
each weight is a named constant below. Date evidence comes in windows (a day apart scores as the
same day), so within three days a date misread by one day moves a score by half a point at most.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np
from datasketch import MinHash

from harmwatch.extract.places.gazetteer import script_of
from harmwatch.link.blocking import GENERIC_TYPES, day_interval, type_family
from harmwatch.link.names import is_country_level, name_key, perp_tokens
from harmwatch.link.weekday import phrase_weekdays
from harmwatch.records import EventRef

LINK_THRESHOLD = 3.0
FAR_KM = 50.0  # main places further apart are two incidents (scored W_FAR; incoherent as members)
COHERENT_DAYS = 7  # reports of one incident dated further apart than this are two incidents
W_SAME_NAME = 3.0  # both give the same main place (spelling variants folded)
# a place name both mention, not both as the main place: reports of different incidents in one
# area name the same towns and the region in passing, so it is no evidence for one incident (it
# only spares the distance penalty: one of the two main places may be misranked)
W_SHARED_NAME = 0.0
W_NAMESAKE_ABROAD = 1.0  # one place name the gazetteer resolved in two countries
SAME_POINT_KM = 1.0  # main places this close are one place, however each report spells it
NEAR_KM = 10.0
W_NEAR_10KM = 1.0  # different main places under NEAR_KM apart
W_NEAR_50KM = -1.0  # different main places 10-50 km apart: neighbouring towns, usually two incidents
W_FAR = -3.0  # different countries, or main places over 50 km apart
W_OTHER_NAME = -1.0  # different main places in one country, no coordinates to compare
W_SAME_ADMIN1 = 1.0
W_SAME_COUNTRY_ONLY = 0.5
W_SAME_DAY = 1.5  # dates a day apart at most: a window, as a misread day or a night moves one by one
W_TWO_DAYS = 1.0  # two days apart (each of two dates one day off)
W_PUBLISHED_CLOSE = 0.5  # no incident dates: published within 3 days of each other
W_PUBLISHED_WEEKS = -1.0  # published 4 to PUBLISHED_GAP_DAYS days apart
W_PUBLISHED_APART = -2.5  # published over PUBLISHED_GAP_DAYS apart, or before the other's incident date
PUBLISHED_GAP_DAYS = 14
PUBLISHED_CLOSE_DAYS = 3  # an unclassified report published further from the other is not linked
W_DATE_OVERLAP = 0.5
W_SAME_WEEKDAY = 1.5  # no day to compare, but both name (or fall on) the same weekday
W_NEXT_WEEKDAY = 0.75  # a night apart: one night told two ways, or a date one day off
W_OTHER_WEEKDAY = -1.5  # no day to compare, and the weekdays differ by more than a night
W_DATE_NEAR_APART = -2.5  # both dated precisely, 4 to 7 days apart
W_DATE_APART = -4.0  # both dated precisely and more than the window apart (blocking lets undated through)
W_SAME_TYPE = 1.0
W_OTHER_FAMILY = -1.5
W_GENERIC_OTHER_FAMILY = -1.0  # the same, where one side's type is generic ("Attack")
W_PERP = 1.0
W_PERP_OTHER = -0.5
W_FIGURE = 1.0  # a death toll in common (3 or more)
W_OTHER_FIGURE = 1.0  # no death toll in common, but another figure (3 or more)
W_TARGET = 0.5
W_TEXT = 10.0  # times the text Jaccard estimate above TEXT_BASE
TEXT_BASE = 0.08  # what two unrelated reports from one country share (measured on dev reports)
TEXT_MAX = 2.5  # text alone never outweighs a contradiction of place or date
TEXT_STRONG = 0.15  # a text Jaccard estimate that counts as a shared detail for an undated report
# the largest death tolls of two reports of one incident are rarely further apart than this
# (an early toll and a final one); among tune-half dev report pairs at one place whose tolls do
# not overlap, 23 of 33 pairs of one incident and 2 of 13 pairs of two incidents are within it
TOLL_RATIO = 4.0
NUM_PERM = 64
MAX_SIGNATURES = 8  # an incident keeps the text signatures of its first reports

_MONTH_DAY = re.compile(r"^(?:\d{4}|XXXX)-(\d{2})-(\d{2})")
_CAP_TOKEN = re.compile(r"\b[A-Z][\w'-]{2,}")


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """MinHash's random permutations, drawn once (drawing them costs more than hashing a text)."""
    return MinHash(num_perm=NUM_PERM, seed=7, scheme="affine32").permutations


def text_signature(text: str) -> np.ndarray | None:
    """MinHash of the document's capitalised words and numbers (names, places, figures):
    reports of one incident share these even when their sentences differ."""
    tokens = {t.lower() for t in _CAP_TOKEN.findall(text[:20_000])}
    tokens.update(re.findall(r"\b\d{2,}\b", text[:20_000]))
    if len(tokens) < 5:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=7, permutations=_permutations(), scheme="affine32")
    mh.update_batch([t.encode("utf-8") for t in sorted(tokens)])
    return mh.hashvalues.astype(np.uint64)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True, slots=True)
class EventFeatures:
    days: tuple[int, int] | None
    precise_date: bool
    published: int | None  # ordinal day
    day_of_year: int | None  # from a day-precise date even when its year is unknown ("XXXX-04-21")
    weekdays: frozenset[int]  # the day's weekday, or those its phrase names ("on Friday", no year)
    primary: tuple[str, str] | None  # (country, name key) of the first specific place
    primary_point: tuple[float, float] | None
    countries: frozenset[str]
    names: frozenset[tuple[str, str]]  # (country, name key) of specific places
    keys: frozenset[str]  # their name keys alone (one name the gazetteer put in two countries)
    admin1s: frozenset[tuple[str, str]]
    points: tuple[tuple[float, float], ...]
    sub_event_type: str | None
    family: str
    generic: bool  # a type that does not say the weapon ("Attack"): its family is a weak guess
    perp: frozenset[str]
    perp_country: str | None
    targets: frozenset[str]
    figures: frozenset[int]
    signature: np.ndarray | None
    unclassified: bool = False  # no language pack read the report: see strong_match
    all_figures: frozenset[int] = frozenset()  # every figure >= 3, killed, injured or unknown
    killed_top: int | None = None  # the largest death toll the report gives (None: no toll)
    killed_open: bool = False  # that toll is a lower bound ("at least 2 killed")


def features(ev: EventRef, signature: np.ndarray | None = None) -> EventFeatures:
    days = day_interval(ev.date.start, ev.date.end)
    names: set[tuple[str, str]] = set()
    admin1s, points, countries = set(), [], set()
    primary, primary_point = None, None
    for loc in ev.locations:
        cc = (loc.country or "").upper()
        if cc:
            countries.add(cc)
        if is_country_level(loc):
            continue
        nk = name_key(loc.name)
        # other names the report gives a place ("Jidideh (West Mosul)") count as names it
        # mentions, never as its main place: an alias is often the town around a district
        names.update((cc, ak) for ak in map(name_key, loc.aliases) if ak and ak != name_key(cc))
        if nk and nk != name_key(cc):
            names.add((cc, nk))
            if primary is None:
                primary = (cc, nk)
                if loc.lat is not None and loc.lon is not None:
                    primary_point = (loc.lat, loc.lon)
        if loc.admin1:
            admin1s.add((cc, name_key(loc.admin1)))
        if loc.lat is not None and loc.lon is not None:
            points.append((loc.lat, loc.lon))
    figures = {
        v
        for c in ev.casualties
        if c.outcome == "killed" and not c.vague and not c.derived
        for v in (c.min, c.max)
        if v is not None and v >= 3
    }
    all_figures = {
        v
        for c in ev.casualties
        if not c.vague and not c.derived
        for v in (c.min, c.max)
        if v is not None and v >= 3
    }
    tolls = sorted(
        (c.max if c.max is not None else c.min, c.max is None)
        for c in ev.casualties
        if c.outcome == "killed" and not c.vague and not c.derived and c.min is not None
    )
    pub = day_interval(ev.published, None)
    md = _MONTH_DAY.match(ev.date.start or "")
    day_of_year = None
    if md:
        try:
            day_of_year = date(2000, int(md.group(1)), int(md.group(2))).timetuple().tm_yday
        except ValueError:
            day_of_year = None
    # the weekday the report states ("on Friday") first: a day misread by one (a wrong week, the
    # night before) must not move it; else the weekday of a day-precise date
    weekdays = phrase_weekdays(ev.date.text)
    if not weekdays and days is not None and days[0] == days[1]:
        weekdays = frozenset({date.fromordinal(days[0]).weekday()})
    return EventFeatures(
        days=days,
        precise_date=days is not None and days[1] - days[0] <= 3,
        published=pub[0] if pub and pub[0] == pub[1] else None,
        day_of_year=day_of_year,
        weekdays=weekdays,
        primary=primary,
        primary_point=primary_point,
        countries=frozenset(countries),
        names=frozenset(names),
        keys=frozenset(k for _, k in names),
        admin1s=frozenset(admin1s),
        points=tuple(points),
        sub_event_type=ev.sub_event_type,
        family=type_family(ev.sub_event_type),
        generic=ev.sub_event_type in GENERIC_TYPES,
        perp=perp_tokens(ev.perpetrator.name),
        perp_country=(ev.perpetrator.country or "").upper() or None,
        targets=frozenset(ev.targets),
        figures=frozenset(figures),
        signature=signature if signature is not None else text_signature(ev.text),
        unclassified=ev.unclassified,
        all_figures=frozenset(all_figures),
        killed_top=tolls[-1][0] if tolls else None,
        killed_open=bool(tolls) and tolls[-1][1],
    )


class IncidentProfile:
    """What an incident's reports say so far, merged for scoring the next event."""

    __slots__ = (
        "days",
        "precise_days",
        "days_of_year",
        "weekdays",
        "member_weekdays",
        "published",
        "primaries",
        "primary_points",
        "countries",
        "names",
        "keys",
        "primary_keys",
        "admin1s",
        "points",
        "types",
        "families",
        "specific_families",
        "perp",
        "perp_countries",
        "targets",
        "figures",
        "all_figures",
        "signatures",
    )

    def __init__(self) -> None:
        self.days: tuple[int, int] | None = None
        self.precise_days: list[tuple[int, int]] = []
        self.days_of_year: set[int] = set()
        self.weekdays: set[int] = set()
        self.member_weekdays: list[frozenset[int]] = []  # each member's, for the first 16
        self.published: tuple[int, int] | None = None  # earliest and latest publication day
        self.primaries: set[tuple[str, str]] = set()
        self.primary_points: list[tuple[float, float]] = []
        self.countries: set[str] = set()
        self.names: set[tuple[str, str]] = set()
        self.keys: set[str] = set()
        self.primary_keys: set[str] = set()
        self.admin1s: set[tuple[str, str]] = set()
        self.points: list[tuple[float, float]] = []
        self.types: set[str] = set()
        self.families: set[str] = set()
        self.specific_families: set[str] = set()  # of members with a type that names the weapon
        self.perp: set[str] = set()
        self.perp_countries: set[str] = set()
        self.targets: set[str] = set()
        self.figures: set[int] = set()
        self.all_figures: set[int] = set()
        self.signatures: list[np.ndarray] = []

    def add(self, f: EventFeatures) -> None:
        if f.days:
            self.days = (
                f.days if self.days is None else (min(self.days[0], f.days[0]), max(self.days[1], f.days[1]))
            )
            if f.precise_date and len(self.precise_days) < 16:
                self.precise_days.append(f.days)
        if f.day_of_year is not None and len(self.days_of_year) < 16:
            self.days_of_year.add(f.day_of_year)
        self.weekdays |= f.weekdays
        if f.weekdays and len(self.member_weekdays) < 16:
            self.member_weekdays.append(f.weekdays)
        if f.published is not None:
            pub = self.published
            self.published = (
                (f.published, f.published)
                if pub is None
                else (min(pub[0], f.published), max(pub[1], f.published))
            )
        if f.primary:
            self.primaries.add(f.primary)
            self.primary_keys.add(f.primary[1])
        if f.primary_point and len(self.primary_points) < 16:
            self.primary_points.append(f.primary_point)
        self.countries |= f.countries
        self.names |= f.names
        self.keys |= f.keys
        self.admin1s |= f.admin1s
        if len(self.points) < 16:
            self.points.extend(f.points[: 16 - len(self.points)])
        if f.sub_event_type:
            self.types.add(f.sub_event_type)
        if f.family != "?":
            self.families.add(f.family)
            if not f.generic:
                self.specific_families.add(f.family)
        self.perp |= f.perp
        if f.perp_country:
            self.perp_countries.add(f.perp_country)
        self.targets |= f.targets
        self.figures |= f.figures
        self.all_figures |= f.all_figures
        if f.signature is not None and len(self.signatures) < MAX_SIGNATURES:
            self.signatures.append(f.signature)


def _min_km(a: Sequence[tuple[float, float]], b: Sequence[tuple[float, float]]) -> float | None:
    if not a or not b:
        return None
    return min(haversine_km(p[0], p[1], q[0], q[1]) for p in a for q in b)


def _place_score(f: EventFeatures, p: IncidentProfile) -> float:
    if f.countries and p.countries and not (f.countries & p.countries):
        # one place name resolved in two countries (a namesake abroad): the name still agrees
        if f.primary and f.primary[1] in p.primary_keys:
            return W_SAME_NAME
        return W_NAMESAKE_ABROAD if f.keys & p.keys else W_FAR
    if f.primary and f.primary in p.primaries:
        return W_SAME_NAME
    if not (f.primary and p.primaries):  # one side names only a country, or no place at all
        if f.admin1s & p.admin1s:
            return W_SAME_ADMIN1
        return W_SAME_COUNTRY_ONLY if f.countries & p.countries else 0.0
    # both name a main place, and not the same one
    d = _min_km((f.primary_point,) if f.primary_point else (), p.primary_points)
    if d is not None and d < SAME_POINT_KM:
        return W_SAME_NAME  # one gazetteer place written two ways (another script, another language)
    if d is not None and d < NEAR_KM:
        return W_NEAR_10KM  # a district and its city, or a camp and its town
    if f.names & p.names:
        return W_SHARED_NAME
    if d is not None:
        return W_NEAR_50KM if d < FAR_KM else W_FAR
    return W_OTHER_NAME + (W_SAME_ADMIN1 if f.admin1s & p.admin1s else 0.0)


def _published_score(f: EventFeatures, p: IncidentProfile) -> float:
    """Without incident dates on both sides, publication days are weak evidence."""
    if f.published is not None and p.days is not None and f.published < p.days[0] - 3:
        return W_PUBLISHED_APART  # published before the incident happened
    if f.days is not None and p.published is not None and p.published[1] < f.days[0] - 3:
        return W_PUBLISHED_APART
    if f.published is None or p.published is None:
        return 0.0
    gap = max(0, p.published[0] - f.published, f.published - p.published[1])
    if gap <= 3:
        return W_PUBLISHED_CLOSE
    return W_PUBLISHED_APART if gap > PUBLISHED_GAP_DAYS else W_PUBLISHED_WEEKS


def _day_of_year_score(f: EventFeatures, p: IncidentProfile) -> float | None:
    """Month and day given on both sides though a year is missing on one: compare them."""
    if f.day_of_year is None or not p.days_of_year:
        return None
    gap = min(min(abs(f.day_of_year - d), 365 - abs(f.day_of_year - d)) for d in p.days_of_year)
    return _near_days(gap) if gap <= 3 else W_DATE_APART


def _weekday_score(f: EventFeatures, p: IncidentProfile) -> float:
    """No day to compare: the weekdays the reports name, when both name one."""
    if not f.weekdays or not p.weekdays:
        return 0.0
    # members vote: a weekday phrase is sometimes another day's ("officials said on Monday"),
    # so one member against the others does not decide, and a one-day shift of one date moves
    # one vote at most
    same = sum(1 for w in p.member_weekdays if f.weekdays & w)
    apart = sum(1 for w in p.member_weekdays if _weekdays_apart(f.weekdays, w))
    near = len(p.member_weekdays) - same - apart  # a night apart: one night told two ways
    if apart > same + near:
        return W_OTHER_WEEKDAY
    if same > apart:
        return W_SAME_WEEKDAY
    return W_NEXT_WEEKDAY if same + near > apart else 0.0


def _weekdays_apart(a: AbstractSet[int], b: AbstractSet[int]) -> bool:
    """Two sets of weekdays with no day in common and none a night from the other's."""
    return bool(a and b) and not any((x - y) % 7 in (0, 1, 6) for x in a for y in b)


def _date_score(f: EventFeatures, p: IncidentProfile) -> float:
    if f.days is None or p.days is None:
        by_day = _day_of_year_score(f, p)
        return by_day if by_day is not None else _published_score(f, p) + _weekday_score(f, p)
    if f.precise_date and p.precise_days:
        gap = min(max(0, a[0] - f.days[1], f.days[0] - a[1]) for a in p.precise_days)
        if gap <= 3:
            return _near_days(gap)
        return _date_conflict(f, p, gap)
    if f.days[0] <= p.days[1] + 3 and p.days[0] <= f.days[1] + 3:
        return W_DATE_OVERLAP
    return W_DATE_APART


def _near_days(gap: int) -> float:
    """Evidence of dates 0 to 3 days apart: it falls by steps, never by more than W_SAME_DAY -
    W_TWO_DAYS for a day more, so a date misread by one day moves a score little."""
    return W_SAME_DAY if gap <= 1 else W_TWO_DAYS if gap == 2 else W_DATE_OVERLAP


def _date_conflict(f: EventFeatures, p: IncidentProfile, gap: int) -> float:
    """Incident dates over 3 days apart. Reports published within two days of each other most
    likely describe one event and one date was misread ("Thursday" resolved to the wrong week):
    the conflict then counts less."""
    penalty = W_DATE_NEAR_APART if gap <= 7 else W_DATE_APART
    if f.published is not None and p.published is not None:
        if max(0, p.published[0] - f.published, f.published - p.published[1]) <= 2:
            return penalty * 0.6 if gap <= 7 else penalty * 0.75
    return penalty


def score(f: EventFeatures, p: IncidentProfile) -> float:
    """Evidence that the event reports the profile's incident (>= LINK_THRESHOLD: same incident)."""
    s = _place_score(f, p) + _date_score(f, p)
    if f.sub_event_type and f.sub_event_type in p.types:
        s += W_SAME_TYPE
    elif f.family != "?" and p.families and f.family not in p.families:
        specific = not f.generic and p.specific_families and f.family not in p.specific_families
        s += W_OTHER_FAMILY if specific else W_GENERIC_OTHER_FAMILY
    if f.perp and p.perp and (f.perp & p.perp):
        s += W_PERP
    elif f.perp_country and f.perp_country in p.perp_countries:
        s += W_PERP  # one perpetrator named in two languages, or two names of one state's forces
    elif f.perp and p.perp and _same_script(f.perp, p.perp):
        s += W_PERP_OTHER
    if f.figures & p.figures:
        s += W_FIGURE
    elif f.all_figures & p.all_figures:
        s += W_OTHER_FIGURE  # a count of the injured, or of an outcome a pack could not tell
    if f.targets & p.targets:
        s += W_TARGET
    if f.signature is not None and p.signatures:
        best = max(jaccard(f.signature, sig) for sig in p.signatures)
        s += min(TEXT_MAX, W_TEXT * max(0.0, best - TEXT_BASE))
    return s


def _same_script(a: AbstractSet[str], b: AbstractSet[str]) -> bool:
    """Whether two perpetrator names share a script: names in two scripts say nothing apart."""
    return bool({script_of(w) for w in a} & {script_of(w) for w in b})


def has_incident_date(f: EventFeatures) -> bool:
    """The report gives the incident's date (a day, a month, or a day and month without a year)."""
    return f.days is not None or f.day_of_year is not None


def same_place(f: EventFeatures, g: EventFeatures) -> bool:
    """Both reports give one main place: the same name key in one country, or one gazetteer
    point (under SAME_POINT_KM apart) however each spells it."""
    if not f.primary or not g.primary:
        return False
    if f.primary == g.primary:
        return True
    return _points_within(f, g, SAME_POINT_KM)


def _points_within(f: EventFeatures, g: EventFeatures, km: float) -> bool:
    """Both reports' main places have a point, under ``km`` apart."""
    return (
        f.primary_point is not None
        and g.primary_point is not None
        and haversine_km(*f.primary_point, *g.primary_point) < km
    )


def place_agrees(f: EventFeatures, g: EventFeatures) -> bool:
    """One report's main place is the other's, is named among the other's places, or lies
    within NEAR_KM of the other's (a district and its city)."""
    if same_place(f, g) or (f.primary and f.primary in g.names) or (g.primary and g.primary in f.names):
        return True
    return _points_within(f, g, NEAR_KM)


def corroborations(f: EventFeatures, g: EventFeatures) -> int:
    """How many specific details besides place, type and perpetrator two reports share: a figure
    (3 or more), a stated weekday, much of the text's names and numbers (TEXT_STRONG), and a
    publication day that fits the other's dates."""
    n = 0
    if f.all_figures & g.all_figures:
        n += 1
    if f.weekdays & g.weekdays:
        n += 1
    if (
        f.signature is not None
        and g.signature is not None
        and jaccard(f.signature, g.signature) >= TEXT_STRONG
    ):
        n += 1
    if (f.published is not None or g.published is not None) and _dates_agree(f, g):
        n += 1
    return n


def tolls_agree(f: EventFeatures, g: EventFeatures) -> bool:
    """No contradiction of figures: a figure in common, largest death tolls within TOLL_RATIO of
    each other, the smaller one a lower bound ("at least 2"), or no toll on one side."""
    if f.killed_top is None or g.killed_top is None or f.all_figures & g.all_figures:
        return True
    (lo, lo_open), (hi, _) = sorted(((f.killed_top, f.killed_open), (g.killed_top, g.killed_open)))
    return lo_open or hi <= TOLL_RATIO * max(1, lo)  # "at least 2" fits any higher toll


def strong_evidence(f: EventFeatures, members: Sequence[EventFeatures]) -> bool:
    """Whether a report joins an incident with no date to compare (it gives no incident date, or
    no member does). With some member it must give: the same main place (:func:`same_place`) and
    type family, and tolls that agree (:func:`tolls_agree`) or one specific detail in common
    (:func:`corroborations`); or two such details and a place that agrees (:func:`place_agrees`),
    or the same country where one of them names no place below it. Dates play no part, so a
    one-day change of a date elsewhere cannot make this true."""
    for g in members:
        if g.unclassified:
            continue
        n = corroborations(f, g)
        if same_place(f, g) and f.family == g.family != "?" and (n or tolls_agree(f, g)):
            return True
        if n >= 2 and (place_agrees(f, g) or _only_country_given(f, g)):
            return True
    return False


def _only_country_given(f: EventFeatures, g: EventFeatures) -> bool:
    """One report names no place below the country, and the countries agree."""
    return (not f.primary or not g.primary) and bool(f.countries & g.countries)


def undated(f: EventFeatures) -> bool:
    """The report gives neither an incident date nor a publication date (perhaps a weekday)."""
    return f.days is None and f.day_of_year is None and f.published is None


def _mentions_main_place(f: EventFeatures, g: EventFeatures) -> bool:
    """Whether either report names the other's main place among its own places (within
    NEAR_KM): one of the two main places is then a misranked secondary place."""
    return any(
        haversine_km(*a.primary_point, *q) <= NEAR_KM
        for a, b in ((f, g), (g, f))
        if a.primary_point
        for q in b.points
    )


def coherent(f: EventFeatures, g: EventFeatures) -> bool:
    """Whether two reports can describe one incident: no contradiction of date, place or type.

    An incident must hold together as a whole, not just through a chain of pairwise links, so a
    newcomer is checked against every member: reports dated over COHERENT_DAYS apart (unless
    they were published within two days of each other: then a date was misread), in
    different countries or over FAR_KM apart, or of different type families (a generic "Attack"
    only where the dates are over a day apart) are never one incident.
    """
    published_together = (
        f.published is not None and g.published is not None and abs(f.published - g.published) <= 2
    )
    if published_together:
        pass  # published within two days: one of the dates is more likely misread than the event other
    elif f.days is not None and g.days is not None:
        gap = max(0, g.days[0] - f.days[1], f.days[0] - g.days[1])
        if gap > COHERENT_DAYS:
            return False
    elif f.day_of_year is not None and g.day_of_year is not None:
        d = abs(f.day_of_year - g.day_of_year)
        if min(d, 365 - d) > COHERENT_DAYS:
            return False
    if f.countries and g.countries and not (f.countries & g.countries) and not (f.keys & g.keys):
        return False
    if f.primary_point and g.primary_point:
        if haversine_km(*f.primary_point, *g.primary_point) > FAR_KM and not _mentions_main_place(f, g):
            return False
    if f.family != "?" and g.family != "?" and f.family != g.family:
        # a generic type ("Attack") is a weak contradiction: forgiven where the dates agree
        return (f.generic or g.generic) and _days_apart(f, g) <= 1
    return True


def strong_match(u: EventFeatures, g: EventFeatures) -> bool:
    """Whether an unclassified event ``u`` (a report no language pack read: places and numbers in
    digits only) reports the classified event ``g``'s incident. It takes all of: ``u``'s main place
    (the first specific place of its lead) is ``g``'s main place (the same name key in one country,
    or under SAME_POINT_KM apart); a number of ``u`` is one of ``g``'s figures (killed or injured,
    3 or more); no date contradicts (:func:`_dates_agree`); and where no date can be compared at
    all, a second shared number. Type, perpetrator and text are not asked: ``u`` gives none that
    can be compared. Measured on the dev reports, each read as if its language had no pack: any
    place of ``u`` instead of its main place linked 4 reports of 67 wrongly (one city, a common
    number); this test linked 24 of 210, none wrongly."""
    if not g.primary or not u.primary or not u.unclassified or g.unclassified:
        return False
    same_place = u.primary == g.primary or (
        u.primary_point is not None
        and g.primary_point is not None
        and haversine_km(*u.primary_point, *g.primary_point) < SAME_POINT_KM
    )
    shared = u.all_figures & g.all_figures
    if not same_place or not shared:
        return False
    agree = _dates_agree(u, g)
    return agree if agree is not None else len(shared) >= 2


def _dates_agree(u: EventFeatures, g: EventFeatures) -> bool | None:
    """Whether two reports' dates agree (incident days within a day; a report published within
    PUBLISHED_CLOSE_DAYS of the other, or in the week after its incident), contradict (False), or
    cannot be compared (None)."""
    if u.days is not None and g.days is not None:
        return _days_apart(u, g) <= 1
    if u.day_of_year is not None and g.day_of_year is not None:
        return _days_apart(u, g) <= 1
    if u.published is not None and g.published is not None:
        if abs(u.published - g.published) > PUBLISHED_CLOSE_DAYS:
            return False
    for a, b in ((u, g), (g, u)):
        if a.published is not None and b.days is not None:
            return b.days[0] - 1 <= a.published <= b.days[1] + COHERENT_DAYS
    return True if u.published is not None and g.published is not None else None


def _days_apart(f: EventFeatures, g: EventFeatures) -> int:
    """Days between two reports' dates (0 when either gives no day to compare)."""
    if f.days is not None and g.days is not None:
        return max(0, g.days[0] - f.days[1], f.days[0] - g.days[1])
    if f.day_of_year is not None and g.day_of_year is not None:
        d = abs(f.day_of_year - g.day_of_year)
        return min(d, 365 - d)
    return 0
