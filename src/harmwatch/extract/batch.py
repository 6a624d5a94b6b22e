"""Batch extraction of JSONL input: bounded memory, one worker process per core, input order kept."""

from __future__ import annotations

import json
import logging
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from harmwatch.errors import HarmwatchError

log = logging.getLogger(__name__)

CHUNK = 8  # documents per task sent to a worker


@dataclass(frozen=True, slots=True)
class BatchResult:
    line_no: int
    id: str | None
    output: dict  # the extraction contract, or {"id", "error"}
    error: str | None = None


class BadLine(str):
    """A line that could not be read (not UTF-8, too long): the string is the reason."""


def _parse_line(line_no: int, line: str):
    from harmwatch.extract.pipeline import RawDocument

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


def process_line(line_no: int, line: str) -> BatchResult:
    """Extract one JSONL line; any failure becomes an error result, never an exception."""
    from harmwatch.extract.pipeline import extract_document, load_nlp

    try:
        raw = _parse_line(line_no, line)
        result = extract_document(raw, nlp=load_nlp())
        return BatchResult(line_no, raw.id, result.to_dict())
    except Exception as e:  # one bad document must not stop the batch
        doc_id = _guess_id(line)
        msg = str(e) if isinstance(e, HarmwatchError) else f"{type(e).__name__}: {e}"
        return BatchResult(line_no, doc_id, {"id": doc_id, "error": msg}, error=msg)


def _process_chunk(chunk: list[tuple[int, str]]) -> list[BatchResult]:
    return [process_line(n, line) for n, line in chunk]


def warm_up() -> None:
    """Load the model and the gazetteer in this process (call before forking workers)."""
    from harmwatch.extract.gazetteer import get_gazetteer
    from harmwatch.extract.pipeline import load_nlp

    load_nlp()
    get_gazetteer()  # built once (first run on a machine) before the workers fork, then shared


def _chunks(lines: Iterable[str]) -> Iterator[list[tuple[int, str]]]:
    chunk: list[tuple[int, str]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        chunk.append((n, line))
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def default_workers() -> int:
    return max(1, min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1, 8))


def run_batch(lines: Iterable[str], workers: int | None = None) -> Iterator[BatchResult]:
    """Yield results in input order. At most ``4 * workers`` chunks are in flight, so memory
    stays constant however long the input is."""
    workers = workers or default_workers()
    if workers <= 1:
        warm_up()
        for chunk in _chunks(lines):
            yield from _process_chunk(chunk)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    # load the model before forking: the workers share its pages copy-on-write
    warm_up()
    with ctx.Pool(workers) as pool:
        pending: deque = deque()
        for chunk in _chunks(lines):
            pending.append(pool.apply_async(_process_chunk, (chunk,)))
            if len(pending) >= 4 * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
