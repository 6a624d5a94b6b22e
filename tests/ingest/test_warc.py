from __future__ import annotations

from io import BytesIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from harmwatch.ingest.items import Failure, IngestOptions, Item
from harmwatch.ingest.warc import read_warc

PAGE = b"<html><body><p>An air strike hit a bakery in Aleppo.</p></body></html>"


def write_warc(path, gzip: bool) -> None:
    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gzip)
        for uri, ctype, status, body in [
            ("https://news.example.org/a", "text/html; charset=utf-8", "200 OK", PAGE),
            ("https://news.example.org/logo.png", "image/png", "200 OK", b"\x89PNG"),
            ("https://news.example.org/gone", "text/html", "404 Not Found", b"<html>gone</html>"),
            ("https://news.example.org/b.txt", "text/plain", "200 OK", b"Shells fell on Mariupol."),
        ]:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            # the length given: warcio then needs no temporary buffer (which it would leave open)
            rec = w.create_warc_record(
                uri, "response", payload=BytesIO(body), length=len(body), http_headers=headers
            )
            w.write_record(rec)


def test_warc_and_warc_gz_yield_html_and_text_responses(tmp_path):
    for name, gz in (("a.warc", False), ("a.warc.gz", True)):
        p = tmp_path / name
        write_warc(p, gz)
        got = list(read_warc(p, IngestOptions()))
        assert [(type(g).__name__, g.url, g.kind) for g in got] == [
            ("Item", "https://news.example.org/a", "html"),
            ("Item", "https://news.example.org/b.txt", "text"),
        ]
        assert got[0].data == PAGE


def test_oversized_warc_record_is_a_failure(tmp_path):
    p = tmp_path / "a.warc.gz"
    write_warc(p, True)
    got = list(read_warc(p, IngestOptions(max_bytes=30)))
    assert isinstance(got[0], Failure) and got[0].reason == "oversized: more than 30 bytes"
    assert isinstance(got[1], Item)  # the short text record still comes through


def test_malformed_warc_is_a_failure(tmp_path):
    p = tmp_path / "bad.warc"
    p.write_bytes(b"this is not a WARC file at all\r\n\r\n")
    [f] = list(read_warc(p, IngestOptions()))
    assert isinstance(f, Failure) and f.reason.startswith("malformed WARC")
