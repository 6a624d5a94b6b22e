"""Incident summaries (what exports and reports read), rebuilt from the stored events of each incident
with :func:`harmwatch.link.summary.summarize`; sources are named by their input ids."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.link.summary import summarize
from harmwatch.records import Incident as LinkedIncident
from harmwatch.records import IncidentSummary
from harmwatch.store.linking import event_refs
from harmwatch.store.queries import IncidentFilter, filtered_incidents
from harmwatch.store.tables import EventRow, Incident, IncidentSource

BATCH = 500  # incidents loaded at a time: memory stays bounded on large stores


def incident_summaries(session: Session, f: IncidentFilter = IncidentFilter()) -> Iterator[IncidentSummary]:
    """The summary of every incident matching ``f``, by id."""
    stmt = filtered_incidents(f).with_only_columns(Incident.id, Incident.key)
    yield from summaries_of(session, list(session.execute(stmt)))


def summaries_of(session: Session, heads: Sequence[tuple[int, str | None]]) -> Iterator[IncidentSummary]:
    """The summaries of the incidents given as (id, key) rows, loaded BATCH at a time."""
    for at in range(0, len(heads), BATCH):
        batch = heads[at : at + BATCH]
        rows = session.execute(
            select(IncidentSource.incident_id, EventRow)
            .join(EventRow, EventRow.id == IncidentSource.event_id)
            .where(IncidentSource.incident_id.in_([i for i, _ in batch]))
            .order_by(IncidentSource.id)
        ).all()
        refs = event_refs(session, [e for _, e in rows], input_ids=True)
        members: dict[int, list] = defaultdict(list)
        for inc_id, ev in rows:
            members[inc_id].append(refs[ev.id])
        for inc_id, key in batch:
            if members[inc_id]:
                yield summarize(
                    LinkedIncident(key=key or f"incident-{inc_id}", events=tuple(members[inc_id]))
                )
