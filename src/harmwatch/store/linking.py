"""Link stored events to incidents.

Placeholder until ``harmwatch.link`` lands: every new (non-background) event starts its own incident.
``link_pending`` links the events no incident holds yet, so an ingest killed before linking is
finished by the next run; ``rebuild`` drops the unlocked incidents and links everything again.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from harmwatch.store.queries import figures_of
from harmwatch.store.tables import EventRow, Incident, IncidentSource

log = logging.getLogger(__name__)


def pending_events(session: Session) -> list[EventRow]:
    linked = select(IncidentSource.event_id)
    stmt = (
        select(EventRow)
        .where(EventRow.background.is_(False), EventRow.id.not_in(linked))
        .order_by(EventRow.document_id, EventRow.index)
    )
    return list(session.scalars(stmt))


def _incident_from_event(payload: dict[str, Any]) -> Incident:
    date = payload.get("date") or {}
    places = payload.get("locations") or []
    place = places[0] if places else {}
    perp = payload.get("perpetrator") or {}
    killed = figures_of(payload, "killed")
    injured = figures_of(payload, "injured")
    return Incident(
        date_start=date.get("start"),
        date_end=date.get("end") or date.get("start"),
        place=place.get("name"),
        country=place.get("country"),
        admin1=place.get("admin1"),
        lat=place.get("lat"),
        lon=place.get("lon"),
        sub_event_type=payload.get("sub_event_type"),
        perpetrators=[perp] if perp and perp.get("name") not in (None, "unknown") else [],
        killed_min=killed[0],
        killed_max=killed[1],
        injured_min=injured[0],
        injured_max=injured[1],
        disagreement=0.0 if killed[0] is not None else None,
        contested=False,
        locked=False,
    )


def link_pending(session: Session) -> int:
    """Link every event no incident holds yet; return how many were linked."""
    events = pending_events(session)
    for ev in events:
        inc = _incident_from_event(ev.payload)
        inc.sources.append(IncidentSource(event_id=ev.id, document_id=ev.document_id))
        session.add(inc)
    session.flush()
    return len(events)


def rebuild(session: Session) -> int:
    """Drop every unlocked incident and link all events again; return how many were linked."""
    unlocked = select(Incident.id).where(Incident.locked.is_(False))
    session.execute(delete(IncidentSource).where(IncidentSource.incident_id.in_(unlocked)))
    session.execute(delete(Incident).where(Incident.locked.is_(False)))
    session.flush()
    return link_pending(session)
