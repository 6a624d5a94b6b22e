"""Incident summaries for export tests, built by linking events written for the tests."""

from __future__ import annotations

import pytest

from harmwatch.link.cluster import link_all
from harmwatch.link.summary import summarize
from tests.link.conftest import build_event


@pytest.fixture
def summaries():
    events = [
        build_event("a1", town="Kramatorsk", day="2022-04-08", killed=(39, None)),
        build_event("a2", town="Kramatorsk", day="2022-04-08", killed=(50, 50), deny="Defence ministry"),
        build_event(
            "b1",
            town="Aleppo",
            day="2016-04-27",
            kind="Air/drone strike",
            perp="Syrian government",
            killed=None,
        ),  # no figure given
        build_event(
            "c1", town="sy", day=None, kind="Attack", perp="unknown", killed=None, published="2016-05-02"
        ),  # country only; dated only by its source
    ]
    return [summarize(i) for i in link_all(events)]
