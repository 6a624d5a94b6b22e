from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from harmwatch.cli import app
from harmwatch.evidence import capture as capture_mod
from harmwatch.evidence.locker import Locker
from harmwatch.store.db import open_db
from harmwatch.store.tables import EvidenceItem

runner = CliRunner()


def test_missing_chromium_is_one_clear_line(tmp_path, site, monkeypatch):
    monkeypatch.setattr(capture_mod.shutil, "which", lambda name: None)
    r = runner.invoke(
        app, ["--db", str(tmp_path / "s.db"), "ingest", "--allow-private", "--capture", site + "/a"]
    )
    assert r.exit_code == 3
    assert (
        r.stderr
        == "harmwatch: error: --capture needs chromium: not found on PATH (Debian: apt-get install chromium)\n"
    )


def test_a_capture_that_hangs_is_killed_at_its_timeout(tmp_path, monkeypatch):
    sleeper = tmp_path / "chromium"
    sleeper.write_text("#!/bin/sh\nsleep 30\n")
    sleeper.chmod(0o755)
    monkeypatch.setattr(capture_mod, "find_chromium", lambda: str(sleeper))
    with pytest.raises(capture_mod.InputError, match="chromium timed out after 0.5 s"):
        capture_mod.capture(
            "http://127.0.0.1:9/x", capture_mod.IngestOptions(allow_private=True), timeout=0.5
        )


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium")
def test_capture_keeps_a_screenshot_and_a_pdf_with_custody(db_url, tmp_path, site, nlp):
    locker = tmp_path / "locker"
    r = runner.invoke(
        app,
        ["--db", db_url, "--evidence-dir", str(locker), "ingest", "--workers", "1", "--allow-private",
         "--capture", "--by", "ana", site + "/a"],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    db = open_db(db_url)
    with db.session() as s:
        rows = {row.kind: row for row in s.scalars(select(EvidenceItem))}
    db.close()
    assert set(rows) == {"warc", "screenshot", "pdf"}
    shot, pdf = rows["screenshot"], rows["pdf"]
    assert Locker(locker).read(shot.sha256).startswith(b"\x89PNG\r\n\x1a\n")
    assert Locker(locker).read(pdf.sha256).startswith(b"%PDF-")
    assert (shot.media_type, pdf.media_type) == ("image/png", "application/pdf")
    for row in (shot, pdf):
        assert row.tool.lower().startswith("chromium") and row.kept_by == "ana"
        assert row.source_url == site + "/a" and row.document_id is not None
    v = runner.invoke(app, ["--db", db_url, "--evidence-dir", str(locker), "verify"])
    assert v.exit_code == 0 and "3 evidence items: verified" in v.stderr
