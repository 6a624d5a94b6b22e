"""Is this report about a violent incident, and of which sub-event type? (any language)

Cue words from the pack's ``events.json`` are weighted by where they stand (title 3, lead 2,
rest 1): violence cues (``violence`` and every ``types`` phrase) and harm words (the
``killed``/``injured`` words of ``figures.json``) against each non-incident domain of
``negative`` (disaster, accident, trial, exercise, sport, policy). A report is an incident when
its violence outweighs the strongest domain; when that domain is a trial or the lead recalls a
past incident (``background``: anniversaries, memorials), the incident is a ``background`` event.
Words of ``ambiguous`` (an explosion, a blast) are violence only in a report without an accident
or disaster cue; where one is found they count for that domain (a gas explosion).
The sub-event type is the ``types`` entry with most weight (repeats of one word adding less
and less), a weapon type winning over an attack or clash it reaches 0.6 of; violence without a weapon word is
an ``Attack``; shooting or clashes in a report whose lead is about a protest (``protest``) are
``Excessive force against protesters``.
"""

from __future__ import annotations

from collections import defaultdict

from harmwatch.extract.context import DocContext
from harmwatch.extract.events import EventKind
from harmwatch.extract.generic.lexicon import list_matcher, lists_matcher, table_matcher
from harmwatch.extract.generic.text import layout
from harmwatch.records import Span

DOMAIN_RATIO = 1.0  # violence must outweigh the strongest non-incident domain by this factor
HARM_WEIGHT = 0.5  # a harm word counts this much of a violence word against a non-incident domain
MIN_VIOLENCE = 2.0  # weighted violence needed at all
BACKGROUND_DOMAINS = ("trial",)
ACCIDENT_DOMAINS = ("accident", "disaster")  # domains that explain an ``ambiguous`` explosion
MIN_BACKGROUND = 2.0  # weighted anniversary words in the title and lead
# weighted words a type needs before it replaces the fallback Attack; a clash needs more (the
# word also describes fighting around an attack on civilians)
MIN_TYPE = {"": 1.5, "Armed clash": 2.5}
MECHANISM_SHARE = 0.6  # a weapon type this share of the ground type's weight names the type
MECHANISM_TYPES = (
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Suicide bomb",
    "Grenade",
    "Chemical weapon",
)
GROUND_TYPES = ("Attack", "Armed clash")
WEAK = 0.4  # weight of a ``weak_types`` word against a clear weapon word
PROTESTERS = "Excessive force against protesters"
PROTEST_TYPES = ("Attack", "Armed clash", PROTESTERS)  # the types a protest's violence overrides
MIN_PROTEST = 2.0  # weighted protest words in the title and lead


def classify(ctx: DocContext) -> EventKind:
    lang = ctx.language
    text = ctx.text
    lay = layout(ctx)
    by_cue: dict[tuple[str, str], list[float]] = defaultdict(list)
    first_of: dict[str, tuple[int, int, str]] = {}
    for h in table_matcher(lang, "events", "types").finditer(text):
        by_cue[(h.label, h.text.lower())].append(lay.weight(h.start))
        first_of.setdefault(h.label, (h.start, h.end, h.text))
    for h in table_matcher(lang, "events", "weak_types").finditer(text):
        # an ambiguous word ("strike") leans to a type but yields to any clear weapon word
        by_cue[(h.label, h.text.lower())].append(WEAK * lay.weight(h.start))
        first_of.setdefault(h.label, (h.start, h.end, h.text))
    types: dict[str, float] = defaultdict(float)
    for (label, _), weights in by_cue.items():
        # repeats of one word add less and less (the 2nd counts 1/2, the 3rd 1/3), as in English
        weights.sort(reverse=True)
        types[label] += sum(w / rank for rank, w in enumerate(weights, 1))
    violence = sum(lay.weight(h.start) for h in list_matcher(lang, "events", "violence").finditer(text))
    violence += sum(types.values())
    ambiguous = sum(lay.weight(h.start) for h in list_matcher(lang, "events", "ambiguous").finditer(text))
    harm = sum(
        lay.weight(h.start) for h in lists_matcher(lang, "figures", ("killed", "injured")).finditer(text)
    )
    domains: dict[str, float] = defaultdict(float)
    for h in table_matcher(lang, "events", "negative").finditer(text):
        domains[h.label] += lay.weight(h.start)
    if ambiguous:
        mishap = max(ACCIDENT_DOMAINS, key=lambda d: domains.get(d, 0.0))
        if domains.get(mishap, 0.0) > 0:
            domains[mishap] += ambiguous  # the explosion the accident cue explains
        else:
            violence += ambiguous
    background_lead = sum(
        lay.weight(h.start)
        for h in list_matcher(lang, "events", "background").finditer(text)
        if lay.weight(h.start) > 1
    )
    evidence = violence + HARM_WEIGHT * harm
    top_domain, top_score = max(domains.items(), key=lambda kv: kv[1], default=("", 0.0))
    scores = (
        ("violence", violence),
        ("harm", harm),
        *sorted(domains.items()),
        ("background", background_lead),
    )
    if violence < MIN_VIOLENCE:
        return EventKind(False, False, None, None, None, scores)
    background = False
    if (
        top_domain in BACKGROUND_DOMAINS
        and top_score * DOMAIN_RATIO >= violence * 0.5
        or background_lead >= MIN_BACKGROUND
    ):
        background = True
    elif top_score * DOMAIN_RATIO >= evidence:
        return EventKind(False, False, None, None, None, scores)
    best = max(types, key=lambda k: (types[k], -first_of[k][0])) if types else "Attack"
    if best != "Attack" and types.get(best, 0.0) < MIN_TYPE.get(best, MIN_TYPE[""]):
        best = "Attack"  # one passing weapon word does not name the act; killing by an armed party does
    ground = best
    if best in GROUND_TYPES:
        # a clearly cued weapon still names the type of a shooting or a fight, as in English
        mech = max(MECHANISM_TYPES, key=lambda t: types.get(t, 0.0))
        mech_score = types.get(mech, 0.0)
        if mech_score >= MIN_TYPE[""] and mech_score >= MECHANISM_SHARE * types.get(best, 0.0):
            best = mech
    protest = [h for h in list_matcher(lang, "events", "protest").finditer(text) if lay.weight(h.start) > 1.0]
    if ground in PROTEST_TYPES and sum(lay.weight(h.start) for h in protest) >= MIN_PROTEST:
        # violence in a report led by a protest: force against the protesters
        h = protest[0]
        return EventKind(True, background, PROTESTERS, None, Span(h.start, h.end), scores)
    if best not in first_of:
        return EventKind(True, background, "Attack", None, None, scores)
    start, end, words = first_of[best]
    return EventKind(True, background, best, words.lower(), Span(start, end), scores)
