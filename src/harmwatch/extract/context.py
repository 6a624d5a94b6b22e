"""What every extraction rule sees: the cleaned text, its spaCy Doc and the report's date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import wraps
from typing import TypeVar

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


# the marks that end a sentence at the end of a line: the paragraph-break step and the place
# ranking's title lines both read a line ending so as a finished sentence
LINE_FINAL = frozenset(".!?\"'\u201d\u2019\u00bb)")

R = TypeVar("R")


def once_per_context(rule: Callable[[DocContext], R]) -> Callable[[DocContext], R]:
    """``rule(ctx)`` computed once for a context and given again while the same context object asks
    (the speech rules ask for the report's perpetrator and responses the engine finds too). The
    last context is held with its result: a new one is computed afresh, so the answer never
    depends on the cache (the results are immutable: tuples, frozen records)."""
    last: list[tuple[DocContext, R]] = []

    @wraps(rule)
    def cached(ctx: DocContext) -> R:
        if last and last[0][0] is ctx:
            return last[0][1]
        result = rule(ctx)
        last[:] = [(ctx, result)]
        return result

    return cached
