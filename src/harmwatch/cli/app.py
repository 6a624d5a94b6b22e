"""The Typer application object and shared CLI helpers."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import typer

from harmwatch import __version__
from harmwatch.config import DB_ENV, DEFAULT_DB_URL, settings
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
) -> None:
    settings.db_url = db
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")


def fail(err: HarmwatchError | str, code: int | None = None) -> None:
    """Print one line to stderr and exit with the error's code."""
    msg = str(err)
    typer.echo(f"harmwatch: error: {msg}", err=True)
    raise typer.Exit(code if code is not None else getattr(err, "exit_code", 1))


def read_input(path: str) -> tuple[str, str]:
    """Read FILE or '-' (stdin) as text; return (content, suffix)."""
    if path == "-":
        data = sys.stdin.buffer.read()
        suffix = ""
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{path}: no such file")
        if p.is_dir():
            raise InputError(f"{path}: is a directory")
        data = p.read_bytes()
        suffix = p.suffix.lower()
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


def open_lines(path: str):
    """Lines of a JSONL file or stdin, streamed."""
    if path == "-":
        return sys.stdin
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    return p.open(encoding="utf-8", errors="replace")
