"""Quantity phrases: digits, number words, vague words, modifiers and ranges."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from harmwatch.extract.figures.numbers import find_quantities, number_value


def _one(text: str) -> tuple:
    (q,) = list(find_quantities(text))
    return q.min, q.max, q.approximate, q.vague, text[q.start : q.end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 85", (85, None, False, False, "at least 85")),
        ("more than 1,300 people", (1300, None, False, False, "more than 1,300")),
        ("over 85", (85, None, False, False, "over 85")),
        ("up to 100", (None, 100, False, False, "up to 100")),
        ("as many as 240 people", (None, 240, False, False, "as many as 240")),
        ("between 20 and 30 people", (20, 30, False, False, "between 20 and 30")),
        ("20-30 people", (20, 30, False, False, "20-30")),
        ("killed 100 to 200 civilians", (100, 200, False, False, "100 to 200")),
        ("about 40 people", (40, 40, True, False, "about 40")),
        ("nearly 55 persons", (55, 55, True, False, "nearly 55")),
        ("twenty-three people", (23, 23, False, False, "twenty-three")),
        ("one hundred and five people", (105, 105, False, False, "one hundred and five")),
        ("a dozen people", (12, 12, False, True, "a dozen")),
        ("dozens of people", (12, None, False, True, "dozens")),
        ("scores of people", (20, None, False, True, "scores")),
        ("hundreds of people", (100, None, False, True, "hundreds")),
        ("thousands of people", (1000, None, False, True, "thousands")),
        ("tens of thousands of people", (10000, None, False, True, "tens of thousands")),
        ("around two dozen people", (24, 24, True, True, "around two dozen")),
    ],
)
def test_quantity_phrases(text: str, expected: tuple) -> None:
    assert _one(text) == expected


def test_several_and_many_are_not_quantities() -> None:
    assert list(find_quantities("several people and many others")) == []


def test_from_to_is_two_numbers_not_a_range() -> None:
    found = [(q.min, q.max) for q in find_quantities("the toll rose from 50 to 57")]
    assert found == [(50, 50), (57, 57)]


def test_falling_pair_is_not_a_range() -> None:
    found = [(q.min, q.max) for q in find_quantities("the 2022-23 season")]
    assert found == [(2022, 2022)]


def test_number_value() -> None:
    assert number_value("Seventy-five") == (75, False, False)
    assert number_value("1,200") == (1200, False, False)
    assert number_value("dozens") == (12, True, True)
    assert number_value("and") is None


@given(st.text(max_size=200))
def test_never_crashes_and_offsets_slice(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start <= q.value_start < q.end <= len(text)
        assert text[q.start : q.end].strip() == text[q.start : q.end]
