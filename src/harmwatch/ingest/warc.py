"""WARC web archives (.warc, .warc.gz) via warcio: each archived HTML or text response is one item.

Reads are bounded: a header line longer than MAX_LINE (a 1 GB line with no newline) stops the
archive with one error instead of being gathered in memory, and decompression stops after
``MAX_DECOMPRESSED_FACTOR`` times the size limit per record (a gzip bomb). A record whose
content is shorter than its Content-Length, or a gzip stream that ends without its trailer, is
reported as truncated (per record) instead of being stored as if complete.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BUFF_SIZE, DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed

from harmwatch.ingest.items import Failure, IngestOptions, Item

log = logging.getLogger(__name__)

MAX_LINE = 64 * 1024  # a WARC or HTTP header line longer than this is not one
MAX_DECOMPRESSED_FACTOR = 4  # decompressed bytes per record allowed: this times max_bytes (+ 1 MB)


class _Bounded(Exception):
    pass


class _BoundedReader(DecompressingBufferedReader):
    """warcio's reader with a line limit, a decompressed-size limit, and a note of the gzip end."""

    def __init__(self, stream, max_total: int) -> None:
        # 4 KB of compressed input at a time: at most ~4 MB decompressed in memory at once
        super().__init__(stream, block_size=4096)
        self.max_total = max_total
        self.since_mark = 0
        self.gzip_complete = True

    def mark(self) -> None:
        self.since_mark = 0

    def _process_read(self, data):
        super()._process_read(data)
        self.since_mark += self.buff_size if self.buff is not None else 0
        if self.since_mark > self.max_total:
            raise _Bounded(f"decompressed record larger than {self.max_total:,} bytes (a gzip bomb?)")

    def readline(self, length=None):
        limit = MAX_LINE + 1 if length is None else min(length, MAX_LINE + 1)
        out = bytearray()
        while len(out) < limit:
            self._fillbuff()
            if self.empty():
                break
            out += self.buff.readline(limit - len(out))
            if out.endswith(b"\n"):
                break
        if len(out) > MAX_LINE:
            raise _Bounded(f"a header line longer than {MAX_LINE:,} bytes")
        return bytes(out)

    def close_decompressor(self):
        if self.decompressor is not None and self.decomp_type == "gzip":
            self.gzip_complete = bool(getattr(self.decompressor, "eof", True))
        super().close_decompressor()


READ_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}


def _content_type(record) -> str:
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type") or ""
    else:
        value = record.rec_headers.get_header("Content-Type") or ""
    return value.split(";")[0].strip().lower()


def _drain(record) -> int:
    """Read the rest of ``record``; the number of bytes its Content-Length promised but it lacks."""
    while record.raw_stream.read(BUFF_SIZE):
        pass
    return max(0, int(getattr(record.raw_stream, "limit", 0) or 0))


def read_warc(path: Path, opts: IngestOptions) -> Iterator[Item | Failure]:
    try:
        fh = path.open("rb")
    except OSError as e:
        yield Failure(str(path), f"unreadable: {e.strerror or e}")
        return
    with fh:
        n = 0
        archive = ArchiveIterator(fh)
        reader = _BoundedReader(archive.fh, max_total=MAX_DECOMPRESSED_FACTOR * opts.max_bytes + 2**20)
        archive.reader = reader  # before the first record: warcio reads through self.reader
        try:
            for record in archive:
                reader.mark()
                if record.format != "warc":  # warcio reads anything else as the old ARC format
                    yield Failure(str(path), "malformed WARC: not a WARC record")
                    return
                if record.rec_type not in ("response", "resource"):
                    if _drain(record):
                        yield Failure(f"{path}#record-{n + 1}", "truncated WARC: a record ends early")
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
                missing = _drain(record)
                if missing:
                    yield Failure(source, f"truncated WARC record: {missing:,} bytes of its content missing")
                    continue
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
        except _Bounded as e:
            yield Failure(str(path), f"malformed WARC: {e}")
            return
        except (ArchiveLoadFailed, OSError, ValueError, EOFError) as e:
            yield Failure(str(path), f"malformed WARC: {e}")
            return
        if not reader.gzip_complete:
            yield Failure(str(path), "truncated WARC: the gzip stream ends early")
