"""Store set-up shared by the watch tests."""

from __future__ import annotations

from harmwatch.ingest.items import IngestOptions
from harmwatch.ingest.runner import ingest
from harmwatch.store.db import Database
from harmwatch.watch.delivery import SendOptions, SmtpSettings
from harmwatch.watch.tables import Watch
from harmwatch.watch.watches import WatchSpec, add_watch
from tests.watch.reports import items


def ingest_reports(db: Database, reports: list[dict]) -> None:
    summary = ingest(db, items(reports), IngestOptions(), workers=1)
    assert summary.failed == 0, summary.failures


def send_options(smtp_address: str) -> SendOptions:
    host, port = smtp_address.rsplit(":", 1)
    return SendOptions(
        smtp=SmtpSettings(host=host, port=int(port), sender="hw@example.org", timeout=10),
        base_url="http://review.example",
        allow_private=True,
    )


def make_watch(db: Database, spec: WatchSpec) -> Watch:
    with db.session() as s:
        return add_watch(s, spec)
