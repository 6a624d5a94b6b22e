"""Batch extraction of JSONL input (``harmwatch extract --jsonl``): one line, one report; bounded
memory, one worker process per core (:mod:`harmwatch.workers`), input order kept. Each worker task
is a chunk of lines whose English texts the model parses together (``engine.extract_documents``)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from harmwatch.errors import HarmwatchError
from harmwatch.workers import IN_FLIGHT_PER_WORKER, default_workers, imap_ordered, later_queue

log = logging.getLogger(__name__)

CHUNK = 16  # documents per task sent to a worker, parsed as one batch (32: no faster, more memory)


@dataclass(frozen=True, slots=True)
class BatchResult:
    line_no: int
    id: str | None
    output: dict  # the extraction contract, or {"id", "error"}
    error: str | None = None


class BadLine(str):
    """A line that could not be read (not UTF-8, too long): the string is the reason."""


def parse_line(line_no: int, line: str):
    from harmwatch.records import RawDocument

    if isinstance(line, BadLine):
        raise HarmwatchError(f"line {line_no}: {line}")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise HarmwatchError(f"line {line_no}: invalid JSON ({e.msg})") from e
    if not isinstance(obj, dict):
        raise HarmwatchError(f"line {line_no}: expected a JSON object")
    doc_id = obj.get("id")
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise HarmwatchError(f"line {line_no}: needs a 'text' or 'html' string")
    return RawDocument(
        id=None if doc_id is None else str(doc_id),
        text=text if isinstance(text, str) else None,
        html=html if isinstance(html, str) else None,
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        published=obj.get("published") if isinstance(obj.get("published"), str) else None,
        language=obj.get("language") if isinstance(obj.get("language"), str) else None,
    )


def _guess_id(line: str) -> str | None:
    try:
        obj = json.loads(line)
        return str(obj["id"]) if isinstance(obj, dict) and obj.get("id") is not None else None
    except (json.JSONDecodeError, KeyError):
        return None


def process_line(line_no: int, line: str, language: str | None = None) -> BatchResult:
    """Extract one JSONL line; any failure becomes an error result, never an exception.
    ``language`` applies to lines that do not give theirs (``extract --jsonl --language``)."""
    return process_lines([(line_no, line, language)])[0]


def process_lines(numbered: list[tuple]) -> list[BatchResult]:
    """:func:`process_line` of each ``(line_no, line, language)``, the English texts parsed as
    one batch. An item may carry a fourth field: the line's cleaned text, which
    :func:`identify_lines` computed to identify its language (it is not cleaned again)."""
    from harmwatch.extract.engine import extract_documents, load_nlp

    results: list[BatchResult | None] = []
    raws, where = [], []
    for line_no, line, language, *_ in numbered:
        try:
            raw = parse_line(line_no, line)
        except Exception as e:
            results.append(_failed(line_no, line, e))
            continue
        raws.append(replace(raw, language=language) if raw.language is None and language else raw)
        where.append(len(results))
        results.append(None)
    # a line that identify_lines cleaned to identify its language is not cleaned again
    cleaned = [numbered[k][3] if len(numbered[k]) > 3 else None for k in where]
    extracted = extract_documents(raws, nlp=load_nlp(), cleaned=cleaned)
    for k, raw, out in zip(where, raws, extracted, strict=True):
        line_no, line = numbered[k][:2]
        try:
            if isinstance(out, Exception):
                raise out
            results[k] = BatchResult(line_no, raw.id, out.to_dict())
        except Exception as e:
            results[k] = _failed(line_no, line, e)
    return results  # type: ignore[return-value]


def _failed(line_no: int, line: str, e: Exception) -> BatchResult:
    """One bad document must not stop the batch: its error becomes its result."""
    doc_id = _guess_id(line)
    msg = str(e) if isinstance(e, HarmwatchError) else f"{type(e).__name__}: {e}"
    return BatchResult(line_no, doc_id, {"id": doc_id, "error": msg}, error=msg)


def warm_up(samples: tuple[tuple, ...] = (), later: Any = None) -> None:
    """Load the model and the gazetteer in this process (the pool's first worker runs it before
    it forks the others); with ``samples`` (numbered lines whose language :func:`identify_lines`
    has filled in), also extract the first sample of each language, so that what that language's
    rules load on first use (a tokenizer, a language pack, compiled cue patterns) is loaded once
    here and shared by the forked workers instead of once in each. With ``later`` (a queue), the
    samples are read from it once the model and the gazetteer are loaded: the caller identifies
    the first lines' languages meanwhile (:func:`run_batch`)."""
    from harmwatch.extract.engine import load_nlp
    from harmwatch.extract.places.gazetteer import get_gazetteer

    load_nlp()
    get_gazetteer()  # built once (first run on a machine) before the workers fork, then shared
    if later is not None:
        samples = later.get()
    first: dict[str, tuple] = {}
    for item in samples:
        language = (item[2] or "").strip().lower()
        if language and language not in _WARMED:
            first.setdefault(language, item)
    for language, item in first.items():
        _WARMED.add(language)  # a forked worker inherits this: its own warm_up does nothing more
        process_lines([item])  # the result is dropped; a failure is an error result, never raised


_WARMED: set[str] = set()  # languages whose rules this process has run once


def identify_lines(numbered: Iterable[tuple[int, str, str | None]]) -> Iterator[tuple]:
    """Each ``(line_no, line, language)`` with its language filled in: the line's own, else the
    caller's, else identified here from the cleaned text exactly as the extraction would (which
    then uses this answer instead of identifying the text again); a line identified here gets its
    cleaned text as a fourth field, which the extraction takes instead of cleaning it again. Lines
    that cannot be read are left as they are and fail in the worker as before.

    With several workers, ``run_batch`` identifies every line here, in the parent process, so the
    workers never use the language identification model (70 MiB): each drops the copy it forked
    with (:func:`forget_in_worker`)."""
    from harmwatch.clean import clean_document as clean
    from harmwatch.extract.langid import identify

    for line_no, line, language in numbered:
        try:
            raw = parse_line(line_no, line)
            # the line's own language wins, then the caller's (process_lines applies it only to a
            # line without one), else the text's
            if not (raw.language or language):
                cleaned = clean(raw)
                yield line_no, line, identify(cleaned.text), cleaned
                continue
            language = raw.language or language
        except Exception:  # the worker reports it
            pass
        yield line_no, line, language


def run_batch(
    lines: Iterable[str], workers: int | None = None, language: str | None = None
) -> Iterator[BatchResult]:
    """Yield results in input order, blank lines skipped, on the bounded worker pool
    (:func:`harmwatch.workers.imap_ordered`): memory stays constant however long the input is.
    With several workers, every line's language is identified here, in this process
    (:func:`identify_lines`); the first lines (as many as the pool holds in flight) go to
    :func:`warm_up` in the first worker, which loads each of their languages' rules once before
    it forks the others. They are identified while that worker loads the model (the pool starts
    with the first chunk)."""
    workers = workers or default_workers()
    numbered = ((n, line, language) for n, line in enumerate(lines, 1) if line.strip())
    items: Iterator[tuple] = numbered
    prepare = warm_up
    if workers > 1:
        head = later_queue()
        items = _sending_head(identify_lines(numbered), IN_FLIGHT_PER_WORKER * workers * CHUNK, head.put)
        prepare = partial(warm_up, later=head)
    for _, result in imap_ordered(
        process_lines,
        items,
        workers=workers,
        chunk=CHUNK,
        prepare=prepare,
        in_worker=forget_in_worker,
        batched=True,
    ):
        yield result


def _sending_head(items: Iterator[tuple], n: int, send: Callable[[tuple], object]) -> Iterator[tuple]:
    """``items``, and once the first ``n`` have been read (all of them, when fewer), those as one
    tuple to ``send``."""
    head: list[tuple] | None = []
    for item in items:
        if head is not None:
            head.append(item)
            if len(head) >= n:
                send(tuple(head))
                head = None
        yield item
    if head is not None:
        send(tuple(head))


def forget_in_worker() -> None:
    """In a worker of ``run_batch``: drop the language identification model forked from the
    parent, which identifies every line itself (a line whose language is still to identify would
    load it again)."""
    import gc

    from harmwatch.extract.langid import _model
    from harmwatch.workers import release_freed_memory

    _model.cache_clear()
    gc.collect()
    release_freed_memory()
