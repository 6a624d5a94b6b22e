"""Duplicate suggestions: for one incident, the other incidents of the same week and country
scored with the linker's own evidence (link/similarity.py ``score``: place, date, type,
perpetrator, figures, targets, wording), best first. A score at or above the linker's threshold
is what it would have joined; below it, a weaker likeness an analyst may still want to merge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.link.similarity import LINK_THRESHOLD, IncidentProfile, features, score
from harmwatch.store.linking import event_refs
from harmwatch.store.tables import EventRow, Incident, IncidentSource

WINDOW_DAYS = 7
MAX_CANDIDATES = 60
SHOWN = 5


@dataclass(frozen=True, slots=True)
class Suggestion:
    incident_id: int
    score: float
    likely: bool  # at or above the linker's threshold
    date_start: str | None
    place: str | None
    country: str | None
    sub_event_type: str | None
    killed_min: int | None
    killed_max: int | None


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def suggestions(session: Session, incident_id: int, shown: int = SHOWN) -> list[Suggestion]:
    inc = session.get(Incident, incident_id)
    day = _day(inc.date_start) if inc else None
    if inc is None or day is None:
        return []
    lo, hi = (day - timedelta(days=WINDOW_DAYS)).isoformat(), (day + timedelta(days=WINDOW_DAYS)).isoformat()
    stmt = select(Incident).where(
        Incident.id != inc.id, Incident.date_start >= lo, Incident.date_start <= hi + "~"
    )
    if inc.country:
        stmt = stmt.where(Incident.country == inc.country)
    candidates = list(session.scalars(stmt.order_by(Incident.id).limit(MAX_CANDIDATES)))
    if not candidates:
        return []
    ids = [inc.id, *(c.id for c in candidates)]
    rows = session.execute(
        select(IncidentSource.incident_id, EventRow)
        .join(EventRow, EventRow.id == IncidentSource.event_id)
        .where(IncidentSource.incident_id.in_(ids))
    ).all()
    refs = event_refs(session, [e for _, e in rows])
    feats: dict[int, list] = {}
    for holder, ev in rows:
        feats.setdefault(holder, []).append(features(refs[ev.id]))
    mine = feats.get(inc.id, [])
    out = []
    for c in candidates:
        profile = IncidentProfile()
        for f in feats.get(c.id, []):
            profile.add(f)
        best = max((score(f, profile) for f in mine), default=None) if feats.get(c.id) else None
        if best is None or best <= 0:
            continue
        out.append(
            Suggestion(
                c.id,
                round(best, 2),
                best >= LINK_THRESHOLD,
                c.date_start,
                c.place,
                c.country,
                c.sub_event_type,
                c.killed_min,
                c.killed_max,
            )
        )
    out.sort(key=lambda s: (-s.score, s.incident_id))
    return out[:shown]
