"""Quotation marks: the passages a text quotes, whatever its marks.

:func:`scan_quotes` finds quoted passages line by line: curly “...”, straight "...", doubled
‘‘...’’ and ``...'', single ‘...’ and '...' (told from apostrophes by what stands around them),
a quotation running over paragraphs (each opening with a mark), and reversed marks. Unbalanced
marks never raise: an opener left open runs to the end of its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from harmwatch.extract.lang import load_pack

EN = load_pack("en")

# openers of double quotations, and every double mark (doubled marks first)
_DOUBLE_OPEN = tuple(EN.value("speech", "double_open_marks"))
_DOUBLE_MARK = re.compile(EN.pattern("speech", "double_mark"))
# a single mark opens after a space or bracket and before a word; it closes after a word and
# before a space or punctuation ("soldiers' families" closes nothing: no quotation is open)
_SINGLE_OPEN = re.compile(EN.pattern("speech", "single_open"))
_SINGLE_CLOSE = re.compile(EN.pattern("speech", "single_close"))
_WORD = re.compile(r"\w+(?:[’'-]\w+)*")
_LINE = re.compile(r"[^\n]+")
_NEXT_OPENS = re.compile(EN.pattern("speech", "next_opens"))


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation found in the text: ``start``/``end`` bound the words, ``outer_*`` the marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace()):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _double_quotes(text: str, line_start: int, line_end: int) -> list[QuoteSpan]:
    """Double quotations on one line; an opener left open runs to the line's end."""
    out: list[QuoteSpan] = []
    pos = line_start
    while pos < line_end:
        m = _DOUBLE_MARK.search(text, pos, line_end)
        if m is None:
            break
        mark = m.group()
        reversed_open = mark == "”" and not text[line_start : m.start()].strip()  # ” used to open a paragraph
        if mark not in _DOUBLE_OPEN and not reversed_open:  # a stray closer
            pos = m.end()
            continue
        opened = m.end()
        found = None
        reopen = line_end
        for c in _DOUBLE_MARK.finditer(text, opened, line_end):
            cm = c.group()
            after_word = c.start() > opened and not text[c.start() - 1].isspace()
            at_end = not text[c.end() : line_end].strip()
            if cm in ("„", "«", "``", "‘‘") or (cm == "“" and not after_word and not at_end):
                reopen = c.start()  # a new quotation opens before this one closed
                break
            found = c
            break
        if found is not None:
            s, e = _trim(text, opened, found.start())
            out.append(QuoteSpan(s, e, m.start(), found.end(), True))
            pos = found.end()
        else:
            s, e = _trim(text, opened, reopen)
            out.append(QuoteSpan(s, e, m.start(), reopen, False))
            pos = reopen
    return out


def _single_quotes(text: str, line_start: int, line_end: int, taken: list[QuoteSpan]) -> list[QuoteSpan]:
    """Single-mark quotations outside the double ones (‘...’ and '...'); a curly one left open
    runs to the line's end when the next paragraph opens with a mark (it goes on there)."""
    out: list[QuoteSpan] = []
    pos = line_start
    while pos < line_end:
        m = _SINGLE_OPEN.search(text, pos, line_end)
        if m is None:
            break
        if any(q.outer_start <= m.start() < q.outer_end for q in taken):
            pos = m.end()
            continue
        c = _SINGLE_CLOSE.search(text, m.end(), line_end)
        if c is None and m.group() == "‘" and _NEXT_OPENS.match(text, line_end):
            if not any(m.start() < q.outer_start for q in taken):
                s, e = _trim(text, m.end(), line_end)
                out.append(QuoteSpan(s, e, m.start(), line_end, False))
            break
        if c is None or any(q.outer_start <= c.start() < q.outer_end for q in taken):
            pos = m.end()
            continue
        s, e = _trim(text, m.end(), c.start())
        out.append(QuoteSpan(s, e, m.start(), c.end(), True))
        pos = c.end()
    return out


def scan_quotes(text: str) -> list[QuoteSpan]:
    """Every quoted passage of ``text`` in order, one per paragraph it covers."""
    out: list[QuoteSpan] = []
    for line in _LINE.finditer(text):
        ls, le = line.span()
        doubles = _double_quotes(text, ls, le)
        singles = _single_quotes(text, ls, le, doubles)
        found = sorted(doubles + singles, key=lambda q: q.start)
        # an unclosed quotation counts only where a paragraph opens with it (continued below)
        for q in found:
            if q.closed or text[ls : q.outer_start].strip() == "" or q.outer_end == le:
                out.append(q)
    return [q for q in out if q.end > q.start]


def word_count(text: str) -> int:
    return len(_WORD.findall(text))
