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
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from harmwatch import __version__
from harmwatch.errors import InputError
from harmwatch.ingest.feeds import is_feed, read_feed
from harmwatch.ingest.items import Failure, IngestOptions, Item

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
USER_AGENT = f"harmwatch/{__version__} (+https://github.com/harmwatch)"
PAGE_TYPES = {
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
            transport=transport,
        )

    def close(self) -> None:
        self.client.close()

    def get(self, url: str) -> Fetched:
        """The page at ``url``. ``timeout`` bounds the whole request (redirects and body included),
        not just each read: a server dripping a byte a second is cut off."""
        deadline = time.monotonic() + self.opts.timeout

        def check_deadline() -> None:
            if time.monotonic() > deadline:
                raise InputError(f"unreachable: timed out (more than {self.opts.timeout:g} s in all)")

        for _ in range(MAX_REDIRECTS + 1):
            check_deadline()
            if urlsplit(url).scheme not in ("http", "https"):
                raise InputError(f"refused: only http and https URLs are fetched ({url})")
            if not self.opts.allow_private:
                check_address(url, self.resolver)
            try:
                with self.client.stream("GET", url) as resp:
                    if resp.is_redirect:
                        location = resp.headers.get("location")
                        if not location:
                            raise InputError(f"unreachable: HTTP {resp.status_code} without a Location")
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
                    chunks, size = [], 0
                    for chunk in resp.iter_bytes():
                        check_deadline()
                        size += len(chunk)
                        if size > self.opts.max_bytes:
                            raise InputError(f"oversized: more than {self.opts.max_bytes:,} bytes")
                        chunks.append(chunk)
                    check_deadline()
                    return Fetched(str(resp.url), b"".join(chunks), ctype)
            except httpx.TimeoutException as e:
                raise InputError(f"unreachable: timed out ({type(e).__name__})") from e
            except httpx.HTTPError as e:
                raise InputError(f"unreachable: {type(e).__name__}: {e}") from e
        raise InputError(f"unreachable: more than {MAX_REDIRECTS} redirects")

    def items(self, url: str, follow_links: bool = True) -> Iterator[Item | Failure]:
        """The document at ``url``, or each entry of the feed at ``url``."""
        try:
            got = self.get(url)
        except InputError as e:
            yield Failure(url, str(e))
            return
        if got.content_type in FEED_TYPES or (got.content_type not in PAGE_TYPES and is_feed(got.data)):
            follow = (lambda link: self.items(link, follow_links=False)) if follow_links else None
            yield from read_feed(got.data, url, self.opts, follow=follow)
            return
        kind = PAGE_TYPES.get(got.content_type)
        if kind is None:  # no content type given: sniff
            kind = "html" if b"<html" in got.data[:4000].lower() else "text"
        yield Item(
            source=url,
            data=got.data,
            kind=kind,
            input_id=url,
            url=got.url,
            language=self.opts.language,
            published=self.opts.published,
        )
