"""`harmwatch extract` refuses what it cannot read, per line, instead of repairing it silently."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from harmwatch.cli import app

STORY = "An air strike hit a crowded market in Aleppo on Monday, killing five civilians, officials said."


def test_jsonl_line_with_invalid_utf8_is_an_error_for_that_line(tmp_path, nlp):
    src = tmp_path / "in.jsonl"
    good = json.dumps({"id": "a", "text": STORY}).encode()
    bad = b'{"id": "b", "text": "caf\xe9 bombed"}'
    src.write_bytes(good + b"\n" + bad + b"\n" + good.replace(b'"a"', b'"c"') + b"\n")
    res = CliRunner().invoke(app, ["extract", "--jsonl", str(src), "--workers", "1"])
    assert res.exit_code == 1
    assert "line 2" in res.stderr and "invalid UTF-8" in res.stderr
    out = [json.loads(x) for x in res.stdout.splitlines()]
    assert [o.get("id") for o in out if "error" not in o] == ["a", "c"]


def test_extract_refuses_an_oversized_file(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"An air strike. " * 400_000)
    res = CliRunner().invoke(app, ["extract", str(big)])
    assert res.exit_code == 1 and "oversized" in res.stderr
