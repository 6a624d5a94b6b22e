"""`harmwatch serve --workers 2`: two server processes over one store, sessions valid in both."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

HARMWATCH = str(Path(sys.executable).with_name("harmwatch"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_with_two_workers_answers_logged_in_pages(tmp_path):
    from harmwatch.review.synthetic import fill
    from harmwatch.review.users import add_user
    from harmwatch.store.db import open_db

    url = f"sqlite:///{tmp_path / 'team.db'}"
    db = open_db(url)
    fill(db, 12, sources_per_incident=1, seed=5)
    with db.session() as s:
        add_user(s, "ana", "viewer", "ana-password-1")
    db.close()
    port = _free_port()
    proc = subprocess.Popen(
        [HARMWATCH, "--db", url, "serve", "--port", str(port), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(150):
            try:
                httpx.get(f"{base}/login", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        with httpx.Client(base_url=base) as c:
            token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
            r = c.post(
                "/login",
                data={"username": "ana", "password": "ana-password-1", "csrf_token": token},
                follow_redirects=True,
            )
            assert r.status_code == 200 and "Incidents" in r.text
            # new connections land on either process: every one must know the session
            for _ in range(8):
                with httpx.Client(base_url=base, cookies=c.cookies) as fresh:
                    page = fresh.get("/incidents/1")
                    assert page.status_code == 200 and "Incident 1" in page.text
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert b"with 2 worker(s)" in err


def test_serve_and_user_commands_close_the_store_they_open(db_url, monkeypatch):
    """Every store a command opens is closed when it ends (an engine left to the garbage collector
    leaves its PostgreSQL connection open)."""
    import uvicorn
    from typer.testing import CliRunner

    import harmwatch.cli.store
    from harmwatch.cli import app as cli
    from harmwatch.store.db import Database

    opened: list[Database] = []
    closed: list[Database] = []
    real_open, real_close = harmwatch.cli.store.open_db, Database.close

    def counting_open(url: str) -> Database:
        opened.append(real_open(url))
        return opened[-1]

    def counting_close(db: Database) -> None:
        closed.append(db)
        real_close(db)

    monkeypatch.setattr(harmwatch.cli.store, "open_db", counting_open)
    monkeypatch.setattr(Database, "close", counting_close)
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: None)
    runner = CliRunner()
    for args, stdin in (
        (["user", "add", "ana", "--role", "editor", "--password-stdin"], "ana-password-1\n"),
        (["user", "list"], None),
        (["user", "token", "ana"], None),
        (["user", "disable", "ana"], None),
        (["user", "disable", "nobody"], None),  # an error ends the command: the store is closed too
        (["serve"], None),
    ):
        r = runner.invoke(cli, ["--db", db_url, *args], input=stdin)
        assert r.exit_code == (2 if "nobody" in args else 0), (args, r.output)  # 2: a usage error
    assert len(opened) == 6 and {id(d) for d in closed} >= {id(d) for d in opened}
