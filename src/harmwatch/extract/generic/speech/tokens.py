"""Tokens of a report for the speech finders: words and marks, normalised (lower case, Arabic
letters unified, "ё" as "е")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

_AR_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")  # harakat, dagger alef, tatweel


_AR_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})


def norm(word: str) -> str:
    w = unicodedata.normalize("NFC", word).lower().replace("’", "'").replace("ʼ", "'")
    if any("\u0600" <= c <= "\u06ff" for c in w):
        w = _AR_DIACRITICS.sub("", w).translate(_AR_ALEF)
    return w.replace("ё", "е")


@cache
def _token_re(elision: bool) -> re.Pattern[str]:
    word = r"\w+['’](?=\w)|\w+(?:-\w+)*" if elision else r"\w+(?:['’ʼ-]\w+)*"
    return re.compile(rf"{word}|[^\w\s]")


def tokens_of(text: str, elision: bool) -> list[Tok]:
    return [
        Tok(m.start(), m.end(), m.group(), norm(m.group()), m.group()[0].isalnum() or m.group()[0] == "_")
        for m in _token_re(elision).finditer(text)
    ]


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str  # as written
    key: str  # normalised (lower case, Arabic letters unified)
    word: bool
