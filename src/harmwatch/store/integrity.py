"""Provable integrity: a hash chain over the audit log and every document's original and text.

Each chain entry commits to the entry before it and to what it records::

    entry_hash = sha256(prev_hash | kind | ref | content_hash)

``document`` entries (ref: the document's sha256) commit to the sha256 of the original bytes and
of the cleaned text, at ingest (and again when a failed document is extracted anew); ``audit``
entries (ref: the audit entry's id) commit to the entry's every field. Entries are added by a
flush hook on the store's sessions (:func:`install`), so every writer (ingest, the review app)
chains what it writes without knowing it. :func:`verify` re-hashes every original and cleaned
text, re-reads every audit entry and walks the chain; what changed is named.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, insert, select
from sqlalchemy.orm import Session, load_only, sessionmaker

from harmwatch.evidence.locker import Locker
from harmwatch.store import locks
from harmwatch.store.tables import ChainEntry, Document, EvidenceItem

GENESIS = "0" * 64


def sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _when(at: datetime | None) -> str | None:
    if at is None:
        return None
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat()


def audit_content(row: Any) -> str:
    """The hash of an audit entry's fields (``row``: an AuditEntry or a row with its columns)."""
    return sha256(
        canonical(
            {
                "id": row.id,
                "at": _when(row.at),
                "user": row.user,
                "action": row.action,
                "object_type": row.object_type,
                "object_id": row.object_id,
                "incident_id": row.incident_id,
                "before": row.before,
                "after": row.after,
            }
        )
    )


def evidence_content(row: Any) -> str:
    """The hash of an evidence row's record: the file's sha256 and size, whose document, and the
    custody record (not the row ids a re-extracted document or a removed sighting may change)."""
    return sha256(
        canonical(
            {
                "id": row.id,
                "document": row.document_sha256,
                "kind": row.kind,
                "media_type": row.media_type,
                "sha256": row.sha256,
                "size": row.size,
                "source_url": row.source_url,
                "kept_by": row.kept_by,
                "kept_at": _when(row.kept_at),
                "tool": row.tool,
                "harmwatch_version": row.harmwatch_version,
                "hostname": row.hostname,
            }
        )
    )


def document_content(raw_sha256: str, text_value: str) -> str:
    return sha256(canonical({"original": raw_sha256, "text": sha256(text_value or "")}))


def entry_hash(prev: str, kind: str, ref: str, content: str) -> str:
    return sha256(f"{prev}|{kind}|{ref}|{content}")


def append(connection, entries: list[tuple[str, str, str]]) -> None:
    """Append ``(kind, ref, content_hash)`` entries to the chain, after taking its lock."""
    if not entries:
        return
    locks.hold(connection, "chain")  # SQLite: the flush that calls this holds the write lock already
    prev = connection.execute(
        select(ChainEntry.entry_hash).order_by(ChainEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    prev = prev or GENESIS
    rows = []
    now = datetime.now(UTC)
    for kind, ref, content in entries:
        h = entry_hash(prev, kind, ref, content)
        rows.append(
            {"kind": kind, "ref": ref, "content_hash": content, "prev_hash": prev, "entry_hash": h, "at": now}
        )
        prev = h
    connection.execute(insert(ChainEntry), rows)


def _after_flush(session: Session, _context) -> None:
    from harmwatch.review.tables import AuditEntry

    entries: list[tuple[str, str, str]] = []
    for obj in session.new:
        if isinstance(obj, Document):
            entries.append(("document", obj.sha256, document_content(sha256(obj.raw), obj.text)))
        elif isinstance(obj, AuditEntry):
            entries.append(("audit", str(obj.id), audit_content(obj)))
        elif isinstance(obj, EvidenceItem):
            entries.append(("evidence", str(obj.id), evidence_content(obj)))
    if entries:
        entries.sort(key=lambda e: (e[0], e[1]))  # a stable order within one flush
        append(session.connection(), entries)


def install(sessions: sessionmaker) -> None:
    """Chain what every session of ``sessions`` adds."""
    event.listen(sessions, "after_flush", _after_flush)


@dataclass(frozen=True, slots=True)
class Report:
    entries: int
    documents: int
    audit_entries: int
    problems: tuple[str, ...]
    evidence: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(session: Session, limit: int = 1000, locker: Locker | None = None) -> Report:
    """Walk the chain and re-hash what it commits to; name every difference (at most ``limit``).
    Evidence files are re-hashed in ``locker`` (none given: each evidence item is a problem, since
    its file cannot be checked)."""
    from harmwatch.review.tables import AuditEntry

    problems: list[str] = []
    prev = GENESIS
    text_hash: dict[str, str] = {}  # document sha256 -> its latest committed content
    audit_refs: set[str] = set()
    evidence_refs: dict[str, str] = {}
    n = 0
    for e in session.scalars(select(ChainEntry).order_by(ChainEntry.id).execution_options(yield_per=1000)):
        n += 1
        if e.prev_hash != prev:
            problems.append(
                f"chain entry {e.id}: does not follow entry before it (an entry was removed or inserted)"
            )
        if entry_hash(e.prev_hash, e.kind, e.ref, e.content_hash) != e.entry_hash:
            problems.append(f"chain entry {e.id}: edited (its hash does not match its content)")
        prev = e.entry_hash
        if e.kind == "document":
            text_hash[e.ref] = e.content_hash
        elif e.kind == "audit":
            audit_refs.add(e.ref)
            row = session.get(AuditEntry, int(e.ref))
            if row is None:
                problems.append(f"audit entry {e.ref}: deleted")
            elif audit_content(row) != e.content_hash:
                problems.append(f"audit entry {e.ref}: edited")
        elif e.kind == "evidence":
            evidence_refs[e.ref] = e.content_hash
    docs = 0
    for d in session.scalars(
        select(Document)
        .options(load_only(Document.id, Document.sha256, Document.raw, Document.text))
        .order_by(Document.id)
        .execution_options(yield_per=200)
    ):
        docs += 1
        raw_sha = sha256(d.raw)
        committed = text_hash.pop(d.sha256, None)
        if raw_sha != d.sha256:
            problems.append(
                f"document {d.id}: original bytes changed (sha256 {raw_sha[:12]}, stored as {d.sha256[:12]})"
            )
        if committed is None:
            problems.append(f"document {d.id}: not in the chain (added outside harmwatch)")
        elif document_content(d.sha256, d.text) != committed:
            problems.append(f"document {d.id}: cleaned text changed")
        session.expunge(d)
    for ref in text_hash:
        problems.append(f"document {ref[:12]}: deleted")
    audits = 0
    for (audit_id,) in session.execute(select(AuditEntry.id)):
        audits += 1
        if str(audit_id) not in audit_refs:
            problems.append(f"audit entry {audit_id}: not in the chain (added outside harmwatch)")
    evidence = 0
    for item in session.scalars(
        select(EvidenceItem).order_by(EvidenceItem.id).execution_options(yield_per=500)
    ):
        evidence += 1
        name = f"evidence {item.id} ({item.kind} of document {item.document_sha256[:12]})"
        committed = evidence_refs.pop(str(item.id), None)
        if committed is None:
            problems.append(f"{name}: not in the chain (added outside harmwatch)")
        elif evidence_content(item) != committed:
            problems.append(f"{name}: record edited")
        if locker is None:
            problems.append(f"{name}: file not checked: no evidence directory (--evidence-dir)")
        else:
            why = locker.problem(item.sha256, item.size)
            if why:
                problems.append(f"{name}: {why}")
    for ref in evidence_refs:
        problems.append(f"evidence {ref}: deleted")
    return Report(n, docs, audits, tuple(problems[:limit]), evidence)
