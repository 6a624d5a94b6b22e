"""WARC web archives (.warc, .warc.gz) via warcio: each archived HTML or text response is one item.

Reads are bounded: a header line longer than MAX_LINE (a 1 GB line with no newline) is not read
into memory, and a gzip member (one record of a .warc.gz) that decompresses past
``MAX_DECOMPRESSED_FACTOR`` times the size limit at more than ``BOMB_RATIO`` times its compressed
size (a gzip bomb) is not read further: the rest of that member is decompressed and thrown away
(constant memory) and reading goes on with the next member, so the records after a bomb are still
ingested and the bomb is one error line. A record whose content is shorter than its
Content-Length, or a gzip stream that ends without its trailer, is reported as truncated (per
record) instead of being stored as if complete.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BUFF_SIZE, DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed

from harmwatch.ingest.items import Failure, IngestOptions, Item, Kind

log = logging.getLogger(__name__)

MAX_LINE = 64 * 1024  # a WARC or HTTP header line longer than this is not one
MAX_DECOMPRESSED_FACTOR = 4  # decompressed bytes per gzip member allowed: this times max_bytes (+ 1 MB)
# ... when they are also more than this many times the member's compressed bytes. Text and HTML
# compress 3-15 times, images and video hardly at all; deflate's ceiling is ~1032 (a run of one
# byte): a large photo or video record is read through (and skipped by its type), a bomb is not.
BOMB_RATIO = 100


class _Bounded(Exception):
    pass


class _BoundedReader(DecompressingBufferedReader):
    """warcio's reader with a line limit, a per-member decompressed-size limit that skips to the
    next gzip member (``skipped`` counts the members given up), and a note of the gzip end."""

    starting_data: bytes | None  # set by warcio: input read ahead of the stream

    def __init__(self, stream, max_total: int) -> None:
        # 4 KB of compressed input at a time: at most ~4 MB decompressed in memory at once
        super().__init__(stream, block_size=4096)
        self.max_total = max_total
        self.member_in = 0  # compressed bytes of the current gzip member read so far
        self.member_out = 0  # and what they decompressed to
        self.discarding = False  # the current member is being skipped to its end
        self.skipped: list[str] = []  # why each member was given up, in order
        self.gzip_complete = True

    def _give_up(self, why: str, now: bool) -> None:
        """Skip the rest of the current gzip member: ``now`` (nothing more will be read from it),
        or at the next read (what is decompressed already is still read, e.g. the headers that
        name the record)."""
        if self.decompressor is None:  # an uncompressed .warc has no member end to skip to
            raise _Bounded(why)
        self.skipped.append(why)
        self.discarding = True
        if now:
            self.buff, self.buff_size = None, 0
            self._skip_member()

    def _skip_member(self) -> None:
        # decompress to the member's end and keep nothing (a gzip bomb costs time, not memory);
        # what follows the member lands in the decompressor's unused_data for read_next_member
        while self.decompressor is not None and not self.decompressor.eof:
            data, self.starting_data = self.starting_data or self.stream.read(self.block_size), None
            if not data:
                break
            try:
                self.decompressor.decompress(data)
            except zlib.error as e:
                raise _Bounded(f"corrupt gzip data: {e}") from e

    def _process_read(self, data):
        if self.discarding:
            if data and self.decompressor is not None:
                try:  # output thrown away; what is past the member's end goes to unused_data
                    self.decompressor.decompress(data)
                except zlib.error as e:
                    raise _Bounded(f"corrupt gzip data: {e}") from e
            self._skip_member()
            self.buff, self.buff_size = None, 0
            return
        super()._process_read(data)
        if self.decompressor is None or not data:
            return
        self.member_in += len(data)
        self.member_out += self.buff_size
        if self.member_out > self.max_total and self.member_out > BOMB_RATIO * self.member_in:
            self._give_up(
                f"decompressed to more than {self.max_total:,} bytes from {self.member_in:,} "
                "compressed (a gzip bomb?)",
                now=False,
            )

    def _decompress(self, data):
        if self.decompressor is not None and data and self.num_block_read:
            try:
                return self.decompressor.decompress(data)
            except zlib.error as e:  # warcio would write it to stderr and read on as if the member ended
                raise _Bounded(f"corrupt gzip data: {e}") from e
        return super()._decompress(data)

    def read_next_member(self):
        self.member_in = self.member_out = 0
        self.discarding = False
        return super().read_next_member()

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
            self._give_up(f"a header line longer than {MAX_LINE:,} bytes", now=True)
            return b""
        return bytes(out)

    def close_decompressor(self):
        if self.discarding:
            self._skip_member()
        if self.decompressor is not None and self.decomp_type == "gzip":
            self.gzip_complete = bool(getattr(self.decompressor, "eof", True))
        super().close_decompressor()


class _Archive(ArchiveIterator):
    """warcio's iterator where a record whose headers cannot be parsed in a .warc.gz costs only
    its own gzip member: the member is skipped (one error) and reading goes on with the next.
    Lines between records that do not start one (a record whose Content-Length is too short) are
    counted in ``junk`` and passed over, where warcio would write warnings to stderr and then fail
    on the next record."""

    junk = 0

    def _consume_blanklines(self):
        empty_size = 0
        while True:
            line = self.reader.readline()
            if not line:
                return None, empty_size
            if line.startswith(b"WARC/"):
                return line, empty_size
            empty_size += len(line)
            if line.strip():
                self.junk += 1

    def _next_record(self, next_line):
        try:
            return super()._next_record(next_line)
        except EOFError:
            raise
        except Exception as e:  # warcio raises many kinds on hostile headers
            reader = self.reader
            if not isinstance(reader, _BoundedReader) or reader.decompressor is None:
                raise ArchiveLoadFailed(f"unreadable record headers: {e}") from e
            if not reader.discarding:
                reader.skipped.append(f"unreadable record headers: {type(e).__name__}: {e}")
                reader.discarding = True
            reader.buff, reader.buff_size = None, 0
            reader._skip_member()
            raise EOFError from e  # warcio's iterator goes on with the next gzip member


READ_TYPES: dict[str, Kind] = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}


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
        n = 0  # response/resource records
        index = 0  # all records (and members given up), counted from 1
        archive = _Archive(fh)
        reader = _BoundedReader(archive.fh, max_total=MAX_DECOMPRESSED_FACTOR * opts.max_bytes + 2**20)
        archive.reader = reader  # before the first record: warcio reads through self.reader
        reported = 0

        def given_up(where: str) -> Iterator[Failure]:
            # members skipped while warcio read past a record (its headers, or the rest of a
            # record this loop did not read): one error line each
            nonlocal reported
            for why in reader.skipped[reported:]:
                yield Failure(where, f"malformed WARC record: {why}")
            reported = len(reader.skipped)

        try:
            for record in archive:
                if len(reader.skipped) > reported and not reader.discarding:
                    index += 1  # a member given up before this record's headers: a record of its own
                    yield from given_up(f"{path}#record-{index}")
                index += 1
                if record.format != "warc":  # warcio reads anything else as the old ARC format
                    yield Failure(str(path), "malformed WARC: not a WARC record")
                    return
                if record.rec_type not in ("response", "resource"):
                    missing, junk = _drain(record), archive.junk
                    archive.read_to_end()
                    if len(reader.skipped) > reported:
                        yield from given_up(f"{path}#record-{index}")
                    elif missing:
                        yield Failure(f"{path}#record-{index}", "truncated WARC: a record ends early")
                    elif archive.junk > junk:
                        yield Failure(
                            f"{path}#record-{index}",
                            "malformed WARC record: more content than its Content-Length",
                        )
                    continue
                n += 1
                uri = record.rec_headers.get_header("WARC-Target-URI")
                source = f"{path}#{uri or n}"
                status = record.http_headers.get_statuscode() if record.http_headers is not None else None
                kind = READ_TYPES.get(_content_type(record))
                data = b""
                if (not status or status.startswith("2")) and kind is not None:
                    data = record.content_stream().read(opts.max_bytes + 1)
                missing = _drain(record)
                junk = archive.junk
                archive.read_to_end()  # the blank lines after the record (and anything else there)
                if len(reader.skipped) > reported:  # this record's member was given up
                    yield from given_up(source)
                    continue
                if status and not status.startswith("2"):
                    log.info("%s: skipped HTTP %s", source, status)
                    continue
                if kind is None:
                    log.info("%s: skipped content type %s", source, _content_type(record) or "unknown")
                    continue
                if missing:
                    yield Failure(source, f"truncated WARC record: {missing:,} bytes of its content missing")
                    continue
                if archive.junk > junk:
                    yield Failure(source, "malformed WARC record: more content than its Content-Length")
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
            yield from given_up(f"{path}#record-{index + 1}")
            yield Failure(str(path), f"malformed WARC: {e}")
            return
        yield from given_up(f"{path}#record-{index + 1}")
        if not reader.gzip_complete:
            yield Failure(str(path), "truncated WARC: the gzip stream ends early")
