"""Small helpers over the cleaned text shared by the generic stages: sentences, lead, weights."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from harmwatch.extract.context import DocContext, once_per_context

LEAD_CHARS = 600  # the title and first sentences: where a report says what happened


@dataclass(frozen=True)
class Layout:
    """Sentence boundaries of a report (character offsets into the cleaned text)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    title_end: int  # end of the first line when it reads as a headline, else 0

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = max(0, bisect_right(self.starts, pos) - 1)
        if not self.starts:
            return (0, 0)
        return (self.starts[i], self.ends[i])

    def weight(self, pos: int) -> float:
        """How much a cue at ``pos`` says about the report's main incident."""
        if pos < self.title_end:
            return 3.0
        if pos < LEAD_CHARS:
            return 2.0
        return 1.0


def make_layout(ctx: DocContext) -> Layout:
    starts: list[int] = []
    ends: list[int] = []
    for s in ctx.doc.sents:
        # a blank line also ends a sentence (titles, captions)
        a = s.start_char
        chunk = ctx.text[a : s.end_char]
        pos = 0
        for piece in chunk.split("\n"):
            if piece.strip():
                starts.append(a + pos)
                ends.append(a + pos + len(piece))
            pos += len(piece) + 1
    first_nl = ctx.text.find("\n")
    title_end = first_nl if 0 < first_nl <= 200 and not ctx.text[:first_nl].rstrip().endswith(".") else 0
    return Layout(tuple(starts), tuple(ends), title_end)


@once_per_context
def layout(ctx: DocContext) -> Layout:
    """The layout of ``ctx`` (computed once per document)."""
    return make_layout(ctx)
