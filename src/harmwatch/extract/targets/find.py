"""What was hit: homes, a mosque, a market, a hospital...

A word of the GOLD target vocabulary (``TARGET_WORDS``) is a target only where the report says
it was hit, in a sentence about violence. Where the sentence is parsed, the dependency tree
decides (:mod:`harmwatch.extract.targets.attach`: "an air strike on a market", "the hospital was
destroyed", "the school bombing"); a specific word (weight >= ``SPECIFIC``) so attached is kept
wherever it stands. Where the parse says it was not hit (it is the subject of what it did, "the
hospital said", or an attack word names another incident, "a separate attack on a school", or it
is the vehicle the attackers rode in), it is not. Otherwise the words around it decide: an attack word just before it
("gunmen stormed the school") or a hit verb just after it; "taken to hospital" is not a target.
Types found only by the words around them are weighed like cue words (the lead counts more) and
a type far weaker than the strongest one is dropped. A ``fallback`` word ("a village") counts only
where no other target is named.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from functools import lru_cache

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from harmwatch.extract.context import DocContext
from harmwatch.extract.events.classify import MAX_SCAN, position_weight
from harmwatch.extract.lang import load_pack
from harmwatch.extract.speech.lemma_classes import forms
from harmwatch.extract.targets.attach import (
    addressed,
    another_incident,
    blast_beside,
    bore_the_bomb,
    cared_for,
    carries_aid,
    claimed_strike,
    is_hit,
    manned_by_attackers,
    named_as_victims,
    names_a_kind,
    negated_hit,
    not_hit_subject,
    parsed,
    rode_in,
    taken_away,
    travelled_to,
)
from harmwatch.records import Span, Target

EN = load_pack("en")

# (type, regex, weight): regexes run on lower-cased text
TARGET_WORDS: tuple[tuple[str, str, float], ...] = tuple(
    (w["type"], w["pattern"], w["weight"]) for w in EN.value("targets", "words")
)
# words whose type counts only where no other target is named ("an air strike on a village":
# its homes, unless the report names the market or school that was hit)
FALLBACK = frozenset(i for i, w in enumerate(EN.value("targets", "words")) if w.get("fallback"))
# a search of homes one after another ("went from house to house", "door to door"): homes hit
# wherever a violent sentence says it
RAID = frozenset(i for i, w in enumerate(EN.value("targets", "words")) if w.get("raid"))
# generic words ("the building", "the facility") that name again a place named before: they take
# its type (an ``anaphor`` word counts only so; "a building" alone is a home)
ANAPHOR = frozenset(i for i, w in enumerate(EN.value("targets", "words")) if w.get("anaphor"))
# a word whose type is another in a report about displaced people ("shelters": a camp's, not a
# bomb shelter or a theatre people hid in)
DISPLACED = {i: w["displaced"] for i, w in enumerate(EN.value("targets", "words")) if w.get("displaced")}
DISPLACED_WORDS = re.compile(EN.pattern("targets", "displaced_words"))
# a word that names two targets at once ("an ambulance": a medical target and a vehicle)
ALSO = {i: w["also"] for i, w in enumerate(EN.value("targets", "words")) if w.get("also")}

# an attack word just before the target ("an air strike on a market", "stormed the school")
ATTACK_BEFORE = re.compile(EN.pattern("targets", "attack_before"))
# the same, for words that are often the place of something else ("dead at a hospital", "gunmen in trucks")
STRICT_BEFORE = re.compile(EN.pattern("targets", "strict_before"))
STRICT_AFTER = re.compile(EN.pattern("targets", "strict_after"))
STRICT_TYPES = frozenset({"medical", "vehicle", "infrastructure", "other", "government"})
# a vehicle that carried the bomb is the weapon, not the target
VEHICLE_WEAPON_AFTER = re.compile(EN.pattern("targets", "vehicle_weapon_after"))
# a hit verb just after it ("the hospital was destroyed")
HIT_AFTER = re.compile(EN.pattern("targets", "hit_after"))
# a hospital where the wounded went, or a source: not a target
NOT_TARGET_BEFORE = re.compile(EN.pattern("targets", "not_target_before"))
NOT_TARGET_AFTER = re.compile(EN.pattern("targets", "not_target_after"))
VIOLENT_SENTENCE = re.compile(EN.pattern("targets", "violent_sentence"), re.I)
KEEP_SHARE = 0.3  # a type under this share of the strongest type's score is dropped
MIN_TYPE_SCORE = 3.0
MAX_MENTIONS = 3  # mentions kept per type
SPECIFIC = 2.0  # a word this specific ("hospital", not "building"), attached by the parse, is kept alone
ANAPHOR_REACH = 600  # characters back to the place a definite "the building" or "the school" names again
DEFINITE = EN.words("targets", "definite_determiners")
BYLINE = re.compile(r"(?i)(?:by|from)\s")  # a line "By our correspondent", "From our reporter in X"
BYLINE_MAX = 80
# a dateline: a place in capitals, then a comma, a dash or a bracket ("PORT SUDAN -", "HILL TOWN (wire)")
DATELINE = re.compile(r"[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*)*(?=,| [-–—(]| ?/)")
DATELINE_MAX = 40


@lru_cache(maxsize=1)
def _target_regex() -> re.Pattern[str]:
    parts = [f"(?P<t{i}>{pattern})" for i, (_, pattern, _) in enumerate(TARGET_WORDS)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


# words that place a target by a landmark: "a home in the X camp", "a house near the Y mosque"
LANDMARK_BEFORE = re.compile(EN.pattern("targets", "landmark_before"))
# a second target joined to the first ("a market and a hospital") is hit too
# a list joined by a comma or a conjunction ("homes, a school and a crowded market")
LISTED = re.compile(EN.pattern("targets", "listed"))
COORDINATED = re.compile(EN.pattern("targets", "coordinated"))


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
    doc = ctx.doc
    lowered = text.lower()
    starts = [s.start_char for s in doc.sents] or [0]
    violent: dict[int, bool] = {}
    scores: dict[str, float] = defaultdict(float)
    mentions: dict[str, list[tuple[float, int, int]]] = defaultdict(list)
    attached: set[str] = set()  # types with a mention the parse attaches to an attack word
    fallback: dict[str, list[tuple[float, int, int]]] = defaultdict(list)
    last: tuple[int, int] | None = None  # (sentence, end) of the last target kept
    # (start, type, hit in another incident, head word) of specific words
    named: list[tuple[int, str, bool, str]] = []
    carriers: set[str] = set()  # words of vehicles that carried aid ("convoy", "trucks")
    displaced = DISPLACED_WORDS.search(lowered, 0, MAX_SCAN) is not None
    for m in _target_regex().finditer(lowered, 0, MAX_SCAN):
        i = int(m.lastgroup[1:])  # type: ignore[index]
        kind, _, weight = TARGET_WORDS[i]
        if displaced and i in DISPLACED:
            kind = DISPLACED[i]  # "shells landed among the shelters" of a report on displaced families
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and parsed(span.root) and span.root.pos_ in ("VERB", "ADV"):
            # "fighters gathering nearby", "the site houses 4,000 people": a verb or an adverb, no
            # place (nor one a later "the site" could name again)
            continue
        antecedent = (
            _antecedent(named, m.start(), None if i in ANAPHOR else kind, _head_word(m.group()))
            if _definite(span)
            else None
        )
        if i in ANAPHOR and _used_as(lowered, m.end()):
            continue  # "a building the militia used as a prison": the prison says what it was
        if i in ANAPHOR:
            if span is not None and any(
                c.dep_ == "compound" or c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children
            ):
                antecedent = None  # "the hospital compound", "the site of the camp": named by its modifier
            if antecedent is None:
                if kind == "anaphor":
                    continue
            elif antecedent[1]:
                continue
            else:
                # "a strike on a theatre ... the building was hit": the building is the theatre
                kind = antecedent[0]
        elif i not in FALLBACK and not (
            kind == "vehicle" and VEHICLE_WEAPON_AFTER.match(lowered[m.end() : m.end() + 20])
        ):
            # (a car of a "car bomb" is the weapon: no place "the compound" could name again)
            other = antecedent is not None and antecedent[1]
            if not other and span is not None and parsed(span.root):
                other = another_incident(span.root, kind in STRICT_TYPES)
            # "a separate attack on a school ... The school was hit": the same school, the other incident
            named.append((m.start(), kind, other, _head_word(m.group())))
            if antecedent and antecedent[1]:
                continue
        si = max(0, bisect_right(starts, m.start()) - 1)
        s_start = starts[si]
        s_end = starts[si + 1] if si + 1 < len(starts) else len(text)
        if si not in violent:
            violent[si] = bool(VIOLENT_SENTENCE.search(text[s_start:s_end]))
        if not violent[si] and not (span is not None and parsed(span.root) and named_as_victims(span.root)):
            continue  # "the dead were detainees": who the casualties were says what was hit
        if _byline(text, m.start()):
            continue  # "By our correspondent": who wrote the report
        if _dateline(text, m.start(), m.end()):
            continue  # "PORT SUDAN -": where the report was filed
        if kind == "military" and span is not None and parsed(span.root) and claimed_strike(span.root):
            continue  # "the army said it had struck a command centre": the party's account, no hit told
        if kind == "vehicle" and span is not None and parsed(span.root):
            if rode_in(span.root) or bore_the_bomb(span.root):
                continue  # "gunmen on motorcycles stormed the post", "a bomb planted on a motorbike"
        tree = None
        if i in RAID:
            tree = True
        elif span is not None and parsed(span.root):
            tree = _tree_hit(lowered, span.root, m.start(), m.end(), kind)
        if tree:
            w = weight * position_weight(m.start())
            last = (si, m.end())
            if i in FALLBACK:
                fallback[kind].append((w, m.start(), m.end()))
                continue
            _note_aid_carrier(carriers, lowered, span, kind, m.start(), m.end())
            for k in (kind, ALSO.get(i)):
                if k is None:
                    continue
                if weight >= SPECIFIC or i in ANAPHOR and kind != TARGET_WORDS[i][0]:
                    attached.add(k)
                mentions[k].append((w, m.start(), m.end()))
            continue
        if i in FALLBACK:
            continue
        if tree is not None and _tree_denies(span.root, kind):  # type: ignore[union-attr]
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
        _note_aid_carrier(carriers, lowered, span, kind, m.start(), m.end())
        for k in (kind, ALSO.get(i)):
            if k is not None:
                mentions[k].append((w, m.start(), m.end()))
    # a vehicle that carried aid is an aid target, wherever the report names it again ("the convoy")
    for carrier in [x for x in mentions.get("vehicle", []) if lowered[x[1] : x[2]] in carriers]:
        mentions["vehicle"].remove(carrier)
        mentions["aid"].append(carrier)
        attached.add("aid")
    for kind, kept in list(mentions.items()):
        if kept:  # repeats add less
            scores[kind] = sum(
                w / (1 + 0.5 * n) for n, (w, _, _) in enumerate(sorted(kept, key=lambda x: x[1]))
            )
    if not scores:
        for kind, found in fallback.items():
            scores[kind] = sum(w for w, _, _ in found)
            mentions[kind] = found
            attached.add(kind)
    if not scores:
        return ()
    top = max(scores.values())
    out: list[Target] = []
    for kind, total in sorted(scores.items(), key=lambda kv: -kv[1]):
        if total < KEEP_SHARE * top or kind not in attached and total < MIN_TYPE_SCORE:
            continue
        for _, start, end in sorted(mentions[kind], key=lambda x: -x[0])[:MAX_MENTIONS]:
            out.append(Target(kind, text[start:end], Span(start, end)))
    return tuple(out)


def _note_aid_carrier(
    carriers: set[str], lowered: str, span: TokenSpan | None, kind: str, start: int, end: int
) -> None:
    """A vehicle kept as hit that the parse says carried aid ("lorries carrying flour"): its word."""
    if kind == "vehicle" and span is not None and parsed(span.root) and carries_aid(span.root):
        carriers.add(lowered[start:end])


@lru_cache(maxsize=1)
def _used_as_regex() -> re.Pattern[str]:
    verbs = sorted(
        {f for lemma in EN.value("targets", "use_verbs") for f in forms(lemma)}, key=len, reverse=True
    )
    return re.compile(
        r"^(?:\s+[\w'’-]+){0,4}?\s+(?:" + "|".join(map(re.escape, verbs)) + r")\s+(?:as|into)\b"
    )


def _used_as(lowered: str, end: int) -> bool:
    """A generic word ("a building") whose use the next words name ("the militia used as a
    prison", "converted into a clinic"): that place is the target, not a home."""
    return _used_as_regex().match(lowered[end : end + 60]) is not None


def _byline(text: str, start: int) -> bool:
    """The mention stands in a short line that credits the writer ("By our correspondent")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return len(line) <= BYLINE_MAX and BYLINE.match(line) is not None


def _dateline(text: str, start: int, end: int) -> bool:
    """The mention is a word of the capitalised place that opens a line ("PORT SUDAN -", "MARKET
    HARBOROUGH, England (wire) -"): where the report was filed, not a target."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > DATELINE_MAX:
        return False
    m = DATELINE.match(text, line_start)
    return m is not None and m.end() >= end


def _definite(span: TokenSpan | None) -> bool:
    """ "the school", "this building": a place the report has named before."""
    return span is not None and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in span.root.children)


def _head_word(mention: str) -> str:
    return mention.rsplit(None, 1)[-1]


def _antecedent(
    named: list[tuple[int, str, bool, str]], start: int, kind: str | None, head: str
) -> tuple[str, bool] | None:
    """The type of the place a definite mention names again, and whether that place was hit in
    another incident: the last specific word of that type (of any type, for a generic word such as
    "the building", the last with the same head word first: "a multi-storey building ... a shop on
    its ground floor ... the building" names the building again) within reach before it."""
    near = [x for x in reversed(named) if start - x[0] <= ANAPHOR_REACH]
    if kind is None:
        near = [x for x in near if x[3] == head] or near
    for _, k, other, _ in near:
        if kind is None or k == kind:
            return k, other
    return None


def _tree_hit(lowered: str, root: Token, start: int, end: int, kind: str) -> bool:
    """The parse attaches the mention to an attack word (a vehicle that carried the bomb is the
    weapon, a landmark only places another target, and a place a speech verb follows is who
    spoke: "..., Lebanon's health ministry said", whatever the parser hung it on)."""
    if kind == "vehicle" and VEHICLE_WEAPON_AFTER.match(lowered[end : end + 20]):
        return False
    if NOT_TARGET_AFTER.match(lowered[end : end + 40]):
        return False
    if LANDMARK_BEFORE.search(lowered[max(0, start - 50) : start]):
        return blast_beside(root)  # "a house next to the mosque"; "a bomb went off next to the mosque"
    return is_hit(root, kind in STRICT_TYPES)


def _tree_denies(root: Token, kind: str) -> bool:
    """The parse says the mention was not hit, whatever the words around it: it is the subject of
    what it did ("the hospital said"), was hit in another incident ("a separate attack on a
    school"), is the vehicle the attackers rode in, only names the kind of another noun ("the
    market town"), is where the wounded were carried or received ("carried to the hospital, which
    said it had received 63 casualties") or, for journalists, who a party spoke to ("in a message
    to journalists"). The words around a mention decide only where the parse says none of these."""
    if kind == "vehicle" and rode_in(root):
        return True
    if kind == "military" and manned_by_attackers(root):
        return True  # "soldiers at a checkpoint opened fire": the attackers' post
    if kind == "journalists" and addressed(root):
        return True  # "said in a message to journalists"
    return (
        not_hit_subject(root)
        or negated_hit(root)
        or another_incident(root, kind in STRICT_TYPES)
        or names_a_kind(root)
        or cared_for(root)
        or travelled_to(root)
        or taken_away(root)
    )
