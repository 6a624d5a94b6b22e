"""What changed in a watch for one recipient: new incidents, figure changes, new sources, new
denials and admissions, each an item with a stable key, compared with what that recipient was told
(``watch_state``). Nothing here sends anything."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.store.queries import source_figure
from harmwatch.store.tables import Claim, Document, Incident
from harmwatch.watch.tables import OutboxItem, WatchState
from harmwatch.watch.watches import Alerts

STANCES = {"deny": "denial", "acknowledge": "admission"}  # the responses a digest reports


@dataclass(frozen=True, slots=True)
class Change:
    kind: str  # new, figure, source, response
    incident_key: str
    item_key: str
    payload: dict[str, Any]
    urgent: bool = False


def figure_text(lo: int | None, hi: int | None) -> str:
    if lo is None and hi is None:
        return "unknown"
    if hi is None or lo == hi:
        return str(lo if lo is not None else hi)
    if lo is None:
        return f"up to {hi}"
    return f"{lo}–{hi}"


def doc_key(doc: Document) -> str:
    return doc.sha256[:16]


def snapshot(session: Session, inc: Incident, base_url: str | None) -> dict[str, Any]:
    """An incident as a digest tells it: its fields, each source with its own figure and who
    gives it, and the denials and admissions its sources report."""
    sources: dict[str, dict[str, Any]] = {}
    doc_ids = []
    for s in inc.sources:
        doc = s.document
        key = doc_key(doc)
        fig = source_figure(s.event.payload if s.event else {}, "killed")
        if key in sources and sources[key]["killed_max"] is not None:
            continue
        doc_ids.append(doc.id)
        sources[key] = {
            "outlet": doc.outlet or (doc.input_id or f"document {doc.id}"),
            "url": doc.url,
            "title": doc.title,
            "published": doc.published,
            "killed_min": fig.get("min"),
            "killed_max": fig.get("max"),
            "given_by": fig.get("given_by"),
        }
    responses: dict[str, dict[str, Any]] = {}
    if doc_ids:
        by_id = {s.document.id: s.document for s in inc.sources}
        rows = session.scalars(
            select(Claim).where(Claim.document_id.in_(doc_ids), Claim.kind == "response").order_by(Claim.id)
        )
        for c in rows:
            stance = (c.payload or {}).get("stance")
            if stance not in STANCES:
                continue
            doc = by_id[c.document_id]
            party = (c.payload.get("party") or "").strip() or None
            key = f"{doc_key(doc)}:{stance}:{(party or '-').lower()[:40]}"
            responses.setdefault(
                key,
                {
                    "stance": STANCES[stance],
                    "party": party,
                    "text": (c.payload.get("text") or "")[:300],
                    "outlet": doc.outlet or (doc.input_id or f"document {doc.id}"),
                    "url": doc.url,
                },
            )
    return {
        "key": inc.key,
        "id": inc.id,
        "date": inc.date_start
        if not inc.date_end or inc.date_end == inc.date_start
        else f"{inc.date_start} – {inc.date_end}",
        "place": ", ".join(p for p in (inc.place, inc.country) if p) or "place unknown",
        "type": inc.sub_event_type or "type unknown",
        "perpetrators": [p.get("name") for p in inc.perpetrators or [] if p.get("name")],
        "killed_min": inc.killed_min,
        "killed_max": inc.killed_max,
        "killed": figure_text(inc.killed_min, inc.killed_max),
        "sources": sources,
        "responses": responses,
        "link": f"{base_url.rstrip('/')}/incidents/{inc.id}" if base_url else None,
    }


def _who(snap: dict[str, Any], value: int | None) -> list[dict[str, Any]]:
    """The sources that give ``value`` killed (the new high), with who they say gives it."""
    return [
        {"outlet": s["outlet"], "url": s["url"], "given_by": s["given_by"]}
        for s in snap["sources"].values()
        if value is not None and s["killed_max"] == value
    ]


def _rise(old: int | None, new: int | None) -> float | None:
    if new is None:
        return None
    if not old:
        return float("inf")
    return (new - old) * 100.0 / old


def _head(snap: dict[str, Any]) -> dict[str, Any]:
    return {k: snap[k] for k in ("id", "date", "place", "type", "killed", "link")}


def changes_for(
    session: Session, watch_id: int, recipient: str, snaps: list[dict[str, Any]], alerts: Alerts
) -> list[tuple[Change, dict[str, Any]]]:
    """Every change of ``snaps`` this recipient was not told, each with the snapshot it came from."""
    states = {
        st.incident_key: st
        for st in session.scalars(
            select(WatchState).where(WatchState.watch_id == watch_id, WatchState.recipient == recipient)
        )
    }
    figure_counts: dict[str, int] = defaultdict(int)
    for key in session.scalars(
        select(OutboxItem.incident_key).where(
            OutboxItem.watch_id == watch_id, OutboxItem.recipient == recipient, OutboxItem.kind == "figure"
        )
    ):
        figure_counts[key] += 1
    out: list[tuple[Change, dict[str, Any]]] = []
    for snap in snaps:
        key = snap["key"]
        st = states.get(key)
        if st is None:
            payload = {**snap, "killed_by": _who(snap, snap["killed_max"])}
            urgent = alerts.killed is not None and (snap["killed_max"] or 0) >= alerts.killed
            out.append((Change("new", key, f"new:{key}", payload, urgent), snap))
            continue
        if (st.killed_min, st.killed_max) != (snap["killed_min"], snap["killed_max"]):
            old, new = figure_text(st.killed_min, st.killed_max), snap["killed"]
            rise = _rise(st.killed_max, snap["killed_max"])
            urgent = alerts.rise is not None and rise is not None and rise >= alerts.rise
            payload = {**_head(snap), "old": old, "new": new, "by": _who(snap, snap["killed_max"])}
            n = figure_counts[key]
            out.append((Change("figure", key, f"figure:{key}:{n}:{old}->{new}", payload, urgent), snap))
        for dk, src in snap["sources"].items():
            if dk not in st.sources:
                out.append(
                    (Change("source", key, f"source:{key}:{dk}", {**_head(snap), "source": src}), snap)
                )
        for rk, resp in snap["responses"].items():
            if rk not in st.responses:
                urgent = alerts.denial and resp["stance"] == "denial"
                change = Change(
                    "response", key, f"response:{key}:{rk}", {**_head(snap), "response": resp}, urgent
                )
                out.append((change, snap))
    return out


def apply_state(
    session: Session, watch_id: int, recipient: str, change: Change, snap: dict[str, Any]
) -> None:
    """Record that ``recipient`` is told ``change`` (same transaction as its outbox row)."""
    st = session.scalar(
        select(WatchState).where(
            WatchState.watch_id == watch_id,
            WatchState.recipient == recipient,
            WatchState.incident_key == change.incident_key,
        )
    )
    if change.kind == "new":
        if st is None:
            st = WatchState(watch_id=watch_id, recipient=recipient, incident_key=change.incident_key)
            session.add(st)
        st.killed_min, st.killed_max = snap["killed_min"], snap["killed_max"]
        st.sources = sorted(snap["sources"])
        st.responses = sorted(snap["responses"])
        return
    assert st is not None
    if change.kind == "figure":
        st.killed_min, st.killed_max = snap["killed_min"], snap["killed_max"]
    elif change.kind == "source":
        st.sources = sorted({*st.sources, change.item_key.rsplit(":", 1)[1]})
    elif change.kind == "response":
        rk = change.item_key.split(":", 2)[2]
        st.responses = sorted({*st.responses, rk})
