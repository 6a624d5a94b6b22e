"""Provable integrity (issue 14): the chain verifies on a fresh store; a direct SQL edit of one audit
entry, one cleaned text or one original is named and fails; signed exports verify, a flipped byte
does not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from harmwatch.cli import app
from harmwatch.review.tables import AuditEntry
from harmwatch.store.db import open_db
from harmwatch.store.integrity import verify
from harmwatch.store.queries import add_document
from tests.store.test_queries import extraction, meta


@pytest.fixture
def store(db_url):
    db = open_db(db_url)
    with db.session() as s:
        add_document(s, meta("a", b"original a"), extraction("a"))
        add_document(s, meta("b", b"original b"), extraction("b", killed=9))
    with db.session() as s:
        s.add(
            AuditEntry(
                at=datetime.now(UTC), user="ana", action="grade", object_type="incident", object_id=1,
                incident_id=1, before={"grade": None}, after={"grade": "B"},
            )
        )  # fmt: skip
    yield db
    db.close()


def _problems(db) -> tuple[str, ...]:
    with db.session() as s:
        return verify(s).problems


def test_a_fresh_store_verifies(store):
    assert _problems(store) == ()


@pytest.mark.parametrize(
    ("sql", "named"),
    [
        ('UPDATE audit_log SET after = \'{"grade": "A"}\' WHERE id = 1', "audit entry 1: edited"),
        (
            "UPDATE documents SET text = 'Shelling killed 70 people' WHERE input_id = 'a'",
            "cleaned text changed",
        ),
        ("UPDATE documents SET raw = :raw WHERE input_id = 'b'", "original bytes changed"),
        ("UPDATE integrity_chain SET content_hash = :fake WHERE id = 2", "chain entry 2: edited"),
        ("DELETE FROM integrity_chain WHERE id = 1", "does not follow"),
    ],
)
def test_a_direct_edit_is_named(store, sql, named):
    with store.engine.begin() as conn:
        conn.execute(text(sql), {"raw": b"original B", "fake": "f" * 64} if ":" in sql else {})
    problems = _problems(store)
    assert any(named in p for p in problems), problems


def test_verify_command_exits_1_on_an_edit(store, db_url, monkeypatch):
    monkeypatch.setenv("HARMWATCH_DB", db_url)
    assert CliRunner().invoke(app, ["verify"]).exit_code == 0
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE documents SET text = 'edited' WHERE input_id = 'a'"))
    res = CliRunner().invoke(app, ["verify"])
    assert res.exit_code == 1 and "cleaned text changed" in res.stderr


def test_signed_export_verifies_and_a_flipped_byte_fails(store, db_url, monkeypatch, tmp_path):
    monkeypatch.setenv("HARMWATCH_DB", db_url)
    run = CliRunner().invoke
    assert run(app, ["key", "new", "--out", str(tmp_path / "team")]).exit_code == 0
    out = tmp_path / "export"
    out.mkdir()
    csv = out / "incidents.csv"
    res = run(app, ["export", "--format", "ucdp", "--out", str(csv), "--sign", str(tmp_path / "team.key")])
    assert res.exit_code == 0, res.stderr
    assert run(app, ["verify-export", str(out), "--key", str(tmp_path / "team.pub")]).exit_code == 0
    data = bytearray(csv.read_bytes())
    data[len(data) // 2] ^= 0x01
    csv.write_bytes(bytes(data))
    res = run(app, ["verify-export", str(out), "--key", str(tmp_path / "team.pub")])
    assert res.exit_code == 1 and "changed since it was signed" in res.stderr
