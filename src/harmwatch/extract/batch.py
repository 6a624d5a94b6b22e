"""Batch extraction of JSONL input (``harmwatch extract --jsonl``): one line, one report; bounded
memory, one worker process per core (:mod:`harmwatch.workers`), input order kept. Each worker task
is a chunk of lines whose English texts the model parses together (``engine.extract_documents``)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from harmwatch.errors import HarmwatchError
from harmwatch.workers import default_workers, imap_ordered

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


def process_lines(numbered: list[tuple[int, str, str | None]]) -> list[BatchResult]:
    """:func:`process_line` of each ``(line_no, line, language)``, the English texts parsed as
    one batch."""
    from harmwatch.extract.engine import extract_documents, load_nlp

    results: list[BatchResult | None] = []
    raws, where = [], []
    for line_no, line, language in numbered:
        try:
            raw = parse_line(line_no, line)
        except Exception as e:
            results.append(_failed(line_no, line, e))
            continue
        raws.append(replace(raw, language=language) if raw.language is None and language else raw)
        where.append(len(results))
        results.append(None)
    for k, raw, out in zip(where, raws, extract_documents(raws, nlp=load_nlp()), strict=True):
        line_no, line, _ = numbered[k]
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


def warm_up() -> None:
    """Load the model and the gazetteer in this process (call before forking workers)."""
    from harmwatch.extract.engine import load_nlp
    from harmwatch.extract.places.gazetteer import get_gazetteer

    load_nlp()
    get_gazetteer()  # built once (first run on a machine) before the workers fork, then shared


def run_batch(
    lines: Iterable[str], workers: int | None = None, language: str | None = None
) -> Iterator[BatchResult]:
    """Yield results in input order, blank lines skipped, on the bounded worker pool
    (:func:`harmwatch.workers.imap_ordered`): memory stays constant however long the input is."""
    numbered = ((n, line, language) for n, line in enumerate(lines, 1) if line.strip())
    for _, result in imap_ordered(
        process_lines,
        numbered,
        workers=workers or default_workers(),
        chunk=CHUNK,
        prepare=warm_up,
        batched=True,
    ):
        yield result
