"""Rows of the evidence locker: keep a piece of evidence (its file in the locker, its row with the
custody record) for a document or sighting, and read what a set of documents has."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from harmwatch.evidence.locker import Locker
from harmwatch.evidence.records import Evidence
from harmwatch.store.tables import EvidenceItem


def keep(
    session: Session,
    locker: Locker,
    ev: Evidence,
    document_sha256: str,
    document_id: int | None,
    sighting_id: int | None = None,
) -> EvidenceItem:
    """Write ``ev``'s file (content-addressed; before the row, so no row names a missing file)
    and add its row (flushed: the flush commits it into the integrity chain)."""
    sha = locker.put(ev.data)
    c = ev.custody
    row = EvidenceItem(
        document_id=document_id,
        document_sha256=document_sha256,
        sighting_id=sighting_id,
        kind=ev.kind,
        media_type=ev.media_type,
        sha256=sha,
        size=len(ev.data),
        source_url=c.source_url,
        kept_by=c.by[:255],
        kept_at=c.at,
        tool=c.tool[:255],
        harmwatch_version=c.harmwatch_version[:64],
        hostname=c.hostname[:255],
    )
    session.add(row)
    session.flush()
    return row


def reattach(session: Session, document_sha256: str, document_id: int) -> None:
    """Evidence of content whose document was replaced (a failed extraction done anew) belongs to
    the new document row."""
    session.execute(
        update(EvidenceItem)
        .where(EvidenceItem.document_sha256 == document_sha256, EvidenceItem.document_id.is_(None))
        .values(document_id=document_id)
    )


def custody_record(row: EvidenceItem) -> dict[str, object]:
    return {
        "id": row.id,
        "kind": row.kind,
        "media_type": row.media_type,
        "sha256": row.sha256,
        "size": row.size,
        "document_sha256": row.document_sha256,
        "source_url": row.source_url,
        "kept_by": row.kept_by,
        "kept_at": row.kept_at.isoformat() if row.kept_at else None,
        "tool": row.tool,
        "harmwatch_version": row.harmwatch_version,
        "hostname": row.hostname,
    }
