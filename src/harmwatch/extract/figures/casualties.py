"""Casualty figures ("at least 85 people were killed", "up to 100 injured") and aggregates.

Each quantity of a sentence (:mod:`harmwatch.extract.figures.numbers`), and each single victim ("a man",
a named person), becomes a figure when the grammar around it says who died or was hurt
(:mod:`harmwatch.extract.figures.outcomes`). Years, ages, dates, money and counts of things are dropped;
figures of sentences that give a running or war-wide toll are :class:`Aggregate`, never the
incident's (:mod:`harmwatch.extract.figures.tolls`); figures about disasters are neither. Each figure
gets its source (:mod:`harmwatch.extract.figures.sources`), and the document's figures give derived
totals (:mod:`harmwatch.extract.figures.derived`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from harmwatch.extract.context import DocContext
from harmwatch.extract.figures import words as W
from harmwatch.extract.figures.derived import derive
from harmwatch.extract.figures.numbers import Quantity, find_quantities
from harmwatch.extract.figures.outcomes import (
    Candidate,
    classify_outcome,
    coordinated,
    is_single,
    noun_phrase,
)
from harmwatch.extract.figures.sources import SourceFinder
from harmwatch.extract.figures.tolls import TOLL_TO_RE, cumulative_ranges, in_ranges, is_disaster
from harmwatch.extract.lang import load_pack
from harmwatch.records import Aggregate, Casualty, Outcome, Span

EN = load_pack("en")


@dataclass(frozen=True, slots=True)
class FigureResult:
    casualties: tuple[Casualty, ...]  # the incident's own figures, each with its source
    aggregates: tuple[Aggregate, ...]  # cumulative / conflict-wide tolls, kept apart


def find_figures(ctx: DocContext) -> FigureResult:
    doc = ctx.doc
    sources = SourceFinder()
    casualties: list[Casualty] = []
    aggregates: list[Aggregate] = []
    chains: dict[tuple[int, int], list[tuple[Casualty, bool]]] = {}  # (figure, single victim)
    overall: list[Casualty] = []  # stated figures that count everyone hit (no subgroup, no single)
    carry: Candidate | None = None  # the last figure, for "Four of them were children"
    for sent in _units(doc):
        figs = _sentence_figures(doc, ctx.text, sent, carry)
        if not figs:
            continue
        carry = next((f for f in reversed(figs) if f.outcome), carry)
        stext = sent.text
        if is_disaster(stext):
            continue
        cumulative = cumulative_ranges(stext)
        for k, f in enumerate(figs):
            if f.outcome is None:
                if in_ranges(f.q.start - sent.start_char, cumulative):
                    aggregates.extend(_untold_toll(ctx.text, doc, sent, figs, k))
                continue
            end = doc[f.group_end - 1].idx + len(doc[f.group_end - 1]) if f.group_end > f.last else f.q.end
            span = Span(f.q.start, end)
            words = ctx.text[span.start : span.end]
            if in_ranges(f.q.start - sent.start_char, cumulative):
                aggregates.extend(_aggregate(ctx.text, doc, f, f.outcome))
                continue
            c = Casualty(
                outcome=f.outcome,
                min=f.q.min,
                max=f.q.max,
                group=f.group,
                approximate=f.q.approximate,
                vague=f.q.vague,
                source=sources.source(sent),
                text=words,
                span=span,
            )
            casualties.append(c)
            if not f.subgroup and not is_single(doc, f) and not f.q.vague and f.group not in W.ARMED:
                overall.append(c)
            if f.chain >= 0 and not f.subgroup:
                chains.setdefault((sent.start, f.chain), []).append((c, is_single(doc, f)))
    derived = derive(overall, list(chains.values()), ctx.text)
    return FigureResult(tuple(casualties) + derived, tuple(aggregates))


_TOLL_VICTIMS = EN.words("figures", "toll_victims")  # a war's victims, in a cumulative sentence


def _aggregate(text: str, doc: Doc, f: Candidate, outcome: Outcome | None) -> tuple[Aggregate, ...]:
    """The figure as a cumulative toll (none when it gives no number)."""
    end = doc[f.group_end - 1].idx + len(doc[f.group_end - 1]) if f.group_end > f.last else f.q.end
    number = f.q.min if f.q.min is not None else f.q.max
    if number is None:
        return ()
    return (Aggregate(number, outcome, text[f.q.start : end], Span(f.q.start, end)),)


def _untold_toll(
    text: str, doc: Doc, sent: SpacySpan, figs: list[Candidate], k: int
) -> tuple[Aggregate, ...]:
    """A figure of a cumulative sentence that the outcome grammar left without an outcome, when the
    sentence makes it a war's toll: "300,000 people have become its victims", "pushed the number
    of people killed to over 30,000", "2,355 out of 4,500 people killed"."""
    f = figs[k]
    if _victims(doc, f):
        return _aggregate(text, doc, f, None)
    if TOLL_TO_RE.search(text, sent.start_char, f.q.start):
        return _aggregate(text, doc, f, "killed")
    nxt = figs[k + 1] if k + 1 < len(figs) else None
    if nxt is not None and nxt.outcome is not None and _OUT_OF.fullmatch(text, f.q.end, nxt.q.start):
        return _aggregate(text, doc, f, nxt.outcome)
    return ()


_OUT_OF = re.compile(EN.pattern("figures", "out_of"))


def _victims(doc: Doc, f: Candidate) -> bool:
    """The figure's people are said to be a war's victims ("300,000 people have become its
    victims", "its victims number 5,000"), with no word of death or injury."""
    node = doc[f.group_end - 1] if f.group_end > f.last else doc[f.first]
    for _ in range(3):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("attr", "oprd", "dobj", "nsubj") and c.lower_ in _TOLL_VICTIMS for c in node.subtree
        ):
            return True
    return False


def _units(doc: Doc) -> Iterator[SpacySpan]:
    """Sentences cut at line breaks (a headline and its first paragraph are two units) and
    joined where the parser split a line without final punctuation ("14 | militants were killed")."""
    start = 0
    for t in doc:
        newline = "\n" in t.text or "\n" in t.whitespace_
        end_here = t.i + 1 == len(doc) or newline or (doc[t.i + 1].is_sent_start and t.text in _FINAL)
        if not end_here:
            continue
        stop = t.i if "\n" in t.text else t.i + 1
        if stop > start:
            yield doc[start:stop]
        start = t.i + 1


_FINAL = frozenset({".", "!", "?", '"', "”", "’", "'", ":", ";", ")", "…", "»"})


def _sentence_figures(
    doc: Doc, text: str, sent: SpacySpan, carry: Candidate | None = None
) -> list[Candidate]:
    base = sent.start_char
    figs: list[Candidate] = []
    starts: dict[int, Quantity] = {}
    quantities = [
        replace(q, start=q.start + base, end=q.end + base, value_start=q.value_start + base)
        for q in find_quantities(sent.text)
    ]
    quantities += _single_victims(sent)
    quantities.sort(key=lambda q: q.start)
    for q in quantities:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None and _plausible(doc, text, q, span.start, span.end):
            starts[span.start] = q
    for first, q in starts.items():
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        assert span is not None
        group_end, group = noun_phrase(doc, span.end, sent.end, q)
        if group_end < 0:
            continue
        figs.append(Candidate(q, first, span.end, group_end, group))
    chains = 0
    for i, f in enumerate(figs):
        prev = figs[i - 1] if i else carry
        if f.outcome is None:
            classify_outcome(doc, sent, f, prev, starts)
        if (
            f.outcome is not None
            and i
            and prev is not None
            and prev.outcome == f.outcome
            and coordinated(doc, prev, f)
        ):
            if prev.chain < 0:
                prev.chain = chains
                chains += 1
            f.chain = prev.chain
    return figs


def _plausible(doc: Doc, text: str, q: Quantity, first: int, last: int) -> bool:
    """Years, ages, dates, money, percentages and times are not figures."""
    value = q.min if q.min is not None else q.max
    prev = doc[first - 1] if first > 0 else None
    nxt = doc[last] if last < len(doc) else None
    tail = text[q.end : q.end + 16]
    if W.AGE_AFTER_RE.match(tail) or W.FRACTION_AFTER_RE.match(tail):
        return False
    if prev is not None and (
        prev.lower_ in ("aged", "age", "ages") or prev.lower_ == "of" and doc[first - 2].lower_ == "age"
    ):
        return False
    if nxt is not None and (
        nxt.lower_ in W.NOT_PEOPLE or nxt.lower_ in W.MONTHS or nxt.text in ("%", ":", "/")
    ):
        return False
    if prev is not None and (
        prev.lower_.rstrip(".") in W.MONTHS or prev.text in ("$", "£", "€", "#", "No", "no.")
    ):
        return False
    if prev is not None and nxt is not None and prev.text == "(" and nxt.text == ")":
        return False  # "Name (35)": an age
    person_before = first >= 2 and doc[first - 2].ent_type_ == "PERSON"
    if (
        prev is not None
        and prev.text == ","
        and person_before
        and nxt is not None
        and nxt.text in (",", ")", ".")
    ):
        return False  # "Name, 35,": an age
    if value is not None and 1800 <= value <= 2100 and not q.vague and "," not in text[q.value_start : q.end]:
        return False
    return True


def _kin_after(doc: Doc, i: int, end: int) -> bool:
    """A kin word at ``i`` or after an age and adjectives: "his mother", "her 80-year-old husband",
    "their eldest son"."""
    for j in range(i, min(end, i + 7)):
        w = doc[j]
        if w.lower_ in W.KIN:
            return True
        age = w.like_num or w.text == "-" or w.lower_ in ("year", "years", "month", "months", "old")
        if not (age or w.pos_ == "ADJ"):
            return False
    return False


def _single_victims(sent: SpacySpan) -> list[Quantity]:
    """ "a man", "a revenue collector": one victim, when the grammar around makes it a casualty."""
    out = []
    doc = sent.doc
    for t in sent:
        if t.i + 1 >= sent.end:
            continue
        if t.lower_ in W.POSSESSIVES and _kin_after(doc, t.i + 1, sent.end):
            out.append(Quantity(1, 1, False, False, t.idx, t.idx + len(t), t.idx))
            continue
        if t.lower_ not in ("a", "an"):
            continue
        head = None
        for j in range(t.i + 1, min(sent.end, t.i + 9)):
            w = doc[j]
            age = (
                w.lower_ in ("year", "month", "day", "week")
                and j + 1 < sent.end
                and doc[j + 1].text in ("-", "old")
            )
            if age:
                continue
            if w.tag_ in ("NN", "NNP") and (j + 1 >= sent.end or doc[j + 1].pos_ not in ("NOUN", "PROPN")):
                head = w
                break
            if w.pos_ not in ("ADJ", "PROPN", "NOUN", "NUM") and w.text not in ("-", "old"):
                break
        if head is None or head.lower_ in W.NOT_PEOPLE or head.lower_ in W.NOT_VICTIMS:
            continue
        if head.lower_ in W.GROUPS or head.ent_type_ in ("", "NORP") and head.pos_ == "NOUN":
            out.append(Quantity(1, 1, False, False, t.idx, t.idx + len(t), t.idx))
    for t in sent:  # named victims: PERSON entities (read from the tokens: Span.ents scans the doc)
        if t.ent_iob_ != "B" or t.ent_type_ != "PERSON":
            continue
        if t.i > sent.start and doc[t.i - 1].lower_ in ("a", "an"):
            continue
        end = t.i + 1
        while end < sent.end and doc[end].ent_iob_ == "I":
            end += 1
        last = doc[end - 1]
        out.append(Quantity(1, 1, False, False, t.idx, last.idx + len(last), t.idx))
    return out
