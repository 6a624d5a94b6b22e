from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from harmwatch.evidence.locker import Locker, evidence_dir


def test_files_are_named_by_sha256_and_never_rewritten(tmp_path):
    locker = Locker(tmp_path / "locker")
    sha = locker.put(b"exchange one")
    path = locker.path_of(sha)
    assert sha == hashlib.sha256(b"exchange one").hexdigest()
    assert path == tmp_path / "locker" / sha[:2] / sha and path.read_bytes() == b"exchange one"
    assert not os.access(path, os.W_OK) or os.geteuid() == 0  # read-only (root may write anyway)
    assert locker.problem(sha, 12) is None
    # someone changes the file: putting the same content again does not repair or rewrite it
    path.chmod(0o644)
    path.write_bytes(b"exchange 1")
    assert locker.put(b"exchange one") == sha and path.read_bytes() == b"exchange 1"
    assert "file changed" in locker.problem(sha, 12)
    path.unlink()
    assert "file missing" in locker.problem(sha, 12)
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".tmp-")]


@pytest.mark.parametrize(
    ("url", "configured", "expected"),
    [
        ("sqlite:////data/incidents.db", None, Path("/data/incidents.evidence")),
        ("incidents.db", None, Path("incidents.evidence")),
        ("postgresql+psycopg://u:p@127.0.0.1/x", None, None),
        ("sqlite://", None, None),
        ("postgresql+psycopg://u:p@127.0.0.1/x", "/srv/locker", Path("/srv/locker")),
        ("sqlite:////data/incidents.db", "/srv/locker", Path("/srv/locker")),
    ],
)
def test_where_the_locker_is(url, configured, expected):
    assert evidence_dir(url, configured) == expected
