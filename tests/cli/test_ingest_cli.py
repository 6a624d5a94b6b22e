from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from harmwatch.cli import app
from tests.ingest.synthetic import report

runner = CliRunner()

ATTACK_A = (
    "An air strike hit a market in Aleppo on Tuesday and killed at least 12 civilians, local officials said."
)
ATTACK_B = "Shelling struck a school in Kharkiv on Monday, killing 4 people and wounding 9 others, the governor said."


def hw(db_url: str, *args: str, input: str | None = None):
    return runner.invoke(app, ["--db", db_url, *args], input=input, env={"COLUMNS": "200"})


@pytest.fixture
def reports(tmp_path):
    d = tmp_path / "reports"
    d.mkdir()
    with (d / "batch.jsonl").open("w") as f:
        f.write(
            json.dumps(
                {"id": "a1", "text": ATTACK_A, "published": "2016-10-12", "url": "https://www.one.example/a"}
            )
            + "\n"
        )
        f.write(
            json.dumps(
                {"id": "b1", "text": ATTACK_B, "published": "2022-05-10", "url": "https://two.example/b"}
            )
            + "\n"
        )
    return d


def test_ingest_then_stats_and_reingest_adds_nothing(db_url, reports, nlp):
    r = hw(db_url, "ingest", "--workers", "1", str(reports))
    assert r.exit_code == 0, r.output
    assert "ingested 2 new, 0 already stored, 0 failed" in r.stderr
    stats = json.loads(hw(db_url, "stats", "--format", "json").stdout)
    assert (stats["documents"], stats["errors"]) == (2, 0)
    assert stats["claims"] > 0 and stats["incidents"] == 2
    r = hw(db_url, "ingest", "--workers", "1", "--format", "json", str(reports / "batch.jsonl"))
    assert r.exit_code == 0
    summary = json.loads(r.stdout)
    assert (summary["added"], summary["duplicates"], summary["failed"]) == (0, 2, 0)
    assert json.loads(hw(db_url, "stats", "--format", "json").stdout) == stats


def test_bad_inputs_set_the_exit_code_and_the_rest_is_ingested(db_url, tmp_path, nlp):
    (tmp_path / "ok.txt").write_text(report(5))
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "bad.jsonl").write_text('{"id": 1, "text": "x"\n')
    locker = tmp_path.parent / f"{tmp_path.name}-evidence"  # a URL ingest needs one (PostgreSQL)
    r = hw(
        db_url, "--evidence-dir", str(locker), "ingest", "--workers", "1", str(tmp_path), "http://127.0.0.1/x"
    )
    assert r.exit_code == 1
    assert f"harmwatch: {tmp_path / 'empty.md'}: empty: no text" in r.stderr
    assert f"harmwatch: {tmp_path / 'bad.jsonl'}:1: malformed JSON line" in r.stderr
    assert "harmwatch: http://127.0.0.1/x: refused: 127.0.0.1 is a loopback address" in r.stderr
    assert "ingested 1 new, 0 already stored, 3 failed" in r.stderr
    stats = json.loads(hw(db_url, "stats", "--format", "json").stdout)
    assert (stats["documents"], stats["errors"]) == (1, 3)


def test_ingest_from_stdin(db_url, nlp):
    r = hw(db_url, "ingest", "--workers", "1", "-", input=ATTACK_B)
    assert r.exit_code == 0, r.output
    assert json.loads(hw(db_url, "stats", "--format", "json").stdout)["documents"] == 1


def test_incidents_jsonl_csv_table_filters_show_and_link(db_url, reports, nlp):
    assert hw(db_url, "ingest", "--workers", "1", str(reports)).exit_code == 0
    lines = [json.loads(x) for x in hw(db_url, "incidents", "--format", "jsonl").stdout.splitlines()]
    assert sorted(x["documents"][0] for x in lines) == ["a1", "b1"]
    by_doc = {x["documents"][0]: x for x in lines}
    src = by_doc["a1"]["sources"][0]
    assert (src["url"], src["outlet"]) == ("https://www.one.example/a", "one.example")
    assert set(src["killed"]) >= {"min", "max"} and set(src["injured"]) >= {"min", "max"}

    only = hw(db_url, "incidents", "--format", "jsonl", "--country", "ua").stdout.splitlines()
    assert [json.loads(x)["documents"] for x in only] == [["b1"]]
    only = hw(db_url, "incidents", "--format", "jsonl", "--min-killed", "10").stdout.splitlines()
    assert [json.loads(x)["documents"] for x in only] == [["a1"]]

    rows = list(csv.DictReader(io.StringIO(hw(db_url, "incidents", "--format", "csv").stdout)))
    assert sorted(r["documents"] for r in rows) == ["a1", "b1"]
    assert all(r["injured_max"] == "" or int(r["injured_max"]) > 0 for r in rows)  # unknown is blank, never 0

    table = hw(db_url, "incidents")
    assert table.exit_code == 0 and "Aleppo" in table.stdout and "Kharkiv" in table.stdout

    bad = hw(db_url, "incidents", "--since", "last week")
    assert bad.exit_code == 2 and "--since: expected YYYY-MM-DD" in bad.stderr

    inc_id = str(by_doc["a1"]["id"])
    shown = json.loads(hw(db_url, "show", inc_id, "--format", "json").stdout)
    assert shown["documents"] == ["a1"]
    words = [c["words"] for c in shown["sources"][0]["claims"]]
    assert words and all(w in ATTACK_A for w in words)  # every claim shows its own words
    text = hw(db_url, "show", inc_id)
    assert text.exit_code == 0 and f"Incident {inc_id}" in text.stdout
    missing = hw(db_url, "show", "999")
    assert missing.exit_code == 1 and "no incident 999" in missing.stderr

    relinked = hw(db_url, "link", "--rebuild")
    assert relinked.exit_code == 0 and "linked 2 events; 2 incidents" in relinked.stderr
    again = [json.loads(x) for x in hw(db_url, "incidents", "--format", "jsonl").stdout.splitlines()]
    assert sorted(x["documents"] for x in again) == sorted(x["documents"] for x in lines)


def test_db_option_and_environment(tmp_path, monkeypatch, nlp):
    monkeypatch.setenv("HARMWATCH_DB", f"sqlite:///{tmp_path / 'env.db'}")
    assert runner.invoke(app, ["stats"]).exit_code == 0
    assert (tmp_path / "env.db").exists()
    assert runner.invoke(app, ["--db", str(tmp_path / "flag.db"), "stats"]).exit_code == 0
    assert (tmp_path / "flag.db").exists()  # a bare path is a SQLite file; the flag wins over the environment
    bad = runner.invoke(app, ["--db", "postgresql+psycopg://u:p@127.0.0.1:9/x?connect_timeout=2", "stats"])
    assert bad.exit_code == 3 and "cannot open database" in bad.stderr
