"""Link stored events to incidents with :mod:`harmwatch.link`, and keep each incident's summary.

``link_pending`` loads the links already stored into an incremental :class:`Linker` and adds the
events no incident holds yet (so an ingest killed before linking is finished by the next run);
``rebuild`` keeps locked incidents as they are and links every other event again from scratch,
in the linker's deterministic order. Background events (a past attack a report only recalls) join
no incident.

The linker sees each document by its content (sha256 of the original bytes), never by the
store's row id: ties are broken by content and an incident's key is derived from the content of
the document that founds it, so the same documents give the same incidents and keys whatever
order they were stored in, and two stores never give one key to different incidents. Input ids
are mapped back on output.

Linking takes the store's write lock first (PostgreSQL: an advisory lock; SQLite: BEGIN
IMMEDIATE), so two ingests that finish at once link one after the other; a conflict that still
happens is retried (:func:`link_pending_safely`).
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, load_only

from harmwatch.link.cluster import Linker, link_order
from harmwatch.link.decode import event_refs_from_json
from harmwatch.link.summary import summarize
from harmwatch.records import EventRef, IncidentSummary
from harmwatch.records import Incident as LinkedIncident
from harmwatch.store import locks
from harmwatch.store.queries import sightings_of
from harmwatch.store.tables import Claim, Document, EventRow, Incident, IncidentSource

log = logging.getLogger(__name__)


def event_refs(session: Session, rows: Sequence[EventRow], input_ids: bool = False) -> dict[int, EventRef]:
    """The linker's view of stored events, by event row id. ``document_id`` is the document's
    sha256 (its content: unique, and the same in every store), or with ``input_ids`` the id the
    input gave (what exports and reports show)."""
    by_doc: dict[int, list[EventRow]] = defaultdict(list)
    for r in rows:
        by_doc[r.document_id].append(r)
    if not by_doc:
        return {}
    docs = {
        d.id: d
        for d in session.scalars(
            select(Document)
            .where(Document.id.in_(list(by_doc)))
            .options(
                load_only(
                    Document.id,
                    Document.input_id,
                    Document.sha256,
                    Document.text,
                    Document.url,
                    Document.outlet,
                    Document.title,
                    Document.published,
                )
            )
        )
    }
    seen_again = sightings_of(session, list(by_doc)) if input_ids else {}
    side: dict[int, dict[str, list]] = defaultdict(lambda: {"response": [], "allegation": []})
    for c in session.scalars(
        select(Claim)
        .where(Claim.document_id.in_(list(by_doc)), Claim.kind.in_(("response", "allegation")))
        .order_by(Claim.id)
    ):
        side[c.document_id][c.kind].append(c.payload)
    out: dict[int, EventRef] = {}
    for doc_id, evs in by_doc.items():
        d = docs[doc_id]
        top = max(e.index for e in evs) + 1
        payloads: list[dict] = [{} for _ in range(top)]
        for e in evs:
            payloads[e.index] = e.payload
        doc = {
            "id": (d.input_id or f"document-{doc_id}") if input_ids else d.sha256,
            "text": d.text,
            "url": d.url,
            "title": d.title,
            "published": d.published,
            "events": payloads,
            "responses": side[doc_id]["response"],
            "allegations": side[doc_id]["allegation"],
            "sightings": seen_again.get(doc_id, []),
        }
        refs = event_refs_from_json(doc, outlet=d.outlet)
        for e in evs:
            out[e.id] = refs[e.index]
    return out


def _linked(session: Session, locked_only: bool = False) -> list[tuple[str, EventRow]]:
    stmt = (
        select(Incident.key, EventRow)
        .join(IncidentSource, IncidentSource.incident_id == Incident.id)
        .join(EventRow, EventRow.id == IncidentSource.event_id)
        .order_by(IncidentSource.id)
    )
    if locked_only:
        stmt = stmt.where(Incident.locked.is_(True))
    out: list[tuple[str, EventRow]] = []
    for key, event in session.execute(stmt):
        if key is None:  # the linker and the review actions key every incident that has sources
            raise RuntimeError(f"incident without a key holds event {event.id}")
        out.append((key, event))
    return out


def pending_events(session: Session) -> list[EventRow]:
    linked = select(IncidentSource.event_id)
    stmt = (
        select(EventRow)
        .where(EventRow.background.is_(False), EventRow.id.not_in(linked))
        .order_by(EventRow.document_id, EventRow.index)
    )
    return list(session.scalars(stmt))


def _input_ids(session: Session, shas: Iterable[str]) -> dict[str, str]:
    ids = list(set(shas))
    rows: Iterable[tuple[int, str, str | None]] = (
        session.execute(
            select(Document.id, Document.sha256, Document.input_id).where(Document.sha256.in_(ids))
        )
        if ids
        else []
    )
    return {sha: (inp or f"document-{i}") for i, sha, inp in rows}


def _write(
    session: Session,
    linked: LinkedIncident,
    row_of: dict[str, int],
    existing: dict[str | None, Incident],
    doc_row: dict[str, int],
) -> None:
    """Create or update the incident row for ``linked`` and its sources."""
    s = summarize(linked)
    inc = existing.get(linked.key)
    if inc is None:
        inc = Incident(key=linked.key, locked=False, contested=False)
        session.add(inc)
    if inc.locked:  # an analyst reviewed it: new reports join as sources, their fields stay the analyst's
        _add_sources(inc, linked, row_of, doc_row)
        return
    apply_summary(session, inc, s)
    _add_sources(inc, linked, row_of, doc_row)


def apply_summary(session: Session, inc: Incident, s: IncidentSummary) -> None:
    """Set every summary field of ``inc`` (dates, place, type, perpetrators, figures...) from ``s``."""
    names = _input_ids(session, (d for p in s.perpetrators for d in p.attributed_by))
    place = s.place
    inc.date_start, inc.date_end = s.date_start, s.date_end
    inc.place = place.name if place else None
    inc.country = place.country if place else None
    inc.admin1 = place.admin1 if place else None
    inc.lat = place.lat if place else None
    inc.lon = place.lon if place else None
    inc.sub_event_type, inc.event_type, inc.weapon = s.sub_event_type, s.event_type, s.weapon
    inc.targets = list(s.targets)
    inc.perpetrators = [
        {
            "name": p.name,
            "country": p.country,
            "kind": p.kind,
            "attributions": list(p.attributions),
            "attributed_by": [names.get(d, d) for d in p.attributed_by],
        }
        for p in s.perpetrators
    ]
    inc.killed_min, inc.killed_max = s.killed.low, s.killed.high
    inc.injured_min, inc.injured_max = s.injured.low, s.injured.high
    dis = [x for x in (s.killed.disagreement, s.injured.disagreement) if x is not None]
    inc.disagreement = max(dis) if dis else None
    inc.contested = s.contested


def recompute(session: Session, inc: Incident, incident_ids: Sequence[int] | None = None) -> bool:
    """Set ``inc``'s summary fields afresh from the events of the sources of ``incident_ids``
    (default: its own), after an analyst moved sources in or out (merge, split, unmerge); ``inc``
    may be a transient row (a merge's preview). False, and nothing set, when there is no source."""
    session.flush()
    ids = list(incident_ids) if incident_ids is not None else [inc.id]
    rows = session.scalars(
        select(EventRow)
        .join(IncidentSource, IncidentSource.event_id == EventRow.id)
        .where(IncidentSource.incident_id.in_(ids))
        .order_by(IncidentSource.id)
    ).all()
    if not rows:
        return False
    refs = event_refs(session, rows)
    key = inc.key or f"incident-{inc.id}"
    apply_summary(session, inc, summarize(LinkedIncident(key=key, events=tuple(refs[r.id] for r in rows))))
    return True


def _add_sources(
    inc: Incident, linked: LinkedIncident, row_of: dict[str, int], doc_row: dict[str, int]
) -> None:
    have = {src.event_id for src in inc.sources}
    for ev in linked.events:
        event_id = row_of[ev.ref]
        if event_id not in have:
            inc.sources.append(IncidentSource(event_id=event_id, document_id=doc_row[ev.document_id]))


def _link(
    session: Session, preassigned: list[tuple[str, EventRow]], new: Sequence[EventRow], order: bool
) -> int:
    refs = event_refs(session, [e for _, e in preassigned] + list(new))
    row_of = {refs[e.id].ref: e.id for _, e in preassigned} | {refs[e.id].ref: e.id for e in new}
    doc_row = {refs[e.id].document_id: e.document_id for _, e in preassigned} | {
        refs[e.id].document_id: e.document_id for e in new
    }
    linker = Linker()
    for key, e in preassigned:
        linker.assign(refs[e.id], key)
    fresh = [refs[e.id] for e in new]
    if order:
        fresh.sort(key=link_order)
    touched = {linker.add(ev) for ev in fresh}
    existing = (
        {i.key: i for i in session.scalars(select(Incident).where(Incident.key.in_(touched)))}
        if touched
        else {}
    )
    for linked in linker.incidents():
        if linked.key in touched:
            _write(session, linked, row_of, existing, doc_row)
    session.flush()
    return len(fresh)


def lock_for_linking(session: Session) -> None:
    """Take the store's linking lock for this transaction: linkers run one at a time."""
    locks.hold(session, "linking")


def link_pending_safely(db, attempts: int = 5) -> int:
    """:func:`link_pending` under the linking lock in its own transaction, retried when another
    process linked the same events meanwhile (``db`` is a :class:`harmwatch.store.db.Database`)."""
    for attempt in range(attempts):
        try:
            with db.session() as s:
                lock_for_linking(s)
                return link_pending(s)
        except (IntegrityError, OperationalError) as e:
            if attempt == attempts - 1:
                raise
            log.info("linking conflicted with another process (%s); retrying", type(e).__name__)
            time.sleep(0.2 * (attempt + 1))
    return 0


def link_pending(session: Session) -> int:
    """Link every event no incident holds yet; return how many were linked."""
    new = pending_events(session)
    if not new:
        return 0
    return _link(session, _linked(session), new, order=True)


def rebuild(session: Session) -> int:
    """Drop every unlocked incident and link all their events again; return how many were linked."""
    unlocked = select(Incident.id).where(Incident.locked.is_(False))
    session.execute(delete(IncidentSource).where(IncidentSource.incident_id.in_(unlocked)))
    session.execute(delete(Incident).where(Incident.locked.is_(False)))
    session.flush()
    new = pending_events(session)
    return _link(session, _linked(session, locked_only=True), new, order=True) if new else 0
