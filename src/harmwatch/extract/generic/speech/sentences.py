"""Sentences as token ranges, and finding the sentence or token at a position."""

from __future__ import annotations

from harmwatch.extract.generic.speech.phrases import END_MARKS
from harmwatch.extract.generic.speech.tokens import Tok

_DATELINE_DASHES = frozenset({"-", "–", "—"})
_DATELINE_WORDS = 8  # "BOGOTÁ, 9 abr (EFE).-", "مقديشو –", "МОСКВА, 12 мая —": a place, a date, an agency
_UNCASED_DATELINE_WORDS = 3  # a place and a date, in a script without capitals
_QUOTE_MARKS = frozenset('«»„“”"')


def sentence_bounds(toks: list[Tok], text: str) -> list[tuple[int, int]]:
    """Sentences as token ranges: a full stop before a space (or before the closing quotation
    marks that follow it), or a line break; a dateline that
    opens a line ("GAZA, 10 feb (AP) - El ejército ...", "مقديشو – أقرت ...") is a range of its own,
    so that its place is never the subject of the sentence after it."""
    out: list[tuple[int, int]] = []
    start = 0
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        brk = nxt is None or "\n" in text[t.end : nxt.start]
        if not brk and t.text in END_MARKS and nxt is not None and nxt.start > t.end:
            brk = not _initial(toks, i)
        if not brk and nxt is not None and nxt.start > t.end and _closes_after_stop(toks, i):
            # '... ausgeschlossen." Er sagte', not '"Non !" a dit X' nor '«...» — сказала она'
            brk = nxt.word and not nxt.text[:1].islower()
        if not brk and nxt is not None and _dateline_ends(toks, text, start, i):
            brk = True
        if brk:
            out.append((start, i + 1))
            start = i + 1
    return out


def _initial(toks: list[Tok], i: int) -> bool:
    """Whether toks[i] is the full stop of a one-letter capital before a capitalised word: an
    initial or a title's abbreviation ("M. Dupont", "J. Ferraz", "В. Петров"), not a sentence's end."""
    if toks[i].text != "." or i == 0 or i + 1 >= len(toks):
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    one = prev.word and len(prev.text) == 1 and prev.text.isupper() and prev.end == toks[i].start
    return bool(one and (i == 1 or toks[i - 2].end < prev.start) and nxt.word and nxt.text[:1].isupper())


def _closes_after_stop(toks: list[Tok], i: int) -> bool:
    """Whether toks[i] is a closing quotation mark written right after a sentence's end mark (the
    stop inside the quotation: '... getötet." Es', '... провокация.» Затем'), through other
    closing marks ('.»"')."""
    k = i
    while k > 0 and toks[k].text in _QUOTE_MARKS and toks[k - 1].end == toks[k].start:
        k -= 1
        if toks[k].text in END_MARKS:
            return k < i
    return False


def _dateline_ends(toks: list[Tok], text: str, start: int, i: int) -> bool:
    """Whether toks[i] is the dash that closes a dateline opening the line at toks[start]: a dash
    set off by spaces after at most a few words, none of them a quotation (not "« A, — dit X »")."""
    t = toks[i]
    if t.word or t.text not in _DATELINE_DASHES or i == start or i - start > _DATELINE_WORDS + 4:
        return False
    if start > 0 and "\n" not in text[toks[start - 1].end : toks[start].start]:
        return False  # not a line's opening
    if not text[t.end : t.end + 1].isspace() or text[t.start - 1 : t.start] not in (" ", ")", "."):
        return False  # set off on both sides ("GAZA -", "(EFE).-"), not a link's "...Bgi— X"
    head = toks[start:i]
    words = [h.text for h in head if h.word]
    if len(words) > _DATELINE_WORDS or any(c in _QUOTE_MARKS for h in head for c in h.text):
        return False
    if not any(c.isupper() or c.islower() for w in words for c in w):
        return len(words) <= _UNCASED_DATELINE_WORDS  # "مقديشو –": no case to tell a name by
    # a place, a month, an agency: at most one lower-case word longer than a month's abbreviation
    # ("13 de marzo"); a clause ("Військові заявили, що інформація про удар — ...") has more
    return sum(w.islower() and len(w) > 3 for w in words) <= 1


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
