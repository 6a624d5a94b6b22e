"""Lexicon coverage of the French, Spanish and Portuguese speech packs: common phrasings of every
stance and charge, written in each language from the categories' definitions in the gold rules
(invented or generic parties, no evaluation text), must be recognised with the right label in at
least 90% of cases per table, as the English pack's (tests/extract/speech/test_lexicon_coverage.py).

The tables are ``tests/extract/speech/data/<lang>/stances.tsv`` and ``charges.tsv``
(label<TAB>sentence<TAB>party or accuser, the third column optional). Rows labelled ``none``
state no stance (or no charge): nothing may be found there. Where a row names its party, the
party found must contain it (case-insensitive) in at least 80% of those rows. The test prints
per-label counts and the misses, so a drop shows where the word classes fall short."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.extract.generic.speech.helpers import speech

DATA = Path(__file__).resolve().parents[2] / "speech" / "data"
FLOOR = 0.90
PARTY_FLOOR = 0.80
LANGS = ("fr", "es", "pt")


def _rows(lang: str, name: str) -> list[tuple[str, str, str | None]]:
    rows = []
    for line in (DATA / lang / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        rows.append((cells[0], cells[1], cells[2] if len(cells) > 2 and cells[2] else None))
    return rows


def _check(lang: str, name: str, found_of, minimum: int) -> None:
    rows = _rows(lang, name)
    labelled = [r for r in rows if r[0] != "none"]
    assert len(labelled) >= minimum
    hits: Counter = Counter()
    totals: Counter = Counter()
    misses: list[str] = []
    party_rows = party_hits = 0
    false_hits: list[str] = []
    for label, sentence, party in rows:
        got = found_of(sentence)  # label -> the parties found with it
        if label == "none":
            if got:
                false_hits.append(f"{sentence}  -> {sorted(got)}")
            continue
        totals[label] += 1
        if label not in got:
            misses.append(f"{label}: {sentence}  -> {sorted(got)}")
            continue
        hits[label] += 1
        if party:
            party_rows += 1
            if any(party.lower() in (p or "").lower() for p in got[label]):
                party_hits += 1
            else:
                misses.append(f"{label} party {party!r}: {sentence}  -> {sorted(got[label], key=str)}")
    found = sum(hits.values())
    n = sum(totals.values())
    print(f"\n{lang} {name}: {found}/{n} recognised ({found / n:.2f}); party {party_hits}/{party_rows}")
    for label in sorted(totals):
        print(f"  {label:24} {hits[label]:3}/{totals[label]}")
    for miss in misses:
        print("  missed", miss)
    for false in false_hits:
        print("  false", false)
    assert found >= FLOOR * n
    assert party_hits >= PARTY_FLOOR * party_rows
    assert len(false_hits) <= (1 - FLOOR) * (len(rows) - n)


def _stances(lang: str):
    def found(sentence: str) -> dict[str, set[str | None]]:
        out: dict[str, set[str | None]] = {}
        for r in speech(sentence, lang).responses:
            out.setdefault(r.stance, set()).add(r.party)
        return out

    return found


def _charges(lang: str):
    def found(sentence: str) -> dict[str, set[str | None]]:
        out: dict[str, set[str | None]] = {}
        for a in speech(sentence, lang).allegations:
            out.setdefault(a.charge, set()).add(a.accuser)
        return out

    return found


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_stance_phrasings(lang):
    _check(lang, "stances.tsv", _stances(lang), 60)


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_charge_phrasings(lang):
    _check(lang, "charges.tsv", _charges(lang), 50)
