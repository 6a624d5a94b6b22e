"""What every reader yields: an :class:`Item` (one document's original bytes) or a :class:`Failure`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from harmwatch.errors import InputError
from harmwatch.urls import safe_http_url

Kind = Literal["html", "text"]

MAX_BYTES = 5 * 1024 * 1024  # a report larger than this is refused as oversized
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".md", ".markdown")


@dataclass(frozen=True, slots=True)
class IngestOptions:
    max_bytes: int = MAX_BYTES
    allow_private: bool = False  # let URLs reach private, loopback and link-local addresses
    timeout: float = 20.0  # seconds per HTTP request
    language: str | None = None  # default language for inputs that do not say
    published: str | None = None  # default publication date for inputs that do not say


@dataclass(frozen=True, slots=True)
class Item:
    """One document as it arrived: its original bytes and what the input says about it."""

    source: str  # the file, file:line, feed entry or URL it came from
    data: bytes  # the original bytes: hashed, and stored once
    kind: Kind
    input_id: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    title: str | None = None

    def __post_init__(self) -> None:
        # only http(s) URLs are kept: a javascript: or data: "url" must never become a link
        object.__setattr__(self, "url", safe_http_url(self.url))

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that cannot become a document, with the reason."""

    source: str
    reason: str


def outlet_of(url: str | None) -> str | None:
    """The outlet of a report: its URL's host without ``www.``."""
    if not url:
        return None
    host = urlsplit(url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def looks_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith("<") and ("<html" in head or "<!doctype html" in head or "<body" in head)


def decode(data: bytes, max_bytes: int = MAX_BYTES) -> str:
    """The document's text, or InputError saying why it cannot be one."""
    if len(data) > max_bytes:
        raise InputError(f"oversized: {len(data):,} bytes (limit {max_bytes:,})")
    sample = data[:8192]
    if b"\x00" in sample:
        raise InputError("binary: contains NUL bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"invalid UTF-8 at byte {e.start}") from e
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 0.05 * min(len(text), 8192):
        raise InputError("binary: mostly control characters")
    if not text.strip():
        raise InputError("empty: no text")
    return text
