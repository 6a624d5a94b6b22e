"""`harmwatch watch add|list|show|rm|feed`: named incident filters with recipients and a schedule."""

from __future__ import annotations

import sys

import typer

from harmwatch.cli.app import app

watch_app = typer.Typer(help="Watches: what to tell whom, and when.", no_args_is_help=True)
app.add_typer(watch_app, name="watch")


@watch_app.command("add")
def watch_add(
    name: str = typer.Argument(..., help="The watch's name (letters, digits, . _ -)."),
    country: list[str] = typer.Option(None, "--country", help="ISO 3166 alpha-2 code (repeat for several)."),
    sub_event_type: list[str] = typer.Option(
        None, "--type", help="ACLED sub-event type, e.g. 'Air/drone strike' (repeat for several)."
    ),
    perpetrator: str = typer.Option(None, "--perpetrator", help="Words of a perpetrator's name."),
    query: str = typer.Option(None, "--query", help="Words that must all appear (place, type, titles)."),
    min_killed: int = typer.Option(
        None, "--min-killed", help="At least this many killed (highest reported)."
    ),
    email: list[str] = typer.Option(None, "--email", help="A recipient's address (repeat for several)."),
    webhook: str = typer.Option(None, "--webhook", help="POST each digest and alert as signed JSON here."),
    at: str = typer.Option(None, "--at", help="Digest times, e.g. 07:00,19:00 (default: at every run)."),
    tz: str = typer.Option("UTC", "--tz", help="Time zone of --at, e.g. Europe/London."),
    alert_killed: int = typer.Option(
        None, "--alert-killed", help="Alert at once: a new incident with >= N killed."
    ),
    alert_rise: float = typer.Option(
        None, "--alert-rise", help="Alert at once: a toll that rose by >= X percent."
    ),
    alert_denial: bool = typer.Option(False, "--alert-denial", help="Alert at once: a new denial."),
    private: bool = typer.Option(False, "--private", help="Serve the Atom feed only with the watch's token."),
) -> None:
    """Add a watch: the filters of `harmwatch incidents`, its recipients, its schedule and alerts.

    Example: harmwatch watch add sy-strikes --country SY --type 'Air/drone strike' --email a@example.org --at 07:00,19:00 --tz Europe/London
    """
    from harmwatch.cli.store import store_session
    from harmwatch.watch.watches import Alerts, WatchFilter, WatchSpec, add_watch

    spec = WatchSpec(
        name=name,
        filter=WatchFilter(
            countries=tuple(country or ()),
            types=tuple(sub_event_type or ()),
            perpetrator=perpetrator,
            query=query,
            min_killed=min_killed,
        ),
        emails=tuple(email or ()),
        webhook=webhook,
        at=at,
        tz=tz,
        alerts=Alerts(alert_killed, alert_rise, alert_denial),
        private=private,
    )
    with store_session() as s:
        w = add_watch(s, spec)
        typer.echo(f"harmwatch: watch {w.name}: {WatchFilter.from_dict(w.filters).describe()}", err=True)
        if w.webhook_secret:
            typer.echo(f"webhook secret (verifies X-Harmwatch-Signature): {w.webhook_secret}")
        if w.private:
            typer.echo(f"feed token: {w.feed_token}")


@watch_app.command("list")
def watch_list() -> None:
    """List watches: filter, recipients, schedule, last digest.

    Example: harmwatch watch list
    """
    from harmwatch.cli.store import store_session
    from harmwatch.watch.watches import WatchFilter, all_watches

    with store_session() as s:
        for w in all_watches(s):
            last = w.last_digest_at.strftime("%Y-%m-%d %H:%M") if w.last_digest_at else "never"
            rc = ", ".join([*w.emails, *([w.webhook] if w.webhook else [])]) or "feed only"
            when = f"at {w.at} {w.tz}" if w.at else "every run"
            typer.echo(f"{w.name}\t{WatchFilter.from_dict(w.filters).describe()}\t{rc}\t{when}\tlast {last}")


@watch_app.command("show")
def watch_show(name: str = typer.Argument(...)) -> None:
    """Show a watch, its matching incidents and its delivery log.

    Example: harmwatch watch show sy-strikes
    """
    from sqlalchemy import select

    from harmwatch.cli.store import store_session
    from harmwatch.watch.tables import Delivery
    from harmwatch.watch.watches import Alerts, WatchFilter, get_watch, watched_incidents

    with store_session() as s:
        w = get_watch(s, name)
        flt = WatchFilter.from_dict(w.filters)
        alerts = Alerts.from_dict(w.alerts or {})
        typer.echo(f"watch:      {w.name}")
        typer.echo(f"filter:     {flt.describe()}")
        typer.echo(f"e-mail:     {', '.join(w.emails) or '-'}")
        typer.echo(f"webhook:    {w.webhook or '-'}")
        typer.echo(f"schedule:   {('at ' + w.at + ' ' + w.tz) if w.at else 'every run'}")
        typer.echo(f"alerts:     {alerts.to_dict() if alerts.any else '-'}")
        typer.echo(f"feed:       /watches/{w.name}.atom" + (" (private: ?token=...)" if w.private else ""))
        incs = watched_incidents(s, flt)
        typer.echo(f"incidents:  {len(incs)} now match")
        rows = s.scalars(
            select(Delivery).where(Delivery.watch_id == w.id).order_by(Delivery.id.desc()).limit(20)
        )
        for d in rows:
            when = (d.sent_at or d.created_at).strftime("%Y-%m-%d %H:%M")
            err = f" ({d.last_error})" if d.last_error else ""
            typer.echo(
                f"delivery:   {when} {d.channel} {d.recipient} {d.state} x{d.attempts}{err}: {d.subject}"
            )


@watch_app.command("rm")
def watch_rm(name: str = typer.Argument(...)) -> None:
    """Remove a watch with its state and delivery log.

    Example: harmwatch watch rm sy-strikes
    """
    from harmwatch.cli.store import store_session
    from harmwatch.watch.watches import get_watch

    with store_session() as s:
        s.delete(get_watch(s, name))
    typer.echo(f"harmwatch: watch {name} removed", err=True)


@watch_app.command("feed")
def watch_feed(
    name: str = typer.Argument(...),
    base_url: str = typer.Option(None, "--base-url", help="The review app's URL, for entry links."),
) -> None:
    """Print the watch's Atom feed (changes are recorded first).

    Example: harmwatch watch feed sy-strikes > sy-strikes.atom
    """
    from harmwatch.cli.store import store_session
    from harmwatch.watch.atom import feed_xml
    from harmwatch.watch.delivery import enqueue
    from harmwatch.watch.watches import get_watch

    with store_session() as s:
        w = get_watch(s, name)
        enqueue(s, w, base_url, urgent_only=True, feed_only=True)
    with store_session() as s:  # a second transaction: the feed shows what the first committed
        sys.stdout.buffer.write(feed_xml(s, get_watch(s, name)))
