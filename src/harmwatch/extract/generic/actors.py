"""Who did it, in any language: the perpetrator's name as written, its ISO country and kind.

Candidates, from the pack's ``actors.json``:
- a country adjective next to a force or weapon word ("l'armée russe", "russische Rakete",
  "fuerzas israelíes"; ``demonyms``: ISO -> adjectives, ``forces``: force and weapon nouns),
  within ``NEAR`` characters either side -> a state's forces;
- a state's other names (``state_aliases``: ISO -> names, e.g. an army's own name or acronym);
- named armed groups (``groups``: canonical name -> names) and unnamed attackers
  (``non_state``: "hommes armés", "sicarios") -> non-state.
Each mention weighs by its place (title, lead) and by a violence word in its sentence; the
heaviest candidate is the perpetrator. A mention inside a source phrase ("selon l'armée
russe") counts less: the source of a claim is rarely its author. No candidate -> ``unknown``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from harmwatch.extract.context import DocContext
from harmwatch.extract.generic.lexicon import Hit, list_matcher, lists_matcher, table_matcher
from harmwatch.extract.generic.text import layout
from harmwatch.records import Perpetrator, Span

NEAR = 25  # characters between a country adjective and its force noun
VIOLENCE_BONUS = 1.0


@dataclass(frozen=True, slots=True)
class Candidate:
    key: str  # what identifies the party: ISO code or canonical name
    name: str  # as the text writes it
    country: str | None
    kind: str
    start: int
    end: int


def find_perpetrator(ctx: DocContext, country_hint: str | None = None) -> Perpetrator:
    cands = find_candidates(ctx)
    if not cands:
        return Perpetrator()
    lang = ctx.language
    lay = layout(ctx)
    text = ctx.text
    violent = {lay.sentence_of(h.start)[0] for h in _violence(lang).finditer(text)}
    sources = [(h.start, h.end + 40) for h in list_matcher(lang, "figures", "sources").finditer(text)]
    weight: dict[str, float] = defaultdict(float)
    first: dict[str, Candidate] = {}
    for c in cands:
        w = lay.weight(c.start)
        if lay.sentence_of(c.start)[0] in violent:
            w += VIOLENCE_BONUS
        if any(a <= c.start < b for a, b in sources):
            w *= 0.3
        weight[c.key] += w
        first.setdefault(c.key, c)
    best = max(weight, key=lambda k: (weight[k], -first[k].start))
    c = first[best]
    return Perpetrator(
        name=c.name,
        country=c.country,
        kind=c.kind,  # type: ignore[arg-type]
        attribution="stated",
        text=text[c.start : c.end],
        span=Span(c.start, c.end),
    )


def _violence(lang: str):
    return list_matcher(lang, "events", "violence")


def find_candidates(ctx: DocContext) -> list[Candidate]:
    lang = ctx.language
    text = ctx.text
    out: list[Candidate] = []
    forces = lists_matcher(lang, "actors", ("forces",)).find(text)
    demonyms = table_matcher(lang, "actors", "demonyms").find(text)
    for d in demonyms:
        f = _nearest(forces, d)
        if f is None:
            continue
        a, b = min(d.start, f.start), max(d.end, f.end)
        out.append(Candidate(d.label, _tidy(text[a:b]), d.label, "state", a, b))
    for h in table_matcher(lang, "actors", "state_aliases").finditer(text):
        out.append(Candidate(h.label, _tidy(h.text), h.label, "state", h.start, h.end))
    for h in table_matcher(lang, "actors", "groups").finditer(text):
        out.append(Candidate(h.label, _tidy(h.text), None, "non_state", h.start, h.end))
    for h in list_matcher(lang, "actors", "non_state").finditer(text):
        out.append(Candidate("non_state:" + h.text.lower(), _tidy(h.text), None, "non_state", h.start, h.end))
    return sorted(out, key=lambda c: c.start)


def _nearest(forces: list[Hit], d: Hit) -> Hit | None:
    best = None
    for f in forces:
        if f.end <= d.start:
            gap = d.start - f.end
        elif f.start >= d.end:
            gap = f.start - d.end
        else:
            continue
        if gap <= NEAR and (best is None or gap < best[0]):
            best = (gap, f)
    return best[1] if best else None


_EDGE = re.compile(r"^[\s,;:.'’\"«»“”„]+|[\s,;:.\"«»“”„]+$")


def _tidy(name: str) -> str:
    return _EDGE.sub("", " ".join(name.split()))
