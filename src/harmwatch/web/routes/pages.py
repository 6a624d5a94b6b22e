"""HTML pages: login, incident list (filters, search, map, timeline), incident, document, review forms."""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import replace
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.review import actions, workflow
from harmwatch.review.tables import GRADES, REVIEW_STATUSES
from harmwatch.review.users import authenticate, end_session, start_session
from harmwatch.store.tables import Document, Incident
from harmwatch.web import queries
from harmwatch.web.app import MAX_ID, db_session, lock_for_writing, run_action
from harmwatch.web.auth import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    check_csrf,
    principal,
    require_writer,
)

router = APIRouter(include_in_schema=False)
Id = Annotated[int, Path(ge=1, le=MAX_ID)]  # out of range: 422, never an overflow in the store


def IdField(default=...):  # noqa: N802  (reads like the Form() it wraps)
    return Form(default, ge=1, le=MAX_ID)


def render(request: Request, name: str, status_code: int = 200, **ctx) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, ctx, status_code=status_code)


def _safe_next(value: str | None) -> str:
    return value if value and value.startswith("/") and not value.startswith("//") else "/incidents"


@router.get("/", response_class=HTMLResponse)
def home() -> Response:
    return RedirectResponse("/incidents", status_code=303)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str | None = None) -> Response:
    token = secrets.token_urlsafe(24)
    resp = render(request, "login.html", csrf_token=token, next=_safe_next(next), error=None)
    resp.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=request.app.state.secure_cookies,
        max_age=3600,
    )
    return resp


@router.post("/login", response_class=HTMLResponse)
async def login(
    request: Request,
    username: str = Form(""),
    password: str = Form(""),
    csrf_token: str = Form(""),
    next: str = Form("/incidents"),
    session: Session = Depends(db_session),
) -> Response:
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE)
    if not cookie or not secrets.compare_digest(cookie, csrf_token):
        raise HTTPException(403, "missing or wrong CSRF token")
    throttle = request.app.state.throttle
    # throttled per user name and address together (a guesser elsewhere cannot lock the owner out)
    # and per address; the address is the proxy's forwarded one only with --forwarded-allow-ips
    addr = request.client.host if request.client else "?"
    keys = (f"user:{username.lower()[:64]}@{addr}", f"ip:{addr}")
    wait = throttle.blocked(*keys)
    if wait > 0:
        raise HTTPException(
            429, "too many failed logins; try again later", headers={"Retry-After": str(int(wait) + 1)}
        )
    user = authenticate(session, username, password)
    if user is None:
        await asyncio.sleep(throttle.failed(*keys))
        return render(
            request,
            "login.html",
            status_code=401,
            csrf_token=csrf_token,
            next=_safe_next(next),
            error="Wrong user name or password.",
        )
    throttle.succeeded(*keys)
    token, _ = start_session(session, user)
    session.commit()  # before the redirect: the next request must find the session
    resp = RedirectResponse(_safe_next(next), status_code=303)
    resp.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        samesite="lax",
        secure=request.app.state.secure_cookies,
        max_age=12 * 3600,
    )
    resp.delete_cookie(LOGIN_CSRF_COOKIE)
    return resp


@router.post("/logout")
def logout(request: Request, csrf_token: str = Form(""), session: Session = Depends(db_session)) -> Response:
    p = principal(request, session)
    check_csrf(p, csrf_token)
    end_session(session, request.cookies.get(SESSION_COOKIE))
    session.commit()
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(SESSION_COOKIE)
    return resp


def _filters(request: Request) -> queries.Filters:
    q = request.query_params
    min_killed = q.get("min_killed")
    return queries.Filters(
        country=q.get("country") or None,
        since=q.get("since") or None,
        until=q.get("until") or None,
        type=q.get("type") or None,
        status=q.get("status") or None,
        grade=q.get("grade") or None,
        min_killed=int(min_killed) if min_killed and min_killed.isdigit() and len(min_killed) < 10 else None,
        q=q.get("q") or None,
        min_disagreement=_fraction(q.get("min_disagreement")),
        sort=q.get("sort") if q.get("sort") in queries.SORTS else None,
        bbox=queries.parse_bbox(q.get("bbox")),
    )


def _fraction(value: str | None) -> float | None:
    try:
        x = float(value) if value else None
    except ValueError:
        return None
    return x if x is not None and 0 <= x <= 1 else None


# The read pages are async and query the store inline: their work is a few milliseconds of CPU, and
# handing it to a thread (with its session dependency) cost more than the work itself under load.


@router.get("/incidents", response_class=HTMLResponse)
async def incident_list(request: Request, page: int = Query(1, ge=1, le=10**6)) -> Response:
    with request.app.state.db.session() as session:
        return _incident_list(request, session, page)


def _incident_list(request: Request, session: Session, page: int) -> Response:
    p = principal(request, session, allow_public=True)
    f = _filters(request).for_reader(p.user is None)
    query = urlencode(f.as_query())

    def rows_html() -> str:
        rows, has_more = queries.list_incidents(session, f, page=page)
        return request.app.state.templates.get_template("_incident_rows.html").render(
            rows=rows, page=page, has_more=has_more, query=query
        )

    # the rows are the same for every reader until the data changes: rendered once per revision
    table = request.app.state.page_cache.get_or_render(session, ("list", f, page), rows_html)
    return render(
        request,
        "incidents.html",
        p=p,
        f=f,
        grades=GRADES,
        statuses=REVIEW_STATUSES,
        query=query,
        whole_map=urlencode(replace(f, bbox=None).as_query()),  # the same filter without the map area
        table=Markup(table),
    )


@router.get("/incidents/export")
def incident_export(
    request: Request, format: str = "acled", session: Session = Depends(db_session)
) -> Response:
    """The list's current filter as ACLED CSV, GeoJSON, JSONL (downloads) or the printable report."""
    from harmwatch.web import exporting

    p = principal(request, session, allow_public=True)
    f = _filters(request).for_reader(p.user is None)
    body, media, suffix = run_action(lambda s: exporting.export(s, f, format), session, bad_input=422)
    headers = {}
    if format == "report":  # a page of its own: its inline style and SVG, and nothing that runs
        headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    else:
        headers["Content-Disposition"] = f'attachment; filename="harmwatch-incidents.{suffix}"'
    return Response(body, media_type=media, headers=headers)


@router.get("/incidents/count", response_class=HTMLResponse)
async def incident_count(request: Request) -> Response:
    """The list's total, fetched by htmx after the page shows (it can cost more than the page)."""
    with request.app.state.db.session() as session:
        p = principal(request, session, allow_public=True)
        n = queries.count_incidents(session, _filters(request).for_reader(p.user is None))
    cap = queries.COUNT_CAP
    return HTMLResponse(f"more than {cap:,} found" if n > cap else f"{n:,} found")


def _detail(request: Request, session: Session, incident_id: int, p) -> Response:
    inc = queries.incident_row(session, incident_id)
    if inc is not None and p.user is None and inc.status != "published":
        inc = None  # the public view: published incidents only
    if inc is None:
        survivor = actions.merged_into(session, incident_id)
        if survivor is not None:  # a merged incident's address leads to the one that holds it now
            return RedirectResponse(f"/incidents/{survivor}", status_code=303)
        raise HTTPException(404, "no such incident")
    sources = queries.incident_sources(session, incident_id)
    cols, differs = queries.sources_side_by_side(sources)
    texts = {src.document_id: src.text for src in sources}
    found = queries.claims_for(session, list(texts))
    kinds = sorted({c.kind for c, _ in found})
    kind = request.query_params.get("kind")
    outlets = {src.document_id: (src.outlet or "-", src.title or src.input_id or "") for src in sources}
    claims = [
        (c, r, queries.highlight(texts.get(c.document_id) or "", c.span_start, c.span_end))
        for c, r in found
        if not kind or c.kind == kind
    ]
    user = p.user  # None in the public view: published facts only, no notes, names or history
    notes = actions.visible_notes(session, user, inc.id) if user else []
    merged = actions.merged_ids(session, inc.id) if user else []
    audit = _audit_lines(session, inc.id, merged, found) if user else []
    return render(
        request,
        "incident.html",
        p=p,
        inc=inc,
        cols=cols,
        differs=differs,
        claims=claims,
        provenance=queries.provenance(inc, sources, found),
        kinds=kinds,
        kind=kind if kind in kinds else None,
        outlets=outlets,
        audit=audit,
        merged=merged,
        flow=workflow.of_row(inc) if user else None,
        flow_labels=workflow.LABELS,
        reviewers=workflow.reviewers(session) if p.can_write else [],
        notes=notes,
        grades=GRADES,
        correctable=list(actions.CORRECTABLE),
    )


def _audit_lines(session: Session, incident_id: int, merged: list[int], found) -> list:
    """The incident's audit log as sentences, with links to the claims each entry touched: on this
    page where the claim is one of its own, else on its document's page."""
    from harmwatch.store.tables import Claim
    from harmwatch.web.audit_text import ClaimRef, lines

    history = actions.history(session, incident_id, merged)
    claims = {c.id: ClaimRef(c.kind, c.document_id, True) for c, _ in found}
    other = {e.object_id for e in history if e.object_type == "claim"} - set(claims)
    if other:
        rows = session.execute(select(Claim.id, Claim.kind, Claim.document_id).where(Claim.id.in_(other)))
        claims.update({cid: ClaimRef(kind, doc, False) for cid, kind, doc in rows})
    return lines(history, incident_id, claims)


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
async def incident_page(request: Request, incident_id: Id) -> Response:
    with request.app.state.db.session() as session:
        p = principal(request, session, allow_public=True)
        return _detail(request, session, incident_id, p)


@router.get("/incidents/{incident_id}/duplicates", response_class=HTMLResponse)
def incident_duplicates(
    request: Request, incident_id: Id, session: Session = Depends(db_session)
) -> Response:
    """Incidents that may be the same one (fetched by htmx after the incident page shows)."""
    from harmwatch.web.duplicates import suggestions

    p = principal(request, session)
    if session.get(Incident, incident_id) is None:
        raise HTTPException(404, "no such incident")
    return render(
        request, "_duplicates.html", p=p, inc_id=incident_id, found=suggestions(session, incident_id)
    )


@router.get("/documents/{document_id}", response_class=HTMLResponse)
async def document_page(request: Request, document_id: Id) -> Response:
    with request.app.state.db.session() as session:
        return _document(request, session, document_id)


def _document(request: Request, session: Session, document_id: int) -> Response:
    p = principal(request, session, allow_public=True)
    d = session.get(Document, document_id)
    if d is None or (p.user is None and not queries.document_published(session, d.id)):
        raise HTTPException(404, "no such document")
    found = queries.claims_for(session, [d.id])
    claims = [(c, r, queries.highlight(d.text, c.span_start, c.span_end)) for c, r in found]
    segments = queries.text_segments(
        d.text or "", [(c.id, c.kind, c.span_start, c.span_end) for c, _ in found]
    )
    incidents = queries.document_incidents(session, d.id, published_only=p.user is None)
    return render(request, "document.html", p=p, d=d, claims=claims, segments=segments, incidents=incidents)


@router.get("/documents/{document_id}/original")
def document_original(request: Request, document_id: Id, session: Session = Depends(db_session)) -> Response:
    p = principal(request, session, allow_public=True)
    d = session.get(Document, document_id)
    if d is None or (p.user is None and not queries.document_published(session, d.id)):
        raise HTTPException(404, "no such document")
    # served as an attachment of plain bytes: a stored page never runs in the app's origin
    return Response(
        d.raw,
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": f'attachment; filename="document-{d.id}-{d.sha256[:12]}.{d.raw_kind or "txt"}"',
            "X-Content-SHA256": d.sha256,
        },
    )


def _write(request: Request, session: Session, csrf_token: str):
    p = principal(request, session)
    check_csrf(p, csrf_token)
    user = require_writer(p)
    lock_for_writing(session)
    return user


def _back(incident_id: int) -> Response:
    return RedirectResponse(f"/incidents/{incident_id}", status_code=303)


def _run(fn, *args):
    return run_action(fn, *args, bad_input=400)


@router.post("/claims/{claim_id}/review")
def review_claim_form(
    request: Request,
    claim_id: Id,
    status: str = Form(...),
    incident_id: int = IdField(),
    csrf_token: str = Form(""),
    session: Session = Depends(db_session),
) -> Response:
    user = _write(request, session, csrf_token)
    _run(actions.review_claim, session, user, claim_id, status)
    return _back(incident_id)


@router.post("/incidents/{incident_id}/correct")
def correct_form(
    request: Request,
    incident_id: Id,
    field: str = Form(...),
    value: str = Form(""),
    csrf_token: str = Form(""),
    session: Session = Depends(db_session),
) -> Response:
    user = _write(request, session, csrf_token)
    _run(actions.correct_incident, session, user, incident_id, field, value)
    return _back(incident_id)


@router.post("/incidents/{incident_id}/grade")
def grade_form(
    request: Request,
    incident_id: Id,
    grade: str = Form(...),
    csrf_token: str = Form(""),
    session: Session = Depends(db_session),
) -> Response:
    user = _write(request, session, csrf_token)
    _run(actions.grade_incident, session, user, incident_id, grade)
    return _back(incident_id)


@router.post("/incidents/{incident_id}/merge")
def merge_form(
    request: Request,
    incident_id: Id,
    other_id: int = IdField(),
    confirm: bool = Form(False),
    csrf_token: str = Form(""),
    session: Session = Depends(db_session),
) -> Response:
    """First a preview (what would change, and a confirm button); merged only when confirmed."""
    user = _write(request, session, csrf_token)
    if not confirm:
        p = principal(request, session)
        preview = _run(actions.merge_preview, session, incident_id, other_id)
        return render(request, "merge_preview.html", p=p, pv=preview)
    _run(actions.merge_incidents, session, user, incident_id, other_id)
    return _back(incident_id)


@router.post("/incidents/{incident_id}/assign")
def assign_form(
    request: Request,
    incident_id: Id,
    assignee: str = Form("", max_length=64),
    csrf_token: str = Form(""),
    session: Session = Depends(db_session),
) -> Response:
    user = _write(request, session, csrf_token)
    _run(workflow.assign, session, user, incident_id, assignee)
    return _back(incident_id)


@router.post("/incidents/{incident_id}/status")
def status_form(
    request: Request,
    incident_id: Id,
    status: str = Form(..., max_length=16),
    csrf_token: str = Form(""),
    session: Session = Depends(db_session),
) -> Response:
    user = _write(request, session, csrf_token)
    _run(workflow.set_status, session, user, incident_id, status)
    return _back(incident_id)


@router.post("/incidents/{incident_id}/unmerge")
def unmerge_form(
    request: Request,
    incident_id: Id,
    csrf_token: str = Form(""),
    session: Session = Depends(db_session),
) -> Response:
    user = _write(request, session, csrf_token)
    _run(actions.unmerge, session, user, incident_id)
    return _back(incident_id)


@router.post("/incidents/{incident_id}/split")
def split_form(
    request: Request,
    incident_id: Id,
    document_id: int = IdField(),
    csrf_token: str = Form(""),
    session: Session = Depends(db_session),
) -> Response:
    user = _write(request, session, csrf_token)
    new = _run(actions.split_document, session, user, incident_id, document_id)
    return _back(new.id)


@router.post("/notes/{note_id}/share")
def note_share_form(
    request: Request,
    note_id: Id,
    incident_id: int = IdField(),
    csrf_token: str = Form(""),
    session: Session = Depends(db_session),
) -> Response:
    """Share one's own private draft note: from now on every signed-in user sees it."""
    user = _write(request, session, csrf_token)
    note = _run(actions.share_note, session, user, note_id)
    return _back(note.incident_id or incident_id)


@router.post("/incidents/{incident_id}/notes")
def note_form(
    request: Request,
    incident_id: Id,
    text: str = Form(...),
    private: bool = Form(False),
    csrf_token: str = Form(""),
    session: Session = Depends(db_session),
) -> Response:
    user = _write(request, session, csrf_token)
    _run(actions.add_note, session, user, incident_id, text, private)
    return _back(incident_id)
