"""What was hit, in any language: the pack's ``targets.json`` (GOLD target -> phrases).

Only sentences that speak of violence or harm are read (a school in a background paragraph is
not a target); each target type is listed once, at its first mention.
"""

from __future__ import annotations

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
    out: list[Target] = []
    seen: set[str] = set()
    for h in table_matcher(lang, "targets", "targets").finditer(text):
        if h.label in seen or lay.sentence_of(h.start)[0] not in violent:
            continue
        seen.add(h.label)
        out.append(Target(type=h.label, text=h.text, span=Span(h.start, h.end)))
    return tuple(out)
