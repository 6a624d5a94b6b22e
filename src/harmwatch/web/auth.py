"""Who is asking: session cookies (with CSRF tokens) or API bearer tokens; roles; login throttling."""

from __future__ import annotations

import hmac
import time
from dataclasses import dataclass

from fastapi import HTTPException, Request
from sqlalchemy import delete, select

from harmwatch.review.tables import LoginFailure
from harmwatch.review.users import Account, session_user, token_user
from harmwatch.store.db import Database

SESSION_COOKIE = "hw_session"
LOGIN_CSRF_COOKIE = "hw_login_csrf"
WRITE_ROLES = ("admin", "editor")


@dataclass(frozen=True, slots=True)
class Principal:
    user: Account | None  # None: an anonymous reader of the published read-only view
    csrf: str | None  # the session's CSRF token; None for API tokens (no cookie, no CSRF risk)
    via: str  # "session", "token" or "public"

    @property
    def name(self) -> str:
        return self.user.name if self.user else "public"

    @property
    def can_write(self) -> bool:
        return self.user is not None and self.user.role in WRITE_ROLES


class LoginThrottle:
    """Failed logins per (user name) and per client address in a sliding window: past ``limit``
    failures, further attempts are refused (429) until the window passes; each failure before
    that is also delayed a little longer than the one before. The failures are kept in the store
    (``login_failures``), so all server processes (``serve --workers N``) share one count."""

    def __init__(self, db: Database, limit: int = 5, window_s: float = 300.0, step_s: float = 0.2) -> None:
        self.db, self.limit, self.window_s, self.step_s = db, limit, window_s, step_s

    def _recent(self, session, keys: tuple[str, ...], t: float) -> dict[str, list[float]]:
        out: dict[str, list[float]] = {k: [] for k in keys}
        rows = session.execute(
            select(LoginFailure.key, LoginFailure.at)
            .where(LoginFailure.key.in_(keys), LoginFailure.at >= t - self.window_s)
            .order_by(LoginFailure.at)
        )
        for key, at in rows:
            out[key].append(at)
        return out

    def blocked(self, *keys: str) -> float:
        """Seconds to wait before another try (0: allowed)."""
        t = time.time()
        with self.db.session() as s:
            recent = self._recent(s, keys, t)
        waits = [self.window_s - (t - ats[0]) for ats in recent.values() if len(ats) >= self.limit]
        return max(waits, default=0.0)

    def failed(self, *keys: str) -> float:
        """Record a failure; returns the delay to apply to this response."""
        t = time.time()
        with self.db.session() as s:
            s.execute(delete(LoginFailure).where(LoginFailure.at < t - self.window_s))
            s.add_all(LoginFailure(key=k, at=t) for k in keys)
            s.flush()
            n = max((len(ats) for ats in self._recent(s, keys, t).values()), default=0)
        return min(self.step_s * n, 2.0)

    def succeeded(self, *keys: str) -> None:
        with self.db.session() as s:
            s.execute(delete(LoginFailure).where(LoginFailure.key.in_(keys)))


def principal(request: Request, session, *, allow_public: bool = False) -> Principal:
    """Resolve the caller or raise 401/403; HTML pages turn 401 into a redirect to /login."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        user = token_user(session, auth[7:].strip())
        if user is None:
            raise HTTPException(401, "invalid API token")
        return Principal(user, None, "token")
    found = session_user(session, request.cookies.get(SESSION_COOKIE))
    if found is not None:
        return Principal(found[0], found[1], "session")
    if allow_public and request.app.state.public:
        return Principal(None, None, "public")
    raise HTTPException(401, "login required")


def check_csrf(p: Principal, supplied: str | None) -> None:
    """Cookie-authenticated writes need the session's CSRF token (form field or X-CSRF-Token)."""
    if p.via != "session":
        return
    if not supplied or not p.csrf or not hmac.compare_digest(supplied, p.csrf):
        raise HTTPException(403, "missing or wrong CSRF token")


def require_writer(p: Principal) -> Account:
    if not p.can_write or p.user is None:
        raise HTTPException(403, "your role cannot change records")
    return p.user
