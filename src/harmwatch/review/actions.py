"""Review actions. Each one changes the store, writes an audit entry (who, when, before, after)
and locks the incident, so that a later automatic relink never overwrites an analyst's work."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Row, bindparam, select, update
from sqlalchemy.orm import Session

from harmwatch.errors import UsageError
from harmwatch.review.tables import GRADES, AuditEntry, ClaimReview, Note, User
from harmwatch.review.users import Account
from harmwatch.store.tables import Claim, Incident, IncidentSource

Actor = User | Account  # who acts: a stored user, or the account a request resolved

# fields an analyst may correct on an incident, with their parser
CORRECTABLE: dict[str, type] = {
    "date_start": str,
    "date_end": str,
    "place": str,
    "admin1": str,
    "country": str,
    "sub_event_type": str,
    "weapon": str,
    "killed_min": int,
    "killed_max": int,
    "injured_min": int,
    "injured_max": int,
}
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
        session.get(Incident, incident_id).locked = True
    return row


def correct_incident(
    session: Session, user: Actor, incident_id: int, field: str, value: str | None
) -> Incident:
    if field not in CORRECTABLE:
        raise UsageError(f"field must be one of {', '.join(CORRECTABLE)}")
    inc = get_incident(session, incident_id)
    parsed: Any = None
    if value not in (None, ""):
        try:
            parsed = CORRECTABLE[field](value)
        except ValueError as e:
            raise UsageError(f"{field}: {value!r} is not a valid {CORRECTABLE[field].__name__}") from e
        if isinstance(parsed, int) and parsed < 0:
            raise UsageError(f"{field} cannot be negative")
    before = {field: getattr(inc, field)}
    setattr(inc, field, parsed)
    inc.locked = True
    audit(session, user, "correct", "incident", inc.id, inc.id, before, {field: parsed})
    return inc


def grade_incident(session: Session, user: Actor, incident_id: int, grade: str) -> Incident:
    if grade not in GRADES:
        raise UsageError(f"grade must be one of {', '.join(GRADES)}")
    inc = get_incident(session, incident_id)
    before = {"grade": inc.grade, "status": inc.status}
    inc.grade, inc.status, inc.locked = grade, "reviewed", True
    audit(session, user, "grade", "incident", inc.id, inc.id, before, {"grade": grade, "status": "reviewed"})
    return inc


def _min(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


def merge_incidents(session: Session, user: Actor, keep_id: int, other_id: int) -> Incident:
    """Move every source of ``other`` into ``keep``; ranges widen to cover both; ``other`` goes."""
    if keep_id == other_id:
        raise UsageError("cannot merge an incident with itself")
    keep, other = get_incident(session, keep_id), get_incident(session, other_id)
    keep_before = snapshot(keep)
    other_before = {**snapshot(other), "id": other.id, "documents": [s.document_id for s in other.sources]}
    session.execute(
        update(IncidentSource).where(IncidentSource.incident_id == other.id).values(incident_id=keep.id)
    )
    keep.killed_min, keep.killed_max = (
        _min(keep.killed_min, other.killed_min),
        _max(keep.killed_max, other.killed_max),
    )
    keep.injured_min = _min(keep.injured_min, other.injured_min)
    keep.injured_max = _max(keep.injured_max, other.injured_max)
    keep.contested = bool(keep.contested or other.contested)
    keep.locked = True
    session.flush()
    session.expire(keep, ["sources"])
    session.expire(other, ["sources"])  # its old sources moved: deleting it must not cascade to them
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
    session.delete(other)
    return keep


def split_document(session: Session, user: Actor, incident_id: int, document_id: int) -> Incident:
    """Take one document's sources off an incident into a new incident of its own."""
    inc = get_incident(session, incident_id)
    moving = [s for s in inc.sources if s.document_id == document_id]
    if not moving:
        raise UsageError(f"document {document_id} is not a source of incident {incident_id}")
    if len(moving) == len(inc.sources):
        raise UsageError("the incident has no other source; nothing to split")
    new = Incident(
        **{
            f: getattr(inc, f)
            for f in (
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
            )
        },
        perpetrators=list(inc.perpetrators or []),
        targets=inc.targets,
        contested=False,
        status="in_review",
        locked=True,
        key=None,
    )
    session.add(new)
    session.flush()
    new.key = f"split-{new.id}"  # the linker reloads stored links by their incident's key
    for s in moving:
        s.incident_id = new.id
    inc.locked = True
    session.flush()
    session.expire(inc, ["sources"])
    audit(
        session,
        user,
        "split",
        "incident",
        inc.id,
        inc.id,
        {"documents": [document_id], "incident": inc.id},
        {"new_incident": new.id},
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


_NOTES = (
    select(Note.id, Note.text, Note.private, Note.user_id)
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
    .where(AuditEntry.incident_id == bindparam("id"))
    .order_by(AuditEntry.id)
)


def visible_notes(session: Session, user: Actor, incident_id: int) -> list[Row]:
    """The incident's notes that ``user`` may read: every shared note and their own drafts."""
    rows = session.connection().execute(_NOTES, {"id": incident_id})
    return [n for n in rows if not n.private or n.user_id == user.id]


def history(session: Session, incident_id: int) -> list[Row]:
    """The incident's audit entries, oldest first (read-only rows with the entries' fields)."""
    return list(session.connection().execute(_HISTORY, {"id": incident_id}))


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
