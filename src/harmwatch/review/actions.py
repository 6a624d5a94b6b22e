"""Review actions. Each one changes the store, writes an audit entry (who, when, before, after)
and locks the incident, so that a later automatic relink never overwrites an analyst's work."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Row, bindparam, func, select, update
from sqlalchemy.orm import Session

from harmwatch.errors import UsageError
from harmwatch.review.corrections import CORRECTABLE as CORRECTABLE_FIELDS
from harmwatch.review.corrections import check_claim_correction, parse_correction
from harmwatch.review.tables import (
    GRADES,
    AuditEntry,
    ClaimReview,
    IncidentMerge,
    IncidentWorkflow,
    Note,
    User,
)
from harmwatch.review.users import Account
from harmwatch.store.linking import recompute
from harmwatch.store.tables import Claim, Incident, IncidentSource

Actor = User | Account  # who acts: a stored user, or the account a request resolved

# fields an analyst may correct on an incident (review/corrections.py checks each by its type)
CORRECTABLE: tuple[str, ...] = CORRECTABLE_FIELDS
# what a merge or split recomputes from the sources (an analyst's corrections are then put back)
SUMMARY_FIELDS = (
    "date_start",
    "date_end",
    "place",
    "country",
    "admin1",
    "lat",
    "lon",
    "sub_event_type",
    "event_type",
    "weapon",
    "targets",
    "perpetrators",
    "killed_min",
    "killed_max",
    "injured_min",
    "injured_max",
    "disagreement",
    "contested",
)
INCIDENT_FIELDS = (*CORRECTABLE, "grade", "status", "contested", "locked")


def now() -> datetime:
    return datetime.now(UTC)


def snapshot(inc: Incident, fields=INCIDENT_FIELDS) -> dict[str, Any]:
    return {f: getattr(inc, f) for f in fields}


def audit(
    session: Session,
    user: Actor,
    action: str,
    object_type: str,
    object_id: int,
    incident_id: int | None,
    before: dict | None,
    after: dict | None,
) -> AuditEntry:
    entry = AuditEntry(
        at=now(),
        user=user.name,
        action=action,
        object_type=object_type,
        object_id=object_id,
        incident_id=incident_id,
        before=before,
        after=after,
    )
    session.add(entry)
    return entry


def get_incident(session: Session, incident_id: int) -> Incident:
    inc = session.get(Incident, incident_id)
    if inc is None:
        raise LookupError(f"no incident {incident_id}")
    return inc


def _incident_of_claim(session: Session, claim: Claim) -> int | None:
    return session.scalar(
        select(IncidentSource.incident_id).where(IncidentSource.document_id == claim.document_id).limit(1)
    )


def review_claim(
    session: Session, user: Actor, claim_id: int, status: str, corrected: dict[str, Any] | None = None
) -> ClaimReview:
    """Confirm or reject a claim, optionally with a corrected payload (e.g. a figure's min/max)."""
    if status not in ("confirmed", "rejected"):
        raise UsageError("status is confirmed or rejected")
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise LookupError(f"no claim {claim_id}")
    if corrected is not None:
        corrected = check_claim_correction(claim.kind, claim.payload or {}, corrected)
    row = session.get(ClaimReview, claim_id)
    before = {"status": row.status, "corrected": row.corrected} if row else {"status": "unreviewed"}
    if row is None:
        row = ClaimReview(claim_id=claim_id, status=status, corrected=None, by=user.name, at=now())
        session.add(row)
    row.status, row.by, row.at = status, user.name, now()
    if corrected is not None:
        merged = dict(claim.payload)
        merged.update(corrected)
        row.corrected = merged
    incident_id = _incident_of_claim(session, claim)
    audit(
        session,
        user,
        f"{status[:-2] if status.endswith('ed') else status}_claim",
        "claim",
        claim_id,
        incident_id,
        before,
        {"status": status, "corrected": row.corrected},
    )
    if incident_id is not None:
        session.get_one(Incident, incident_id).locked = True
    return row


def correct_incident(
    session: Session, user: Actor, incident_id: int, field: str, value: str | None
) -> Incident:
    """Set one field to the analyst's value (checked by its type; empty: unknown). The incident is
    locked, and the correction outlives a merge or split: those recompute the other fields."""
    if field not in CORRECTABLE:
        raise UsageError(f"field must be one of {', '.join(CORRECTABLE)}")
    inc = get_incident(session, incident_id)
    parsed = parse_correction(field, value, snapshot(inc, CORRECTABLE))
    before = {field: getattr(inc, field)}
    setattr(inc, field, parsed)
    inc.locked = True
    audit(session, user, "correct", "incident", inc.id, inc.id, before, {field: parsed})
    return inc


def corrections(session: Session, incident_id: int) -> dict[str, Any]:
    """The analyst's corrections of an incident, the latest of each field."""
    out: dict[str, Any] = {}
    rows = session.execute(
        select(AuditEntry.after)
        .where(
            AuditEntry.action == "correct",
            AuditEntry.object_type == "incident",
            AuditEntry.object_id == incident_id,
        )
        .order_by(AuditEntry.id)
    )
    for (after,) in rows:
        out.update({k: v for k, v in (after or {}).items() if k in CORRECTABLE})
    return out


def refresh_summary(session: Session, inc: Incident, incident_ids: list[int] | None = None) -> None:
    """Recompute every summary field of ``inc`` from its sources (or those of ``incident_ids``),
    then put the analyst's corrections back."""
    if recompute(session, inc, incident_ids) and inc.id is not None:
        for field, value in corrections(session, inc.id).items():
            setattr(inc, field, value)


def grade_incident(session: Session, user: Actor, incident_id: int, grade: str) -> Incident:
    if grade not in GRADES:
        raise UsageError(f"grade must be one of {', '.join(GRADES)}")
    inc = get_incident(session, incident_id)
    before = {"grade": inc.grade, "status": inc.status}
    status = inc.status
    if status in (None, "unreviewed", "new", "in_review"):  # grading is reviewing: it is now reviewed
        status = "reviewed"
        flow = session.get(IncidentWorkflow, inc.id)
        if flow is None:
            flow = IncidentWorkflow(incident_id=inc.id, updated_at=now())
            session.add(flow)
        flow.reviewed_by, flow.signed_off_by, flow.updated_at = user.name, None, now()
    inc.grade, inc.status, inc.locked = grade, status, True
    audit(session, user, "grade", "incident", inc.id, inc.id, before, {"grade": grade, "status": status})
    return inc


def _columns(inc: Incident) -> dict[str, Any]:
    """Every stored field of an incident but its id (what an unmerge recreates it from)."""
    return {c.key: getattr(inc, c.key) for c in Incident.__table__.c if c.key != "id"}


class _Preview:
    """The actor of a merge preview: nothing it does is kept."""

    name = "preview"
    id = 0


def merge_preview(session: Session, keep_id: int, other_id: int) -> dict[str, Any]:
    """What merging ``other_id`` into ``keep_id`` would change, without changing anything:
    ``changes`` maps each summary field that would change to [now, after]."""
    if keep_id == other_id:
        raise UsageError("cannot merge an incident with itself")
    keep, other = get_incident(session, keep_id), get_incident(session, other_id)
    after = Incident(key=keep.key, **{f: getattr(keep, f) for f in SUMMARY_FIELDS})  # transient
    if recompute(session, after, [keep.id, other.id]):
        for field, value in corrections(session, keep.id).items():
            setattr(after, field, value)
    changes = {
        f: [getattr(keep, f), getattr(after, f)]
        for f in SUMMARY_FIELDS
        if getattr(keep, f) != getattr(after, f)
    }
    if keep.grade is None and other.grade is not None:
        changes["grade"] = [None, other.grade]
    notes = session.scalar(select(func.count()).select_from(Note).where(Note.incident_id == other.id)) or 0
    return {
        "keep": keep.id,
        "other": other.id,
        "changes": changes,
        "sources": {"keep": len(keep.sources), "other": len(other.sources)},
        "notes_moving": notes,
    }


def merge_incidents(session: Session, user: Actor, keep_id: int, other_id: int) -> Incident:
    """Move every source and note of ``other`` into ``keep`` and recompute ``keep``'s summary from
    all its sources (its analyst's corrections kept). ``other`` goes, but what it was is kept
    (incident_merges): its id redirects to ``keep``, its history shows in ``keep``'s, and
    :func:`unmerge` puts it back."""
    if keep_id == other_id:
        raise UsageError("cannot merge an incident with itself")
    keep, other = get_incident(session, keep_id), get_incident(session, other_id)
    keep_before = snapshot(keep)
    other_before = {**snapshot(other), "id": other.id, "documents": [s.document_id for s in other.sources]}
    record = IncidentMerge(
        survivor_id=keep.id,
        merged_id=other.id,
        at=now(),
        by=user.name,
        merged=_columns(other),
        survivor_before={f: getattr(keep, f) for f in ("grade", "status", "contested", "locked")},
        events=[s.event_id for s in other.sources],
        notes=list(session.scalars(select(Note.id).where(Note.incident_id == other.id))),
    )
    session.execute(
        update(IncidentSource).where(IncidentSource.incident_id == other.id).values(incident_id=keep.id)
    )
    session.execute(update(Note).where(Note.incident_id == other.id).values(incident_id=keep.id))
    session.flush()
    session.expire(keep, ["sources"])
    session.expire(other, ["sources"])  # its old sources moved: deleting it must not cascade to them
    refresh_summary(session, keep)
    if keep.grade is None and other.grade is not None:
        keep.grade = other.grade
    keep.contested = bool(keep.contested or other.contested)
    keep.locked = True
    keep_after = snapshot(keep)
    changed = [f for f in INCIDENT_FIELDS if keep_after[f] != keep_before[f]]
    audit(
        session,
        user,
        "merge",
        "incident",
        keep.id,
        keep.id,
        {"keep": {f: keep_before[f] for f in changed}, "other": other_before},
        {"keep": {f: keep_after[f] for f in changed}, "merged": other.id},
    )
    audit(
        session, user, "merged_into", "incident", other.id, other.id, other_before, {"merged_into": keep.id}
    )
    session.add(record)
    session.delete(other)
    session.flush()
    return keep


def _open_merge(session: Session, merged_id: int) -> IncidentMerge | None:
    return session.scalar(
        select(IncidentMerge)
        .where(IncidentMerge.merged_id == merged_id, IncidentMerge.undone_at.is_(None))
        .order_by(IncidentMerge.id.desc())
        .limit(1)
    )


def merged_into(session: Session, incident_id: int) -> int | None:
    """The incident that now holds a merged incident (following later merges), or None."""
    seen: set[int] = set()
    target = None
    current = incident_id
    while current not in seen and len(seen) < 50:
        seen.add(current)
        m = _open_merge(session, current)
        if m is None:
            break
        target = current = m.survivor_id
        if session.get(Incident, current) is not None:
            return current
    return target if target is not None and session.get(Incident, target) is not None else None


_MERGED = select(IncidentMerge.merged_id).where(
    IncidentMerge.survivor_id.in_(bindparam("ids", expanding=True)), IncidentMerge.undone_at.is_(None)
)


def merged_ids(session: Session, incident_id: int) -> list[int]:
    """Ids of the incidents merged into this one (and into those), not undone."""
    out: list[int] = []
    todo = [incident_id]
    conn = session.connection()  # a prepared Core statement: this runs on every incident page
    while todo and len(out) < 1000:
        rows = conn.execute(_MERGED, {"ids": todo}).scalars().all()
        todo = [r for r in rows if r not in out and r != incident_id]
        out.extend(todo)
    return out


def unmerge(session: Session, user: Actor, merged_id: int) -> Incident:
    """Undo the merge that took ``merged_id``: the incident comes back with its id and fields, its
    sources and notes return to it, and the incident that held them is recomputed from what is left."""
    m = _open_merge(session, merged_id)
    if m is None:
        raise UsageError(f"incident {merged_id} is not merged into another")
    if session.get(Incident, merged_id) is not None:
        raise UsageError(f"incident {merged_id} exists already")
    holders = set(
        session.scalars(select(IncidentSource.incident_id).where(IncidentSource.event_id.in_(m.events)))
    )
    back = Incident(id=merged_id, **m.merged)
    session.add(back)
    session.flush()
    session.execute(
        update(IncidentSource).where(IncidentSource.event_id.in_(m.events)).values(incident_id=merged_id)
    )
    if m.notes:
        session.execute(update(Note).where(Note.id.in_(m.notes)).values(incident_id=merged_id))
    session.flush()
    m.undone_at = now()
    for holder_id in holders:
        holder = session.get(Incident, holder_id)
        if holder is None:
            continue
        session.expire(holder, ["sources"])
        before = snapshot(holder)
        refresh_summary(session, holder)
        if holder_id == m.survivor_id:
            for f in ("grade", "status", "contested"):
                if f in m.survivor_before and getattr(holder, f) == m.merged.get(f) != m.survivor_before[f]:
                    setattr(holder, f, m.survivor_before[f])
        after = snapshot(holder)
        changed = [f for f in INCIDENT_FIELDS if after[f] != before[f]]
        audit(
            session,
            user,
            "unmerge",
            "incident",
            holder.id,
            holder.id,
            {"keep": {f: before[f] for f in changed}},
            {"keep": {f: after[f] for f in changed}, "restored": merged_id},
        )
    audit(session, user, "unmerged", "incident", merged_id, merged_id, None, {"from_incident": m.survivor_id})
    session.expire(back, ["sources"])
    return back


def split_document(session: Session, user: Actor, incident_id: int, document_id: int) -> Incident:
    """Take one document's sources off an incident into a new incident of its own; both incidents'
    summaries are recomputed from their sources (the analyst's corrections of the first kept)."""
    inc = get_incident(session, incident_id)
    moving = [s for s in inc.sources if s.document_id == document_id]
    if not moving:
        raise UsageError(f"document {document_id} is not a source of incident {incident_id}")
    if len(moving) == len(inc.sources):
        raise UsageError("the incident has no other source; nothing to split")
    new = Incident(perpetrators=[], contested=False, status="in_review", locked=True, key=None)
    session.add(new)
    session.flush()
    new.key = f"split-{new.id}"  # the linker reloads stored links by their incident's key
    for s in moving:
        s.incident_id = new.id
    inc.locked = True
    session.flush()
    session.expire(inc, ["sources"])
    session.expire(new, ["sources"])
    before = snapshot(inc)
    refresh_summary(session, inc)
    refresh_summary(session, new)
    after = snapshot(inc)
    changed = [f for f in INCIDENT_FIELDS if after[f] != before[f]]
    audit(
        session,
        user,
        "split",
        "incident",
        inc.id,
        inc.id,
        {"documents": [document_id], "incident": inc.id, "keep": {f: before[f] for f in changed}},
        {"new_incident": new.id, "keep": {f: after[f] for f in changed}},
    )
    audit(
        session,
        user,
        "split_from",
        "incident",
        new.id,
        new.id,
        None,
        {"from_incident": inc.id, "documents": [document_id]},
    )
    return new


def add_note(session: Session, user: Actor, incident_id: int, text: str, private: bool = False) -> Note:
    text = text.strip()
    if not text:
        raise UsageError("a note needs text")
    get_incident(session, incident_id)
    note = Note(
        incident_id=incident_id, user_id=user.id, text=text[:10_000], private=private, created_at=now()
    )
    session.add(note)
    session.flush()
    if not private:  # a private draft stays the author's own until shared
        audit(session, user, "note", "note", note.id, incident_id, None, {"text": note.text})
    return note


def share_note(session: Session, user: Actor, note_id: int) -> Note:
    """Share a private draft: from now on every signed-in user sees it (and the audit log says so).
    Only its author may; another user's draft answers like a note that does not exist."""
    note = session.get(Note, note_id)
    if note is None or (note.private and note.user_id != user.id):
        raise LookupError(f"no note {note_id}")
    if not note.private:
        raise UsageError("this note is shared already")
    if note.user_id != user.id:
        raise UsageError("only its author may share a note")
    note.private = False
    session.flush()  # the notes' reads are plain statements: they must see it
    audit(
        session, user, "share_note", "note", note.id, note.incident_id, {"private": True}, {"text": note.text}
    )
    return note


_NOTES = (
    select(Note.id, Note.text, Note.private, Note.user_id, Note.created_at, User.name.label("author"))
    .join(User, User.id == Note.user_id)
    .where(Note.incident_id == bindparam("id"))
    .order_by(Note.id)
)
_HISTORY = (
    select(
        AuditEntry.id,
        AuditEntry.at,
        AuditEntry.user,
        AuditEntry.action,
        AuditEntry.object_type,
        AuditEntry.object_id,
        AuditEntry.before,
        AuditEntry.after,
    )
    .where(AuditEntry.incident_id.in_(bindparam("ids", expanding=True)))
    .order_by(AuditEntry.id)
)


def visible_notes(session: Session, user: Actor, incident_id: int) -> list[Row]:
    """The incident's notes that ``user`` may read: every shared note and their own drafts."""
    rows = session.connection().execute(_NOTES, {"id": incident_id})
    return [n for n in rows if not n.private or n.user_id == user.id]


def history(session: Session, incident_id: int, merged: list[int] | None = None) -> list[Row]:
    """The incident's audit entries, and those of the incidents merged into it, oldest first
    (read-only rows with the entries' fields); ``merged``: :func:`merged_ids`, if read already."""
    ids = [incident_id, *(merged_ids(session, incident_id) if merged is None else merged)]
    return list(session.connection().execute(_HISTORY, {"ids": ids}))


def replay(session: Session, incident_id: int) -> list[dict[str, Any]]:
    """The incident's reviewed fields after each audited change, oldest first: state 0 is before
    the first change. Replaying the log reproduces the incident's current reviewed fields."""
    entries = [
        e for e in history(session, incident_id) if e.object_type == "incident" and e.object_id == incident_id
    ]
    if not entries:
        return []
    state: dict[str, Any] = {}
    for e in entries:  # the oldest known value of each field is the first "before" that names it
        before = (e.before or {}).get("keep", e.before or {})
        for k, v in before.items():
            state.setdefault(k, v)
    states = [dict(state)]
    for e in entries:
        after = e.after or {}
        after = after.get("keep", after)
        state.update({k: v for k, v in after.items() if k in INCIDENT_FIELDS})
        states.append(dict(state))
    return states
