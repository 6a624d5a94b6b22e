"""The app factory: ``create_app(db_url)`` wires the store, templates, static files and routes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from harmwatch import __version__
from harmwatch.config import DB_ENV, DEFAULT_DB_URL
from harmwatch.store.db import Database, open_db
from harmwatch.web.auth import LoginThrottle
from harmwatch.web.page_cache import PageCache

HERE = Path(__file__).parent
SECURE_COOKIES_ENV = "HARMWATCH_SECURE_COOKIES"


def create_app(
    db_url: str | None = None, *, database: Database | None = None, secure_cookies: bool = False
) -> FastAPI:
    from harmwatch.watch import web as watch_routes
    from harmwatch.web.routes import api, pages

    db = database or open_db(db_url or DEFAULT_DB_URL)
    app = FastAPI(
        title="harmwatch review API",
        version=__version__,
        description="Incidents, documents, claims and review actions. Authenticate with "
        "`Authorization: Bearer <token>` (tokens from `harmwatch user token NAME`).",
    )
    app.state.db = db
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.state.templates.env.auto_reload = False  # templates ship with the package: no stat per render
    app.state.throttle = LoginThrottle(db)
    app.state.page_cache = PageCache()
    app.state.secure_cookies = secure_cookies
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(pages.router)
    app.include_router(api.router)
    app.include_router(watch_routes.router)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException):
        wants_html = not request.url.path.startswith("/api/") and "text/html" in request.headers.get(
            "accept", ""
        )
        if exc.status_code == 401 and wants_html:
            return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
        if wants_html:
            return HTMLResponse(f"<h1>{exc.status_code}</h1><p>{exc.detail}</p>", status_code=exc.status_code)
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    app.add_middleware(SecurityHeaders)
    return app


class SecurityHeaders:
    """Adds nosniff, frame denial and same-origin referrers to every response (a plain ASGI
    middleware: Starlette's ``BaseHTTPMiddleware`` costs a task and a queue per request)."""

    HEADERS = (
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"same-origin"),
    )

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.HEADERS if k not in have]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def app_from_env() -> FastAPI:
    """The app for ``serve --workers N``: each worker process builds its own from the environment
    (``HARMWATCH_DB``, ``HARMWATCH_SECURE_COOKIES``) that the serve command set."""
    return create_app(
        os.environ.get(DB_ENV) or DEFAULT_DB_URL,
        secure_cookies=os.environ.get(SECURE_COOKIES_ENV) == "1",
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
