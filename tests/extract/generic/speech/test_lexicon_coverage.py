"""Lexicon coverage in other languages: common phrasings of every stance and charge, written in each
language from the categories' definitions in the gold rules (invented parties, no evaluation text),
must be recognised with the right label in at least 90% of cases per table, as the English pack's
test (tests/extract/speech/test_lexicon_coverage.py) requires.

The tables are ``tests/extract/speech/data/<lang>/stances.tsv`` and ``charges.tsv``:
``label<TAB>sentence[<TAB>party]``. A label written ``!label`` is a sentence that must NOT give that
label (a negated or refused stance). The optional third column is the party (stances) or accuser
(charges) as the sentence writes it: of the rows that carry one, at least 80% must find it (the
found name and the expected one overlap), so the test also checks who is said to take the stance.
The test prints per-label counts and the misses, so a drop shows where the word classes fall
short."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from harmwatch.extract.generic.engine import make_context
from harmwatch.extract.generic.speech import find_speech

DATA = Path(__file__).resolve().parents[2] / "speech" / "data"
FLOOR = 0.90
PARTY_FLOOR = 0.80
LANGS = ("de", "ru", "uk")


def _rows(lang: str, name: str) -> list[tuple[str, str, str]]:
    rows = []
    for line in (DATA / lang / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, sentence, *rest = line.split("\t")
        rows.append((label.strip(), sentence.strip(), rest[0].strip() if rest else ""))
    return rows


def _same(found: list[str | None], expected: str) -> bool:
    b = expected.casefold()
    return any(f and (f.casefold() in b or b in f.casefold()) for f in found)


def _coverage(lang: str, rows, labels_of):
    hits: Counter = Counter()
    totals: Counter = Counter()
    misses: list[str] = []
    party_ok = party_n = 0
    for label, sentence, party in rows:
        got = labels_of(make_context(sentence, lang, date(2024, 5, 14)))
        totals[label] += 1
        if label.startswith("!"):
            ok = label[1:] not in got
        else:
            ok = label in got
            if ok and party:
                party_n += 1
                if _same(got[label], party):
                    party_ok += 1
                else:
                    misses.append(f"party {label}: {sentence}  -> {got[label]!r}, expected {party!r}")
        if ok:
            hits[label] += 1
        else:
            misses.append(f"{label}: {sentence}  -> {sorted(got)}")
    return hits, totals, misses, party_ok, party_n


def _report(kind: str, hits: Counter, totals: Counter, misses: list[str], party_ok: int, party_n: int):
    n, found = sum(totals.values()), sum(hits.values())
    print(f"\n{kind}: {found}/{n} recognised ({found / n:.2f}); party {party_ok}/{party_n}")
    for label in sorted(totals):
        print(f"  {label:24} {hits[label]:3}/{totals[label]}")
    for miss in misses:
        print("  missed", miss)


def _stances(ctx) -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for r in find_speech(ctx).responses:
        out.setdefault(r.stance, []).append(r.party)
    return out


def _charges(ctx) -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for a in find_speech(ctx).allegations:
        out.setdefault(a.charge, []).append(a.accuser)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_stance_phrasings(lang):
    rows = _rows(lang, "stances.tsv")
    assert len(rows) >= 60
    assert {r[0] for r in rows} >= {"deny", "acknowledge", "investigate", "justify", "regret", "no_comment"}
    hits, totals, misses, party_ok, party_n = _coverage(lang, rows, _stances)
    _report(f"{lang} stances", hits, totals, misses, party_ok, party_n)
    assert sum(hits.values()) >= FLOOR * len(rows)
    assert party_ok >= PARTY_FLOOR * party_n


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_charge_phrasings(lang):
    rows = _rows(lang, "charges.tsv")
    assert len(rows) >= 50
    labels = {"war_crime", "crime_against_humanity", "genocide", "ihl_violation"}
    assert {r[0] for r in rows} >= labels | {"human_rights_violation", "civilian_targeting"}
    hits, totals, misses, party_ok, party_n = _coverage(lang, rows, _charges)
    _report(f"{lang} charges", hits, totals, misses, party_ok, party_n)
    assert sum(hits.values()) >= FLOOR * len(rows)
    assert party_ok >= PARTY_FLOOR * party_n
