"""Backup and restore carry the evidence locker's files: a store restored elsewhere (SQLite or
PostgreSQL, with its own evidence directory) still verifies, evidence rows included."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from harmwatch.cli import app
from harmwatch.evidence.locker import Locker
from harmwatch.store.db import open_db
from harmwatch.store.integrity import verify
from tests.store.dbfix import PG_URL, reset_postgres

runner = CliRunner()
TARGETS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)] if PG_URL else ["sqlite"]


def _problems(url: str, locker) -> tuple:
    db = open_db(url)
    with db.session() as s:
        got = verify(s, locker=Locker(locker)).problems
    db.close()
    return got


@pytest.mark.parametrize("target", TARGETS)
def test_backup_and_restore_carry_the_evidence_files(db_url, tmp_path, site, nlp, target):
    locker = tmp_path / "locker"
    args = ["--db", db_url, "--evidence-dir", str(locker)]
    r = runner.invoke(app, [*args, "ingest", "--workers", "1", "--allow-private", site + "/a"])
    assert r.exit_code == 0, r.output
    kept = sorted(p.name for p in locker.rglob("*") if p.is_file())
    assert kept and _problems(db_url, locker) == ()
    out = tmp_path / "store.hwbak"
    r = runner.invoke(app, [*args, "backup", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert f"and {len(kept)} evidence files" in r.stderr
    if target == "postgresql":
        reset_postgres(PG_URL)
        dest = PG_URL
    else:
        dest = f"sqlite:///{tmp_path / 'moved.db'}"
    # without an evidence directory the files have nowhere to go: refused, nothing half-restored
    if target == "postgresql":
        r = runner.invoke(app, ["--db", dest, "restore", str(out)])
        assert r.exit_code != 0 and "--evidence-dir" in r.stderr
    moved = tmp_path / "moved-locker"
    r = runner.invoke(app, ["--db", dest, "--evidence-dir", str(moved), "restore", str(out)])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in moved.rglob("*") if p.is_file()) == kept
    assert _problems(dest, moved) == ()


def test_a_backup_with_an_evidence_file_missing_is_refused(db_url, tmp_path, site, nlp):
    locker = tmp_path / "locker"
    args = ["--db", db_url, "--evidence-dir", str(locker)]
    assert (
        runner.invoke(app, [*args, "ingest", "--workers", "1", "--allow-private", site + "/a"]).exit_code == 0
    )
    [kept] = [p for p in locker.rglob("*") if p.is_file()]
    kept.chmod(0o644)
    kept.unlink()
    out = tmp_path / "store.hwbak"
    r = runner.invoke(app, [*args, "backup", "--out", str(out)])
    assert r.exit_code == 1 and "file missing" in r.stderr and not out.exists()
