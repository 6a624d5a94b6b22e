"""Word lists of a language pack compiled into matchers over the cleaned text.

A pack entry is a phrase of one or more words separated by spaces. In a word, ``*`` at the end
stands for any ending (``tué*`` matches tué, tuée, tués) and ``*`` at the start for any
beginning (``*angriff`` matches Raketenangriff, in languages that write compounds as one word).
An apostrophe matches ' and ’; hyphens between words are optional ("coche bomba" matches
"coche-bomba"). Matching ignores case and works on whole words; every match carries offsets
into the text, so spans slice the cleaned text exactly.

The text is split into words once (cached for the last few texts); a matcher finds its phrases
by dictionary look-ups of each word, its beginnings (for ``word*``) and endings (for ``*word``),
so the cost does not grow with the length of the lists. The hits of a matcher over a whole text
are cached too: the stages ask the same matcher about many sentences of one report.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache

from harmwatch.extract.lang import load_pack

_APOSTROPHES = "'’ʼ`"
_APOS_MAP = str.maketrans({c: "'" for c in _APOSTROPHES})
_TOKEN = re.compile(r"\w+|[^\w\s]")
_HYPHENS = frozenset("-‐‑–")
_CACHE_TEXTS = 4
_MEMO_WORDS = 5_000  # distinct words remembered per matcher (bounded memory over long batches)


@dataclass(frozen=True, slots=True)
class Hit:
    label: str  # the table key the phrase is listed under ("" for a plain list)
    start: int
    end: int
    text: str


def phrase_pattern(phrase: str) -> str:
    """A regex equivalent of one pack phrase (for reading and debugging; matching uses words)."""
    parts = []
    for w in phrase.strip().split():
        core = "".join(f"[{_APOSTROPHES}]" if ch in _APOSTROPHES else re.escape(ch) for ch in w.strip("*"))
        parts.append(("\\w*" if w.startswith("*") else "") + core + ("\\w*" if w.endswith("*") else ""))
    return r"(?<!\w)" + r"[\s\-]+".join(parts) + r"(?!\w)"


@dataclass(frozen=True, slots=True)
class _Word:
    core: str
    lead: bool  # any beginning
    tail: bool  # any ending

    def fits(self, token: str) -> bool:
        if self.lead and self.tail:
            return self.core in token
        if self.tail:
            return token.startswith(self.core)
        if self.lead:
            return token.endswith(self.core)
        return token == self.core


def _phrase_words(phrase: str) -> tuple[_Word, ...]:
    out: list[_Word] = []
    for w in phrase.strip().lower().translate(_APOS_MAP).split():
        lead, tail = w.startswith("*"), w.endswith("*")
        core = w.strip("*")
        if not core:  # a lone "*": any one word
            out.append(_Word("", True, True))
            continue
        pieces = [p for p in _TOKEN.findall(core) if p not in _HYPHENS]
        for k, p in enumerate(pieces):
            out.append(_Word(p, lead and k == 0, tail and k == len(pieces) - 1))
    return tuple(out)


@dataclass(frozen=True)
class _Tokens:
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[str, ...]  # lower-cased, apostrophes unified; hyphens dropped


_TOKENS: dict[str, _Tokens] = {}


def _tokens(text: str) -> _Tokens:
    hit = _TOKENS.get(text)
    if hit is None:
        starts, ends, words = [], [], []
        for m in _TOKEN.finditer(text):
            tok = m.group()
            if tok in _HYPHENS:
                continue
            starts.append(m.start())
            ends.append(m.end())
            words.append(tok.lower().translate(_APOS_MAP))
        hit = _Tokens(tuple(starts), tuple(ends), tuple(words))
        if len(_TOKENS) >= _CACHE_TEXTS:
            _TOKENS.pop(next(iter(_TOKENS)))
        _TOKENS[text] = hit
    return hit


@dataclass(frozen=True, eq=False)
class Matcher:
    labels: tuple[str, ...]
    phrases: tuple[tuple[int, tuple[_Word, ...]], ...]  # (label index, words)
    _exact: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _prefix: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _suffix: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _infix: list[int] = field(default_factory=list, repr=False)
    _hits: dict[str, tuple[Hit, ...]] = field(default_factory=dict, repr=False)
    _memo: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    # the lengths of the listed beginnings (ascending) and endings (descending): the only cuts
    # of a word worth looking up
    _prefix_lens: list[int] = field(default_factory=list, repr=False)
    _suffix_lens: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        for i, (_label, words) in enumerate(self.phrases):
            first = words[0]
            if first.lead and first.tail:
                self._infix.append(i)
            elif first.tail:
                self._prefix.setdefault(first.core, []).append(i)
            elif first.lead:
                self._suffix.setdefault(first.core, []).append(i)
            else:
                self._exact.setdefault(first.core, []).append(i)
        self._prefix_lens.extend(sorted({len(k) for k in self._prefix if k}))
        self._suffix_lens.extend(sorted({len(k) for k in self._suffix if k}, reverse=True))

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def _candidates(self, tok: str) -> tuple[int, ...]:
        """The phrases whose first word fits ``tok`` (memoised: words repeat across reports)."""
        hit = self._memo.get(tok)
        if hit is None:
            out = list(self._exact.get(tok, ()))
            n = len(tok)
            for k in self._prefix_lens:  # shortest beginning first
                if k > n:
                    break
                out.extend(self._prefix.get(tok[:k], ()))
            for k in self._suffix_lens:  # longest ending first
                if k <= n:
                    out.extend(self._suffix.get(tok[n - k :], ()))
            out.extend(i for i in self._infix if self.phrases[i][1][0].fits(tok))
            hit = tuple(out)
            if len(self._memo) >= _MEMO_WORDS:
                self._memo.clear()
            self._memo[tok] = hit
        return hit

    def _at(self, toks: _Tokens, i: int) -> tuple[int, int] | None:
        """(label index, last token index) of the longest phrase starting at token ``i``."""
        best: tuple[int, int, int] | None = None  # (end char, -label, last token)
        n = len(toks.words)
        cands = self._candidates(toks.words[i])
        if not cands:
            return None
        for p in cands:
            label, words = self.phrases[p]
            j = i
            ok = True
            for w in words[1:]:
                j += 1
                if j >= n or not w.fits(toks.words[j]):
                    ok = False
                    break
            if ok:
                key = (toks.ends[j], -label, j)
                if best is None or key > best:
                    best = key
        return None if best is None else (-best[1], best[2])

    def _all(self, text: str) -> tuple[Hit, ...]:
        hits = self._hits.get(text)
        if hits is None:
            toks = _tokens(text)
            out: list[Hit] = []
            # the words where a phrase may start, in one pass (a look-up per word, no call for
            # the known ones); then the longest phrase at each, left to right, without overlap
            memo, candidates = self._memo, self._candidates
            firsts = [i for i, w in enumerate(toks.words) if (memo[w] if w in memo else candidates(w))]
            after = 0
            for i in firsts:
                if i < after:
                    continue
                m = self._at(toks, i)
                if m is None:
                    continue
                label, j = m
                a, b = toks.starts[i], toks.ends[j]
                out.append(Hit(self.labels[label], a, b, text[a:b]))
                after = j + 1
            hits = tuple(out)
            if len(self._hits) >= _CACHE_TEXTS:
                self._hits.pop(next(iter(self._hits)))
            self._hits[text] = hits
        return hits

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        if not self.phrases:
            return
        stop = len(text) if end is None else end
        hits = self._all(text)
        k = bisect_left([h.start for h in hits], start) if start else 0
        for h in hits[k:]:
            if h.start >= stop:
                break
            if h.end <= stop:
                yield h

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        return list(self.finditer(text, start, end))

    def match_at(self, text: str, pos: int) -> Hit | None:
        """The longest phrase starting exactly at character ``pos``."""
        if not self.phrases:
            return None
        toks = _tokens(text)
        i = bisect_left(toks.starts, pos)
        if i >= len(toks.starts) or toks.starts[i] != pos:
            return None
        m = self._at(toks, i)
        if m is None:
            return None
        label, j = m
        a, b = toks.starts[i], toks.ends[j]
        return Hit(self.labels[label], a, b, text[a:b])


def make_matcher(table: Mapping[str, Iterable[str]]) -> Matcher:
    labels: list[str] = []
    phrases: list[tuple[int, tuple[_Word, ...]]] = []
    for key, values in table.items():
        if key.startswith("_"):
            continue
        labels.append(key)
        for p in sorted({v for v in values if isinstance(v, str) and v.strip()}):
            words = _phrase_words(p)
            if words:
                phrases.append((len(labels) - 1, words))
    return Matcher(labels=tuple(labels), phrases=tuple(phrases))


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
