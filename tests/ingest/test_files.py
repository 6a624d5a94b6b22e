from __future__ import annotations

import json

from harmwatch.ingest.files import iter_jsonl
from harmwatch.ingest.items import Failure, IngestOptions, Item
from harmwatch.ingest.sources import iter_inputs

OPTS = IngestOptions(max_bytes=10_000)


def test_directory_is_read_recursively_by_suffix(tmp_path):
    (tmp_path / "a.txt").write_text("Gunmen attacked a bus near Gao.")
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "b.html").write_text("<html><body><p>A drone hit a wedding.</p></body></html>")
    (tmp_path / "sub" / "deeper" / "c.md").write_text("# Shelling\n\nShells fell on a school.")
    (tmp_path / "sub" / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # not a kind harmwatch reads: skipped
    (tmp_path / ".hidden.txt").write_text("skipped")
    got = list(iter_inputs([str(tmp_path)], OPTS, fetcher=None))
    assert [(type(g).__name__, g.source.removeprefix(str(tmp_path)), g.kind) for g in got] == [
        ("Item", "/a.txt", "text"),
        ("Item", "/sub/b.html", "html"),
        ("Item", "/sub/deeper/c.md", "text"),
    ]
    assert got[0].data == b"Gunmen attacked a bus near Gao."
    assert got[0].input_id == str(tmp_path / "a.txt")


def test_missing_path_is_a_failure():
    [f] = list(iter_inputs(["/no/such/file.txt"], OPTS, fetcher=None))
    assert f == Failure("/no/such/file.txt", "unreadable: no such file or directory")


def test_oversized_file_is_a_failure(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("x" * 10_001)
    [f] = list(iter_inputs([str(p)], OPTS, fetcher=None))
    assert isinstance(f, Failure) and f.reason == "oversized: 10,001 bytes (limit 10,000)"


def test_jsonl_lines_become_items_and_bad_lines_failures():
    lines = [
        json.dumps(
            {
                "id": "r1",
                "text": "A strike hit Idlib.",
                "url": "https://x.org/1",
                "published": "2020-02-03",
                "language": "en",
            }
        ).encode(),
        b"",
        b"{not json",
        json.dumps(["a", "list"]).encode(),
        json.dumps({"id": "r4", "body": "no text field"}).encode(),
        json.dumps({"id": 5, "html": "<p>Shelling in Donetsk.</p>"}).encode(),
        '{"id": "r6", "text": "caf\xe9"}'.encode("latin-1"),
        json.dumps({"text": "x" * 20_000}).encode(),
    ]
    got = list(iter_jsonl(lines, "in.jsonl", OPTS))
    assert got[0] == Item(
        source="in.jsonl:1",
        data=b"A strike hit Idlib.",
        kind="text",
        input_id="r1",
        url="https://x.org/1",
        published="2020-02-03",
        language="en",
    )
    assert [(g.source, g.reason) for g in got[1:] if isinstance(g, Failure)] == [
        (
            "in.jsonl:3",
            "malformed JSON line: Expecting property name enclosed in double quotes (at character 1)",
        ),
        ("in.jsonl:4", "malformed JSON line: expected an object"),
        ("in.jsonl:5", "malformed JSON line: needs a 'text' or 'html' string"),
        ("in.jsonl:7", "invalid UTF-8 at byte 25"),
        ("in.jsonl:8", "oversized: 20,012 bytes (limit 10,000)"),
    ]
    html = got[4]
    assert (html.kind, html.input_id, html.data) == ("html", "5", b"<p>Shelling in Donetsk.</p>")


def test_stdin_jsonl_and_stdin_single_document(tmp_path):
    import io

    stream = io.BytesIO(
        b'{"id": "s1", "text": "Rockets hit Sderot."}\n{"id": "s2", "text": "A blast in Kabul."}\n'
    )
    got = list(iter_inputs(["-"], OPTS, fetcher=None, stdin=stream))
    assert [g.input_id for g in got] == ["s1", "s2"]
    stream = io.BytesIO(b"<html><body><p>Troops fired on protesters.</p></body></html>")
    [one] = list(iter_inputs(["-"], OPTS, fetcher=None, stdin=stream))
    assert (one.kind, one.source, one.input_id) == ("html", "-", None)
