"""Tables of watches, digests and alerts, on the store's metadata (migration 0400).

watch_sources ──< watch_fetches     polled feeds and pages; every fetch and failure recorded
watches ──< watch_state             per (watch, recipient, incident): what that recipient was told
watches ──< watch_outbox >── watch_deliveries
    one outbox row per (recipient, item), pending → sending → sent; a delivery is one e-mail or
    webhook POST with its stable key (Message-ID / Idempotency-Key) and its exact bytes
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from harmwatch.store.tables import Base


class WatchSource(Base):
    __tablename__ = "watch_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    url: Mapped[str] = mapped_column(Text)
    every_s: Mapped[int] = mapped_column(Integer)
    allow_private: Mapped[bool] = mapped_column(Boolean, default=False)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    next_due_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    failures: Mapped[int] = mapped_column(Integer, default=0)  # consecutive
    last_status: Mapped[str | None] = mapped_column(String(16))  # new, unchanged, failed
    last_error: Mapped[str | None] = mapped_column(Text)
    last_fetched_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SourceFetch(Base):
    __tablename__ = "watch_fetches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("watch_sources.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(16))  # new, unchanged, failed
    http_status: Mapped[int | None] = mapped_column(Integer)
    items: Mapped[int] = mapped_column(Integer, default=0)
    added: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)


class Watch(Base):
    __tablename__ = "watches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    owner: Mapped[str | None] = mapped_column(String(64))  # the web user who made it, if any
    filters: Mapped[dict] = mapped_column(JSON)  # WatchFilter.to_dict()
    emails: Mapped[list] = mapped_column(JSON, default=list)
    webhook: Mapped[str | None] = mapped_column(Text)
    webhook_secret: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[str | None] = mapped_column(String(128))  # "07:00,19:00"; None: due at every run
    tz: Mapped[str] = mapped_column(String(64), default="UTC")
    alerts: Mapped[dict] = mapped_column(JSON, default=dict)  # {killed: N, rise: pct, denial: bool}
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    feed_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_digest_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class WatchState(Base):
    __tablename__ = "watch_state"
    __table_args__ = (UniqueConstraint("watch_id", "recipient", "incident_key", name="uq_watch_state"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    watch_id: Mapped[int] = mapped_column(ForeignKey("watches.id", ondelete="CASCADE"))
    recipient: Mapped[str] = mapped_column(String(512))
    incident_key: Mapped[str] = mapped_column(String(40))
    killed_min: Mapped[int | None] = mapped_column(Integer)
    killed_max: Mapped[int | None] = mapped_column(Integer)
    sources: Mapped[list] = mapped_column(JSON, default=list)  # document keys told
    responses: Mapped[list] = mapped_column(JSON, default=list)  # response keys told


class Delivery(Base):
    __tablename__ = "watch_deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    watch_id: Mapped[int] = mapped_column(ForeignKey("watches.id", ondelete="CASCADE"), index=True)
    recipient: Mapped[str] = mapped_column(String(512))
    channel: Mapped[str] = mapped_column(String(16))  # email, webhook
    key: Mapped[str] = mapped_column(String(200), unique=True)  # Message-ID / Idempotency-Key
    subject: Mapped[str | None] = mapped_column(Text)
    body: Mapped[bytes] = mapped_column(LargeBinary)  # the exact bytes sent, resent as they are
    state: Mapped[str] = mapped_column(String(16), index=True)  # sending, sent
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class OutboxItem(Base):
    __tablename__ = "watch_outbox"
    __table_args__ = (UniqueConstraint("watch_id", "recipient", "item_key", name="uq_watch_outbox_item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    watch_id: Mapped[int] = mapped_column(ForeignKey("watches.id", ondelete="CASCADE"))
    recipient: Mapped[str] = mapped_column(String(512))  # mailto:ADDR, webhook:URL, atom
    item_key: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(16))  # new, figure, source, response
    incident_key: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict] = mapped_column(JSON)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)  # an alert: sent at once
    state: Mapped[str] = mapped_column(String(16), index=True)  # pending, sending, sent
    delivery_id: Mapped[int | None] = mapped_column(
        ForeignKey("watch_deliveries.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
