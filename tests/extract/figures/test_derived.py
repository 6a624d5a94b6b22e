"""Derived figures: a summed list keeps the bounds of its parts."""

from __future__ import annotations

from harmwatch.extract.figures.derived import derive
from harmwatch.records import Casualty


def _c(lo, hi, group, **kw) -> Casualty:
    return Casualty(outcome="killed", min=lo, max=hi, group=group, **kw)


def test_exact_parts_sum_exactly():
    chain = [(_c(3, 3, "soldiers"), False), (_c(2, 2, "civilians"), False)]
    [total] = [c for c in derive([], [chain]) if c.derived]
    assert (total.min, total.max, total.approximate) == (5, 5, False)


def test_an_open_part_leaves_the_total_open_and_no_exact_lead_range():
    lead = _c(200, None, "civilians", text="at least 200 civilians")
    chain = [(lead, False), (_c(12, 12, "fighters", approximate=True), False)]
    derived = derive([lead], [chain])
    assert [(c.min, c.max, c.approximate) for c in derived] == [(212, None, True)]


def test_a_vague_part_opens_the_total():
    chain = [(_c(5, 5, "soldiers"), False), (_c(12, 12, "civilians", vague=True), False)]
    [total] = derive([], [chain])
    assert (total.min, total.max) == (17, None)


def test_an_open_lead_figure_alone_still_reads_as_its_least_value():
    lead = _c(40, None, "people", text="at least 40 people")
    assert [(c.min, c.max) for c in derive([lead], [])] == [(40, 40)]
