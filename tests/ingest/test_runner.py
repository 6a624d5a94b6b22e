from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from harmwatch.ingest.items import IngestOptions
from harmwatch.ingest.runner import Outcome, ingest
from harmwatch.ingest.sources import iter_inputs
from harmwatch.store.db import open_db
from harmwatch.store.queries import counts
from harmwatch.store.tables import Claim, Document, EventRow, IngestError
from tests.ingest.synthetic import report, write_jsonl

OPTS = IngestOptions(max_bytes=20_000)


@pytest.fixture
def db(db_url):
    d = open_db(db_url)
    yield d
    d.close()


def run(db, inputs, **kw):
    seen: list[Outcome] = []
    summary = ingest(
        db,
        iter_inputs([str(p) for p in inputs], OPTS, fetcher=None),
        OPTS,
        workers=1,
        report=seen.append,
        **kw,
    )
    return summary, seen


def test_ingest_stores_documents_claims_and_links(db, tmp_path, nlp):
    src = write_jsonl(tmp_path / "in.jsonl", 12)
    summary, seen = run(db, [src])
    assert (summary.added, summary.duplicates, summary.failed) == (12, 0, 0)
    assert [o.status for o in seen] == ["added"] * 12
    with db.session() as s:
        c = counts(s)
        doc = s.scalars(select(Document).where(Document.input_id == "syn-00000")).one()
        assert doc.raw == report(0).encode() and doc.outlet == "wire0.example.org"
        assert doc.published == "2023-05-10"
        for claim in s.scalars(select(Claim)):
            if claim.span_start is not None:
                assert claim.payload["text"] == claim.document.text[claim.span_start : claim.span_end]
        foreground = s.scalar(select(func.count(EventRow.id)).where(EventRow.background.is_(False)))
    assert c.documents == 12 and c.claims > 12 and c.incidents >= 1
    assert summary.linked == foreground > 0  # every event that is not background joined an incident


def test_reingesting_the_same_content_adds_nothing(db, tmp_path, nlp):
    src = write_jsonl(tmp_path / "in.jsonl", 5)
    run(db, [src])
    with db.session() as s:
        before = counts(s)
    # the same content again, under other ids and in another file, plus one new report
    lines = [json.loads(line) for line in src.read_text().splitlines()]
    with (tmp_path / "again.jsonl").open("w") as f:
        for d in lines:
            f.write(json.dumps(dict(d, id="other-" + d["id"])) + "\n")
        f.write(json.dumps({"id": "new", "text": report(99)}) + "\n")
        f.write(json.dumps({"id": "new-twice", "text": report(99)}) + "\n")
    summary, _ = run(db, [src, tmp_path / "again.jsonl"])
    assert (summary.added, summary.duplicates, summary.failed) == (1, 11, 0)
    with db.session() as s:
        after = counts(s)
        assert s.scalar(select(func.count(func.distinct(Document.sha256)))) == after.documents
    assert after.documents == before.documents + 1


def test_bad_inputs_are_recorded_and_the_batch_goes_on(db, tmp_path, nlp):
    (tmp_path / "good.txt").write_text(report(1))
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "binary.txt").write_bytes(b"GIF89a\x00\x01\x02\x00")
    (tmp_path / "latin1.txt").write_bytes("Un bombardement a frappé la ville.".encode("latin-1"))
    (tmp_path / "big.txt").write_text("word " * 5000)
    with (tmp_path / "batch.jsonl").open("w") as f:
        f.write(json.dumps({"id": "ok", "text": report(2)}) + "\n")
        f.write('{"id": "broken", "text": \n')
        f.write(json.dumps({"id": "no-text"}) + "\n")
    summary, seen = run(db, [tmp_path, tmp_path / "missing.txt"])
    failed = {o.source.removeprefix(str(tmp_path) + "/"): o.reason for o in seen if o.status == "failed"}
    assert failed == {
        "batch.jsonl:2": "malformed JSON line: Expecting value (at character 26)",
        "batch.jsonl:3": "malformed JSON line: needs a 'text' or 'html' string",
        "big.txt": "oversized: 25,000 bytes (limit 20,000)",
        "binary.txt": "binary: contains NUL bytes",
        "empty.txt": "empty: no text",
        "latin1.txt": "invalid UTF-8 at byte 23",
        "missing.txt": "unreadable: no such file or directory",
    }
    assert (summary.added, summary.failed) == (2, 7)
    with db.session() as s:
        assert s.scalar(select(func.count(IngestError.id))) == 7
        assert counts(s).documents == 2


def test_extraction_failure_keeps_the_bytes_and_is_retried(db, tmp_path, nlp, monkeypatch):
    import harmwatch.ingest.runner as runner

    (tmp_path / "a.txt").write_text(report(3))
    real = runner._extract_many

    def broken(raws):
        return [(None, "extraction failed: RuntimeError: boom") for _ in raws]

    monkeypatch.setattr(runner, "_extract_many", broken)
    summary, _ = run(db, [tmp_path / "a.txt"])
    assert (summary.added, summary.failed) == (0, 1)
    with db.session() as s:
        doc = s.scalars(select(Document)).one()
        assert (doc.error, doc.raw, doc.text) == (
            "extraction failed: RuntimeError: boom",
            report(3).encode(),
            "",
        )
    monkeypatch.setattr(runner, "_extract_many", real)
    summary, _ = run(db, [tmp_path / "a.txt"])
    assert (summary.added, summary.failed) == (1, 0)
    with db.session() as s:
        doc = s.scalars(select(Document)).one()
        assert doc.error is None and doc.text.startswith(report(3)[:20])


def test_unlinked_events_are_linked_by_the_next_run(db, tmp_path, nlp):
    src = write_jsonl(tmp_path / "in.jsonl", 4)
    summary, _ = run(db, [src], link=False)
    assert summary.linked == 0
    with db.session() as s:
        assert counts(s).incidents == 0
    summary, _ = run(db, [src])
    assert summary.added == 0 and summary.linked > 0
    with db.session() as s:
        assert counts(s).incidents > 0


def test_two_workers_give_the_same_claims_as_one(tmp_path, nlp):
    src = write_jsonl(tmp_path / "in.jsonl", 24)
    totals = []
    for workers in (1, 2):
        db = open_db(f"sqlite:///{tmp_path / f'w{workers}.db'}")
        ingest(db, iter_inputs([str(src)], OPTS, fetcher=None), OPTS, workers=workers)
        with db.session() as s:
            totals.append(
                (counts(s).to_dict(), s.scalars(select(Document.input_id).order_by(Document.id)).all())
            )
        db.close()
    assert totals[0] == totals[1]


def test_rebuild_is_deterministic(db, tmp_path, nlp):
    from harmwatch.store.linking import rebuild
    from harmwatch.store.queries import find_incidents, incident_record

    run(db, [write_jsonl(tmp_path / "in.jsonl", 30)])

    def groups() -> list[tuple]:
        with db.session() as s:
            return sorted(
                (r["key"], tuple(r["documents"]), r["killed_min"], r["killed_max"])
                for r in map(incident_record, find_incidents(s))
            )

    with db.session() as s:
        rebuild(s)
    first = groups()
    with db.session() as s:
        rebuild(s)
    assert groups() == first and len(first) > 1
