"""Sentence cues that take a figure out of the incident: cumulative tolls and disasters.

A figure in a sentence that speaks of a whole war, a year or a running total ("since the war
began", "this year", "in total", "so far") is an :class:`~harmwatch.records.Aggregate`; a figure in
a sentence about an earthquake or an epidemic, with no attack word, is no casualty at all.
"""

from __future__ import annotations

import re

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_CONFLICT = (
    r"(?:war|wars|conflict|fighting|campaign|bombardment|offensive|insurgency|violence|uprising|siege|"
    r"crisis|occupation|invasion|hostilities|revolution|civil\s+war)"
)
CUMULATIVE_RE = re.compile(
    r"|".join(
        (
            rf"\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset|launch)\b|the\s+{_CONFLICT}\b|"
            rf"(?:it|the\s+\w+|they)\s+(?:began|started|erupted|broke\s+out)\b|(?:19|20)\d\d\b|"
            rf"{_MONTH}\s*\d|\d{{1,2}}\s+{_MONTH}|last\s+year|records\s+began)",
            r"\b(?:this|last|that|the\s+previous|the\s+past)\s+year\b",
            r"\b(?:in|during|throughout|for)\s+(?:the\s+(?:whole|entire)\s+(?:year\s+(?:of\s+)?)?)?(?:19|20)\d\d\b(?!\s*[-–/])",
            rf"\bso\s+far\s+(?:this|during|since|in\s+the\s+{_CONFLICT})\b",
            r"\b(?:which|that)\s+(?:began|started)\b",
            r"\bnow\s+in\s+its\s+\w+\s+(?:year|month|week)\b",
            r"\bto\s+date\b",
            r"\bin\s+total\b",
            r"\b(?:cumulative|overall)\b",
            r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:past|last|first)\s+(?:\w+\s+)?(?:years?|months?|weeks?|decades?)\b",
            rf"\b{_CONFLICT}\s+(?:that\s+|which\s+)?(?:has|have|had)\s+(?:so\s+far\s+|already\s+)?(?:killed|claimed|left)\b",
            rf"\b{_CONFLICT}\s+(?:that|which)\s+(?:killed|claimed|left)\b",
            rf"\b{_CONFLICT}\s*,?\s+(?:in|during)\s+which\b",
            rf"\b(?:killed|died|dead|deaths)\s+(?:in|during|throughout)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}{_CONFLICT}\b",
            r"\bbecome\s+(?:its|their)\s+victims\b",
            r"\b\d+-(?:day|week|month|year)\s+(?:war|bombardment|offensive|campaign|assault|conflict|siege)\b",
            rf"\bfrom\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+{_MONTH}|{_MONTH}\s*\d*)\s+(?:to|until|through)\b",
            r"\bin\s+24\s+hours\b",
            r"\bwave\s+of\s+violence\b",
            r"\b(?:annual|yearly|monthly)\s+(?:report|tally|toll|figures?)\b",
        )
    ),
    re.IGNORECASE,
)
# "the deadliest attack since 2014", "the worst this year": a comparison, not a toll
_SUPERLATIVE_RE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|largest|biggest|highest|most\s+\w+|first|single)\b[^.;,]{0,60}",
    re.IGNORECASE,
)

DISASTER_RE = re.compile(
    r"\b(?:earthquakes?|quakes?|floods?|flooding|hurricanes?|cyclones?|typhoons?|tornado(?:es)?|landslides?|"
    r"mudslides?|tsunamis?|wildfires?|avalanches?|epidemics?|cholera|covid(?:-19)?|coronavirus|pandemic|"
    r"diseases?|famine|heatwave|drought|(?:plane|bus|train|car|road|boat|ferry)\s+(?:crash|accident|collision|"
    r"capsized|sank)|capsized|derail(?:ed|ment))\b",
    re.IGNORECASE,
)
ATTACK_RE = re.compile(
    r"\b(?:strikes?|airstrikes?|attack\w*|bomb\w*|shell\w*|shot|shoot\w*|gunm[ae]n|explosions?|blasts?|"
    r"fighting|clash\w*|militants?|rebels?|troops|soldiers|forces|massacre\w*|raid\w*|rockets?|missiles?|"
    r"drones?|artillery|killed\s+by)\b",
    re.IGNORECASE,
)


# ", bringing the toll since the war began to 30,000": only what follows is cumulative
_RUNNING_TOTAL_RE = re.compile(r"[,;]\s*(?:bringing|raising|pushing|taking|lifting|putting)\b", re.IGNORECASE)


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
TOLL_TO_RE = re.compile(
    r"\b(?:toll|number\s+of\s+(?:[\w-]+\s+){0,3}(?:killed|dead|deaths|victims))\b[^.;]{0,80}?\bto\s+"
    r"(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)


def is_disaster(sentence: str) -> bool:
    """The sentence is about a natural disaster, accident or disease, with no attack word and
    no war ("the conflict has killed thousands and driven millions into famine" is a war's)."""
    return (
        bool(DISASTER_RE.search(sentence))
        and not ATTACK_RE.search(sentence)
        and not _CONFLICT_RE.search(sentence)
    )
