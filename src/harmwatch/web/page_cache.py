"""Rendered page parts kept between requests, valid while the data they show has not changed.

On SQLite every committed change to incidents, their sources or documents bumps
``data_revision.n`` (database triggers, so writes from any process count: the CLI's ingest and
relink as well as this app's review actions). On PostgreSQL the revision is the transaction
snapshot (``pg_current_snapshot()``): it differs whenever any transaction has committed or begun
writing since, takes no lock, and is what the request's own reads see. A cached part is stored
under its key and the revision it was rendered at; a request that finds another revision renders
afresh. Reading the revision is far cheaper than the list query and the template it saves.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

from sqlalchemy import text
from sqlalchemy.orm import Session

_REVISION = {
    "sqlite": text("SELECT n FROM data_revision WHERE id = 1"),
    "postgresql": text("SELECT pg_current_snapshot()::text"),
}


def data_revision(session: Session) -> Hashable:
    """A value that differs whenever the data the cached parts show may have changed; read in the
    request's own transaction, so a part rendered after it shows at least that revision."""
    conn = session.connection()
    stmt = _REVISION.get(conn.dialect.name)
    if stmt is None:  # another backend: no cache
        return object()
    return conn.execute(stmt).scalar()


class PageCache:
    """A bounded least-recently-used map of (key, revision) → rendered text; thread-safe."""

    def __init__(self, max_entries: int = 512) -> None:
        self.max_entries = max_entries
        self._items: OrderedDict[Hashable, tuple[Hashable, str]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get_or_render(self, session: Session, key: Hashable, render: Callable[[], str]) -> str:
        revision = data_revision(session)
        with self._lock:
            found = self._items.get(key)
            if found is not None and found[0] == revision:
                self._items.move_to_end(key)
                self.hits += 1
                return found[1]
            self.misses += 1
        body = render()  # outside the lock: two requests may render the same part once each
        with self._lock:
            self._items[key] = (revision, body)
            self._items.move_to_end(key)
            while len(self._items) > self.max_entries:
                self._items.popitem(last=False)
        return body
