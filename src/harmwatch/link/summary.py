"""What an incident's sources say together: dates, place, type, who did it, figures, disagreements.

Public API (pure)::

    summarize(incident: Incident) -> IncidentSummary
    figure_range(sources: Sequence[SourceFigure]) -> FigureRange
    headline_figure(ev: EventRef, outcome: str) -> SourceFigure | None

Figures: each document contributes its headline figure per outcome (the largest figure it gives
for the incident, read rather than computed; vague words only when it gives nothing else).
Across sources: ``low`` is the min of minimums (what ACLED codes), ``high`` the max of maximums,
``best`` the median, ``disagreement`` = (max - min) / max of the sources' figures.
An unknown figure stays ``None``: never 0.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from datetime import date

from harmwatch.link.blocking import day_interval, event_type_of
from harmwatch.link.names import is_country_level, name_key, perp_tokens
from harmwatch.records import (
    Denial,
    EventRef,
    FigureRange,
    Incident,
    IncidentSummary,
    Location,
    PerpetratorClaim,
    SourceFigure,
    SourceReport,
    outlet_of,
)


def headline_figure(ev: EventRef, outcome: str) -> SourceFigure | None:
    figs = [c for c in ev.casualties if c.outcome == outcome and (c.min is not None or c.max is not None)]
    read = [c for c in figs if not c.derived] or figs
    precise = [c for c in read if not c.vague] or read
    if not precise:
        return None
    best = max(precise, key=lambda c: c.min if c.min is not None else c.max or 0)  # first on ties
    return SourceFigure(
        document_id=ev.document_id,
        outlet=ev.outlet or outlet_of(ev.url),
        url=ev.url,
        min=best.min,
        max=best.max,
        given_by=best.source,
        group=best.group,
        approximate=best.approximate,
        vague=best.vague,
        text=best.text,
    )


def figure_range(sources: Sequence[SourceFigure]) -> FigureRange:
    if not sources:
        return FigureRange()
    lows = [s.low for s in sources if s.low is not None]
    highs = [s.high for s in sources if s.high is not None]
    low = min((s.min for s in sources if s.min is not None), default=min(lows, default=None))
    high = max(highs, default=None)  # a source's max, or its min when the max is open ("at least 40")
    points = [int(v) for v in lows]
    best = statistics.median_low(points) if points else None
    top = max(points, default=0)
    disagreement = round((top - min(points)) / top, 3) if points and top else (0.0 if points else None)
    return FigureRange(low=low, high=high, best=best, disagreement=disagreement, by_source=tuple(sources))


def _most_common(values: Sequence[str]) -> str | None:
    """The most frequent value; the first seen wins a tie (deterministic)."""
    if not values:
        return None
    counts = Counter(values)
    top = max(counts.values())
    return next(v for v in values if counts[v] == top)


def _place(events: Sequence[EventRef]) -> Location | None:
    specific: list[tuple[str, Location]] = []
    countries: list[Location] = []
    for ev in events:
        for loc in ev.locations:
            if is_country_level(loc):
                countries.append(loc)
            else:
                specific.append((f"{loc.country}|{name_key(loc.name)}", loc))
                break  # the event's main place is its first specific one
    if specific:
        key = _most_common([k for k, _ in specific])
        same = [loc for k, loc in specific if k == key]
        loc = same[0]
        if loc.lat is None or loc.admin1 is None:  # borrow what another report resolved
            fuller = next((x for x in same if x.lat is not None), None)
            admin = next((x.admin1 for x in same if x.admin1), None)
            loc = Location(
                name=loc.name,
                admin1=loc.admin1 or admin,
                country=loc.country,
                lat=loc.lat if loc.lat is not None else (fuller.lat if fuller else None),
                lon=loc.lon if loc.lon is not None else (fuller.lon if fuller else None),
                kind=loc.kind,
                text=loc.text,
                span=loc.span,
            )
        return loc
    return countries[0] if countries else None


def _dates(events: Sequence[EventRef]) -> tuple[str | None, str | None]:
    spans = [d for ev in events if (d := day_interval(ev.date.start, ev.date.end))]
    if not spans:
        return None, None
    narrowest = min(hi - lo for lo, hi in spans)
    best = [(lo, hi) for lo, hi in spans if hi - lo == narrowest]
    lo, hi = min(s[0] for s in best), max(s[1] for s in best)
    return date.fromordinal(lo).isoformat(), date.fromordinal(hi).isoformat()


def _perpetrators(events: Sequence[EventRef]) -> tuple[PerpetratorClaim, ...]:
    groups: dict[str, list[EventRef]] = {}
    for ev in events:
        p = ev.perpetrator
        if not p.name or p.name.lower() == "unknown":
            continue
        toks = perp_tokens(p.name)
        key = next((k for k, g in groups.items() if toks & perp_tokens(g[0].perpetrator.name)), None)
        if key is None and p.country:
            key = next((k for k, g in groups.items() if g[0].perpetrator.country == p.country), None)
        groups.setdefault(key or p.name, []).append(ev)
    out = []
    for g in groups.values():
        first = g[0].perpetrator
        out.append(
            PerpetratorClaim(
                name=first.name,
                country=first.country
                or next((e.perpetrator.country for e in g if e.perpetrator.country), None),
                kind=first.kind,
                attributed_by=tuple(dict.fromkeys(e.document_id for e in g)),
                attributions=tuple(dict.fromkeys(e.perpetrator.attribution for e in g)),
            )
        )
    return tuple(out)


def _one_per_document(events: Sequence[EventRef]) -> list[EventRef]:
    seen: set[str] = set()
    out = []
    for ev in events:
        if ev.document_id not in seen:
            seen.add(ev.document_id)
            out.append(ev)
    return out


def summarize(incident: Incident) -> IncidentSummary:
    events = list(incident.events)
    reports = _one_per_document(events)
    start, end = _dates(events)
    sub = _most_common([e.sub_event_type for e in events if e.sub_event_type])
    denials = tuple(
        Denial(party=r.party, document_id=ev.document_id, text=r.text)
        for ev in reports
        for r in ev.responses
        if r.stance == "deny"
    )
    return IncidentSummary(
        key=incident.key,
        documents=incident.documents,
        date_start=start,
        date_end=end,
        place=_place(events),
        sub_event_type=sub,
        event_type=event_type_of(sub),
        weapon=_most_common([e.weapon for e in events if e.weapon]),
        perpetrators=_perpetrators(events),
        targets=tuple(dict.fromkeys(t for e in events for t in e.targets)),
        killed=figure_range([f for ev in reports if (f := headline_figure(ev, "killed"))]),
        injured=figure_range([f for ev in reports if (f := headline_figure(ev, "injured"))]),
        contested=bool(denials),
        denials=denials,
        sources=tuple(
            SourceReport(
                document_id=ev.document_id,
                url=ev.url,
                outlet=ev.outlet or outlet_of(ev.url),
                title=ev.title,
                published=ev.published,
                date=ev.date,
                locations=ev.locations,
                sub_event_type=ev.sub_event_type,
                perpetrator=ev.perpetrator,
                targets=ev.targets,
                casualties=ev.casualties,
                responses=ev.responses,
                allegations=ev.allegations,
                sightings=ev.sightings,
            )
            for ev in reports
        ),
    )
