"""A watch's Atom feed (RFC 4287): one entry per incident event the watch recorded (a new
incident, a toll change, a new source, a denial or admission), newest first, with stable ids
(``tag:`` URIs of the watch and item) and the time each was recorded as ``updated``."""

from __future__ import annotations

from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from sqlalchemy import select
from sqlalchemy.orm import Session

from harmwatch.watch import digest
from harmwatch.watch.tables import OutboxItem, Watch
from harmwatch.watch.watches import WatchFilter

ATOM = "http://www.w3.org/2005/Atom"
MAX_ENTRIES = 200
TAG_AUTHORITY = "harmwatch.invalid,2026"


def _iso(dt: datetime) -> str:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _title(row: OutboxItem) -> str:
    p = row.payload
    where = f"{p.get('place')} ({p.get('date') or 'date unknown'})"
    if row.kind == "new":
        return f"New incident: {p.get('type')}, {where}, killed {p.get('killed')}"
    if row.kind == "figure":
        return f"Toll changed: {where}: killed {p.get('old')} → {p.get('new')}"
    if row.kind == "source":
        return f"New source: {where}: {p['source'].get('outlet')}"
    r = p.get("response") or {}
    return f"New {r.get('stance')}: {where}: {r.get('party') or 'a party'}"


def feed_xml(session: Session, w: Watch, self_url: str | None = None) -> bytes:
    """The feed document of ``w`` (UTF-8 XML)."""
    ET.register_namespace("", ATOM)
    rows = list(
        session.scalars(
            select(OutboxItem)
            .where(OutboxItem.watch_id == w.id, OutboxItem.recipient == "atom")
            .order_by(OutboxItem.id.desc())
            .limit(MAX_ENTRIES)
        )
    )
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = f"tag:{TAG_AUTHORITY}:watch:{w.id}"
    ET.SubElement(feed, f"{{{ATOM}}}title").text = f"harmwatch watch {w.name}"
    ET.SubElement(feed, f"{{{ATOM}}}subtitle").text = WatchFilter.from_dict(w.filters).describe()
    updated = rows[0].created_at if rows else w.created_at
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _iso(updated)
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "harmwatch"
    ET.SubElement(feed, f"{{{ATOM}}}generator").text = "harmwatch"
    if self_url:
        ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url, type="application/atom+xml")
    for row in rows:
        e = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(e, f"{{{ATOM}}}id").text = f"tag:{TAG_AUTHORITY}:watch:{w.id}:item:{row.id}"
        ET.SubElement(e, f"{{{ATOM}}}title").text = _title(row)
        ET.SubElement(e, f"{{{ATOM}}}updated").text = _iso(row.created_at)
        ET.SubElement(e, f"{{{ATOM}}}category", term=row.kind)
        link = row.payload.get("link")
        if link:
            ET.SubElement(e, f"{{{ATOM}}}link", rel="alternate", href=link)
        item = {
            "item_key": row.item_key,
            "kind": row.kind,
            "incident_key": row.incident_key,
            "payload": row.payload,
        }
        text = digest.render_text(w.name, "", [item], alert=False).split("\n", 3)[3]
        ET.SubElement(e, f"{{{ATOM}}}summary", type="text").text = text.rsplit("\nYou receive", 1)[0].strip()
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(
        feed, encoding="utf-8", xml_declaration=False
    )
