"""`harmwatch extract`: one report, or a JSONL batch, to sourced claims."""

from __future__ import annotations

import json
import sys
from enum import StrEnum

import typer

from harmwatch.cli.app import app, fail, open_lines, read_input
from harmwatch.errors import HarmwatchError, UsageError


class Format(StrEnum):
    json = "json"
    text = "text"


@app.command()
def extract(
    path: str = typer.Argument(None, metavar="FILE|-", help="A report (.html, .txt, .md) or - for stdin."),
    jsonl: str = typer.Option(
        None,
        "--jsonl",
        metavar="FILE",
        help="Batch: lines {id, text|html, url, published, language}; - for stdin.",
    ),
    published: str = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD) to resolve 'on Tuesday'."
    ),
    url: str = typer.Option(None, "--url", help="The report's URL."),
    language: str = typer.Option(
        None, "--language", help="ISO 639-1 language of the report (default: identified from the text)."
    ),
    fmt: Format = typer.Option(
        Format.json, "--format", help="json (the contract) or text (a summary for people)."
    ),
    workers: int = typer.Option(0, "--workers", help="Batch worker processes (0: one per core)."),
) -> None:
    """Extract events, casualty figures, allegations, responses, quotes and evidence.

    Example: harmwatch extract report.html --published 2016-10-08 --format text
    """
    try:
        if jsonl is not None:
            if path is not None:
                raise UsageError("give FILE or --jsonl, not both")
            _batch(jsonl, workers or None, language)
            return
        if path is None:
            raise UsageError("give a FILE, - for stdin, or --jsonl FILE")
        from harmwatch.extract.engine import extract_document
        from harmwatch.records import RawDocument

        content, suffix = read_input(path)
        is_html = suffix in (".html", ".htm")
        raw = RawDocument(
            id=None if path == "-" else path,
            text=None if is_html else content,
            html=content if is_html else None,
            url=url,
            published=published,
            language=language,
        )
        result = extract_document(raw)
    except HarmwatchError as e:
        fail(e)
        return
    if fmt is Format.json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=1) + "\n")
    else:
        from harmwatch.cli.summary import print_summary

        print_summary(result)


def _batch(path: str, workers: int | None, language: str | None = None) -> None:
    from harmwatch.extract.batch import run_batch
    from harmwatch.ingest.items import clean_str

    failed = 0
    total = 0
    out = sys.stdout
    for res in run_batch(open_lines(path), workers=workers, language=language):
        total += 1
        if res.error:
            failed += 1
            typer.echo(f"harmwatch: line {res.line_no} ({res.id}): {res.error}", err=True)
        # a lone surrogate that came in as JSON "\\ud800" cannot go out as UTF-8: U+FFFD, one
        # character for one, so every span still indexes the text
        out.write(clean_str(json.dumps(res.output, ensure_ascii=False)) + "\n")
        out.flush()
    if failed:
        typer.echo(f"harmwatch: {failed} of {total} documents failed", err=True)
        raise typer.Exit(1)
