from __future__ import annotations

import io
import json

from shapely.geometry import shape

from harmwatch.export.as_geojson import write_geojson


def test_geojson_reads_with_shapely_in_lon_lat_order(summaries):
    buf = io.StringIO()
    assert write_geojson(summaries, buf) == 3
    fc = json.loads(buf.getvalue())
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    by_place = {f["properties"]["place"]: f for f in fc["features"]}
    point = shape(by_place["Kramatorsk"]["geometry"])
    assert (point.x, point.y) == (37.56, 48.72)  # longitude first (RFC 7946)
    assert by_place["Aleppo"]["properties"]["killed_low"] is None
    country_only = by_place["sy"]
    assert country_only["geometry"] is None
    assert by_place["Kramatorsk"]["properties"]["killed_low"] == 39
    assert by_place["Kramatorsk"]["properties"]["documents"] == ["a1", "a2"]
