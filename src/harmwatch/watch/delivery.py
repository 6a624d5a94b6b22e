"""Exactly-once bookkeeping of digests and alerts: the outbox, deliveries, and the send loop.

For each (watch, recipient) the store keeps what the recipient was told (``watch_state``) and an
outbox row per item (unique per watch, recipient and item key). One run goes:

1. **enqueue** (one transaction): the changes the recipient was not told become ``pending`` outbox
   rows, and ``watch_state`` records them. A crash before the commit leaves nothing; after it, the
   rows wait for step 2.
2. **batch** (one transaction): each recipient's pending rows become one delivery: the exact bytes
   of its e-mail or webhook body, with a key (the e-mail's Message-ID, the webhook's
   Idempotency-Key) made once; the rows move to ``sending``.
3. **send**, then **mark** (one transaction): the delivery and its rows become ``sent``.

A delivery that is not ``sent`` (SMTP refused, webhook down, a crash or ``kill -9`` anywhere
before step 3's commit) is sent again by the next run, byte for byte, with the same key; nothing
is enqueued twice, so no item ever goes into two different messages, and none is lost. The one
window no client can close: a server that accepted the message just before the crash (before the
mark was committed) receives it twice, with the same Message-ID / Idempotency-Key, so the
receiver can drop the second copy (webhook receivers should; mail clients mostly do by
Message-ID). That is the guarantee: every item in exactly one message, each message delivered at
least once and identifiable, so at most once after de-duplication by key.
"""

from __future__ import annotations

import email.policy
import hashlib
import hmac
import logging
import smtplib
import ssl
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch import __version__
from harmwatch.errors import InputError
from harmwatch.store.db import Database
from harmwatch.store.queries import now
from harmwatch.watch import changes, digest
from harmwatch.watch.tables import Delivery, OutboxItem, Watch
from harmwatch.watch.watches import Alerts, WatchFilter, recipients, watched_incidents

log = logging.getLogger(__name__)

RETRY_BASE_S = 60  # a failed delivery waits 1, 2, 4 ... minutes (capped) before the next run retries it
RETRY_CAP_S = 6 * 3600
WEBHOOK_TRIES = 3  # tries within one run, with WEBHOOK_BACKOFF_S doubling between them
WEBHOOK_BACKOFF_S = 0.5
SIGNATURE_HEADER = "X-Harmwatch-Signature"
TIMESTAMP_HEADER = "X-Harmwatch-Timestamp"


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str = "127.0.0.1"
    port: int = 25
    starttls: bool = False
    user: str | None = None
    password: str | None = None
    sender: str = "harmwatch@localhost"
    timeout: float = 30.0


@dataclass(frozen=True, slots=True)
class SendOptions:
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    base_url: str | None = None
    allow_private: bool = False  # let webhooks reach private, loopback and link-local addresses
    webhook_timeout: float = 10.0


@dataclass(slots=True)
class Report:
    """What a digest or alert pass did, for the command's summary and exit code."""

    enqueued: int = 0
    sent: int = 0  # deliveries sent
    items_sent: int = 0
    failed: int = 0  # deliveries that failed this run (kept for the next)
    errors: list[str] = field(default_factory=list)
    dry_run: list[str] = field(default_factory=list)  # rendered text of each message not sent


def _aware(dt: datetime | None) -> datetime | None:
    if dt is not None and dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)  # SQLite returns naive UTC datetimes
    return dt


def enqueue(
    session: Session, w: Watch, base_url: str | None, urgent_only: bool, feed_only: bool = False
) -> int:
    """Step 1: outbox rows for what each recipient of ``w`` was not told. With ``urgent_only``
    only alert-worthy changes go to e-mail and webhook recipients (the digest tells the rest);
    the Atom feed records every change."""
    flt = WatchFilter.from_dict(w.filters)
    alerts = Alerts.from_dict(w.alerts or {})
    snaps = [changes.snapshot(session, inc, base_url) for inc in watched_incidents(session, flt)]
    n = 0
    at = now()
    for rcpt in ["atom"] if feed_only else recipients(w):
        for change, snap in changes.changes_for(session, w.id, rcpt, snaps, alerts):
            feed = rcpt == "atom"
            if urgent_only and not feed and not change.urgent:
                continue
            session.add(
                OutboxItem(
                    watch_id=w.id,
                    recipient=rcpt,
                    item_key=change.item_key,
                    kind=change.kind,
                    incident_key=change.incident_key,
                    payload=change.payload,
                    urgent=change.urgent,
                    state="sent" if feed else "pending",
                    created_at=at,
                    sent_at=at if feed else None,
                )
            )
            changes.apply_state(session, w.id, rcpt, change, snap)
            session.flush()
            n += 0 if feed else 1
    return n


def _item_dict(row: OutboxItem) -> dict[str, Any]:
    return {
        "item_key": row.item_key,
        "kind": row.kind,
        "incident_key": row.incident_key,
        "payload": row.payload,
    }


def batch(
    session: Session, w: Watch, opts: SendOptions, urgent_only: bool
) -> list[tuple[Delivery, list[dict[str, Any]]]]:
    """Step 2: one delivery per recipient from its pending rows (only urgent ones unless a digest)."""
    stmt = (
        select(OutboxItem)
        .where(OutboxItem.watch_id == w.id, OutboxItem.state == "pending", OutboxItem.recipient != "atom")
        .order_by(OutboxItem.id)
    )
    if urgent_only:
        stmt = stmt.where(OutboxItem.urgent.is_(True))
    by_rcpt: dict[str, list[OutboxItem]] = defaultdict(list)
    for row in session.scalars(stmt):
        by_rcpt[row.recipient].append(row)
    out = []
    at = now()
    describe = WatchFilter.from_dict(w.filters).describe()
    for rcpt, rows in by_rcpt.items():
        items = [_item_dict(r) for r in rows]
        alert = all(r.urgent for r in rows) and urgent_only
        token = uuid.uuid4().hex
        if rcpt.startswith("mailto:"):
            key = f"<harmwatch.{w.id}.{token}@{_domain(opts.smtp.sender)}>"
            msg = digest.email_message(
                watch=w.name,
                describe=describe,
                items=items,
                alert=alert,
                sender=opts.smtp.sender,
                to=rcpt[len("mailto:") :],
                message_id=key,
                at=at,
            )
            d = Delivery(
                watch_id=w.id,
                recipient=rcpt,
                channel="email",
                key=key,
                subject=str(msg["Subject"]),
                body=msg.as_bytes(policy=email.policy.SMTP),
                state="sending",
                attempts=0,
                created_at=at,
            )
        else:
            key = f"harmwatch-{w.id}-{token}"
            d = Delivery(
                watch_id=w.id,
                recipient=rcpt,
                channel="webhook",
                key=key,
                subject=digest.subject(w.name, items, alert),
                body=digest.webhook_body(watch=w.name, items=items, alert=alert, key=key, at=at),
                state="sending",
                attempts=0,
                created_at=at,
            )
        session.add(d)
        session.flush()
        for r in rows:
            r.state, r.delivery_id = "sending", d.id
        out.append((d, items))
    return out


def _domain(sender: str) -> str:
    host = sender.rsplit("@", 1)[-1].strip(">").strip()
    return host or "harmwatch.local"


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The webhook signature: ``sha256=`` HMAC-SHA256 of ``TIMESTAMP.BODY`` with the watch's secret."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify(secret: str, timestamp: str, body: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


def send_email(d: Delivery, smtp: SmtpSettings) -> None:
    to = d.recipient[len("mailto:") :]
    try:
        with smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout) as conn:
            if smtp.starttls:  # the server's certificate and name verified (smtplib's default does not)
                conn.starttls(context=ssl.create_default_context())
            if smtp.user:
                conn.login(smtp.user, smtp.password or "")
            conn.sendmail(smtp.sender, [to], d.body)
    except (TimeoutError, smtplib.SMTPException, OSError) as e:
        raise InputError(f"SMTP {smtp.host}:{smtp.port}: {type(e).__name__}: {e}") from e


def send_webhook(
    d: Delivery, secret: str, opts: SendOptions, sleep: Callable[[float], None] = time.sleep
) -> None:
    from harmwatch.ingest.fetch import check_address

    url = d.recipient[len("webhook:") :]
    if not opts.allow_private:
        check_address(url)
    last = ""
    for n in range(WEBHOOK_TRIES):
        ts = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "User-Agent": f"harmwatch/{__version__}",
            "Idempotency-Key": d.key,
            TIMESTAMP_HEADER: ts,
            SIGNATURE_HEADER: sign(secret, ts, d.body),
        }
        try:
            resp = httpx.post(url, content=d.body, headers=headers, timeout=opts.webhook_timeout)
            if resp.status_code < 300:
                return
            last = f"HTTP {resp.status_code}"
            if 400 <= resp.status_code < 500 and resp.status_code not in (408, 409, 425, 429):
                break  # the receiver refuses this body: retrying now will not help
        except httpx.HTTPError as e:
            last = f"{type(e).__name__}: {e}"
        if n + 1 < WEBHOOK_TRIES:
            sleep(WEBHOOK_BACKOFF_S * 2**n)
    raise InputError(f"webhook {url}: {last}")


def deliver(
    db: Database, opts: SendOptions, report: Report, watch_id: int | None = None, backoff: bool = True
) -> None:
    """Step 3: send every delivery not yet sent (whose retry time has come, with ``backoff``), and
    mark each."""
    with db.session() as s:
        stmt = select(Delivery.id).where(Delivery.state != "sent").order_by(Delivery.id)
        if watch_id is not None:
            stmt = stmt.where(Delivery.watch_id == watch_id)
        ids = list(s.scalars(stmt))
    for did in ids:
        with db.session() as s:
            d = s.get_one(Delivery, did)
            w = s.get_one(Watch, d.watch_id)
            due = _aware(d.next_attempt_at)
            if backoff and due is not None and due > now():
                continue
            d.attempts += 1  # counted before the attempt: a crash mid-send still shows it
            secret = w.webhook_secret or ""
        try:
            if d.channel == "email":
                send_email(d, opts.smtp)
            else:
                send_webhook(d, secret, opts)
        except InputError as e:
            report.failed += 1
            report.errors.append(f"{w.name}: {d.recipient}: {e} (kept; retried on the next run)")
            with db.session() as s:
                row = s.get_one(Delivery, did)
                row.last_error = str(e)
                wait = min(RETRY_CAP_S, RETRY_BASE_S * 2 ** max(0, row.attempts - 1))
                row.next_attempt_at = now() + timedelta(seconds=wait)
            continue
        with db.session() as s:
            row = s.get_one(Delivery, did)
            at = now()
            row.state, row.sent_at, row.last_error = "sent", at, None
            items = list(s.scalars(select(OutboxItem).where(OutboxItem.delivery_id == did)))
            for it in items:
                it.state, it.sent_at = "sent", at
            report.sent += 1
            report.items_sent += len(items)
