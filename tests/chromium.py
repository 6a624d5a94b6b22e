"""Debian's chromium for the browser tests, driven by Playwright: where it is, how it starts, and
the app served on a free local port while a test runs."""

from __future__ import annotations

import contextlib
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# no sandbox (CI runs as root), no GPU, nothing fetched by the browser itself
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def launch(pw: Any) -> Any:
    """A headless chromium with a fresh temporary profile (Playwright's ``launch()`` makes one)."""
    return pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(app: Any) -> Iterator[str]:
    """The app served by uvicorn on a free local port, in a thread, for the test's duration."""
    import uvicorn

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        t.join(10)
