"""`harmwatch run --once` against feeds served from 127.0.0.1: new items ingested, linked and a
digest sent in one command; an unchanged feed answers 304 and is not downloaded again; a malformed
feed is reported, backs off, and the other source still goes through."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from harmwatch.store.db import open_db
from harmwatch.store.queries import counts
from harmwatch.store.tables import EvidenceItem
from harmwatch.watch.tables import SourceFetch, WatchSource
from tests.watch.reports import FIRST, UPDATE, page, rss
from tests.watch.servers import text_part


def _serve(site, reports) -> None:
    site.put("/feed.xml", rss(site.base, reports), "application/rss+xml")
    for r in reports:
        site.put(f"/{r['id']}.html", page(r), "text/html")


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_run_once_polls_ingests_links_and_sends(db_url, site, smtp, cli):
    _serve(site, FIRST)
    site.put("/broken.xml", b'<?xml version="1.0"?><rss><channel><item><title>x</ti', "application/rss+xml")
    db = ["--db", db_url]
    mail = ["--smtp", smtp.address, "--from", "hw@example.org"]
    assert cli(*db, "source", "add", f"{site.base}/feed.xml", "--name", "wire", "--allow-private")[0] == 0
    assert cli(*db, "source", "add", f"{site.base}/broken.xml", "--name", "broken", "--allow-private")[0] == 0
    assert cli(*db, "watch", "add", "syria", "--country", "SY", "--email", "ana@example.org")[0] == 0

    code, _, err = cli(*db, "run", "--once", *mail)
    assert code == 1  # the broken feed sets the exit code ...
    assert "source broken: malformed feed" in err and "backing off" in err
    assert "source wire: new, 2 items, 2 new" in err  # ... and the rest went on
    assert len(smtp.messages) == 1
    text = text_part(smtp.messages[0])
    assert "Aleppo, SY" in text and "Kharkiv" not in text
    store = open_db(db_url)
    with store.session() as s:
        assert counts(s).documents == 2 and counts(s).incidents == 2
        # each polled page keeps its HTTP exchange in the store's evidence locker, as a URL ingest does
        kept = list(s.scalars(select(EvidenceItem)))
        assert {e.kind for e in kept} == {"warc"} and len({e.document_id for e in kept}) == 2
        broken = s.scalar(select(WatchSource).where(WatchSource.name == "broken"))
        assert broken.failures == 1 and broken.last_status == "failed"
        first_wait = broken.next_due_at - broken.last_fetched_at

    before = len(site.seen)
    code, _, err = cli(*db, "run", "--once", "--all-sources", *mail)
    feed_hits = [r for r in site.seen[before:] if r["path"] == "/feed.xml"]
    assert feed_hits and feed_hits[0]["if_none_match"] and feed_hits[0]["if_modified_since"]
    assert feed_hits[0]["status"] == 304
    assert not any(r["path"].endswith(".html") for r in site.seen[before:])  # nothing re-downloaded
    assert "source wire: unchanged" in err
    assert len(smtp.messages) == 1  # nothing new, nothing sent
    with store.session() as s:
        broken = s.scalar(select(WatchSource).where(WatchSource.name == "broken"))
        assert broken.failures == 2 and broken.next_due_at - broken.last_fetched_at == 2 * first_wait

    _serve(site, FIRST + UPDATE)
    before = len(site.seen)
    code, _, err = cli(*db, "run", "--once", "--all-sources", *mail)
    assert "source wire: new, 1 items, 1 new" in err  # the entries stored already are skipped ...
    pages = [r["path"] for r in site.seen[before:] if r["path"].endswith(".html")]
    assert pages == ["/syn-market-2.html"]  # ... and their pages not downloaded again
    assert len(smtp.messages) == 2
    text = text_part(smtp.messages[1])
    assert "KILLED: 12 → 12–30, per ministry (127.0.0.1)" in text, text
    assert "NEW:" not in text
    with store.session() as s:
        fetches = [f.status for f in s.scalars(select(SourceFetch).order_by(SourceFetch.id))]
        assert fetches.count("failed") == 3 and fetches.count("unchanged") == 1 and fetches.count("new") == 2
    store.close()

    code, out, _ = cli(*db, "source", "list")
    assert "FAILING x3" in out and "wire" in out


def test_a_pass_links_under_the_stores_linking_lock(tmp_path, monkeypatch):
    """`run` links as `ingest` and `link` do: under the one linking lock (store/locks.py), so a
    `run` and an `ingest` that finish at once link one after the other."""
    from harmwatch.cli import run as run_cli
    from harmwatch.cli import store as cli_store
    from harmwatch.store import locks
    from harmwatch.watch.delivery import SendOptions

    held: list[str] = []
    hold = locks.hold

    def recording(bind, job, wait_s=None):
        held.append(job)
        hold(bind, job, wait_s)

    monkeypatch.setattr(locks, "hold", recording)
    monkeypatch.setattr(cli_store, "open_locker", lambda required=False: None)
    db = open_db(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        assert run_cli.one_pass(db, SendOptions(), timeout=5) is False  # no source, no watch: nothing fails
    finally:
        db.close()
    assert "linking" in held
