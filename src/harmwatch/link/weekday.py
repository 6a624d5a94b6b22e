"""The weekdays a report's date phrase names, in any supported language.

Public API::

    phrase_weekdays(phrase: str) -> frozenset[int]   # 0 = Monday; "am Freitag" -> {4}

A report without a publication date cannot resolve "on Friday" to a day, but two reports of one
incident that both say Friday (or one says Friday and the other gives a date that fell on a
Friday) agree, and Friday against Tuesday disagrees. The phrase is the extractor's chosen date
phrase, so the weekday words of every language pack (``lang/<code>/dates.json``: ``weekdays``,
``weekdays_with_prep`` after a ``weekday_preps`` word, ``weekday_compound_parts``) are tried: the
event does not carry its language. Only the packs' data is read, not the extraction engine, so
linking loads no parser.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from harmwatch.extract.lang import SUPPORTED, load_pack

_TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
_ARABIC_CLITICS = ("و", "ف", "ب", "ل")


def _norm(word: str) -> str:
    """Lower case without diacritics (hamza seats, breves, accents): "Miércoles" -> "miercoles"."""
    word = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(c for c in word if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class _Words:
    names: dict[str, int]  # every pack's weekday word forms
    with_prep: dict[str, int]  # short forms that name a weekday after a preposition ("na sexta")
    preps: frozenset[str]
    parts: frozenset[str]  # times of day compounded onto a weekday ("Sonntagabend")


@lru_cache(maxsize=1)
def _words() -> _Words:
    names: dict[str, int] = {}
    with_prep: dict[str, int] = {}
    preps: set[str] = set()
    parts: set[str] = set()
    for code in SUPPORTED:
        data = load_pack(code).data("dates")
        days = data.get("weekdays", {})
        pairs = enumerate(days) if isinstance(days, list) else ((v, k) for k, v in days.items())
        names.update({_norm(str(word)): int(day) for day, word in pairs})
        with_prep.update({_norm(k): int(v) for k, v in data.get("weekdays_with_prep", {}).items()})
        preps.update(_norm(w) for w in data.get("weekday_preps", []))
        parts.update(_norm(w) for w in data.get("weekday_compound_parts", []))
    return _Words(names, with_prep, frozenset(preps), frozenset(parts))


def _weekday(token: str, previous: str | None, w: _Words) -> int | None:
    for form in (token, token.removesuffix("'s")):
        if form in w.names:
            return w.names[form]
    if token[:1] in _ARABIC_CLITICS and token[1:] in w.names:
        return w.names[token[1:]]  # "والجمعة": "and Friday"
    if token in w.with_prep and previous in w.preps:
        return w.with_prep[token]
    for form, day in w.names.items():
        if len(token) > len(form) and token.startswith(form) and token[len(form) :] in w.parts:
            return day
    return None


@lru_cache(maxsize=8192)
def phrase_weekdays(phrase: str) -> frozenset[int]:
    w = _words()
    tokens = [_norm(t) for t in _TOKEN.findall(phrase or "")]
    out = set()
    for i, token in enumerate(tokens):
        day = _weekday(token, tokens[i - 1] if i else None, w)
        if day is not None:
            out.add(day)
    return frozenset(out)
