"""Responses of parties: denials, acknowledgements, inquiries, justifications, regret, no comment.

Each sentence is searched once for the words of a stance (:data:`STANCES`). The party is the
subject of the verb those words belong to ("the ministry rejected the allegations"), the one a
pronoun stands for ("the army said it was investigating" → the army), the speaker of the
quotation they stand in, or the organisation a noun names ("no comment from the coalition").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from harmwatch.extract.context import DocContext
from harmwatch.extract.quotes import Cue, QuoteIndex, line_of, quote_index
from harmwatch.extract.speaker_words import SPEECH_VERBS
from harmwatch.extract.speakers import Speakers
from harmwatch.records import Response, Span

# (label, trigger words one of which every match contains, pattern): the triggers skip a pattern
# cheaply on a text that cannot match it
STANCES: tuple[Cue, ...] = (
    (
        "no_comment",
        ("comment", "respond", "reply", "return", "answer", "reached", "response"),
        re.compile(
            r"\b(?:declined|refused)\s+to\s+comment|\bdid\s+not\s+(?:immediately\s+)?(?:respond|reply|return|answer"
            r"|comment)|\bdidn[’']t\s+(?:immediately\s+)?(?:respond|reply|comment)|\bcould\s+not\s+(?:immediately\s+)?"
            r"be\s+reached|\bno\s+(?:immediate\s+)?(?:comment|response)\s+from|\bnot\s+(?:immediately\s+)?available"
            r"\s+for\s+comment|\bhas\s+not\s+(?:yet\s+)?commented",
            re.I,
        ),
    ),
    (
        "deny",
        (
            "deny",
            "denie",
            "denied",
            "denial",
            "reject",
            "dismiss",
            "refut",
            "rebuff",
            "countered",
            "disput",
            "behind",
            "responsible",
            "involved",
            "carry",
            "nothing",
            "ruled",
            "false",
            "fake",
            "fabricat",
            "staged",
            "lies",
            "guilty",
            "target",
        ),
        re.compile(
            r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)"
            r"|rebuff(?:s|ed)?|countered|disput(?:es|ed)|denials?)\b"
            r"|\b(?:was|were|is|are)\s+not\s+(?:behind|responsible|involved)|\bdid\s+not\s+carry\s+out"
            r"|\bhad\s+nothing\s+to\s+do\s+with|\bruled\s+out\s+(?:any\s+)?involvement"
            r"|\b(?:totally\s+|completely\s+)?(?:false|fake)\s+(?:news|information|claims?|reports?)"
            r"|\bfabricat\w+|\b(?:were|was)\s+staged\b|\b(?:was|were)\s+(?:\w+\s+)?ruled\s+out"
            r"|\bdid\s+not\s+target\b|\bcliches\s+and\s+lies\b|\bnot\s+guilty\b",
            re.I,
        ),
    ),
    (
        "acknowledge",
        (
            "admit",
            "acknowledg",
            "conced",
            "confirm",
            "responsibility",
            "carried",
            "conducted",
            "launched",
            "struck",
            "unintend",
            "unintentional",
            "mistake",
        ),
        re.compile(
            r"\b(?:admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|conced(?:e|es|ed))\b"
            r"|\bconfirm(?:s|ed|ing)?\s+(?:that\s+)?(?:[\w-]+\s+){0,4}(?:strikes?|airstrikes?|air\s+strikes?|attack"
            r"|raid|bombing|operation|carried\s+out|conducted|launched|responsib\w+)"
            r"|\b(?:claim(?:s|ed|ing)?|took|accept(?:s|ed)?|assum(?:es|ed))\s+responsibility"
            r"|\bsaid\s+(?:it|they)\s+(?:had\s+)?(?:carried\s+out|conducted|launched|struck)"
            r"|\bunintend\w*|\bunintentional\w*|\bmistake\b|\bmistakenly\b",
            re.I,
        ),
    ),
    (
        "investigate",
        ("investigat", "inquir", "probe", "looking", "review", "credibility"),
        re.compile(
            r"\binvestigat(?:e|es|ed|ing|ion|ions)\b|\binquir(?:y|ies)\b|\bprobe[sd]?\b|\blooking\s+into\b"
            r"|\breview(?:ing)?\s+(?:the|of|into)\b|\bcredibility\s+assessment\b"
            r"|\b(?:thorough|full|internal|formal)\s+review\b",
            re.I,
        ),
    ),
    (
        "justify",
        (
            "legitimate",
            "target",
            "conform",
            "international",
            "humanitarian",
            "self",
            "shield",
            "warning",
            "endangered",
            "threatened",
            "threat",
        ),
        re.compile(
            r"\blegitimate\s+(?:military\s+)?(?:target|action|objective|operation)s?|\b(?:as|is|was|were|are)\s+legitimate\b"
            r"|\btarget(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}(?:militants?|terrorists?|fighters|rebels|commanders?"
            r"|leaders?|operatives|launchers|positions|elements|infrastructure|hideouts?|gunmen|snipers"
            r"|traffickers|criminals|gang\s+members)\b"
            r"|\bin\s+(?:conformity|accordance|line)\s+with\s+(?:international|humanitarian)"
            r"|\bconform\w*\s+(?:to|with)\s+international|\bself[- ]defen[cs]e\b|\bhuman\s+shields?\b"
            r"|\bwarning\s+shots\b|\b(?:felt|were)\s+(?:endangered|threatened)\b|\bposed?\s+an?\s+(?:immediate\s+)?threat",
            re.I,
        ),
    ),
    (
        "regret",
        ("regret", "apolog", "sorry"),
        re.compile(
            r"\b(?:expressed|expresses|expressing)\s+(?:\w+\s+)?regret\b|\bregrett?(?:s|ed|able)?\b|\bapologi[sz]\w*|\bdeeply\s+sorry\b",
            re.I,
        ),
    ),
)
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})
_OWNS_STRIKE = re.compile(r"\blegitimate\s+(?:military\s+)?(?:target|action|operation)|\btarget", re.I)
_ASKING = frozenset(
    "demand demands demanded demanding call calls called calling urge urges urged urging request requested".split()
    + "requesting seek seeks sought seeking want wants wanted rejected rejecting".split()
)
_REFUSING = frozenset("denied rejected dismissed refuted rebuffed disputed".split())
_NEGATIONS = frozenset({"not", "never", "n't", "n’t"})
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"})


def find_responses(ctx: DocContext) -> tuple[Response, ...]:
    index = quote_index(ctx)
    doc = ctx.doc
    out: list[Response] = []
    seen: set[tuple[str, str]] = set()
    done: set[tuple[int, str]] = set()
    for sent, stance, m in index.cues(ctx.text, STANCES):
        if (sent.start, stance) in done:
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        cue = next((t for t in span if t.pos_ in ("VERB", "NOUN", "PROPN")), span[0])
        if stance == "investigate" and _asked_of_others(cue):
            continue  # "demanding a full investigation": a call, not the party's inquiry
        if cue.lower_ in _REFUSING and any(c.dep_ == "auxpass" for c in cue.children):
            continue  # "workers had been dismissed": done to the subject, not its denial
        taken = stance
        if stance == "acknowledge" and any(c.lower_ in _NEGATIONS for c in cue.children):
            taken = "deny"  # "has never admitted"
        parties = _parties(index, cue)
        if not parties:
            continue
        s, e = line_of(ctx.text, sent.start_char, sent.end_char, span.start_char)
        # a party that says whom its strike targeted admits the strike
        owned = stance == "justify" and _OWNS_STRIKE.search(m.group()) is not None
        for party in parties:
            for what in (taken, "acknowledge") if owned else (taken,):
                key = (party.lower(), what)
                if key not in seen:
                    seen.add(key)
                    out.append(Response(party, what, ctx.text[s:e], Span(s, e)))
        done.add((sent.start, stance))  # one response per stance and sentence
    return tuple(out)


def _parties(index: QuoteIndex, token: Token) -> list[str]:
    """Who takes the stance expressed at ``token``: a name, with the institution a spokesman
    speaks for, and each of coordinated subjects ("X and Y pleaded not guilty")."""
    inside, speaker = index.speaker_at(token.idx)
    if inside:
        org = index.speakers.affiliation(speaker)
        return [n for n in (speaker, org) if n]
    sp = index.speakers
    if token.pos_ in ("NOUN", "PROPN"):  # "no comment from X", "a Pentagon probe", "X's inquiry"
        for c in token.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                for o in c.children:
                    if o.dep_ == "pobj":
                        return _named(sp, o)
            if c.dep_ in ("compound", "poss") and (sp.entity(c) is not None or sp.is_party(c)):
                return _named(sp, c)
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    subject = _subject(index, node)
    if subject is None:
        return []
    found = _named(sp, subject)
    for c in subject.children:
        if c.dep_ == "conj" and sp.is_party(c):
            found.extend(_named(sp, c))
    return found


def _subject(index: QuoteIndex, node: Token) -> Token | None:
    sp = index.speakers
    subjects = sp.subjects_of(node)
    subject = subjects[0] if subjects else None
    if subject is not None and subject.lower_ not in _PRONOUNS and sp.is_party(subject):
        return subject
    # "the army said it was investigating", "X said the strike was being investigated"
    up = node
    for _ in range(5):
        if up.head.i == up.i:
            break
        up = up.head
        if up.lower_ in SPEECH_VERBS:
            outer = [s for s in sp.subjects_of(up) if s.lower_ not in _PRONOUNS and sp.is_party(s)]
            if outer:
                return outer[0]
    if subject is not None and subject.lower_ in _PRONOUNS:
        return subject
    return None


def _named(sp: Speakers, token: Token) -> list[str]:
    """The name of ``token``, and the institution it speaks for ("Kremlin spokesman X",
    "X, a spokesman for the ministry")."""
    name = sp.name_of(token)
    out = [name] if name else []
    org = sp.affiliation(name)
    if org:
        return [name, org]
    spokes = token if token.lower_ in _SPOKES else None
    for c in token.children:
        if spokes is None and c.dep_ in ("appos", "compound") and c.lower_ in _SPOKES:
            spokes = c
    if spokes is None:
        return out
    org = None
    for c in spokes.subtree:
        ent = sp.entity(c)
        if c.i != token.i and ent is not None and ent.label_ in ("ORG", "GPE", "NORP"):
            org = sp.name_of(ent.root)
            break
    if org is None:  # "Israeli Defense Forces spokesman": proper nouns the tagger left out
        words = [c for c in spokes.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if words:
            org = sp.text[words[0].left_edge.idx : spokes.idx].strip()
    if org and org not in out:
        out.append(org)
    return out


def _asked_of_others(token: Token) -> bool:
    node = token
    for _ in range(3):
        if node.lower_ in _ASKING:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False
