from __future__ import annotations

from harmwatch.ingest.feeds import is_feed, read_feed
from harmwatch.ingest.items import Failure, IngestOptions, Item

LONG = "<p>" + "Witnesses said a missile struck the market in the morning. " * 10 + "</p>"

RSS = f"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Market struck</title><link>https://wire.example.org/1</link><guid>w-1</guid>
<pubDate>Tue, 04 Oct 2016 10:00:00 GMT</pubDate><description><![CDATA[{LONG}]]></description></item>
<item><title>Teaser only</title><link>https://wire.example.org/2</link>
<pubDate>Wed, 05 Oct 2016 10:00:00 GMT</pubDate><description>Short teaser.</description></item>
<item><title>Nothing</title></item>
</channel></rss>""".encode()

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<entry><title>Convoy hit</title><id>urn:a:1</id><link href="https://atom.example.org/1"/>
<updated>2021-06-01T08:00:00Z</updated><content type="html">&lt;p&gt;A convoy was hit.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_entries_with_body_follow_links_for_teasers():
    followed = []

    def follow(url):
        followed.append(url)
        yield Item(source=url, data=b"<html><body>page</body></html>", kind="html", input_id=url, url=url)

    got = list(read_feed(RSS, "feed.xml", IngestOptions(), follow=follow))
    assert is_feed(RSS)
    assert followed == ["https://wire.example.org/2"]
    first = got[0]
    assert (first.input_id, first.url, first.published, first.title, first.kind) == (
        "w-1",
        "https://wire.example.org/1",
        "2016-10-04",
        "Market struck",
        "text",  # an entry body is a fragment: its text, not a page for the page cleaner
    )
    assert first.data == LONG[3:-4].strip().encode()
    assert (got[1].url, got[1].published, got[1].title) == (
        "https://wire.example.org/2",
        "2016-10-05",
        "Teaser only",
    )
    assert got[2] == Failure("feed.xml#3", "empty: feed entry has no text and no link")


def test_teaser_is_kept_when_not_following_links():
    got = list(read_feed(RSS, "feed.xml", IngestOptions(), follow=None))
    assert got[1].data == b"Short teaser."


def test_atom_feed():
    [e] = list(read_feed(ATOM, "a.atom", IngestOptions(), follow=None))
    assert (e.input_id, e.url, e.published, e.data) == (
        "urn:a:1",
        "https://atom.example.org/1",
        "2021-06-01",
        b"A convoy was hit.",
    )


def test_not_a_feed_is_a_failure():
    assert not is_feed(b"<html><body>hi</body></html>")
    [f] = list(read_feed(b"\x00\x01 nothing", "x.xml", IngestOptions()))
    assert isinstance(f, Failure) and f.reason.startswith("malformed feed")


def test_an_entry_whose_page_is_out_of_reach_keeps_its_own_text():
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>w</title>'
        b"<item><title>a</title><link>https://wire.example.org/9</link><guid>g-9</guid>"
        b"<description>Shelling hit a school on Friday, killing three children.</description></item>"
        b"<item><title>b</title><guid>not-a-url</guid><description>A drone struck a bus.</description></item>"
        b"</channel></rss>"
    )

    def follow(url):
        assert url.startswith("https://")  # a guid that is no URL is never fetched
        yield Failure(url, "unreachable: HTTP 503")

    got = list(read_feed(feed, "f.rss", IngestOptions(), follow=follow))
    assert [type(g).__name__ for g in got] == ["Item", "Item"]
    assert got[0].data == b"Shelling hit a school on Friday, killing three children."
