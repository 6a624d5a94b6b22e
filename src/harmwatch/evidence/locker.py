"""The locker's files: each piece of evidence under its sha256 (``ab/abcdef…``), written once
(to a temporary name, then linked into place: a crash never leaves half a file under the name),
made read-only and never rewritten. Where the locker is: :func:`evidence_dir`.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from sqlalchemy.engine import make_url

from harmwatch.errors import ConfigError
from harmwatch.store.db import normalize_url

CHUNK = 1024 * 1024


def evidence_dir(db_url: str, configured: str | None = None) -> Path | None:
    """The locker of the store at ``db_url``: ``configured`` (``--evidence-dir``,
    ``HARMWATCH_EVIDENCE_DIR``) if given, else for a SQLite file ``<name>.evidence/`` next to it
    (``incidents.db`` → ``incidents.evidence/``); None for PostgreSQL and in-memory stores, which
    have no place of their own on disk."""
    if configured:
        return Path(configured).expanduser()
    url = make_url(normalize_url(db_url))
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).expanduser().with_suffix(".evidence")
    return None


class Locker:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        """Keep ``data``; return its sha256. Stored already: left as it is (never rewritten)."""
        sha = hashlib.sha256(data).hexdigest()
        path = self.path_of(sha)
        if path.exists():
            return sha
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                os.chmod(tmp, 0o444)
                try:
                    os.link(tmp, path)  # fails if the name exists: a file is never replaced
                except FileExistsError:
                    pass
            finally:
                os.unlink(tmp)
        except OSError as e:
            raise ConfigError(f"evidence locker {self.root}: cannot write: {e.strerror or e}") from e
        return sha

    def read(self, sha256: str) -> bytes:
        return self.path_of(sha256).read_bytes()

    def problem(self, sha256: str, size: int) -> str | None:
        """Why the file kept as ``sha256`` is not what was kept, or None."""
        path = self.path_of(sha256)
        h = hashlib.sha256()
        n = 0
        try:
            with path.open("rb") as f:
                while chunk := f.read(CHUNK):
                    h.update(chunk)
                    n += len(chunk)
        except FileNotFoundError:
            return f"file missing ({path})"
        except OSError as e:
            return f"file unreadable ({path}: {e.strerror or e})"
        if h.hexdigest() != sha256:
            return f"file changed ({path}: sha256 {h.hexdigest()[:12]}, {n:,} bytes; kept {size:,} bytes)"
        return None
