"""Word lists of a language pack compiled into matchers over the cleaned text.

A pack entry is a phrase of one or more words separated by spaces. In a word, ``*`` at the end
stands for any ending (``tué*`` matches tué, tuée, tués) and ``*`` at the start for any
beginning (``*angriff`` matches Raketenangriff, in languages that write compounds as one word).
An apostrophe matches ' and ’, a space any run of spaces or a hyphen. Matching ignores case;
every match carries offsets into the text, so spans slice the cleaned text exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from harmwatch.extract.lang import load_pack

_APOSTROPHES = "'’ʼ`"


@dataclass(frozen=True, slots=True)
class Hit:
    label: str  # the table key the phrase is listed under ("" for a plain list)
    start: int
    end: int
    text: str


def phrase_pattern(phrase: str) -> str:
    """The regex of one pack phrase (see the module docstring)."""
    words = phrase.strip().split()
    parts = []
    for w in words:
        lead = w.startswith("*")
        tail = w.endswith("*")
        core = w.strip("*")
        body = "".join(f"[{_APOSTROPHES}]" if ch in _APOSTROPHES else re.escape(ch) for ch in core)
        parts.append(("\\w*" if lead else "") + body + ("\\w*" if tail else ""))
    joined = r"[\s\-]+".join(parts)
    # an apostrophe ends a word of its own ("l'", "d'"): no word boundary needed after it
    end = "" if words and words[-1][-1:] in _APOSTROPHES else r"(?!\w)"
    return r"(?<!\w)" + joined + end


def compile_table(table: Mapping[str, Iterable[str]]) -> re.Pattern[str] | None:
    """One regex for a table label -> phrases; the label of a match is ``m.lastgroup``'s index."""
    alts = []
    for i, (_label, phrases) in enumerate(table.items()):
        ordered = sorted({p for p in phrases if p.strip()}, key=len, reverse=True)
        if ordered:
            alts.append(f"(?P<g{i}>" + "|".join(phrase_pattern(p) for p in ordered) + ")")
    if not alts:
        return None
    return re.compile("|".join(alts), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Matcher:
    labels: tuple[str, ...]
    regex: re.Pattern[str] | None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        if self.regex is None:
            return
        for m in self.regex.finditer(text, start, len(text) if end is None else end):
            group = m.lastgroup or "g0"
            yield Hit(self.labels[int(group[1:])], m.start(), m.end(), m.group())

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        return list(self.finditer(text, start, end))

    def match_at(self, text: str, pos: int) -> Hit | None:
        """A phrase starting exactly at ``pos``."""
        if self.regex is None:
            return None
        m = self.regex.match(text, pos)
        if not m:
            return None
        group = m.lastgroup or "g0"
        return Hit(self.labels[int(group[1:])], m.start(), m.end(), m.group())

    def __bool__(self) -> bool:
        return self.regex is not None


def make_matcher(table: Mapping[str, Iterable[str]]) -> Matcher:
    table = {k: list(v) for k, v in table.items() if not k.startswith("_")}
    return Matcher(labels=tuple(table), regex=compile_table(table))


@cache
def list_matcher(lang: str, name: str, key: str) -> Matcher:
    """The matcher of the word list ``key`` in ``lang/<name>.json`` (label ``key``)."""
    return make_matcher({key: load_pack(lang).words(name, key)})


@cache
def table_matcher(lang: str, name: str, key: str) -> Matcher:
    """The matcher of the table ``key`` (label -> phrases) in ``lang/<name>.json``."""
    table = load_pack(lang).table(name, key)
    return make_matcher({k: v if isinstance(v, list) else [v] for k, v in table.items()})


@cache
def lists_matcher(lang: str, name: str, keys: tuple[str, ...]) -> Matcher:
    """One matcher over several word lists of a file, each labelled by its key."""
    pack = load_pack(lang)
    return make_matcher({k: pack.words(name, k) for k in keys})
