"""Where harmwatch keeps what it builds once (the gazetteer index): ``HARMWATCH_CACHE_DIR``, else
the platform's cache folder (``$XDG_CACHE_HOME``/``~/.cache`` on Linux, ``~/Library/Caches`` on
macOS, ``%LOCALAPPDATA%`` on Windows), in a ``harmwatch`` folder. A folder that cannot be written
is a clear ConfigError naming it and the variable that moves it, never a traceback."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from harmwatch.errors import ConfigError

CACHE_ENV = "HARMWATCH_CACHE_DIR"


def platform_cache_root() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


def cache_dir() -> Path:
    """The cache folder (not created)."""
    env = os.environ.get(CACHE_ENV)
    return Path(env).expanduser() if env else platform_cache_root() / "harmwatch"


def cache_file(name: str) -> Path:
    """``name`` in the cache folder; the folder is created, and must be writable unless the file
    is already there."""
    path = cache_dir() / name
    if path.exists():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ConfigError(
            f"cannot create the cache folder {path.parent} ({e.strerror or e}); set {CACHE_ENV} to a writable folder"
        ) from e
    if not os.access(path.parent, os.W_OK):
        raise ConfigError(
            f"the cache folder {path.parent} is not writable; set {CACHE_ENV} to a writable folder"
        )
    return path
