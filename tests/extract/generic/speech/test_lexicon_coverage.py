"""Lexicon coverage of the other languages' speech packs: common phrasings of every stance and
charge, written in each language from the categories' definitions in the gold rules (invented or
generic parties, no evaluation text), must be recognised with the right label in at least 90% of
cases per table, as the English pack's (tests/extract/speech/test_lexicon_coverage.py).

The tables are ``tests/extract/speech/data/<lang>/stances.tsv`` and ``charges.tsv``:
``label<TAB>sentence[<TAB>party]``.
- A row labelled ``none`` states no stance (or no charge): at most 10% of them may give any.
- A label written ``!label`` is a sentence that must NOT give that label (a negated or refused
  stance); it counts among the recognised rows when it does not.
- The optional third column is the party (stances) or accuser (charges) as the sentence writes it:
  of the rows that carry one, at least 80% must find it (the found name and the expected one
  contain each other, case-insensitive), so the test also checks who is said to take the stance.
The test prints per-label counts and the misses, so a drop shows where the word classes fall
short."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.extract.generic.speech.helpers import speech

DATA = Path(__file__).resolve().parents[2] / "speech" / "data"
FLOOR = 0.90
PARTY_FLOOR = 0.80
LANGS = ("fr", "es", "pt", "de", "ru", "uk", "ar")
STANCES = {"deny", "acknowledge", "investigate", "justify", "regret", "no_comment"}
CHARGES = {"war_crime", "crime_against_humanity", "genocide", "ihl_violation", "human_rights_violation"}
CHARGES |= {"civilian_targeting"}

Found = dict[str, list[str | None]]


def _rows(lang: str, name: str) -> list[tuple[str, str, str | None]]:
    rows = []
    for line in (DATA / lang / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        rows.append((cells[0], cells[1], cells[2] if len(cells) > 2 and cells[2] else None))
    return rows


def _same(found: list[str | None], expected: str) -> bool:
    b = expected.casefold()
    return any(f and (f.casefold() in b or b in f.casefold()) for f in found)


def _check(lang: str, name: str, found_of, minimum: int, labels: set[str]) -> None:
    rows = _rows(lang, name)
    scored = [r for r in rows if r[0] != "none"]
    assert len(scored) >= minimum
    assert {r[0] for r in scored} >= labels
    hits: Counter = Counter()
    totals: Counter = Counter()
    misses: list[str] = []
    false_hits: list[str] = []
    party_ok = party_n = 0
    for label, sentence, party in rows:
        got: Found = found_of(sentence, lang)
        if label == "none":
            if got:
                false_hits.append(f"{sentence}  -> {sorted(got)}")
            continue
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
    found, n = sum(hits.values()), sum(totals.values())
    print(f"\n{lang} {name}: {found}/{n} recognised ({found / n:.2f}); party {party_ok}/{party_n}")
    for label in sorted(totals):
        print(f"  {label:24} {hits[label]:3}/{totals[label]}")
    for miss in misses:
        print("  missed", miss)
    for false in false_hits:
        print("  false", false)
    assert found >= FLOOR * n
    assert party_ok >= PARTY_FLOOR * party_n
    assert len(false_hits) <= (1 - FLOOR) * (len(rows) - len(scored))


def _stances(sentence: str, lang: str) -> Found:
    out: Found = {}
    for r in speech(sentence, lang).responses:
        out.setdefault(r.stance, []).append(r.party)
    return out


def _charges(sentence: str, lang: str) -> Found:
    out: Found = {}
    for a in speech(sentence, lang).allegations:
        out.setdefault(a.charge, []).append(a.accuser)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_stance_phrasings(lang):
    _check(lang, "stances.tsv", _stances, 60, STANCES)


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_charge_phrasings(lang):
    _check(lang, "charges.tsv", _charges, 50, CHARGES)
