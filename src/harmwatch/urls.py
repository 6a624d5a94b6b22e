"""Which URLs may become links: only absolute http(s) URLs with a sane host. Anything else
(``javascript:``, ``data:``, ``vbscript:``, relative or malformed addresses, control characters) is
dropped, at ingest and in every page. One check serves both: :func:`link_problem` says why a URL is
refused (ingest reports it), :func:`safe_http_url` gives the URL or None (templates, API, exports).
"""

from __future__ import annotations

from urllib.parse import urlsplit

MAX_HOST = 255  # DNS limit; PostgreSQL's column holds no more
MAX_URL = 8000


def link_problem(url: str) -> str | None:
    """Why ``url`` may not become a link, or None when it may."""
    if len(url) > MAX_URL:
        return f"URL longer than {MAX_URL:,} characters"
    # browsers strip spaces and control characters before reading the scheme ("java\\tscript:")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return "URL with spaces or control characters"
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018  (raises on a bad port)
    except ValueError as e:
        return f"malformed URL ({e})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"not an http(s) URL (scheme {parts.scheme or 'none'!r})"
    if not host:
        return "URL without a host"
    if len(host) > MAX_HOST:
        return f"URL host longer than {MAX_HOST} characters"
    return None


def safe_http_url(value: str | None) -> str | None:
    """``value`` when it is an absolute http(s) URL with a host, else None."""
    if not value or not isinstance(value, str):
        return None
    return value if link_problem(value) is None else None
