"""Every match of a claim pattern contains one of its trigger words (the cheap prefilter is safe)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harmwatch.extract.evidence import EVIDENCE
from harmwatch.extract.speech.allegations import CHARGES
from harmwatch.extract.speech.responses import STANCES

CUES = [
    pytest.param(cue, id=f"{name}:{cue[0]}")
    for name, table in (("charge", CHARGES), ("stance", STANCES), ("evidence", EVIDENCE))
    for cue in table
]


# one strategy per pattern, built once: building it parses the pattern, and the biggest patterns
# (a speech verb before any of a class's words) are tens of thousands of characters long
_STRATEGIES: dict[str, st.SearchStrategy[str]] = {}


def _texts(pattern):
    if pattern.pattern not in _STRATEGIES:
        _STRATEGIES[pattern.pattern] = st.from_regex(pattern, fullmatch=False)
    return _STRATEGIES[pattern.pattern]


@pytest.mark.parametrize("cue", CUES)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(data=st.data())
def test_matches_contain_a_trigger(cue, data):
    _, triggers, pattern = cue
    text = data.draw(_texts(pattern))
    for m in pattern.finditer(text):
        assert any(t in m.group().lower() for t in triggers), m.group()
