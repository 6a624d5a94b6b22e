"""WARC web archives (.warc, .warc.gz) via warcio: each archived HTML or text response is one item."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from harmwatch.ingest.items import Failure, IngestOptions, Item

log = logging.getLogger(__name__)

READ_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}


def _content_type(record) -> str:
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type") or ""
    else:
        value = record.rec_headers.get_header("Content-Type") or ""
    return value.split(";")[0].strip().lower()


def read_warc(path: Path, opts: IngestOptions) -> Iterator[Item | Failure]:
    try:
        fh = path.open("rb")
    except OSError as e:
        yield Failure(str(path), f"unreadable: {e.strerror or e}")
        return
    with fh:
        n = 0
        try:
            for record in ArchiveIterator(fh):
                if record.format != "warc":  # warcio reads anything else as the old ARC format
                    yield Failure(str(path), "malformed WARC: not a WARC record")
                    return
                if record.rec_type not in ("response", "resource"):
                    continue
                n += 1
                uri = record.rec_headers.get_header("WARC-Target-URI")
                source = f"{path}#{uri or n}"
                if record.http_headers is not None:
                    status = record.http_headers.get_statuscode()
                    if status and not status.startswith("2"):
                        log.info("%s: skipped HTTP %s", source, status)
                        continue
                kind = READ_TYPES.get(_content_type(record))
                if kind is None:
                    log.info("%s: skipped content type %s", source, _content_type(record) or "unknown")
                    continue
                data = record.content_stream().read(opts.max_bytes + 1)
                if len(data) > opts.max_bytes:
                    yield Failure(source, f"oversized: more than {opts.max_bytes:,} bytes")
                    continue
                yield Item(
                    source=source,
                    data=data,
                    kind=kind,
                    input_id=uri or source,
                    url=uri,
                    language=opts.language,
                    published=opts.published,
                )
        except (ArchiveLoadFailed, OSError, ValueError) as e:
            yield Failure(str(path), f"malformed WARC: {e}")
