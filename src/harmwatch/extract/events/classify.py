"""Is this report about a violent incident, and of which ACLED sub-event type?

One pass of a single compiled regex collects weighted cue words (``events.cues.CUES``); a cue
counts more in the title and the lead, where a report says what happened. A report is an
incident when its violence cues outweigh the cues of non-incident domains (sport, business,
disasters, accidents, exercises, policy, peaceful protest, trials and memorials). A short report
(an event note, a wire flash) needs only one violent act; a longer one needs harm words too.
Violence that the grammar puts under a protest verb or noun ("protested against the killing of")
is the protest's cause and does not count. Harm named without an attacker ("destroyed homes",
"killing 14 passengers") in a report with a disaster or accident cue and no violent act is that
mishap's harm; an exercise whose lead names no harm is a drill. A report whose lead is about a
trial, a memorial, statistics or violence dated years back keeps its incident as a ``background``
event.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from harmwatch.extract.context import LINE_FINAL, DocContext
from harmwatch.extract.events import EventKind
from harmwatch.extract.events.cues import (
    ABDUCTION,
    ARMED_AGENT,
    ARMED_PARTY,
    ATTACK,
    CHEMICAL,
    CLASH,
    CUES,
    HARMLESS,
    KILLING,
    LOOTING,
    MECHANISM_TYPES,
    MISHAP_CUES,
    MOB,
    PROTEST_FORCE,
    SUB_EVENT_TYPES,
    SUICIDE,
)
from harmwatch.extract.events.domains import BACKGROUND_DOMAINS, NEGATIVE_DOMAINS, PROTESTERS
from harmwatch.extract.lang import load_pack
from harmwatch.records import Span

EN = load_pack("en")


@dataclass(frozen=True, slots=True)
class CueHit:
    cue: int  # index into CUES
    label: str
    weight: float  # cue weight times position weight
    weapon: str | None
    start: int
    end: int


MIN_VIOLENCE = 3.0  # weighted violence cues a report needs to be an incident
MIN_SUPPORT = 5.0  # violence plus harm words
SHORT_REPORT = 600  # a report this short is all lead: its violent act is what it reports
BACKGROUND_SHARE = 0.6  # trial/memorial/statistics cues this share of the support: a recalled incident
NEGATIVE_RATIO = 1.0  # violence must outweigh the strongest non-incident domain by this factor
TITLE_WEIGHT = 3.0
# a type whose cues are a sure sign of the mechanism wins over generic words near it
MAX_SCAN = 12_000  # cues after this many characters are not read: a report says what happened first
LEAD_CHARS = 400  # the lead: where a report says what it is about
LEAD_RECALL_MIN = 10.0  # trial/memorial/statistics cues in the lead that make an incident background
MECHANISM_SHARE = 0.6  # a weapon type this share of the top ground type's score names the type
CROSSFIRE_SHARE = 0.5  # civilians hit count this much towards an attack where armed parties fought
WEAK_WEIGHT = 0.5  # weak type cues (aircraft, blasts) count this much towards an incident
CASUALTY_WEIGHT = 0.75  # harm words support an incident that violence words announce
GENERIC_VIOLENCE = ("_violence", "_on_armed", "_on_civilians")
MISHAP_DOMAINS = ("_disaster", "_accident")  # domains whose reports name harm without an attacker
EXERCISE_MIN = 6.0  # weighted exercise words that make a report without harm in its lead a drill
LEAD_HARM = 3.0  # weighted harm words of one harm word in the lead
TYPE_PRIOR = {SUICIDE: 2.0, CHEMICAL: 1.5, ABDUCTION: 1.6, ATTACK: 0.9}
# the protesters, or people the sentence says were protesting ("villagers protesting against")
PROTEST_WORD = re.compile(r"\b(?:" + PROTESTERS + r"|protesting|demonstrating|rallying)\b")
# protest acts whose complements can name their cause (the protesters themselves are left out)
PROTEST_STEMS = tuple(EN.value("events", "protest_stems"))
PROTEST_PEOPLE = tuple(EN.value("events", "protest_people"))
PROTEST_ACT = re.compile(EN.pattern("events", "protest_act"))
CAUSE_DEPS = frozenset(("prep", "pobj", "advcl", "xcomp", "acl", "dobj", "ccomp", "pcomp", "npadvmod"))
SAME_TIME_MARKS = EN.words("events", "same_time_marks")  # force during the protest
VIOLENT_LABELS = frozenset(SUB_EVENT_TYPES) | frozenset(GENERIC_VIOLENCE)


@lru_cache(maxsize=1)
def _cue_regex() -> re.Pattern[str]:
    # no capture groups: they make the scan much slower; _cue_index finds which cue matched
    parts = [f"(?:{pattern})" for _, pattern, _, _ in CUES]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _cue_matchers() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern) for _, pattern, _, _ in CUES)


def _cue_index(lowered: str, start: int, end: int) -> int:
    """The first cue that matches exactly these characters: the alternative the scan took.

    A cue may look ahead (an armed party followed by its verb), so it is matched in place.
    """
    matched = lowered[start:end]
    for i, pattern in enumerate(_cue_matchers()):
        if pattern.fullmatch(matched):
            return i
        m = pattern.match(lowered, start)
        if m is not None and m.end() == end:
            return i
    raise ValueError(f"no cue matches {matched!r}")  # pragma: no cover - the scan matched one


def position_weight(start: int) -> float:
    """Cues in the lead count more: that is where a report says what happened."""
    if start < 300:
        return 3.0
    if start < 1000:
        return 2.0
    if start < 4000:
        return 1.0
    return 0.5


def find_cues(text: str, base_weight: float | None = None) -> list[CueHit]:
    hits = []
    lowered = text[:MAX_SCAN].lower()
    for m in _cue_regex().finditer(lowered):
        i = _cue_index(lowered, m.start(), m.end())
        label, _, weight, weapon = CUES[i]
        pos = base_weight if base_weight is not None else position_weight(m.start())
        hits.append(CueHit(i, label, weight * pos, weapon, m.start(), m.end()))
    return hits


def _sentence_starts(ctx: DocContext) -> list[int]:
    return [s.start_char for s in ctx.doc.sents]


def _protest_force_ok(ctx: DocContext, hit: CueHit, starts: list[int]) -> bool:
    """Force words ("tear gas", "live ammunition") mean force against protesters only next to them."""
    i = bisect_right(starts, hit.start) - 1
    lo = starts[i] if i >= 0 else 0
    hi = starts[i + 1] if i + 1 < len(starts) else len(ctx.text)
    return bool(PROTEST_WORD.search(ctx.text[lo:hi].lower()))


def _is_protest_word(token: Token) -> bool:
    word = token.lower_
    return (
        token.pos_ in ("VERB", "NOUN")
        and word.startswith(PROTEST_STEMS)
        and not word.startswith(PROTEST_PEOPLE)
    )


def _is_protest_act(token: Token) -> bool:
    """A protest verb or event noun, or a verb that holds one ("staged a sit-in"); not the protesters."""
    if _is_protest_word(token):
        return True
    return token.pos_ == "VERB" and any(c.dep_ == "dobj" and _is_protest_word(c) for c in token.children)


def _protest_cause(ctx: DocContext, hit: CueHit) -> bool:
    """Violence the report names as a protest's cause ("rallied against the killing of", "protested after
    looters ransacked"): the grammar puts it under the protest verb or noun, by a complement or a
    clause of cause; such violence is why people protested, not what the report is about."""
    span = ctx.doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None:
        return False
    child, token = span.root, span.root.head
    while child.i != token.i:  # spaCy makes a new Token object per access: compare positions
        if _is_protest_act(token):
            if child.dep_ not in CAUSE_DEPS:
                return False
            return not any(c.dep_ == "mark" and c.lower_ in SAME_TIME_MARKS for c in child.children)
        child, token = token, token.head
    return False


def _mishaps_to_domain(hits: list[CueHit], lowered: str = "") -> list[CueHit]:
    """Harm without an agent ("destroyed homes", "bodies of", "killing 30 passengers") in a report
    with a disaster or accident cue and no violent act named (a weapon, an armed party, an attack
    on someone) is that disaster's or accident's harm: those cues count for the domain. A harm
    word whose clause names an armed agent after it ("a strike carried out by the military") is
    a violent act (``lowered``: the report's text in lower case)."""
    mishap: dict[str, float] = defaultdict(float)
    agentive = 0.0
    for h in hits:
        if h.label in MISHAP_DOMAINS:
            mishap[h.label] += h.weight
        elif h.label in VIOLENT_LABELS and (h.cue not in MISHAP_CUES or _armed_agent(h, lowered)):
            agentive += h.weight
    if not mishap or agentive >= MIN_VIOLENCE:
        return hits
    domain = max(mishap, key=mishap.__getitem__)
    return [
        CueHit(h.cue, domain, h.weight, None, h.start, h.end) if h.cue in MISHAP_CUES else h for h in hits
    ]


def _armed_agent(hit: CueHit, lowered: str) -> bool:
    """The words after a harm cue, in its clause, name an armed party as its agent."""
    return hit.start >= 0 and ARMED_AGENT.match(lowered[hit.end : hit.end + 120]) is not None


@dataclass(frozen=True, slots=True)
class Scores:
    total: dict[str, float]  # weighted score per label over the whole report
    lead: dict[str, float]  # the same for the title and the lead only
    opening: dict[str, float]  # the same for the title, the headline and the first sentence
    best: dict[str, CueHit]  # each type's strongest cue


def _opening_end(ctx: DocContext) -> int:
    """Where the report's opening ends: its headline lines and its first finished sentence."""
    for sent in ctx.doc.sents:
        if sent.text.rstrip()[-1:] in LINE_FINAL:
            return sent.end_char
    return LEAD_CHARS


def score(ctx: DocContext) -> Scores:
    """Weighted score per label, and each type's strongest cue."""
    hits = find_cues(ctx.text)
    if ctx.title:
        hits += [
            CueHit(h.cue, h.label, h.weight, h.weapon, -1, -1) for h in find_cues(ctx.title, TITLE_WEIGHT)
        ]
    hits = _mishaps_to_domain(hits, ctx.text[:MAX_SCAN].lower())
    starts = _sentence_starts(ctx)
    protest_in_text = bool(PROTEST_ACT.search(ctx.text.lower()))
    scores: dict[str, float] = defaultdict(float)
    lead: dict[str, float] = defaultdict(float)
    opening: dict[str, float] = defaultdict(float)
    opening_end = _opening_end(ctx)
    best: dict[str, CueHit] = {}
    by_cue: dict[tuple[int, str], list[float]] = defaultdict(list)
    for h in hits:
        label = h.label
        if (
            protest_in_text
            and h.start >= 0
            and label.lstrip("~") in VIOLENT_LABELS
            and _protest_cause(ctx, h)
        ):
            continue
        if label in (PROTEST_FORCE, ATTACK, "_on_civilians") and h.start >= 0:
            near_protest = _protest_force_ok(ctx, h, starts)
            if label == PROTEST_FORCE and not near_protest:
                label = "_violence"  # tear gas at farmers: violence, but not against a protest
            if label in (ATTACK, "_on_civilians") and near_protest:
                # gunmen shooting at a sit-in, troops firing on villagers protesting: force against protesters
                label = PROTEST_FORCE
        by_cue[(h.cue, label)].append(h.weight)
        if h.start < LEAD_CHARS:
            lead[label] += h.weight
        if h.start < opening_end:
            opening[label] += h.weight
        key = label.lstrip("~")
        if h.start >= 0 and (key not in best or h.weight > best[key].weight):
            best[key] = h
    for (_, label), weights in by_cue.items():
        # repeats of one cue add less and less: the 2nd counts 1/2, the 3rd 1/3...
        weights.sort(reverse=True)
        scores[label] += sum(w / rank for rank, w in enumerate(weights, 1))
    return Scores(scores, lead, opening, best)


def choose_type(scores: dict[str, float], harmless: bool = False) -> str | None:
    """The sub-event type the scores name. ``harmless``: the report says no one was hurt ("no
    casualties were reported"): its property damage is the type even where attackers are named,
    unless armed parties fought (a clash)."""

    def typed(t: str, weak: bool = True) -> float:
        # the prior favours a type's sure words, not its weak ones (an arrest is no abduction)
        return scores.get(t, 0.0) * TYPE_PRIOR.get(t, 1.0) + (scores.get("~" + t, 0.0) if weak else 0.0)

    # who was hit decides between an attack and a clash, not between them and a weapon type
    ground = {
        # civilians hit in a fight between armed parties do not make it an attack on them
        ATTACK: typed(ATTACK) + scores.get("_on_civilians", 0.0) * (CROSSFIRE_SHARE if typed(CLASH) else 1.0),
        CLASH: typed(CLASH) + scores.get("_on_armed", 0.0),
    }
    top_score, top = max((typed(t), t) for t in SUB_EVENT_TYPES)
    if top == LOOTING:
        # property is the type only when no weapon did the damage and no one was hurt
        mech_score, mech = max((typed(t, weak=False), t) for t in MECHANISM_TYPES)
        if mech_score > 0:
            return mech
        ground[MOB] = typed(MOB)
        if harmless:
            # no one hurt: no attack on people nor mob violence, though armed parties may have fought
            ground = {CLASH: ground[CLASH]}
        people_score, people_type = max((v, k) for k, v in ground.items())
        if people_score > 0:
            return people_type
    if top_score <= 0:
        ground_score, ground_type = max((v, k) for k, v in ground.items())
        return ground_type if ground_score > 0 else None
    if top in (ATTACK, CLASH):
        # a clearly cued weapon still names the type
        mech_score, mech = max((typed(t, weak=False), t) for t in MECHANISM_TYPES)
        if mech_score >= MECHANISM_SHARE * top_score:
            return mech
        return max(ground, key=ground.__getitem__)
    return top


def _opening_not_clash(opening: dict[str, float]) -> str | None:
    """The type the report's opening (headline and first sentence) names where the body's fighting
    words made a clash of it: an opening with no clash and no armed party hit, that names an attack
    on people, a weapon or force against protesters, says what happened ("gunmen killed 30
    villagers"); the army's later battle with the attackers, the war's fighting or stone-throwing
    protesters are its context."""
    if opening.get(CLASH, 0.0) > 0 or opening.get("_on_armed", 0.0) > 0:
        return None
    typed = {t: opening.get(t, 0.0) for t in SUB_EVENT_TYPES if t != CLASH}
    typed[ATTACK] += opening.get("_on_civilians", 0.0)
    best = max(typed, key=typed.__getitem__)
    return best if typed[best] > 0 else None


def _typed_by_killing(scores: dict[str, float], lead: dict[str, float], harmless: bool) -> str | None:
    """The type of a report whose lead names a killing, where abduction words scored highest: a
    weapon type cued anywhere (an air strike that killed, in a report of hostages held elsewhere;
    no one is abducted by a shell or a bomb), or the type of the other cues where the abduction
    words come only after the lead ("killed 38 ... another 11 were taken hostage"). None: the
    abduction stands."""
    others = {k: v for k, v in scores.items() if k.lstrip("~") != ABDUCTION}
    if any(scores.get(t, 0.0) > 0 for t in MECHANISM_TYPES) or not lead.get(ABDUCTION):
        return choose_type(others, harmless) or ATTACK
    return None


def _lead_kills(ctx: DocContext) -> bool:
    """The title or the lead says people were killed. Where the abduction words come only after
    such a lead ("killed 38 ... another 11 were taken hostage", hostages named as the context of a
    strike that killed), the report is typed by the killing: ACLED codes the deadly act."""
    lead = f"{ctx.title or ''}\n{ctx.text[:LEAD_CHARS]}".lower()
    return KILLING.search(lead) is not None


def classify(ctx: DocContext) -> EventKind:
    found = score(ctx)
    scores, lead, best = found.total, found.lead, found.best
    if scores.get(PROTEST_FORCE):
        scores["_protest"] = 0.0  # the protest is what was attacked, not what the report is about
    violence = sum(scores.get(t, 0.0) for t in SUB_EVENT_TYPES) + sum(
        scores.get(k, 0.0) for k in GENERIC_VIOLENCE
    )
    violence += WEAK_WEIGHT * sum(scores.get("~" + t, 0.0) for t in SUB_EVENT_TYPES)
    support = violence + CASUALTY_WEIGHT * scores.get("_casualty", 0.0)
    if scores.get("_when", 0.0) < 2.0:
        # no day is given for an incident: more likely a trial, memorial or statistics report
        for d in BACKGROUND_DOMAINS:
            scores[d] *= 2.0
    negative = max((scores.get(d, 0.0) for d in NEGATIVE_DOMAINS), default=0.0)
    # a brief (an event note, a wire flash) needs no harm words: one violent act is its whole content
    min_support = MIN_VIOLENCE if len(ctx.text) <= SHORT_REPORT else MIN_SUPPORT
    if violence < MIN_VIOLENCE or support < min_support or support < NEGATIVE_RATIO * negative:
        return EventKind(False, False, None, None, None)
    drill = scores.get("_exercise", 0.0) >= max(EXERCISE_MIN, negative)
    if drill and scores.get("_casualty", 0.0) < LEAD_HARM:
        return EventKind(False, False, None, None, None)  # weapons fired in practice, no one hurt
    harmless = HARMLESS.search(ctx.text[:MAX_SCAN].lower()) is not None
    sub_type = choose_type(scores, harmless) or ATTACK
    if sub_type == ABDUCTION and _lead_kills(ctx):
        sub_type = _typed_by_killing(scores, lead, harmless) or sub_type
    if sub_type == CLASH:
        sub_type = _opening_not_clash(found.opening) or sub_type
    if sub_type in (ATTACK, CLASH) and scores.get("~" + MOB) and not ARMED_PARTY.search(ctx.text.lower()):
        sub_type = MOB  # a fight among unarmed people (rival groups, a dispute): mob violence
    background = (
        max((scores.get(d, 0.0) for d in BACKGROUND_DOMAINS), default=0.0) >= BACKGROUND_SHARE * support
    )
    lead_violence = sum(lead.get(t, 0.0) for t in SUB_EVENT_TYPES) + sum(
        lead.get(k, 0.0) for k in GENERIC_VIOLENCE
    )
    lead_recall = max((lead.get(d, 0.0) for d in BACKGROUND_DOMAINS), default=0.0)
    if lead_recall >= LEAD_RECALL_MIN and lead_recall >= lead_violence:
        background = True  # the lead is about a trial, a memorial or statistics
    cue = best.get(sub_type)
    span = Span(cue.start, cue.end) if cue else None
    weapon = cue.weapon if cue else None
    return EventKind(True, background, sub_type, weapon, span)
