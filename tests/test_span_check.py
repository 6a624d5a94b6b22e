"""The span checker itself must catch a wrong span (else every test using it could not fail)."""

import pytest

from tests.span_check import assert_spans_index_text, spans_in

GOOD = {
    "text": "Shells hit Kharkiv, killing 6 people.",
    "events": [
        {
            "span": [0, 37],
            "locations": [{"name": "Kharkiv", "text": "Kharkiv", "span": [11, 18]}],
            "casualties": [{"min": 6, "text": "6 people", "span": [28, 36]}],
        }
    ],
    "removed": [{"text": "Advertisement", "reason": "advertisement", "raw_span": [0, 13]}],
}


def test_walks_nested_claims_and_skips_removed():
    assert [p for p, _, _ in spans_in(GOOD)] == ["$.events[0].locations[0]", "$.events[0].casualties[0]"]
    assert assert_spans_index_text(GOOD) == 2


def test_fails_on_a_shifted_span():
    bad = {"text": GOOD["text"], "quotes": [{"speaker": None, "text": "6 people", "span": [27, 35]}]}
    with pytest.raises(AssertionError, match="quotes"):
        assert_spans_index_text(bad)


def test_fails_on_a_span_past_the_end():
    bad = {"text": "short", "aggregates": [{"number": 5, "text": "", "span": [9, 9]}]}
    with pytest.raises(AssertionError, match="outside"):
        assert_spans_index_text(bad)
