"""`harmwatch digest`: send each watch's due digest by e-mail and webhook (alerts of the others)."""

from __future__ import annotations

import sys

import typer

from harmwatch.cli.app import app, fail
from harmwatch.errors import HarmwatchError, UsageError


def send_options(
    smtp: str | None,
    sender: str | None,
    user: str | None,
    password: str | None,
    starttls: bool,
    base_url: str,
    allow_private: bool,
):
    """The delivery settings of ``digest`` and ``run`` from their options: SMTP (each also read from
    its HARMWATCH_SMTP* variable), the links' base URL, whether webhooks may reach private hosts."""
    from harmwatch.watch.delivery import SendOptions, SmtpSettings
    from harmwatch.watch.watches import check_email

    host, port = "127.0.0.1", 25
    if smtp:
        h, _, p = smtp.rpartition(":")
        if not h or not p.isdigit() or not 0 < int(p) < 65536:
            raise UsageError(f"--smtp: expected HOST:PORT, got {smtp!r}")
        host, port = h.strip("[]"), int(p)
    sender = check_email(sender) if sender else "harmwatch@localhost"
    smtp_settings = SmtpSettings(
        host=host, port=port, starttls=starttls, user=user, password=password, sender=sender
    )
    return SendOptions(smtp=smtp_settings, base_url=base_url, allow_private=allow_private)


SmtpOpt = typer.Option(
    None, "--smtp", envvar="HARMWATCH_SMTP", help="SMTP server HOST:PORT (default 127.0.0.1:25)."
)
FromOpt = typer.Option(None, "--from", envvar="HARMWATCH_SMTP_FROM", help="Sender address.")
UserOpt = typer.Option(None, "--smtp-user", envvar="HARMWATCH_SMTP_USER", help="SMTP login name.")
PasswordOpt = typer.Option(
    None, "--smtp-password", envvar="HARMWATCH_SMTP_PASSWORD", help="SMTP password (prefer the variable)."
)
StartTlsOpt = typer.Option(
    False, "--starttls/--no-starttls", envvar="HARMWATCH_SMTP_STARTTLS", help="Upgrade SMTP with STARTTLS."
)
BaseUrlOpt = typer.Option(
    None, "--base-url", envvar="HARMWATCH_BASE_URL", help="The review app's URL, for links."
)
PrivateHooksOpt = typer.Option(
    False, "--allow-private", help="Let webhooks reach private, loopback and link-local addresses."
)


def print_report(report) -> None:
    for text in report.dry_run:
        sys.stdout.write(text + "\n")
    for err in report.errors:
        typer.echo(f"harmwatch: {err}", err=True)


@app.command()
def digest(
    watch: str = typer.Option(
        None, "--watch", help="Only this watch, due or not (default: every due watch)."
    ),
    smtp: str = SmtpOpt,
    sender: str = FromOpt,
    smtp_user: str = UserOpt,
    smtp_password: str = PasswordOpt,
    starttls: bool = StartTlsOpt,
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Print what would be sent; send and record nothing."
    ),
    base_url: str = BaseUrlOpt,
    allow_private: bool = PrivateHooksOpt,
) -> None:
    """Send due digests (new incidents, toll changes, new sources, denials), each item once per recipient.

    A digest that cannot be sent is kept and sent again by the next run; the exit code is 1.

    Example: harmwatch digest --smtp mail.example.org:587 --starttls --from hw@example.org --base-url https://hw.example.org
    """
    from harmwatch.cli.store import open_store
    from harmwatch.watch.dispatch import run_pass

    try:
        opts = send_options(smtp, sender, smtp_user, smtp_password, starttls, base_url, allow_private)
        db = open_store()
        try:
            report = run_pass(db, opts, watch=watch, dry_run=dry_run, backoff=False)
        finally:
            db.close()  # also when the pass fails: no connection is left to the collector
    except HarmwatchError as e:
        fail(e)
        return
    print_report(report)
    if not dry_run:
        typer.echo(
            f"harmwatch: {report.sent} messages sent ({report.items_sent} items), {report.failed} failed",
            err=True,
        )
    if report.errors:
        raise typer.Exit(1)
