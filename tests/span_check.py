"""A generic check, usable by any test: every claim's span slices the cleaned text to its words."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def spans_in(obj: Any, path: str = "$") -> Iterator[tuple[str, list[int], str]]:
    """Every ``(path, span, text)`` of a dict that has both a ``span`` and a string ``text``.

    Walks the whole extraction (events, their places, perpetrator, date, figures, targets;
    aggregates, allegations, responses, quotes, evidence). ``removed`` segments carry a
    ``raw_span`` into the raw input instead, and are not spans of the cleaned text.
    """
    if isinstance(obj, dict):
        span, text = obj.get("span"), obj.get("text")
        if isinstance(span, list) and isinstance(text, str):
            yield path, span, text
        for key, value in obj.items():
            if key not in ("removed", "text"):
                yield from spans_in(value, f"{path}.{key}")
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield from spans_in(value, f"{path}[{i}]")


def assert_spans_index_text(result: dict) -> int:
    """Assert ``result["text"][start:end] == text`` for every span; return how many were checked."""
    cleaned = result["text"]
    n = 0
    for path, span, text in spans_in(result):
        assert len(span) == 2 and all(isinstance(v, int) for v in span), f"{path}: bad span {span!r}"
        start, end = span
        assert 0 <= start <= end <= len(cleaned), f"{path}: span {span} outside text of {len(cleaned)} chars"
        assert cleaned[start:end] == text, f"{path}: span {span} gives {cleaned[start:end]!r}, not {text!r}"
        n += 1
    return n
