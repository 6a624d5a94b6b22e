"""Corrections are checked by field type before they reach the store."""

from __future__ import annotations

import pytest

from harmwatch.errors import UsageError
from harmwatch.review.corrections import check_claim_correction, parse_correction

CURRENT = {"date_start": "2020-03-01", "date_end": "2020-03-02", "killed_min": 4, "killed_max": 9}


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("date_start", "banana", "date"),
        ("date_start", "2020-02-30", "date"),
        ("date_end", "2020-02-01", "before"),  # before the start
        ("killed_max", "2", "killed_min"),  # below the minimum
        ("killed_min", "12", "killed_max"),  # above the maximum
        ("killed_min", "999999999999999999999999", "too large"),
        ("injured_min", "-1", "negative"),
        ("country", "Narnia", "ISO"),
        ("country", "ZZ", "ISO"),
        ("place", "x" * 300, "long"),
        ("place", "a\x00b", "control"),
    ],
)
def test_bad_values_are_refused_with_a_clear_message(field, value, message):
    with pytest.raises(UsageError, match=message):
        parse_correction(field, value, CURRENT)


@pytest.mark.parametrize(
    "field, value, parsed",
    [
        ("date_start", "2020-02-29", "2020-02-29"),
        ("date_start", "2020-02", "2020-02"),
        ("killed_max", "12", 12),
        ("killed_min", "", None),
        ("country", "sy", "SY"),
        ("place", "  Old Town ", "Old Town"),
    ],
)
def test_good_values_are_parsed(field, value, parsed):
    assert parse_correction(field, value, CURRENT) == parsed


PAYLOAD = {"outcome": "killed", "group": "people", "min": 4, "max": None, "source": "officials", "text": "4"}


@pytest.mark.parametrize(
    "corrected, message",
    [
        ({"nonsense": 1}, "nonsense"),
        ({"min": "many"}, "min"),
        ({"min": -2}, "min"),
        ({"min": 10, "max": 3}, "max"),
        ({"outcome": ["killed"]}, "outcome"),
        ({"outcome": "vaporised"}, "outcome"),
        ({"min": True}, "min"),
    ],
)
def test_bad_claim_corrections_are_refused(corrected, message):
    with pytest.raises(UsageError, match=message):
        check_claim_correction("casualty", PAYLOAD, corrected)


def test_good_claim_correction():
    assert check_claim_correction("casualty", PAYLOAD, {"min": 5, "max": 7}) == {"min": 5, "max": 7}
