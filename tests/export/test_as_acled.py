from __future__ import annotations

import io

import pandas as pd

from harmwatch.export.as_acled import ACLED_COLUMNS, write_acled

OFFICIAL_ORDER = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 "
    "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country "
    "admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes fatalities "
    "tags timestamp"
).split()


def load(summaries, **kw) -> pd.DataFrame:
    buf = io.StringIO()
    assert write_acled(summaries, buf, **kw) == len(summaries)
    buf.seek(0)
    return pd.read_csv(buf, dtype=str, keep_default_na=False)


def test_acled_csv_has_the_31_columns_in_order(summaries):
    df = load(summaries, timestamp=1700000000)
    assert len(ACLED_COLUMNS) == 31
    assert list(df.columns) == OFFICIAL_ORDER == list(ACLED_COLUMNS)
    assert len(df) == 3


def test_acled_values(summaries):
    df = load(summaries, timestamp=1700000000).set_index("location")
    ua = df.loc["Kramatorsk"]
    assert ua["event_date"] == "2022-04-08" and ua["year"] == "2022" and ua["time_precision"] == "1"
    assert ua["event_type"] == "Explosions/Remote violence"
    assert ua["fatalities"] == "39"  # the lowest reported figure
    assert ua["iso"] == "804" and ua["country"] == "Ukraine" and ua["region"] == "Europe"
    assert ua["latitude"] == "48.72" and ua["longitude"] == "37.56"
    assert ua["actor1"] == "Russian forces" and ua["inter1"] == "1"
    assert ua["tags"].startswith("contested")
    assert ua["timestamp"] == "1700000000"
    assert ua["source"] == "outlet-a1.example; outlet-a2.example"


def test_unknown_figures_are_0_as_in_acled_and_tagged(summaries):
    df = load(summaries)
    unknown = df[df["location"] != "Kramatorsk"]
    assert list(unknown["fatalities"]) == ["0", "0"]
    assert all("fatalities unknown" in t for t in unknown["tags"])
    assert "fatalities unknown" not in df[df["location"] == "Kramatorsk"].iloc[0]["tags"]
    country_only = df[df["location"] == ""].iloc[0]
    assert country_only["event_date"] == "2016-05-02" and country_only["time_precision"] == "3"  # its source
    assert country_only["geo_precision"] == "3"  # the country's point
    assert 32 < float(country_only["latitude"]) < 37.5 and 35.5 < float(country_only["longitude"]) < 42.5
    assert country_only["actor1"] == "Unidentified Armed Group (Syria)"
    assert country_only["inter1"] == "3"
