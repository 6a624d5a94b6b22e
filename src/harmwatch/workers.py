"""One bounded pool of worker processes, used by ``extract --jsonl``, ``ingest`` and ``demo``.

:func:`imap_ordered` runs a function over an iterable on ``workers`` forked processes and yields
``(item, result)`` pairs in input order. It reads the input lazily and keeps at most
``IN_FLIGHT_PER_WORKER * workers`` chunks in flight, so memory stays constant however long the
input is. ``prepare`` (e.g. loading the spaCy model and the gazetteer) runs in this process before
the workers fork, so they share its pages copy-on-write, and again in each worker (a no-op after a
fork; needed where processes are spawned). The objects loaded by then are frozen out of the garbage
collector's generations while the workers fork (``gc.freeze``), so that the workers' collections do
not copy their pages. With ``workers <= 1`` everything runs in this process.

The function must be defined at module level (it is sent to the workers by reference) and should
turn a failure into a result: an exception it raises stops the whole run. With ``batched=True`` it
receives a whole chunk (a list) and returns the list of its results, e.g. to run a model's layers
on the chunk's documents at once.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal, TypeVar, overload

T = TypeVar("T")
A = TypeVar("A")
R = TypeVar("R")

IN_FLIGHT_PER_WORKER = 4  # chunks queued per worker: bounds memory
MAX_DEFAULT_WORKERS = 8


def default_workers() -> int:
    """One worker per core this process may use (at most ``MAX_DEFAULT_WORKERS``)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cores, MAX_DEFAULT_WORKERS))


def _load_trim():
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to give back this way
        return None


_MALLOC_TRIM = _load_trim()


def release_freed_memory() -> None:
    """Give the heap's freed pages back to the system (glibc ``malloc_trim``; a no-op elsewhere).
    A batch of documents through the model frees tens of MiB of arrays that glibc would otherwise
    keep as resident memory of the worker."""
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


def _run_chunk(fn: Callable[[A], R], args: list[A]) -> list[R]:
    return [fn(a) for a in args]


def _run_batched(fn: Callable[[list[A]], list[R]], args: list[A]) -> list[R]:
    out = list(fn(args))
    if len(out) != len(args):
        raise RuntimeError(f"a batched function gave {len(out)} results for {len(args)} items")
    return out


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _identity(item):
    return item


@overload
def imap_ordered(
    fn: Callable[[A], R],
    items: Iterable[T],
    *,
    workers: int,
    chunk: int = ...,
    prepare: Callable[[], object] | None = ...,
    in_worker: Callable[[], object] | None = ...,
    arg: Callable[[T], A] = ...,
    batched: Literal[False] = ...,
) -> Iterator[tuple[T, R]]: ...


@overload
def imap_ordered(
    fn: Callable[[list[A]], list[R]],
    items: Iterable[T],
    *,
    workers: int,
    chunk: int = ...,
    prepare: Callable[[], object] | None = ...,
    in_worker: Callable[[], object] | None = ...,
    arg: Callable[[T], A] = ...,
    batched: Literal[True],
) -> Iterator[tuple[T, R]]: ...


def imap_ordered(
    fn: Callable[[Any], Any],
    items: Iterable[T],
    *,
    workers: int,
    chunk: int = 8,
    prepare: Callable[[], object] | None = None,
    in_worker: Callable[[], object] | None = None,
    arg: Callable[[T], Any] = _identity,
    batched: bool = False,
) -> Iterator[tuple[T, Any]]:
    """Yield ``(item, fn(arg(item)))`` for every item, in input order.

    ``arg`` picks what is sent to the worker (the item stays here). The pool starts, and
    ``prepare`` runs, only when the first item arrives: an empty input loads nothing.
    ``in_worker`` runs in each worker after ``prepare`` (never in this process), e.g. to drop
    what the workers inherit but only this process uses. With ``batched``, ``fn`` maps the list
    of a chunk's arguments to the list of their results.
    """
    run: Callable[[Callable[[Any], Any], list[Any]], list[Any]] = _run_batched if batched else _run_chunk
    chunks = _chunks(items, max(1, chunk))
    first = next(chunks, None)
    if first is None:
        return
    if prepare is not None:
        prepare()  # before forking: the workers share what it loads
    if workers <= 1:
        for part in _prepend(first, chunks):
            yield from zip(part, run(fn, [arg(i) for i in part]), strict=True)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    # what this process holds now (prepare's model, tables, packs) leaves the collector's
    # generations: the workers' collections never touch those objects, so their pages stay shared
    # copy-on-write instead of being copied into each worker (lower PSS; RSS counts them either way)
    gc.freeze()
    try:
        pool = ctx.Pool(workers, initializer=_init_worker, initargs=(prepare, in_worker))
    finally:
        gc.unfreeze()  # the workers have forked: this process may collect its own objects again
    ok = False
    try:
        pending: deque = deque()
        for part in _prepend(first, chunks):
            pending.append((part, pool.apply_async(run, (fn, [arg(i) for i in part]))))
            while len(pending) >= IN_FLIGHT_PER_WORKER * workers:
                done, res = pending.popleft()
                yield from zip(done, res.get(), strict=True)
        while pending:
            done, res = pending.popleft()
            yield from zip(done, res.get(), strict=True)
        ok = True
    finally:
        if ok:
            pool.close()
        else:  # an error, or the caller stopped reading: no work is left to finish
            pool.terminate()
        pool.join()


def _init_worker(prepare: Callable[[], object] | None, in_worker: Callable[[], object] | None) -> None:
    if prepare is not None:
        prepare()
    if in_worker is not None:
        in_worker()


def _prepend(first: list[T], rest: Iterator[list[T]]) -> Iterator[list[T]]:
    yield first
    yield from rest
