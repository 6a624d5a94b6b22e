"""Per-document isolation (issue 14): every bad item is its own one-line error, the batch goes on,
on SQLite and PostgreSQL alike; reads are bounded whatever the input."""

from __future__ import annotations

import gzip
import io
import json
import threading
import time
import tracemalloc
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from harmwatch.errors import InputError
from harmwatch.ingest import items as items_mod
from harmwatch.ingest.fetch import Fetcher
from harmwatch.ingest.files import read_jsonl_file
from harmwatch.ingest.items import Failure, IngestOptions, Item
from harmwatch.ingest.runner import ingest
from harmwatch.ingest.sources import iter_inputs
from harmwatch.ingest.warc import read_warc
from harmwatch.store.db import open_db
from harmwatch.store.tables import Document

OPTS = IngestOptions(max_bytes=50_000)
STORY = "An air strike hit a crowded market in Aleppo on Monday, killing five civilians, officials said."


@pytest.fixture
def db(db_url):
    d = open_db(db_url)
    yield d
    d.close()


def _line(**fields) -> str:
    return json.dumps({"text": STORY, **fields})


def test_bad_fields_never_abort_the_batch(db, tmp_path, nlp):
    nul_late = STORY + " " + "More was said about the market. " * 300 + "\x00 the end."
    lines = [
        _line(id="good-1", url="https://news.example.org/1", published="2023-05-10"),
        # a lone surrogate: json.loads accepts it, UTF-8 cannot encode it
        '{"id": "surrogate", "text": "x \\ud800 y ' + STORY + '"}',
        _line(id="nul", text=nul_late),
        _line(id="long-date", text=STORY + " 2", published="2023-05-10T10:00:00+00:00 and some more words"),
        _line(id="not-date", text=STORY + " 3", published="last Tuesday"),
        _line(id="long-lang", text=STORY + " 4", language="english-as-spoken-in-the-north"),
        _line(id="long-host", text=STORY + " 5", url="https://" + "a" * 300 + ".example.org/x"),
        _line(id="js-url", text=STORY + " 6", url="javascript:alert(1)"),
        '{"id": "broken", "text": ',
        _line(id={"nested": 1}, text=STORY + " 7"),
    ]
    src = tmp_path / "bad.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    summary = ingest(db, iter_inputs([str(src)], OPTS, fetcher=None), OPTS, workers=1)
    assert (summary.added, summary.failed) == (8, 2)
    assert all(len(f.reason or "") < 400 and "\n" not in (f.reason or "") for f in summary.failures)
    with db.session() as s:
        docs = {d.input_id: d for d in s.scalars(select(Document))}
    assert "\ufffd" in docs["surrogate"].text
    assert "\x00" not in docs["nul"].text and docs["nul"].error is None
    assert docs["long-date"].published is None and docs["not-date"].published is None
    assert docs["long-lang"].language != "english-as-spoken-in-the-north"
    assert docs["long-host"].url is None and docs["js-url"].url is None
    assert docs["good-1"].url == "https://news.example.org/1" and docs["good-1"].outlet == "news.example.org"


@pytest.mark.parametrize(
    ("field", "value", "kept"),
    [
        ("published", "2023-05-10", True),
        ("published", "2023-05", True),
        ("published", "2023-05-10T08:00:00Z", True),
        ("published", "2023-02-30", False),
        ("published", "yesterday", False),
        ("language", "en", True),
        ("language", "pt-BR", True),
        ("language", "a" * 17, False),
        ("url", "http://x.example/a", True),
        ("url", "ftp://x.example/a", False),
        ("url", "data:text/html,hi", False),
        ("url", "https://" + "h" * 256 + "/", False),
    ],
)
def test_normalise_keeps_only_valid_optional_fields(field, value, kept):
    item = Item(source="s", data=b"text", kind="text", **{field: value})
    got = items_mod.normalise(item)
    assert isinstance(got, Item)
    assert (getattr(got, field) == value) is kept
    if not kept:
        assert getattr(got, field) is None


def test_an_id_too_long_to_store_is_a_failure():
    assert isinstance(
        items_mod.normalise(Item(source="s", data=b"t", kind="text", input_id="i" * 600)), Failure
    )


class _Lines(io.RawIOBase):
    """A stream of ``size`` bytes without a newline, then one good line, made on the fly."""

    def __init__(self, size: int, tail: bytes) -> None:
        self.left, self.tail = size, tail

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self.left > 0:
            n = min(len(b), self.left)
            b[:n] = b"x" * n
            self.left -= n
            return n
        n = min(len(b), len(self.tail))
        b[:n], self.tail = self.tail[:n], self.tail[n:]
        return n


def test_a_huge_jsonl_line_is_read_in_bounded_memory(tmp_path):
    src = tmp_path / "huge.jsonl"
    with src.open("wb") as fh:
        fh.write(b'{"text": "')
        for _ in range(40):
            fh.write(b"x" * 1_000_000)
        fh.write(b'"}\n' + _line(id="after").encode() + b"\n")
    tracemalloc.start()
    got = list(read_jsonl_file(src, IngestOptions(max_bytes=10_000)))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 5_000_000
    assert isinstance(got[0], Failure) and got[0].reason.startswith("oversized: 40,000,012 bytes")
    assert isinstance(got[1], Item) and got[1].input_id == "after"


def test_stdin_jsonl_is_read_in_bounded_memory():
    stream = io.BufferedReader(_Lines(30_000_000, b"\n" + _line(id="after").encode() + b"\n"))
    stream = io.BufferedReader(io.BytesIO(b'{"text": "x"}\n' + stream.read()))
    got = list(iter_inputs(["-"], IngestOptions(max_bytes=10_000), fetcher=None, stdin=stream))
    assert [type(g).__name__ for g in got] == ["Item", "Failure", "Item"]


def _warc(path, bodies: list[bytes]) -> None:
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for n, body in enumerate(bodies):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
            rec = w.create_warc_record(
                f"https://news.example.org/{n}",
                "response",
                payload=io.BytesIO(body),
                length=len(body),  # with the length warcio needs no temporary buffer (left open)
                http_headers=headers,
            )
            w.write_record(rec)


def test_a_warc_gz_holding_one_huge_line_is_one_short_error(tmp_path):
    p = tmp_path / "line.warc.gz"
    with gzip.open(p, "wb", compresslevel=9) as fh:
        for _ in range(60):
            fh.write(b"W" * 1_000_000)
    tracemalloc.start()
    got = list(read_warc(p, IngestOptions()))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20_000_000
    assert len(got) == 1 and isinstance(got[0], Failure) and len(got[0].reason) < 400


def test_a_warc_gzip_bomb_is_refused(tmp_path):
    p = tmp_path / "bomb.warc.gz"
    _warc(p, [b"a" * 50_000_000, STORY.encode()])
    got = list(read_warc(p, IngestOptions(max_bytes=100_000)))
    assert isinstance(got[0], Failure) and "decompressed" in got[0].reason


def test_records_after_a_gzip_bomb_are_still_read(tmp_path):
    p = tmp_path / "bomb.warc.gz"
    bodies = [b"Before. " + STORY.encode(), b"\0" * 60_000_000, b"After. " + STORY.encode()]
    _warc(p, bodies + [STORY.encode() + b" Last."])
    assert p.stat().st_size < 200_000
    tracemalloc.start()
    got = list(read_warc(p, IngestOptions(max_bytes=100_000)))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20_000_000
    assert [type(g).__name__ for g in got] == ["Item", "Failure", "Item", "Item"]
    assert got[1].source.endswith("#https://news.example.org/1") and "gzip bomb" in got[1].reason
    assert [g.data for g in got if isinstance(g, Item)] == [bodies[0], bodies[2], STORY.encode() + b" Last."]


def test_a_large_record_that_barely_compresses_is_not_a_bomb(tmp_path):
    # a photo or video in a crawl: larger than the cap but not compressible: read through, skipped
    import os

    p = tmp_path / "media.warc.gz"
    with p.open("wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for uri, ctype, body in [
            ("https://news.example.org/clip.mp4", "video/mp4", os.urandom(3_000_000)),
            ("https://news.example.org/story", "text/plain", STORY.encode()),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(
                w.create_warc_record(
                    uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers
                )
            )
    got = list(read_warc(p, IngestOptions(max_bytes=100_000)))
    assert [type(g).__name__ for g in got] == ["Item"] and got[0].data == STORY.encode()


def test_a_huge_header_line_in_one_member_loses_only_that_record(tmp_path):
    p = tmp_path / "line.warc.gz"
    _warc(p, [b"Before. " + STORY.encode()])
    with gzip.open(p, "ab", compresslevel=9) as fh:  # a member of one 30 MB line between two records
        fh.write(b"WARC/1.0\r\nWARC-Type: response\r\nX-Long: " + b"W" * 30_000_000)
    with p.open("ab") as fh:
        w = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        rec = w.create_warc_record(
            "https://news.example.org/after",
            "response",
            payload=io.BytesIO(STORY.encode()),
            length=len(STORY.encode()),
            http_headers=headers,
        )
        w.write_record(rec)
    got = list(read_warc(p, IngestOptions()))
    assert [type(g).__name__ for g in got] == ["Item", "Failure", "Item"]
    assert "header line" in got[1].reason and len(got[1].reason) < 400
    assert got[2].url == "https://news.example.org/after"


def _member(uri: str, body: bytes, length: int | None = None) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n"
    n = len(http) + len(body) if length is None else length
    head = f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nContent-Length: {n}\r\n\r\n"
    return gzip.compress(head.encode() + http + body + b"\r\n\r\n")


@pytest.mark.parametrize(
    "bad",
    [
        _member("https://news.example.org/short", b"Three killed. " * 20, length=60),  # length too short
        gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n0123456789\r\n\r\n"),
        gzip.compress(b"WARC/1.0\r\nWARC-Type: \xff\xfe\r\nContent-Length: x\r\n\r\nabc"),
    ],
    ids=["content-length-too-short", "no-target-uri", "garbled-headers"],
)
def test_a_malformed_record_in_a_warc_gz_costs_only_itself(tmp_path, capfd, bad):
    p = tmp_path / "bad.warc.gz"
    before = _member("https://news.example.org/before", STORY.encode())
    after = _member("https://news.example.org/after", STORY.encode())
    p.write_bytes(before + bad + after)
    got = list(read_warc(p, IngestOptions()))
    assert [g.url for g in got if isinstance(g, Item)] == [
        "https://news.example.org/before",
        "https://news.example.org/after",
    ]
    assert len([g for g in got if isinstance(g, Failure)]) == 1
    assert capfd.readouterr().err == ""  # warcio's own warnings do not reach the terminal


@pytest.mark.parametrize("fraction", [0.7, 0.99])
def test_a_truncated_warc_gz_is_reported_per_record(tmp_path, fraction):
    bodies = [(f"Report {n}. " + STORY * 40).encode() for n in range(5)]
    whole = tmp_path / "whole.warc.gz"
    _warc(whole, bodies)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * fraction)])
    got = list(read_warc(cut, IngestOptions()))
    items = [g for g in got if isinstance(g, Item)]
    failures = [g for g in got if isinstance(g, Failure)]
    assert failures, "a cut archive must be reported"
    assert all("truncated" in f.reason for f in failures)
    assert all(it.data in bodies for it in items)  # nothing stored as if complete


class _Drip(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "40")
        self.end_headers()
        try:
            for _ in range(40):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.15)
        except OSError:
            pass

    def log_message(self, *args):
        pass


def test_timeout_bounds_the_whole_request_not_each_read():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Drip)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    fetcher = Fetcher(IngestOptions(timeout=1.0, allow_private=True))
    started = time.monotonic()
    try:
        with pytest.raises(InputError, match="timed out"):
            fetcher.get(f"http://127.0.0.1:{server.server_address[1]}/drip")
    finally:
        fetcher.close()
        server.shutdown()
        server.server_close()
    assert time.monotonic() - started < 3.0


def test_feed_entries_with_plain_text_bodies_are_stored(db, tmp_path, nlp):
    feed = tmp_path / "wire.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>w</title>'
        f"<item><title>one</title><guid>p-1</guid><description>{STORY}</description></item>"
        f"<item><title>two</title><guid>p-2</guid><description>&lt;p&gt;Shelling hit a school in Kharkiv "
        "on Friday, killing three children, the mayor said.&lt;/p&gt;</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    summary = ingest(db, iter_inputs([str(feed)], OPTS, fetcher=None), OPTS, workers=1)
    assert (summary.added, summary.failed) == (2, 0), summary.failures


_values = st.one_of(
    st.none(),
    st.text(max_size=400),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.lists(st.text(max_size=5), max_size=2),
)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["id", "text", "html", "url", "published", "language", "title"]), _values)
)
def test_any_json_line_becomes_a_storable_item_or_a_failure(obj):
    from harmwatch.ingest.files import parse_jsonl_line
    from harmwatch.ingest.items import MAX_ID, clean_str, valid_link, valid_published

    line = json.dumps(obj).encode()
    got = parse_jsonl_line(line, "in.jsonl:1", IngestOptions())
    if isinstance(got, Item):
        got = items_mod.normalise(got)
    if isinstance(got, Failure):
        assert got.reason and "\n" not in got.reason and len(got.reason) < 400
        return
    got.data.decode("utf-8")  # encodable: no lone surrogate left
    for v in (got.input_id, got.url, got.published, got.language, got.title, got.source):
        assert v is None or v == clean_str(v)
    assert got.published is None or valid_published(got.published)
    assert got.url is None or valid_link(got.url) is None
    assert got.input_id is None or len(got.input_id) <= MAX_ID


def test_jsonl_html_fragments_are_extracted_as_text(db, tmp_path, nlp):
    src = tmp_path / "frag.jsonl"
    src.write_text(
        json.dumps({"id": "f1", "html": f"<p>{STORY}</p>"})
        + "\n"
        + json.dumps({"id": "f2", "html": "<div><b>Shelling hit a school in Kharkiv</b> on Friday.</div>"})
        + "\n",
        encoding="utf-8",
    )
    summary = ingest(db, iter_inputs([str(src)], OPTS, fetcher=None), OPTS, workers=1)
    assert (summary.added, summary.failed) == (2, 0), summary.failures
    with db.session() as s:
        docs = {d.input_id: d for d in s.scalars(select(Document))}
    assert docs["f1"].raw == f"<p>{STORY}</p>".encode() and docs["f1"].text.startswith("An air strike")


_THREE = [
    _member("https://news.example.org/a", b"First. " + STORY.encode()),
    _member("https://news.example.org/b", b"\0" * 3_000_000),  # a bomb at max_bytes 10,000
    _member("https://news.example.org/c", b"Last. " + STORY.encode()),
]


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_a_damaged_warc_gz_never_raises(tmp_path_factory, data):
    raw = bytearray(b"".join(_THREE))
    for _ in range(data.draw(st.integers(1, 3))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    p = tmp_path_factory.mktemp("fuzz") / "damaged.warc.gz"
    p.write_bytes(bytes(raw))
    got = list(read_warc(p, IngestOptions(max_bytes=10_000)))  # never raises
    assert all(isinstance(g, Item | Failure) for g in got)
    assert all(len(g.reason) < 400 for g in got if isinstance(g, Failure))
