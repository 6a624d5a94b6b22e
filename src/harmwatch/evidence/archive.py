"""`harmwatch archive export`: a set of incidents' evidence as one WARC (``.warc.gz``) or as a WACZ
1.1.1 package (``.wacz``).

The WARC holds, per document of the incidents: the evidence WARCs of its URL fetches, copied byte
for byte (their own warcinfo records name who kept them, when, with what and where); its
screenshot and PDF as ``resource`` records (``urn:view:URL`` and ``urn:pdf:URL``, the names
Webrecorder's tools use); and, for a document that came without an HTTP exchange (a file, stdin,
an archive), a ``resource`` record of its original bytes. Every record harmwatch writes carries
``Harmwatch-*`` fields: the document's sha256 and, for evidence, its custody record.

The WACZ is a ZIP of ``archive/data.warc.gz``, ``indexes/index.cdx`` (CDXJ),
``pages/pages.jsonl`` (one page per document), ``datapackage.json`` (every file's sha256 and size,
the incidents and each evidence item's custody record) and ``datapackage-digest.json``.
Each evidence file is re-hashed as it is copied: a changed or missing file stops the export.
"""

from __future__ import annotations

import gzip
import hashlib
import ipaddress
import json
import os
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session, load_only
from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

from harmwatch import __version__
from harmwatch.errors import InputError, UsageError
from harmwatch.evidence.locker import Locker
from harmwatch.evidence.warc import WARC_VERSION, warc_date, warcinfo, write_resource
from harmwatch.store.evidence import custody_record
from harmwatch.store.tables import Document, EvidenceItem, Incident, IncidentSource

WACZ_VERSION = "1.1.1"
FORMATS = (".wacz", ".warc.gz")


@dataclass(frozen=True, slots=True)
class ArchiveSummary:
    incidents: int
    documents: int
    evidence: int
    records: int
    bytes: int


def format_of(out: Path) -> str:
    name = out.name.lower()
    for suffix in FORMATS:
        if name.endswith(suffix):
            return suffix
    raise UsageError(f"--out: name the file .wacz or .warc.gz, got {out.name!r}")


def _utc(at: datetime | None) -> datetime:
    if at is None:
        return datetime.now(UTC)
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def _rfc3339(at: datetime | None) -> str:
    return _utc(at).strftime("%Y-%m-%dT%H:%M:%SZ")


def _doc_uri(doc: Document) -> str:
    return doc.url or f"urn:harmwatch:document:{doc.sha256}"


def _custody_fields(row: EvidenceItem) -> dict[str, str]:
    return {
        "Harmwatch-Document-Sha256": row.document_sha256,
        "Harmwatch-Evidence-Sha256": row.sha256,
        "Harmwatch-Kept-By": row.kept_by,
        "Harmwatch-Kept-At": warc_date(_utc(row.kept_at)),
        "Harmwatch-Tool": row.tool,
        "Harmwatch-Version": row.harmwatch_version,
        "Harmwatch-Hostname": row.hostname,
    }


def _checked(locker: Locker, row: EvidenceItem) -> bytes:
    try:
        data = locker.read(row.sha256)
    except OSError as e:
        raise InputError(
            f"evidence {row.id} ({row.kind}): file missing or unreadable in {locker.root} "
            f"({e.strerror or e}); run harmwatch verify"
        ) from e
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise InputError(
            f"evidence {row.id} ({row.kind}): file changed since it was kept; run harmwatch verify"
        )
    return data


def _write_warc(
    f, docs: Sequence[Document], evidence: dict[int, list[EvidenceItem]], locker: Locker, incidents: list[str]
) -> tuple[int, int]:
    """Write the WARC of ``docs`` to ``f``; return (records written by harmwatch, evidence items)."""
    writer = WARCWriter(f, gzip=True, warc_version=WARC_VERSION)
    warcinfo(writer, "data.warc.gz", None, f"harmwatch evidence of {len(incidents)} incidents")
    records, copied, seen = 1, 0, set()
    for doc in docs:
        items = evidence.get(doc.id, [])
        has_exchange = any(e.kind == "warc" for e in items)
        if not has_exchange:
            media = "text/html; charset=utf-8" if doc.raw_kind == "html" else "text/plain; charset=utf-8"
            extra = {"Harmwatch-Document-Sha256": doc.sha256}
            if doc.source:
                extra["Harmwatch-Source"] = doc.source[:1000]
            write_resource(writer, _doc_uri(doc), doc.raw, media, _utc(doc.ingested_at), extra)
            records += 1
        for row in items:
            if row.sha256 in seen:  # one feed's exchange is the evidence of each of its entries
                continue
            seen.add(row.sha256)
            data = _checked(locker, row)
            copied += 1
            if row.kind == "warc":
                f.write(data)  # gzip members, byte for byte: the kept records as they were kept
                continue
            prefix = "urn:view:" if row.kind == "screenshot" else "urn:pdf:"
            uri = prefix + (row.source_url or _doc_uri(doc))
            write_resource(writer, uri, data, row.media_type, _utc(row.kept_at), _custody_fields(row))
            records += 1
    return records, copied


def _surt(url: str) -> str:
    """The SURT form of ``url`` CDXJ indexes sort by (``org,example)/path?query``)."""
    if not url.startswith(("http://", "https://")):
        return url
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        ipaddress.ip_address(host)  # an address is not reversed
    except ValueError:
        host = ",".join(reversed((host[4:] if host.startswith("www.") else host).split(".")))
    default = 443 if parts.scheme == "https" else 80
    if parts.port and parts.port != default:
        host += f":{parts.port}"
    key = host + ")" + (parts.path or "/").lower()
    return key + (f"?{parts.query.lower()}" if parts.query else "")


def _cdxj(warc_path: Path, filename: str) -> bytes:
    lines = []
    with warc_path.open("rb") as f:
        it = ArchiveIterator(f)
        for rec in it:
            if rec.rec_type not in ("response", "resource"):
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI") or ""
            date = rec.rec_headers.get_header("WARC-Date") or ""
            ts = "".join(ch for ch in date if ch.isdigit())[:14]
            entry = {"url": url, "digest": rec.rec_headers.get_header("WARC-Payload-Digest") or ""}
            if rec.rec_type == "response" and rec.http_headers is not None:
                entry["mime"] = (rec.http_headers.get_header("Content-Type") or "").split(";")[0].strip()
                entry["status"] = rec.http_headers.get_statuscode()
            else:
                entry["mime"] = (rec.rec_headers.get_header("Content-Type") or "").split(";")[0].strip()
            rec.content_stream().read()  # to the record's end: its length is known then
            entry["offset"] = it.get_record_offset()
            entry["length"] = it.get_record_length()
            entry["filename"] = filename
            lines.append(f"{_surt(url)} {ts} {json.dumps(entry, sort_keys=True)}")
    return ("\n".join(sorted(lines)) + "\n").encode("utf-8") if lines else b""


def _pages(
    docs: Sequence[Document], doc_incidents: dict[int, list[str]], evidence: dict[int, list[EvidenceItem]]
) -> bytes:
    out = [json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "All Pages"})]
    for doc in docs:
        # a fetched page's time is its first fetch (what replay looks up), else when it was ingested
        fetched = [e.kept_at for e in evidence.get(doc.id, []) if e.kind == "warc"]
        out.append(
            json.dumps(
                {
                    "id": doc.sha256[:16],
                    "url": _doc_uri(doc),
                    "ts": _rfc3339(min(map(_utc, fetched)) if fetched else doc.ingested_at),
                    "title": doc.title or doc.input_id or _doc_uri(doc),
                    "harmwatch_document_sha256": doc.sha256,
                    "harmwatch_incidents": doc_incidents.get(doc.id, []),
                },
                ensure_ascii=False,
            )
        )
    return ("\n".join(out) + "\n").encode("utf-8")


def _resource(name: str, path: str, data_or_file: bytes | Path) -> dict[str, object]:
    if isinstance(data_or_file, Path):
        h, n = hashlib.sha256(), 0
        with data_or_file.open("rb") as f:
            while chunk := f.read(1024 * 1024):
                h.update(chunk)
                n += len(chunk)
        digest = h.hexdigest()
    else:
        digest, n = hashlib.sha256(data_or_file).hexdigest(), len(data_or_file)
    return {"name": name, "path": path, "hash": f"sha256:{digest}", "bytes": n}


def incident_ids(session: Session, stmt) -> list[int]:
    return list(session.scalars(stmt.with_only_columns(Incident.id).order_by(Incident.id)))


def export_archive(session: Session, locker: Locker | None, ids: Sequence[int], out: Path) -> ArchiveSummary:
    """Write the evidence of incidents ``ids`` to ``out`` (.wacz or .warc.gz), atomically."""
    fmt = format_of(out)
    incidents = list(
        session.scalars(
            select(Incident).options(load_only(Incident.id, Incident.key)).where(Incident.id.in_(ids))
        )
    )
    if not incidents:
        raise UsageError("no incidents match: nothing to export")
    names = {inc.id: inc.key or str(inc.id) for inc in incidents}
    doc_incidents: dict[int, list[str]] = {}
    for inc_id, doc_id in session.execute(
        select(IncidentSource.incident_id, IncidentSource.document_id)
        .where(IncidentSource.incident_id.in_(list(names)))
        .order_by(IncidentSource.incident_id)
    ):
        lst = doc_incidents.setdefault(doc_id, [])
        if names[inc_id] not in lst:
            lst.append(names[inc_id])
    docs = list(
        session.scalars(select(Document).where(Document.id.in_(list(doc_incidents))).order_by(Document.id))
    )
    evidence: dict[int, list[EvidenceItem]] = {}
    for row in session.scalars(
        select(EvidenceItem)
        .where(EvidenceItem.document_id.in_(list(doc_incidents)))
        .order_by(EvidenceItem.id)
    ):
        if row.document_id is not None:  # always set: the query selects by document
            evidence.setdefault(row.document_id, []).append(row)
    if evidence and locker is None:
        raise UsageError("this store has no evidence directory: give --evidence-dir DIR")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".harmwatch-archive-") as tmp:
        warc_path = Path(tmp) / "data.warc.gz"
        with warc_path.open("wb") as f:
            records, copied = _write_warc(f, docs, evidence, locker, sorted(names.values()))  # type: ignore[arg-type]
        _check_gzip(warc_path)
        target = Path(tmp) / "out"
        if fmt == ".warc.gz":
            os.replace(warc_path, target)
        else:
            _write_wacz(target, warc_path, docs, doc_incidents, evidence, sorted(names.values()))
        size = target.stat().st_size
        os.replace(target, out)
    return ArchiveSummary(len(incidents), len(docs), copied, records, size)


def _check_gzip(path: Path) -> None:
    with gzip.open(path, "rb") as g:
        while g.read(1024 * 1024):
            pass


def _write_wacz(
    target: Path,
    warc_path: Path,
    docs: Sequence[Document],
    doc_incidents: dict[int, list[str]],
    evidence: dict[int, list[EvidenceItem]],
    incidents: list[str],
) -> None:
    pages = _pages(docs, doc_incidents, evidence)
    index = _cdxj(warc_path, "data.warc.gz")
    created = _rfc3339(None)
    package = {
        "profile": "data-package",
        "wacz_version": WACZ_VERSION,
        "title": f"harmwatch evidence of {len(incidents)} incidents",
        "description": (
            "Web archive of the sources of the incidents listed under `harmwatch.incidents`: each URL "
            "fetch as WARC request and response records, screenshots and PDFs as resource records, and "
            "documents that came without an HTTP exchange as resource records of their original bytes."
        ),
        "created": created,
        "modified": created,
        "software": f"harmwatch {__version__}",
        "resources": [
            _resource("pages.jsonl", "pages/pages.jsonl", pages),
            _resource("index.cdx", "indexes/index.cdx", index),
            _resource("data.warc.gz", "archive/data.warc.gz", warc_path),
        ],
        "harmwatch": {
            "incidents": incidents,
            "evidence": [custody_record(e) for rows in evidence.values() for e in rows],
        },
    }
    package_bytes = json.dumps(package, indent=2, ensure_ascii=False).encode("utf-8")
    digest = {"path": "datapackage.json", "hash": "sha256:" + hashlib.sha256(package_bytes).hexdigest()}
    with zipfile.ZipFile(target, "w") as z:
        z.write(warc_path, "archive/data.warc.gz", compress_type=zipfile.ZIP_STORED)  # already compressed
        z.writestr("indexes/index.cdx", index, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("pages/pages.jsonl", pages, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("datapackage.json", package_bytes, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(
            "datapackage-digest.json",
            json.dumps(digest, indent=2).encode(),
            compress_type=zipfile.ZIP_DEFLATED,
        )
