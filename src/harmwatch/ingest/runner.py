"""Run an ingest: items in, extraction on worker processes, each document committed on its own.

The main process reads the inputs, skips content already stored (by sha256), and writes each
extracted document with its claims and events in its own transaction, so a killed run loses only
the document being written; the next run skips what is stored and finishes the rest. Extraction
runs on a bounded pool of worker processes (constant memory, input order kept). New events are
linked to incidents at the end of the run (events left unlinked by a killed run are linked then).
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from harmwatch.errors import HarmwatchError, InputError
from harmwatch.evidence.locker import Locker
from harmwatch.extract.batch import warm_up
from harmwatch.ingest.feeds import fragment_text
from harmwatch.ingest.items import Failure, IngestOptions, Item, cap, decode, looks_html, normalise, outlet_of
from harmwatch.records import Extraction, RawDocument
from harmwatch.store.db import Database
from harmwatch.store.evidence import keep, reattach
from harmwatch.store.linking import link_pending_safely
from harmwatch.store.queries import DocumentMeta, add_document, add_sighting, has_document, record_error
from harmwatch.store.tables import Document
from harmwatch.workers import imap_ordered

log = logging.getLogger(__name__)

CHUNK = 16  # documents per task sent to a worker, their English texts parsed as one batch

Status = Literal["added", "duplicate", "failed"]


@dataclass(frozen=True, slots=True)
class Outcome:
    status: Status
    source: str
    reason: str | None = None


@dataclass(slots=True)
class IngestSummary:
    added: int = 0
    duplicates: int = 0
    failed: int = 0
    linked: int = 0
    seconds: float = 0.0
    failures: list[Outcome] = field(default_factory=list)

    @property
    def docs_per_s(self) -> float:
        return (self.added + self.duplicates + self.failed) / self.seconds if self.seconds else 0.0


@dataclass(frozen=True, slots=True)
class _Job:
    meta: DocumentMeta
    raw: RawDocument


def _raw_of(job: _Job) -> RawDocument:
    return job.raw


def _extract_many(raws: list[RawDocument]) -> list[tuple[Extraction | None, str | None]]:
    """Run in a worker: :func:`_extract_one` of each report, the English texts parsed together
    (``engine.extract_documents``); a report that fails there goes through :func:`_extract_one`
    alone, which turns an HTML fragment into text or the failure into its message."""
    from harmwatch.extract.engine import extract_documents, load_nlp

    try:
        done = extract_documents(raws, nlp=load_nlp())
    except Exception:  # pragma: no cover - each report alone, below
        done = [RuntimeError()] * len(raws)
    return [
        (ex, None) if not isinstance(ex, Exception) else _extract_one(raw)
        for raw, ex in zip(raws, done, strict=True)
    ]


def _extract_one(raw: RawDocument) -> tuple[Extraction | None, str | None]:
    """Run in a worker: the extraction, or the error message (one bad document never stops the run)."""
    from harmwatch.extract.engine import extract_document, load_nlp

    try:
        try:
            return extract_document(raw, nlp=load_nlp()), None
        except InputError:
            if raw.html is None or looks_html(raw.html):
                raise
            # an HTML fragment (no page around it): the page cleaner finds no main text in it,
            # so its text is extracted, block by block
            text_raw = dataclasses.replace(raw, html=None, text=fragment_text(raw.html))
            return extract_document(text_raw, nlp=load_nlp()), None
    except Exception as e:  # recorded as the document's error
        msg = str(e) if isinstance(e, HarmwatchError) else f"extraction failed: {type(e).__name__}: {e}"
        return None, msg


def _meta(it: Item) -> DocumentMeta:
    return DocumentMeta(
        sha256=it.sha256,
        raw=it.data,
        raw_kind=it.kind,
        source=it.source,
        input_id=it.input_id,
        url=it.url,
        outlet=outlet_of(it.url),
        title=it.title,
        language=it.language,
        published=it.published,
        evidence=it.evidence,
    )


def _jobs(
    items: Iterable[Item | Failure], db: Database, opts: IngestOptions, on_skip, on_sighting
) -> Iterator[_Job]:
    """Items that are new, decoded and ready to extract; failures and duplicates go to ``on_skip``,
    and a duplicate's metadata to ``on_sighting`` (kept when it says something new)."""
    seen: set[str] = set()
    for it in items:
        if isinstance(it, Item):
            it = normalise(it)  # every field checked and made storable before it meets the store
        if isinstance(it, Failure):
            on_skip(Outcome("failed", it.source, it.reason))
            continue
        meta = _meta(it)
        sha = meta.sha256
        if sha in seen:
            on_sighting(meta)
            on_skip(Outcome("duplicate", it.source))
            continue
        with db.session() as s:
            known = has_document(s, sha)
        if known:
            on_sighting(meta)
            on_skip(Outcome("duplicate", it.source))
            continue
        try:
            text = decode(it.data, opts.max_bytes)
        except HarmwatchError as e:
            on_skip(Outcome("failed", it.source, str(e)))
            continue
        seen.add(sha)
        raw = RawDocument(
            id=it.input_id,
            text=text if it.kind == "text" else None,
            html=text if it.kind == "html" else None,
            url=it.url,
            published=it.published,
            language=it.language,
        )
        yield _Job(meta, raw)


def ingest(
    db: Database,
    items: Iterable[Item | Failure],
    opts: IngestOptions = IngestOptions(),
    workers: int = 1,
    report: Callable[[Outcome], None] | None = None,
    link: bool = True,
    locker: Locker | None = None,
) -> IngestSummary:
    """Store every new item of ``items`` with its extraction; return what happened. An item's
    evidence (what its URL fetch saw) goes into ``locker`` with a row for the document, or for
    the sighting when the content was stored already; without a locker it is not kept."""
    summary = IngestSummary()
    started = time.perf_counter()

    def note(outcome: Outcome) -> None:
        if outcome.status == "added":
            summary.added += 1
        elif outcome.status == "duplicate":
            summary.duplicates += 1
        else:
            summary.failed += 1
            summary.failures.append(outcome)
            with db.session() as s:
                record_error(s, outcome.source, outcome.reason or "failed")
        if report is not None:
            report(outcome)

    def keep_all(s, meta: DocumentMeta, doc_id: int | None, sighting_id: int | None = None) -> None:
        if locker is None:
            if meta.evidence:
                log.debug("%s: evidence not kept: no evidence locker", meta.source)
            return
        for ev in meta.evidence:
            keep(s, locker, ev, meta.sha256, doc_id, sighting_id)

    def write(job: _Job, ex: Extraction | None, err: str | None) -> None:
        try:
            with db.session() as s:
                # a document whose extraction failed before is extracted again and replaced (its
                # evidence rows lose the old document and are given the new one)
                s.execute(
                    delete(Document).where(Document.sha256 == job.meta.sha256, Document.error.is_not(None))
                )
                doc = add_document(s, job.meta, ex, error=err)
                reattach(s, job.meta.sha256, doc.id)
                keep_all(s, job.meta, doc.id)
        except IntegrityError:  # another process stored the same content meanwhile
            sighting(job.meta)
            note(Outcome("duplicate", job.meta.source))
            return
        except SQLAlchemyError as e:  # the store refused this document: its error, the batch goes on
            reason = cap(f"not stored: {type(e).__name__}: {getattr(e, 'orig', None) or e}")
            note(Outcome("failed", job.meta.source, reason))
            return
        note(Outcome("failed", job.meta.source, err) if err else Outcome("added", job.meta.source))

    later: list[DocumentMeta] = []  # sightings of content still in flight: kept once it is stored

    def kept_sighting(s, meta: DocumentMeta) -> bool:
        """Keep the sighting (and its evidence); False when the content is not stored (yet)."""
        seen = add_sighting(s, meta)
        if seen is not None:
            s.flush()
            keep_all(s, meta, seen.document_id, seen.id)
            return True
        doc_id = s.scalar(select(Document.id).where(Document.sha256 == meta.sha256))
        if doc_id is None:
            return False
        keep_all(s, meta, doc_id)
        return True

    def sighting(meta: DocumentMeta) -> None:
        try:
            with db.session() as s:
                if not kept_sighting(s, meta):
                    later.append(meta)
        except SQLAlchemyError as e:
            log.warning("%s: sighting not kept: %s", meta.source, cap(str(getattr(e, "orig", None) or e)))

    # the pool starts (and the model loads) at the first new document: a re-run of stored content
    # loads nothing
    jobs = _jobs(items, db, opts, note, sighting)
    for job, (ex, err) in imap_ordered(
        _extract_many, jobs, workers=workers, chunk=CHUNK, prepare=warm_up, arg=_raw_of, batched=True
    ):
        write(job, ex, err)
    for meta in later:
        with db.session() as s:
            kept_sighting(s, meta)
    if link:
        summary.linked = link_pending_safely(db)
    summary.seconds = time.perf_counter() - started
    return summary
