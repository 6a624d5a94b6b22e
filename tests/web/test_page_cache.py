"""The list's cached rows: reused while nothing changes, never stale after a change from anywhere."""

from __future__ import annotations

import re

from sqlalchemy import select, update

from harmwatch.store.db import open_db
from harmwatch.store.tables import Incident
from harmwatch.web.page_cache import data_revision


def test_every_kind_of_change_moves_the_revision(db_url):
    db = open_db(db_url)
    with db.session() as s:
        r0 = data_revision(s)
    with db.session() as s:
        s.add(Incident(place="Testville", country="SY", perpetrators=[]))
    with db.session() as s:
        r1 = data_revision(s)
        s.execute(update(Incident).values(grade="weak"))
    with db.session() as s:
        r2 = data_revision(s)
        s.delete(s.scalars(select(Incident)).one())
    with db.session() as s:
        r3 = data_revision(s)
    db.close()
    assert len({r0, r1, r2, r3}) == 4


def test_rows_are_reused_until_another_process_changes_them(client_for, app, db_url):
    c = client_for("vi")
    cache = app.state.page_cache
    first = c.get("/incidents?country=SY").text
    hits = cache.hits
    assert c.get("/incidents?country=SY").text == first
    assert cache.hits == hits + 1
    shown = int(re.search(r'<td><a href="/incidents/(\d+)"', first).group(1))
    other = open_db(db_url)  # another connection pool, as the CLI's ingest or relink would be
    with other.session() as s:
        s.execute(update(Incident).where(Incident.id == shown).values(place="Newplace"))
    other.close()
    after = c.get("/incidents?country=SY").text
    assert "Newplace" in after and "Newplace" not in first
