"""`harmwatch source add|list|rm`: the feeds and pages `harmwatch run` polls."""

from __future__ import annotations

import typer

from harmwatch.cli.app import app

source_app = typer.Typer(help="Feeds and pages polled by `harmwatch run`.", no_args_is_help=True)
app.add_typer(source_app, name="source")


@source_app.command("add")
def source_add(
    url: str = typer.Argument(..., help="An RSS/Atom feed or a page (http or https)."),
    every: str = typer.Option("30m", "--every", help="How often to poll: 90s, 30m, 2h, 1d (at least 1m)."),
    name: str = typer.Option(None, "--name", help="A short name (default: from the URL)."),
    allow_private: bool = typer.Option(
        False, "--allow-private", help="Let this source reach private, loopback and link-local addresses."
    ),
) -> None:
    """Add a source to poll.

    Example: harmwatch source add https://example.org/feed.xml --every 30m --name example
    """
    from harmwatch.cli.store import store_session
    from harmwatch.watch.sources import add_source, every_text

    with store_session() as s:
        src = add_source(s, url, every, name, allow_private)
        typer.echo(f"harmwatch: source {src.name}: {src.url} every {every_text(src.every_s)}", err=True)


@source_app.command("list")
def source_list() -> None:
    """List sources with their last fetch, failures and next poll.

    Example: harmwatch source list
    """
    from harmwatch.cli.store import store_session
    from harmwatch.watch.sources import all_sources, every_text

    with store_session() as s:
        for src in all_sources(s):
            last = src.last_fetched_at.strftime("%Y-%m-%d %H:%M") if src.last_fetched_at else "never"
            nxt = src.next_due_at.strftime("%Y-%m-%d %H:%M") if src.next_due_at else "next run"
            line = (
                f"{src.name}\t{src.url}\tevery {every_text(src.every_s)}\tlast {last} {src.last_status or ''}"
            )
            line += f"\tnext {nxt}"
            if src.failures:
                line += f"\tFAILING x{src.failures}: {src.last_error}"
            typer.echo(line)


@source_app.command("rm")
def source_rm(name: str = typer.Argument(..., help="The source's name.")) -> None:
    """Remove a source (its stored reports stay).

    Example: harmwatch source rm example
    """
    from harmwatch.cli.store import store_session
    from harmwatch.watch.sources import get_source

    with store_session() as s:
        s.delete(get_source(s, name))
    typer.echo(f"harmwatch: source {name} removed", err=True)
