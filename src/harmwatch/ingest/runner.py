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
import multiprocessing as mp
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from harmwatch.errors import HarmwatchError, InputError
from harmwatch.extract.batch import warm_up
from harmwatch.ingest.feeds import fragment_text
from harmwatch.ingest.items import Failure, IngestOptions, Item, cap, decode, looks_html, normalise, outlet_of
from harmwatch.records import Extraction
from harmwatch.store.db import Database
from harmwatch.store.linking import link_pending_safely
from harmwatch.store.queries import DocumentMeta, add_document, add_sighting, has_document, record_error
from harmwatch.store.tables import Document

log = logging.getLogger(__name__)

CHUNK = 4  # documents per task sent to a worker
IN_FLIGHT_PER_WORKER = 4  # chunks queued per worker: bounds memory

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
    raw: object  # harmwatch.extract.pipeline.RawDocument (imported lazily: spaCy is heavy)


def _extract_chunk(chunk: list) -> list[tuple[Extraction | None, str | None]]:
    from harmwatch.extract.pipeline import extract_document, load_nlp

    out: list[tuple[Extraction | None, str | None]] = []
    for raw in chunk:
        try:
            try:
                out.append((extract_document(raw, nlp=load_nlp()), None))
            except InputError:
                if raw.html is None or looks_html(raw.html):
                    raise
                # an HTML fragment (no page around it): the page cleaner finds no main text in it,
                # so its text is extracted, block by block
                text_raw = dataclasses.replace(raw, html=None, text=fragment_text(raw.html))
                out.append((extract_document(text_raw, nlp=load_nlp()), None))
        except Exception as e:  # one bad document must not stop the batch
            msg = str(e) if isinstance(e, HarmwatchError) else f"extraction failed: {type(e).__name__}: {e}"
            out.append((None, msg))
    return out


class _Extractor:
    """In-process (workers <= 1) or a pool of forked workers sharing the loaded model."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool = None
        warm_up()  # before forking: the workers share its pages copy-on-write
        if workers > 1:
            ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
            self.pool = ctx.Pool(workers, initializer=warm_up)

    def submit(self, raws: list):
        if self.pool is None:
            return _Done(_extract_chunk(raws))
        return self.pool.apply_async(_extract_chunk, (raws,))

    def close(self, ok: bool = True) -> None:
        if self.pool is not None:
            if ok:
                self.pool.close()
            else:
                self.pool.terminate()
            self.pool.join()


class _Done:
    def __init__(self, value) -> None:
        self.value = value

    def get(self):
        return self.value


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
    )


def _jobs(
    items: Iterable[Item | Failure], db: Database, opts: IngestOptions, on_skip, on_sighting
) -> Iterator[_Job]:
    """Items that are new, decoded and ready to extract; failures and duplicates go to ``on_skip``,
    and a duplicate's metadata to ``on_sighting`` (kept when it says something new)."""
    from harmwatch.extract.pipeline import RawDocument

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


def _chunks(jobs: Iterator[_Job]) -> Iterator[list[_Job]]:
    chunk: list[_Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ingest(
    db: Database,
    items: Iterable[Item | Failure],
    opts: IngestOptions = IngestOptions(),
    workers: int = 1,
    report: Callable[[Outcome], None] | None = None,
    link: bool = True,
) -> IngestSummary:
    """Store every new item of ``items`` with its extraction; return what happened."""
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

    def write(job: _Job, ex: Extraction | None, err: str | None) -> None:
        try:
            with db.session() as s:
                # a document whose extraction failed before is extracted again and replaced
                s.execute(
                    delete(Document).where(Document.sha256 == job.meta.sha256, Document.error.is_not(None))
                )
                add_document(s, job.meta, ex, error=err)
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

    def sighting(meta: DocumentMeta) -> None:
        try:
            with db.session() as s:
                if add_sighting(s, meta) is None and not has_document(s, meta.sha256):
                    later.append(meta)
        except SQLAlchemyError as e:
            log.warning("%s: sighting not kept: %s", meta.source, cap(str(getattr(e, "orig", None) or e)))

    extractor: _Extractor | None = (
        None  # started at the first new document: a re-run of stored content loads no model
    )
    pending: deque = deque()
    ok = False
    try:
        for chunk in _chunks(_jobs(items, db, opts, note, sighting)):
            if extractor is None:
                extractor = _Extractor(workers)
            pending.append((chunk, extractor.submit([j.raw for j in chunk])))
            while len(pending) >= IN_FLIGHT_PER_WORKER * max(1, workers):
                done, res = pending.popleft()
                for job, (ex, err) in zip(done, res.get(), strict=True):
                    write(job, ex, err)
        while pending:
            done, res = pending.popleft()
            for job, (ex, err) in zip(done, res.get(), strict=True):
                write(job, ex, err)
        ok = True
        for meta in later:
            with db.session() as s:
                add_sighting(s, meta)
    finally:
        if extractor is not None:
            extractor.close(ok)
    if link:
        summary.linked = link_pending_safely(db)
    summary.seconds = time.perf_counter() - started
    return summary
