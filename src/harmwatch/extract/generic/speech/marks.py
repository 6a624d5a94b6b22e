"""Quotations: the pack's pairs of quote marks, scanned line by line with a stack, so that nested
marks stay inside the outer quotation and an opener left open runs to the end of its line; in a
language that writes dialogue with dashes, a line that opens with a dash ("—No vimos nada —dijo X.")."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int  # the words, without the marks
    end: int
    outer_start: int  # with the marks
    outer_end: int


def scan_quotes(text: str, pairs: tuple[tuple[str, str], ...], dialogue: bool = False) -> list[QuoteSpan]:
    """Top-level quotations, line by line; nested marks stay inside, an unclosed one runs to the
    line's end. Marks that both open and close (") close the innermost open one of the same kind.
    With ``dialogue``, a line's opening dash quotes too (see :func:`dialogue_quotes`)."""
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
    if dialogue:
        inside = [(q.outer_start, q.outer_end) for q in out]
        out += [d for d in dialogue_quotes(text) if not any(a <= d.outer_start < b for a, b in inside)]
        out.sort(key=lambda q: q.outer_start)
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


# a dash that opens a line, or a sentence after its end mark, right before a capital ("¿", "¡")
_DIALOGUE_OPEN = re.compile(r"(?:^[ \t]*|(?<=[.!?…:]) +)([—―])(?=[¿¡]|[^\W\d_])", re.M)
# the dash that closes the words: a space, the dash, then the lower-case speech verb ("—dijo")
_DIALOGUE_CLOSE = re.compile(r"\s([—―])(?=[^\W\d_])")


def dialogue_quotes(text: str) -> list[QuoteSpan]:
    """Dialogue quotations: an em dash that opens a line or a sentence, right before a capital,
    up to a space and a dash before a lower-case word (the attribution: "—No vimos nada —dijo
    X."); with no such dash, a line's opening dash runs to the line's end and a sentence's opens
    nothing. A dash inside a sentence ("El ataque —el tercero— dejó") opens nothing either."""
    out: list[QuoteSpan] = []
    for m in _DIALOGUE_OPEN.finditer(text):
        start = m.end()
        first = text[start]
        if first.isalpha() and not first.isupper():
            continue
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        close = _DIALOGUE_CLOSE.search(text, start, line_end)
        if close is not None and close.end(1) < len(text) and text[close.end(1)].islower():
            end, outer_end = close.start(1), close.end(1)
        elif text[text.rfind("\n", 0, m.start(1)) + 1 : m.start(1)].strip():
            continue  # a sentence's dash with no attribution: no quotation
        else:
            end = outer_end = line_end
        out.append(QuoteSpan(start, end, m.start(1), outer_end))
    return out


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))
