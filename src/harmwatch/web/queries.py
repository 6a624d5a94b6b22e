"""What the pages and the API read: filtered incident lists, full-text search, an incident with
its sources side by side, a document with its claims."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Row, Select, bindparam, func, or_, select, text
from sqlalchemy.orm import Session

from harmwatch.review.tables import ClaimReview, IncidentWorkflow
from harmwatch.store.queries import incident_fields
from harmwatch.store.tables import Claim, Document, EventRow, Incident, IncidentSource
from harmwatch.urls import safe_http_url

PAGE_SIZE = 50
COUNT_CAP = 1_000  # list totals are exact up to this many
SEARCH_DOCS = 2_000  # a search looks at the most recently stored matching documents, this many


@dataclass(frozen=True, slots=True)
class Filters:
    country: str | None = None
    since: str | None = None
    until: str | None = None
    type: str | None = None
    status: str | None = None
    grade: str | None = None
    min_killed: int | None = None
    q: str | None = None
    min_disagreement: float | None = None  # 0..1: (highest - lowest) / highest of the sources' tolls
    sort: str | None = None  # None: newest first; "disagreement" or "killed": largest first
    bbox: str | None = None  # "south,west,north,east" in degrees (parse_bbox): a map area
    published_only: bool = False  # the public view: published incidents only

    def __post_init__(self) -> None:
        # NUL ends a C string: SQLite's FTS5 reads '"a\x00b"' as an unterminated string and
        # PostgreSQL refuses NUL in text, so a NUL in a filter must never reach the database
        for name in self.__slots__:
            value = getattr(self, name)
            if isinstance(value, str) and "\x00" in value:
                object.__setattr__(self, name, value.replace("\x00", " "))

    def for_reader(self, public: bool) -> Filters:
        return replace(self, published_only=True) if public else self

    def as_query(self) -> dict[str, Any]:
        return {
            k: v
            for k, v in ((f, getattr(self, f)) for f in self.__slots__)
            if v not in (None, "", False) and k != "published_only"
        }


def parse_bbox(value: str | None) -> str | None:
    """A map area "south,west,north,east" (degrees) normalised to 4 decimals, widened outwards so
    points on its edge stay inside; None when it is absent or not four numbers on the globe."""
    import math

    try:
        s, w, n, e = (float(x) for x in (value or "").split(","))
    except ValueError:
        return None
    if not all(math.isfinite(x) for x in (s, w, n, e)):
        return None
    s, n = max(-90.0, min(s, n)), min(90.0, max(s, n))
    w, e = max(-180.0, min(w, e)), min(180.0, max(w, e))
    lo, hi = (lambda x: math.floor(x * 1e4) / 1e4), (lambda x: math.ceil(x * 1e4) / 1e4)
    return f"{lo(s):.4f},{lo(w):.4f},{hi(n):.4f},{hi(e):.4f}"


def _fts_query(q: str) -> str:
    """User words as an FTS5 query of quoted terms (no syntax errors from stray quotes)."""
    terms = [t.replace('"', '""') for t in q.split() if t.strip()]
    return " ".join(f'"{t}"' for t in terms[:12])


def matching_documents(session: Session, q: str) -> Select:
    """Document ids whose cleaned text or title match ``q`` (FTS5 on SQLite, tsvector on PostgreSQL)."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return (
            select(text("rowid"))
            .select_from(text("documents_fts"))
            .where(text("documents_fts MATCH :fts").bindparams(fts=_fts_query(q)))
            .order_by(text("rowid DESC"))
            .limit(SEARCH_DOCS)
        )
    if dialect == "postgresql":
        return (
            select(Document.id)
            .where(
                text(
                    "to_tsvector('simple', coalesce(documents.title, '') || ' ' || documents.text) "
                    "@@ plainto_tsquery('simple', :q)"
                ).bindparams(q=q)
            )
            .order_by(Document.id.desc())
            .limit(SEARCH_DOCS)
        )
    return select(Document.id).where(Document.text.contains(q))


def filtered(session: Session, f: Filters) -> Select:
    stmt = select(Incident)
    if f.published_only:
        stmt = stmt.where(Incident.status == "published")
    if f.country:
        stmt = stmt.where(Incident.country == f.country.upper())
    if f.since:
        stmt = stmt.where(Incident.date_start >= f.since)
    if f.until:
        stmt = stmt.where(Incident.date_start <= f.until)
    if f.type:
        stmt = stmt.where(Incident.sub_event_type == f.type)
    if f.status:
        if f.status in ("unreviewed", "new"):
            stmt = stmt.where(or_(Incident.status.is_(None), Incident.status.in_(("unreviewed", "new"))))
        else:
            stmt = stmt.where(Incident.status == f.status)
    if f.grade:
        stmt = stmt.where(Incident.grade == f.grade)
    if f.min_killed is not None:
        stmt = stmt.where(func.coalesce(Incident.killed_max, Incident.killed_min) >= f.min_killed)
    if f.min_disagreement is not None:
        stmt = stmt.where(Incident.disagreement >= f.min_disagreement)
    if f.bbox:
        s, w, n, e = (float(x) for x in f.bbox.split(","))
        stmt = stmt.where(Incident.lat.between(s, n), Incident.lon.between(w, e))
    if f.q and _fts_query(f.q):
        docs = matching_documents(session, f.q)
        stmt = stmt.where(
            or_(
                Incident.id.in_(
                    select(IncidentSource.incident_id).where(IncidentSource.document_id.in_(docs))
                ),
                Incident.place == f.q.strip(),
            )
        )
    return stmt


SORTS = {"disagreement": Incident.disagreement, "killed": Incident.killed_max}

_N_SOURCES = (
    select(func.count())
    .where(IncidentSource.incident_id == Incident.id)
    .correlate(Incident)
    .scalar_subquery()
    .label("n_sources")
)


def list_incidents(
    session: Session, f: Filters, page: int = 1, size: int = PAGE_SIZE
) -> tuple[list[Row], bool]:
    """One page of the filtered incidents, newest first, and whether another page follows: rows
    with the incident's columns and ``n_sources`` (how many reports it links)."""
    column = SORTS.get(f.sort or "", Incident.date_start)
    order = column.desc()
    if session.get_bind().dialect.name == "postgresql":  # SQLite already sorts NULLs last when descending
        order = order.nulls_last()
    tie = [Incident.date_start.desc(), Incident.id.desc()] if f.sort in SORTS else [Incident.id.desc()]
    stmt = (
        filtered(session, f)
        .with_only_columns(*Incident.__table__.c, _N_SOURCES)
        .order_by(order, *tie)
        .limit(size + 1)
        .offset((max(page, 1) - 1) * size)
    )
    rows = list(session.connection().execute(stmt))
    return rows[:size], len(rows) > size


def count_incidents(session: Session, f: Filters, cap: int = COUNT_CAP) -> int:
    """How many incidents match, counted up to ``cap`` (``cap + 1`` means "more than cap"): an
    exact count of a broad filter over 100k incidents costs more than the page itself."""
    capped = filtered(session, f).with_only_columns(Incident.id).order_by(None).limit(cap + 1).subquery()
    return session.scalar(select(func.count()).select_from(capped)) or 0


def map_points(session: Session, f: Filters, limit: int = 2000) -> list[dict[str, Any]]:
    stmt = filtered(session, f).where(Incident.lat.is_not(None), Incident.lon.is_not(None)).limit(limit)
    return [
        {"id": i.id, "lat": i.lat, "lon": i.lon, "place": i.place, "killed": i.killed_min}
        for i in session.scalars(stmt)
    ]


def timeline(session: Session, f: Filters) -> list[tuple[str, int, int]]:
    """(month, incidents, killed) of the filtered incidents, every month from the first to the last
    (empty months as 0); killed adds up each incident's low figure (unknown counts as 0)."""
    sub = filtered(session, f).subquery()
    month = func.substr(sub.c.date_start, 1, 7)
    stmt = (
        select(month, func.count(), func.coalesce(func.sum(sub.c.killed_min), 0))
        .where(sub.c.date_start.is_not(None), ~sub.c.date_start.like("X%"))
        .group_by(month)
        .order_by(month)
    )
    counts = {m: (n, int(k)) for m, n, k in session.execute(stmt) if m and len(m) == 7 and m[4] == "-"}
    if not counts:
        return []
    first, last = min(counts), max(counts)
    y, mo = int(first[:4]), int(first[5:7])
    out: list[tuple[str, int, int]] = []
    while len(out) < 1200:  # every month between the first and the last, empty months as 0
        key = f"{y:04d}-{mo:02d}"
        out.append((key, *counts.get(key, (0, 0))))
        if key >= last:
            break
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return out


def incident_dict(inc: Incident | Row) -> dict[str, Any]:
    """An incident's fields and review status, from its row object or a :func:`list_incidents` row."""
    return {**incident_fields(inc), "status": inc.status or "unreviewed"}


def _fig(c: dict[str, Any]) -> str:
    lo, hi = c.get("min"), c.get("max")
    if lo is not None and hi is not None:
        return str(lo) if lo == hi else f"{lo}–{hi}"
    if lo is not None:
        return f"≥{lo}"
    return f"≤{hi}" if hi is not None else "?"


# The incident page's reads, built once and run as plain statements: an ORM query cost several
# times the database's own work, and the page makes a handful of them per request.
_INCIDENT = (  # with its workflow row (wf_*: None where it has none), one query for both
    select(
        *Incident.__table__.c,
        IncidentWorkflow.assignee.label("wf_assignee"),
        IncidentWorkflow.reviewed_by.label("wf_reviewed_by"),
        IncidentWorkflow.signed_off_by.label("wf_signed_off_by"),
    )
    .outerjoin(IncidentWorkflow, IncidentWorkflow.incident_id == Incident.id)
    .where(Incident.id == bindparam("id"))
)
_SOURCES = (
    select(
        Document.id.label("document_id"),
        Document.input_id,
        Document.outlet,
        Document.url,
        Document.title,
        Document.published,
        Document.text,
        EventRow.payload,
    )
    .select_from(IncidentSource)
    .join(EventRow, EventRow.id == IncidentSource.event_id)
    .join(Document, Document.id == IncidentSource.document_id)
    .where(IncidentSource.incident_id == bindparam("id"))
    .order_by(IncidentSource.id)
)
_CLAIMS = (
    select(
        Claim.id,
        Claim.document_id,
        Claim.kind,
        Claim.payload,
        Claim.span_start,
        Claim.span_end,
        ClaimReview.status,
        ClaimReview.corrected,
        ClaimReview.by,
        ClaimReview.at,
    )
    .outerjoin(ClaimReview, ClaimReview.claim_id == Claim.id)
    .where(Claim.document_id.in_(bindparam("docs", expanding=True)))
    .order_by(Claim.document_id, Claim.id)
)


@dataclass(frozen=True, slots=True)
class ClaimView:
    id: int
    document_id: int
    kind: str
    payload: dict[str, Any]
    span_start: int | None
    span_end: int | None


@dataclass(frozen=True, slots=True)
class ReviewView:
    status: str
    corrected: dict[str, Any] | None
    by: str
    at: Any


def document_published(session: Session, document_id: int) -> bool:
    """Whether the document is a source of a published incident (what the public view may show)."""
    stmt = (
        select(IncidentSource.id)
        .join(Incident, Incident.id == IncidentSource.incident_id)
        .where(IncidentSource.document_id == document_id, Incident.status == "published")
        .limit(1)
    )
    return session.scalar(stmt) is not None


def incident_row(session: Session, incident_id: int) -> Row | None:
    """The incident's columns (attribute access like the model's) and its workflow's (``wf_assignee``,
    ``wf_reviewed_by``, ``wf_signed_off_by``), or None."""
    return session.connection().execute(_INCIDENT, {"id": incident_id}).first()


def incident_sources(session: Session, incident_id: int) -> list[Row]:
    """Each source of the incident, in linking order: its document's fields and text, and the
    payload of the event that was linked."""
    return list(session.connection().execute(_SOURCES, {"id": incident_id}))


def sources_side_by_side(sources: list[Row]) -> tuple[list[dict[str, Any]], dict[str, bool]]:
    """One column per source (rows of :func:`incident_sources`): its figures, date, place and
    perpetrator; and which fields differ."""
    cols = []
    for src in sources:
        p = src.payload or {}
        cas = [c for c in p.get("casualties") or [] if not c.get("derived")]
        cols.append(
            {
                "document_id": src.document_id,
                "input_id": src.input_id,
                "outlet": src.outlet or "-",
                "url": safe_http_url(src.url),
                "title": src.title,
                "published": src.published,
                "date": (p.get("date") or {}).get("start"),
                "place": ", ".join(loc.get("name", "") for loc in (p.get("locations") or [])[:3]) or None,
                "perpetrator": (p.get("perpetrator") or {}).get("name"),
                "killed": [
                    f"{_fig(c)} {c.get('group', '')} ({c.get('source') or 'report'})"
                    for c in cas
                    if c.get("outcome") == "killed"
                ],
                "injured": [
                    f"{_fig(c)} {c.get('group', '')} ({c.get('source') or 'report'})"
                    for c in cas
                    if c.get("outcome") == "injured"
                ],
                "killed_values": sorted(
                    {(c.get("min"), c.get("max")) for c in cas if c.get("outcome") == "killed"}, key=str
                ),
            }
        )
    differs = {
        key: len({str(c[key]) for c in cols if c[key]}) > 1
        for key in ("date", "place", "perpetrator", "killed_values")
    }
    for key in differs:
        for c, mark in zip(cols, odd_ones([c[key] for c in cols]), strict=True):
            c.setdefault("differs", {})[key] = mark
    return cols, differs


def odd_ones(values: list[Any]) -> list[bool]:
    """Which values differ from the others: those unlike the one most sources give (all known values
    when no value is given more often than another). Unknown (empty) is missing, never a difference."""
    known = [str(v) for v in values if v]
    if len(set(known)) < 2:
        return [False] * len(values)
    counts = Counter(known)
    top = max(counts.values())
    leaders = [v for v, n in counts.items() if n == top]
    majority = leaders[0] if len(leaders) == 1 else None
    return [bool(v) and (majority is None or str(v) != majority) for v in values]


def _headline(figs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """A source's own figure for one outcome, as the summary picks it (link/summary.py): read, not
    derived; precise, not vague; the largest."""
    figs = [c for c in figs if c.get("min") is not None or c.get("max") is not None]
    read = [c for c in figs if not c.get("derived")] or figs
    precise = [c for c in read if not c.get("vague")] or read
    if not precise:
        return None
    return max(precise, key=lambda c: c["min"] if c.get("min") is not None else c.get("max") or 0)


def _low_high(c: dict[str, Any] | None) -> tuple[int | None, int | None]:
    if c is None:
        return None, None
    lo, hi = c.get("min"), c.get("max")
    return (lo if lo is not None else hi), (hi if hi is not None else lo)


def provenance(inc: Any, sources: list[Row], claims: list[tuple[ClaimView, ReviewView | None]]) -> list[dict]:
    """The casualty table: per source, who gives its figures, its killed and injured figure (with the
    claim that holds the words, for a click-through), which sources set the incident's low and high,
    the source's other figures, and whether a later report of the same outlet superseded it."""
    by_doc: dict[int, list[tuple[ClaimView, ReviewView | None]]] = {}
    for c, r in claims:
        if c.kind == "casualty":
            by_doc.setdefault(c.document_id, []).append((c, r))
    rows = []
    for src in sources:
        cas = [c for c in (src.payload or {}).get("casualties") or [] if not c.get("derived")]
        row: dict[str, Any] = {
            "document_id": src.document_id,
            "outlet": src.outlet or "-",
            "published": src.published,
            "superseded_by": None,
        }
        for outcome in ("killed", "injured"):
            figs = [c for c in cas if c.get("outcome") == outcome]
            head = _headline(figs)
            claim = None
            shown = head
            for cv, rv in by_doc.get(src.document_id, []):
                p = cv.payload or {}
                if head is not None and all(
                    p.get(k) == head.get(k) for k in ("outcome", "min", "max", "text")
                ):
                    claim = cv.id
                    if rv is not None and rv.corrected:
                        shown = {**head, **rv.corrected, "corrected": True}
                    break
            lo, hi = _low_high(shown)
            inc_lo, inc_hi = getattr(inc, f"{outcome}_min"), getattr(inc, f"{outcome}_max")
            row[outcome] = (
                None
                if shown is None
                else {
                    "figure": _fig(shown),
                    "claim_id": claim,
                    "group": shown.get("group") or "",
                    "sets_low": lo is not None and lo == inc_lo,
                    "sets_high": hi is not None and hi == inc_hi and inc_hi != inc_lo,
                    "corrected": bool(shown.get("corrected")),
                    "others": [_fig(c) for c in figs if c is not head],
                }
            )
            if outcome == "killed":
                given = (shown or {}).get("source")
                row["given_by"] = given if given and given != "report" else None
        rows.append(row)
    latest: dict[str, dict] = {}
    for row in rows:  # a later report from the same outlet supersedes an earlier one's toll
        prev = latest.get(row["outlet"])
        if prev is None or (row["published"] or "") >= (prev["published"] or ""):
            latest[row["outlet"]] = row
    for row in rows:
        last = latest[row["outlet"]]
        if last is not row and row["outlet"] != "-" and (last["published"] or "") > (row["published"] or ""):
            row["superseded_by"] = {"document_id": last["document_id"], "published": last["published"]}
    return rows


def claims_for(session: Session, document_ids: list[int]) -> list[tuple[ClaimView, ReviewView | None]]:
    """The documents' claims in document order, each with its analyst review (None: unreviewed)."""
    if not document_ids:
        return []
    out = []
    for r in session.connection().execute(_CLAIMS, {"docs": list(document_ids)}):
        claim = ClaimView(r.id, r.document_id, r.kind, r.payload, r.span_start, r.span_end)
        out.append((claim, None if r.status is None else ReviewView(r.status, r.corrected, r.by, r.at)))
    return out


def highlight(doc_text: str, start: int | None, end: int | None, context: int = 90) -> tuple[str, str, str]:
    """(before, words, after) around a claim's span, for <mark>ing its words."""
    if start is None or end is None or not (0 <= start <= end <= len(doc_text)):
        return "", "", ""
    a = max(0, start - context)
    b = min(len(doc_text), end + context)
    return (
        ("…" if a else "") + doc_text[a:start],
        doc_text[start:end],
        doc_text[end:b] + ("…" if b < len(doc_text) else ""),
    )


@dataclass(frozen=True)
class Segment:
    """A run of a document's text and the claims whose words it is part of (none: plain text);
    ``starts``: the claims whose words begin here (the anchor a claim's row links to)."""

    text: str
    claims: tuple[int, ...] = ()
    kinds: tuple[str, ...] = ()
    starts: tuple[int, ...] = ()


def text_segments(text: str, spans: list[tuple[int, str, int | None, int | None]]) -> list[Segment]:
    """The document's text cut at every claim's start and end, each run with the claims it is in:
    ``spans`` is (claim id, kind, start, end); spans outside the text are left out."""
    ok = sorted(
        (a, b, cid, kind)
        for cid, kind, a, b in spans
        if a is not None and b is not None and 0 <= a < b <= len(text)
    )
    cuts = sorted({0, len(text), *(a for a, *_ in ok), *(b for _, b, *_ in ok)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        inside = [(cid, kind, sa) for sa, sb, cid, kind in ok if sa <= a and b <= sb]
        out.append(
            Segment(
                text[a:b],
                tuple(c for c, _, _ in inside),
                tuple(sorted({k for _, k, _ in inside})),
                tuple(c for c, _, sa in inside if sa == a),
            )
        )
    return out


_DOC_INCIDENTS = (
    select(Incident.id, Incident.date_start, Incident.place, Incident.country, Incident.status)
    .join(IncidentSource, IncidentSource.incident_id == Incident.id)
    .where(IncidentSource.document_id == bindparam("doc"))
    .distinct()
    .order_by(Incident.id)
)


def document_incidents(session: Session, document_id: int, published_only: bool) -> list[Row]:
    """The incidents the document is a source of (only published ones for the public view)."""
    rows = session.connection().execute(_DOC_INCIDENTS, {"doc": document_id}).all()
    return [r for r in rows if not published_only or r.status == "published"]


def claim_dict(
    c: Claim | ClaimView, r: ClaimReview | ReviewView | None, named: bool = True
) -> dict[str, Any]:
    """A claim and its review; ``named=False`` (the public view) leaves out who reviewed it."""
    review = None if r is None else {"status": r.status, "corrected": r.corrected}
    if r is not None and review is not None and named:
        review.update(by=r.by, at=r.at.isoformat())
    return {
        "id": c.id,
        "document_id": c.document_id,
        "kind": c.kind,
        "payload": c.payload,
        "span": [c.span_start, c.span_end] if c.span_start is not None else None,
        "review": review,
    }


def document_dict(d: Document, with_text: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": d.id,
        "input_id": d.input_id,
        "sha256": d.sha256,
        "url": safe_http_url(d.url),  # stored before ingest refused other schemes: never a link
        "outlet": d.outlet,
        "title": d.title,
        "language": d.language,
        "published": d.published,
        "ingested_at": d.ingested_at.isoformat() if d.ingested_at else None,
        "error": d.error,
    }
    if with_text:
        out["text"] = d.text
        out["removed"] = d.removed or []
    return out
