"""Lexicon coverage in Arabic: common phrasings of every stance and charge as Arabic news agencies
write them (verb first, clitic prefixes, masculine and feminine agreement, "بحسب X", "من قبل X"),
written from the categories' definitions in the gold rules (invented parties, no evaluation text),
must be recognised with the right label in at least 90% of cases per table, as the English ones
are (test_lexicon_coverage.py), and with the party or accuser of the table's third column in at
least 80% of them.

The tables are ``data/ar/stances.tsv`` and ``data/ar/charges.tsv`` (label<TAB>sentence<TAB>party).
The test prints per-label counts and the misses."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from harmwatch.extract.generic.engine import make_context
from harmwatch.extract.generic.speech import find_speech

DATA = Path(__file__).parent / "data" / "ar"
FLOOR = 0.90
PARTY_FLOOR = 0.80


def _rows(name: str) -> list[tuple[str, str, str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, sentence, party = line.split("\t")
        rows.append((label.strip(), sentence.strip(), party.strip()))
    return rows


def _coverage(
    kind: str, rows: list[tuple[str, str, str]], found_in: Callable[[str], list[tuple[str, str | None]]]
) -> tuple[int, int]:
    """(rows with the right label, rows with the right label and party), printing the misses."""
    hits: Counter = Counter()
    totals: Counter = Counter()
    with_party = 0
    misses: list[str] = []
    for label, sentence, party in rows:
        totals[label] += 1
        got = found_in(sentence)
        labels = {lab for lab, _ in got}
        if label not in labels:
            misses.append(f"{label}: {sentence}  -> {sorted(labels)}")
            continue
        hits[label] += 1
        if party in [who for lab, who in got if lab == label]:
            with_party += 1
        else:
            misses.append(f"{label} party {party}: {sentence}  -> {[w for lab, w in got if lab == label]}")
    n = len(rows)
    found = sum(hits.values())
    print(f"\n{kind}: {found}/{n} recognised ({found / n:.2f}), {with_party} with the party")
    for label in sorted(totals):
        print(f"  {label:24} {hits[label]:3}/{totals[label]}")
    for miss in misses:
        print("  missed", miss)
    return found, with_party


def _speech(text: str):
    return find_speech(make_context(text, "ar", date(2024, 5, 14)))


@pytest.mark.slow
def test_arabic_stance_phrasings() -> None:
    rows = _rows("stances.tsv")
    assert len(rows) >= 80
    found, with_party = _coverage(
        "stances", rows, lambda s: [(r.stance, r.party) for r in _speech(s).responses]
    )
    assert found >= FLOOR * len(rows)
    assert with_party >= PARTY_FLOOR * len(rows)


@pytest.mark.slow
def test_arabic_charge_phrasings() -> None:
    rows = _rows("charges.tsv")
    assert len(rows) >= 70
    found, with_party = _coverage(
        "charges", rows, lambda s: [(a.charge, a.accuser) for a in _speech(s).allegations]
    )
    assert found >= FLOOR * len(rows)
    assert with_party >= PARTY_FLOOR * len(rows)
