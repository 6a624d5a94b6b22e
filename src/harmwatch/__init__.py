"""harmwatch: from reports of attacks on civilians to a sourced incident database."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from harmwatch.records import Extraction


def extract_report(
    text: str | None = None,
    *,
    html: str | None = None,
    id: str | None = None,
    url: str | None = None,
    published: str | None = None,
    language: str | None = None,
) -> Extraction:
    """Extract every claim of one report (plain text or an HTML page) as typed records.

    >>> result = extract_report("An air strike killed at least 12 civilians in Aleppo on Tuesday.",
    ...                         published="2016-10-13")
    >>> result.to_dict()["events"][0]["casualties"][0]["min"]
    12
    """
    from harmwatch.extract.engine import extract_document
    from harmwatch.records import RawDocument

    raw = RawDocument(id=id, text=text, html=html, url=url, published=published, language=language)
    return extract_document(raw)


__all__ = ["extract_report", "__version__"]
