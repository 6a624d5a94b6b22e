"""Tables of the review app, on the store's metadata (so migrations and create_all see them).

users ──< web_sessions, api_tokens, notes
audit_log          every change: who, when, what before, what after
claim_reviews      an analyst's verdict (confirmed / rejected) and correction of one claim
app_settings       key/value switches
incident_merges    what each merge took away (old ids redirect; unmerge puts it back)
incident_workflow  assignee, reviewer and second reviewer's sign-off of each incident
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from harmwatch.store.tables import Base

ROLES = ("admin", "editor", "viewer")
GRADES = ("confirmed", "fair", "weak", "contested", "discounted")  # Airwars' scale
REVIEW_STATUSES = ("unreviewed", "in_review", "reviewed", "published")  # "unreviewed" reads "new"


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # one of ROLES
    password_hash: Mapped[str] = mapped_column(Text)  # argon2id
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WebSession(Base):
    __tablename__ = "web_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the cookie value
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    user: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))  # confirm_claim, correct, merge, split, grade, note...
    object_type: Mapped[str] = mapped_column(String(16))  # incident, claim, note
    object_id: Mapped[int] = mapped_column(Integer)
    incident_id: Mapped[int | None] = mapped_column(Integer, index=True)  # for the incident's history
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)


class ClaimReview(Base):
    __tablename__ = "claim_reviews"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))  # confirmed, rejected
    corrected: Mapped[dict | None] = mapped_column(JSON)  # the analyst's payload, when corrected
    by: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    private: Mapped[bool] = mapped_column(Boolean, default=False)  # a draft only its author sees
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AppSetting(Base):
    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DataRevision(Base):
    """One row whose counter database triggers bump on every committed change to incidents, their
    sources or documents, from any process: the web app's page cache is keyed on it."""

    __tablename__ = "data_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer, default=0)


class LoginFailure(Base):
    """A failed login, by throttling key (user name or client address) and wall-clock time: kept in
    the store so that every server process of one app counts the same failures."""

    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), index=True)
    at: Mapped[float] = mapped_column(Float)  # seconds since the epoch


class IncidentMerge(Base):
    """One merge: the merged incident's fields as they were (``merged``), the survivor's before it
    (``survivor_before``), the events and notes that moved. The merged id redirects to the survivor
    while ``undone_at`` is empty; an unmerge puts everything back and sets it."""

    __tablename__ = "incident_merges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survivor_id: Mapped[int] = mapped_column(Integer, index=True)
    merged_id: Mapped[int] = mapped_column(Integer, index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    by: Mapped[str] = mapped_column(String(64))
    merged: Mapped[dict] = mapped_column(JSON)
    survivor_before: Mapped[dict] = mapped_column(JSON)
    events: Mapped[list] = mapped_column(JSON)  # event ids of the merged incident's sources
    notes: Mapped[list] = mapped_column(JSON)  # ids of the notes that moved to the survivor
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class IncidentWorkflow(Base):
    """Who an incident is assigned to, who reviewed it and who signed the review off (a second
    reviewer) before it was published; the status itself is the incident's ``status``."""

    __tablename__ = "incident_workflow"

    incident_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignee: Mapped[str | None] = mapped_column(String(64), index=True)
    reviewed_by: Mapped[str | None] = mapped_column(String(64))
    signed_off_by: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
