from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.store.dbfix import db_url, store  # noqa: F401  (the SQLite / PostgreSQL store fixtures)
from tests.watch.servers import Hook, MailHandler, Site, feed_server, free_port, webhook_server

CLI = "import sys; from harmwatch.cli import app; sys.argv[0] = 'harmwatch'; app()"


@pytest.fixture
def smtp():
    from aiosmtpd.controller import Controller

    handler = MailHandler()
    port = free_port()
    ctl = Controller(handler, hostname="127.0.0.1", port=port)
    ctl.start()
    handler.address = f"127.0.0.1:{port}"
    yield handler
    handler.release.set()
    ctl.stop()


@pytest.fixture
def hook():
    h = Hook()
    srv = webhook_server(h)
    h.url = f"http://127.0.0.1:{srv.server_address[1]}/hook"
    yield h
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def site():
    s = Site()
    srv = feed_server(s)
    s.base = f"http://127.0.0.1:{srv.server_address[1]}"
    yield s
    srv.shutdown()
    srv.server_close()


def _env() -> dict[str, str]:
    import harmwatch

    src = os.path.dirname(os.path.dirname(harmwatch.__file__))
    return dict(os.environ, PYTHONPATH=src + os.pathsep + os.environ.get("PYTHONPATH", ""))


@pytest.fixture
def cli():
    """Run ``harmwatch ARGS`` in a child process: (exit code, stdout, stderr)."""

    def run(*args: str, timeout: float = 180) -> tuple[int, str, str]:
        p = subprocess.run(
            [sys.executable, "-c", CLI, *args], capture_output=True, text=True, env=_env(), timeout=timeout
        )
        return p.returncode, p.stdout, p.stderr

    return run


@pytest.fixture
def spawn():
    """Start ``harmwatch ARGS`` in the background (for kill -9); their pipes are closed after the test."""
    procs: list[subprocess.Popen] = []

    def start(*args: str) -> subprocess.Popen:
        proc = subprocess.Popen(
            [sys.executable, "-c", CLI, *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=_env(),
            start_new_session=True,
        )
        procs.append(proc)
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)
        if proc.stderr is not None:
            proc.stderr.close()
