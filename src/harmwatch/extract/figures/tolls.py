"""Sentence cues that take a figure out of the incident: cumulative tolls and disasters.

A figure in a sentence that speaks of a whole war, a year or a running total ("since the war
began", "this year", "in total", "so far") is an :class:`~harmwatch.records.Aggregate`; a figure in
a sentence about an earthquake or an epidemic, with no attack word, is no casualty at all.
"""

from __future__ import annotations

import re

from harmwatch.extract.lang import load_pack

EN = load_pack("en")

_MONTH = EN.pattern("figures", "toll_month")
_CONFLICT = EN.pattern("figures", "conflict")
CUMULATIVE_RE = re.compile(EN.pattern("figures", "cumulative", conflict=_CONFLICT, month=_MONTH), re.I)
# "the deadliest attack since 2014", "the worst this year": a comparison, not a toll
_SUPERLATIVE_RE = re.compile(EN.pattern("figures", "superlative"), re.I)

DISASTER_RE = re.compile(EN.pattern("figures", "disaster"), re.I)
ATTACK_RE = re.compile(EN.pattern("figures", "disaster_attack"), re.I)


# ", bringing the toll since the war began to 30,000": only what follows is cumulative
_RUNNING_TOTAL_RE = re.compile(EN.pattern("figures", "running_total"), re.I)


_CLAUSE_RE = re.compile(EN.pattern("figures", "clause_boundary"), re.I)


def cumulative_ranges(sentence: str) -> tuple[tuple[int, int], ...]:
    """Offsets ``[start, end)`` of ``sentence`` whose figures are cumulative tolls: the clause of
    each cumulative cue. "A strike killed 12 people on Monday, and since the war began more than
    30,000 have died": only the second clause's figure is a war's toll; a cue that opens the
    sentence covers all of it; ", bringing the toll to 30,000": what follows the running-total verb."""
    out: list[tuple[int, int]] = []
    bounds = [(b.start(), b.end()) for b in _CLAUSE_RE.finditer(sentence)]
    for m in CUMULATIVE_RE.finditer(sentence):
        sup = _SUPERLATIVE_RE.search(sentence, max(0, m.start() - 60), m.end())
        if sup and sup.end() >= m.start() - 1:
            continue
        start = max((e for s, e in bounds if e <= m.start()), default=0)
        end = min((s for s, e in bounds if s >= m.end()), default=len(sentence) + 1)
        if not sentence[: m.start()].strip(" \t\"“'‘("):
            end = len(sentence) + 1  # fronted ("Over the past week, ... and five were killed"): all of it
        running = _RUNNING_TOTAL_RE.search(sentence, start, m.start())
        if running:
            start = running.start()
        out.append((start, end))
    return tuple(out)


def in_ranges(offset: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= offset < end for start, end in ranges)


def cumulative_from(sentence: str) -> int:
    """Offset in ``sentence`` from which its figures are cumulative tolls; past its end when none."""
    ranges = cumulative_ranges(sentence)
    return min(start for start, _ in ranges) if ranges else len(sentence) + 1


_CONFLICT_RE = re.compile(rf"\b{_CONFLICT}\b", re.IGNORECASE)
# "pushed the number of Palestinians killed ... to over 30,000": what follows is the running toll
TOLL_TO_RE = re.compile(EN.pattern("figures", "toll_to"), re.I)


def is_disaster(sentence: str) -> bool:
    """The sentence is about a natural disaster, accident or disease, with no attack word and
    no war ("the conflict has killed thousands and driven millions into famine" is a war's)."""
    return (
        bool(DISASTER_RE.search(sentence))
        and not ATTACK_RE.search(sentence)
        and not _CONFLICT_RE.search(sentence)
    )
