"""What every reader yields: an :class:`Item` (one document's original bytes) or a :class:`Failure`."""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Literal
from urllib.parse import urlsplit

from harmwatch.errors import InputError
from harmwatch.evidence.records import Evidence
from harmwatch.urls import link_problem as valid_link  # one URL check for ingest and pages
from harmwatch.urls import safe_http_url

log = logging.getLogger(__name__)

Kind = Literal["html", "text"]

MAX_BYTES = 5 * 1024 * 1024  # a report larger than this is refused as oversized
MAX_REASON = 300  # characters of an error message: a bad input never floods the terminal or the store
# the store's column widths (store/tables.py): a longer value is dropped or refused here, never
# sent to the database (PostgreSQL refuses it and would abort the batch)
MAX_ID = 512
MAX_PUBLISHED = 32
MAX_LANGUAGE = 16
MAX_TITLE = 2000

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".md", ".markdown")


@dataclass(frozen=True, slots=True)
class IngestOptions:
    max_bytes: int = MAX_BYTES
    allow_private: bool = False  # let URLs reach private, loopback and link-local addresses
    timeout: float = 20.0  # seconds per HTTP request
    language: str | None = None  # default language for inputs that do not say
    published: str | None = None  # default publication date for inputs that do not say
    evidence: bool = False  # keep each URL fetch's HTTP exchange (WARC) for the evidence locker
    capture: bool = False  # and a screenshot and PDF of each fetched page (headless chromium)
    by: str | None = None  # who keeps the evidence (custody); default: the operating-system user


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
    evidence: tuple[Evidence, ...] = ()  # what a URL fetch saw (WARC, screenshot, PDF), for the locker

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

    def __post_init__(self) -> None:
        object.__setattr__(self, "source", cap(clean_str(self.source)))
        object.__setattr__(self, "reason", cap(clean_str(self.reason)))


@dataclass(frozen=True, slots=True)
class FeedFailure(Failure):
    """A feed that fails as a whole (unreadable, XML that is not RSS or Atom, or read only past an
    XML error), as opposed to one of its entries."""


def cap(message: str, limit: int = MAX_REASON) -> str:
    """``message`` cut to ``limit`` characters (with how much was left out)."""
    if len(message) <= limit:
        return message
    return f"{message[:limit]}... ({len(message) - limit:,} more characters)"


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_str(value: str) -> str:
    """``value`` storable in any text column: NUL removed, lone surrogates replaced by U+FFFD."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    return _SURROGATE.sub("\ufffd", value)


_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
_PARTIAL_DATE = re.compile(r"\d{4}(?:-(0[1-9]|1[0-2]))?")


def valid_published(value: str) -> bool:
    """Whether ``value`` is an ISO date: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or a full timestamp."""
    if len(value) > MAX_PUBLISHED:
        return False
    if _PARTIAL_DATE.fullmatch(value):
        return 1 <= int(value[:4])
    try:
        if "T" in value or " " in value:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        else:
            date.fromisoformat(value)
    except ValueError:
        return False
    return True


def normalise(item: Item) -> Item | Failure:
    """``item`` with every field the store takes checked and made storable, or why it cannot be.

    A bad optional field (a date that is not one, a language tag that is not one, a link that is
    not http(s)) is dropped with a warning; an id too long to store refuses the item. Text fields
    lose NUL characters and lone surrogates (PostgreSQL refuses both; SQLite would keep garbage).
    """
    source = clean_str(item.source)

    def warn(msg: str) -> None:
        log.warning("%s: %s", cap(source), cap(msg))

    input_id = clean_str(item.input_id) if item.input_id is not None else None
    if input_id is not None and len(input_id) > MAX_ID:
        return Failure(source, f"id longer than {MAX_ID} characters")
    url = clean_str(item.url).strip() if item.url else None
    if url:
        why = valid_link(url)
        if why:
            warn(f"link dropped: {why}")
            url = None
    published = clean_str(item.published).strip() if item.published else None
    if published and not valid_published(published):
        warn(f"publication date dropped: not an ISO date ({cap(published, 40)!r})")
        published = None
    language = clean_str(item.language).strip() if item.language else None
    if language and (len(language) > MAX_LANGUAGE or not _LANGUAGE.fullmatch(language)):
        warn(f"language dropped: not a language tag ({cap(language, 40)!r})")
        language = None
    title = clean_str(item.title).strip()[:MAX_TITLE] or None if item.title else None
    return replace(
        item,
        source=source,
        input_id=input_id,
        url=url or None,
        published=published or None,  # a blank date or language is none, never ""
        language=language or None,
        title=title,
    )


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
    """The document's text, or InputError saying why it cannot be one. NUL characters past the
    binary sniff are removed from the text (the original bytes keep them)."""
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
    if "\x00" in text:
        text = text.replace("\x00", "")
    if not text.strip():
        raise InputError("empty: no text")
    return text
