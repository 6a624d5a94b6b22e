"""A screenshot (PNG) and a PDF of a page by headless chromium (Debian's ``chromium``), run as a
subprocess under a timeout in a fresh profile directory, with no background networking or
component updates (nothing is downloaded but the page).

Chromium loads the page itself, subresources included. Unless private addresses are allowed,
every host but the page's own resolves to nothing (``--host-resolver-rules``): a page cannot make
the browser reach an intranet or cloud-metadata address; the price is that images and styles from
other hosts are missing from the capture. The page's host was checked by the fetcher just before.
"""

from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from harmwatch.errors import ConfigError, InputError
from harmwatch.evidence.records import Evidence, custody
from harmwatch.ingest.items import IngestOptions, cap

CAPTURE_TIMEOUT = 90.0  # seconds for one chromium run (start-up on a busy machine included)
WINDOW = "1280,1600"


def find_chromium() -> str:
    """The chromium executable, or a ConfigError saying it is missing."""
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    raise ConfigError("--capture needs chromium: not found on PATH (Debian: apt-get install chromium)")


@functools.lru_cache(maxsize=4)
def chromium_version(path: str) -> str:
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return "chromium"
    lines = [line.strip() for line in out.splitlines() if line.strip().lower().startswith("chromium")]
    return lines[-1] if lines else "chromium"


def _flags(url: str, profile: Path, allow_private: bool) -> list[str]:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        f"--window-size={WINDOW}",
    ]
    if not allow_private:
        host = urlsplit(url).hostname or ""
        flags.append(f"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE {host}")
    return flags


def _run(cmd: list[str], timeout: float) -> None:
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        _, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)  # chromium's own child processes too
        p.communicate()
        raise InputError(f"chromium timed out after {timeout:g} s") from None
    if p.returncode != 0:
        last = (err or b"").decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise InputError(cap(f"chromium failed (exit {p.returncode}): {last[0]}"))


def capture(url: str, opts: IngestOptions, timeout: float = CAPTURE_TIMEOUT) -> tuple[Evidence, ...]:
    """A screenshot and a PDF of ``url``, each with its custody record."""
    chromium = find_chromium()
    tool = chromium_version(chromium)
    out: list[Evidence] = []
    for kind, flag, name in (
        ("screenshot", "--screenshot", "page.png"),
        ("pdf", "--print-to-pdf", "page.pdf"),
    ):
        with tempfile.TemporaryDirectory(prefix="harmwatch-capture-") as tmp:
            profile, target = Path(tmp) / "profile", Path(tmp) / name
            c = custody(f"{tool} headless", url, opts.by)
            _run([chromium, *_flags(url, profile, opts.allow_private), f"{flag}={target}", url], timeout)
            if not target.exists() or target.stat().st_size == 0:
                raise InputError(f"chromium wrote no {kind}")
            out.append(Evidence(kind, target.read_bytes(), c))  # type: ignore[arg-type]
    return tuple(out)
