"""Cleaning: from a raw page or scraped text to the main text, with what was removed and why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from harmwatch.clean.boilerplate import clean_text
from harmwatch.clean.html import clean_html
from harmwatch.errors import InputError

if TYPE_CHECKING:
    from harmwatch.records import CleanText, RawDocument

__all__ = ["clean_document", "clean_text", "clean_html"]


def clean_document(raw: RawDocument) -> CleanText:
    """The cleaned text of a raw document: its HTML's main text, else its text's. Here rather than
    in the extraction engine, so that a process that only cleans and identifies languages (the
    parent of ``extract --jsonl``'s workers) never imports spaCy."""
    if raw.html is not None:
        return clean_html(raw.html, raw.url)
    if raw.text is None:
        raise InputError("document has neither text nor html")
    return clean_text(raw.text)
