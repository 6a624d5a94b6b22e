"""Quotations: the pack's pairs of quote marks, scanned line by line with a stack, so that nested
marks stay inside the outer quotation and an opener left open runs to the end of its line."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int  # the words, without the marks
    end: int
    outer_start: int  # with the marks
    outer_end: int


def scan_quotes(text: str, pairs: tuple[tuple[str, str], ...]) -> list[QuoteSpan]:
    """Top-level quotations, line by line; nested marks stay inside, an unclosed one runs to the
    line's end. Marks that both open and close (") close the innermost open one of the same kind."""
    closers: dict[str, set[str]] = {}
    for o, c in pairs:
        closers.setdefault(o, set()).add(c)
    marks = sorted({m for p in pairs for m in p if m not in ("'", "’")}, key=len, reverse=True)
    if not marks:
        return []
    mark_re = re.compile("|".join(re.escape(m) for m in marks))
    out: list[QuoteSpan] = []
    for line in re.finditer(r"[^\n]+", text):
        stack: list[tuple[str, int, int]] = []  # (mark, its start, its end)
        for mm in mark_re.finditer(text, line.start(), line.end()):
            ch, pos, after = mm.group(), mm.start(), mm.end()
            nested_open = (
                ch in closers
                and stack
                and pos > line.start()
                and text[pos - 1] in " \t(["
                and after < line.end()
                and text[after].isalnum()
            )  # ' "воєнних злочинів"' inside a quotation: a straight mark that opens
            if nested_open:
                stack.append((ch, pos, after))
                continue
            if stack and ch in closers.get(stack[-1][0], ()):
                _, at, at_end = stack.pop()
                if not stack:
                    out.append(QuoteSpan(at_end, pos, at, after))
                continue
            # a closer of an outer quotation closes it (and any open inside it)
            outer = next(
                (k for k in range(len(stack) - 1, -1, -1) if ch in closers.get(stack[k][0], ())), None
            )
            if outer is not None:
                _, at, at_end = stack[outer]
                del stack[outer:]
                if not stack:
                    out.append(QuoteSpan(at_end, pos, at, after))
                continue
            if ch in closers:
                stack.append((ch, pos, after))
        if stack:  # left open: runs to the end of the line
            _, at, at_end = stack[0]
            out.append(QuoteSpan(at_end, line.end(), at, line.end()))
    trimmed: list[QuoteSpan] = []
    for q in out:
        s, e = q.start, q.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",،"):
            e -= 1
        if e > s:
            trimmed.append(QuoteSpan(s, e, q.outer_start, q.outer_end))
    return trimmed


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))
