"""Batch extraction: input order kept, bad lines become error results, bounded work in flight."""

from __future__ import annotations

import json

import pytest

from harmwatch.extract.batch import CHUNK, process_line, run_batch

TEXT = "Gunmen attacked a market near Maiduguri on Monday, killing 7 traders, police said."


def _line(i: int) -> str:
    return json.dumps({"id": f"d{i}", "text": TEXT, "language": "en"})


def test_process_line_good():
    res = process_line(3, _line(3))
    assert res.error is None
    assert res.line_no == 3 and res.id == "d3"
    assert res.output["id"] == "d3" and res.output["text"] == TEXT


@pytest.mark.parametrize(
    ("line", "doc_id", "message"),
    [
        ("{not json", None, "line 5: invalid JSON"),
        ("[1, 2]", None, "line 5: expected a JSON object"),
        ('{"id": 42, "text": 7}', "42", "line 5: needs a 'text' or 'html' string"),
        ('{"id": "h", "html": "<html><body></body></html>"}', "h", "no main text"),
    ],
)
def test_process_line_errors_never_raise(line, doc_id, message):
    res = process_line(5, line)
    assert res.id == doc_id
    assert message in res.error
    assert res.output == {"id": doc_id, "error": res.error}


@pytest.mark.parametrize("workers", [1, 2])
def test_run_batch_keeps_input_order_and_skips_blank_lines(workers):
    lines = [_line(i) for i in range(3 * CHUNK + 1)]
    lines.insert(4, "   \n")
    lines.insert(9, "{broken")
    results = list(run_batch(iter(lines), workers=workers))
    ids = [r.id for r in results]
    assert ids == [f"d{i}" for i in range(8)] + [None] + [f"d{i}" for i in range(8, 3 * CHUNK + 1)]
    assert [r.line_no for r in results][:9] == [1, 2, 3, 4, 6, 7, 8, 9, 10]
    assert sum(1 for r in results if r.error) == 1


def test_one_and_two_workers_give_the_same_output():
    lines = [_line(i) for i in range(2 * CHUNK + 3)]
    one = [r.output for r in run_batch(iter(lines), workers=1)]
    two = [r.output for r in run_batch(iter(lines), workers=2)]
    assert one == two


def test_run_batch_reads_input_lazily():
    """Constant memory: the first result comes before the whole input has been read."""
    consumed = 0

    def lines():
        nonlocal consumed
        for i in range(10_000):
            consumed += 1
            yield _line(i)

    results = run_batch(lines(), workers=2)
    first = next(results)
    assert first.id == "d0"
    assert consumed <= (4 * 2 + 1) * CHUNK
    results.close()
