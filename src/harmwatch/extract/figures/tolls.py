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


def cumulative_from(sentence: str) -> int:
    """Offset in ``sentence`` from which its figures are cumulative tolls; past its end when none."""
    for m in CUMULATIVE_RE.finditer(sentence):
        sup = _SUPERLATIVE_RE.search(sentence, max(0, m.start() - 60), m.end())
        if sup and sup.end() >= m.start() - 1:
            continue
        boundary = _RUNNING_TOTAL_RE.search(sentence, 0, m.start())
        return boundary.start() if boundary else 0
    return len(sentence) + 1


def is_cumulative(sentence: str) -> bool:
    """The sentence gives a running or conflict-wide toll, not one incident's."""
    return cumulative_from(sentence) == 0


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
