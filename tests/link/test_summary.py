from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from harmwatch.link.cluster import link_all
from harmwatch.link.summary import figure_range, headline_figure, summarize
from harmwatch.records import Casualty, Incident, SourceFigure


def fig(doc: str, lo: int | None, hi: int | None) -> SourceFigure:
    return SourceFigure(document_id=doc, outlet=None, url=None, min=lo, max=hi)


def test_figure_range_min_of_mins_max_of_maxes_and_disagreement():
    r = figure_range([fig("a", 39, None), fig("b", 50, 50), fig("c", 30, 35)])
    assert (r.low, r.high, r.best) == (30, 50, 39)
    assert r.disagreement == 0.4  # (50 - 30) / 50
    assert [f.document_id for f in r.by_source] == ["a", "b", "c"]


def test_figure_range_unknown_is_none_never_zero():
    r = figure_range([])
    assert (r.low, r.high, r.best, r.disagreement) == (None, None, None, None)
    one = figure_range([fig("a", None, 100)])  # "up to 100"
    assert (one.low, one.high, one.disagreement) == (100, 100, 0.0)


@given(st.lists(st.tuples(st.integers(0, 500), st.integers(0, 200)), min_size=1, max_size=6))
def test_figure_range_bounds_every_source(pairs):
    figs = [fig(str(i), lo, lo + extra) for i, (lo, extra) in enumerate(pairs)]
    r = figure_range(figs)
    assert r.low == min(f.min for f in figs)
    assert r.high == max(f.max for f in figs)
    assert r.low <= r.best <= r.high
    assert 0.0 <= r.disagreement <= 1.0


def test_headline_figure_prefers_the_largest_read_figure(make_event):
    ev = replace(
        make_event("a", killed=None),
        casualties=(
            Casualty(outcome="killed", min=12, max=12, group="children", text="12 children"),
            Casualty(outcome="killed", min=40, max=None, text="at least 40 people"),
            Casualty(outcome="killed", min=100, max=None, vague=True, text="hundreds"),
            Casualty(outcome="killed", min=52, max=52, derived=True),
            Casualty(outcome="injured", min=None, max=None),
        ),
    )
    h = headline_figure(ev, "killed")
    assert (h.min, h.max, h.text) == (40, None, "at least 40 people")
    assert headline_figure(ev, "injured") is None


def test_summary_of_linked_reports(make_event):
    events = [
        make_event("a1", day="2022-04-08", killed=(39, None), perp="Russian forces"),
        make_event("a2", day="2022-04-08", killed=(50, 50), perp="Russia", deny="Defence ministry"),
        make_event("a3", day="2022-04-09", killed=None, perp="unknown"),
    ]
    (inc,) = link_all(events)
    s = summarize(inc)
    assert s.documents == ("a1", "a2", "a3")
    assert (s.date_start, s.date_end) == ("2022-04-08", "2022-04-09")
    assert s.place.name == "Kramatorsk" and s.place.admin1 == "Donetsk Oblast"
    assert s.sub_event_type == "Shelling/artillery/missile attack"
    assert s.event_type == "Explosions/Remote violence"
    assert [(p.name, p.attributed_by) for p in s.perpetrators] == [("Russian forces", ("a1", "a2"))]
    assert (s.killed.low, s.killed.high) == (39, 50)
    assert [f.document_id for f in s.killed.by_source] == ["a1", "a2"]
    assert s.injured.low is None
    assert s.contested is True
    assert [(d.party, d.document_id) for d in s.denials] == [("Defence ministry", "a2")]
    assert [r.document_id for r in s.sources] == ["a1", "a2", "a3"]


def test_summary_without_figures_dates_or_place(make_event):
    s = summarize(Incident(key="inc-x", events=(make_event("a", town=None, day=None, killed=None),)))
    assert (s.date_start, s.place, s.killed.low, s.contested) == (None, None, None, False)
