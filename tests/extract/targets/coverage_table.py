"""The target coverage table: common phrasings of every GOLD target class in every language
(``data/coverage_<lang>.tsv``, sentences written for harmwatch), and places named that were NOT
hit (a class written ``!class``: the market town, the hospital that received the wounded, a
source that spoke). The tests of find.py (English) and generic/targets.py (other languages) read
it and require most phrasings recognised and every not-target rejected."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"
LANGUAGES = ("en", "fr", "es", "pt", "de", "ru", "uk", "ar")
MIN_RECOGNISED = 0.9


@dataclass(frozen=True, slots=True)
class Row:
    kind: str
    sentence: str
    hit: bool  # False: the sentence names a place of ``kind`` that was not hit


def rows(lang: str) -> list[Row]:
    out = []
    for line in (DATA / f"coverage_{lang}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, sentence = line.split("\t", 1)
        out.append(Row(kind.lstrip("!"), sentence, not kind.startswith("!")))
    return out


def misses(lang: str, types_of: Callable[[str], set[str]]) -> tuple[list[Row], list[Row], int]:
    """(phrasings not recognised, not-targets taken for targets, number of phrasings)."""
    missed, wrong, n = [], [], 0
    for row in rows(lang):
        found = types_of(row.sentence)
        if row.hit:
            n += 1
            if row.kind not in found:
                missed.append(row)
        elif row.kind in found:
            wrong.append(row)
    return missed, wrong, n
