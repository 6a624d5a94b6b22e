"""Batch extraction: input order kept, bad lines become error results, bounded work in flight."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from harmwatch.extract.batch import (
    CHUNK,
    forget_in_worker,
    identify_lines,
    process_line,
    process_lines,
    run_batch,
)
from harmwatch.workers import IN_FLIGHT_PER_WORKER, imap_ordered

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


MIXED = [  # sentences written for this test, one per language, no language given
    "Gunmen attacked a market near the river on Monday, killing 7 traders, police said.",
    "Bei einem Angriff auf einen Markt wurden am Montag sieben Händler getötet, sagte die Polizei.",
    "Sept commerçants ont été tués lundi lors d'une attaque contre un marché, selon la police.",
]


def _plain(i: int, text: str) -> str:
    return json.dumps({"id": f"m{i}", "text": text}, ensure_ascii=False)


def test_identify_lines_fills_in_what_the_extraction_would_identify():
    numbered = [(1, _plain(1, MIXED[1]), None), (2, _plain(2, MIXED[0]), "de"), (3, "{broken", None)]
    numbered.append((4, json.dumps({"id": "m4", "text": MIXED[2], "language": "pt"}), None))
    got = list(identify_lines(numbered))
    assert [item[2] for item in got] == ["de", "de", None, "pt"]  # identified, caller's, bad, own
    assert [item[1] for item in got] == [line for _, line, _ in numbered]
    assert process_line(1, numbered[0][1]).output == process_lines([got[0]])[0].output


def test_a_line_cleaned_to_identify_its_language_is_not_cleaned_again(monkeypatch):
    import harmwatch.extract.engine as engine

    numbered = [(1, _plain(1, MIXED[0]), None), (2, _plain(2, MIXED[1]), "de")]
    got = list(identify_lines(iter(numbered)))
    assert [len(item) for item in got] == [4, 3]  # only the identified line carries its cleaned text
    assert got[0][3].text == MIXED[0]
    cleaned = []
    real = engine.clean
    monkeypatch.setattr(engine, "clean", lambda raw: cleaned.append(raw.id) or real(raw))
    out = process_lines(got)
    assert [o.output["language"] for o in out] == ["en", "de"]
    assert cleaned == ["m2"]  # m1 was cleaned once, by identify_lines
    assert out[0].output == process_line(1, numbered[0][1]).output


def test_warm_up_runs_each_sampled_language_once(monkeypatch):
    import harmwatch.extract.batch as batch

    ran = []
    monkeypatch.setattr(batch, "_WARMED", set())
    monkeypatch.setattr(batch, "process_lines", lambda items: ran.extend(items) or [])
    samples = ((1, "a", "en"), (2, "b", "fr"), (3, "c", "en"), (4, "d", None), (5, "e", " FR "))
    batch.warm_up(samples)
    assert ran == [(1, "a", "en"), (2, "b", "fr")]
    batch.warm_up(samples)  # as in a forked worker: nothing more to load
    assert len(ran) == 2


def test_mixed_languages_give_the_same_output_on_one_and_two_workers():
    lines = [_plain(i, MIXED[i % 3]) for i in range(2 * CHUNK + 5)]
    one = [r.output for r in run_batch(iter(lines), workers=1)]
    two = [r.output for r in run_batch(iter(lines), workers=2)]
    assert [o["language"] for o in one[:3]] == ["en", "de", "fr"]
    assert one == two


def _identifier_loaded(_: int) -> int:
    from harmwatch.extract.langid import _model

    return _model.cache_info().currsize


def test_the_parent_identifies_every_line_and_the_workers_drop_the_identifier():
    from harmwatch.extract.langid import _model

    lines = [_plain(i, MIXED[i % 3]) for i in range(IN_FLIGHT_PER_WORKER * 2 * CHUNK + 8)]
    results = run_batch(iter(lines), workers=2)
    assert next(results).output["language"] == "en"
    assert _model.cache_info().currsize == 1  # the parent identifies the lines after the head too
    rest = [r.output["language"] for r in results]
    assert rest[:2] == ["de", "fr"] and rest[-1] == ["en", "de", "fr"][(len(lines) - 1) % 3]
    _model()  # loaded here: a worker forks with it and drops it
    got = imap_ordered(_identifier_loaded, [0, 1], workers=2, chunk=1, in_worker=forget_in_worker)
    assert [n for _, n in got] == [0, 0]


def test_the_parent_of_the_workers_never_loads_the_model():
    """With several workers this process only reads lines, identifies their languages and writes
    results: the first worker loads the model and forks the others, so spaCy is never imported
    here (the memory of a worker's model counted once more for nothing)."""
    code = (
        "import json, sys\n"
        "from harmwatch.extract.batch import run_batch\n"
        "out = [r.output['language'] for r in run_batch(iter(sys.argv[1:]), workers=2)]\n"
        "print(json.dumps([out, 'spacy' in sys.modules]))\n"
    )
    lines = [_plain(i, MIXED[i % 3]) for i in range(3)]
    done = subprocess.run([sys.executable, "-c", code, *lines], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == [["en", "de", "fr"], False]


def test_warm_up_reads_its_samples_from_the_caller_once_the_model_is_loaded(monkeypatch):
    import queue

    import harmwatch.extract.batch as batch

    ran = []
    monkeypatch.setattr(batch, "_WARMED", set())
    monkeypatch.setattr(batch, "process_lines", lambda items: ran.extend(items) or [])
    later: queue.Queue = queue.Queue()
    later.put(((1, "a", "de"), (2, "b", "de"), (3, "c", "es")))
    batch.warm_up(later=later)
    assert ran == [(1, "a", "de"), (3, "c", "es")]


def test_the_head_is_sent_once_read_or_at_the_end_of_a_short_input():
    from harmwatch.extract.batch import _sending_head

    sent: list[tuple] = []
    read = []
    for item in _sending_head(iter([(n,) for n in range(5)]), 3, sent.append):
        read.append(item)
        assert len(sent) == (1 if len(read) >= 3 else 0)  # sent before the third is handed on
    assert sent == [((0,), (1,), (2,))] and len(read) == 5
    sent.clear()
    assert list(_sending_head(iter([(0,)]), 3, sent.append)) == [(0,)]
    assert sent == [((0,),)]
