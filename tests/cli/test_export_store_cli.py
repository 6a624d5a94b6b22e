"""`harmwatch export` and `report` read the store's incidents (the writers are tested in tests/export/)."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from shapely.geometry import shape
from typer.testing import CliRunner

from harmwatch.cli import app
from tests.cli.test_ingest_cli import ATTACK_A, ATTACK_B

runner = CliRunner()


def hw(db_url: str, *args: str):
    return runner.invoke(app, ["--db", db_url, *args])


@pytest.fixture
def store(db_url, tmp_path, nlp) -> str:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a1", "text": ATTACK_A, "published": "2016-10-12", "url": "https://one.example/a"})
        + "\n"
        + json.dumps(
            {"id": "b1", "text": ATTACK_B, "published": "2022-05-10", "url": "https://two.example/b"}
        )
        + "\n"
    )
    assert hw(db_url, "ingest", "--workers", "1", str(src)).exit_code == 0
    return db_url


def test_acled_export_loads_with_pandas_with_31_columns(store, tmp_path):
    out = tmp_path / "acled.csv"
    r = hw(store, "export", "--format", "acled", "--out", str(out))
    assert r.exit_code == 0 and "exported 2 incidents as acled" in r.stderr
    df = pd.read_csv(out)
    assert df.shape == (2, 31)
    assert list(df.columns)[:3] == ["event_id_cnty", "event_date", "year"]
    assert sorted(df["source"]) == ["one.example", "two.example"]  # the outlets
    assert sorted(df["fatalities"]) == [4, 12]


def test_geojson_export_reads_with_shapely_and_filters_apply(store, tmp_path):
    out = tmp_path / "x.geojson"
    assert hw(store, "export", "--format", "geojson", "--out", str(out), "--country", "UA").exit_code == 0
    fc = json.loads(out.read_text())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 1
    point = shape(fc["features"][0]["geometry"])
    assert point.geom_type == "Point" and 49 < point.y < 51 and 35 < point.x < 37  # Kharkiv


def test_jsonl_export_to_stdout_and_html_report(store, tmp_path):
    r = hw(store, "export", "--format", "jsonl", "--out", "-")
    assert r.exit_code == 0 and len(r.stdout.splitlines()) == 2
    out = tmp_path / "r.html"
    r = hw(store, "report", "--out", str(out), "--min-killed", "10")
    assert r.exit_code == 0 and "report of 1 incidents" in r.stderr
    html = out.read_text()
    assert html.lstrip().lower().startswith("<!doctype html") and "<svg" in html and "Aleppo" in html
    assert "<script" not in html.lower()
    bad = hw(store, "report", "--out", str(tmp_path / "r.pdf"))
    assert bad.exit_code == 2 and "name it FILE.html" in bad.stderr
