"""The synthetic store filler: same seed, same rows; a second fill numbers its rows after the first."""

from __future__ import annotations

from harmwatch.review.synthetic import fill
from harmwatch.store.db import open_db

TABLES = ("documents", "events", "claims", "incidents", "incident_sources")


def _rows(db) -> dict[str, list[tuple]]:
    out = {}
    with db.engine.connect() as c:
        for t in TABLES:
            cols = [
                f'"{r[1]}"' for r in c.exec_driver_sql(f"PRAGMA table_info({t})") if r[1] != "ingested_at"
            ]
            out[t] = list(c.exec_driver_sql(f"SELECT {', '.join(cols)} FROM {t} ORDER BY id"))
    return out


def _filled(tmp_path, name: str, *fills: dict):
    db = open_db(f"sqlite:///{tmp_path / name}")
    for kw in fills:
        fill(db, **kw)
    return db


def test_same_seed_gives_the_same_rows_whatever_the_batch(tmp_path):
    a = _filled(tmp_path, "a.db", dict(incidents=7, sources_per_incident=3, seed=5))
    b = _filled(tmp_path, "b.db", dict(incidents=7, sources_per_incident=3, seed=5, batch=2))
    c = _filled(tmp_path, "c.db", dict(incidents=7, sources_per_incident=3, seed=6))
    rows_a = _rows(a)
    assert {t: len(r) for t, r in rows_a.items()} == {
        "documents": 21,
        "events": 21,
        "claims": 21,
        "incidents": 7,
        "incident_sources": 21,
    }
    assert rows_a == _rows(b)
    assert rows_a["documents"] != _rows(c)["documents"]
    for db in (a, b, c):
        db.close()


def test_a_second_fill_continues_the_ids(tmp_path):
    db = _filled(tmp_path, "x.db", dict(incidents=4, seed=1), dict(incidents=3, seed=2))
    with db.engine.connect() as c:
        assert list(c.exec_driver_sql("SELECT min(id), max(id), count(*) FROM incidents")) == [(1, 7, 7)]
        assert list(c.exec_driver_sql("SELECT min(id), max(id), count(*) FROM documents")) == [(1, 14, 14)]
        assert list(c.exec_driver_sql("SELECT min(id), max(id), count(*) FROM events")) == [(1, 14, 14)]
        links = list(c.exec_driver_sql("SELECT incident_id, document_id FROM incident_sources ORDER BY id"))
    assert links[-2:] == [(7, 13), (7, 14)]
    db.close()


def test_claim_spans_slice_to_the_figure_words(tmp_path):
    db = _filled(tmp_path, "s.db", dict(incidents=5, seed=9))
    with db.engine.connect() as c:
        rows = list(
            c.exec_driver_sql(
                "SELECT d.text, c.span_start, c.span_end, c.payload FROM claims c "
                "JOIN documents d ON d.id = c.document_id"
            )
        )
    assert len(rows) == 10
    for text, start, end, payload in rows:
        words = text[start:end]
        assert words.startswith("at least ") and words.endswith(" people")
        assert f'"text": "{words}"' in payload
    db.close()
