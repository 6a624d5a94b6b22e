"""Turn the command line's inputs (paths, directories, URLs, ``-``) into a stream of items."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from harmwatch.ingest.feeds import FEED_TYPES_SUFFIXES, is_feed, read_feed
from harmwatch.ingest.fetch import Fetcher
from harmwatch.ingest.files import (
    READ_CHUNK,
    bounded_lines,
    iter_jsonl,
    read_document_file,
    read_jsonl_file,
    suffix_of,
    walk,
)
from harmwatch.ingest.items import Failure, IngestOptions, Item, Kind, looks_html
from harmwatch.ingest.warc import read_warc


def is_url(arg: str) -> bool:
    return arg.startswith(("http://", "https://"))


def read_path(path: Path, opts: IngestOptions, fetcher: Fetcher | None) -> Iterator[Item | Failure]:
    suffix = suffix_of(path)
    if suffix == ".jsonl":
        yield from read_jsonl_file(path, opts)
    elif suffix in (".warc", ".warc.gz"):
        yield from read_warc(path, opts)
    elif suffix in FEED_TYPES_SUFFIXES:
        try:
            data = path.read_bytes()
        except OSError as e:
            yield Failure(str(path), f"unreadable: {e.strerror or e}")
            return
        follow = (lambda link: fetcher.items(link, follow_links=False)) if fetcher else None
        yield from read_feed(data, str(path), opts, follow=follow)
    else:
        yield read_document_file(path, opts)


def read_stdin(stream: BinaryIO, opts: IngestOptions) -> Iterator[Item | Failure]:
    """``-``: JSONL when the first line is a JSON object, else one document (HTML sniffed)."""
    head = stream.read(READ_CHUNK)
    if head.lstrip().startswith(b"{"):
        yield from iter_jsonl(bounded_lines(_Prefixed(head, stream), opts.max_bytes), "-", opts)
        return
    data = head + stream.read(max(0, opts.max_bytes + 1 - len(head)))
    if len(data) > opts.max_bytes:
        yield Failure("-", f"oversized: more than {opts.max_bytes:,} bytes")
        return
    if is_feed(data):
        yield from read_feed(data, "-", opts)
        return
    kind: Kind = "html" if looks_html(data[:4000].decode("utf-8", errors="replace")) else "text"
    yield Item(source="-", data=data, kind=kind, language=opts.language, published=opts.published)


class _Prefixed:
    """``head`` (already read) followed by the rest of ``stream``."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self.head, self.stream = head, stream

    def read(self, n: int) -> bytes:
        if self.head:
            out, self.head = self.head[:n], self.head[n:]
            return out
        return self.stream.read(n)


def iter_inputs(
    args: Iterable[str], opts: IngestOptions, fetcher: Fetcher | None, stdin: BinaryIO | None = None
) -> Iterator[Item | Failure]:
    """Every item of every input, in order; an input that cannot be read is a Failure."""
    for arg in args:
        if arg == "-":
            if stdin is None:
                yield Failure("-", "unreadable: no standard input")
            else:
                yield from read_stdin(stdin, opts)
        elif is_url(arg):
            if fetcher is None:
                yield Failure(arg, "unreachable: URLs are not fetched here")
            else:
                yield from fetcher.items(arg)
        else:
            path = Path(arg)
            if path.is_dir():
                for p in walk(path):
                    yield from read_path(p, opts, fetcher)
            elif path.exists():
                yield from read_path(path, opts, fetcher)
            else:
                yield Failure(arg, "unreadable: no such file or directory")
