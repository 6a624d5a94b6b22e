"""``pattern.finditer(text)`` for cue patterns, tried only where a match can begin.

A stance or charge pattern is one long alternation of frames, each opening on a word boundary and a
word of a class ("\\b<deny_verbs>\\b", "\\b(?:was|were) ..."). Python's regex engine cannot skip
ahead on a case-insensitive pattern: it tries every frame at every character of the text, so the
cost grows with the text times the size of the lexicon. Here the pattern's parse is read once to
list the lower-case prefixes every match begins with (the first word of each frame, up to its
first character that is no letter, digit or underscore) and to check that every match begins a
word. A text is then split into words once, the words that begin with one of the prefixes are
looked up in a dictionary (cached across texts), and the pattern is tried (``pattern.match``)
only at those words' starts, in order, from the end of the previous match: the same matches as
``pattern.finditer``, found in the same order, as the same ``re.Match`` objects.

Why the matches are the same: ``finditer`` returns, from the end of the last match, the leftmost
position where the pattern matches; every position where it can match is among the candidates
(a word start whose word begins with a prefix; every word holding a character other than ASCII is
a candidate too, since case-insensitive matching may equate such a character with an ASCII letter),
and ``pattern.match(text, pos)`` sees the text before ``pos`` for ``\\b`` and look-behinds exactly
as ``finditer`` does. A pattern whose parse does not give such prefixes (a frame opening on ``\\w+``,
one that may begin inside a word, one that may match the empty string) is run with ``finditer``.

Worth it for long case-insensitive alternations (the stance and charge patterns: ~4× less CPU).
A case-sensitive pattern opening on a literal word is scanned fast by the regex engine itself
(it searches for the literal first): measured slower through here, so left to ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

try:  # the regex parser of the standard library (private; the prefilter is off without it)
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python without re._parser
    C = P = None

_WORD = re.compile(r"\w+")
# the characters other than ASCII that a case-insensitive pattern equates with an ASCII letter
# (dotted and dotless i, long s, Kelvin sign: tests/extract/speech/test_cue_scan.py checks the list)
FOLDING_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_ASCII_HEAD = re.compile(r"[\x00-\x7f]*")
_CAP = 20000  # prefixes kept per frame before they are cut shorter (shorter prefixes: still exact)
_CACHE_MAX = 100000  # words whose frames are remembered
_Paths = set[tuple[str, bool]]  # (prefix, whether what follows in the sequence may extend it)


@dataclass(frozen=True, slots=True)
class _Cue:
    """A pattern split into its frames (the branches of its top-level alternation, in order),
    each with its bit in the word index."""

    frames: tuple[tuple[int, re.Pattern[str]], ...]
    mask: int  # the frames' bits together


class _Index:
    """The prefixes of every frame seen so far, each with the bits of the frames it opens."""

    def __init__(self) -> None:
        self.bits: dict[str, int] = {}  # prefix -> bits of the frames that may begin with it
        self.lengths: tuple[int, ...] = ()
        self.words: dict[str, int] = {}  # word -> bits of the frames it may open (a cache)
        self.cues: dict[int, tuple[re.Pattern[str], _Cue | None]] = {}  # by id: hashing a pattern is slow
        self.version = 0  # raised whenever a frame is added: cached word bits are then stale
        self.next_bit = 1

    def cue(self, pattern: re.Pattern[str]) -> _Cue | None:
        known = self.cues.get(id(pattern))
        if known is None or known[0] is not pattern:
            known = self.cues[id(pattern)] = (pattern, self._add(pattern))
        return known[1]

    def _add(self, pattern: re.Pattern[str]) -> _Cue | None:
        planned = []
        for source in split_alternation(pattern) or ():
            frame = re.compile(source, pattern.flags)
            prefixes = plan(frame)
            if prefixes is None:
                return None
            planned.append((frame, prefixes))
        if not planned:
            return None
        frames = []
        for frame, prefixes in planned:
            bit, self.next_bit = self.next_bit, self.next_bit << 1
            for p in prefixes:
                self.bits[p] = self.bits.get(p, 0) | bit
            frames.append((bit, frame))
        self.lengths = tuple(sorted({len(p) for p in self.bits}))
        self.words.clear()
        self.version += 1
        return _Cue(tuple(frames), sum(bit for bit, _ in frames))

    def word_bits(self, word: str) -> int:
        found = self.words.get(word)
        if found is None:
            found = 0
            for n in self.lengths:
                if n > len(word):
                    break
                found |= self.bits.get(word[:n], 0)
            if len(self.words) >= _CACHE_MAX:
                self.words.clear()
            self.words[word] = found
        return found


_INDEX = _Index()
_TEXT: list[tuple[str, int, list[tuple[list[int], int]]]] = []  # the last text's words with bits


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, trying the pattern only where one can begin."""
    cue = _INDEX.cue(pattern)
    if cue is None:
        yield from pattern.finditer(text)
        return
    hits = sorted((pos, bits) for starts, bits in _words(text) if bits & cue.mask for pos in starts)
    end = 0
    for pos, bits in hits:
        if pos < end:
            continue
        for bit, frame in cue.frames:
            if bits & bit and (len(cue.frames) == 1 or frame.match(text, pos) is not None):
                m = pattern.match(text, pos)  # the same match, as the whole pattern's Match
                if m is not None:  # (always: the frame matches here, and the ones before it do not)
                    yield m
                    end = m.end()
                break


def _words(text: str) -> list[tuple[list[int], int]]:
    """The starts of each word of ``text`` that may open a frame, with those frames' bits, computed
    once for the text that every cue kind scans. A prefix is ASCII, so only a word's ASCII head can
    begin with one, unless the word holds a character that a case-insensitive pattern equates with
    an ASCII letter: such a word may open every frame."""
    if _TEXT and _TEXT[0][0] is text and _TEXT[0][1] == _INDEX.version:
        return _TEXT[0][2]
    starts: dict[str, list[int]] = {}
    for m in _WORD.finditer(text):
        starts.setdefault(m.group(), []).append(m.start())
    out = []
    for word, at in starts.items():
        if word.isascii():
            bits = _INDEX.word_bits(word.lower())
        elif FOLDING_TO_ASCII.isdisjoint(word):  # its other characters match no prefix's
            head = _ASCII_HEAD.match(word).group()  # type: ignore[union-attr]
            bits = _INDEX.word_bits(head.lower()) if head else 0
        else:
            bits = -1
        if bits:
            out.append((at, bits))
    _TEXT[:] = [(text, _INDEX.version, out)]
    return out


def split_alternation(pattern: re.Pattern[str]) -> list[str] | None:
    """The sources of the branches of ``pattern``'s top-level alternation ("a|(?:b|c)" -> "a",
    "(?:b|c)"), or ``None`` where they cannot be compiled apart (verbose syntax, comments, flags
    for the whole pattern, references to groups by number)."""
    src = pattern.pattern
    if pattern.flags & re.VERBOSE or "(?#" in src or "(?(" in src or re.search(r"\\[1-9]|\(\?P=", src):
        return None
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1
            if src.startswith("^", i):
                i += 1
            if src.startswith("]", i):  # a "]" first in a set is one of its characters
                i += 1
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(src[start:i])
            start = i + 1
        i += 1
    parts.append(src[start:])
    if depth != 0 or in_class or any(re.match(r"\(\?[aiLmsux]+\)", p) for p in parts):
        return None
    return parts


def plan(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The lower-case prefixes every match of ``pattern`` begins with, or ``None`` where its parse
    does not show that every match begins a word with one of them."""
    if P is None or pattern.flags & re.ASCII:
        return None
    try:
        parsed = P.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unexpected parse: run the pattern as it is
        return None
    if parsed.getwidth()[0] == 0 or not _word_start(list(parsed)):
        return None
    prefixes = {p for p, _ in _sequence(list(parsed))}
    if not prefixes or "" in prefixes:
        return None
    return frozenset(prefixes)


def _alternatives(op, av) -> list[list] | None:
    """The sub-sequences of a group or an alternation (``None`` for any other node)."""
    if op is C.SUBPATTERN:
        return [list(av[3])]
    if op is C.ATOMIC_GROUP:
        return [list(av)]
    if op is C.BRANCH:
        return [list(alt) for alt in av[1]]
    return None


def _word_start(seq: list) -> bool:
    """Every match of ``seq`` begins where a word begins: a ``\\b`` or a look-behind that ends on
    a character that is no word character comes before its first character (which the prefixes
    make a word character)."""
    return _guard(seq) is True


def _guard(seq: list) -> bool | None:
    """True: a guarantee of a word start before anything is consumed; False: something may be
    consumed first; None: only zero-width items without a guarantee."""
    for op, av in seq:
        if op is C.AT:
            if av is C.AT_BOUNDARY:
                return True
            continue
        if op is C.ASSERT and av[0] < 0 and _ends_off_word(list(av[1])):
            return True
        if op is C.ASSERT_NOT and av[0] < 0 and _any_word_char(list(av[1])):
            return True  # (?<![\w-]): no word character before
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue
        alts = _alternatives(op, av)
        if alts is None:
            return False
        found = {_guard(alt) for alt in alts}
        if found == {True}:
            return True
        if found != {None}:
            return False
    return None


_SPACE_CATEGORIES = ("CATEGORY_SPACE", "CATEGORY_UNI_SPACE", "CATEGORY_LINEBREAK", "CATEGORY_UNI_LINEBREAK")


def _off_word(op, av) -> bool:
    """One character that is never a word character."""
    if op is C.LITERAL:
        return not _is_word_char(chr(av))
    if op is C.IN:
        for item_op, item_av in av:
            if item_op is C.LITERAL and not _is_word_char(chr(item_av)):
                continue
            if item_op is C.CATEGORY and str(item_av) in _SPACE_CATEGORIES:
                continue
            return False
        return bool(av)
    return False


def _any_word_char(seq: list) -> bool:
    """``seq`` is one character set that holds every word character (``[\\w-]``)."""
    if len(seq) != 1 or seq[0][0] is not C.IN:
        return False
    items = seq[0][1]
    return all(op is not C.NEGATE for op, _ in items) and any(
        op is C.CATEGORY and str(av) in ("CATEGORY_WORD", "CATEGORY_UNI_WORD") for op, av in items
    )


def _ends_off_word(seq: list) -> bool:
    """The look-behind ``seq`` ends on a character that is never a word character."""
    if not seq:
        return False
    op, av = seq[-1]
    alts = _alternatives(op, av)
    if alts is not None:
        return all(_ends_off_word(alt) for alt in alts)
    return _off_word(op, av)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _sequence(seq: list) -> _Paths:
    """The prefixes of ``seq``'s matches, each flagged open when it spans the whole sequence."""
    paths: _Paths = {("", True)}
    for op, av in seq:
        open_paths = {p for p, o in paths if o}
        if not open_paths:
            break
        step = _node(op, av)
        if len(open_paths) * len(step) > _CAP:  # cut short here: shorter prefixes are still exact
            return {(p, False) for p, _ in paths}
        paths = {(p, False) for p, o in paths if not o} | {(p + q, o) for p in open_paths for q, o in step}
    return paths


def _node(op, av) -> _Paths:
    """The prefixes of one node's matches (the empty prefix, closed, where it is no literal word
    text: a prefix stops at the first character that is not a letter, digit or underscore)."""
    if op is C.LITERAL:
        ch = chr(av)
        return {(ch.lower(), True)} if ch.isascii() and _is_word_char(ch) else {("", False)}
    if op is C.IN:
        if av and all(item_op is C.LITERAL for item_op, _ in av):
            return set().union(*(_node(C.LITERAL, item_av) for _, item_av in av))
        return {("", False)}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero-width: consumes nothing
        return {("", True)}
    alts = _alternatives(op, av)
    if alts is not None:
        return set().union(*(_sequence(alt) for alt in alts))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = av
        once = _sequence(list(body))
        if high != 1:  # repeated: what follows the first time may be the body again
            once = {(p, False) for p, _ in once}
        return once | {("", True)} if low == 0 else once
    return {("", False)}
