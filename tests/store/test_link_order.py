"""Linking does not depend on the order documents were stored in (issue 14): the same documents
give the same incidents with the same keys, and keys are derived from content."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from harmwatch.store.db import open_db
from harmwatch.store.linking import link_pending
from harmwatch.store.queries import add_document
from harmwatch.store.tables import Document, Incident, IncidentSource
from tests.store.test_queries import extraction, meta

# documents chosen so that several tie (same place, same day, same figure) and several are borderline
DOCS = [
    (f"d{n}", killed, place, date)
    for n, (killed, place, date) in enumerate(
        [
            (7, "Kharkiv", "2022-03-07"),
            (7, "Kharkiv", "2022-03-07"),
            (9, "Kharkiv", "2022-03-07"),
            (7, "Kharkiv", "2022-03-08"),
            (12, "Kharkiv", "2022-03-20"),
            (12, "Kharkiv", "2022-03-20"),
            (4, "Aleppo", "2016-10-08"),
            (4, "Aleppo", "2016-10-08"),
            (5, "Aleppo", "2016-10-09"),
            (30, "Aleppo", "2016-11-30"),
        ]
    )
]


def _linked(order: list[int], tmp: Path) -> set[tuple[str, frozenset[str]]]:
    db = open_db(f"sqlite:///{tmp / 'store.db'}")
    try:
        with db.session() as s:
            for i in order:
                doc_id, killed, place, date = DOCS[i]
                add_document(
                    s, meta(doc_id, f"raw {doc_id}".encode()), extraction(doc_id, killed, place, date)
                )
        with db.session() as s:
            link_pending(s)
        with db.session() as s:
            rows = s.execute(
                select(Incident.key, Document.input_id)
                .join(IncidentSource, IncidentSource.incident_id == Incident.id)
                .join(Document, Document.id == IncidentSource.document_id)
            ).all()
    finally:
        db.close()
    groups: dict[str, set[str]] = {}
    for key, doc in rows:
        groups.setdefault(key, set()).add(doc)
    return {(k, frozenset(v)) for k, v in groups.items()}


@settings(max_examples=12, deadline=None)
@given(st.permutations(range(len(DOCS))))
def test_shuffled_insertion_orders_give_identical_incidents_and_keys(order):
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        assert _linked(list(order), Path(a)) == _linked(list(range(len(DOCS))), Path(b))


def test_keys_differ_between_stores_holding_different_documents():
    """Two stores whose first rows are different reports never share a key (row ids would)."""
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        first = _linked([0, 6], Path(a))
        second = _linked([4, 9], Path(b))
    assert not {k for k, _ in first} & {k for k, _ in second}
