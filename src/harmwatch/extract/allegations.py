"""Allegations: who accuses whom of what (war crimes, IHL violations, targeting civilians, ...).

Each sentence is searched once for the words of a charge (:data:`CHARGES`). The accuser is who
says those words: the speaker of the quotation they stand in, or the subject of the speech verb
they hang from ("Amnesty said ...", "X accused Y of ...", "according to X"); words the report
says in its own voice, or that a party denies ("denied targeting civilians"), accuse nobody.
The accused is the object of "accuse"/"blame ... on", the agent of a passive ("by X"), the
subject of the attack verb, or else the first other party named in the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from harmwatch.extract.context import DocContext
from harmwatch.extract.quotes import Cue, QuoteIndex, line_of, quote_index
from harmwatch.records import Allegation, Span

# (charge, pattern): the words that make the charge, in English
# (label, trigger words one of which every match contains, pattern): the triggers skip a pattern
# cheaply on a text that cannot match it
CHARGES: tuple[Cue, ...] = (
    ("war_crime", ("crime",), re.compile(r"\bwar[- ]crimes?\b", re.I)),
    ("crime_against_humanity", ("humanity",), re.compile(r"\bcrimes? against humanity\b", re.I)),
    ("genocide", ("genocid",), re.compile(r"\bgenocid(?:e|al)\b", re.I)),
    (
        "ihl_violation",
        ("violat", "breach", "contraven", "flout", "indiscriminate", "unlawful", "disproportionate"),
        re.compile(
            r"\b(?:violat\w*|breach\w*|contraven\w*|flout\w*)\s+(?:of\s+)?(?:the\s+)?(?:international\s+)?"
            r"(?:humanitarian\s+law|laws\s+of\s+war|rules\s+of\s+war|international\s+law|geneva\s+conventions?)"
            r"|\bindiscriminate(?:ly)?\s+(?:\w+\s+)?(?:attack|shell|bomb|strike|fire|firing|kill|use)\w*"
            r"|\bunlawful\s+(?:attack|strike|killing)s?\b|\bdisproportionate\s+(?:attack|force|strike)s?\b",
            re.I,
        ),
    ),
    (
        "human_rights_violation",
        ("human", "extrajudicial", "summary"),
        re.compile(
            r"\bhuman[- ]rights\s+(?:violations?|abuses?)\b|\b(?:violat\w*|abus\w*)\s+(?:of\s+)?human\s+rights\b"
            r"|\bextrajudicial(?:\s+\w+)?\s+(?:killings?|executions?)\b|\bsummary\s+executions?\b",
            re.I,
        ),
    ),
    (
        "civilian_targeting",
        (
            "deliberate",
            "intentional",
            "purposeful",
            "wilful",
            "willful",
            "knowingly",
            "systematic",
            "target",
            "civilian",
            "massacre",
            "terror",
        ),
        re.compile(
            r"\b(?:deliberate(?:ly)?|intentional(?:ly)?|purposeful(?:ly)?|wilful(?:ly)?|willful(?:ly)?"
            r"|knowingly|systematic(?:ally)?)[”\"’']?\s+(?:and\s+\w+\s+)?[“\"‘']?"
            r"(?:target\w*|attack\w*|struck|strike|strikes|hit|hitting|shell\w*|bomb\w*|kill\w*|shoot\w*|shot"
            r"|fir(?:ed|ing)|destroy\w*|keeps?|massacre\w*|act)\b"
            r"|\btarget(?:s|ed|ing)?\s+(?:of\s+)?(?:unarmed\s+|innocent\s+)?(?:civilians?|civilian\s+\w+|schools?"
            r"|hospitals?|homes|residential\s+\w+|markets?|weddings?|funerals?|children|women|aid\s+workers"
            r"|journalists|refugees|displaced)"
            r"|\b(?:attacks?|war|crimes?)\s+(?:on|against)\s+(?:unarmed\s+|innocent\s+)?civilians\b"
            r"|\bmassacres?\b|\bterrorist\s+(?:act|attack)s?\b|\bacts?\s+of\s+terror(?:ism)?\b",
            re.I,
        ),
    ),
)
# verbs by which a party rejects the words rather than alleging them
REFUSALS = frozenset(
    "deny denies denied denying reject rejects rejected rejecting dismiss dismissed dismisses refute refuted".split()
)
_ACCUSE = frozenset("accuse accuses accused accusing charged charge charges".split())
_BLAME = frozenset("blame blames blamed blaming".split())
_LEGAL = re.compile(
    r"\b(?:charge[sd]?|counts?\s+of|indict\w*|trial|convict\w*|guilty|prosecut\w*|arrest\s+warrants?)\b", re.I
)
_COURT = re.compile(r"\b(?:court|tribunal|prosecutor)", re.I)
_PARTY_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def find_allegations(ctx: DocContext) -> tuple[Allegation, ...]:
    index = quote_index(ctx)
    doc = ctx.doc
    out: list[Allegation] = []
    seen: set[tuple[str, str | None, str]] = set()
    done: set[tuple[int, str]] = set()
    for sent, charge, m in index.cues(ctx.text, CHARGES):
        if (sent.start, charge) in done:
            continue
        start = m.start()
        span = doc.char_span(start, m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        source = index.source_of(span[0], REFUSALS)
        accuser = source.name
        if accuser is None and not source.refused:
            accuser = _court(sent)
        if source.refused or not accuser:
            continue
        accused = _accused(index, sent, span[0], source.verb, accuser)
        key = (accuser.lower(), (accused or "").lower(), charge)
        if key in seen:
            continue
        seen.add(key)
        s, e = line_of(ctx.text, sent.start_char, sent.end_char, start)
        out.append(Allegation(accuser, accused, charge, ctx.text[s:e], Span(s, e)))
        # a director or spokesman accuses in the name of the organisation
        org = index.speakers.affiliation(accuser)
        if org and (org.lower(), (accused or "").lower(), charge) not in seen:
            seen.add((org.lower(), (accused or "").lower(), charge))
            out.append(Allegation(org, accused, charge, ctx.text[s:e], Span(s, e)))
        done.add((sent.start, charge))  # one allegation per charge and sentence
    return tuple(out)


def _court(sent: SpacySpan) -> str | None:
    """The court or prosecutor that charges, in a sentence about charges or a trial."""
    if not _LEGAL.search(sent.text):
        return None
    for ent in sent.ents:
        if ent.label_ == "ORG" and _COURT.search(ent.text):
            return ent.text.removeprefix("the ").strip()
    return None


def _accused(index: QuoteIndex, sent: SpacySpan, cue: Token, verb: Token | None, accuser: str) -> str | None:
    sp = index.speakers
    if verb is not None:
        low = verb.lower_
        if low in _ACCUSE:  # "X accused Y of ..."
            for c in verb.children:
                if c.dep_ == "dobj":
                    return sp.name_of(c)
        if low in _BLAME:  # "X blamed the attack on Y" / "X blamed Y for ..."
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ == "on":
                    for o in c.children:
                        if o.dep_ == "pobj":
                            return sp.name_of(o)
                if c.dep_ == "dobj" and sp.entity(c) is not None:
                    return sp.name_of(c)
    # the attack's actor: "Russia deliberately struck ...", "... by Russian forces"
    node = cue
    for _ in range(6):
        for c in node.children:
            if c.dep_ == "agent":
                for o in c.children:
                    if o.dep_ == "pobj":
                        return sp.name_of(o)
            if c.dep_ in ("nsubj",) and c.pos_ in ("PROPN", "NOUN") and c.i != cue.i:
                name = sp.name_of(c)
                if name and name.lower() != accuser.lower() and sp.is_party(c):
                    return name
        if node.head.i == node.i or (verb is not None and node.head.i == verb.i):
            break
        node = node.head
    acc = accuser.lower()
    lo, hi = _clause(index, sent, cue, verb)
    for ent in sent.ents:
        if ent.label_ in _PARTY_LABELS and ent.label_ != "PERSON" and lo <= ent.start_char < hi:
            name = sp.expand(ent.text.removeprefix("the ").strip())
            low = name.lower()
            if low not in acc and acc not in low:
                return name
    return None


def _clause(index: QuoteIndex, sent: SpacySpan, cue: Token, verb: Token | None) -> tuple[int, int]:
    """Char range of the words that make the claim: its quotation, or the clause under the verb."""
    inside, _ = index.speaker_at(cue.idx)
    if inside:
        k = bisect_right(index.outer, (cue.idx, 1 << 62)) - 1
        return index.outer[k]
    if verb is not None:
        node = cue
        while node.head.i != node.i and node.head.i != verb.i:
            node = node.head
        if node.head.i == verb.i:
            return node.left_edge.idx, node.right_edge.idx + len(node.right_edge)
    return sent.start_char, sent.end_char
