"""What was hit, in any language: the pack's ``targets.json`` (GOLD target -> phrases).

Only sentences that speak of violence or harm are read (a school in a background paragraph is
not a target); a mention right before or after a speech verb of the pack is who spoke ("the
ministry said", "local journalists report"), not what was hit. Each target type is listed once,
at its first mention that counts.
"""

from __future__ import annotations

import re

from harmwatch.extract.context import DocContext
from harmwatch.extract.generic.lexicon import list_matcher, lists_matcher, table_matcher
from harmwatch.extract.generic.text import layout
from harmwatch.records import Span, Target


def find_targets(ctx: DocContext) -> tuple[Target, ...]:
    lang = ctx.language
    text = ctx.text
    lay = layout(ctx)
    violent = {lay.sentence_of(h.start)[0] for h in list_matcher(lang, "events", "violence").finditer(text)}
    violent |= {
        lay.sentence_of(h.start)[0]
        for h in lists_matcher(lang, "figures", ("killed", "injured")).finditer(text)
    }
    speech = [(h.start, h.end) for h in list_matcher(lang, "speech", "speech_verbs").finditer(text)]
    out: list[Target] = []
    seen: set[str] = set()
    for h in table_matcher(lang, "targets", "targets").finditer(text):
        if h.label in seen or lay.sentence_of(h.start)[0] not in violent:
            continue
        if _speaks(text, speech, h.start, h.end):
            continue  # "the ministry said", "local journalists report": a source, not a target
        seen.add(h.label)
        out.append(Target(type=h.label, text=h.text, span=Span(h.start, h.end)))
    return tuple(out)


CLAUSE_BREAK = re.compile(r"[,;.!?\n]")
SPEAKER_GAP = 40  # characters (five or six words) between a source and its speech verb


def _speaks(text: str, speech: list[tuple[int, int]], start: int, end: int) -> bool:
    """A speech verb right before or after the mention, in the same clause (no punctuation
    between): it is who spoke ("erklärte das Ministerium"), not "the market was hit, he said"."""
    for s, e in speech:
        if 0 <= s - end <= SPEAKER_GAP and not CLAUSE_BREAK.search(text, end, s):
            return True
        if 0 <= start - e <= SPEAKER_GAP and not CLAUSE_BREAK.search(text, e, start):
            return True
    return False
