from __future__ import annotations

import io

import pandas as pd

from harmwatch.export.as_ucdp import UCDP_COLUMNS, write_ucdp


def test_ucdp_best_low_high_and_unknowns_0_with_a_flag(summaries):
    buf = io.StringIO()
    write_ucdp(summaries, buf)
    buf.seek(0)
    df = pd.read_csv(buf, dtype=str, keep_default_na=False)
    assert list(df.columns) == list(UCDP_COLUMNS)
    ua = df[df["where_coordinates"] == "Kramatorsk"].iloc[0]
    assert (ua["low"], ua["best"], ua["high"]) == ("39", "39", "50")
    assert ua["geom_wkt"] == "POINT (37.56 48.72)"
    assert ua["type_of_violence"] == "3" and ua["number_of_sources"] == "2"
    assert (ua["deaths_reported"], ua["injured_reported"]) == ("1", "0")
    other = df[df["where_coordinates"] != "Kramatorsk"]
    assert set(other["best"]) == set(other["low"]) == set(other["high"]) == {"0"}
    assert set(other["deaths_reported"]) == {"0"}
