"""The bounded worker pool: input order kept, input read lazily, nothing started for no input."""

from __future__ import annotations

import os
import signal
import time
from contextlib import contextmanager

import pytest

import harmwatch.workers as workers_module
from harmwatch.workers import IN_FLIGHT_PER_WORKER, default_workers, imap_ordered


def square_with_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def fail_on_three(n: int) -> int:
    if n == 3:
        raise ValueError("three")
    return n


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_in_input_order_with_their_items(workers: int) -> None:
    items = list(range(23))
    out = list(imap_ordered(square_with_pid, iter(items), workers=workers, chunk=3))
    assert [item for item, _ in out] == items
    assert [result for _, (result, _pid) in out] == [n * n for n in items]
    pids = {pid for _, (_r, pid) in out}
    assert (os.getpid() in pids) == (workers == 1)


def test_arg_picks_what_the_worker_gets() -> None:
    items = [("a", 2), ("b", 5)]
    out = list(imap_ordered(square_with_pid, items, workers=2, chunk=1, arg=lambda it: it[1]))
    assert [(item, r) for item, (r, _pid) in out] == [(("a", 2), 4), (("b", 5), 25)]


def test_input_is_read_lazily_with_bounded_work_in_flight() -> None:
    consumed = 0

    def items():
        nonlocal consumed
        for i in range(10_000):
            consumed += 1
            yield i

    out = imap_ordered(square_with_pid, items(), workers=2, chunk=4)
    next(out)
    assert consumed <= (IN_FLIGHT_PER_WORKER * 2 + 1) * 4
    out.close()  # the caller stops reading: the pool is terminated


def test_no_input_prepares_nothing() -> None:
    calls: list[int] = []
    assert list(imap_ordered(square_with_pid, [], workers=2, prepare=lambda: calls.append(1))) == []
    assert calls == []


@pytest.mark.parametrize("workers", [1, 2])
def test_an_exception_in_the_function_stops_the_run(workers: int) -> None:
    with pytest.raises(ValueError, match="three"):
        list(imap_ordered(fail_on_three, range(10), workers=workers, chunk=2))


def test_default_workers_is_at_least_one_and_at_most_eight() -> None:
    assert 1 <= default_workers() <= 8


def sizes_of_chunk(chunk: list[int]) -> list[tuple[int, int]]:
    return [(n, len(chunk)) for n in chunk]


def too_few(chunk: list[int]) -> list[int]:
    return chunk[1:]


@pytest.mark.parametrize("workers", [1, 2])
def test_batched_gets_whole_chunks_and_keeps_order(workers: int) -> None:
    out = list(imap_ordered(sizes_of_chunk, iter(range(10)), workers=workers, chunk=4, batched=True))
    assert [item for item, _ in out] == list(range(10))
    assert [r for _, r in out] == [(n, 4 if n < 8 else 2) for n in range(10)]


def test_a_batched_function_must_answer_every_item() -> None:
    with pytest.raises(RuntimeError, match="3 results for 4 items"):
        list(imap_ordered(too_few, iter(range(4)), workers=1, chunk=4, batched=True))


def _mark_worker() -> None:
    os.environ["HW_TEST_IN_WORKER"] = "1"


def in_worker_mark(_: int) -> str | None:
    return os.environ.get("HW_TEST_IN_WORKER")


def test_in_worker_runs_in_each_worker_only() -> None:
    os.environ.pop("HW_TEST_IN_WORKER", None)
    out = list(imap_ordered(in_worker_mark, range(4), workers=2, chunk=1, in_worker=_mark_worker))
    assert [mark for _, mark in out] == ["1"] * 4
    assert "HW_TEST_IN_WORKER" not in os.environ  # not run in this process
    assert [m for _, m in imap_ordered(in_worker_mark, range(2), workers=1, in_worker=_mark_worker)] == [
        None
    ] * 2


def _prepare_here() -> None:
    os.environ["HW_TEST_PREPARED_IN"] = str(os.getpid())


def prepared_in(_: int) -> tuple[str | None, int]:
    return os.environ.get("HW_TEST_PREPARED_IN"), os.getpid()


def test_prepare_runs_once_in_the_first_worker_and_the_others_fork_from_it() -> None:
    os.environ.pop("HW_TEST_PREPARED_IN", None)
    out = [r for _, r in imap_ordered(prepared_in, range(40), workers=3, chunk=1, prepare=_prepare_here)]
    assert "HW_TEST_PREPARED_IN" not in os.environ  # this process loads nothing for the workers
    prepared = {where for where, _pid in out}
    assert len(prepared) == 1 and None not in prepared  # one prepare, inherited by every worker
    assert os.getpid() not in {pid for _, pid in out}


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
def test_a_stopped_run_stops_every_worker() -> None:
    out = imap_ordered(prepared_in, range(1000), workers=3, chunk=1, prepare=_prepare_here)
    pids = {next(out)[1][1] for _ in range(12)}
    out.close()  # the caller stops reading
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(p) for p in pids)


class _Deadline(Exception):
    pass


@contextmanager
def _alarm(seconds: float):
    """Raise _Deadline in this thread after ``seconds`` (a stop that comes while the caller waits
    for results, as Ctrl-C would), and fail a test that would otherwise hang."""

    def ring(_signum: int, _frame: object) -> None:
        raise _Deadline

    old = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _slow_prepare() -> None:
    time.sleep(60)


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signals")
def test_a_stop_while_the_first_worker_prepares_ends_it_at_once(monkeypatch) -> None:
    # the caller has a SIGTERM handler of its own (a server's, say), which a forked worker
    # inherits: the pool's stop must not meet it, and must not wait for prepare to finish
    monkeypatch.setattr(workers_module, "_STOP_WAIT_S", 60.0)
    old = signal.signal(signal.SIGTERM, lambda _s, _f: None)
    try:
        out = imap_ordered(prepared_in, range(10), workers=3, chunk=1, prepare=_slow_prepare)
        t0 = time.monotonic()
        with _alarm(1.0), pytest.raises(_Deadline):
            next(out)  # the alarm comes while the first worker sleeps in prepare: the run stops
    finally:
        signal.signal(signal.SIGTERM, old)
    assert time.monotonic() - t0 < 6  # stopped by its own handler (not after 60 s, by kill)


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signals")
def test_ctrl_c_in_the_workers_is_left_to_the_caller() -> None:
    # Ctrl-C reaches every process of the group: the workers go on (the caller, which got it
    # too, is the one that stops the run); here only the workers get it, so the run completes
    with _alarm(30.0):
        out = imap_ordered(prepared_in, range(60), workers=3, chunk=1, prepare=_prepare_here)
        head = [next(out) for _ in range(12)]
        for pid in {pid for _, (_w, pid) in head}:
            os.kill(pid, signal.SIGINT)
        rest = list(out)
    assert [item for item, _ in head + rest] == list(range(60))
