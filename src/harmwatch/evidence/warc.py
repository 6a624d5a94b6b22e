"""WARC records of the evidence locker (warcio): an HTTP exchange as request and response records
behind a warcinfo record naming who kept it, with what and where; a document that came without an
HTTP exchange (a file, a feed entry's text) as a ``resource`` record of its original bytes.

httpx hands over the payload decoded (no chunked transfer coding, no gzip), so a response record
keeps the decoded payload; its ``Transfer-Encoding`` and ``Content-Encoding`` headers are kept as
``X-Archive-Orig-Transfer-Encoding`` / ``X-Archive-Orig-Content-Encoding`` (the web-archive
convention for a header that no longer describes the stored payload) and ``Content-Length`` says
the stored payload's length, so replay tools read the record as it is.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from harmwatch.evidence.records import Custody, Exchange

WARC_VERSION = "WARC/1.1"
_RENAMED = {"transfer-encoding", "content-encoding"}


def warc_date(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def warcinfo(writer: WARCWriter, filename: str, c: Custody | None, description: str) -> None:
    info = {
        "software": f"harmwatch {c.harmwatch_version if c else ''}".strip(),
        "format": "WARC File Format 1.1",
        "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
        "description": description,
    }
    if c is not None:
        info.update({"operator": c.by, "hostname": c.hostname, "tool": c.tool, "kept-at": warc_date(c.at)})
    writer.write_record(writer.create_warcinfo_record(filename, info))


def _response_headers(ex: Exchange) -> StatusAndHeaders:
    headers = []
    for k, v in ex.response_headers:
        low = k.lower()
        if low in _RENAMED:
            headers.append((f"X-Archive-Orig-{k}", v))
        elif low == "content-length":
            continue
        else:
            headers.append((k, v))
    headers.append(("Content-Length", str(len(ex.body))))
    return StatusAndHeaders(f"{ex.status} {ex.reason}".strip(), headers, protocol=ex.http_version)


def _request_headers(ex: Exchange) -> StatusAndHeaders:
    parts = urlsplit(ex.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return StatusAndHeaders(
        f"{ex.method} {target} {ex.http_version}", list(ex.request_headers), is_http_request=True
    )


def write_exchanges(writer: WARCWriter, exchanges: Iterable[Exchange]) -> None:
    for ex in exchanges:
        date = warc_date(ex.at)
        extra = {"WARC-Date": date}
        if ex.server_ip:
            extra["WARC-IP-Address"] = ex.server_ip
        resp = writer.create_warc_record(
            ex.url,
            "response",
            payload=io.BytesIO(ex.body),
            length=len(ex.body),
            http_headers=_response_headers(ex),
            warc_headers_dict=dict(extra),
        )
        req = writer.create_warc_record(
            ex.url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=_request_headers(ex),
            warc_headers_dict={"WARC-Date": date},
        )
        writer.write_request_response_pair(req, resp)


def exchange_warc(exchanges: Iterable[Exchange], c: Custody) -> bytes:
    """A gzipped WARC file: warcinfo, then a request and response record for each exchange."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version=WARC_VERSION)
    warcinfo(writer, f"harmwatch-{uuid.uuid4().hex}.warc.gz", c, f"HTTP exchange of {c.source_url}")
    write_exchanges(writer, exchanges)
    return out.getvalue()


def write_resource(
    writer: WARCWriter,
    uri: str,
    data: bytes,
    media_type: str,
    at: datetime,
    extra: dict[str, str] | None = None,
) -> None:
    """A ``resource`` record: bytes that came without an HTTP exchange (a document's original, a
    screenshot, a PDF)."""
    headers = {"WARC-Date": warc_date(at), **(extra or {})}
    rec = writer.create_warc_record(
        uri,
        "resource",
        payload=io.BytesIO(data),
        length=len(data),
        warc_content_type=media_type,
        warc_headers_dict=headers,
    )
    writer.write_record(rec)
