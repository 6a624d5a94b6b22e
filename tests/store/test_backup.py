"""Backup and restore (issue 14): into a fresh SQLite store and into PostgreSQL, the JSONL export is
identical, the originals identical by sha256, and the integrity chain still verifies."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from harmwatch.cli import app
from harmwatch.store.db import open_db
from harmwatch.store.integrity import verify
from harmwatch.store.linking import link_pending
from harmwatch.store.queries import add_document
from harmwatch.store.tables import Document
from tests.store.dbfix import PG_URL, reset_postgres
from tests.store.test_queries import extraction, meta


def _fill(url: str) -> None:
    db = open_db(url)
    with db.session() as s:
        add_document(s, meta("a", b"original a \x00 bytes"), extraction("a"))
        add_document(s, meta("b", b"original b"), extraction("b", killed=9))
        add_document(s, meta("c", b"original c"), extraction("c", place="Aleppo", date="2016-10-08"))
    with db.session() as s:
        link_pending(s)
    db.close()


def _state(url: str, tmp_path, name: str, monkeypatch) -> tuple[str, list[str], tuple]:
    monkeypatch.setenv("HARMWATCH_DB", url)
    out = tmp_path / f"{name}.jsonl"
    res = CliRunner().invoke(app, ["export", "--format", "jsonl", "--out", str(out)])
    assert res.exit_code == 0, res.stderr
    db = open_db(url)
    with db.session() as s:
        originals = sorted(hashlib.sha256(raw).hexdigest() for raw in s.scalars(select(Document.raw)))
        problems = verify(s).problems
    db.close()
    return out.read_text(), originals, problems


TARGETS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)] if PG_URL else ["sqlite"]


@pytest.mark.parametrize("target", TARGETS)
def test_backup_then_restore_keeps_everything(db_url, tmp_path, monkeypatch, target):
    _fill(db_url)
    before = _state(db_url, tmp_path, "before", monkeypatch)
    backup_file = tmp_path / "store.hwbak"
    res = CliRunner().invoke(app, ["--db", db_url, "backup", "--out", str(backup_file)])
    assert res.exit_code == 0, res.stderr
    if target == "postgresql":
        if db_url == PG_URL:  # the source was PostgreSQL itself: restore into a fresh one
            reset_postgres(PG_URL)
        else:
            reset_postgres(PG_URL)
        dest = PG_URL
    else:
        dest = f"sqlite:///{tmp_path / 'restored.db'}"
    res = CliRunner().invoke(app, ["--db", dest, "restore", str(backup_file)])
    assert res.exit_code == 0, res.stderr
    after = _state(dest, tmp_path, "after", monkeypatch)
    assert after == before and before[2] == ()
    # a restored store keeps working: new documents get new ids and are chained
    db = open_db(dest)
    with db.session() as s:
        add_document(s, meta("d", b"original d"), extraction("d"))
    with db.session() as s:
        assert verify(s).problems == ()
    db.close()
    res = CliRunner().invoke(app, ["--db", dest, "restore", str(backup_file)])
    assert res.exit_code == 1 and "not empty" in res.stderr
