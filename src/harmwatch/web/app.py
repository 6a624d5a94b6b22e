"""The app factory: ``create_app(db_url)`` wires the store, templates, static files and routes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session

from harmwatch import __version__
from harmwatch.config import DB_ENV, DEFAULT_DB_URL
from harmwatch.store import locks
from harmwatch.store.db import Database, open_db
from harmwatch.store.locks import is_busy
from harmwatch.urls import safe_http_url
from harmwatch.web.audit_text import when as audit_when
from harmwatch.web.auth import LoginThrottle
from harmwatch.web.page_cache import PageCache

HERE = Path(__file__).parent
SECURE_COOKIES_ENV = "HARMWATCH_SECURE_COOKIES"
PUBLIC_ENV = "HARMWATCH_PUBLIC"
MAX_ID = 2**53  # ids beyond what any store holds are simply not found (SQLite's integers stop at 2**63)
MAX_BODY = 1024 * 1024  # request bodies larger than this are refused (413) before they are read
WRITE_WAIT_S = 30.0  # a review write waits this long for the store's review lock, then answers 503
BUSY_RETRY_S = 5  # the Retry-After of a 503 answered because the store stayed busy


def create_app(
    db_url: str | None = None,
    *,
    database: Database | None = None,
    secure_cookies: bool = False,
    public: bool = False,
) -> FastAPI:
    """The app over one store. ``public``: anonymous visitors may read published facts (for this
    app only: nothing is stored, so a later plain ``serve`` asks for a login again)."""
    from harmwatch.watch import web as watch_routes
    from harmwatch.web.routes import api, docs, pages

    db = database or open_db(db_url or DEFAULT_DB_URL)
    app = FastAPI(
        title="harmwatch review API",
        version=__version__,
        description="Incidents, documents, claims and review actions. Authenticate with "
        "`Authorization: Bearer <token>` (tokens from `harmwatch user token NAME`).",
        docs_url=None,  # served from the package's own copies of Swagger UI and ReDoc (routes/docs.py)
        redoc_url=None,
    )
    app.state.db = db
    app.state.public = public
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.state.templates.env.filters["http_url"] = safe_http_url  # the only way a stored URL becomes a link
    app.state.templates.env.globals["when"] = audit_when  # a stored time as (ISO, "... UTC")
    app.state.templates.env.auto_reload = False  # templates ship with the package: no stat per render
    app.state.throttle = LoginThrottle(db)
    app.state.page_cache = PageCache()
    app.state.secure_cookies = secure_cookies
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(pages.router)
    app.include_router(api.router)
    app.include_router(watch_routes.router)
    app.include_router(docs.router)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException):
        if exc.status_code == 401 and wants_html(request):
            return RedirectResponse(login_url(request), status_code=303)
        if wants_html(request):
            return error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        if wants_html(request):
            fields = sorted({str(e["loc"][-1]) for e in exc.errors() if e.get("loc")})
            return error_page(request, 422, f"invalid value for {', '.join(fields) or 'the request'}")
        return JSONResponse({"detail": jsonable_errors(exc)}, status_code=422)

    @app.exception_handler(OperationalError)
    async def _locked(request: Request, exc: OperationalError):
        if not is_busy(exc):
            raise exc
        return busy(request, "the store is busy with other changes; try again shortly")

    @app.exception_handler(PoolTimeout)
    async def _no_connection(request: Request, exc: PoolTimeout):
        return busy(request, "the server is busy; try again shortly")

    app.add_middleware(SecurityHeaders, hsts=secure_cookies)
    app.add_middleware(BodyLimit)  # outermost: an oversized body is refused before anything reads it
    return app


def jsonable_errors(exc: RequestValidationError) -> list:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(exc.errors(), custom_encoder={Exception: str, bytes: repr})


def wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def login_url(request: Request) -> str:
    """Where a request without a valid session goes: the login page, which then returns to the page
    (with its query string). A form posted after the session expired returns to the page the form
    was on (its Referer), marked ``resume=1`` so that the page puts back what was typed."""
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if request.method != "GET":
        ref = urlsplit(request.headers.get("referer", ""))
        same_site = not ref.netloc or ref.netloc == request.headers.get("host")
        if ref.path.startswith("/") and same_site:
            query = "&".join(q for q in ref.query.split("&") if q and not q.startswith("resume="))
            target = ref.path + "?" + (f"{query}&" if query else "") + "resume=1"
        else:
            target = "/incidents"
    return "/login?next=" + quote(target, safe="")


def busy(request: Request, message: str) -> Response:
    """503 with Retry-After: an overloaded server asks the client to come back, never answers 500."""
    headers = {"Retry-After": str(BUSY_RETRY_S)}
    if wants_html(request):
        page = error_page(request, 503, message)
        page.headers.update(headers)
        return page
    return JSONResponse({"detail": message}, status_code=503, headers=headers)


def lock_for_writing(session: Session) -> None:
    """A review write takes the store's review lock before it reads what it changes, and keeps it
    until its commit: two writers (requests, server processes) never act on what the other is
    changing (an incident merged away while it is graded, one workflow row inserted twice). Past
    ``WRITE_WAIT_S`` the request answers 503."""
    locks.hold(session, "review", wait_s=WRITE_WAIT_S)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """An error as a page of the app's layout; the message is escaped like any template value."""
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"p": None, "status": status, "message": message}, status_code=status
    )


# Pages and the API load scripts, styles, images and data from the app itself only; no inline script
# anywhere. The API docs' bundles (Swagger UI, ReDoc) set inline styles and run a worker from a blob.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
DOCS_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)


class SecurityHeaders:
    """Adds the content security policy, nosniff, frame denial, same-origin referrers, no-store
    caching of everything but static files (pages and answers can hold a signed-in user's view),
    and HSTS behind HTTPS (``--secure-cookies``). A plain ASGI middleware: Starlette's
    ``BaseHTTPMiddleware`` costs a task and a queue per request."""

    HEADERS = (
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"same-origin"),
    )

    def __init__(self, app, hsts: bool = False) -> None:
        self.app = app
        self.hsts = hsts

    def headers_for(self, path: str) -> list[tuple[bytes, bytes]]:
        out = list(self.HEADERS)
        docs = path in ("/docs", "/redoc")
        out.append((b"content-security-policy", (DOCS_CSP if docs else CSP).encode()))
        if not path.startswith("/static/"):
            out.append((b"cache-control", b"no-store"))
        if self.hsts:
            out.append((b"strict-transport-security", b"max-age=31536000; includeSubDomains"))
        return out

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = self.headers_for(scope.get("path", ""))

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in headers if k not in have]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses request bodies over ``limit`` bytes with 413 before the app (or its login check)
    reads them: a declared Content-Length over the limit is refused at once; a body without one is
    read here up to the limit, then handed on."""

    def __init__(self, app, limit: int = MAX_BODY) -> None:
        self.app, self.limit = app, limit

    async def _refuse(self, send) -> None:
        body = b'{"detail":"request body too large (limit 1 MiB)"}'
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            if not length.isdigit() or int(length) > self.limit:
                await self._refuse(send)
                return
            await self.app(scope, receive, send)
            return
        if b"chunked" not in headers.get(b"transfer-encoding", b"").lower():
            await self.app(scope, receive, send)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.limit:
                await self._refuse(send)
                return
            if not message.get("more_body"):
                break
        body, sent = b"".join(chunks), False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def app_from_env() -> FastAPI:
    """The app for ``serve --workers N``: each worker process builds its own from the environment
    (``HARMWATCH_DB``, ``HARMWATCH_SECURE_COOKIES``, ``HARMWATCH_PUBLIC``) that the serve command set."""
    return create_app(
        os.environ.get(DB_ENV) or DEFAULT_DB_URL,
        secure_cookies=os.environ.get(SECURE_COOKIES_ENV) == "1",
        public=os.environ.get(PUBLIC_ENV) == "1",
    )


def run_action(fn, session: Session, *args, bad_input: int = 400):
    """Run a review action ``fn(session, *args)`` and commit it before the response goes out (the
    redirect that follows must see the change); a missing object answers 404, a refused change
    ``bad_input``."""
    from harmwatch.errors import UsageError

    try:
        result = fn(session, *args)
    except LookupError as e:
        raise HTTPException(404, str(e)) from e
    except UsageError as e:
        raise HTTPException(bad_input, str(e)) from e
    session.commit()
    return result


def db_session(request: Request) -> Iterator[Session]:
    """One store session per request: committed when the handler returns, rolled back on error."""
    with request.app.state.db.session() as s:
        yield s
