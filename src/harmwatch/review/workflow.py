"""An incident's review workflow: assigned to an analyst; new → in review → reviewed → published,
where publishing is a second reviewer's sign-off (not the one who reviewed it); reopening (back to
in review) starts the review again. Every step is audited."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.errors import UsageError
from harmwatch.review.actions import Actor, audit, get_incident, now
from harmwatch.review.tables import IncidentWorkflow, User

STATUSES = ("new", "in_review", "reviewed", "published")
LABELS = {"new": "new", "in_review": "in review", "reviewed": "reviewed", "published": "published"}
NEXT = {  # the steps allowed from each status
    "new": ("in_review",),
    "in_review": ("reviewed",),
    "reviewed": ("published", "in_review"),
    "published": ("in_review",),
}
REVIEWERS = ("admin", "editor")


@dataclass(frozen=True, slots=True)
class State:
    status: str
    assignee: str | None = None
    reviewed_by: str | None = None
    signed_off_by: str | None = None

    @property
    def next_steps(self) -> tuple[str, ...]:
        return NEXT[self.status]


def status_of(stored: str | None) -> str:
    return stored if stored in STATUSES else "new"  # None and the older "unreviewed" read "new"


def _row(session: Session, incident_id: int) -> IncidentWorkflow:
    row = session.get(IncidentWorkflow, incident_id)
    if row is None:
        row = IncidentWorkflow(incident_id=incident_id, updated_at=now())
        session.add(row)
    return row


def state(session: Session, incident_id: int, status: str | None = None, *, known: bool = False) -> State:
    """The incident's workflow; ``known=True``: the caller read the incident's ``status`` already."""
    if not known:
        status = get_incident(session, incident_id).status
    row = session.get(IncidentWorkflow, incident_id)
    if row is None:
        return State(status_of(status))
    return State(status_of(status), row.assignee, row.reviewed_by, row.signed_off_by)


def of_row(row) -> State:
    """The workflow of a row of ``web.queries.incident_row`` (the incident with its wf_* columns)."""
    return State(status_of(row.status), row.wf_assignee, row.wf_reviewed_by, row.wf_signed_off_by)


_REVIEWERS = select(User.name).where(User.role.in_(REVIEWERS), User.disabled.is_(False)).order_by(User.name)


def reviewers(session: Session) -> list[str]:
    """Names of the users who may be assigned a review."""
    return list(session.connection().execute(_REVIEWERS).scalars())


def assign(session: Session, user: Actor, incident_id: int, assignee: str | None) -> State:
    """Assign the incident to ``assignee`` (an editor or admin); empty: nobody."""
    inc = get_incident(session, incident_id)
    name = (assignee or "").strip() or None
    if name is not None:
        who = session.scalar(select(User).where(User.name == name))
        if who is None or who.disabled:
            raise UsageError(f"no active user {name!r}")
        if who.role not in REVIEWERS:
            raise UsageError(f"{name} is a {who.role}: only editors and admins review")
    row = _row(session, inc.id)
    before = row.assignee
    row.assignee, row.updated_at = name, now()
    audit(session, user, "assign", "incident", inc.id, inc.id, {"assignee": before}, {"assignee": name})
    return state(session, inc.id)


def set_status(session: Session, user: Actor, incident_id: int, status: str) -> State:
    """Move the incident one step (NEXT); publishing needs a user other than its reviewer."""
    if status not in STATUSES:
        raise UsageError(f"status must be one of {', '.join(STATUSES)}")
    inc = get_incident(session, incident_id)
    current = status_of(inc.status)
    if status not in NEXT[current]:
        raise UsageError(
            f"an incident {LABELS[current]} cannot go to {LABELS[status]} "
            f"(next: {', '.join(LABELS[s] for s in NEXT[current])})"
        )
    row = _row(session, inc.id)
    if status == "published":
        if row.reviewed_by is None:
            raise UsageError("nobody is recorded as its reviewer; review it again first")
        if row.reviewed_by == user.name:
            raise UsageError(f"a second reviewer signs off: {user.name} reviewed it and cannot publish it")
        row.signed_off_by = user.name
    elif status == "reviewed":
        row.reviewed_by, row.signed_off_by = user.name, None
    elif status == "in_review":
        row.reviewed_by, row.signed_off_by = None, None
    row.updated_at = now()
    inc.status = status
    inc.locked = True
    audit(session, user, "status", "incident", inc.id, inc.id, {"status": current}, {"status": status})
    return state(session, inc.id)
