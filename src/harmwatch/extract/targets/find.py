"""What was hit: homes, a mosque, a market, a hospital...

A word of the GOLD target vocabulary (``TARGET_WORDS``) is a target only where the report says
it was hit: an attack word just before it ("an air strike on a market", "gunmen stormed the
school") or a hit verb just after it ("the hospital was destroyed"), in a sentence about violence.
"taken to hospital" is not a target. Types are weighed like cue words (the lead counts more) and
a type far weaker than the strongest one is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from functools import lru_cache

from harmwatch.extract.context import DocContext
from harmwatch.extract.events.classify import MAX_SCAN, position_weight
from harmwatch.records import Span, Target

# (type, regex, weight): regexes run on lower-cased text
TARGET_WORDS: tuple[tuple[str, str, float], ...] = (
    (
        "camp",
        r"(?:refugee|displacement|displaced(?: persons?| people)?|idp|tent|displacement) camps?|"
        r"camps? for (?:the )?(?:displaced|refugees)|idp sites?",
        3.0,
    ),
    ("camp", r"camps?", 1.0),
    (
        "aid",
        r"aid (?:convoys?|workers?|distribution|trucks?|warehouses?|agency|agencies|group)|"
        r"humanitarian (?:convoys?|workers?|aid|staff|organi[sz]ations?)|food (?:distribution|aid)|"
        r"distribution (?:points?|centres?|centers?|sites?)|relief (?:workers?|convoys?)",
        3.0,
    ),
    (
        "medical",
        r"hospitals?|clinics?|health (?:centres?|centers?|facilit(?:y|ies)|posts?)|"
        r"medical (?:facilit(?:y|ies)|centres?|centers?|complex|staff|workers?)|ambulances?|"
        r"maternity (?:ward|unit)|dialysis",
        2.0,
    ),
    (
        "place_of_worship",
        r"mosques?|churche?s?|cathedrals?|temples?|synagogues?|shrines?|chapels?|"
        r"monaster(?:y|ies)|places? of worship|husseiniyas?|gurdwaras?|pagodas?",
        2.0,
    ),
    (
        "market",
        r"markets?|marketplaces?|bazaars?|souks?|shopping (?:district|centres?|centers?|malls?|areas?|streets?)|"
        r"malls?",
        2.0,
    ),
    (
        "infrastructure",
        r"power (?:plants?|stations?|grids?|lines?|infrastructure)|electricity|"
        r"water (?:stations?|plants?|supply|facilit(?:y|ies)|pipes?)|bridges?|"
        r"(?:railway|train|rail|bus) stations?|airports?|ports?|dams?|substations?|"
        r"energy (?:infrastructure|facilit(?:y|ies))|fuel depots?|oil (?:facilit(?:y|ies)|refinery)|"
        r"refiner(?:y|ies)|infrastructure|power grids?",
        2.0,
    ),
    (
        "public_gathering",
        r"funerals?|funeral (?:hall|procession|ceremony)|wedding(?: party| hall| ceremony)?s?|"
        r"mourners|festivals?|celebrations?|rall(?:y|ies)|protesters|demonstrators|sit-ins?|"
        r"crowds?|gatherings?|concerts?|jirgas?|ceremon(?:y|ies)|protest camps?|"
        r"(?:tribal )?elders meeting",
        2.0,
    ),
    (
        "vehicle",
        r"bus(?:es)?|school bus|minibus(?:es)?|cars?|trucks?|vans?|vehicles?|convoys?|boats?|taxis?|"
        r"motorcycles?|motorbikes?|lorr(?:y|ies)|pick-?ups?|trains?|school bus(?:es)?",
        2.0,
    ),
    ("school", r"schools?|universit(?:y|ies)|kindergartens?|colleges?|classrooms?|boarding houses?", 2.0),
    (
        "government",
        r"government (?:buildings?|offices?|officials|compound|headquarters)|ministr(?:y|ies)|"
        r"parliament|town hall|city hall|governor's (?:office|residence)|police stations?|"
        r"presidential palace|council (?:building|offices?)|provincial officials",
        2.0,
    ),
    (
        "military",
        r"military (?:bases?|positions?|targets?|barracks|posts?|convoys?|vehicles?)|army (?:bases?|"
        r"positions?|posts?|barracks)|barracks|checkpoints?|military installations?",
        1.5,
    ),
    (
        "journalists",
        r"journalists?|reporters?|photographers?|photojournalists?|camera ?m[ae]n|correspondents?|"
        r"media workers?|press (?:vests?|crews?)",
        2.0,
    ),
    ("detention", r"prisons?|jails?|detention (?:centres?|centers?|facilit(?:y|ies)|camps?)|prisoners", 2.0),
    (
        "residential",
        r"homes?|houses?|residential (?:buildings?|areas?|blocks?|neighbou?rhoods?|compounds?|"
        r"district|towers?)|apartment (?:buildings?|blocks?)|apartments?|blocks? of flats|"
        r"neighbou?rhoods?|residential|dwellings?|favelas?|slums?|family home",
        2.0,
    ),
    ("residential", r"buildings?", 1.0),
    (
        "other",
        r"theat(?:re|er)s?|hotels?|shelters?|factor(?:y|ies)|restaurants?|caf[eé]s?|stadiums?|"
        r"baker(?:y|ies)|shops?|offices?|warehouses?|nightclubs?|museums?",
        1.5,
    ),
)

# an attack word just before the target ("an air strike on a market", "stormed the school")
ATTACK_BEFORE = re.compile(
    r"\b(?:on|at|into|inside|targeting|targeted|target|hit|hitting|hits|struck|striking|strikes|destroyed|"
    r"destroying|damaged|damaging|bombed|bombing|bombard(?:ed|ing)|shelled|shelling|stormed|storming|raided|"
    r"raiding|attacked|attacking|attacks?|levell?ed|flattened|set fire to|torched|burned|burnt|looted|"
    r"invaded|ambushed|fired (?:at|on|into)|opened fire on|carrying|packed with|full of|killed|killing|"
    r"kidnapped|abducted|besieged|against|in|detonated|exploded|went off|slain|"
    r"shot|wounded|wounding|injuring)"
    r"(?:\s+[\w'’.-]+){0,5}?\s+$"
)
# the same, for words that are often the place of something else ("dead at a hospital", "gunmen in trucks")
STRICT_BEFORE = re.compile(
    r"\b(?:on|targeting|targeted|target|hit|hitting|hits|struck|striking|strikes|destroyed|destroying|damaged|"
    r"damaging|bombed|bombing|bombard(?:ed|ing)|shelled|shelling|stormed|storming|raided|raiding|attacked|"
    r"attacking|attacks?|levell?ed|flattened|set fire to|torched|burned|burnt|looted|invaded|fired (?:at|on|into)|"
    r"opened fire on|against)(?:\s+[\w'’.-]+){0,5}?\s+$"
)
STRICT_AFTER = re.compile(
    r"^(?:\s+[\w'’-]+){0,3}?\s+(?:was|were|had been|has been|have been|is|are|got)?\s*(?:also\s+)?"
    r"(?:hit|struck|destroyed|damaged|bombed|shelled|targeted|attacked|stormed|raided|flattened|levell?ed|"
    r"razed|burned|burnt|torched|looted|collapsed|ablaze|reduced to rubble|came under)\b"
)
STRICT_TYPES = frozenset({"medical", "vehicle", "infrastructure", "other", "government"})
# a vehicle that carried the bomb is the weapon, not the target
VEHICLE_WEAPON_AFTER = re.compile(r"^[\s-]*(?:bomb|bombs|bombing|bomber|bombers)\b")
# a hit verb just after it ("the hospital was destroyed")
HIT_AFTER = re.compile(
    r"^(?:\s+[\w'’-]+){0,3}?\s+(?:was|were|had been|has been|have been|is|are|got)?\s*(?:also\s+)?"
    r"(?:hit|struck|destroyed|damaged|bombed|shelled|targeted|attacked|stormed|raided|flattened|levell?ed|"
    r"razed|burned|burnt|torched|looted|collapsed|ablaze|reduced to rubble|came under|killed|shot|wounded|"
    r"injured)\b"
)
# a hospital where the wounded went, or a source: not a target
NOT_TARGET_BEFORE = re.compile(
    r"\b(?:to|taken to|rushed to|admitted to|treated (?:at|in)|died (?:at|in)|in|at the local|receiving|"
    r"transported to|evacuated to|transferred to|arrived at|brought to)\s+(?:the |a |an )?(?:nearby |local |"
    r"\w+ )?$"
)
NOT_TARGET_AFTER = re.compile(
    r"^\s+(?:officials?|sources?|director|staff said|spokesm[ae]n|authorities|said|says|told|records?|"
    r"morgue|doctors? said)\b"
)
VIOLENT_SENTENCE = re.compile(
    r"\b(?:attack|strike|struck|bomb|shell|rocket|missile|kill|blast|explo|fire[ds]?\b|shot|shoot|raid|"
    r"storm|hit|target|destroy|damag|massacre|gunmen|abduct|kidnap|loot|torch|burn|rape|assault)",
    re.I,
)
KEEP_SHARE = 0.3  # a type under this share of the strongest type's score is dropped
MIN_TYPE_SCORE = 3.0
MAX_MENTIONS = 3  # mentions kept per type


@lru_cache(maxsize=1)
def _target_regex() -> re.Pattern[str]:
    parts = [f"(?P<t{i}>{pattern})" for i, (_, pattern, _) in enumerate(TARGET_WORDS)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


# words that place a target by a landmark: "a home in the X camp", "a house near the Y mosque"
LANDMARK_BEFORE = re.compile(
    r"\b(?:located|situated|near|nearby|behind|opposite|next to|close to|adjacent to|in front of|beside|"
    r"across from|facing)\s+(?:[\w'’.-]+\s+){0,4}$"
)
# a second target joined to the first ("a market and a hospital") is hit too
# a list joined by a comma or a conjunction ("homes, a mosque and a busy market")
LISTED = re.compile(
    r"^\s*(?:,\s*(?:and|or|as well as)?|and|or|as well as|&)\s*(?:the |a |an |two |several )?(?:[\w'’-]+\s+){0,2}$"
)
COORDINATED = re.compile(
    r"^[\s,]*(?:and|or|as well as|&)?\s*(?:the |a |an |two |several )?(?:[\w'’-]+\s+){0,2}$"
)


def _is_landmark(lowered: str, start: int, last_end: int | None, s_start: int) -> bool:
    """A target word that only says where an earlier target of the same sentence stood."""
    if LANDMARK_BEFORE.search(lowered[max(s_start, start - 50) : start]):
        return True
    if last_end is None or start - last_end > 90:
        return False
    between = lowered[last_end:start]
    return not COORDINATED.match(between) and not STRICT_BEFORE.search(" " + between)


def _is_hit(lowered: str, start: int, end: int, sent_start: int, sent_end: int, kind: str) -> bool:
    before = lowered[max(sent_start, start - 60) : start]
    after = lowered[end : min(sent_end, end + 50)]
    if kind in STRICT_TYPES or lowered.startswith("building", start):
        if kind == "vehicle" and (VEHICLE_WEAPON_AFTER.match(after) or re.search(r"suicide\s+$", before)):
            return False
        return bool(STRICT_BEFORE.search(" " + before) or STRICT_AFTER.match(after))
    if (
        kind in ("medical", "detention")
        and NOT_TARGET_BEFORE.search(before)
        and not re.search(r"\b(?:on|targeting|hit|struck)\s+(?:the |a )?\w*\s*$", before)
    ):
        if not HIT_AFTER.match(after):
            return False
    if NOT_TARGET_AFTER.match(after):
        return False
    return bool(ATTACK_BEFORE.search(" " + before) or HIT_AFTER.match(after))


def find_targets(ctx: DocContext) -> tuple[Target, ...]:
    text = ctx.text
    lowered = text.lower()
    starts = [s.start_char for s in ctx.doc.sents] or [0]
    violent: dict[int, bool] = {}
    scores: dict[str, float] = defaultdict(float)
    mentions: dict[str, list[tuple[float, int, int]]] = defaultdict(list)
    last: tuple[int, int] | None = None  # (sentence, end) of the last target kept
    for m in _target_regex().finditer(lowered, 0, MAX_SCAN):
        i = int(m.lastgroup[1:])  # type: ignore[index]
        kind, _, weight = TARGET_WORDS[i]
        si = max(0, bisect_right(starts, m.start()) - 1)
        s_start = starts[si]
        s_end = starts[si + 1] if si + 1 < len(starts) else len(text)
        if si not in violent:
            violent[si] = bool(VIOLENT_SENTENCE.search(text[s_start:s_end]))
        if not violent[si]:
            continue
        # "striking homes, a mosque and a market": a target listed with one that was hit was hit too
        listed = (
            last is not None
            and last[0] == si
            and m.start() - last[1] <= 90
            and bool(LISTED.match(lowered[last[1] : m.start()]))
        )
        if not listed and not _is_hit(lowered, m.start(), m.end(), s_start, s_end, kind):
            continue
        if _is_landmark(lowered, m.start(), last[1] if last and last[0] == si else None, s_start):
            continue
        last = (si, m.end())
        w = weight * position_weight(m.start())
        scores[kind] += w / (1 + 0.5 * len(mentions[kind]))  # repeats add less
        mentions[kind].append((w, m.start(), m.end()))
    if not scores:
        return ()
    top = max(scores.values())
    out: list[Target] = []
    for kind, total in sorted(scores.items(), key=lambda kv: -kv[1]):
        if total < MIN_TYPE_SCORE or total < KEEP_SHARE * top:
            continue
        for _, start, end in sorted(mentions[kind], key=lambda x: -x[0])[:MAX_MENTIONS]:
            out.append(Target(kind, text[start:end], Span(start, end)))
    return tuple(out)
