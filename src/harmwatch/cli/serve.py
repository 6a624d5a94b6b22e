"""`harmwatch serve` (the review web app) and `harmwatch user ...` (accounts and API tokens)."""

from __future__ import annotations

import os
import sys
from typing import Any

import typer

from harmwatch.cli.app import app, fail
from harmwatch.errors import HarmwatchError, UsageError


def open_store():
    """Open the store lazily: the database stack is imported only by the commands that use it."""
    from harmwatch.cli.store import open_store as _open

    return _open()


def store_session():
    """:func:`harmwatch.cli.store.store_session`, imported lazily (the store is closed after)."""
    from harmwatch.cli.store import store_session as _session

    return _session()


user_app = typer.Typer(help="Manage review-app users and API tokens.", no_args_is_help=True)
app.add_typer(user_app, name="user")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    secure_cookies: bool = typer.Option(
        False, "--secure-cookies", help="Mark cookies Secure (behind HTTPS)."
    ),
    public: bool = typer.Option(
        False,
        "--public",
        help="For this run only: anonymous visitors may read published facts (no notes, names or history).",
    ),
    forwarded_allow_ips: str = typer.Option(
        None,
        "--forwarded-allow-ips",
        help="Proxy addresses (comma-separated) whose X-Forwarded-For names the client; by default "
        "the header is ignored and the connection's address is the client's.",
    ),
    workers: int = typer.Option(
        1,
        "--workers",
        min=1,
        max=64,
        help="Server processes; each uses up to one core (give the machine's cores for many analysts).",
    ),
) -> None:
    """Serve the review web app over the store (SQLite for one analyst, PostgreSQL for a team).

    Example: harmwatch --db team.db serve --port 8000
    """
    import uvicorn

    from harmwatch.config import DB_ENV, settings
    from harmwatch.web.app import PUBLIC_ENV, SECURE_COOKIES_ENV, create_app

    try:
        db = open_store()
    except HarmwatchError as e:
        fail(e)
        return
    typer.echo(
        f"harmwatch: serving on http://{host}:{port}/ with {workers} worker(s) (Ctrl-C stops)", err=True
    )
    if public:
        typer.echo(
            "harmwatch: public read-only view ON for this run: anyone who can reach the address reads "
            "published facts without a login (a later serve without --public asks for a login again)",
            err=True,
        )
    # uvicorn trusts X-Forwarded-For from 127.0.0.1 by default: only where the operator names a proxy
    proxy: dict[str, Any] = {
        "proxy_headers": bool(forwarded_allow_ips),
        "forwarded_allow_ips": forwarded_allow_ips or None,
    }
    if workers == 1:
        try:
            uvicorn.run(
                create_app(database=db, secure_cookies=secure_cookies, public=public),
                host=host,
                port=port,
                log_level="warning",
                **proxy,
            )
        finally:
            db.close()
        return
    db.close()  # each worker process opens the store itself, from the environment set here
    os.environ[DB_ENV] = settings.db_url
    os.environ[SECURE_COOKIES_ENV] = "1" if secure_cookies else "0"
    os.environ[PUBLIC_ENV] = "1" if public else "0"
    uvicorn.run(
        "harmwatch.web.app:app_from_env",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="warning",
        **proxy,
    )


@user_app.command("add")
def user_add(
    name: str = typer.Argument(..., help="User name."),
    role: str = typer.Option("viewer", "--role", help="admin, editor or viewer."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from stdin."),
) -> None:
    """Add a user. Example: echo 's3cret-pass' | harmwatch user add ana --role editor --password-stdin"""
    from harmwatch.review.users import add_user

    try:
        if not password_stdin:
            raise UsageError("give the password on stdin with --password-stdin")
        password = sys.stdin.readline().rstrip("\r\n")
        with store_session() as s:
            add_user(s, name, role, password)
    except HarmwatchError as e:
        fail(e)
        return
    typer.echo(f"added {name} ({role})")


@user_app.command("list")
def user_list() -> None:
    """List users with their roles."""
    from sqlalchemy import select

    from harmwatch.review.tables import User

    try:
        with store_session() as s:
            for u in s.scalars(select(User).order_by(User.name)):
                typer.echo(f"{u.name}\t{u.role}\t{'disabled' if u.disabled else 'active'}")
    except HarmwatchError as e:
        fail(e)


@user_app.command("disable")
def user_disable(name: str = typer.Argument(..., help="User name.")) -> None:
    """Disable a user: their sessions and API tokens stop working at once."""
    from harmwatch.review.users import disable_user

    try:
        with store_session() as s:
            disable_user(s, name)
    except HarmwatchError as e:
        fail(e)
        return
    typer.echo(f"disabled {name}")


@user_app.command("token")
def user_token(
    name: str = typer.Argument(..., help="User name."),
    label: str = typer.Option(None, "--label", help="What the token is for."),
) -> None:
    """Create an API token for a user (printed once; only its hash is stored)."""
    from harmwatch.review.users import new_api_token

    try:
        with store_session() as s:
            token = new_api_token(s, name, label)
    except HarmwatchError as e:
        fail(e)
        return
    typer.echo(token)
