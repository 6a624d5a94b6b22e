"""Sentences as token ranges, and finding the sentence or token at a position."""

from __future__ import annotations

from harmwatch.extract.generic.speech.phrases import END_MARKS
from harmwatch.extract.generic.speech.tokens import Tok


def sentence_bounds(toks: list[Tok], text: str) -> list[tuple[int, int]]:
    """Sentences as token ranges: a full stop before a space, or a line break."""
    out: list[tuple[int, int]] = []
    start = 0
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        brk = nxt is None or "\n" in text[t.end : nxt.start]
        if not brk and t.text in END_MARKS and nxt is not None and nxt.start > t.end:
            brk = True
        if brk:
            out.append((start, i + 1))
            start = i + 1
    return out


def sentence_of(bounds: list[tuple[int, int]], i: int) -> int:
    lo, hi = 0, len(bounds) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if bounds[mid][1] <= i:
            lo = mid + 1
        else:
            hi = mid
    return lo


def token_at(toks: list[Tok], char: int) -> int:
    """The index of the first token starting at or after ``char``."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < char:
            lo = mid + 1
        else:
            hi = mid
    return lo
