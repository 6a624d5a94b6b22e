"""Main text, title and publication date of an HTML page (trafilatura + htmldate).

trafilatura finds the article body (comments left out); htmldate reads the publication date
from the page's metadata only (``extensive_search=False``: no guessing from page chrome); the
title is trafilatura's metadata title.

trafilatura writes one paragraph per line; they are separated by blank lines here (as in
scraped text), then the text cleaner removes what trafilatura left of ad markers, share bars,
comment forms, pitches, tag lines and "Related" link lists. Its other rules (captions,
copyright, duplicates, chrome) lowered word F1 on real pages with ground truth (trafilatura
already drops most of those, and the rest is often part of the article), so they stay off.
"""

from __future__ import annotations

import logging

import trafilatura
from htmldate import find_date
from trafilatura.metadata import extract_title
from trafilatura.utils import load_html

from harmwatch.clean.boilerplate import clean_text
from harmwatch.errors import InputError
from harmwatch.records import CleanText

log = logging.getLogger(__name__)

# removals that raised (or kept) word F1 on trafilatura's output of real pages
HTML_REASONS = frozenset({"advertisement", "share", "comments", "newsletter", "tags", "related_headlines"})


def clean_html(html: str, url: str | None = None) -> CleanText:
    """Cleaned main text of a page; raises InputError when the page has no main text."""
    text = trafilatura.extract(html, url=url, include_comments=False)
    if not text or not text.strip():  # libxml2 stops at 255 levels unless told: content nested deeper is lost
        deep = _deep_tree(html)
        text = trafilatura.extract(deep, url=url, include_comments=False) if deep is not None else None
    if not text or not text.strip():
        raise InputError("no main text found in the HTML page")
    title, published = _metadata(html)
    cleaned = clean_text(text.replace("\n", "\n\n"), only=HTML_REASONS)
    return CleanText(text=cleaned.text, removed=cleaned.removed, title=title, published=published)


def _deep_tree(html: str):
    """The page parsed without libxml2's depth limit (``huge_tree``), or None."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True, collect_ids=False)
    try:
        return lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _metadata(html: str) -> tuple[str | None, str | None]:
    """(title, ISO publication date) from the page's metadata; None where absent."""
    tree = load_html(html)
    if tree is None:
        return None, None
    title = extract_title(tree) or None
    try:
        published = find_date(tree, extensive_search=False, original_date=True)
    except (ValueError, TypeError, AttributeError) as e:  # htmldate fails on some odd markup
        log.info("no publication date: %s", e)
        published = None
    return title, published or None
