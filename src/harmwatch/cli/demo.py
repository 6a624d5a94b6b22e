"""`harmwatch demo DIR`: extract every report in a folder and show what was found, for people."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from harmwatch.cli.app import app, fail, read_input
from harmwatch.errors import HarmwatchError, InputError, UsageError
from harmwatch.records import Extraction, RawDocument

REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
SKIP_NAMES = {"readme.md", "readme.txt"}  # a folder's own documentation is not a report
INLINE_MAX = 4  # fewer documents than this are extracted in this process: no pool to start


@dataclass(frozen=True, slots=True)
class DemoItem:
    """One report to extract, or one that could not even be read (``error``)."""

    name: str
    raw: RawDocument | None = None
    error: str | None = None


def collect(folder: Path) -> list[DemoItem]:
    """Every report in ``folder`` (not recursive), in name order; each JSONL line is one report."""
    from harmwatch.extract.batch import parse_line
    from harmwatch.records import RawDocument

    items: list[DemoItem] = []
    for path in sorted(folder.iterdir()):
        if (
            not path.is_file()
            or path.suffix.lower() not in REPORT_SUFFIXES
            or path.name.lower() in SKIP_NAMES
        ):
            continue
        try:
            content, suffix = read_input(str(path))
        except InputError as e:
            items.append(DemoItem(path.name, error=str(e)))
            continue
        if suffix == ".jsonl":
            for n, line in enumerate(content.splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    raw = parse_line(n, line)
                except HarmwatchError as e:
                    items.append(DemoItem(f"{path.name}:{n}", error=str(e)))
                    continue
                items.append(DemoItem(f"{path.name}:{raw.id or n}", raw))
        elif suffix in (".html", ".htm"):
            items.append(DemoItem(path.name, RawDocument(id=path.name, html=content)))
        else:
            items.append(DemoItem(path.name, RawDocument(id=path.name, text=content, language="en")))
    return items


def _extract_one(item: DemoItem) -> tuple[Extraction | None, str | None]:
    """Run in a worker: the extraction, or the error message (a bad report never stops the demo)."""
    from dataclasses import replace

    from harmwatch.extract.engine import extract_document

    try:
        if item.raw is None:
            raise InputError(item.error or "no report")
        raw = replace(item.raw, id=item.name)
        return extract_document(raw), None
    except Exception as e:  # reported in the summary table, the other reports go on
        return None, str(e) if isinstance(e, HarmwatchError) else f"{type(e).__name__}: {e}"


def run_all(items: list[DemoItem], workers: int) -> list[tuple[Extraction | None, str | None]]:
    """Extract the readable items, in order; many reports go to the bounded pool of ``workers``."""
    from harmwatch.extract.batch import warm_up
    from harmwatch.workers import imap_ordered

    todo = [it for it in items if it.error is None]
    inline = len(todo) < INLINE_MAX or workers <= 1
    done = [
        r
        for _, r in imap_ordered(
            _extract_one, todo, workers=1 if inline else workers, chunk=2, prepare=warm_up
        )
    ]
    results = iter(done)
    return [(None, it.error) if it.error is not None else next(results) for it in items]


def _killed(x: Extraction) -> str:
    figs = [c for e in x.events if not e.background for c in e.casualties if c.outcome == "killed"]
    if not figs:
        return "-"
    lows = [c.min for c in figs if c.min is not None]
    if not lows:
        return "?"
    lo = min(lows)
    hi = max(c.max if c.max is not None else c.min for c in figs if c.min is not None)
    return str(lo) if lo == hi else f"{lo}-{hi}"


# claim kinds counted in the table, with their short column names
CLAIM_KINDS = {"events": "ev", "aggregates": "aggr", "allegations": "alleg", "responses": "resp", "quotes": "quote",
               "evidence": "evid", "removed": "rm"}  # fmt: skip
LEGEND = (
    "ev events · aggr aggregates (tolls kept apart) · alleg allegations · resp responses · quote quotes · "
    "evid evidence · rm boilerplate segments removed"
)


def _counts(x: Extraction) -> dict[str, int]:
    return {k: len(getattr(x, k)) for k in CLAIM_KINDS}


def _claims_cell(counts: dict[str, int]) -> str:
    return " ".join(f"{n} {CLAIM_KINDS[k]}" for k, n in counts.items() if n) or "-"


def count_table(items: list[DemoItem], results: list[tuple[Extraction | None, str | None]]) -> Table:
    """One row per report (main event type, killed range, counts of claims), then the totals."""
    table = Table(title="What harmwatch found", title_justify="left", box=box.SIMPLE_HEAD, padding=(0, 1))
    table.add_column("report", no_wrap=True)
    table.add_column("main event", overflow="fold", max_width=20)
    table.add_column("killed", justify="right", no_wrap=True)
    table.add_column("claims found", overflow="fold")
    totals = dict.fromkeys(CLAIM_KINDS, 0)
    for it, (x, err) in zip(items, results, strict=True):
        if x is None:
            table.add_row(it.name, "[red]error[/]", "", str(err))
            continue
        main = next((e for e in x.events if e.main), x.events[0] if x.events else None)
        if main is not None:
            kind = main.sub_event_type or "?"
        else:
            kind = "[dim]not English[/]" if x.language != "en" else "[dim]no incident[/]"
        counts = _counts(x)
        for k, n in counts.items():
            totals[k] += n
        table.add_row(it.name, kind, _killed(x), _claims_cell(counts))
    table.add_section()
    table.add_row(f"[bold]{len(items)} reports[/]", "", "", _claims_cell(totals))
    return table


@app.command()
def demo(
    folder: Path = typer.Argument(
        None, metavar="DIR", help="Folder of reports (.txt .md .html .jsonl); default: the shipped examples."
    ),
    workers: int = typer.Option(0, "--workers", help="Worker processes for many reports (0: one per core)."),
) -> None:
    """Extract every report in a folder and print a readable summary of each, then a count table.

    Example: harmwatch demo examples
    """
    from harmwatch.cli.summary import print_summary
    from harmwatch.workers import default_workers

    try:
        if folder is None:  # ./examples in a checkout, else the examples shipped in the package
            shipped = Path(__file__).resolve().parent.parent / "examples"
            folder = Path("examples") if Path("examples").is_dir() or not shipped.is_dir() else shipped
        if not folder.is_dir():
            raise UsageError(f"{folder}: not a folder")
        items = collect(folder)
        if not items:
            raise UsageError(f"{folder}: no reports ({', '.join(REPORT_SUFFIXES)})")
    except HarmwatchError as e:
        fail(e)
        return
    console = Console()
    t0 = time.perf_counter()
    results = run_all(items, workers or default_workers())
    elapsed = time.perf_counter() - t0
    for it, (x, err) in zip(items, results, strict=True):
        console.rule(f"[bold]{it.name}")
        if x is None:
            console.print(f"[red]error:[/] {err}")
        else:
            print_summary(x, console)
    console.print()
    console.print(count_table(items, results))
    console.print(f"[dim]{LEGEND}[/]")
    failed = sum(1 for x, _ in results if x is None)
    console.print(
        f"{len(items)} reports in {elapsed:.1f} s" + (f", [red]{failed} failed[/]" if failed else "")
    )
    if failed:
        raise typer.Exit(1)
