"""`harmwatch extract` through Typer's CliRunner: files, stdin, HTML, text summary, JSONL batches."""

from __future__ import annotations

import json

import pytest

from harmwatch.cli import app
from tests.span_check import assert_spans_index_text

REPORT = (
    "Artillery shells struck a crowded bus station in Kramatorsk on Friday, killing at least 9 civilians "
    "and wounding 31, the regional governor said.\n\n"
    '"The bus was full of people leaving the city," said Taras Bondar, a volunteer driver.'
)
PAGE = """<!DOCTYPE html><html><head><title>Strike hits bus station</title>
<meta property="article:published_time" content="2023-04-14T08:00:00+00:00"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">Worldwide</a></li>
<li><a href="/weather">Weatherdesk</a></li></ul></nav>
<article><h1>Strike hits bus station</h1>
<p>Artillery shells struck a crowded bus station in Kramatorsk on Friday, killing at least 9 civilians
and wounding 31, the regional governor said.</p>
<p>Rescue workers searched the wreckage of three buses until late in the evening, and the city
council announced a day of mourning for the victims of the attack.</p>
<p>The governor said most of the dead had been waiting for an evacuation bus to the west of the country.</p>
</article>
<footer><p>Contact the newsroom</p><p>&copy; 2023 Plainsview Media</p></footer></body></html>"""

CONTRACT_KEYS = {
    "id", "url", "published", "language", "title", "extractor_version", "events", "aggregates",
    "allegations", "responses", "quotes", "evidence", "text", "removed",
}  # fmt: skip


def test_extract_file_gives_the_contract(runner, tmp_path):
    f = tmp_path / "report.txt"
    f.write_text(REPORT, encoding="utf-8")
    res = runner.invoke(
        app, ["extract", str(f), "--published", "2023-04-15", "--url", "https://example.org/a"]
    )
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert set(out) == CONTRACT_KEYS
    assert out["id"] == str(f)
    assert out["url"] == "https://example.org/a"
    assert out["published"] == "2023-04-15"
    assert out["language"] == "en"
    assert out["text"].startswith("Artillery shells struck")
    assert out["extractor_version"].startswith("harmwatch-")
    assert_spans_index_text(out)


def test_extract_stdin(runner):
    res = runner.invoke(app, ["extract", "-"], input=REPORT)
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["id"] is None
    assert "Kramatorsk" in out["text"]
    assert_spans_index_text(out)


def test_extract_html_keeps_the_article_and_drops_the_chrome(runner, tmp_path):
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f)])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert "crowded bus station in Kramatorsk" in out["text"]
    for chrome in ("Weatherdesk", "Contact the newsroom", "Plainsview"):
        assert chrome not in out["text"]
    assert out["published"] == "2023-04-14"  # from the page's metadata (htmldate)
    assert_spans_index_text(out)


def test_extract_format_text_is_a_summary_not_json(runner, tmp_path):
    f = tmp_path / "bus.txt"
    f.write_text(REPORT, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(f), "--format", "text"])
    assert res.exit_code == 0, res.output
    assert str(f) in res.stdout.replace("\n", "")
    with pytest.raises(json.JSONDecodeError):
        json.loads(res.stdout)


def test_extract_missing_file_is_one_error_line(runner, tmp_path):
    res = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert res.exit_code == 1
    assert res.stdout == ""
    assert res.stderr.strip() == f"harmwatch: error: {tmp_path / 'nope.txt'}: no such file"


def test_extract_binary_file_is_refused(runner, tmp_path):
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    res = runner.invoke(app, ["extract", str(f)])
    assert res.exit_code == 1
    assert "looks binary" in res.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [([], "give a FILE"), (["x.txt", "--jsonl", "y.jsonl"], "not both")],
)
def test_extract_usage_errors_exit_2(runner, args, message):
    res = runner.invoke(app, ["extract", *args])
    assert res.exit_code == 2
    assert message in res.stderr


def _batch_lines() -> str:
    good = {"id": "a-1", "text": REPORT, "published": "2023-04-15", "language": "en"}
    other = {
        "id": "a-3",
        "text": "Gunmen attacked a checkpoint near Kaduna, killing 4 police officers.",
        "language": "en",
    }
    page = {"id": "a-5", "html": PAGE, "url": "https://example.org/bus"}
    return "\n".join([
        json.dumps(good),
        '{"id": "a-2", "text": "unterminated',  # invalid JSON
        json.dumps(other),
        json.dumps({"id": "a-4", "body": "no text field"}),
        "",  # blank lines are skipped
        json.dumps(page),
    ]) + "\n"  # fmt: skip


@pytest.mark.parametrize("workers", ["1", "2"])
def test_jsonl_batch_with_bad_lines_goes_on_and_exits_1(runner, tmp_path, workers):
    f = tmp_path / "in.jsonl"
    f.write_text(_batch_lines(), encoding="utf-8")
    res = runner.invoke(app, ["extract", "--jsonl", str(f), "--workers", workers])
    assert res.exit_code == 1
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["a-1", None, "a-3", "a-4", "a-5"]
    assert set(rows[1]) == {"id", "error"} and "invalid JSON" in rows[1]["error"]
    assert set(rows[3]) == {"id", "error"} and "'text' or 'html'" in rows[3]["error"]
    for r in (rows[0], rows[2], rows[4]):
        assert set(r) == CONTRACT_KEYS
        assert_spans_index_text(r)
    assert rows[4]["url"] == "https://example.org/bus"
    assert "crowded bus station" in rows[4]["text"]
    assert "line 2" in res.stderr and "line 4" in res.stderr
    assert "2 of 5 documents failed" in res.stderr


def test_jsonl_batch_from_stdin_all_good_exits_0(runner):
    lines = "".join(json.dumps({"id": f"s{i}", "text": REPORT}) + "\n" for i in range(3))
    res = runner.invoke(app, ["extract", "--jsonl", "-", "--workers", "1"], input=lines)
    assert res.exit_code == 0, res.output
    assert [json.loads(line)["id"] for line in res.stdout.splitlines()] == ["s0", "s1", "s2"]
    assert res.stderr == ""
