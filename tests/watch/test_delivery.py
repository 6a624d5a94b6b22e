"""Digests end to end against a real SMTP server and a webhook receiver on 127.0.0.1: only the
watched incidents, nothing twice, only what changed, and a failed send delivered once, later."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from harmwatch.watch.delivery import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from harmwatch.watch.dispatch import run_pass
from harmwatch.watch.tables import Delivery, OutboxItem
from harmwatch.watch.watches import Alerts, WatchFilter, WatchSpec
from tests.watch.helpers import ingest_reports, make_watch, send_options
from tests.watch.reports import FIRST, UPDATE
from tests.watch.servers import hook_items, html_part, text_part


def test_digest_sends_watched_then_nothing_then_only_changes(store, smtp, hook):
    ingest_reports(store, FIRST)
    make_watch(
        store,
        WatchSpec(
            "syria",
            WatchFilter(countries=("SY",)),
            emails=("ana@example.org", "ben@example.org"),
            webhook=hook.url,
        ),
    )
    opts = send_options(smtp.address)

    first = run_pass(store, opts)
    assert first.errors == [] and first.sent == 3
    assert sorted(m["X-Test-Rcpt"] for m in smtp.messages) == ["ana@example.org", "ben@example.org"]
    for m in smtp.messages:
        text = text_part(m)
        assert "Aleppo" in text and "Kharkiv" not in text  # the watched incident only
        assert "killed 12, per health ministry (wire-one.example)" in text
        assert "http://review.example/incidents/" in text
        assert m.is_multipart() and "<img" not in html_part(m)  # no remote images
        assert m["Message-ID"].startswith("<harmwatch.")
    assert [i["kind"] for i in hook_items(hook)] == ["new"]

    second = run_pass(store, opts)
    assert second.sent == 0 and len(smtp.messages) == 2 and len(hook.requests) == 1  # nothing new

    ingest_reports(store, UPDATE)
    third = run_pass(store, opts)
    assert third.errors == [] and third.sent == 3
    for m in smtp.messages[2:]:
        text = text_part(m)
        assert "NEW:" not in text  # the incident is not announced again
        assert "KILLED: 12 → 12–30, per health ministry (paper-two.example)" in text
        assert "NEW SOURCE: paper-two.example" in text
        assert "NEW DENIAL: army" in text
        assert "wire-one.example" not in text  # the source already told is not repeated
    kinds = sorted(i["kind"] for i in json.loads(hook.requests[1]["body"])["items"])
    assert kinds == ["figure", "response", "source"]
    assert run_pass(store, opts).sent == 0


def test_smtp_refusing_then_accepting_delivers_once_later(store, smtp):
    ingest_reports(store, FIRST)
    make_watch(store, WatchSpec("syria", WatchFilter(countries=("SY",)), emails=("ana@example.org",)))
    opts = send_options(smtp.address)
    smtp.mode = "refuse"
    failed = run_pass(store, opts)
    assert failed.failed == 1 and smtp.refused == 1 and smtp.messages == []
    assert "451" in failed.errors[0] and "retried on the next run" in failed.errors[0]
    smtp.mode = "accept"
    later = run_pass(store, opts, backoff=False)
    assert later.sent == 1 and len(smtp.messages) == 1
    assert run_pass(store, opts, backoff=False).sent == 0 and len(smtp.messages) == 1
    with store.session() as s:
        d = s.scalars(select(Delivery)).one()
        assert (d.state, d.attempts) == ("sent", 2)


def test_failed_delivery_waits_for_its_backoff_in_run(store, smtp):
    ingest_reports(store, FIRST)
    make_watch(store, WatchSpec("syria", WatchFilter(countries=("SY",)), emails=("ana@example.org",)))
    smtp.mode = "refuse"
    run_pass(store, send_options(smtp.address))
    smtp.mode = "accept"
    assert run_pass(store, send_options(smtp.address)).sent == 0  # `run` respects the wait
    assert smtp.refused == 1


def test_webhook_is_signed_idempotent_and_retried(store, hook):
    ingest_reports(store, FIRST)
    w = make_watch(store, WatchSpec("syria", WatchFilter(countries=("SY",)), webhook=hook.url))
    opts = send_options("127.0.0.1:1")
    hook.fail_next = 2  # two 503s, then 204: retried with backoff inside the run
    report = run_pass(store, opts)
    assert report.sent == 1 and len(hook.requests) == 1
    req = hook.requests[0]
    headers = {k.lower(): v for k, v in req["headers"].items()}
    assert verify(
        w.webhook_secret, headers[TIMESTAMP_HEADER.lower()], req["body"], headers[SIGNATURE_HEADER.lower()]
    )
    assert not verify(
        "wrong-secret", headers[TIMESTAMP_HEADER.lower()], req["body"], headers[SIGNATURE_HEADER.lower()]
    )
    assert not verify(
        w.webhook_secret,
        headers[TIMESTAMP_HEADER.lower()],
        req["body"] + b" ",
        headers[SIGNATURE_HEADER.lower()],
    )
    body = json.loads(req["body"])
    assert headers["idempotency-key"] == body["idempotency_key"]


def test_webhook_down_is_retried_next_run_with_the_same_key(store, hook):
    ingest_reports(store, FIRST)
    make_watch(store, WatchSpec("syria", WatchFilter(countries=("SY",)), webhook=hook.url))
    hook.fail_next = 3  # every try of the first run fails
    first = run_pass(store, send_options("127.0.0.1:1"))
    assert first.failed == 1 and hook.requests == [] and "HTTP 503" in first.errors[0]
    second = run_pass(store, send_options("127.0.0.1:1"), backoff=False)
    assert second.sent == 1 and len(hook.requests) == 1
    with store.session() as s:
        d = s.scalars(select(Delivery)).one()
        assert hook.requests[0]["headers"]["Idempotency-Key"] == d.key


def test_alert_goes_at_once_and_the_digest_does_not_repeat_it(store, smtp):
    ingest_reports(store, FIRST)
    make_watch(
        store,
        WatchSpec(
            "syria",
            WatchFilter(countries=("SY",)),
            emails=("ana@example.org",),
            at="07:00",
            tz="Europe/London",
            alerts=Alerts(killed=10),
        ),
    )
    opts = send_options(smtp.address)
    from datetime import UTC, datetime, timedelta

    made = datetime.now(UTC)
    # a time before the next 07:00 in London: the digest is not due, the alert is
    alert = run_pass(store, opts, at=made)
    assert alert.sent == 1 and "ALERT" in smtp.messages[0]["Subject"]
    assert "killed 12" in text_part(smtp.messages[0])
    later = run_pass(store, opts, at=made + timedelta(days=1, hours=1))  # the digest is due
    assert later.sent == 0 and len(smtp.messages) == 1  # nothing new since the alert
    with store.session() as s:
        assert s.scalar(select(func.count(OutboxItem.id)).where(OutboxItem.recipient != "atom")) == 1


def test_unreachable_smtp_is_reported_and_webhooks_still_go(store, hook):
    ingest_reports(store, FIRST)
    make_watch(
        store,
        WatchSpec("syria", WatchFilter(countries=("SY",)), emails=("ana@example.org",), webhook=hook.url),
    )
    report = run_pass(store, send_options("127.0.0.1:1"))
    assert report.failed == 1 and report.sent == 1
    assert "ConnectionRefusedError" in report.errors[0]
    assert len(hook.requests) == 1
