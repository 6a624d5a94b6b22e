"""`harmwatch run`: poll due sources, ingest and link what is new, send due digests and alerts."""

from __future__ import annotations

import time

import typer

from harmwatch.cli.app import app, fail
from harmwatch.cli.digest import (
    BaseUrlOpt,
    FromOpt,
    PasswordOpt,
    PrivateHooksOpt,
    SmtpOpt,
    StartTlsOpt,
    UserOpt,
    print_report,
    send_options,
)
from harmwatch.errors import HarmwatchError


@app.command()
def run(
    once: bool = typer.Option(False, "--once", help="One pass, then exit (for cron)."),
    interval: int = typer.Option(60, "--interval", help="Seconds between passes when running on."),
    smtp: str = SmtpOpt,
    sender: str = FromOpt,
    smtp_user: str = UserOpt,
    smtp_password: str = PasswordOpt,
    starttls: bool = StartTlsOpt,
    base_url: str = BaseUrlOpt,
    allow_private: bool = PrivateHooksOpt,
    timeout: float = typer.Option(20.0, "--timeout", help="Seconds per HTTP request."),
    all_sources: bool = typer.Option(False, "--all-sources", help="Poll every source now, due or not."),
) -> None:
    """Poll due sources, ingest and link new reports, then send due digests and alerts; repeat.

    A failing source is reported and polled less often (its wait doubles); the others go on.
    With --once the exit code is 1 when a source or a delivery failed.

    Example: harmwatch run --once --smtp 127.0.0.1:2525 --from hw@example.org
    """
    from harmwatch.cli.store import open_locker, open_store

    try:
        opts = send_options(smtp, sender, smtp_user, smtp_password, starttls, base_url, allow_private)
        db = open_store()
    except HarmwatchError as e:
        fail(e)
        return
    if open_locker() is None:
        typer.echo(
            "harmwatch: this store has no evidence directory: polled pages are stored without their HTTP "
            "exchange (give --evidence-dir DIR to keep it)",
            err=True,
        )
    try:
        while True:
            bad = one_pass(db, opts, timeout, all_sources)
            if once:
                break
            time.sleep(max(1, interval))
    except KeyboardInterrupt:
        bad = False
    finally:
        db.close()
    if bad:
        raise typer.Exit(1)


def one_pass(db, opts, timeout: float, all_sources: bool = False) -> bool:
    """Poll, ingest, link, dispatch; print what happened; return whether anything failed. Each
    fetch's HTTP exchange goes into the store's evidence locker, where it has one."""
    from harmwatch.cli.store import open_locker
    from harmwatch.ingest.runner import ingest
    from harmwatch.store.linking import link_pending_safely
    from harmwatch.watch.dispatch import run_pass
    from harmwatch.watch.sources import poll

    locker = open_locker()  # polled pages keep their evidence where the store has a locker

    def ingest_items(items):
        summary = ingest(db, items, workers=1, link=False, locker=locker)
        return summary.added, [f.reason or "failed" for f in summary.failures]

    bad = False
    try:
        results = poll(db, ingest_items, timeout=timeout, every=all_sources, evidence=locker is not None)
    except HarmwatchError as e:
        typer.echo(f"harmwatch: polling: {e}", err=True)
        results, bad = [], True
    for r in results:
        if r.status == "failed":
            bad = True
            typer.echo(f"harmwatch: source {r.source}: {r.error} (backing off)", err=True)
        else:
            typer.echo(f"harmwatch: source {r.source}: {r.status}, {r.items} items, {r.added} new", err=True)
    linked = link_pending_safely(db)  # under the linking lock, as `ingest` and `link` link
    if linked:
        typer.echo(f"harmwatch: linked {linked} events", err=True)
    report = run_pass(db, opts)
    print_report(report)
    typer.echo(
        f"harmwatch: {report.sent} messages sent ({report.items_sent} items), {report.failed} failed",
        err=True,
    )
    return bad or bool(report.errors)
