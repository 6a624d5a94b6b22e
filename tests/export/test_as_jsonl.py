from __future__ import annotations

import io
import json

from hypothesis import given
from hypothesis import strategies as st

from harmwatch.export.as_jsonl import read_jsonl, write_jsonl
from harmwatch.link.cluster import link_all
from harmwatch.link.summary import summarize
from tests.link.conftest import build_event


def test_jsonl_round_trip_keeps_every_source_and_claim(summaries):
    buf = io.StringIO()
    assert write_jsonl(summaries, buf) == 3
    lines = buf.getvalue().splitlines()
    first = next(d for d in map(json.loads, lines) if d["place"]["name"] == "Kramatorsk")
    assert first["documents"] == ["a1", "a2"]
    assert [s["url"] for s in first["sources"]] == [
        "https://www.outlet-a1.example/news/a1",
        "https://www.outlet-a2.example/news/a2",
    ]
    assert first["sources"][1]["responses"][0]["stance"] == "deny"
    assert first["killed"]["by_source"][0]["min"] == 39 and first["killed"]["by_source"][0]["max"] is None
    assert list(read_jsonl(lines)) == summaries


@given(st.lists(st.one_of(st.none(), st.integers(0, 10_000)), min_size=1, max_size=5))
def test_jsonl_round_trip_of_any_figures(mins):
    events = [build_event(f"d{i}", killed=(m, None) if m is not None else None) for i, m in enumerate(mins)]
    summaries = [summarize(i) for i in link_all(events)]
    buf = io.StringIO()
    write_jsonl(summaries, buf)
    assert list(read_jsonl(buf.getvalue().splitlines())) == summaries
    known = [m for m in mins if m is not None]
    assert summaries[0].killed.low == (min(known) if known else None)
