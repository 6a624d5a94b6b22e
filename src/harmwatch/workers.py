"""One bounded pool of worker processes, used by ``extract --jsonl``, ``ingest`` and ``demo``.

:func:`imap_ordered` runs a function over an iterable on ``workers`` forked processes and yields
``(item, result)`` pairs in input order. It reads the input lazily and keeps at most
``IN_FLIGHT_PER_WORKER * workers`` chunks in flight, so memory stays constant however long the
input is. ``prepare`` (e.g. loading the spaCy model and the gazetteer) runs once, in the first
worker, which then forks the others from itself: they share its pages copy-on-write, and this
process never loads what ``prepare`` loads (it only reads, sends and yields: with its own copy of
the model it would hold a worker's worth of memory for nothing). The objects loaded by then are
frozen out of the garbage collector's generations (``gc.freeze``), so that the workers' collections
do not copy their pages. With ``workers <= 1`` everything runs in this process.

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
import pickle
import queue
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
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


def _libc_function(name: str):
    try:
        return getattr(ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6"), name)
    except (OSError, AttributeError):  # not glibc (or not Linux): not available
        return None


_MALLOC_TRIM = _libc_function("malloc_trim")  # not glibc: nothing to give back this way
_PRCTL = _libc_function("prctl")
_PR_SET_PDEATHSIG = 1


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
    if workers <= 1:
        if prepare is not None:
            prepare()
        for part in _prepend(first, chunks):
            yield from zip(part, run(fn, [arg(i) for i in part]), strict=True)
        return
    ctx = _context()
    tasks, results = ctx.Queue(), ctx.Queue()
    # not a daemon: a daemonic process may not start the other workers
    first_worker = ctx.Process(
        target=_first_worker,
        args=(prepare, in_worker, workers, run, fn, tasks, results, os.getpid()),
        name="harmwatch-worker-1",
    )
    with _stop_signals_blocked():  # the worker sets its own handlers before it takes them
        first_worker.start()
    ok = False
    try:
        pending: deque = deque()  # (number, items) of the chunks in flight, in input order
        done: dict[int, tuple[bool, Any]] = {}
        for k, part in enumerate(_prepend(first, chunks)):
            tasks.put((k, [arg(i) for i in part]))
            pending.append((k, part))
            while len(pending) >= IN_FLIGHT_PER_WORKER * workers:
                yield from _next_in_order(pending, done, results, first_worker)
        while pending:
            yield from _next_in_order(pending, done, results, first_worker)
        ok = True
    finally:
        if ok:
            for _ in range(workers):
                tasks.put(None)  # each worker takes one and stops
            first_worker.join()  # it waits for the workers it started
        else:  # an error, or the caller stopped reading: no work is left to finish
            tasks.cancel_join_thread()  # what is still queued for the workers is dropped
            first_worker.terminate()  # it stops the workers it started (_first_worker)
            first_worker.join(_STOP_WAIT_S)
            if first_worker.exitcode is None:  # a last resort (its handler runs between two
                first_worker.kill()  # bytecodes: C code that never returns would delay it)
                first_worker.join()  # the others end with it (_die_with_parent)
        tasks.close()
        results.close()


_STOP_WAIT_S = 5.0  # how long a stopped run waits for the first worker before killing it

# The signals that stop a run: SIGTERM (the caller's ``terminate``) and SIGINT (Ctrl-C, which the
# terminal sends to every process of the group). A worker is forked with them blocked and sets its
# own handling before it unblocks them, so that one arriving in between waits for that handling
# instead of meeting what the worker inherited: the caller's handlers (a server's SIGTERM handler,
# Python's KeyboardInterrupt) or, in a worker forked by the first, the first worker's.
_STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextmanager
def _stop_signals_blocked() -> Iterator[None]:
    """Block the stop signals in this thread for the block (a fork inherits the mask): one
    that comes meanwhile is delivered when they are unblocked."""
    if not hasattr(signal, "pthread_sigmask"):  # not POSIX: nothing to block
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _own_stop_signals(on_sigterm: Callable[[int, Any], Any] | int) -> None:
    """In a worker just forked with the stop signals blocked: SIGTERM runs ``on_sigterm``, SIGINT
    is ignored (on Ctrl-C the caller alone stops the run, by SIGTERM, instead of each worker
    raising KeyboardInterrupt wherever it is), then the signals are unblocked; one that came
    since the fork is handled now."""
    signal.signal(signal.SIGTERM, on_sigterm)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)


def _context() -> Any:
    return mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()


def later_queue() -> Any:
    """A queue for what the caller learns after the pool has started and ``prepare`` needs (e.g.
    the languages of the first lines, identified while the first worker loads the model): made
    before ``imap_ordered``, passed to ``prepare`` (the first worker inherits it by fork), filled
    by the caller. Its sending thread is not waited for when the caller ends."""
    q = _context().Queue()
    q.cancel_join_thread()
    return q


def _next_in_order(
    pending: deque, done: dict[int, tuple[bool, Any]], results: Any, first_worker: Any
) -> Iterator[tuple[Any, Any]]:
    """The results of the oldest chunk in flight, once they have come back (a later chunk's
    results that come back first wait in ``done``); a worker's exception is raised here."""
    k, part = pending.popleft()
    while k not in done:
        try:
            got, ok, payload = results.get(timeout=1.0)
        except queue.Empty:
            if first_worker.exitcode is not None:
                raise RuntimeError(f"the worker processes stopped ({first_worker.exitcode})") from None
            continue
        done[got] = (ok, pickle.loads(payload))
    ok, value = done.pop(k)
    if not ok:
        raise value
    yield from zip(part, value, strict=True)


def _die_with_parent(parent_pid: int) -> None:
    """Have the kernel stop this process when its parent ends, even killed (Linux); where it has
    ended already, end now."""
    if _PRCTL is not None:
        _PRCTL(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent_pid:
        os._exit(1)


def _first_worker(
    prepare: Callable[[], object] | None,
    in_worker: Callable[[], object] | None,
    workers: int,
    run: Callable[[Callable[[Any], Any], list[Any]], list[Any]],
    fn: Callable[[Any], Any],
    tasks: Any,
    results: Any,
    caller_pid: int,
) -> None:
    """The first worker: run ``prepare`` and ``in_worker``, start the other workers by forking
    this process (they share what ``prepare`` loaded), work like them, and wait for them. It ends
    with the caller, however the caller ends, and the others end with it. Its SIGTERM handler is
    in place before ``prepare`` runs (a stop may come while the model loads)."""
    others: list[Any] = []  # the workers started so far

    def stop(signum: int, _frame: object) -> None:  # the caller stops the run: stop them too
        for p in others:
            p.terminate()
        os._exit(128 + signum)

    _own_stop_signals(stop)
    _die_with_parent(caller_pid)
    if prepare is not None:
        prepare()
    if in_worker is not None:
        in_worker()
    # what this process holds now (prepare's model, tables, packs) leaves the collector's
    # generations: the workers' collections never touch those objects, so their pages stay shared
    # copy-on-write instead of being copied into each worker (lower PSS; RSS counts them either way)
    gc.freeze()
    for n in range(2, workers + 1):
        p = _context().Process(
            target=_serve, args=(run, fn, tasks, results, os.getpid()), name=f"harmwatch-worker-{n}"
        )
        with _stop_signals_blocked():  # stop() knows every worker that was forked
            p.start()
            others.append(p)
    _serve(run, fn, tasks, results)
    for p in others:
        p.join()


def _serve(
    run: Callable[[Callable[[Any], Any], list[Any]], list[Any]],
    fn: Callable[[Any], Any],
    tasks: Any,
    results: Any,
    first_pid: int | None = None,
) -> None:
    """A worker's loop: take a chunk, send back its results (or the exception it raised), until
    told to stop (``None``)."""
    if first_pid is not None:  # started by the first worker: it dies with it, however it ends
        _own_stop_signals(signal.SIG_DFL)  # not the first worker's stop(), inherited by the fork
        _die_with_parent(first_pid)
    while (task := tasks.get()) is not None:
        k, args = task
        try:
            payload = pickle.dumps(run(fn, args), pickle.HIGHEST_PROTOCOL)
            ok = True
        except Exception as e:  # sent back, and raised where the caller reads this chunk
            try:
                payload = pickle.dumps(e, pickle.HIGHEST_PROTOCOL)
            except Exception:  # an exception that cannot be pickled: its text
                payload = pickle.dumps(RuntimeError(f"{type(e).__name__}: {e}"))
            ok = False
        results.put((k, ok, payload))
    results.close()
    results.join_thread()  # every result sent has left this process


def _prepend(first: list[T], rest: Iterator[list[T]]) -> Iterator[list[T]]:
    yield first
    yield from rest
