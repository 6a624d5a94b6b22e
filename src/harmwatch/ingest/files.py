"""Local inputs: single files, directories (recursive) and JSONL batches."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from harmwatch.ingest.feeds import FEED_TYPES_SUFFIXES as FEED_SUFFIXES
from harmwatch.ingest.items import (
    HTML_SUFFIXES,
    TEXT_SUFFIXES,
    Failure,
    IngestOptions,
    Item,
    Kind,
    clean_str,
    looks_html,
)

log = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc", ".warc.gz")
KNOWN_SUFFIXES = HTML_SUFFIXES + TEXT_SUFFIXES + FEED_SUFFIXES + WARC_SUFFIXES + (".jsonl",)


def suffix_of(path: Path) -> str:
    name = path.name.lower()
    for s in WARC_SUFFIXES:
        if name.endswith(s):
            return s
    return path.suffix.lower()


def walk(directory: Path) -> Iterator[Path]:
    """Files under ``directory`` with a suffix harmwatch reads, in a stable order."""
    for p in sorted(directory.rglob("*")):
        if p.is_file() and not p.name.startswith("."):
            if suffix_of(p) in KNOWN_SUFFIXES:
                yield p
            else:
                log.info("%s: skipped (not a kind of file harmwatch reads)", p)


def read_document_file(path: Path, opts: IngestOptions) -> Item | Failure:
    """A .html/.txt/.md file (or any other single file, sniffed) as one item."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > opts.max_bytes:
            return Failure(source, f"oversized: {size:,} bytes (limit {opts.max_bytes:,})")
        data = path.read_bytes()
    except OSError as e:
        return Failure(source, f"unreadable: {e.strerror or e}")
    suffix = suffix_of(path)
    kind: Kind
    if suffix in HTML_SUFFIXES:
        kind = "html"
    elif suffix in TEXT_SUFFIXES:
        kind = "text"
    else:
        kind = "html" if looks_html(data[:4000].decode("utf-8", errors="replace")) else "text"
    return Item(
        source=source, data=data, kind=kind, input_id=source, language=opts.language, published=opts.published
    )


def parse_jsonl_line(line: bytes, source: str, opts: IngestOptions) -> Item | Failure:
    """One line ``{id, text | html, url, published, language}`` as an item."""
    if len(line) > opts.max_bytes:
        return Failure(source, f"oversized: {len(line):,} bytes (limit {opts.max_bytes:,})")
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as e:
        return Failure(source, f"invalid UTF-8 at byte {e.start}")
    except json.JSONDecodeError as e:
        return Failure(source, f"malformed JSON line: {e.msg} (at character {e.pos})")
    except RecursionError:
        return Failure(source, "malformed JSON line: nested too deeply")
    if not isinstance(obj, dict):
        return Failure(source, "malformed JSON line: expected an object")
    html, text = obj.get("html"), obj.get("text")
    kind: Kind
    if isinstance(html, str):
        kind, body = "html", html
    elif isinstance(text, str):
        kind, body = "text", text
    else:
        return Failure(source, "malformed JSON line: needs a 'text' or 'html' string")

    def opt(name: str) -> str | None:
        v = obj.get(name)
        if v is not None and not isinstance(v, str):
            log.warning("%s: %s dropped: not a string", source, name)
            return None
        return v or None

    doc_id = obj.get("id")
    if doc_id is not None and (isinstance(doc_id, bool) or not isinstance(doc_id, str | int)):
        return Failure(source, "malformed JSON line: 'id' must be a string or an integer")
    # JSON can carry what UTF-8 cannot (a lone surrogate "\\ud800") and what PostgreSQL text
    # cannot (NUL): the body is made storable here, the line as given is the original
    return Item(
        source=source,
        data=clean_str(body).encode("utf-8"),
        kind=kind,
        input_id=str(doc_id) if doc_id is not None else source,
        url=opt("url"),
        published=opt("published") or opts.published,
        language=opt("language") or opts.language,
        title=opt("title"),
    )


READ_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class LongLine:
    """A line longer than the limit: skipped (never held in memory), only its length kept."""

    length: int


class Readable(Protocol):
    def read(self, n: int, /) -> bytes: ...


def bounded_lines(stream: Readable, limit: int) -> Iterator[bytes | LongLine]:
    """The lines of ``stream`` read in bounded chunks; a line over ``limit`` bytes is a LongLine.
    Memory stays under ``limit`` + one chunk whatever the input (a 1 GB line included)."""
    buf = bytearray()
    skipping = 0  # > 0: inside an overlong line, bytes seen so far
    while True:
        chunk = stream.read(READ_CHUNK)
        if not chunk:
            break
        start = 0
        while True:
            nl = chunk.find(b"\n", start)
            piece = chunk[start:] if nl < 0 else chunk[start : nl + 1]
            if skipping:
                skipping += len(piece)
            elif len(buf) + len(piece) > limit + 1:  # +1: the newline does not count
                skipping = len(buf) + len(piece)
                buf.clear()
            else:
                buf += piece
            if nl < 0:
                break
            if skipping:
                yield LongLine(skipping - 1)
                skipping = 0
            else:
                yield bytes(buf)
                buf.clear()
            start = nl + 1
    if skipping:
        yield LongLine(skipping)
    elif buf:
        yield bytes(buf)


def iter_jsonl(lines: Iterable[bytes | LongLine], name: str, opts: IngestOptions) -> Iterator[Item | Failure]:
    for n, line in enumerate(lines, 1):
        if isinstance(line, LongLine):
            yield Failure(f"{name}:{n}", f"oversized: {line.length:,} bytes (limit {opts.max_bytes:,})")
            continue
        if not line.strip():
            continue
        yield parse_jsonl_line(line, f"{name}:{n}", opts)


def read_jsonl_file(path: Path, opts: IngestOptions) -> Iterator[Item | Failure]:
    try:
        fh: BinaryIO = path.open("rb")
    except OSError as e:
        yield Failure(str(path), f"unreadable: {e.strerror or e}")
        return
    with fh:
        yield from iter_jsonl(bounded_lines(fh, opts.max_bytes), str(path), opts)
