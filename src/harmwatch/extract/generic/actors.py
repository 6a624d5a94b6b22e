"""Who did it, in any language: the perpetrator's name as written, its ISO country and kind.

Candidates, from the pack's ``actors.json``:
- a country adjective next to a force or weapon word ("l'armée russe", "russische Rakete",
  "fuerzas israelíes"; ``demonyms``: ISO -> adjectives, ``forces``: force and weapon nouns),
  within ``NEAR`` characters either side -> a state's forces;
- a state's other names (``state_aliases``: ISO -> names, e.g. an army's own name or acronym);
- a country's name next to a force word ("Ejército de Israel"; ``countries``, generated from CLDR);
- the state's forces named without a country ("les forces de l'ordre"; ``state_forces``), when
  the report's place gives the country (``country_hint``);
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
from harmwatch.extract.lang import load_pack
from harmwatch.records import Perpetrator, Span

NEAR = 25  # characters between a country adjective and its force noun
OF_GAP = 6  # characters between a force noun and the country's name after it ("de", "of", "der")
_BREAK = re.compile(r"[.,;:!?()\[\]«»“”\"]")
VIOLENCE_BONUS = 1.0
UNNAMED = "non_state:unnamed"
UNNAMED_STATE = 0.5  # weight of a state's forces named without their country


@dataclass(frozen=True, slots=True)
class Candidate:
    key: str  # what identifies the party: ISO code or canonical name
    name: str  # as the text writes it
    country: str | None
    kind: str
    start: int
    end: int


def find_perpetrator(ctx: DocContext, country_hint: str | None = None) -> Perpetrator:
    cands = find_candidates(ctx, country_hint)
    if not cands:
        return Perpetrator()
    lang = ctx.language
    lay = layout(ctx)
    text = ctx.text
    violent = {lay.sentence_of(h.start)[0] for h in _violence(lang).finditer(text)}
    sources = [(h.start, h.end + 40) for h in list_matcher(lang, "figures", "sources").finditer(text)]
    unnamed_state = {w.lower() for w in load_pack(lang).words("actors", "state_forces")}
    weight: dict[str, float] = defaultdict(float)
    first: dict[str, Candidate] = {}
    for c in cands:
        w = lay.weight(c.start)
        if lay.sentence_of(c.start)[0] in violent:
            w += VIOLENCE_BONUS
        if any(a <= c.start < b for a, b in sources):
            w *= 0.3
        if c.key == country_hint and c.name.lower() in unnamed_state:
            w *= UNNAMED_STATE  # "the police" is often who responds, not who attacked
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


def find_candidates(ctx: DocContext, country_hint: str | None = None) -> list[Candidate]:
    lang = ctx.language
    text = ctx.text
    out: list[Candidate] = []
    forces = lists_matcher(lang, "actors", ("forces",)).find(text)
    demonyms = table_matcher(lang, "actors", "demonyms").find(text)
    countries = table_matcher(lang, "actors", "countries").find(text)
    for d in demonyms + countries:
        f = _nearest(forces, d, text)
        if f is None or d in countries and not (f.end <= d.start and d.start - f.end <= OF_GAP):
            continue  # a country's name is a force only as its complement ("l'armée de la Russie")
        a, b = min(d.start, f.start), max(d.end, f.end)
        out.append(Candidate(d.label, _tidy(text[a:b]), d.label, "state", a, b))
    for h in table_matcher(lang, "actors", "state_aliases").finditer(text):
        out.append(Candidate(h.label, _tidy(h.text), h.label, "state", h.start, h.end))
    for h in table_matcher(lang, "actors", "groups").finditer(text):
        out.append(Candidate(h.label, _tidy(h.text), None, "non_state", h.start, h.end))
    for h in list_matcher(lang, "actors", "non_state").finditer(text):
        # unnamed attackers are one party however the report varies its words for them
        out.append(Candidate(UNNAMED, _tidy(h.text), None, "non_state", h.start, h.end))
    if country_hint:
        taken = [(c.start, c.end) for c in out]
        for h in list_matcher(lang, "actors", "state_forces").finditer(text):
            if not any(a <= h.start < b or h.start <= a < h.end for a, b in taken):
                out.append(Candidate(country_hint, _tidy(h.text), country_hint, "state", h.start, h.end))
    return sorted(out, key=lambda c: c.start)


def _nearest(forces: list[Hit], d: Hit, text: str) -> Hit | None:
    best = None
    for f in forces:
        if f.end <= d.start:
            gap, between = d.start - f.end, text[f.end : d.start]
        elif f.start >= d.end:
            gap, between = f.start - d.end, text[d.end : f.start]
        else:
            continue
        if gap <= NEAR and not _BREAK.search(between) and (best is None or gap < best[0]):
            best = (gap, f)
    return best[1] if best else None


_EDGE = re.compile(r"^[\s,;:.'’\"«»“”„]+|[\s,;:.\"«»“”„]+$")


def _tidy(name: str) -> str:
    return _EDGE.sub("", " ".join(name.split()))
