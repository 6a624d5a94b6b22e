"""`harmwatch demo DIR`: every report of a folder extracted and summarised, then a count table."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from harmwatch.cli import app
from harmwatch.cli.demo import collect
from tests.conftest import ROOT

REPORT = "Gunmen attacked a village near Kaduna on Sunday, killing 6 farmers, police said."


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a_report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b_page.html").write_text(
        f"<html><body><nav>Home</nav><article><p>{REPORT}</p><p>{REPORT.replace('6', 'six')}</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    lines = [json.dumps({"id": "n1", "text": REPORT}), "{broken", json.dumps({"id": "n3", "text": REPORT})]
    (tmp_path / "c_notes.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# not a report", encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n")
    return tmp_path


def test_collect_reads_every_report_and_skips_the_rest(folder):
    items = collect(folder)
    assert [it.name for it in items] == ["a_report.txt", "b_page.html", "c_notes.jsonl:n1", "c_notes.jsonl:2",
                                         "c_notes.jsonl:n3"]  # fmt: skip
    assert items[0].raw.text == REPORT and items[1].raw.html.startswith("<html>")
    assert items[3].raw is None and "invalid JSON" in items[3].error


@pytest.mark.parametrize("workers", ["1", "2"])
def test_demo_summarises_each_report_and_counts(folder, workers):
    res = CliRunner().invoke(app, ["demo", str(folder), "--workers", workers], env={"COLUMNS": "160"})
    assert res.exit_code == 1  # one bad JSONL line
    out = res.stdout
    for name in ("a_report.txt", "b_page.html", "c_notes.jsonl:n1", "c_notes.jsonl:n3"):
        assert out.count(name) >= 2, name  # its summary and its row of the table
    assert "README.md" not in out and "photo.png" not in out
    assert "What harmwatch found" in out
    assert "5 reports" in out and "1 failed" in out


def test_demo_on_the_bundled_examples_succeeds():
    res = CliRunner().invoke(app, ["demo", str(ROOT / "examples")], env={"COLUMNS": "160"})
    assert res.exit_code == 0, res.output
    n = len(collect(ROOT / "examples"))
    assert n >= 8
    assert f"{n} reports" in res.stdout


def test_demo_needs_a_folder(tmp_path):
    res = CliRunner().invoke(app, ["demo", str(tmp_path / "missing")])
    assert res.exit_code == 2
    assert "not a folder" in res.stderr
    res = CliRunner().invoke(app, ["demo", str(tmp_path)])
    assert res.exit_code == 2
    assert "no reports" in res.stderr
