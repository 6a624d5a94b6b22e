"""The watch's Atom feed: valid for feedparser (no bozo), one entry per incident event with stable
ids; served at /watches/{name}.atom, a private watch's only with its token."""

from __future__ import annotations

import feedparser
from fastapi.testclient import TestClient

from harmwatch.store.db import open_db
from harmwatch.watch.atom import feed_xml
from harmwatch.watch.delivery import enqueue
from harmwatch.watch.watches import WatchFilter, WatchSpec, get_watch
from tests.watch.helpers import ingest_reports, make_watch
from tests.watch.reports import FIRST, UPDATE


def _refresh(db, name: str) -> bytes:
    with db.session() as s:
        enqueue(s, get_watch(s, name), "http://review.example", urgent_only=True, feed_only=True)
    with db.session() as s:
        return feed_xml(s, get_watch(s, name), self_url=f"http://review.example/watches/{name}.atom")


def test_feed_parses_without_bozo_with_stable_ids(store):
    ingest_reports(store, FIRST)
    make_watch(store, WatchSpec("syria", WatchFilter(countries=("SY",))))
    first = feedparser.parse(_refresh(store, "syria"))
    assert not first.bozo, first.get("bozo_exception")
    assert first.feed.title == "harmwatch watch syria" and first.version == "atom10"
    assert [e.title.split(":")[0] for e in first.entries] == ["New incident"]
    assert "Aleppo" in first.entries[0].title and first.entries[0].link.startswith(
        "http://review.example/incidents/"
    )

    again = feedparser.parse(_refresh(store, "syria"))  # nothing changed: the same entries
    assert [e.id for e in again.entries] == [e.id for e in first.entries]

    ingest_reports(store, UPDATE)
    later = feedparser.parse(_refresh(store, "syria"))
    assert not later.bozo
    assert later.entries[-1].id == first.entries[0].id  # old entries keep their ids
    kinds = sorted(t.term for e in later.entries[:-1] for t in e.tags)
    assert kinds == ["figure", "response", "source"]
    fig = next(e for e in later.entries if e.tags[0].term == "figure")
    assert "12 → 12–30" in fig.title and fig.updated_parsed is not None


def test_web_route_serves_public_and_guards_private_feeds(store):
    from harmwatch.review.users import add_user
    from harmwatch.web.app import create_app

    ingest_reports(store, FIRST)
    make_watch(store, WatchSpec("open", WatchFilter(countries=("SY",))))
    secret = make_watch(store, WatchSpec("closed", WatchFilter(countries=("SY",)), private=True))
    _refresh(store, "open")
    _refresh(store, "closed")
    with store.session() as s:
        add_user(s, "ana", "viewer", "viewer-pass-1")
    client = TestClient(create_app(database=store))

    assert client.get("/watches/open.atom").status_code == 401  # login required, as for the list
    assert client.get("/watches/closed.atom").status_code == 404
    assert client.get("/watches/closed.atom?token=wrong").status_code == 404
    ok = client.get(f"/watches/closed.atom?token={secret.feed_token}")
    assert ok.status_code == 200 and ok.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(ok.content)
    assert not parsed.bozo and len(parsed.entries) == 1
    assert secret.feed_token not in ok.text  # the self link does not repeat the token
    assert client.get("/watches/nothing.atom").status_code == 404


def test_watch_feed_command_prints_the_feed(db_url, cli):
    store = open_db(db_url)
    ingest_reports(store, FIRST)
    store.close()
    assert cli("--db", db_url, "watch", "add", "syria", "--country", "SY")[0] == 0
    code, out, err = cli("--db", db_url, "watch", "feed", "syria")
    assert code == 0, err
    parsed = feedparser.parse(out.encode())
    assert not parsed.bozo and len(parsed.entries) == 1
