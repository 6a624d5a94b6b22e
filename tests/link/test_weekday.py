"""Weekdays named by a date phrase, in every supported language (phrases written for these tests)."""

from __future__ import annotations

import pytest

from harmwatch.link.weekday import phrase_weekdays


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("on Tuesday night", {1}),
        ("Wednesday's", {2}),
        ("dans la nuit de jeudi à vendredi", {3, 4}),
        ("am Montagmorgen", {0}),
        ("el miércoles", {2}),
        ("na quarta-feira", {2}),
        ("в четверг", {3}),
        ("у вівторок", {1}),
        ("مساء الأربعاء", {2}),
        ("12 March", set()),
        ("", set()),
    ],
)
def test_weekdays_of_a_phrase(phrase, days):
    assert phrase_weekdays(phrase) == frozenset(days)
