"""Fill a store with synthetic documents, claims and incidents, fast (bulk inserts), for the review
app's tests and load benchmark. Texts are generated from templates; nothing comes from real reports."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select

from harmwatch.store.db import Database
from harmwatch.store.tables import Claim, Document, EventRow, Incident, IncidentSource

PLACES = [  # (place, admin1, country, lat, lon)
    ("Aleppo", "Aleppo", "SY", 36.2, 37.16),
    ("Idlib", "Idlib", "SY", 35.93, 36.63),
    ("Sanaa", "Amanat al Asimah", "YE", 15.35, 44.21),
    ("Taiz", "Taiz", "YE", 13.58, 44.02),
    ("Kharkiv", "Kharkivska", "UA", 49.99, 36.23),
    ("Mariupol", "Donetska", "UA", 47.1, 37.55),
    ("Khan Younis", "Khan Younis", "PS", 31.34, 34.31),
    ("Maiduguri", "Borno", "NG", 11.85, 13.16),
    ("El Fasher", "North Darfur", "SD", 13.63, 25.35),
    ("Mogadishu", "Banaadir", "SO", 2.04, 45.34),
]
TYPES = [
    ("Air/drone strike", "air strike"),
    ("Shelling/artillery/missile attack", "shelling"),
    ("Attack", "gunmen"),
    ("Suicide bomb", "suicide bomber"),
    ("Remote explosive/landmine/IED", "roadside bomb"),
]
PERPS = [("Government forces", "state"), ("Rebel group", "non_state"), ("unknown", "unknown")]
TARGETS = ["market", "residential", "medical", "school", "camp", "vehicle"]


def synthetic_text(
    rng: random.Random, place: str, kind: str, killed: int, day: date, target: str, outlet: int
) -> str:
    return (
        f"{kind.capitalize()} hits {target} in {place}\n\n"
        f"A {kind} struck a {target} in {place} on {day.isoformat()}, killing at least {killed} people, "
        f"local officials said. Outlet {outlet} counted {killed + rng.randint(0, 5)} dead. "
        f"Witnesses described rescuers searching the rubble for survivors."
    )


def _max_id(conn, table) -> int:
    """The highest id already in ``table`` (0 when empty): new rows are numbered after it."""
    return conn.execute(select(func.max(table.id))).scalar() or 0


def fill(
    db: Database, incidents: int, *, sources_per_incident: int = 2, seed: int = 7, batch: int = 5000
) -> None:
    """Add ``incidents`` incidents, each with ``sources_per_incident`` documents, events and claims."""
    rng = random.Random(seed)
    start = date(2016, 1, 1)
    now = datetime.now(UTC)
    with db.engine.begin() as conn:
        base_doc, base_inc, base_ev = (_max_id(conn, t) for t in (Document, Incident, EventRow))
    doc_id, ev_id = base_doc, base_ev
    for lo in range(0, incidents, batch):
        docs, events, claims, incs, links = [], [], [], [], []
        for n in range(lo, min(incidents, lo + batch)):
            inc_id = base_inc + n + 1
            place, admin1, cc, lat, lon = rng.choice(PLACES)
            sub, kind = rng.choice(TYPES)
            perp, pkind = rng.choice(PERPS)
            day = start + timedelta(days=rng.randint(0, 3000))
            target = rng.choice(TARGETS)
            figures = []
            for s in range(sources_per_incident):
                doc_id += 1
                ev_id += 1
                killed = rng.randint(1, 120)
                figures.append(killed)
                text = synthetic_text(rng, place, kind, killed, day, target, s)
                raw = f"{text}\n#{doc_id}".encode()
                docs.append(
                    dict(
                        id=doc_id,
                        input_id=f"syn-{doc_id}",
                        sha256=hashlib.sha256(raw).hexdigest(),
                        raw=raw,
                        raw_kind="text",
                        text=text,
                        removed=[],
                        url=f"https://outlet{s}.example/{doc_id}",
                        outlet=f"outlet{s}.example",
                        title=text.split("\n")[0],
                        language="en",
                        published=day.isoformat(),
                        ingested_at=now,
                        source="synthetic",
                        extractor_version="synthetic",
                        error=None,
                    )
                )
                i = text.index("at least")
                fig: dict[str, Any] = {
                    "outcome": "killed",
                    "group": "people",
                    "min": killed,
                    "max": None,
                    "source": "officials",
                    "text": f"at least {killed} people",
                }
                payload = {
                    "main": True,
                    "background": False,
                    "sub_event_type": sub,
                    "weapon": kind,
                    "date": {"start": day.isoformat(), "end": None},
                    "locations": [{"name": place, "admin1": admin1, "country": cc, "lat": lat, "lon": lon}],
                    "perpetrator": {"name": perp, "kind": pkind},
                    "targets": [target],
                    "casualties": [fig],
                }
                events.append(
                    dict(id=ev_id, document_id=doc_id, index=0, main=True, background=False, payload=payload)
                )
                claims.append(
                    dict(
                        document_id=doc_id,
                        event_index=0,
                        kind="casualty",
                        payload=fig,
                        span_start=i,
                        span_end=i + len(fig["text"]),
                        extractor_version="synthetic",
                    )
                )
                links.append(dict(incident_id=inc_id, event_id=ev_id, document_id=doc_id, score=1.0))
            incs.append(
                dict(
                    id=inc_id,
                    key=f"syn-{inc_id}",
                    date_start=day.isoformat(),
                    date_end=day.isoformat(),
                    place=place,
                    country=cc,
                    admin1=admin1,
                    lat=lat + rng.uniform(-0.1, 0.1),
                    lon=lon + rng.uniform(-0.1, 0.1),
                    sub_event_type=sub,
                    event_type=None,
                    weapon=kind,
                    targets=[target],
                    perpetrators=[{"name": perp, "kind": pkind}],
                    killed_min=min(figures),
                    killed_max=max(figures),
                    injured_min=None,
                    injured_max=None,
                    disagreement=(max(figures) - min(figures)) / max(figures),
                    contested=False,
                    grade=None,
                    status=None,
                    locked=False,
                )
            )
        with db.engine.begin() as conn:
            conn.execute(insert(Document), docs)
            conn.execute(insert(EventRow), events)
            conn.execute(insert(Claim), claims)
            conn.execute(insert(Incident), incs)
            conn.execute(insert(IncidentSource), links)
    if db.engine.dialect.name == "postgresql":  # explicit ids: move the sequences past them
        with db.engine.begin() as conn:
            for table in ("documents", "events", "claims", "incidents", "incident_sources"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
                )
