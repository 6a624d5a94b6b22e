"""The JSON API (OpenAPI at /openapi.json, docs at /docs): incidents, documents, claims, review actions.

Authenticate with ``Authorization: Bearer <token>``; a browser session works too (writes then need
the ``X-CSRF-Token`` header). Viewers read; editors and admins write.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from harmwatch.errors import UsageError
from harmwatch.review import actions, workflow
from harmwatch.review.tables import ClaimReview, Note
from harmwatch.store.tables import Claim, Document, Incident
from harmwatch.web import audit_text, queries
from harmwatch.web.app import MAX_ID, db_session, lock_for_writing, run_action
from harmwatch.web.auth import Principal, check_csrf, principal, require_writer

router = APIRouter(prefix="/api", tags=["api"])
Id = Annotated[int, Path(ge=1, le=MAX_ID)]


def reader(request: Request, session: Session = Depends(db_session)) -> Principal:
    return principal(request, session, allow_public=True)


def writer(
    request: Request,
    x_csrf_token: Annotated[str | None, Header()] = None,
    session: Session = Depends(db_session),
) -> Principal:
    p = principal(request, session)
    check_csrf(p, x_csrf_token)
    require_writer(p)
    return p


Reader = Annotated[Principal, Depends(reader)]  # anyone who may read (the public view too)
Db = Annotated[Session, Depends(db_session)]


class ReviewIn(BaseModel):
    status: Literal["confirmed", "rejected"]
    corrected: dict[str, Any] | None = Field(None, description="fields of the claim's payload to correct")


class CorrectIn(BaseModel):
    field: Literal[tuple(actions.CORRECTABLE)]  # type: ignore[valid-type]
    value: str | None = Field(None, max_length=200)


class GradeIn(BaseModel):
    grade: Literal["confirmed", "fair", "weak", "contested", "discounted"]


class MergeIn(BaseModel):
    other_id: int = Field(ge=1, le=MAX_ID)


class SplitIn(BaseModel):
    document_id: int = Field(ge=1, le=MAX_ID)


class NoteIn(BaseModel):
    text: str = Field(min_length=1, max_length=10_000)
    private: bool = False


@dataclass(frozen=True, slots=True)
class Editor:
    """A write request's writer and store session: runs review actions as that user."""

    principal: Principal
    session: Session

    def run(self, fn, *args):
        """``fn(session, user, *args)``, committed before the answer; a missing object answers 404, a
        refused change 422."""
        return run_action(fn, self.session, self.principal.user, *args, bad_input=422)

    def on_incident(self, fn, incident_id: int, *args) -> dict:
        """Run an action on an incident and answer with the incident as it now stands."""
        return queries.incident_dict(self.run(fn, incident_id, *args))


def editor(p: Principal = Depends(writer), session: Session = Depends(db_session)) -> Editor:
    lock_for_writing(session)
    return Editor(p, session)


def _found(session: Session, model, obj_id: int, what: str):
    """The stored object, or a 404 "no such <what>"."""
    obj = session.get(model, obj_id)
    if obj is None:
        raise HTTPException(404, f"no such {what}")
    return obj


def _member(p: Principal) -> None:
    """Internal work (notes, the audit history, reviewers' names) is for signed-in users only."""
    if p.user is None:
        raise HTTPException(401, "login required")


def _note_dict(n: Note) -> dict:
    return {"id": n.id, "incident_id": n.incident_id, "text": n.text, "private": n.private}


def _filter_params(
    country: Annotated[str | None, Query(max_length=8)] = None,
    since: Annotated[str | None, Query(max_length=32)] = None,
    until: Annotated[str | None, Query(max_length=32)] = None,
    type: Annotated[str | None, Query(max_length=64)] = None,
    status: Annotated[str | None, Query(max_length=16)] = None,
    grade: Annotated[str | None, Query(max_length=16)] = None,
    min_killed: Annotated[int | None, Query(ge=0, le=10**9)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    min_disagreement: Annotated[float | None, Query(ge=0, le=1)] = None,
    sort: Literal["date", "disagreement", "killed"] | None = None,
    bbox: Annotated[str | None, Query(max_length=100, description="map area: south,west,north,east")] = None,
) -> queries.Filters:
    area = queries.parse_bbox(bbox)
    if bbox and area is None:
        raise HTTPException(422, "bbox must be four numbers: south,west,north,east")
    return queries.Filters(
        country,
        since,
        until,
        type,
        status,
        grade,
        min_killed,
        q,
        min_disagreement,
        None if sort == "date" else sort,
        area,
    )


Filtered = Annotated[queries.Filters, Depends(_filter_params)]


@router.get("/incidents")
def api_incidents(
    f: Filtered,
    p: Reader,
    session: Db,
    page: Annotated[int, Query(ge=1, le=10**6)] = 1,
    size: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    f = f.for_reader(p.user is None)
    rows, has_more = queries.list_incidents(session, f, page=page, size=size)
    total = queries.count_incidents(session, f)
    return {
        "total": min(total, queries.COUNT_CAP),
        "total_is_capped": total > queries.COUNT_CAP,
        "page": page,
        "has_more": has_more,
        "incidents": [queries.incident_dict(i) for i in rows],
    }


@router.get("/incidents/map")
def api_map(f: Filtered, p: Reader, session: Db) -> dict:
    """Points of the filtered incidents that have coordinates (at most 2,000)."""
    return {"points": queries.map_points(session, f.for_reader(p.user is None))}


@router.get("/incidents/timeline")
def api_timeline(f: Filtered, p: Reader, session: Db) -> dict:
    """Filtered incidents per month, every month from the first to the last, with the killed they
    report (the sum of each incident's low figure; unknown counts as 0)."""
    f = f.for_reader(p.user is None)
    months = queries.timeline(session, f)
    return {"months": [{"month": m, "incidents": n, "killed": k} for m, n, k in months]}


def _incident(session: Session, incident_id: int) -> Incident:
    """The incident, or 404 (saying where a merged incident went)."""
    inc = session.get(Incident, incident_id)
    if inc is None:
        survivor = actions.merged_into(session, incident_id)
        if survivor is not None:
            raise HTTPException(404, f"incident {incident_id} was merged into {survivor}")
        raise HTTPException(404, "no such incident")
    return inc


@router.get("/incidents/{incident_id}")
def api_incident(incident_id: Id, p: Reader, session: Db) -> dict:
    inc = _incident(session, incident_id)
    if p.user is None and inc.status != "published":
        raise HTTPException(404, "no such incident")
    cols, differs = queries.sources_side_by_side(queries.incident_sources(session, inc.id))
    for c in cols:
        c["killed_values"] = [list(v) for v in c["killed_values"]]
    out = queries.incident_dict(inc)
    out.update(sources=cols, disagreements=differs)
    if p.user is not None:
        out["notes"] = [
            {
                "id": n.id,
                "text": n.text,
                "private": n.private,
                "author": n.author,
                "created_at": audit_text.when(n.created_at)[0] if n.created_at else None,
            }
            for n in actions.visible_notes(session, p.user, inc.id)
        ]
    return out


@router.get("/incidents/{incident_id}/history")
def api_history(incident_id: Id, p: Reader, session: Db) -> dict:
    _member(p)
    history = actions.history(session, incident_id)
    if not history and session.get(Incident, incident_id) is None:
        raise HTTPException(404, "no such incident")
    entries = [
        {
            "id": e.id,
            "at": audit_text.when(e.at)[0],  # with its offset (UTC)
            "user": e.user,
            "action": e.action,
            "object_type": e.object_type,
            "object_id": e.object_id,
            "before": e.before,
            "after": e.after,
            "sentence": line.text,
        }
        for e, line in zip(history, audit_text.lines(history, incident_id, {}), strict=True)
    ]
    return {"entries": entries, "states": actions.replay(session, incident_id)}


@router.get("/documents/{document_id}")
def api_document(document_id: Id, p: Reader, session: Db) -> dict:
    d = _found(session, Document, document_id, "document")
    if p.user is None and not queries.document_published(session, d.id):
        raise HTTPException(404, "no such document")
    out = queries.document_dict(d)
    named = p.user is not None
    out["claims"] = [queries.claim_dict(c, r, named) for c, r in queries.claims_for(session, [d.id])]
    return out


@router.get("/claims/{claim_id}")
def api_claim(claim_id: Id, p: Reader, session: Db) -> dict:
    claim = _found(session, Claim, claim_id, "claim")
    if p.user is None and not queries.document_published(session, claim.document_id):
        raise HTTPException(404, "no such claim")
    return queries.claim_dict(claim, session.get(ClaimReview, claim_id), p.user is not None)


@router.get("/notes/{note_id}")
def api_note(note_id: Id, p: Reader, session: Db) -> dict:
    _member(p)
    n = session.get(Note, note_id)
    # another user's private draft answers exactly like a note that does not exist
    if n is None or (n.private and (p.user is None or n.user_id != p.user.id)):
        raise HTTPException(404, "no such note")
    return _note_dict(n)


@router.post("/claims/{claim_id}/review")
def api_review(claim_id: Id, body: ReviewIn, ed: Editor = Depends(editor)) -> dict:
    r = ed.run(actions.review_claim, claim_id, body.status, body.corrected)
    return {"claim_id": claim_id, "status": r.status, "corrected": r.corrected}


@router.post("/incidents/{incident_id}/correct")
def api_correct(incident_id: Id, body: CorrectIn, ed: Editor = Depends(editor)) -> dict:
    return ed.on_incident(actions.correct_incident, incident_id, body.field, body.value)


@router.post("/incidents/{incident_id}/grade")
def api_grade(incident_id: Id, body: GradeIn, ed: Editor = Depends(editor)) -> dict:
    return ed.on_incident(actions.grade_incident, incident_id, body.grade)


@router.post("/incidents/{incident_id}/merge")
def api_merge(incident_id: Id, body: MergeIn, ed: Editor = Depends(editor)) -> dict:
    return ed.on_incident(actions.merge_incidents, incident_id, body.other_id)


@router.get("/incidents/{incident_id}/merge-preview")
def api_merge_preview(
    incident_id: Id,
    other_id: Annotated[int, Query(ge=1, le=MAX_ID)],
    p: Reader,
    session: Db,
) -> dict:
    """What merging ``other_id`` into this incident would change (nothing is changed)."""
    _member(p)
    try:
        return actions.merge_preview(session, incident_id, other_id)
    except LookupError as e:
        raise HTTPException(404, str(e)) from e
    except UsageError as e:
        raise HTTPException(422, str(e)) from e


class AssignIn(BaseModel):
    assignee: str | None = Field(None, max_length=64, description="an editor's or admin's name; null: nobody")


class StatusIn(BaseModel):
    status: Literal["new", "in_review", "reviewed", "published"]


def _flow(st: workflow.State) -> dict:
    return {
        "status": st.status,
        "assignee": st.assignee,
        "reviewed_by": st.reviewed_by,
        "signed_off_by": st.signed_off_by,
        "next": list(st.next_steps),
    }


@router.get("/incidents/{incident_id}/workflow")
def api_workflow(incident_id: Id, p: Reader, session: Db) -> dict:
    """Status, assignee, reviewer and second reviewer's sign-off (signed-in users only)."""
    _member(p)
    _incident(session, incident_id)
    return _flow(workflow.state(session, incident_id))


@router.post("/incidents/{incident_id}/assign")
def api_assign(incident_id: Id, body: AssignIn, ed: Editor = Depends(editor)) -> dict:
    return _flow(ed.run(workflow.assign, incident_id, body.assignee))


@router.post("/incidents/{incident_id}/status")
def api_status(incident_id: Id, body: StatusIn, ed: Editor = Depends(editor)) -> dict:
    """One step: new → in_review → reviewed → published (a second reviewer); back to in_review reopens."""
    return _flow(ed.run(workflow.set_status, incident_id, body.status))


@router.post("/incidents/{incident_id}/unmerge")
def api_unmerge(incident_id: Id, ed: Editor = Depends(editor)) -> dict:
    """Undo the merge that took this incident: it comes back with its sources and notes."""
    return queries.incident_dict(ed.run(actions.unmerge, incident_id))


@router.post("/incidents/{incident_id}/split")
def api_split(incident_id: Id, body: SplitIn, ed: Editor = Depends(editor)) -> dict:
    return ed.on_incident(actions.split_document, incident_id, body.document_id)


@router.post("/incidents/{incident_id}/notes")
def api_note_add(incident_id: Id, body: NoteIn, ed: Editor = Depends(editor)) -> dict:
    return _note_dict(ed.run(actions.add_note, incident_id, body.text, body.private))


@router.post("/notes/{note_id}/share")
def api_note_share(note_id: Id, ed: Editor = Depends(editor)) -> dict:
    """Share one's own private draft note with the other signed-in users."""
    return _note_dict(ed.run(actions.share_note, note_id))


@router.get("/me")
def api_me(p: Reader) -> dict:
    return {"name": p.name, "role": p.user.role if p.user else "public", "via": p.via}
