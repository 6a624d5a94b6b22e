"""Users, password hashes (argon2id), web sessions and API tokens."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from harmwatch.errors import UsageError
from harmwatch.review.tables import ROLES, ApiToken, User, WebSession

_hasher = PasswordHasher()
# verifying against this keeps a login for an unknown user as slow as one for a known user
_DUMMY_HASH = _hasher.hash("not a real password")
SESSION_TTL = timedelta(hours=12)
MIN_PASSWORD = 8


def now() -> datetime:
    return datetime.now(UTC)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_user(session: Session, name: str, role: str, password: str) -> User:
    name = name.strip()
    if not name or len(name) > 64:
        raise UsageError("a user name is 1 to 64 characters")
    if role not in ROLES:
        raise UsageError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise UsageError(f"a password has at least {MIN_PASSWORD} characters")
    if session.scalar(select(User).where(User.name == name)):
        raise UsageError(f"user {name!r} exists")
    user = User(name=name, role=role, password_hash=_hasher.hash(password), disabled=False, created_at=now())
    session.add(user)
    session.flush()
    return user


def disable_user(session: Session, name: str) -> User:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise UsageError(f"no user {name!r}")
    user.disabled = True
    session.execute(delete(WebSession).where(WebSession.user_id == user.id))
    session.execute(delete(ApiToken).where(ApiToken.user_id == user.id))
    return user


def authenticate(session: Session, name: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.name == name))
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or user.disabled:
        return None
    return user


def start_session(session: Session, user: User) -> tuple[str, str]:
    """A new session: (cookie value, CSRF token). Only the cookie's digest is stored."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    t = now()
    session.add(
        WebSession(
            token_hash=_digest(token), user_id=user.id, csrf=csrf, created_at=t, expires_at=t + SESSION_TTL
        )
    )
    return token, csrf


@dataclass(frozen=True, slots=True)
class Account:
    """Who a request acts as: what pages and review actions need of a user, read in one query."""

    id: int
    name: str
    role: str


# built once: every page resolves its caller with one of these
_SESSION_ACCOUNT = (
    select(User.id, User.name, User.role, User.disabled, WebSession.csrf, WebSession.expires_at)
    .join(WebSession, WebSession.user_id == User.id)
    .where(WebSession.token_hash == bindparam("digest"))
)
_TOKEN_ACCOUNT = (
    select(User.id, User.name, User.role, User.disabled)
    .join(ApiToken, ApiToken.user_id == User.id)
    .where(ApiToken.token_hash == bindparam("digest"))
)


def session_user(session: Session, token: str | None) -> tuple[Account, str] | None:
    """The account behind a session cookie and the session's CSRF token, or None (unknown,
    expired or disabled). One indexed join per request: every page asks it."""
    if not token:
        return None
    digest = _digest(token)
    row = session.connection().execute(_SESSION_ACCOUNT, {"digest": digest}).first()
    if row is None:
        return None
    expires = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=UTC)
    if expires < now():
        session.execute(delete(WebSession).where(WebSession.token_hash == digest))
        return None
    if row.disabled:
        return None
    return Account(row.id, row.name, row.role), row.csrf


def end_session(session: Session, token: str | None) -> None:
    if token:
        session.execute(delete(WebSession).where(WebSession.token_hash == _digest(token)))


def new_api_token(session: Session, name: str, label: str | None = None) -> str:
    user = session.scalar(select(User).where(User.name == name))
    if user is None or user.disabled:
        raise UsageError(f"no active user {name!r}")
    token = "hw_" + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=_digest(token), label=label, created_at=now()))
    return token


def token_user(session: Session, token: str | None) -> Account | None:
    if not token:
        return None
    row = session.connection().execute(_TOKEN_ACCOUNT, {"digest": _digest(token)}).first()
    return None if row is None or row.disabled else Account(row.id, row.name, row.role)
