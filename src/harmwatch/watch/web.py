"""Web routes of watches.

``/watches/{name}.atom``: the watch's Atom feed. A private watch's feed needs its secret token
(``?token=``, compared in constant time); any other watch's feed is served to whoever may read the
incident list (a logged-in user, an API token, or anyone when the public read-only view is on), or
with the token (feed readers cannot log in).

``/watches``: a logged-in analyst's own watches; ``/watches/new?<list filter>`` offers to watch the
incident list's current filter (country, type, min. killed, since, search words); e-mail and feed
only (a webhook from the web would let any user make the server POST anywhere).
"""

from __future__ import annotations

import hmac
from urllib.parse import quote

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from harmwatch.errors import UsageError
from harmwatch.watch.atom import feed_xml
from harmwatch.watch.watches import WatchFilter, WatchSpec, add_watch, all_watches, get_watch

router = APIRouter(include_in_schema=False)

FILTER_FIELDS = ("country", "type", "min_killed", "since", "q")


@router.get("/watches/{name}.atom")
def watch_feed(request: Request, name: str, token: str | None = Query(None, max_length=200)) -> Response:
    from harmwatch.web.auth import principal

    with request.app.state.db.session() as session:
        try:
            w = get_watch(session, name)
        except UsageError as e:
            raise HTTPException(404, "no such watch") from e
        good_token = token is not None and hmac.compare_digest(token.encode(), w.feed_token.encode())
        if w.private and not good_token:
            raise HTTPException(404, "no such watch")  # a private watch's existence is not revealed
        if not good_token:
            principal(request, session, allow_public=True)
        body = feed_xml(session, w, self_url=str(request.url.remove_query_params("token")))
    return Response(body, media_type="application/atom+xml; charset=utf-8")


def _user(request: Request, session):
    from harmwatch.web.auth import principal

    p = principal(request, session)  # a logged-in analyst (or API token): watches are personal
    if p.user is None:
        raise HTTPException(401, "login required")
    return p


def _filter_of(values) -> tuple[WatchFilter, dict[str, str], str]:
    """The watch filter of the list's query (or the form's hidden copy of it), the fields kept,
    and what of the list's filter a watch cannot hold."""
    fields = {k: values.get(k).strip() for k in FILTER_FIELDS if (values.get(k) or "").strip()}
    mk = fields.get("min_killed")
    flt = WatchFilter(
        countries=(fields["country"],) if "country" in fields else (),
        types=(fields["type"],) if "type" in fields else (),
        min_killed=int(mk) if mk and mk.isdigit() else None,
        since=fields.get("since"),
        query=fields.get("q"),
    )
    ignored = ", ".join(k for k in ("until", "status", "grade") if values.get(k))
    return flt, fields, ignored


def _page(
    request: Request, session, p, new=None, error: str | None = None, status: int = 200
) -> HTMLResponse:
    base = str(request.base_url).rstrip("/")
    rows = []
    for w in all_watches(session):
        if w.owner != p.user.name:
            continue
        feed = f"{base}/watches/{quote(w.name)}.atom" + (f"?token={w.feed_token}" if w.private else "")
        rows.append(
            {
                "name": w.name,
                "describe": WatchFilter.from_dict(w.filters).describe(),
                "emails": w.emails or [],
                "schedule": f"at {w.at} {w.tz}" if w.at else "every run",
                "feed": feed,
            }
        )
    return request.app.state.templates.TemplateResponse(
        request, "watches.html", {"p": p, "watches": rows, "new": new, "error": error}, status_code=status
    )


@router.get("/watches", response_class=HTMLResponse)
def my_watches(request: Request) -> Response:
    with request.app.state.db.session() as session:
        return _page(request, session, _user(request, session))


@router.get("/watches/new", response_class=HTMLResponse)
def new_watch(request: Request) -> Response:
    with request.app.state.db.session() as session:
        p = _user(request, session)
        flt, fields, ignored = _filter_of(request.query_params)
        new = {
            "describe": flt.describe(),
            "fields": fields,
            "ignored": ignored,
            "name": f"{p.user.name}-{'-'.join(fields.get(k, '') for k in ('country', 'type') if fields.get(k)) or 'all'}",
            "email": "",
            "at": "07:00,19:00",
            "tz": "UTC",
        }
        new["name"] = "".join(c if c.isalnum() or c in "_.-" else "-" for c in new["name"])[:60]
        return _page(request, session, p, new=new)


@router.post("/watches", response_class=HTMLResponse)
async def create_watch(request: Request) -> Response:
    from harmwatch.web.auth import check_csrf

    form = await request.form()
    with request.app.state.db.session() as session:
        p = _user(request, session)
        token = form.get("csrf_token")
        check_csrf(p, token if isinstance(token, str) else None)
        flt, fields, _ = _filter_of(form)
        emails = tuple(a.strip() for a in str(form.get("email") or "").split(",") if a.strip())
        spec = WatchSpec(
            name=str(form.get("name") or "").strip(),
            filter=flt,
            emails=emails,
            at=str(form.get("at") or "").strip() or None,
            tz=str(form.get("tz") or "UTC").strip(),
            private=form.get("private") == "1",
            owner=p.user.name,
        )
        try:
            add_watch(session, spec)
        except UsageError as e:
            session.rollback()
            new = {
                "describe": flt.describe(),
                "fields": fields,
                "ignored": "",
                "name": spec.name,
                "email": ", ".join(emails),
                "at": spec.at or "",
                "tz": spec.tz,
            }
            return _page(request, session, p, new=new, error=str(e), status=400)
    return RedirectResponse("/watches", status_code=303)


@router.post("/watches/{name}/delete")
def delete_watch(request: Request, name: str, csrf_token: str | None = Form(None)) -> Response:
    from harmwatch.web.auth import check_csrf

    with request.app.state.db.session() as session:
        p = _user(request, session)
        check_csrf(p, csrf_token)
        try:
            w = get_watch(session, name)
        except UsageError as e:
            raise HTTPException(404, "no such watch") from e
        if w.owner != p.user.name:
            raise HTTPException(404, "no such watch")
        session.delete(w)
    return RedirectResponse("/watches", status_code=303)
