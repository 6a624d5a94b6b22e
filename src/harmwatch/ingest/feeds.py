"""RSS/Atom feeds via feedparser: an entry with a body is one item; an entry with only a link is fetched."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator

import feedparser

from harmwatch.ingest.items import Failure, IngestOptions, Item

log = logging.getLogger(__name__)

MIN_BODY_CHARS = 400  # a shorter entry body is a teaser: the linked page is the report


FEED_TYPES_SUFFIXES = (".rss", ".atom", ".xml")


def is_feed(data: bytes) -> bool:
    head = data[:2000].lstrip().lower()
    return b"<rss" in head or (b"<feed" in head and b"atom" in head) or b"<rdf:rdf" in head


def _iso(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def read_feed(
    data: bytes,
    source: str,
    opts: IngestOptions,
    follow: Callable[[str], Iterator[Item | Failure]] | None = None,
) -> Iterator[Item | Failure]:
    """Entries of a feed. ``follow(url)`` fetches an entry's page when the entry has no full body."""
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield Failure(source, f"malformed feed: {parsed.get('bozo_exception', 'unreadable')}")
        return
    for n, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        entry_source = f"{source}#{link or n}"
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        if len(body) < MIN_BODY_CHARS:
            body = max(body, entry.get("summary", ""), key=len)
        published = _iso(entry.get("published_parsed") or entry.get("updated_parsed")) or opts.published
        if link and follow is not None and len(body) < MIN_BODY_CHARS:
            for got in follow(link):
                if isinstance(got, Item) and got.published is None:
                    got = Item(
                        got.source,
                        got.data,
                        got.kind,
                        got.input_id,
                        got.url,
                        published,
                        got.language,
                        got.title or entry.get("title"),
                    )
                yield got
            continue
        if not body.strip():
            yield Failure(entry_source, "empty: feed entry has no text and no link")
            continue
        yield Item(
            source=entry_source,
            data=body.encode("utf-8"),
            kind="html",
            input_id=entry.get("id") or link or entry_source,
            url=link,
            published=published,
            language=opts.language,
            title=entry.get("title"),
        )
