"""Batch extraction of JSONL input (``harmwatch extract --jsonl``): one line, one report; bounded
memory, one worker process per core (:mod:`harmwatch.workers`), input order kept. Each worker task
is a chunk of lines whose English texts the model parses together (``engine.extract_documents``)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from itertools import chain, islice
from typing import TYPE_CHECKING

from harmwatch.errors import HarmwatchError
from harmwatch.workers import IN_FLIGHT_PER_WORKER, default_workers, imap_ordered

if TYPE_CHECKING:
    from harmwatch.records import CleanText

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
    # a head line sample_languages cleaned before the workers forked is not cleaned again
    cleaned = [_take_cleaned(*numbered[k][:2]) for k in where]
    extracted = extract_documents(raws, nlp=load_nlp(), cleaned=cleaned)
    for k, raw, out in zip(where, raws, extracted, strict=True):
        line_no, line, _ = numbered[k]
        try:
            if isinstance(out, Exception):
                raise out
            results[k] = BatchResult(line_no, raw.id, out.to_dict())
        except Exception as e:
            results[k] = _failed(line_no, line, e)
    return results  # type: ignore[return-value]


def _take_cleaned(line_no: int, line: str) -> CleanText | None:
    """The cleaned text of ``line`` that :func:`sample_languages` kept, once (else ``None``)."""
    kept = _CLEANED.pop(line_no, None)
    return kept[1] if kept is not None and kept[0] == line else None


def _failed(line_no: int, line: str, e: Exception) -> BatchResult:
    """One bad document must not stop the batch: its error becomes its result."""
    doc_id = _guess_id(line)
    msg = str(e) if isinstance(e, HarmwatchError) else f"{type(e).__name__}: {e}"
    return BatchResult(line_no, doc_id, {"id": doc_id, "error": msg}, error=msg)


def warm_up(samples: tuple[tuple[int, str, str | None], ...] = ()) -> None:
    """Load the model and the gazetteer in this process (call before forking workers); with
    ``samples`` (numbered lines whose language :func:`sample_languages` has filled in), also
    extract the first sample of each language, so that what that language's rules load on first
    use (a tokenizer, a language pack, compiled cue patterns; French's tokenizer alone takes ~2 CPU
    seconds) is loaded once here and shared by the forked workers instead of once in each."""
    from harmwatch.extract.engine import load_nlp
    from harmwatch.extract.places.gazetteer import get_gazetteer

    load_nlp()
    get_gazetteer()  # built once (first run on a machine) before the workers fork, then shared
    first: dict[str, tuple[int, str, str | None]] = {}
    for item in samples:
        language = (item[2] or "").strip().lower()
        if language and language not in _WARMED:
            first.setdefault(language, item)
    for language, item in first.items():
        _WARMED.add(language)  # a forked worker inherits this: its own warm_up does nothing more
        process_lines([item])  # the result is dropped; a failure is an error result, never raised


_WARMED: set[str] = set()  # languages whose rules this process has run once
# line number -> (the line, its cleaned text): the head lines that sample_languages cleaned to
# identify their language; the workers fork with them and take each instead of cleaning it again
_CLEANED: dict[int, tuple[str, CleanText]] = {}


def sample_languages(numbered: list[tuple[int, str, str | None]]) -> list[tuple[int, str, str | None]]:
    """``numbered`` with each line's language filled in: the line's own, else the caller's, else
    identified here from the cleaned text exactly as the extraction would (which then uses this
    answer instead of identifying the text again, and takes the cleaned text kept here instead of
    cleaning it again). Lines that cannot be read are left as they are and fail in the worker as
    before."""
    from harmwatch.extract.engine import clean
    from harmwatch.extract.langid import identify

    out = []
    for line_no, line, language in numbered:
        try:
            raw = parse_line(line_no, line)
            # the line's own language wins, then the caller's (process_lines applies it only to a
            # line without one), else the text's
            if not (raw.language or language):
                cleaned = clean(raw)
                _CLEANED[line_no] = (line, cleaned)
                language = identify(cleaned.text)
            language = raw.language or language
        except Exception:  # the worker reports it
            pass
        out.append((line_no, line, language))
    return out


def run_batch(
    lines: Iterable[str], workers: int | None = None, language: str | None = None
) -> Iterator[BatchResult]:
    """Yield results in input order, blank lines skipped, on the bounded worker pool
    (:func:`harmwatch.workers.imap_ordered`): memory stays constant however long the input is.
    With several workers, the first lines (as many as the pool holds in flight) are read ahead
    and their languages identified, so that :func:`warm_up` loads each language's rules once
    before the workers fork."""
    workers = workers or default_workers()
    numbered = ((n, line, language) for n, line in enumerate(lines, 1) if line.strip())
    head: list[tuple[int, str, str | None]] = []
    if workers > 1:
        head = sample_languages(list(islice(numbered, IN_FLIGHT_PER_WORKER * workers * CHUNK)))
    for _, result in imap_ordered(
        process_lines,
        chain(head, numbered),
        workers=workers,
        chunk=CHUNK,
        prepare=partial(warm_up, tuple(head)),
        batched=True,
    ):
        if head:  # the first result: the workers have forked with what warm_up loaded
            head = []
            _forget_languages()
        yield result


def _forget_languages() -> None:
    """Drop this (parent) process's own references to what the sample warm-up loaded for the
    languages (the langid model, the blank tokenizers): the forked workers keep their copies, and
    the parent's resident memory goes back to the model and the gazetteer (the process tree's
    summed RSS would otherwise count those pages once more)."""
    import gc

    from harmwatch.extract.generic.tokens import blank_nlp
    from harmwatch.extract.langid import _model
    from harmwatch.workers import release_freed_memory

    _model.cache_clear()
    blank_nlp.cache_clear()
    _CLEANED.clear()
    gc.collect()
    release_freed_memory()
