"""Lexicon coverage: common English phrasings of every stance and charge, written from the
categories' definitions in the gold rules (invented parties, no evaluation text), must be
recognised with the right label in at least 90% of cases per table.

The tables are ``data/stances.tsv`` and ``data/charges.tsv`` (label<TAB>sentence). The test prints
per-label counts and the misses, so a drop shows where the word classes fall short."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from harmwatch.extract.speech.allegations import find_allegations
from harmwatch.extract.speech.responses import find_responses

DATA = Path(__file__).parent / "data"
FLOOR = 0.90


def _rows(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, sentence = line.split("\t", 1)
        rows.append((label.strip(), sentence.strip()))
    return rows


def _coverage(rows, labels_of) -> tuple[int, Counter, Counter, list[str]]:
    hits: Counter = Counter()
    totals: Counter = Counter()
    misses: list[str] = []
    for label, sentence in rows:
        totals[label] += 1
        got = labels_of(sentence)
        if label in got:
            hits[label] += 1
        else:
            misses.append(f"{label}: {sentence}  -> {sorted(got)}")
    return sum(hits.values()), hits, totals, misses


def _report(kind: str, found: int, hits: Counter, totals: Counter, misses: list[str]) -> None:
    n = sum(totals.values())
    print(f"\n{kind}: {found}/{n} recognised ({found / n:.2f})")
    for label in sorted(totals):
        print(f"  {label:24} {hits[label]:3}/{totals[label]}")
    for miss in misses:
        print("  missed", miss)


# the table's kind -> the labels the extractor gives a context
LABELS = {
    "stances": lambda ctx: {r.stance for r in find_responses(ctx)},
    "charges": lambda ctx: {a.charge for a in find_allegations(ctx)},
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", LABELS)
def test_phrasings(make_ctx, kind):
    rows = _rows(f"{kind}.tsv")
    assert len(rows) >= 150
    found, hits, totals, misses = _coverage(rows, lambda s: LABELS[kind](make_ctx(s)))
    _report(kind, found, hits, totals, misses)
    assert found >= FLOOR * len(rows)
