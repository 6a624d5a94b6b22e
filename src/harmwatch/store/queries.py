"""Reads and writes of the store that the CLI and ingest use."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Row, func, insert, select
from sqlalchemy.orm import Session, selectinload

from harmwatch.evidence.records import Evidence
from harmwatch.link.decode import casualty_from_dict
from harmwatch.link.summary import headline_figure
from harmwatch.records import EventRef, Extraction, Span
from harmwatch.store.tables import Claim, Document, EventRow, Incident, IncidentSource, IngestError, Sighting


def now() -> datetime:
    return datetime.now(UTC)


def has_document(session: Session, sha256: str) -> bool:
    """Whether this content is stored (a document whose extraction failed does not count)."""
    stmt = select(Document.id).where(Document.sha256 == sha256, Document.error.is_(None))
    return session.scalar(stmt) is not None


def add_sighting(session: Session, meta: DocumentMeta) -> Sighting | None:
    """Record that the stored content ``meta.sha256`` arrived again; None when the document is not
    stored or this arrival says nothing new (same id, url, outlet and date as the document or as
    a sighting already kept)."""
    doc = session.scalar(select(Document).where(Document.sha256 == meta.sha256))
    if doc is None:
        return None
    this = (meta.input_id, meta.url, meta.outlet, meta.published)
    if this == (doc.input_id, doc.url, doc.outlet, doc.published):
        return None
    for s in session.scalars(select(Sighting).where(Sighting.document_id == doc.id)):
        if this == (s.input_id, s.url, s.outlet, s.published):
            return None
    sighting = Sighting(
        document_id=doc.id,
        input_id=meta.input_id,
        url=meta.url,
        outlet=meta.outlet,
        published=meta.published,
        title=meta.title,
        source=meta.source,
        seen_at=now(),
    )
    session.add(sighting)
    return sighting


def sightings_of(session: Session, doc_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """Each document's further sightings, oldest first, as JSON objects."""
    out: dict[int, list[dict[str, Any]]] = {}
    if not doc_ids:
        return out
    stmt = select(Sighting).where(Sighting.document_id.in_(list(doc_ids))).order_by(Sighting.id)
    for s in session.scalars(stmt):
        out.setdefault(s.document_id, []).append(sighting_record(s))
    return out


def sighting_record(s: Sighting) -> dict[str, Any]:
    return {
        "input_id": s.input_id,
        "url": s.url,
        "outlet": s.outlet,
        "published": s.published,
        "title": s.title,
        "seen_at": s.seen_at.isoformat() if s.seen_at else None,
    }


def record_error(session: Session, source: str, reason: str) -> IngestError:
    err = IngestError(source=source, reason=reason, at=now())
    session.add(err)
    return err


def _claim(doc_id: int, kind: str, payload: dict, span: Span | None, version: str, event: int | None = None):
    return {
        "document_id": doc_id,
        "event_index": event,
        "kind": kind,
        "payload": payload,
        "span_start": span.start if span else None,
        "span_end": span.end if span else None,
        "extractor_version": version,
    }


def claim_rows(doc_id: int, ex: Extraction) -> list[dict[str, Any]]:
    """Every claim of an extraction as rows of ``claims``, each with its span into the cleaned text."""
    v = ex.extractor_version
    rows: list[dict[str, Any]] = []
    for i, ev in enumerate(ex.events):
        rows += [_claim(doc_id, "casualty", c.to_dict(), c.span, v, i) for c in ev.casualties]
        rows += [_claim(doc_id, "location", loc.to_dict(), loc.span, v, i) for loc in ev.locations]
        rows += [_claim(doc_id, "target", t.to_dict(), t.span, v, i) for t in ev.targets]
        if ev.perpetrator.span is not None or ev.perpetrator.name != "unknown":
            rows.append(_claim(doc_id, "perpetrator", ev.perpetrator.to_dict(), ev.perpetrator.span, v, i))
        if ev.date.span is not None or ev.date.start or ev.date.end:
            rows.append(_claim(doc_id, "date", ev.date.to_dict(), ev.date.span, v, i))
    rows += [_claim(doc_id, "aggregate", a.to_dict(), a.span, v) for a in ex.aggregates]
    rows += [_claim(doc_id, "allegation", a.to_dict(), a.span, v) for a in ex.allegations]
    rows += [_claim(doc_id, "response", r.to_dict(), r.span, v) for r in ex.responses]
    rows += [_claim(doc_id, "quote", q.to_dict(), q.span, v) for q in ex.quotes]
    rows += [_claim(doc_id, "evidence", e.to_dict(), e.span, v) for e in ex.evidence]
    return rows


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What ingest knows about a document besides its extraction."""

    sha256: str
    raw: bytes
    raw_kind: str
    source: str
    input_id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    language: str | None = None
    published: str | None = None
    evidence: tuple[Evidence, ...] = ()  # what its URL fetch saw, for the evidence locker


def add_document(
    session: Session, meta: DocumentMeta, ex: Extraction | None, error: str | None = None
) -> Document:
    """Add one document with its claims and events (flushed, not committed)."""
    doc = Document(
        input_id=meta.input_id,
        sha256=meta.sha256,
        raw=meta.raw,
        raw_kind=meta.raw_kind,
        text=ex.text if ex else "",
        removed=[r.to_dict() for r in ex.removed] if ex else [],
        url=meta.url,
        outlet=meta.outlet,
        title=(ex.title if ex else None) or meta.title,
        language=(ex.language if ex else None) or meta.language,
        published=(ex.published if ex else None) or meta.published,
        ingested_at=now(),
        source=meta.source,
        extractor_version=ex.extractor_version if ex else None,
        error=error,
    )
    session.add(doc)
    session.flush()  # gives doc.id
    if ex is not None:
        # Core executemany: several times cheaper than ORM objects for the many small claim rows
        claims = claim_rows(doc.id, ex)
        if claims:
            session.execute(insert(Claim), claims)
        if ex.events:
            session.execute(
                insert(EventRow),
                [
                    {
                        "document_id": doc.id,
                        "index": i,
                        "main": ev.main,
                        "background": ev.background,
                        "payload": ev.to_dict(),
                    }
                    for i, ev in enumerate(ex.events)
                ],
            )
    return doc


@dataclass(frozen=True, slots=True)
class Counts:
    documents: int
    incidents: int
    claims: int
    errors: int
    events: int
    failed_documents: int

    def to_dict(self) -> dict[str, int]:
        return {
            "documents": self.documents,
            "incidents": self.incidents,
            "claims": self.claims,
            "errors": self.errors,
            "events": self.events,
            "failed_documents": self.failed_documents,
        }


def counts(session: Session) -> Counts:
    def n(stmt) -> int:
        return int(session.scalar(stmt) or 0)

    return Counts(
        documents=n(select(func.count(Document.id))),
        incidents=n(select(func.count(Incident.id))),
        claims=n(select(func.count(Claim.id))),
        errors=n(select(func.count(IngestError.id))),
        events=n(select(func.count(EventRow.id))),
        failed_documents=n(select(func.count(Document.id)).where(Document.error.is_not(None))),
    )


@dataclass(frozen=True, slots=True)
class IncidentFilter:
    country: str | None = None  # ISO alpha-2
    since: str | None = None  # ISO date: incidents that end on or after it
    until: str | None = None  # ISO date: incidents that start on or before it
    sub_event_type: str | None = None
    min_killed: int | None = None  # at least one source reports this many killed


def filtered_incidents(f: IncidentFilter = IncidentFilter()):
    """The SELECT of incidents matching ``f``, by id."""
    stmt = select(Incident).order_by(Incident.id)
    if f.country:
        stmt = stmt.where(func.upper(Incident.country) == f.country.upper())
    if f.since:
        stmt = stmt.where(func.coalesce(Incident.date_end, Incident.date_start) >= f.since)
    if f.until:
        stmt = stmt.where(Incident.date_start <= f.until)
    if f.sub_event_type:
        stmt = stmt.where(func.lower(Incident.sub_event_type) == f.sub_event_type.lower())
    if f.min_killed is not None:
        stmt = stmt.where(func.coalesce(Incident.killed_max, Incident.killed_min) >= f.min_killed)
    return stmt


def find_incidents(session: Session, f: IncidentFilter = IncidentFilter()) -> Iterator[Incident]:
    """Incidents matching ``f`` with their sources and documents loaded, by id."""
    stmt = filtered_incidents(f).options(
        selectinload(Incident.sources)
        .selectinload(IncidentSource.document)
        .load_only(
            Document.id, Document.input_id, Document.url, Document.outlet, Document.title, Document.published
        ),
        selectinload(Incident.sources).selectinload(IncidentSource.event),
    )
    yield from session.scalars(stmt.execution_options(yield_per=500))


def get_incident(session: Session, incident_id: int) -> Incident | None:
    return session.get(
        Incident,
        incident_id,
        options=[
            selectinload(Incident.sources)
            .selectinload(IncidentSource.document)
            .selectinload(Document.claims),
            selectinload(Incident.sources).selectinload(IncidentSource.event),
        ],
    )


def source_figure(event_payload: dict[str, Any], outcome: str) -> dict[str, Any]:
    """One source's own headline figure for ``outcome`` (as the linker picks it), with its words."""
    casualties = tuple(casualty_from_dict(c) for c in event_payload.get("casualties") or ())
    f = headline_figure(EventRef(document_id="", casualties=casualties), outcome)
    if f is None:
        return {"min": None, "max": None}
    return {"min": f.min, "max": f.max, "text": f.text, "given_by": f.given_by}


def incident_record(
    inc: Incident, sightings: dict[int, list[dict[str, Any]]] | None = None
) -> dict[str, Any]:
    """An incident as one JSON object: its fields, its documents' input ids, and each source's
    figures (and, given ``sightings`` from :func:`sightings_of`, each document's further sightings)."""
    sources = []
    for s in inc.sources:
        payload = s.event.payload if s.event else {}
        sources.append(
            {
                "document": s.document.input_id or f"document-{s.document_id}",
                "document_id": s.document_id,
                "event": s.event.index if s.event else None,
                "url": s.document.url,
                "outlet": s.document.outlet,
                "published": s.document.published,
                "killed": source_figure(payload, "killed"),
                "injured": source_figure(payload, "injured"),
                "perpetrator": payload.get("perpetrator"),
                "score": s.score,
                **({"sightings": sightings.get(s.document_id, [])} if sightings is not None else {}),
            }
        )
    return {
        **incident_fields(inc),
        "documents": list(dict.fromkeys(s["document"] for s in sources)),
        "sources": sources,
    }


def incident_fields(inc: Incident | Row) -> dict[str, Any]:
    """An incident's own fields (no sources), as exports, the CLI and the web API give them."""
    return {
        "id": inc.id,
        "key": inc.key,
        "date_start": inc.date_start,
        "date_end": inc.date_end,
        "place": inc.place,
        "admin1": inc.admin1,
        "country": inc.country,
        "lat": inc.lat,
        "lon": inc.lon,
        "sub_event_type": inc.sub_event_type,
        "event_type": inc.event_type,
        "weapon": inc.weapon,
        "targets": inc.targets or [],
        "perpetrators": inc.perpetrators or [],
        "killed_min": inc.killed_min,
        "killed_max": inc.killed_max,
        "injured_min": inc.injured_min,
        "injured_max": inc.injured_max,
        "disagreement": inc.disagreement,
        "contested": bool(inc.contested),
        "grade": inc.grade,
        "status": inc.status,
        "locked": bool(inc.locked),
    }
