"""Which URLs may become links: only absolute http(s) URLs with a host. Anything else (``javascript:``,
``data:``, ``vbscript:``, relative or malformed addresses) is dropped, at ingest and in every page."""

from __future__ import annotations

from urllib.parse import urlsplit


def safe_http_url(value: str | None) -> str | None:
    """``value`` when it is an absolute http(s) URL with a host, else None."""
    if not value or not isinstance(value, str):
        return None
    if any(ord(ch) <= 32 or ord(ch) == 127 for ch in value):  # browsers strip these before the scheme
        return None
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    return value
