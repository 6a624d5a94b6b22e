"""Batch extraction: input order kept, bad lines become error results, bounded work in flight."""

from __future__ import annotations

import json

import pytest

from harmwatch.extract.batch import CHUNK, process_line, run_batch, sample_languages

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


def test_sample_languages_fills_in_what_the_extraction_would_identify():
    numbered = [(1, _plain(1, MIXED[1]), None), (2, _plain(2, MIXED[0]), "de"), (3, "{broken", None)]
    numbered.append((4, json.dumps({"id": "m4", "text": MIXED[2], "language": "pt"}), None))
    got = sample_languages(numbered)
    assert [lang for _, _, lang in got] == ["de", "de", None, "pt"]  # identified, caller's, bad, own
    assert [line for _, line, _ in got] == [line for _, line, _ in numbered]
    assert process_line(1, numbered[0][1]).output == process_line(1, got[0][1], got[0][2]).output


def test_a_head_line_cleaned_to_identify_its_language_is_not_cleaned_again(monkeypatch):
    import harmwatch.extract.batch as batch
    import harmwatch.extract.engine as engine

    monkeypatch.setattr(batch, "_CLEANED", {})
    numbered = [(1, _plain(1, MIXED[0]), None), (2, _plain(2, MIXED[1]), "de")]
    got = sample_languages(numbered)
    assert list(batch._CLEANED) == [1]  # the line whose language was identified from its text
    expected = process_line(1, got[0][1], got[0][2]).output  # takes the kept text, once
    assert batch._CLEANED == {}
    cleaned = []
    real = engine.clean
    monkeypatch.setattr(engine, "clean", lambda raw: cleaned.append(raw.id) or real(raw))
    sample_languages(numbered)
    assert process_line(1, got[0][1], got[0][2]).output == expected
    assert process_line(2, got[1][1], got[1][2]).output["language"] == "de"
    assert cleaned == ["m1", "m2"]  # m1 by sample_languages only, m2 (not identified) by the extraction
    assert process_line(1, got[0][1], got[0][2]).output == expected  # taken once: cleaned again
    assert cleaned == ["m1", "m2", "m1"]
    assert batch._take_cleaned(9, "{}") is None


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


def test_the_parent_forgets_the_sampled_languages_once_the_workers_have_forked():
    from harmwatch.extract.langid import _model

    lines = [_plain(i, MIXED[i % 3]) for i in range(CHUNK + 2)]
    results = run_batch(iter(lines), workers=2)
    assert next(results).output["language"] == "en"
    assert _model.cache_info().currsize == 0  # loaded for the sample, dropped here after the fork
    assert [r.output["language"] for r in results][:2] == ["de", "fr"]
