"""Evidence the report cites: witness interviews, video, images, satellite imagery, documents,
medical records, weapon remnants, open-source material.

One entry per kind, at its first mention; the vocabulary is :data:`EVIDENCE` (kind, pattern),
tried in order so that "satellite images" counts as satellite imagery, not as images.
"""

from __future__ import annotations

import re

from harmwatch.extract.context import DocContext
from harmwatch.extract.lang import load_pack
from harmwatch.extract.speech.quotes import Cue, matching
from harmwatch.records import Evidence, Span

EN = load_pack("en")

# (label, trigger words one of which every match contains, pattern): the triggers skip a pattern
# cheaply on a text that cannot match it
EVIDENCE: tuple[Cue, ...] = tuple(
    (c["label"], tuple(c["triggers"]), re.compile(c["pattern"], re.I)) for c in EN.value("evidence", "kinds")
)


def find_evidence(ctx: DocContext) -> tuple[Evidence, ...]:
    text = ctx.text
    out: list[Evidence] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in matching(text, EVIDENCE):
        matches = [
            m for m in pattern.finditer(text) if not any(s < m.end() and m.start() < e for s, e in taken)
        ]
        if matches:
            m = matches[0]
            out.append(Evidence(kind, m.group(), Span(m.start(), m.end())))
        taken.extend(m.span() for m in matches)
    out.sort(key=lambda e: e.span.start)
    return tuple(out)
