"""A URL ingest keeps its HTTP exchange as WARC evidence with a custody record, commits it into the
integrity chain, and `verify` re-hashes the file (SQLite and PostgreSQL, real HTTP on 127.0.0.1)."""

from __future__ import annotations

import getpass
import io
import socket
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from harmwatch import __version__
from harmwatch.cli import app
from harmwatch.evidence.locker import Locker
from harmwatch.store.db import open_db
from harmwatch.store.tables import ChainEntry, Document, EvidenceItem, Sighting
from tests.evidence.conftest import PAGE_A

runner = CliRunner()


def hw(db_url, locker, *args):
    return runner.invoke(app, ["--db", db_url, "--evidence-dir", str(locker), *args])


def _rows(db_url):
    db = open_db(db_url)
    with db.session() as s:
        rows = list(s.scalars(select(EvidenceItem).order_by(EvidenceItem.id)))
        docs = {d.id: d for d in s.scalars(select(Document))}
        chain = list(s.scalars(select(ChainEntry).where(ChainEntry.kind == "evidence")))
        sightings = list(s.scalars(select(Sighting)))
    db.close()
    return rows, docs, chain, sightings


def _warc_records(data: bytes):
    out = []
    for r in ArchiveIterator(io.BytesIO(data)):
        out.append((r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read()))
    return out


def test_a_url_ingest_keeps_the_exchange_with_custody(db_url, tmp_path, site, nlp):
    locker = tmp_path / "locker"
    before = datetime.now(UTC) - timedelta(seconds=1)
    r = hw(db_url, locker, "ingest", "--workers", "1", "--allow-private", "--by", "ana", site + "/moved")
    assert r.exit_code == 0, r.output
    rows, docs, chain, _ = _rows(db_url)
    [row] = rows
    doc = docs[row.document_id]
    assert doc.raw == PAGE_A and row.document_sha256 == doc.sha256
    assert (row.kind, row.media_type, row.source_url) == ("warc", "application/warc", site + "/moved")
    assert (row.kept_by, row.hostname, row.harmwatch_version) == ("ana", socket.gethostname(), __version__)
    assert row.tool.startswith("harmwatch fetch (httpx ")
    kept_at = row.kept_at if row.kept_at.tzinfo else row.kept_at.replace(tzinfo=UTC)
    assert before <= kept_at <= datetime.now(UTC)
    data = Locker(locker).read(row.sha256)
    assert len(data) == row.size
    records = _warc_records(data)
    assert [(t, u) for t, u, _ in records] == [
        ("warcinfo", None),
        ("response", site + "/moved"),
        ("request", site + "/moved"),
        ("response", site + "/a"),
        ("request", site + "/a"),
    ]
    assert records[3][2] == PAGE_A  # the page's bytes, as stored as the document's original
    assert [c.ref for c in chain] == [str(row.id)]
    v = hw(db_url, locker, "verify")
    assert v.exit_code == 0, v.stderr
    assert "1 evidence items: verified" in v.stderr


def test_each_fetch_is_kept_and_a_refetch_is_tied_to_the_document(db_url, tmp_path, site, nlp):
    locker = tmp_path / "locker"
    assert hw(db_url, locker, "ingest", "--workers", "1", "--allow-private", site + "/a").exit_code == 0
    # the same page again, and under another URL (a sighting): three fetches, three WARCs
    r = hw(db_url, locker, "ingest", "--workers", "1", "--allow-private", site + "/a", site + "/moved")
    assert r.exit_code == 0, r.output
    rows, docs, chain, sightings = _rows(db_url)
    assert len(rows) == 3 and len({r.sha256 for r in rows}) == 3 and len(chain) == 3
    assert {r.document_id for r in rows} == set(docs) and len(docs) == 1
    assert [r.kept_by for r in rows] == [getpass.getuser()] * 3
    [seen] = sightings
    assert [r.sighting_id for r in rows] == [None, None, seen.id]


def test_verify_names_a_changed_or_missing_evidence_file_and_an_edited_record(db_url, tmp_path, site, nlp):
    locker = tmp_path / "locker"
    assert (
        hw(db_url, locker, "ingest", "--workers", "1", "--allow-private", site + "/a", site + "/b").exit_code
        == 0
    )
    rows, *_ = _rows(db_url)
    first, second = rows
    path = Locker(locker).path_of(first.sha256)
    path.chmod(0o644)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    Locker(locker).path_of(second.sha256).unlink()
    v = hw(db_url, locker, "verify")
    assert v.exit_code == 1
    assert f"evidence {first.id} (warc of document {first.document_sha256[:12]}): file changed" in v.stderr
    assert f"evidence {second.id} (warc of document {second.document_sha256[:12]}): file missing" in v.stderr
    db = open_db(db_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE evidence SET kept_by = 'someone else' WHERE id = :i"), {"i": second.id})
    db.close()
    v = hw(db_url, locker, "verify")
    assert f"evidence {second.id} (warc of document {second.document_sha256[:12]}): record edited" in v.stderr


def test_without_a_locker_a_url_ingest_is_refused_with_one_line(tmp_path, site):
    r = runner.invoke(app, ["--db", "sqlite://", "ingest", "--allow-private", site + "/a"])
    assert r.exit_code == 3
    assert r.stderr.startswith("harmwatch: error: this store has no evidence directory: give --evidence-dir")
    assert len(r.stderr.strip().splitlines()) == 1


def test_the_default_locker_is_next_to_the_sqlite_file(tmp_path, site, nlp):
    db = tmp_path / "cases.db"
    r = runner.invoke(app, ["--db", str(db), "ingest", "--workers", "1", "--allow-private", site + "/b"])
    assert r.exit_code == 0, r.output
    [row], *_ = _rows(f"sqlite:///{db}")
    assert Locker(tmp_path / "cases.evidence").problem(row.sha256, row.size) is None
    assert runner.invoke(app, ["--db", str(db), "verify"]).exit_code == 0


def test_a_failed_document_extracted_anew_keeps_its_evidence(db_url, tmp_path, monkeypatch, nlp):
    from harmwatch.evidence.records import Evidence, custody
    from harmwatch.ingest import runner as runner_mod
    from harmwatch.ingest.items import IngestOptions, Item
    from harmwatch.store.integrity import verify

    locker = Locker(tmp_path / "locker")

    def item(n: int) -> Item:
        c = custody("test fetch", "http://news.example/a", by="ana")
        return Item(source="http://news.example/a", data=PAGE_A, kind="html", url="http://news.example/a",
                    evidence=(Evidence("warc", f"exchange {n}".encode(), c),))  # fmt: skip

    real = runner_mod._extract_many
    monkeypatch.setattr(
        runner_mod, "_extract_many", lambda raws: [(None, "extraction failed: boom") for _ in raws]
    )
    db = open_db(db_url)
    first = runner_mod.ingest(db, [item(1)], IngestOptions(), workers=1, locker=locker, link=False)
    assert first.failed == 1
    monkeypatch.setattr(runner_mod, "_extract_many", real)
    again = runner_mod.ingest(db, [item(2)], IngestOptions(), workers=1, locker=locker, link=False)
    assert again.added == 1, again.failures
    with db.session() as s:
        [doc] = s.scalars(select(Document)).all()
        rows = s.scalars(select(EvidenceItem).order_by(EvidenceItem.id)).all()
        assert doc.error is None and [r.document_id for r in rows] == [doc.id, doc.id]
        assert verify(s, locker=locker).problems == ()
    db.close()
