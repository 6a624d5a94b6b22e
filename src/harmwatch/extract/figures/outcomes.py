"""The grammar that says whether a quantity counts the dead or the injured.

An outcome word before the figure ("killing 82", "the deaths of 25"), after its noun phrase
("12 people were killed", "51 dead"), a toll ("the death toll rose to 40"), a subgroup of the
figure before it ("including 20 children"), a coordinated list ("3 soldiers and 2 civilians were
killed"), the parse (the figure's noun is the subject of "died" or the object of "killing") or,
last, a distant predicate after insertions ("25 civilians, including 7 women, were killed").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from harmwatch.extract.figures import words as W
from harmwatch.extract.figures.numbers import Quantity
from harmwatch.records import Outcome


@dataclass(slots=True)
class Candidate:
    """A quantity of one sentence, with what the grammar around it says."""

    q: Quantity
    first: int  # token index of the quantity's first token
    last: int  # token index after the quantity
    group_end: int  # token index after the figure's noun phrase
    group: str
    outcome: Outcome | None = None
    subgroup: bool = False
    chain: int = -1  # figures coordinated in one list ("3 soldiers and 2 civilians") share it


def is_single(doc: Doc, f: Candidate) -> bool:
    """A victim as a person ("a man", a name), not a number."""
    return f.q.min == 1 and f.q.max == 1 and not doc[f.first].like_num


def noun_phrase(doc: Doc, j: int, end: int, q: Quantity) -> tuple[int, str]:
    """(index after the figure's noun phrase, group label); index -1 when it counts things."""
    if (
        j < end
        and doc[j].lower_ == "of"
        and j + 1 < end
        and q.vague
        and doc[j + 1].lower_ not in ("them", "the")
    ):
        j += 1  # "dozens of civilians"
    k = j
    head: Token | None = None
    while k < end and k < j + 6:
        t = doc[k]
        low = t.lower_
        if low in W.KILLED_AFTER or low in W.INJURED_AFTER or low in ("and", "or", "of", ","):
            break
        if t.text in W.DASHES and (t.whitespace_ or k > 0 and doc[k - 1].whitespace_):
            break  # "Eleven people - six men and five women -": an aside, not the noun phrase
        if t.pos_ in ("NOUN", "PROPN") or low in W.GROUPS:
            head = t
        elif t.pos_ not in ("ADJ", "NUM") and t.text not in ("(", ")", "-"):
            break
        k += 1
    if head is None:
        stop = k < end and (doc[k].lower_ in W.KILLED_AFTER or doc[k].lower_ in W.INJURED_AFTER)
        return (k if stop else j), "people"
    low = head.lower_
    if low in W.NOT_PEOPLE:
        return -1, ""
    end_i = head.i + 1
    label = W.GROUPS.get(low)
    if label is None and low in W.OF_OUTCOME:
        label = "people"  # "14 victims", "the 30 dead"
    if label is None:
        if head.ent_type_ == "NORP" or head.pos_ == "PROPN":
            label = "people"
        else:
            label = low
    if label == "people" and head.i > j and doc[head.i - 1].lower_ in ("aid", "humanitarian", "relief"):
        label = "aid workers"
    return end_i, label


def classify_outcome(
    doc: Doc, sent: SpacySpan, f: Candidate, prev: Candidate | None, starts: dict[int, Quantity]
) -> None:
    """Set the figure's outcome (and subgroup flag) from the words around it."""
    s0, s1 = sent.start, sent.end
    p = f.first - 1
    before = doc[p].lower_ if p >= s0 else ""
    single = is_single(doc, f)
    # "N of them / of the dead / of his students were ..."
    g = f.group_end
    if g == f.last and g + 1 < s1 and doc[g].lower_ == "of" and doc[g + 1].lower_ in W.OF_WHOLE:
        k = g + 1
        while k < min(s1, g + 6) and doc[k].pos_ in ("DET", "PRON", "ADJ", "NOUN", "VERB", "NUM"):
            k += 1
            last = doc[k - 1]
            if (
                last.pos_ == "NOUN"
                or last.pos_ == "PRON"
                and last.dep_ != "poss"
                or last.lower_ in W.OF_OUTCOME
            ):
                break
        words = {t.lower_ for t in doc[g + 1 : k]}
        f.group_end, f.subgroup = k, True
        whole = words & {"them", "whom", "which"}
        f.outcome = (
            _outcome_in(words & W.OF_OUTCOME)
            or _right_outcome(doc, f, s1, starts)
            or (prev.outcome if prev and whole else None)
            or _distant_predicate(doc, f, s1)  # "nine of its staff - including two doctors - were killed"
        )
        # "Three of the 14 victims were children": the subgroup's group is the predicate's
        if k + 1 < s1 and doc[k].lower_ in ("were", "are") and doc[k + 1].lower_ in W.GROUPS:
            f.group = W.GROUPS[doc[k + 1].lower_]
        return
    # the whole of "N of the M victims": its own noun says the outcome
    if p - 1 >= s0 and doc[p].lower_ in W.OF_WHOLE and doc[p - 1].lower_ == "of" and f.group_end > f.last:
        own_noun = doc[f.group_end - 1].lower_
        if own_noun in W.OF_OUTCOME:
            f.outcome = _outcome_in({own_noun})
            return
    # subgroup: "including 20 children", "among them 4 women", "the dead included 3 doctors"
    if before in W.SUBGROUP_BEFORE or (
        p - 1 >= s0 and doc[p - 1].lower_ == "among" and before in ("them", "whom")
    ):
        f.subgroup = True
        look = {t.lower_ for t in doc[max(s0, p - 4) : p]}
        inherit = prev is not None and prev.first >= s0 and before in ("including", "incl.", "them", "whom")
        f.outcome = _outcome_in(look) or (prev.outcome if inherit and prev else None)
        if f.outcome is None and not single:
            f.outcome = _right_outcome(doc, f, s1, starts)
        if f.outcome is None and before in ("including", "incl."):
            # "All the victims were under 16, including four girls": the whole is the sentence's dead
            f.outcome = next(
                (_outcome_in({t.lower_}) for t in reversed(doc[s0:p]) if t.lower_ in W.OF_OUTCOME), None
            )
        return
    # "Eleven people — six men and five women — were killed": the figures of the aside are subgroups
    if before in W.DASHES and prev is not None and prev.first >= s0 and prev.group_end == p and not single:
        f.subgroup = True
        f.outcome = prev.outcome or _right_outcome(doc, f, s1, starts) or _distant_predicate(doc, f, s1)
        return
    if before in ("were", "are", "was", "is") and p - 1 >= s0:
        words_before = [t.lower_ for t in doc[max(s0, p - 8) : p]]
        if "among" in words_before:
            f.subgroup = True
            f.outcome = _outcome_in(set(words_before))
            if f.outcome:
                return
    own = _left_outcome(doc, f, s0) or _right_outcome(doc, f, s1, starts)
    if own:
        f.outcome = own
        return
    if prev is not None and prev.outcome and prev.first >= s0 and not single:
        # a later item of an "including" list: "including a doctor, a nurse and 2 guards"
        gap = list(doc[prev.group_end : f.first])
        marks = [i for i, t in enumerate(gap) if t.lower_ in W.SUBGROUP_BEFORE]
        if marks and not any(t.pos_ in ("VERB", "AUX") for t in gap[marks[-1] + 1 :]):
            f.outcome, f.subgroup = prev.outcome, True
            return
        # coordinated with the figure before: "killing 3 soldiers and 2 civilians"
        if coordinated(doc, prev, f):
            f.outcome, f.subgroup = prev.outcome, prev.subgroup
            return
    f.outcome = _parse_outcome(doc, f) or _distant_predicate(doc, f, s1)
    if f.outcome is None:
        _part_of_fronted_whole(doc, f, s0)


def _part_of_fronted_whole(doc: Doc, f: Candidate, s0: int) -> None:
    """A part of the whole the sentence opens with: "Of those killed, seven were women and four
    were children", "Of the wounded, 12 were police officers": a subgroup of that outcome."""
    if doc[s0].lower_ != "of":
        return
    for t in doc[s0 + 1 : min(f.first, s0 + 6)]:
        if t.text == ",":
            return
        if t.lower_ in W.OF_OUTCOME and t.i + 1 < f.first and doc[t.i + 1].text == ",":
            f.outcome, f.subgroup = _outcome_in({t.lower_}), True
            k = f.group_end
            if k + 1 < len(doc) and doc[k].lower_ in ("were", "was") and doc[k + 1].lower_ in W.GROUPS:
                f.group = W.GROUPS[doc[k + 1].lower_]
            return


def _outcome_in(words: set[str]) -> Outcome | None:
    if words & (W.KILLED_AFTER | {"killed", "victims"}):
        return "killed"
    if words & W.INJURED_AFTER:
        return "injured"
    return None


def coordinated(doc: Doc, prev: Candidate, f: Candidate) -> bool:
    gap = [t.lower_ for t in doc[prev.group_end : f.first]]
    if len(gap) > 1 and gap[-1] in W.POSSESSIVES:
        gap.pop()  # "a mother and her two daughters"
    return gap in (["and"], [","], [",", "and"])


def _combined(doc: Doc, i: int, step: int) -> bool:
    """The outcome word at ``i`` is joined to another ("killed or wounded", "killing/injuring")."""
    j, k = i + step, i + 2 * step
    if not (0 <= k < len(doc)):
        return False
    return doc[j].lower_ in W.CASUALTY_COMBINERS and doc[k].lower_ in W.COMBINED_WITH


def _left_outcome(doc: Doc, f: Candidate, s0: int) -> Outcome | None:
    p = f.first - 1
    if p < s0:
        return None
    word = doc[p].lower_
    if word in W.KILLED_BEFORE or word in W.INJURED_BEFORE:
        if _combined(doc, p, -1):
            return None
        return "killed" if word in W.KILLED_BEFORE else "injured"
    if word == "as" and p - 1 >= s0 and doc[p - 1].lower_ == "coded":
        if any(t.lower_ in ("fatalities", "fatality", "deaths") for t in doc[max(s0, p - 5) : p]):
            return "killed"
    if word == "dead" and p - 1 >= s0 and doc[p - 1].lower_ == "shot":
        return "killed"
    if (
        word == "rest"
        and p - 2 >= s0
        and doc[p - 1].lower_ == "to"
        and doc[p - 2].lower_ in ("lay", "laid", "laying", "lays")
    ):
        return "killed"  # "mourners laid to rest nine members of the family"
    if word == "of" and p - 1 >= s0:
        noun = doc[p - 1].lower_
        if noun in W.KILLED_OF:
            return "killed"
        if noun in W.INJURED_OF:
            return "injured"
    # a toll: "the death toll rose to 40", "put the number of dead at 22"
    k = p
    while k >= s0 and k > p - 7 and doc[k].lower_ in W.TOLL_LINKS:
        k -= 1
    if word in ("to", "at") and k >= s0 and doc[k].lower_ not in W.TOLL_NOUNS:
        # a toll further back, with no other number between: "the toll since the war began to 9,000"
        for t in reversed(doc[max(s0, p - 25) : p]):
            if t.like_num and not (t.i > s0 and doc[t.i - 1].lower_ == "from"):
                break  # an earlier value is no other figure: "the toll rose from 12 to 18"
            if t.lower_ in W.TOLL_NOUNS or _toll_outcome(doc, t.i, s0):
                k = t.i
                break
    if k < s0 or k == p and word not in ("to", "at", "of"):
        return _changed_from(doc, p, s0)
    return _toll_outcome(doc, k, s0) or _changed_from(doc, p, s0)


def _toll_outcome(doc: Doc, k: int, s0: int) -> Outcome | None:
    """The outcome of a toll whose noun is at ``k`` ("death toll", "number of dead"), if it is one."""
    noun = doc[k].lower_
    if noun in W.TOLL_NOUNS:
        near = {t.lower_ for t in doc[max(s0, k - 2) : k]}
        return "injured" if near & {"injury", "injuries", "wounded", "injured"} else "killed"
    before = [t.lower_ for t in doc[max(s0, k - 5) : k]]
    number_of = any(a == "number" and b == "of" for a, b in zip(before, before[1:], strict=False))
    if k - 1 >= s0 and (doc[k - 1].lower_ in ("of", "number") or doc[k - 2].lower_ == "number" or number_of):
        # "the number of dead", "the number of people killed"
        if noun in W.NUMBER_OF_KILLED:
            return "killed"
        if noun in W.NUMBER_OF_INJURED:
            return "injured"
    return None


def _changed_from(doc: Doc, p: int, s0: int) -> Outcome | None:
    """A toll's earlier value, after "from" and a change word of the toll before it: "the toll
    rose to 27 on Sunday from 19", "the number of dead grew from 50", "down from an earlier 359"."""
    while p >= s0 and doc[p].lower_ in W.TOLL_EARLIER:
        p -= 1
    if p < s0 or doc[p].lower_ != "from":
        return None
    window = doc[max(s0, p - 30) : p]
    if not any(t.lower_ in W.TOLL_CHANGES for t in window):
        return None
    return next((o for t in reversed(window) if (o := _toll_outcome(doc, t.i, s0))), None)


def _right_outcome(doc: Doc, f: Candidate, s1: int, starts: dict[int, Quantity]) -> Outcome | None:
    k = f.group_end
    skipped = 0
    hops = 0
    passive = False
    while k < s1 and skipped < 8:
        t = doc[k]
        low = t.lower_
        passive = passive or low in W.PASSIVE_AUX
        if low in W.KILLED_AFTER or low in W.INJURED_AFTER:
            if _combined(doc, k, 1) or not passive and _has_object(doc, k, s1, starts):
                return None  # "killed or wounded"; "3 gunmen killed 5 villagers" (the agents)
            return "killed" if low in W.KILLED_AFTER else "injured"
        if low in (
            "burned",
            "burnt",
            "beaten",
            "stabbed",
            "hacked",
            "shot",
            "tortured",
            "starved",
            "crushed",
        ):
            nxt = [x.lower_ for x in doc[k + 1 : min(s1, k + 4)]]
            if nxt[:1] == ["dead"] or nxt[:2] == ["to", "death"]:
                return "killed"
            if nxt[:1] == ["and"] and (
                nxt[1:2] == ["died"] or nxt[1:2] == ["later"] and nxt[2:3] == ["died"]
            ):
                return "killed"
            if nxt[:1] == ["and"] and nxt[1:2] and nxt[1] in ("wounded", "injured"):
                return "injured"
        if low == "lost" and k + 2 < s1 and doc[k + 2].lower_ in ("lives", "life"):
            return "killed"
        if low in W.AMONG_AFTER:
            return _outcome_in({x.lower_ for x in doc[k + 1 : min(s1, k + 4)]})
        if low in ("and", ",") and k + 1 in starts and hops < 6 and skipped == 0:
            q = starts[k + 1]
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None:
                return None
            k, _ = noun_phrase(doc, span.end, s1, q)
            if k < 0:
                return None
            hops += 1
            continue
        if (
            low == ","
            and k + 1 < s1
            and doc[k + 1].lower_ in ("including", "among", "mostly", "many", "most")
        ):
            close = next((x.i for x in doc[k + 1 : min(s1, k + 14)] if x.text == ","), -1)
            if close < 0:
                return None
            k = close + 1
            continue
        if low == "," and k + 1 < s1 and doc[k + 1].lower_ == "who":
            skipped += 1  # "Name, who was shot dead"
            k += 1
            continue
        if low not in W.LINK_WORDS:
            return None
        skipped += 1
        k += 1
    return None


def _distant_predicate(doc: Doc, f: Candidate, s1: int) -> Outcome | None:
    """The figure's clause ends in "were killed" after insertions: "at least 25 civilians from
    three families, including seven women, were killed"."""
    k = f.group_end
    limit = min(s1, k + 40)
    inserted = False  # inside ", including seven women and ten children,"
    while k < limit:
        t = doc[k]
        inserted = inserted or t.text in (",", "(") or t.text in W.DASHES
        if t.text in (";", ":") or t.like_num and not inserted or t.lower_ in W.CLAUSE_STOPS:
            return None
        if t.lower_ in W.PASSIVE_AUX:
            j = k + 1
            while j < limit and doc[j].lower_ in W.PASSIVE_LINKS:
                j += 1
            if j < limit and not _combined(doc, j, 1) and not _has_object(doc, j, s1, {}):
                if doc[j].lower_ in W.KILLED_AFTER:
                    return "killed"
                if doc[j].lower_ in W.INJURED_AFTER:
                    return "injured"
            k = j
            continue
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return None  # another clause's verb
        k += 1
    return None


def _has_object(doc: Doc, k: int, s1: int, starts: dict[int, Quantity]) -> bool:
    """The verb at ``k`` is active with an object after it: its subject is the agent."""
    if doc[k].lower_ not in W.TRANSITIVE or k + 1 >= s1:
        return False
    nxt = doc[k + 1]
    return (
        k + 1 in starts
        or nxt.pos_ in ("DET", "PRON", "NUM", "PROPN", "NOUN")
        and nxt.lower_ not in W.TIME_WORDS
    )


def _parse_outcome(doc: Doc, f: Candidate) -> Outcome | None:
    """The figure's noun is the subject of "killed"/"died" or the object of "killing"."""
    anchor = doc[f.group_end - 1] if f.group_end > f.last else doc[f.last - 1]
    hops = 0
    while anchor.dep_ == "conj" and hops < 4:
        anchor = anchor.head
        hops += 1
    verb = anchor.head
    low = verb.lower_
    if verb.i == anchor.i or verb.sent.start != anchor.sent.start:
        return None
    agent = anchor.dep_ == "nsubj" and any(c.dep_ in ("dobj", "obj") for c in verb.children)
    if anchor.dep_ in ("nsubj", "nsubjpass") and not agent:
        if low in W.KILLED_AFTER and low not in ("bodies", "deaths"):
            return None if _combined(doc, verb.i, 1) else "killed"
        if low in W.INJURED_AFTER:
            return None if _combined(doc, verb.i, 1) else "injured"
    if anchor.dep_ == "pobj" and low in ("to", "at", "of", "above") and verb.head.i != verb.i:
        gov = verb.head
        nouns = [gov] + [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        for n in nouns:
            if n.lower_ in W.TOLL_NOUNS:
                near = {t.lower_ for t in n.lefts}
                return "injured" if near & {"injury", "injuries", "wounded", "injured"} else "killed"
    if anchor.dep_ == "dobj":
        if low in W.KILLED_BEFORE:
            return None if _combined(doc, verb.i, 1) or _combined(doc, verb.i, -1) else "killed"
        if low in W.INJURED_BEFORE:
            return None if _combined(doc, verb.i, 1) or _combined(doc, verb.i, -1) else "injured"
    return None
