"""Main text and publication date of an HTML page (trafilatura + htmldate)."""

from __future__ import annotations

import trafilatura
from htmldate import find_date

from harmwatch.clean.boilerplate import clean_text
from harmwatch.errors import InputError
from harmwatch.records import CleanText


def clean_html(html: str, url: str | None = None) -> CleanText:
    text = trafilatura.extract(html, url=url, include_comments=False)
    if not text:
        raise InputError("no main text found in the HTML page")
    published = None
    try:
        published = find_date(html, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises a variety of parser errors on odd pages
        published = None
    cleaned = clean_text(text)
    return CleanText(text=cleaned.text, removed=cleaned.removed, title=None, published=published)
