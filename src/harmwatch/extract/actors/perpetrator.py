"""Who is said to have done it: the perpetrator and how the report attributes the act.

Mentions of armed actors are found with precompiled regexes over the text (state forces named
by a demonym or country plus a force noun, coalitions, metonyms such as "the Pentagon", named
armed groups, and generic attackers such as "gunmen"). Each mention is weighed by where it
stands (title and lead count more), by its grammar around it ("by X" and "X fired" make an
agent, "attack on X" a target) and by violence words nearby; the actor with the highest total
is the perpetrator, unless no actor reaches ``MIN_SCORE`` (the report names nobody: unknown).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from harmwatch.extract.actors.frames import Role, role_of
from harmwatch.extract.actors.names import (
    ARMED_GROUPS,
    COALITIONS,
    DEMONYMS,
    FORCE_NOUNS,
    GENERIC_NON_STATE,
    GENERIC_STATE,
    STATE_ALIASES,
    country_names,
)
from harmwatch.extract.context import DocContext, once_per_context
from harmwatch.extract.events.classify import MAX_SCAN, position_weight
from harmwatch.extract.lang import load_pack
from harmwatch.extract.speech.cue_scan import split_alternation
from harmwatch.records import Attribution, Perpetrator, PerpKind, Span

EN = load_pack("en")

MIN_SCORE = 6.0  # below this the report names no perpetrator we trust
AIR_NON_STATE = 0.5  # weight of non-state actors in a report of air strikes
WINDOW = 120  # characters either side of a mention searched for violence words

# base weight of a mention by how it names the actor
BASE = {
    "coalition": 4.0,
    "alias": 3.5,
    "state": 3.0,
    "agent": 3.0,
    "group": 3.0,
    "generic": 1.5,
    "gstate": 1.2,
}

# a mention's weight by its role in the parse (actors/frames.py), fitted on the tune half by
# scripts/fit_perp_weights.py (1: the role says nothing the words around it do not); no role: 1
ROLE_WEIGHT: dict[str, float] = {
    "agent": 1.0,
    "blamed": 1.0,
    "speaker": 1.0,
    "target": 0.35,
    "place": 1.0,
    "describer": 0.35,
}

ROLE_REPLACES = False
# forces that may be named before their country ("military forces of India")
FORCE_OF = EN.pattern("actors", "force_of")

ACT_VERBS = EN.pattern("actors", "act_verbs")
AGENT_BEFORE = re.compile(EN.pattern("actors", "agent_before"))
# a name used to describe a place or a source, not an actor: "the Huthi stronghold", "Houthi officials"
DESCRIBER_AFTER = re.compile(EN.pattern("actors", "describer_after"), re.I)
TARGET_BEFORE = re.compile(EN.pattern("actors", "target_before"))
# a force named as another actor's ally or backer ("a militia allied to the army"): it describes
# that actor, it did not act
ALLY_BEFORE = re.compile(EN.pattern("actors", "ally_before"))
# words that name the doer only by the act ("the attackers", "a suicide bomber", "the
# kidnappers"): no party of their own; the group behind them, or unknown
ROLE_NOUN = re.compile(r"(?:" + EN.pattern("actors", "role_nouns") + r")$", re.I)
AGENT_AFTER = re.compile(EN.pattern("actors", "agent_after"))
VICTIM_AFTER = re.compile(EN.pattern("actors", "victim_after"))
# a headline's passive: the name before a bare participle of harm is its victim ("Three
# vigilantes killed in ambush", "soldiers abducted near X"), not the subject of an active verb
PASSIVE_AFTER = re.compile(EN.pattern("actors", "passive_after"))
PLACE_BEFORE = re.compile(EN.pattern("actors", "place_before"), re.I)
AIR_LEAD = re.compile(EN.pattern("actors", "air_lead"), re.I)
CLAIM_AFTER = re.compile(EN.pattern("actors", "claim_after"), re.S)
VIOLENCE_NEAR = re.compile(EN.pattern("actors", "violence_near"), re.I)
ALLEGED = re.compile(EN.pattern("actors", "alleged"), re.I)
# the report says nobody has owned the attack: "no group has claimed responsibility"
NO_CLAIM = re.compile(EN.pattern("actors", "no_claim"), re.I)
DENIED = re.compile(EN.pattern("actors", "denied"), re.I)


@dataclass(frozen=True, slots=True)
class Mention:
    key: tuple[str, str]  # ("state", ISO) / ("group", name) / ("generic", text)
    name: str
    country: str | None
    kind: PerpKind
    how: str  # a key of BASE
    start: int
    end: int


def _any_case_names(pattern: str) -> str:
    """A group's name pattern, its written-out names matched whatever their case ("Al shabaab",
    "boko haram"), its acronyms (no lower-case letter: "IS", "RSF") only as written."""
    return "|".join(
        b if not re.search("[a-z]", b) else f"(?i:{b})"
        for b in split_alternation(re.compile(pattern)) or [pattern]
    )


def _alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    countries = country_names()
    # demonyms whatever their case ("russian shelling"), country names as written ("Chad", not "chad")
    # ("US", "UK" only in capitals: "told us forces..." is no American force)
    any_case = [d for d in DEMONYMS if not d.replace(".", "").isupper()]
    as_written = [d for d in DEMONYMS if d.replace(".", "").isupper()] + list(countries)
    alternatives = [(n, True) for n in set(any_case)] + [(n, False) for n in set(as_written)]
    alternatives.sort(key=lambda x: -len(x[0]))  # longest first: "Saudi Arabia" before "Saudi"
    named = "|".join(f"(?i:{re.escape(n)})" if any_case else re.escape(n) for n, any_case in alternatives)
    edge_l, edge_r = r"(?<![\w-])", r"(?![\w-])"
    return {
        # what follows a name (matched by "country") that makes it a state force or an agent
        "state_tail": re.compile(
            r"(?:['’]s)?(?:[- ]led|[- ]backed)?\s+(?:[a-z][\w'’]*\s+){0,2}?(?i:(?:"
            + FORCE_NOUNS
            + r"))"
            + edge_r
        ),
        "agent_tail": re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?i:(?:" + ACT_VERBS + r"))" + edge_r),
        "by_head": re.compile(r"\bby\s+(?:the\s+)?$"),
        # a force named before its country: "the armed forces of Mali", "troops of the Sudan"
        "force_of": re.compile(r"(?<![\w-])(?i:" + FORCE_OF + r")\s+of\s+(?:the\s+)?$"),
        "coalition": re.compile(
            edge_l
            + "(?:"
            + "|".join(f"(?P<c{i}>{p})" for i, (p, _, _) in enumerate(COALITIONS))
            + ")"
            + edge_r,
            re.I,
        ),
        "alias": re.compile(
            edge_l
            + "(?:"
            + "|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(STATE_ALIASES))
            + ")"
            + edge_r
        ),
        "group": re.compile(
            edge_l
            + "(?:"
            + "|".join(f"(?P<g{i}>{_any_case_names(p)})" for i, (p, _) in enumerate(ARMED_GROUPS))
            + ")"
            + edge_r
        ),
        "generic": re.compile(edge_l + "(?:" + GENERIC_NON_STATE + ")" + edge_r, re.I),
        "gstate": re.compile(edge_l + GENERIC_STATE + edge_r, re.I),
        "country": re.compile(edge_l + "(?:" + named + ")" + edge_r),
    }


@lru_cache(maxsize=1)
def _iso_names() -> dict[str, str]:
    """ISO -> the name to report (the country's short common name)."""
    out: dict[str, str] = {}
    for name, iso in country_names().items():
        if iso not in out or len(name) < len(out[iso]):
            out[iso] = name
    out.update({"US": "United States", "GB": "United Kingdom", "RU": "Russia", "SY": "Syria", "IR": "Iran"})
    return out


@lru_cache(maxsize=1)
def _demonyms_lower() -> dict[str, str]:
    return {k.lower(): v for k, v in DEMONYMS.items()}


def _iso_of(who: str) -> str | None:
    return _demonyms_lower().get(who.lower()) or country_names().get(who)


def _main_country(name_matches) -> str | None:
    """The country the report is most about: its most often named country or demonym, lead first."""
    counts: dict[str, float] = defaultdict(float)
    for m in name_matches:
        iso = _iso_of(m.group(0))
        if iso:
            counts[iso] += position_weight(m.start())
    return max(counts, key=counts.__getitem__) if counts else None


def find_mentions(text: str) -> list[Mention]:
    pats = _patterns()
    found: list[Mention] = []
    iso: str | None
    for m in pats["coalition"].finditer(text):
        _, name, iso = COALITIONS[int(m.lastgroup[1:])]  # type: ignore[index]
        found.append(Mention(("state", iso), name, iso, "state", "coalition", m.start(), m.end()))
    for m in pats["alias"].finditer(text):
        _, iso = STATE_ALIASES[int(m.lastgroup[1:])]  # type: ignore[index]
        found.append(
            Mention(("state", iso), _iso_names().get(iso, iso), iso, "state", "alias", m.start(), m.end())
        )
    # one scan for every country name and demonym; what follows or precedes it says what it is
    names = list(pats["country"].finditer(text))
    countries = country_names()
    for m in names:
        who = m.group(0)
        iso = _iso_of(who)
        if not iso:
            continue
        state = _iso_names().get(iso, who)
        tail = pats["state_tail"].match(text, m.end())
        if tail:
            found.append(Mention(("state", iso), state, iso, "state", "state", m.start(), tail.end()))
        if who in countries:
            tail = pats["agent_tail"].match(text, m.end())
            if tail:
                found.append(Mention(("state", iso), state, iso, "state", "agent", m.start(), tail.end()))
            head = pats["force_of"].search(text, max(0, m.start() - 40), m.start())
            if head:
                found.append(Mention(("state", iso), state, iso, "state", "state", head.start(), m.end()))
            head = pats["by_head"].search(text, max(0, m.start() - 8), m.start())
            if head:
                found.append(Mention(("state", iso), state, iso, "state", "agent", head.start(), m.end()))
    for m in pats["group"].finditer(text):
        _, name = ARMED_GROUPS[int(m.lastgroup[1:])]  # type: ignore[index]
        found.append(Mention(("group", name), name, None, "non_state", "group", m.start(), m.end()))
    found = _merge_repeats(found)
    taken = [(f.start, f.end) for f in found]
    named = {f.end: f for f in found if f.kind == "non_state"}
    country = None
    for how in ("generic", "gstate"):
        for m in pats[how].finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue  # "Syrian government forces": already named
            surface = m.group(0).lower().removeprefix("the ")
            group = (
                named.get(m.start() - 1)
                if how == "generic" and text[m.start() - 1 : m.start()] == " "
                else None
            )
            if group:
                continue  # "Houthi rebels": the named group's fighters, counted once
            if how == "generic":
                if ROLE_NOUN.match(surface):
                    continue  # "the attackers": the act's doer, not a party
                found.append(
                    Mention(("generic", surface), surface, None, "non_state", how, m.start(), m.end())
                )
            else:
                country = country or _main_country(names) or "?"
                iso = None if country == "?" else country
                key = ("state", iso) if iso else ("gstate", surface)
                found.append(Mention(key, surface, iso, "state", how, m.start(), m.end()))
    return found


def _merge_repeats(found: list[Mention]) -> list[Mention]:
    """One actor named twice in a row ("the Islamic State (IS)", "Russian forces' strikes") counts once."""
    out: list[Mention] = []
    for m in sorted(found, key=lambda f: (f.start, -f.end)):
        if out and out[-1].key == m.key and m.start - out[-1].end <= 3:
            continue
        if out and m.start < out[-1].end:
            continue  # overlapping: the earlier, longer match wins
        out.append(m)
    return out


def weigh(text: str, m: Mention) -> tuple[float, float]:
    """The weight of a mention by its words and place, and the factor the words around it give
    it as an agent, a target or a describer (which a parsed role replaces)."""
    before = text[max(0, m.start - 40) : m.start].lower()
    after = text[m.end : m.end + 80]
    w = BASE[m.how] * position_weight(m.start)
    if m.how == "agent" and PLACE_BEFORE.search(before[-20:]):
        w *= 0.2  # "in Yemen killed": a place, not an actor
    grammar = 1.0
    if ALLY_BEFORE.search(before) or PASSIVE_AFTER.match(after.lower()):
        grammar *= 0.3
    elif AGENT_BEFORE.search(before) or AGENT_AFTER.match(after.lower()):
        grammar *= 2.0
    elif TARGET_BEFORE.search(before) or VICTIM_AFTER.match(after.lower()):
        grammar *= 0.3
    if DESCRIBER_AFTER.match(after):
        grammar *= 0.3
    if CLAIM_AFTER.match(after):
        w *= 3.0
    near = text[max(0, m.start - WINDOW) : m.end + WINDOW]
    w *= 1.5 if VIOLENCE_NEAR.search(near) else 0.6
    return w, grammar


def _attribution(text: str, mentions: list[Mention]) -> Attribution:
    for m in mentions:
        if CLAIM_AFTER.match(text[m.end : m.end + 80]):
            return "claimed"
    top = mentions[0]
    around = text[max(0, top.start - 150) : top.end + 150]
    if DENIED.search(text[top.end : top.end + 60]):
        return "denied"
    if ALLEGED.search(around):
        return "alleged"
    return "stated"


@dataclass(frozen=True, slots=True)
class Scored:
    """One mention with its weight by words and place, and its role in the parse."""

    mention: Mention
    weight: float  # by words, place and nearness to violence
    grammar: float  # by the words around it: agent, target, describer (the regexes)
    role: Role | None


def score_mentions(ctx: DocContext) -> tuple[list[Scored], list[Mention]]:
    """Every actor mention of the report (its first ``MAX_SCAN`` characters) with its weight and
    role, and the mentions of the title."""
    text = ctx.text
    mentions = find_mentions(text[:MAX_SCAN])  # a prefix: spans stay offsets into the text
    air = bool(AIR_LEAD.search(text[:1000]))
    scored = []
    for m in mentions:
        w, grammar = weigh(text, m)
        if air and m.kind == "non_state":
            w *= AIR_NON_STATE  # air strikes are mostly flown by states
        scored.append(Scored(m, w, grammar, role_of(ctx.doc, m.start, m.end)))
    return scored, _title_mentions(ctx.title) if ctx.title else []


def _title_mentions(title: str) -> list[Mention]:
    """The actors a headline names as the doer: one it names as a victim, a target or a
    describer ("Three vigilantes killed in ambush", "attack on X") earns no headline weight."""
    return [m for m in find_mentions(title) if weigh(title, m)[1] >= 1.0]


def choose(text: str, scored: list[Scored], title_mentions: list[Mention]) -> Perpetrator:
    """The actor with the highest total weight, each mention's weight times its role's."""
    totals: dict[tuple[str, str], float] = defaultdict(float)
    by_key: dict[tuple[str, str], list[tuple[float, Mention]]] = defaultdict(list)
    unclaimed = bool(NO_CLAIM.search(text[:MAX_SCAN]))
    for s in scored:
        if unclaimed and not (s.role in ("agent", "blamed") or s.grammar > 1.0):
            continue  # "no group has claimed it": only an actor the report makes the agent counts
        if s.role and ROLE_REPLACES:
            w = s.weight * ROLE_WEIGHT[s.role]
        else:
            w = s.weight * s.grammar * ROLE_WEIGHT.get(s.role or "", 1.0)
        totals[s.mention.key] += w
        by_key[s.mention.key].append((w, s.mention))
    for m in title_mentions:
        totals[m.key] += BASE[m.how] * 3.0
    if not totals:
        return Perpetrator()
    key = max(totals, key=totals.__getitem__)
    if totals[key] < MIN_SCORE or key not in by_key:
        return Perpetrator()
    ranked = [m for _, m in sorted(by_key[key], key=lambda x: (-x[0], x[1].start))]
    top = ranked[0]
    coalition = next((m for m in ranked if m.how == "coalition"), None)
    name = coalition.name if coalition else top.name
    return Perpetrator(
        name=name,
        country=top.country,
        kind=top.kind,
        attribution=_attribution(text, ranked),
        text=text[top.start : top.end],
        span=Span(top.start, top.end),
    )


@once_per_context
def find_perpetrator(ctx: DocContext) -> Perpetrator:
    return choose(ctx.text, *score_mentions(ctx))
