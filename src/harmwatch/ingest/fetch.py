"""URLs via httpx: the only network code. Timeouts, a size cap, a content-type check, and no
private, loopback or link-local addresses unless ``allow_private`` (each redirect hop is checked).

The address check resolves the host before the request; a DNS answer that changes between the
check and httpx's own lookup (rebinding) is not caught.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from harmwatch import __version__
from harmwatch.errors import InputError
from harmwatch.evidence.records import Evidence, Exchange, custody
from harmwatch.ingest.feeds import is_feed, read_feed
from harmwatch.ingest.items import Failure, FeedFailure, IngestOptions, Item, Kind

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
REDIRECT_BODY = 64 * 1024  # a redirect's body is read (and kept as evidence) up to this size
USER_AGENT = f"harmwatch/{__version__} (+https://github.com/harmwatch)"
PAGE_TYPES: dict[str, Kind] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "text",
}
FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
}

Resolver = Callable[..., list]


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    data: bytes
    content_type: str
    status: int = 200  # or 304: not modified since the conditional headers' ETag or date
    etag: str | None = None
    last_modified: str | None = None
    exchanges: tuple[Exchange, ...] = ()  # every request and response, redirect hops included


def refused_reason(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address is not a public one, or None."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_private:
        return "private"
    if ip.is_multicast or ip.is_reserved or ip.is_unspecified or not ip.is_global:
        return "non-public"
    return None


def check_address(url: str, resolver: Resolver = socket.getaddrinfo) -> None:
    """Raise InputError unless every address ``url``'s host resolves to is public."""
    parts = urlsplit(url)
    host = parts.hostname
    if not host:
        raise InputError("bad URL: no host")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = resolver(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise InputError(f"unreachable: cannot resolve {host} ({e})") from e
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        reason = refused_reason(ip)
        if reason:
            raise InputError(f"refused: {host} is a {reason} address ({ip}); use --allow-private to allow it")


_DEADLINE: ContextVar[float | None] = ContextVar("harmwatch_fetch_deadline", default=None)


def _bounded(timeout: float | None) -> float | None:
    """``timeout`` cut to what is left of the current request's deadline (ReadTimeout past it)."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("whole-request deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket whose every read and write waits no longer than the request's deadline allows: a
    server dripping its headers or body a byte a second is cut off at the deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._backend = httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        stream = self._backend.connect_tcp(host, port, _bounded(timeout), local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(self, path, timeout=None, socket_options=None):  # pragma: no cover
        return _DeadlineStream(self._backend.connect_unix_socket(path, _bounded(timeout), socket_options))

    def sleep(self, seconds: float) -> None:  # pragma: no cover
        self._backend.sleep(seconds)


class _DeadlineTransport(httpx.HTTPTransport):
    """httpx's own transport on sockets bounded by the request's deadline."""

    def __init__(self) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False), network_backend=_DeadlineBackend()
        )


def server_ip(resp: httpx.Response) -> str | None:
    """The address the response came from (asked before its body is read: the socket may close)."""
    stream = resp.extensions.get("network_stream")
    try:
        addr = stream.get_extra_info("server_addr") if stream is not None else None
    except OSError:
        return None
    return str(addr[0]) if addr else None


def _exchange(resp: httpx.Response, body: bytes, at: datetime, server: str | None) -> Exchange:
    req = resp.request
    return Exchange(
        url=str(req.url),
        method=req.method,
        request_headers=tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in req.headers.raw),
        http_version=resp.http_version,
        status=resp.status_code,
        reason=resp.reason_phrase,
        response_headers=tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in resp.headers.raw),
        body=body,
        at=at,
        server_ip=server,
    )


class Fetcher:
    """Fetch pages and feeds under the ingest policy; one HTTP client for the whole run."""

    def __init__(
        self,
        opts: IngestOptions,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver = socket.getaddrinfo,
    ) -> None:
        self.opts = opts
        self.resolver = resolver
        self.client = httpx.Client(
            timeout=httpx.Timeout(opts.timeout, connect=min(10.0, opts.timeout)),
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT},
            transport=transport or _DeadlineTransport(),
        )

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, headers: dict[str, str] | None = None) -> Fetched:
        """The page at ``url``. ``timeout`` bounds the whole request (connecting, headers,
        redirects and body), not just each read: a server dripping its headers or its body a byte
        a second is cut off. ``headers``: extra request headers, such as If-None-Match and
        If-Modified-Since; a 304 answer is a Fetched with status 304 and no data."""
        deadline = time.monotonic() + self.opts.timeout
        token = _DEADLINE.set(deadline)
        try:
            return self._get(url, headers or {}, deadline)
        finally:
            _DEADLINE.reset(token)

    def _get(self, url: str, headers: dict[str, str], deadline: float) -> Fetched:
        def check_deadline() -> None:
            if time.monotonic() > deadline:
                raise InputError(f"unreachable: timed out (more than {self.opts.timeout:g} s in all)")

        hops: list[Exchange] = []
        for _ in range(MAX_REDIRECTS + 1):
            check_deadline()
            if urlsplit(url).scheme not in ("http", "https"):
                raise InputError(f"refused: only http and https URLs are fetched ({url})")
            if not self.opts.allow_private:
                check_address(url, self.resolver)
            at = datetime.now(UTC)
            try:
                with self.client.stream("GET", url, headers=headers) as resp:
                    ip = server_ip(resp)
                    if resp.status_code == 304:
                        hops.append(_exchange(resp, b"", at, ip))
                        return Fetched(
                            url, b"", "", 304, headers.get("If-None-Match"),
                            headers.get("If-Modified-Since"), tuple(hops),
                        )  # fmt: skip
                    if resp.is_redirect:
                        location = resp.headers.get("location")
                        if not location:
                            raise InputError(f"unreachable: HTTP {resp.status_code} without a Location")
                        hops.append(_exchange(resp, self._body(resp, check_deadline, REDIRECT_BODY), at, ip))
                        url = urljoin(url, location)
                        continue
                    if resp.status_code >= 400:
                        raise InputError(f"unreachable: HTTP {resp.status_code}")
                    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                    if ctype and ctype not in PAGE_TYPES and ctype not in FEED_TYPES:
                        raise InputError(f"unsupported content type {ctype}")
                    length = resp.headers.get("content-length")
                    if length and length.isdigit() and int(length) > self.opts.max_bytes:
                        raise InputError(f"oversized: {int(length):,} bytes (limit {self.opts.max_bytes:,})")
                    data = self._body(resp, check_deadline, self.opts.max_bytes)
                    hops.append(_exchange(resp, data, at, ip))
                    return Fetched(
                        str(resp.url), data, ctype, resp.status_code, resp.headers.get("etag"),
                        resp.headers.get("last-modified"), tuple(hops),
                    )  # fmt: skip
            except httpx.TimeoutException as e:
                if time.monotonic() > deadline:
                    raise InputError(
                        f"unreachable: timed out (more than {self.opts.timeout:g} s in all)"
                    ) from e
                raise InputError(f"unreachable: timed out ({type(e).__name__})") from e
            except httpx.HTTPError as e:
                raise InputError(f"unreachable: {type(e).__name__}: {e}") from e
        raise InputError(f"unreachable: more than {MAX_REDIRECTS} redirects")

    @staticmethod
    def _body(resp: httpx.Response, check_deadline: Callable[[], None], limit: int) -> bytes:
        chunks, size = [], 0
        for chunk in resp.iter_bytes():
            check_deadline()
            size += len(chunk)
            if size > limit:
                raise InputError(f"oversized: more than {limit:,} bytes")
            chunks.append(chunk)
        check_deadline()
        return b"".join(chunks)

    def items(self, url: str, follow_links: bool = True) -> Iterator[Item | Failure]:
        """The document at ``url``, or each entry of the feed at ``url``. With ``opts.evidence``
        each item carries the HTTP exchange as a WARC (a feed's own entries, the feed's), and with
        ``opts.capture`` a page also a screenshot and PDF by headless chromium."""
        try:
            got = self.get(url)
        except InputError as e:
            yield Failure(url, str(e))
            return
        follow = (lambda link: self.items(link, follow_links=False)) if follow_links else None
        yield from self.items_of(url, got, follow)

    def items_of(
        self,
        url: str,
        got: Fetched,
        follow: Callable[[str], Iterator[Item | Failure]] | None = None,
        *,
        strict_feed: bool = False,
    ) -> Iterator[Item | Failure]:
        """The items of a response fetched from ``url`` (a feed's entries, each teaser's page got
        through ``follow``; or the page), with their evidence as :meth:`items` says.
        ``strict_feed`` (a source polled as a feed): XML that is not RSS or Atom is a
        :class:`FeedFailure`, not a page, and so is a feed read only past an XML error (after the
        entries recovered)."""
        evidence: tuple[Evidence, ...] = (self._warc(url, got),) if self.opts.evidence else ()
        if got.content_type in FEED_TYPES or (got.content_type not in PAGE_TYPES and is_feed(got.data)):
            for it in read_feed(got.data, url, self.opts, follow=follow, strict=strict_feed):
                if isinstance(it, Item) and not it.evidence and evidence:
                    it = replace(it, evidence=evidence)
                yield it
            return
        if strict_feed and got.data.lstrip()[:5] == b"<?xml":
            yield FeedFailure(url, "malformed feed: not RSS or Atom")
            return
        kind = PAGE_TYPES.get(got.content_type)
        if kind is None:  # no content type given: sniff
            kind = "html" if b"<html" in got.data[:4000].lower() else "text"
        if self.opts.capture:
            evidence += self._capture(got.url)
        yield Item(
            source=url,
            data=got.data,
            kind=kind,
            input_id=url,
            url=got.url,
            language=self.opts.language,
            published=self.opts.published,
            evidence=evidence,
        )

    def _warc(self, url: str, got: Fetched) -> Evidence:
        from harmwatch.evidence.warc import exchange_warc

        c = custody(f"harmwatch fetch (httpx {httpx.__version__})", url, self.opts.by, got.exchanges[0].at)
        return Evidence("warc", exchange_warc(got.exchanges, c), c)

    def _capture(self, url: str) -> tuple[Evidence, ...]:
        from harmwatch.evidence.capture import capture

        try:
            return capture(url, self.opts)
        except InputError as e:
            log.warning("%s: no screenshot or PDF: %s", url, e)
            return ()
