"""Synthetic reports written for the watch tests (no real report's words): an air strike on a
market in one country whose toll rises in a later report that also carries a denial, and a
shelling in another country the watch does not cover."""

from __future__ import annotations

FIRST = [
    {
        "id": "syn-market-1",
        "published": "2026-03-03",
        "url": "https://wire-one.example/market-strike",
        "title": "Air strike on Aleppo market",
        "text": "An air strike hit a crowded market in Aleppo, Syria, on Tuesday, 3 March 2026, killing 12 "
        "civilians, the health ministry said. Dozens of others were wounded.",
    },
    {
        "id": "syn-shelling-1",
        "published": "2026-03-04",
        "url": "https://east-desk.example/shelling",
        "title": "Shelling in Kharkiv",
        "text": "Shelling struck a residential building in Kharkiv, Ukraine, on 4 March 2026 and killed 5 "
        "people, regional officials said.",
    },
]

UPDATE = [
    {
        "id": "syn-market-2",
        "published": "2026-03-05",
        "url": "https://paper-two.example/market-toll",
        "title": "Market strike: 30 dead, ministry says",
        "text": "The death toll from the air strike on a market in Aleppo, Syria, on 3 March 2026 rose to 30 "
        "civilians, the health ministry said on Thursday. The army denied carrying out the strike.",
    },
]


def items(reports: list[dict]):
    """The reports as ingest items."""
    from harmwatch.ingest.items import Item

    return [
        Item(
            source=r["id"],
            data=r["text"].encode(),
            kind="text",
            input_id=r["id"],
            url=r["url"],
            published=r["published"],
            language="en",
            title=r["title"],
        )
        for r in reports
    ]


def page(r: dict) -> bytes:
    """A report as the HTML page a feed entry links to."""
    return (
        f"<!DOCTYPE html><html><head><title>{r['title']}</title>"
        f'<meta property="article:published_time" content="{r["published"]}"></head>'
        f"<body><article><h1>{r['title']}</h1><p>{r['text']}</p></article></body></html>"
    ).encode()


def rss(base: str, reports: list[dict]) -> bytes:
    """An RSS feed whose entries link to pages on ``base`` (short teasers: the page is fetched)."""
    entries = "".join(
        f"<item><title>{r['title']}</title><link>{base}/{r['id']}.html</link><guid>{r['id']}</guid>"
        f"<pubDate>{_rfc822(r['published'])}</pubDate><description>{r['title']}.</description></item>"
        for r in reports
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Synthetic wire</title>'
        f"<link>{base}/</link><description>test feed</description>{entries}</channel></rss>"
    ).encode()


def _rfc822(iso: str) -> str:
    from datetime import UTC, date, datetime
    from email.utils import format_datetime

    d = date.fromisoformat(iso)
    return format_datetime(datetime(d.year, d.month, d.day, 8, 0, tzinfo=UTC))
