"""Polling a source: a feed is recognised and parsed once per fetch (the XML-but-not-a-feed and
read-past-an-XML-error checks are part of that one read), and the source's failure says why."""

from __future__ import annotations

import sys

import feedparser
import pytest

import harmwatch.ingest.feeds
from harmwatch.ingest.fetch import Fetcher
from harmwatch.ingest.items import FeedFailure, IngestOptions, Item
from harmwatch.store.db import open_db
from harmwatch.watch.sources import add_source, poll

LONG_BODY = " ".join(["An invented report of shelling that hit a market in a made-up town."] * 8)
# one whole entry (a full body: no page to follow), then the XML breaks off inside the second
CUT_FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>wire</title>'
    b"<item><title>one</title><guid>w-1</guid><description>" + LONG_BODY.encode() + b"</description></item>"
    b"<item><title>two</title><guid>w-2</guid><descr"
)
NOT_A_FEED = b'<?xml version="1.0"?><catalogue><book>not news</book></catalogue>'


@pytest.fixture
def counted(monkeypatch):
    """How often a feed is parsed (feedparser) and sniffed (``is_feed``, wherever it was imported)."""
    calls = {"parse": 0, "sniff": 0}
    parse, sniff = feedparser.parse, harmwatch.ingest.feeds.is_feed

    def counting_parse(*args, **kwargs):
        calls["parse"] += 1
        return parse(*args, **kwargs)

    def counting_sniff(data: bytes) -> bool:
        calls["sniff"] += 1
        return sniff(data)

    monkeypatch.setattr(feedparser, "parse", counting_parse)
    for name, module in list(sys.modules.items()):
        if name.startswith("harmwatch") and getattr(module, "is_feed", None) is sniff:
            monkeypatch.setattr(module, "is_feed", counting_sniff)
    return calls


def _poll_one(tmp_path, site, path: str, data: bytes):
    site.put(path, data, "")  # no content type: the body decides whether it is a feed
    db = open_db(f"sqlite:///{tmp_path / 'store.db'}")
    taken: list = []

    def ingest(items):
        taken.extend(items)
        return len(items), []

    try:
        with db.session() as s:
            add_source(s, f"{site.base}{path}", name="src", allow_private=True)
        [result] = poll(db, ingest)
    finally:
        db.close()
    return result, taken


def test_a_polled_feed_is_sniffed_and_parsed_once(tmp_path, site, counted):
    result, taken = _poll_one(tmp_path, site, "/cut.xml", CUT_FEED)
    assert counted == {"parse": 1, "sniff": 1}
    # the entry before the break is kept; the source is marked failed with the XML error
    assert result.status == "failed" and result.error.startswith("malformed feed: ")
    assert result.error.endswith("(1 entries recovered)")
    assert [i.input_id for i in taken] == ["w-1"] and all(isinstance(i, Item) for i in taken)


def test_xml_that_is_not_a_feed_fails_the_source(tmp_path, site, counted):
    result, taken = _poll_one(tmp_path, site, "/books.xml", NOT_A_FEED)
    assert (result.status, result.error, taken) == ("failed", "malformed feed: not RSS or Atom", [])
    assert counted == {"parse": 0, "sniff": 1}


def test_without_the_flag_xml_that_is_not_a_feed_is_a_page(site):
    site.put("/books.xml", NOT_A_FEED, "")
    fetcher = Fetcher(IngestOptions(allow_private=True))
    try:
        got = fetcher.get(f"{site.base}/books.xml")
        [page] = list(fetcher.items_of(f"{site.base}/books.xml", got))
        [failure] = list(fetcher.items_of(f"{site.base}/books.xml", got, strict_feed=True))
    finally:
        fetcher.close()
    assert isinstance(page, Item) and page.kind == "text"
    assert isinstance(failure, FeedFailure)
