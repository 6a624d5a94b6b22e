"""RSS/Atom feeds via feedparser: an entry with a body is one item; an entry with only a link is fetched."""

from __future__ import annotations

import html as html_lib
import logging
import re
import time
import xml.sax
from collections.abc import Callable, Iterator
from dataclasses import replace

import feedparser
import lxml.html
from lxml import etree

from harmwatch.ingest.items import Failure, FeedFailure, IngestOptions, Item, Kind, looks_html, valid_link

log = logging.getLogger(__name__)

MIN_BODY_CHARS = 400  # a shorter entry body is a teaser: the linked page is the report


FEED_TYPES_SUFFIXES = (".rss", ".atom", ".xml")


def is_feed(data: bytes) -> bool:
    head = data[:2000].lstrip().lower()
    return b"<rss" in head or (b"<feed" in head and b"atom" in head) or b"<rdf:rdf" in head


BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "section",
}
_BLANKS = re.compile(r"\n\s*\n\s*")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def fragment_text(body: str) -> str:
    """The text of a feed entry body: plain text as it is, an HTML fragment (one paragraph or
    several) with one blank line between blocks. Page cleaners (trafilatura) look for a page's
    main text and reject a lone fragment; an entry body is all main text."""
    if "<" not in body:
        return _BLANKS.sub("\n\n", html_lib.unescape(body)).strip()
    try:
        root = lxml.html.fragment_fromstring(body, create_parent="div")
    except (etree.ParserError, ValueError):
        return _BLANKS.sub("\n\n", html_lib.unescape(re.sub(r"<[^>]*>", " ", body))).strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCK_TAGS:
            el.tail = "\n\n" + (el.tail or "")
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return _BLANKS.sub("\n\n", text).strip()


def _iso(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def read_feed(
    data: bytes,
    source: str,
    opts: IngestOptions,
    follow: Callable[[str], Iterator[Item | Failure]] | None = None,
    strict: bool = False,
) -> Iterator[Item | Failure]:
    """Entries of a feed. ``follow(url)`` fetches an entry's page when the entry has no full body.
    ``strict``: a feed read leniently past an XML error (feedparser keeps the entries before it)
    ends with a :class:`FeedFailure` naming the error, after the entries recovered."""
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield FeedFailure(source, f"malformed feed: {parsed.get('bozo_exception', 'unreadable')}")
        return
    yield from _entries(parsed, source, opts, follow)
    error = parsed.get("bozo_exception")
    if strict and parsed.bozo and isinstance(error, xml.sax.SAXException):
        yield FeedFailure(source, f"malformed feed: {error}")


def _entries(
    parsed: feedparser.FeedParserDict,
    source: str,
    opts: IngestOptions,
    follow: Callable[[str], Iterator[Item | Failure]] | None,
) -> Iterator[Item | Failure]:
    for n, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        entry_source = f"{source}#{link or n}"
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        if len(body) < MIN_BODY_CHARS:
            body = max(body, entry.get("summary", ""), key=len)
        published = _iso(entry.get("published_parsed") or entry.get("updated_parsed")) or opts.published
        if link and valid_link(link) is None and follow is not None and len(body) < MIN_BODY_CHARS:
            got_any = False
            failures: list[Failure] = []
            for got in follow(link):
                if isinstance(got, Failure):
                    failures.append(got)
                    continue
                got_any = True
                if got.published is None:
                    got = replace(got, published=published, title=got.title or entry.get("title"))
                yield got
            if got_any or not failures or not body.strip():
                # the page was read, or skipped on purpose (stored already: nothing came and nothing
                # failed), or there is no text of the entry's own to keep instead
                yield from failures
                continue
            for f in failures:  # the linked page is out of reach: the entry's own text is kept
                log.warning("%s: %s; the entry's own text is stored instead", f.source, f.reason)
        if not body.strip():
            yield Failure(entry_source, "empty: feed entry has no text and no link")
            continue
        # a whole page inside an entry is cleaned as a page; a fragment or plain text is its text
        kind: Kind = "html" if looks_html(body) else "text"
        text = body if kind == "html" else fragment_text(body)
        if not text.strip():
            yield Failure(entry_source, "empty: feed entry has no text")
            continue
        yield Item(
            source=entry_source,
            data=text.encode("utf-8", errors="replace"),
            kind=kind,
            input_id=entry.get("id") or link or entry_source,
            url=link,
            published=published,
            language=opts.language,
            title=entry.get("title"),
        )
