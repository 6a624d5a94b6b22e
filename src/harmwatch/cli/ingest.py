"""`harmwatch ingest`: files, directories, JSONL, WARC, feeds and URLs into the store."""

from __future__ import annotations

import json
import sys
from enum import StrEnum

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from harmwatch.cli.app import app, fail
from harmwatch.errors import HarmwatchError


class SummaryFormat(StrEnum):
    text = "text"
    json = "json"


class RateColumn(ProgressColumn):
    """Documents per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} docs/s" if speed else "- docs/s", style="progress.data.speed")


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(
        ..., metavar="PATH|URL|-", help="Files, directories, .jsonl, .warc(.gz), feeds, URLs, or - for stdin."
    ),
    workers: int = typer.Option(0, "--workers", help="Extraction worker processes (0: one per core)."),
    allow_private: bool = typer.Option(
        False, "--allow-private", help="Let URLs reach private, loopback and link-local addresses."
    ),
    max_bytes: int = typer.Option(5 * 1024 * 1024, "--max-bytes", help="Refuse documents larger than this."),
    timeout: float = typer.Option(
        20.0, "--timeout", help="Seconds for each HTTP request in all (connecting, headers, body)."
    ),
    language: str = typer.Option(
        None, "--language", help="Language of inputs that do not say (default: en)."
    ),
    published: str = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD) of inputs that do not say."
    ),
    no_link: bool = typer.Option(False, "--no-link", help="Store only; link later with `harmwatch link`."),
    capture: bool = typer.Option(
        False,
        "--capture",
        help="Also keep a screenshot (PNG) and PDF of each fetched page (headless chromium).",
    ),
    by: str = typer.Option(
        None, "--by", help="Who keeps the evidence, for its custody record (default: the OS user)."
    ),
    fmt: SummaryFormat = typer.Option(
        SummaryFormat.text, "--format", help="Summary: text on stderr, or json on stdout."
    ),
) -> None:
    """Store reports with every claim extracted, skipping content already stored, and link their events.

    Each document is committed on its own: an interrupted run is finished by running it again.
    Bad documents are recorded with their reason; the exit code is 1 when any failed.

    Each URL fetch (redirects included) is kept in the evidence locker as a WARC with a custody
    record (who, when, tool, host); --capture adds a screenshot and PDF of each page.

    Example: harmwatch --db incidents.db ingest reports/ feed.xml https://example.org/report.html
    """
    from harmwatch.cli.store import open_locker, open_store
    from harmwatch.ingest.fetch import Fetcher
    from harmwatch.ingest.items import IngestOptions
    from harmwatch.ingest.runner import Outcome
    from harmwatch.ingest.runner import ingest as run_ingest
    from harmwatch.ingest.sources import is_url, iter_inputs
    from harmwatch.workers import default_workers

    try:
        # a URL's exchange must be kept: a store with no evidence directory is told to give one
        locker = open_locker(required=capture or any(is_url(a) for a in inputs))
        if capture:
            from harmwatch.evidence.capture import find_chromium

            find_chromium()
    except HarmwatchError as e:
        fail(e)
        return
    opts = IngestOptions(
        max_bytes=max_bytes,
        allow_private=allow_private,
        timeout=timeout,
        language=language,
        published=published,
        evidence=locker is not None,
        capture=capture,
        by=by,
    )
    fetcher = Fetcher(opts)  # also follows feed entries that carry only a link
    progress = None
    if sys.stderr.isatty():
        progress = Progress(
            SpinnerColumn(),
            TextColumn("ingest"),
            BarColumn(),
            TextColumn("{task.completed:,} docs"),
            RateColumn(),
            TimeElapsedColumn(),
            TextColumn("{task.description}"),
            console=Console(stderr=True),
            transient=False,
        )
    try:
        db = open_store()
        task = progress.add_task("", total=None) if progress else None

        def report(o: Outcome) -> None:
            if o.status == "failed":
                msg = f"harmwatch: {o.source}: {o.reason}"
                if progress is not None:
                    progress.console.print(msg, markup=False, highlight=False, soft_wrap=True)
                else:
                    typer.echo(msg, err=True)
            if progress is not None and task is not None:
                progress.update(task, advance=1, description=o.status)

        if progress:
            progress.start()
        try:
            summary = run_ingest(
                db,
                iter_inputs(inputs, opts, fetcher, stdin=sys.stdin.buffer),
                opts,
                workers=workers or default_workers(),
                report=report,
                link=not no_link,
                locker=locker,
            )
        finally:
            if progress:
                progress.stop()
            fetcher.close()
            db.close()
    except HarmwatchError as e:
        fail(e)
        return
    if fmt is SummaryFormat.json:
        sys.stdout.write(
            json.dumps(
                {
                    "added": summary.added,
                    "duplicates": summary.duplicates,
                    "failed": summary.failed,
                    "linked": summary.linked,
                    "seconds": round(summary.seconds, 3),
                    "docs_per_s": round(summary.docs_per_s, 2),
                    "failures": [{"source": f.source, "reason": f.reason} for f in summary.failures],
                }
            )
            + "\n"
        )
    typer.echo(
        f"harmwatch: ingested {summary.added} new, {summary.duplicates} already stored, {summary.failed} failed; "
        f"linked {summary.linked} events ({summary.seconds:.1f} s, {summary.docs_per_s:.1f} docs/s)",
        err=True,
    )
    if summary.failed:
        raise typer.Exit(1)
