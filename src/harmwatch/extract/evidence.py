"""Evidence the report cites: witness interviews, video, images, satellite imagery, documents,
medical records, weapon remnants, open-source material.

One entry per kind, at its first mention; the vocabulary is :data:`EVIDENCE` (kind, pattern),
tried in order so that "satellite images" counts as satellite imagery, not as images.
"""

from __future__ import annotations

import re

from harmwatch.extract.context import DocContext
from harmwatch.extract.speech.quotes import Cue, matching
from harmwatch.records import Evidence, Span

# (label, trigger words one of which every match contains, pattern): the triggers skip a pattern
# cheaply on a text that cannot match it
EVIDENCE: tuple[Cue, ...] = (
    (
        "satellite_imagery",
        ("satellite",),
        re.compile(r"\bsatellite\s+(?:images?|imagery|photos?|photographs?|pictures?|data|analysis)\b", re.I),
    ),
    (
        "medical_records",
        ("medical", "hospital", "autops", "forensic", "post-mortem", "certificate"),
        re.compile(
            r"\b(?:medical|hospital|autopsy|forensic|post-mortem)\s+(?:records?|reports?|certificates?|examinations?"
            r"|evidence|files?)\b|\bautops(?:y|ies)\b|\bdeath\s+certificates?\b",
            re.I,
        ),
    ),
    (
        "remnants",
        ("fragment", "remnant", "debris", "casing", "part", "piece", "remains", "shrapnel", "tail", "serial"),
        re.compile(
            r"\b(?:weapons?|munitions?|bombs?|missiles?|rockets?|shells?|drones?)\s+(?:fragments?|remnants?|debris"
            r"|casings?|parts)\b|\b(?:fragments?|remnants?|debris|pieces?|parts?|remains)\s+of\s+(?:an?\s+|the\s+)?"
            r"(?:[\w-]+\s+){0,2}(?:bombs?|missiles?|rockets?|munitions?|shells?|drones?)\b|\bshrapnel\b"
            r"|\btail\s+fins?\b|\bserial\s+numbers?\b",
            re.I,
        ),
    ),
    (
        "witness_interviews",
        ("interview", "spoke", "talked", "witness", "testimon"),
        re.compile(
            r"\b(?:interview(?:ed|s|ing)?|spoke\s+(?:to|with)|talked\s+(?:to|with))\s+(?:[\w-]+\s+){0,4}"
            r"(?:witnesses|survivors|residents|victims|families|relatives|people|doctors|medics|villagers)\b"
            r"|\b(?:eye)?witness(?:es)?\s+(?:said|told|say|described|recounted|accounts?|testimon\w+)"
            r"|\btestimon(?:y|ies)\b|\beyewitness(?:es)?\b",
            re.I,
        ),
    ),
    (
        "video",
        ("video", "footage", "livestream"),
        re.compile(r"\b(?:videos?|footage|livestream(?:ed)?|video\s+clips?)\b", re.I),
    ),
    # a credit line ("Photo: Getty", "Photo by ...") is no evidence
    (
        "images",
        ("photo", "image", "picture"),
        re.compile(r"\b(?:photos?|photographs?|images|pictures)\b(?!\s*(?::|\||by\b|credit))", re.I),
    ),
    (
        "documents",
        ("document", "record", "memo", "log", "order"),
        re.compile(
            r"\b(?:internal|leaked|official|military|classified|government|court)\s+(?:documents?|records?|memos?"
            r"|logs?|orders?)\b|\bdocuments?\s+(?:seen|obtained|reviewed)\b|\bflight\s+logs?\b",
            re.I,
        ),
    ),
    (
        "open_source",
        ("social", "open", "geolocat", "posted"),
        re.compile(
            r"\bsocial\s+media\b|\bopen[- ]source\b|\bgeolocat\w+|\bposted\s+(?:online|on\s+(?:social\s+media|telegram"
            r"|twitter|x|facebook|youtube))\b",
            re.I,
        ),
    ),
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
