"""The Typer application object and shared CLI helpers."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import typer

from harmwatch import __version__
from harmwatch.config import DB_ENV, DEFAULT_DB_URL, EVIDENCE_ENV, settings
from harmwatch.errors import HarmwatchError, InputError

app = typer.Typer(
    name="harmwatch",
    help="Turn reports of attacks on civilians into sourced, linked incident records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"harmwatch {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    verbose: int = typer.Option(
        0, "--verbose", "-v", count=True, help="More diagnostics on stderr (-vv for debug)."
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version."
    ),
    db: str = typer.Option(
        DEFAULT_DB_URL,
        "--db",
        envvar=DB_ENV,
        metavar="URL",
        help="Store: a SQLAlchemy URL (sqlite:///x.db, postgresql://...).",
    ),
    evidence_dir: str = typer.Option(
        None,
        "--evidence-dir",
        envvar=EVIDENCE_ENV,
        metavar="DIR",
        help="Evidence locker (WARC, screenshots, PDFs). Default: X.evidence/ next to a SQLite "
        "store X.db; required for PostgreSQL stores.",
    ),
) -> None:
    settings.db_url = db
    settings.evidence_dir = evidence_dir
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")


def fail(err: HarmwatchError | str, code: int | None = None) -> None:
    """Print one line to stderr and exit with the error's code."""
    msg = str(err)
    typer.echo(f"harmwatch: error: {msg}", err=True)
    raise typer.Exit(code if code is not None else getattr(err, "exit_code", 1))


MAX_INPUT_BYTES = 5 * 1024 * 1024  # `extract` refuses a larger report (as `ingest` does by default)


def read_input(path: str, max_bytes: int = MAX_INPUT_BYTES) -> tuple[str, str]:
    """Read FILE or '-' (stdin) as text, at most ``max_bytes``; return (content, suffix)."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        suffix = ""
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{path}: no such file")
        if p.is_dir():
            raise InputError(f"{path}: is a directory")
        if p.stat().st_size > max_bytes:
            raise InputError(f"{path}: oversized: {p.stat().st_size:,} bytes (limit {max_bytes:,})")
        data = p.read_bytes()
        suffix = p.suffix.lower()
    if len(data) > max_bytes:
        raise InputError(f"{path}: oversized: more than {max_bytes:,} bytes (limit {max_bytes:,})")
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: looks binary, not text or HTML")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not valid UTF-8 (byte {e.start})") from e
    if not text.strip():
        raise InputError(f"{path}: empty")
    if suffix == "" and text.lstrip()[:1] == "<" and "<html" in text[:2000].lower():
        suffix = ".html"
    return text, suffix


def open_lines(path: str, max_bytes: int = MAX_INPUT_BYTES):
    """Lines of a JSONL file or stdin, streamed in bounded reads. A line that is not UTF-8 or is
    longer than ``max_bytes`` comes as a :class:`BadLine` (its error), never silently repaired."""
    if path == "-":
        return _decoded_lines(sys.stdin.buffer, max_bytes)
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    return _decoded_lines(p.open("rb"), max_bytes)


def _decoded_lines(stream, max_bytes: int):
    from harmwatch.extract.batch import BadLine
    from harmwatch.ingest.files import LongLine, bounded_lines

    with stream:
        for line in bounded_lines(stream, max_bytes):
            if isinstance(line, LongLine):
                yield BadLine(f"oversized: {line.length:,} bytes (limit {max_bytes:,})")
                continue
            try:
                yield line.decode("utf-8")
            except UnicodeDecodeError as e:
                yield BadLine(f"invalid UTF-8 at byte {e.start}")
