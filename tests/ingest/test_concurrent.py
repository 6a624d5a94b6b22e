"""Two ingests into one store at once (issue 14): no crash, and the same documents and incidents
as one ingest of the same inputs."""

from __future__ import annotations

import multiprocessing as mp

import pytest
from sqlalchemy import select

from harmwatch.ingest.items import IngestOptions
from harmwatch.ingest.runner import ingest
from harmwatch.ingest.sources import iter_inputs
from harmwatch.store.db import open_db
from harmwatch.store.tables import Document, Incident, IncidentSource
from tests.ingest.synthetic import write_jsonl
from tests.store.dbfix import reset_postgres

OPTS = IngestOptions(max_bytes=20_000)


def _ingest(url: str, paths: list[str], barrier, out) -> None:
    db = open_db(url)
    try:
        barrier.wait()
        s = ingest(db, iter_inputs(paths, OPTS, fetcher=None), OPTS, workers=1)
        out.put(("ok", s.added, s.duplicates, s.failed))
    except BaseException as e:  # reported to the test, which fails on it
        out.put(("crash", repr(e)))
    finally:
        db.close()


def _state(url: str) -> tuple[set[str], set[tuple[str, frozenset[str]]]]:
    db = open_db(url)
    with db.session() as s:
        docs = set(s.scalars(select(Document.sha256)))
        rows = s.execute(
            select(Incident.key, Document.sha256)
            .join(IncidentSource, IncidentSource.incident_id == Incident.id)
            .join(Document, Document.id == IncidentSource.document_id)
        ).all()
    db.close()
    groups: dict[str, set[str]] = {}
    for key, sha in rows:
        groups.setdefault(key, set()).add(sha)
    return docs, {(k, frozenset(v)) for k, v in groups.items()}


def _fresh(db_url: str, name: str, tmp_path) -> str:
    if db_url.startswith("postgresql"):
        reset_postgres(db_url)
        return db_url
    return f"sqlite:///{tmp_path / name}"


@pytest.mark.slow
@pytest.mark.parametrize("same", [True, False], ids=["same-file", "different-files"])
def test_two_concurrent_ingests_equal_one(db_url, tmp_path, nlp, same):
    a = write_jsonl(tmp_path / "a.jsonl", 10)
    b = a if same else write_jsonl(tmp_path / "b.jsonl", 10, start=5)  # overlapping content
    inputs = [[str(a)], [str(b)]]

    one = _fresh(db_url, "one.db", tmp_path)
    db = open_db(one)
    try:
        ingest(db, iter_inputs(sorted({str(a), str(b)}), OPTS, fetcher=None), OPTS, workers=1)
    finally:
        db.close()  # an engine left to the collector leaves its PostgreSQL connection open
    expected = _state(one)

    two = _fresh(db_url, "two.db", tmp_path)
    open_db(two).close()  # schema made before the race
    ctx = mp.get_context("fork")
    barrier, out = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_ingest, args=(two, paths, barrier, out)) for paths in inputs]
    for p in procs:
        p.start()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert all(r[0] == "ok" for r in results), results
    assert _state(two) == expected
