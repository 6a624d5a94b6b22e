"""Helpers shared by the tests of generic/speech."""

from __future__ import annotations

from datetime import date

from harmwatch.extract.generic.engine import make_context
from harmwatch.extract.generic.speech import find_speech


def speech(text: str, lang: str):
    return find_speech(make_context(text, lang, date(2024, 5, 14)))


def assert_spans(text: str, result) -> None:
    for q in result.quotes:
        assert text[q.span.start : q.span.end] == q.text
    for a in result.allegations:
        assert text[a.span.start : a.span.end] == a.text
    for r in result.responses:
        assert text[r.span.start : r.span.end] == r.text


def charge_pairs(text: str, lang: str) -> set[tuple[str, str]]:
    """(accuser, charge) of every allegation found, after checking that each span slices the text."""
    result = speech(text, lang)
    assert_spans(text, result)
    return {(a.accuser, a.charge) for a in result.allegations}
