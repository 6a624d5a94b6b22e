"""The weekdays a report's date phrase names, in any supported language.

Public API::

    phrase_weekdays(phrase: str) -> frozenset[int]   # 0 = Monday; "am Freitag" -> {4}

A report without a publication date cannot resolve "on Friday" to a day, but two reports of one
incident that both say Friday (or one says Friday and the other gives a date that fell on a
Friday) agree, and Friday against Tuesday disagrees. The phrase is the extractor's chosen date
phrase, so every language's weekday words are tried (the event does not carry its language).
"""

from __future__ import annotations

import re
from functools import lru_cache

from harmwatch.extract.generic.dates import weekdays_named
from harmwatch.extract.lang import SUPPORTED, load_pack


@lru_cache(maxsize=1)
def _english() -> re.Pattern[str]:
    names = load_pack("en").value("dates", "weekdays")
    return re.compile(r"\b(" + "|".join(names) + r")", re.I)


@lru_cache(maxsize=8192)
def phrase_weekdays(phrase: str) -> frozenset[int]:
    if not phrase or not phrase.strip():
        return frozenset()
    names = load_pack("en").value("dates", "weekdays")
    out = {names.index(m.group(1).lower()) for m in _english().finditer(phrase)}
    for code in SUPPORTED:
        if code != "en":
            out |= weekdays_named(phrase, code)
    return frozenset(out)
