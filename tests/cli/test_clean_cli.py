"""`harmwatch clean` through Typer's CliRunner: a file, stdin, --json, and --jsonl batches."""

from __future__ import annotations

import json

import pytest

from harmwatch.cli import app

SCRAPED = (
    "Advertisement\n\n"
    "Sniper fire kills two at water point\n\n"
    "Two men queuing for water in the old town were shot dead on Thursday, the town council said.\n\n"
    "Copyright © 2024 The Plainsview Courier."
)
CLEANED = (
    "Sniper fire kills two at water point\n\n"
    "Two men queuing for water in the old town were shot dead on Thursday, the town council said."
)
PAGE = """<!DOCTYPE html><html><head><title>Sniper fire kills two</title></head><body>
<article><h1>Sniper fire kills two</h1>
<p>Two men queuing for water in the old town were shot dead on Thursday, the town council said in a
statement read out on local radio in the evening.</p>
<p>The council asked residents to use the eastern water point, which is out of sight of the hills,
until further notice, and promised to bring tanker trucks into the district.</p>
</article></body></html>"""


def test_clean_text_file(runner, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(SCRAPED, encoding="utf-8")
    result = runner.invoke(app, ["clean", str(path)])
    assert result.exit_code == 0
    assert result.stdout == CLEANED + "\n"
    assert "[removed advertisement] Advertisement" in result.stderr
    assert "[removed copyright] Copyright © 2024 The Plainsview Courier." in result.stderr


def test_clean_stdin_as_json(runner):
    result = runner.invoke(app, ["clean", "-", "--json"], input=SCRAPED)
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    assert out["text"] == CLEANED
    assert SCRAPED.index("Copyright") == 147
    assert out["removed"] == [
        {"text": "Advertisement", "reason": "advertisement", "raw_span": [0, 13]},
        {"text": "Copyright © 2024 The Plainsview Courier.", "reason": "copyright", "raw_span": [147, 187]},
    ]


def test_clean_html_file(runner, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(app, ["clean", str(path)])
    assert result.exit_code == 0
    assert result.stdout.startswith("Sniper fire kills two\n\nTwo men queuing for water")


def test_clean_jsonl_batch_goes_on_after_a_bad_line(runner, tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "text": SCRAPED}),
        "{not json",
        json.dumps({"id": "c", "url": "https://example.org/x", "html": PAGE}),
        json.dumps({"id": "d", "body": "no text field"}),
        json.dumps({"id": "e", "html": "<html><body><div> </div></body></html>"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["clean", "--jsonl", str(path)])
    assert result.exit_code == 1
    outs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in outs] == ["a", None, "c", "d", "e"]
    assert outs[0]["text"] == CLEANED
    assert [r["reason"] for r in outs[0]["removed"]] == ["advertisement", "copyright"]
    assert set(outs[1]) == {"id", "error"}
    assert outs[2]["text"].startswith("Sniper fire kills two")
    assert outs[3] == {"id": "d", "error": "needs a 'text' or 'html' string"}
    assert outs[4] == {"id": "e", "error": "no main text found in the HTML page"}
    assert "line 2:" in result.stderr


def test_clean_jsonl_all_good_exits_0(runner, tmp_path):
    path = tmp_path / "ok.jsonl"
    path.write_text(json.dumps({"id": 7, "text": SCRAPED}) + "\n\n", encoding="utf-8")
    result = runner.invoke(app, ["clean", "--jsonl", str(path)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == 7


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["clean"], 2, "give a FILE, - for stdin, or --jsonl FILE"),
        (["clean", "/nonexistent/report.txt"], 1, "no such file"),
        (["clean", "--jsonl", "/nonexistent/batch.jsonl"], 1, "no such file"),
    ],
)
def test_clean_errors(runner, args, code, message):
    result = runner.invoke(app, args)
    assert result.exit_code == code
    assert message in result.stderr
