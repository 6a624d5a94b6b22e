"""SQLAlchemy 2 tables of the incident store.

documents ──< claims          every claim with its span into the document's cleaned text
documents ──< events ──< incident_sources >── incidents
documents ──< sightings       each further arrival of the same content under another id/url/outlet/date
ingest_errors                 inputs that could not become a document, with the reason
documents ──< evidence        the evidence locker: WARC, screenshot, PDF files with custody records
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    input_id: Mapped[str | None] = mapped_column(
        String(512), index=True
    )  # the id the input gave, or its path/URL
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # of the original bytes
    raw: Mapped[bytes] = mapped_column(LargeBinary)  # the original bytes, stored once
    raw_kind: Mapped[str] = mapped_column(String(8))  # "html" or "text": how the bytes were read
    text: Mapped[str] = mapped_column(Text)  # the cleaned text every span refers to
    removed: Mapped[list] = mapped_column(JSON, default=list)  # boilerplate segments taken out, with reasons
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(255), index=True)  # the URL's host
    title: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    published: Mapped[str | None] = mapped_column(String(32))  # ISO date as given or found
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    source: Mapped[str | None] = mapped_column(Text)  # the file, URL or feed it came from
    extractor_version: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)  # extraction failed: bytes kept, no claims

    claims: Mapped[list[Claim]] = relationship(back_populates="document", cascade="all, delete-orphan")
    events: Mapped[list[EventRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="EventRow.index"
    )


class Sighting(Base):
    """The same content (same sha256) arriving again under another id, url, outlet or date: kept as
    provenance (a wire story in five outlets is five sightings of one document, one source)."""

    __tablename__ = "sightings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    input_id: Mapped[str | None] = mapped_column(String(512))
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(255))
    published: Mapped[str | None] = mapped_column(String(32))
    title: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ChainEntry(Base):
    """One link of the integrity chain (store/integrity.py): commits to the entry before it and to
    a document's original and cleaned text, or to an audit entry."""

    __tablename__ = "integrity_chain"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "document" or "audit"
    ref: Mapped[str] = mapped_column(String(64), index=True)  # the document's sha256, the audit entry's id
    content_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class IngestError(Base):
    __tablename__ = "ingest_errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(Text)  # file, file:line, URL
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


CLAIM_KINDS = (
    "casualty",
    "aggregate",
    "allegation",
    "response",
    "quote",
    "evidence",
    "location",
    "perpetrator",
    "target",
    "date",
)


class Claim(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    event_index: Mapped[int | None] = mapped_column(Integer)  # which event of the document, for event claims
    kind: Mapped[str] = mapped_column(String(16), index=True)  # one of CLAIM_KINDS
    payload: Mapped[dict] = mapped_column(JSON)
    span_start: Mapped[int | None] = mapped_column(Integer)  # into documents.text, [start, end)
    span_end: Mapped[int | None] = mapped_column(Integer)
    extractor_version: Mapped[str] = mapped_column(String(64))

    document: Mapped[Document] = relationship(back_populates="claims")


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("document_id", "index", name="uq_events_document_index"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    index: Mapped[int] = mapped_column(Integer)
    main: Mapped[bool] = mapped_column(Boolean)
    background: Mapped[bool] = mapped_column(Boolean)
    payload: Mapped[dict] = mapped_column(JSON)  # the event as in the extraction contract

    document: Mapped[Document] = relationship(back_populates="events")


class Incident(Base):
    __tablename__ = "incidents"
    __table_args__ = (Index("ix_incidents_key", "key", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str | None] = mapped_column(
        String(40)
    )  # the linker's stable key ("inc-" + hex); unique index
    date_start: Mapped[str | None] = mapped_column(String(32), index=True)
    date_end: Mapped[str | None] = mapped_column(String(32))
    place: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    admin1: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    sub_event_type: Mapped[str | None] = mapped_column(String(64), index=True)
    event_type: Mapped[str | None] = mapped_column(String(64))  # ACLED event type of sub_event_type
    weapon: Mapped[str | None] = mapped_column(String(64))
    targets: Mapped[list | None] = mapped_column(JSON)  # GOLD target vocabulary
    perpetrators: Mapped[list] = mapped_column(JSON, default=list)  # [{name, country, kind, attribution, by}]
    killed_min: Mapped[int | None] = mapped_column(Integer)  # unknown is None, never 0
    killed_max: Mapped[int | None] = mapped_column(Integer)
    injured_min: Mapped[int | None] = mapped_column(Integer)
    injured_max: Mapped[int | None] = mapped_column(Integer)
    disagreement: Mapped[float | None] = mapped_column(Float)
    contested: Mapped[bool] = mapped_column(Boolean, default=False)
    # review, reserved for later
    grade: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str | None] = mapped_column(String(16))
    locked: Mapped[bool] = mapped_column(Boolean, default=False)

    sources: Mapped[list[IncidentSource]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", order_by="IncidentSource.id"
    )


class IncidentSource(Base):
    __tablename__ = "incident_sources"
    __table_args__ = (Index("ix_incident_sources_event", "event_id", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    score: Mapped[float | None] = mapped_column(Float)  # the linker's confidence, when it gives one

    incident: Mapped[Incident] = relationship(back_populates="sources")
    event: Mapped[EventRow] = relationship()
    document: Mapped[Document] = relationship()


class EvidenceItem(Base):
    """A piece of evidence in the locker (evidence/locker.py): the file is named by its sha256 and
    never rewritten; the row says whose document (and sighting) it is and keeps its custody record.
    ``document_sha256`` keeps the tie when a failed document is extracted anew (a new row)."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    document_sha256: Mapped[str] = mapped_column(String(64), index=True)
    sighting_id: Mapped[int | None] = mapped_column(
        ForeignKey("sightings.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # warc, screenshot, pdf
    media_type: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # of the file's bytes: its name
    size: Mapped[int] = mapped_column(BigInteger)
    source_url: Mapped[str | None] = mapped_column(Text)  # custody: from where
    kept_by: Mapped[str] = mapped_column(String(255))  # custody: who (--by or the OS user)
    kept_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))  # custody: when (UTC)
    tool: Mapped[str] = mapped_column(String(255))  # custody: how
    harmwatch_version: Mapped[str] = mapped_column(String(64))
    hostname: Mapped[str] = mapped_column(String(255))  # custody: on which machine
