"""What a recipient is owed: changes against what it was told, and which of them are alerts."""

from __future__ import annotations

from sqlalchemy import select

from harmwatch.watch.delivery import enqueue
from harmwatch.watch.tables import OutboxItem, WatchState
from harmwatch.watch.watches import Alerts, WatchFilter, WatchSpec, get_watch
from tests.watch.helpers import ingest_reports, make_watch
from tests.watch.reports import FIRST, UPDATE


def _enqueue(db, urgent_only: bool) -> list[OutboxItem]:
    with db.session() as s:
        enqueue(s, get_watch(s, "w"), None, urgent_only=urgent_only)
    with db.session() as s:
        return list(
            s.scalars(select(OutboxItem).where(OutboxItem.recipient != "atom").order_by(OutboxItem.id))
        )


def test_rise_and_denial_alert_at_once_the_rest_waits(store):
    ingest_reports(store, FIRST)
    make_watch(
        store,
        WatchSpec(
            "w",
            WatchFilter(countries=("SY",)),
            emails=("a@example.org",),
            alerts=Alerts(rise=100, denial=True),
        ),
    )
    assert _enqueue(store, urgent_only=True) == []  # a new incident of 12 is no alert here
    assert [i.kind for i in _enqueue(store, urgent_only=False)] == ["new"]
    ingest_reports(store, UPDATE)
    rows = _enqueue(store, urgent_only=True)  # 12 → 30 is +150 %; the army's denial
    assert sorted((i.kind, i.urgent) for i in rows[1:]) == [("figure", True), ("response", True)]
    rows = _enqueue(store, urgent_only=False)  # the digest gets only the source that joined
    assert [i.kind for i in rows[3:]] == ["source"]
    with store.session() as s:
        st = s.scalars(select(WatchState).where(WatchState.recipient == "mailto:a@example.org")).one()
        assert (st.killed_min, st.killed_max) == (12, 30) and len(st.sources) == 2 and len(st.responses) == 1
    assert _enqueue(store, urgent_only=False)[4:] == []  # told everything: nothing more


def test_a_smaller_rise_is_no_alert(store):
    ingest_reports(store, FIRST)
    make_watch(
        store,
        WatchSpec("w", WatchFilter(countries=("SY",)), emails=("a@example.org",), alerts=Alerts(rise=200)),
    )
    _enqueue(store, urgent_only=False)
    ingest_reports(store, UPDATE)
    assert _enqueue(store, urgent_only=True)[1:] == []  # +150 % < 200 %
