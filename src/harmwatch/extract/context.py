"""What every extraction rule sees: the cleaned text, its spaCy Doc and the report's date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from harmwatch.extract.dates.url import UrlDate


@dataclass(frozen=True, slots=True)
class DocContext:
    text: str  # cleaned text; every Span indexes it
    doc: Doc  # spaCy parse of ``text`` (same characters)
    published: date | None  # the report's publication date, when known
    language: str  # ISO 639-1 code ("en")
    title: str | None = None
    url_date: UrlDate | None = None  # the day or month the report's URL gives (dates/url.py)
