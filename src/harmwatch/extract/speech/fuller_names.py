"""Fuller names of bare institution nouns: a party the text names only as "the ministry" or "the
military" in one sentence is the one it names in full elsewhere ("the Zarvian Defence Ministry",
"the Zarvian military"), when the text names only one such body with that noun."""

from __future__ import annotations

import re
from functools import cache

from harmwatch.extract.lang import load_pack

EN = load_pack("en")
# nouns of institutions that a text names in full once and then by the noun alone
INSTITUTIONS = EN.words("stances", "institutions")
# capitalised words that open a sentence or phrase without being part of a name
_NOT_NAMES = EN.words("stances", "not_name_openers")


_ABBREVIATION = re.compile(r"^(?:[A-Z]\.)+$")  # "U.S.", "U.N."


@cache
def _pattern(noun: str) -> re.Pattern[str]:
    return re.compile(r"((?:(?-i:[A-Z])[\w'’.-]*[ \t]+){1,4})" + re.escape(noun) + r"\b", re.I)


def fuller(text: str, name: str | None) -> str | None:
    """``name`` as the one fuller name the text gives that body ("ministry" → "Zarvian Defence
    Ministry"); ``name`` itself when it is not a bare institution noun or the text names several."""
    if not name or " " in name.strip() or name.lower() not in INSTITUTIONS:
        return name
    found: set[str] = set()
    for m in _pattern(name.lower()).finditer(text):
        words = m.group(0).split()
        ends = [k for k, w in enumerate(words[:-1]) if w.endswith(".") and not _ABBREVIATION.match(w)]
        words = words[ends[-1] + 1 :] if ends else words  # a sentence ends before the name
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        if len(words) >= 2 and words[-1].lower() == name.lower():
            found.add(" ".join(words))
    widest = {p for p in found if not any(q != p and q.lower().endswith(" " + p.lower()) for q in found)}
    return next(iter(widest)) if len(widest) == 1 else name
