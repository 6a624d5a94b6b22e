"""Polled sources: feeds and pages fetched every so often under the ingest policy (private
addresses refused unless allowed, timeouts, size caps), with conditional GET (ETag and
Last-Modified: an unchanged source answers 304 and is not downloaded again). Each fetch and each
failure is recorded; a source that keeps failing waits longer each time (doubling, capped at a day)
and never stops the others."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.errors import InputError, UsageError
from harmwatch.ingest.fetch import Fetched, Fetcher
from harmwatch.ingest.items import Failure, FeedFailure, IngestOptions, Item
from harmwatch.store.db import Database
from harmwatch.store.queries import now
from harmwatch.store.tables import Document
from harmwatch.watch.tables import SourceFetch, WatchSource
from harmwatch.watch.watches import check_name, check_url

log = logging.getLogger(__name__)

MAX_BACKOFF_S = 24 * 3600
_EVERY = re.compile(r"^(\d+)\s*([smhd]?)$")
_UNITS = {"": 60, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(every: str) -> int:
    """``30m``, ``2h``, ``90s``, ``1d`` (a bare number is minutes) as seconds; at least 60."""
    m = _EVERY.match(every.strip().lower())
    if not m:
        raise UsageError(f"--every: expected a duration such as 30m, 2h or 1d, got {every!r}")
    seconds = int(m.group(1)) * _UNITS[m.group(2)]
    if seconds < 60:
        raise UsageError(f"--every: at least 1m, got {every!r}")
    return seconds


def every_text(seconds: int) -> str:
    for unit, n in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % n == 0:
            return f"{seconds // n}{unit}"
    return f"{seconds}s"


def _default_name(url: str) -> str:
    parts = urlsplit(url)
    base = (parts.hostname or "source") + parts.path.rstrip("/").replace("/", "-")
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", base).strip("-.")[:100] or "source"


def add_source(
    session: Session, url: str, every: str = "30m", name: str | None = None, allow_private: bool = False
) -> WatchSource:
    check_url(url, "URL")
    seconds = parse_every(every)
    name = check_name(name, "source") if name else _default_name(url)
    if session.scalar(select(WatchSource.id).where(WatchSource.name == name)) is not None:
        raise UsageError(f"a source named {name!r} exists already (harmwatch source rm {name})")
    if session.scalar(select(WatchSource.id).where(WatchSource.url == url)) is not None:
        raise UsageError(f"{url} is a source already")
    src = WatchSource(
        name=name,
        url=url,
        every_s=seconds,
        allow_private=allow_private,
        failures=0,
        next_due_at=None,  # due at the next run
        created_at=now(),
    )
    session.add(src)
    session.flush()
    return src


def get_source(session: Session, name: str) -> WatchSource:
    src = session.scalar(select(WatchSource).where(WatchSource.name == name))
    if src is None:
        raise UsageError(f"no source named {name!r} (harmwatch source list)")
    return src


def all_sources(session: Session) -> list[WatchSource]:
    return list(session.scalars(select(WatchSource).order_by(WatchSource.name)))


def conditional_get(fetcher: Fetcher, url: str, etag: str | None, last_modified: str | None) -> Fetched:
    """GET ``url`` with If-None-Match / If-Modified-Since, under the fetcher's policy (address
    check per redirect hop, content types, size cap, whole-request deadline). 304: nothing
    downloaded."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return fetcher.get(url, headers)


def items_of(
    fetcher: Fetcher, src_url: str, got: Fetched, known: Callable[[str], bool] = lambda _: False
) -> Iterator[Item | Failure]:
    """The documents of a fetched source: each feed entry (a teaser's page fetched, unless
    ``known(link)``: a page stored already is not downloaded again), or the page. XML that is not
    RSS or Atom, and a feed read only past an XML error, end with a :class:`FeedFailure`."""

    def follow(link: str) -> Iterator[Item | Failure]:
        return iter(()) if known(link) else fetcher.items(link, follow_links=False)

    # with its evidence, as a URL ingest keeps it; the feed is recognised and parsed once, there
    yield from fetcher.items_of(src_url, got, follow, strict_feed=True)


def _stored(db: Database, input_id: str) -> bool:
    with db.session() as s:
        stmt = select(Document.id).where(Document.input_id == input_id, Document.error.is_(None)).limit(1)
        return s.scalar(stmt) is not None


@dataclass(frozen=True, slots=True)
class PollResult:
    source: str
    status: str  # new, unchanged, failed
    items: int = 0
    added: int = 0
    error: str | None = None


def _backoff(src: WatchSource) -> timedelta:
    return timedelta(seconds=min(MAX_BACKOFF_S, src.every_s * 2 ** min(src.failures, 16)))


def due_sources(session: Session, at: datetime) -> list[WatchSource]:
    out = []
    for src in all_sources(session):
        due = src.next_due_at
        if due is not None and due.tzinfo is None:
            from datetime import UTC

            due = due.replace(tzinfo=UTC)
        if due is None or due <= at:
            out.append(src)
    return out


def poll(
    db: Database,
    ingest: Callable[[list[Item | Failure]], tuple[int, list[str]]],
    *,
    timeout: float = 20.0,
    max_bytes: int = 5 * 1024 * 1024,
    names: list[str] | None = None,
    every: bool = False,
    at: datetime | None = None,
    evidence: bool = False,
) -> list[PollResult]:
    """Fetch every due source (or ``names``) and hand its items to ``ingest`` (which returns how
    many were added and the failures' reasons). ``every``: all sources, due or not. One source's
    failure is recorded and the rest go on. ``evidence``: each fetch's HTTP exchange travels with
    its items (as a URL ingest keeps it), for ``ingest`` to put in the store's locker."""
    at = at or now()
    with db.session() as s:
        if names:
            todo = [get_source(s, n) for n in names]
        else:
            todo = all_sources(s) if every else due_sources(s, at)
        rows = [(t.id, t.name, t.url, t.allow_private, t.etag, t.last_modified) for t in todo]
    results = []
    for sid, name, url, allow_private, etag, last_modified in rows:
        opts = IngestOptions(
            allow_private=allow_private, timeout=timeout, max_bytes=max_bytes, evidence=evidence
        )
        fetcher = Fetcher(opts)
        got: Fetched | None = None
        error: str | None = None
        items: list[Item | Failure] = []
        added = 0
        try:
            got = conditional_get(fetcher, url, etag, last_modified)
            if got.status != 304:
                items = list(items_of(fetcher, url, got, known=lambda link: _stored(db, link)))
                broken = next((i for i in items if isinstance(i, FeedFailure)), None)
                if broken is not None:  # the feed itself: what was recovered is kept, the source failed
                    good: list[Item | Failure] = [i for i in items if not isinstance(i, Failure)]
                    added, _ = ingest(good)
                    error = f"{broken.reason} ({len(good)} entries recovered)" if good else broken.reason
                elif len(items) == 1 and isinstance(items[0], Failure):
                    error = items[0].reason  # the source itself is unusable
                else:
                    added, fails = ingest(items)
                    if fails and not added and len(fails) == len(items):
                        error = f"every item failed ({fails[0]})"
        except InputError as e:
            error = str(e)
        finally:
            fetcher.close()
        status = "failed" if error else ("unchanged" if got is not None and got.status == 304 else "new")
        with db.session() as s:
            src = s.get_one(WatchSource, sid)
            t = now()
            src.last_fetched_at = t
            src.last_status = status
            if error:
                src.failures += 1
                src.last_error = error
                src.next_due_at = t + _backoff(src)
            else:
                src.failures = 0
                src.last_error = None
                src.next_due_at = t + timedelta(seconds=src.every_s)
                if got is not None and got.status != 304:
                    src.etag, src.last_modified = got.etag, got.last_modified
            s.add(
                SourceFetch(
                    source_id=sid,
                    at=t,
                    status=status,
                    http_status=got.status if got else None,
                    items=len(items),
                    added=added,
                    error=error,
                )
            )
        results.append(PollResult(name, status, len(items), added, error))
    return results
