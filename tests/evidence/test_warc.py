from __future__ import annotations

import io
from datetime import UTC, datetime

from warcio.archiveiterator import ArchiveIterator

from harmwatch.evidence.records import Exchange, custody
from harmwatch.evidence.warc import exchange_warc

AT = datetime(2026, 12, 6, 12, 0, 0, 123456, tzinfo=UTC)


def _ex(url, status, reason, headers, body):
    return Exchange(
        url=url, method="GET", request_headers=(("Host", "news.example"), ("User-Agent", "harmwatch/t")),
        http_version="HTTP/1.1", status=status, reason=reason, response_headers=headers, body=body, at=AT,
        server_ip="192.0.2.7",
    )  # fmt: skip


def test_an_exchange_is_warcinfo_then_request_and_response_records():
    redirect = _ex(
        "http://news.example/old", 301, "Moved", (("Location", "/new"), ("Content-Length", "0")), b""
    )
    page = _ex(
        "http://news.example/new",
        200,
        "OK",
        (("Content-Type", "text/html"), ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")),
        b"<p>A shell hit the station.</p>",
    )
    c = custody("harmwatch fetch (test)", "http://news.example/old", by="ana", at=AT)
    records, bodies = [], []
    for r in ArchiveIterator(io.BytesIO(exchange_warc([redirect, page], c))):
        records.append(r)
        bodies.append(r.content_stream().read())
    # warcio writes each pair response first, the request after it (WARC-Concurrent-To ties them)
    assert [r.rec_type for r in records] == ["warcinfo", "response", "request", "response", "request"]
    info = bodies[0].decode()
    assert "operator: ana" in info and f"hostname: {c.hostname}" in info and "harmwatch fetch (test)" in info
    resp, req = records[3], records[4]
    assert req.http_headers.protocol == "GET" and req.http_headers.statusline.startswith("/new")
    assert resp.rec_headers.get_header("WARC-Target-URI") == "http://news.example/new"
    assert resp.rec_headers.get_header("WARC-IP-Address") == "192.0.2.7"
    assert resp.rec_headers.get_header("WARC-Date") == "2026-12-06T12:00:00.123456Z"
    assert req.rec_headers.get_header("WARC-Concurrent-To") == resp.rec_headers.get_header("WARC-Record-ID")
    # the payload is stored decoded: the headers that described the wire form are renamed
    assert resp.http_headers.get_header("Content-Encoding") is None
    assert resp.http_headers.get_header("X-Archive-Orig-Content-Encoding") == "gzip"
    assert resp.http_headers.get_header("X-Archive-Orig-Transfer-Encoding") == "chunked"
    assert resp.http_headers.get_header("Content-Length") == str(len(page.body))
    assert bodies[3] == page.body
    assert records[1].http_headers.get_statuscode() == "301"
