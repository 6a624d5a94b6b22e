"""Exports as their users expect (issue 14): every ACLED row dated, precisions from the span and
the place, Gleditsch–Ward codes for UCDP, inter2 0 without a second actor, integers as integers."""

from __future__ import annotations

import io
import logging

import pandas as pd

from harmwatch.export.as_acled import acled_row, write_acled
from harmwatch.export.as_ucdp import ucdp_row, write_ucdp
from harmwatch.export.common import date_precision, ucdp_date_prec
from harmwatch.link.cluster import link_all
from harmwatch.link.summary import summarize
from tests.link.conftest import build_event


def _one(**kw):
    [s] = [summarize(i) for i in link_all([build_event("x1", **kw)])]
    return s


def test_an_incident_without_event_date_is_dated_by_its_earliest_source():
    s = _one(day=None, published="2023-06-02")
    row = acled_row(s)
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2023-06-02", "2023", "3")


def test_an_undated_incident_is_left_out_with_a_warning(caplog):
    s = _one(day=None)  # no date, and its source is not dated either
    out = io.StringIO()
    with caplog.at_level(logging.WARNING):
        n = write_acled([s, _one(day="2022-04-08")], out)
    assert n == 1 and s.key in caplog.text
    assert all(line.split(",")[1] for line in out.getvalue().splitlines()[1:])


def test_precisions_come_from_the_span():
    assert [
        date_precision("2022-04-08", e) for e in ("2022-04-08", "2022-04-12", "2022-05-01", "2023-10-08")
    ] == [
        1,
        2,
        3,
        3,
    ]
    assert [
        ucdp_date_prec("2022-04-08", e) for e in ("2022-04-08", "2022-04-10", "2022-04-15", "2022-05-01")
    ] == [
        1,
        2,
        3,
        4,
    ]
    assert ucdp_date_prec("2022-04-08", "2023-10-08") == 5
    assert ucdp_date_prec("2022-04", None) == 4  # a month given as such spans the month


def test_ucdp_uses_gleditsch_ward_codes_and_where_prec_from_the_place():
    town = ucdp_row(_one(town="Kramatorsk"))
    assert town["country_id"] == "369" and town["where_prec"] == "1"  # Ukraine: G-W 369 (ISO numeric 804)
    country = ucdp_row(_one(town="sy"))
    assert country["country_id"] == "652" and country["where_prec"] == "6"  # Syria: G-W 652 (ISO 760)


def test_inter2_is_0_without_a_second_actor():
    row = acled_row(_one(kind="Armed clash", town="Kramatorsk"))
    assert row["actor2"] == "" and row["inter2"] == "0" and row["interaction"] == "10"


def test_integer_columns_load_as_integers(summaries):
    out = io.StringIO()
    write_acled(summaries, out)
    df = pd.read_csv(io.StringIO(out.getvalue()))
    for col in ("year", "time_precision", "inter1", "inter2", "interaction"):
        assert pd.api.types.is_integer_dtype(df[col]), (col, df[col].dtype)
    out = io.StringIO()
    write_ucdp(summaries, out)
    df = pd.read_csv(io.StringIO(out.getvalue()))
    for col in ("year", "type_of_violence", "number_of_sources", "country_id", "where_prec", "date_prec"):
        assert pd.api.types.is_integer_dtype(df[col]), (col, df[col].dtype)
