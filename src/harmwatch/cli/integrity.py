"""`harmwatch verify`, `harmwatch verify-export` and `harmwatch key new`: prove nothing changed."""

from __future__ import annotations

from pathlib import Path

import typer

from harmwatch.cli.app import app, fail
from harmwatch.errors import HarmwatchError

key_app = typer.Typer(help="Signing keys for exports.", no_args_is_help=True)
app.add_typer(key_app, name="key")


@app.command()
def verify() -> None:
    """Re-hash every original, cleaned text and evidence file; re-read the records; walk the chain.

    Re-reads every audit entry and evidence record. Names every document, text, audit entry or evidence item (record or file) that changed or went
    missing since it was committed; exit 1 if any.

    Example: harmwatch --db incidents.db verify
    """
    from harmwatch.cli.store import open_locker, open_store
    from harmwatch.store.integrity import verify as run_verify

    try:
        db = open_store()
        with db.session() as s:
            report = run_verify(s, locker=open_locker())
        db.close()
    except HarmwatchError as e:
        fail(e)
        return
    for p in report.problems:
        typer.echo(f"harmwatch: {p}", err=True)
    typer.echo(
        f"harmwatch: {report.entries} chain entries, {report.documents} documents, "
        f"{report.audit_entries} audit entries, {report.evidence} evidence items: "
        + ("verified" if report.ok else f"{len(report.problems)} problems"),
        err=True,
    )
    if not report.ok:
        raise typer.Exit(1)


@app.command("verify-export")
def verify_export(
    directory: Path = typer.Argument(..., help="The folder holding the export and its manifest."),
    key: Path = typer.Option(..., "--key", metavar="PUBKEY", help="The signer's public key (PEM)."),
) -> None:
    """Check a signed export: the manifest's ed25519 signature and every file's sha256.

    Example: harmwatch verify-export out/ --key team.pub
    """
    from harmwatch.export.signing import verify_dir

    try:
        problems = verify_dir(directory, key)
    except HarmwatchError as e:
        fail(e)
        return
    for p in problems:
        typer.echo(f"harmwatch: {p}", err=True)
    if problems:
        raise typer.Exit(1)
    typer.echo(f"harmwatch: {directory}: signature and files verified", err=True)


@key_app.command("new")
def key_new(
    out: Path = typer.Option(
        Path("harmwatch-signing"), "--out", metavar="PREFIX", help="Writes PREFIX.key and PREFIX.pub."
    ),
) -> None:
    """Make an ed25519 key pair: PREFIX.key (private, mode 600) signs, PREFIX.pub verifies.

    Example: harmwatch key new --out team
    """
    from harmwatch.export.signing import new_key_pair

    try:
        private, public = new_key_pair(out)
    except HarmwatchError as e:
        fail(e)
        return
    typer.echo(f"harmwatch: wrote {private} (keep it secret) and {public}", err=True)
