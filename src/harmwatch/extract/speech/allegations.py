"""Allegations: who accuses whom of what (war crimes, IHL violations, targeting civilians, ...).

Each sentence is searched once for the words of a charge (:data:`CHARGES`). The accuser is who
says those words: the speaker of the quotation they stand in, or the subject of the speech verb
they hang from ("Amnesty said ...", "X accused Y of ...", "according to X"); words the report
says in its own voice, or that a party denies ("denied targeting civilians"), accuse nobody.
The accused is the object of "accuse"/"blame ... on", the agent of a passive ("by X"), the
subject of the attack verb, or else the first other party named in the clause (never a town, a
dateline or a party that makes the same charge), resolved to the actor it names ("Moscow's
actions" → Russia, :mod:`harmwatch.extract.actors.accused`); a charge that names none falls to the
report's perpetrator, unless its accuser answers for the strike.

A charge is no allegation when it stands in a question ("who committed war crimes"), a ranking
("the deadliest attack on civilians"), the setting of what is spoken of ("..., where militants
have been targeting civilians"), or when an event's name ("the massacre") is only the report's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TypeGuard

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from harmwatch.extract.actors.accused import actor_of, resolve, state_of
from harmwatch.extract.actors.perpetrator import find_perpetrator
from harmwatch.extract.context import DocContext
from harmwatch.extract.speech import charge_words as W
from harmwatch.extract.speech.charge_words import CHARGES, REFUSALS
from harmwatch.extract.speech.lemma_classes import SAID
from harmwatch.extract.speech.quotes import QuoteIndex, Source, line_of, quote_index
from harmwatch.extract.speech.responses import (
    datelines,
    find_responses,
    ministry_of,
    named_after,
    parenthetical_speaker,
    party_names,
    unlabelled,
)
from harmwatch.extract.speech.speaker_words import SPEECH_VERBS
from harmwatch.records import Allegation, Span


def find_allegations(ctx: DocContext) -> tuple[Allegation, ...]:
    index = quote_index(ctx)
    doc = ctx.doc
    out: list[Allegation] = []
    seen: set[tuple[str, str | None, str]] = set()
    done: set[tuple[int, int, str]] = set()
    guessed: list[bool] = []  # per allegation: its accused is only the nearest other name
    for sent, label, m in index.cues(ctx.text, CHARGES):
        charge = label.removesuffix(SAID)  # a frame marked "said" is a charge only in someone's words
        line = ctx.text.rfind("\n", 0, m.start())  # a headline the parser ran into the text
        if (sent.start, line, charge) in done:
            continue
        start = m.start()
        span = doc.char_span(start, m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        if _institution(span) or _negated(span.root, span):
            continue  # "the war crimes tribunal", "the army said it had not targeted civilians"
        source = _nominal_source(index, span[0])
        if source is None:
            source = index.source_of(span[0], REFUSALS, W.FINDING)
            if _claim_refused(source.verb):
                source = Source(source.name, source.verb, source.subject, True)
        accuser = source.name
        joint = _named_after_by_kind(index, sent, source.subject) if accuser == source.name else []
        if joint:
            accuser = joint[0]  # "Three aid groups said ... In a joint statement, X, Y and Z said"
        if _charged(source.verb):
            # "forces accused of war crimes (by X)": X, or someone the text does not name
            accuser = _agent(index, source.verb) or UNKNOWN
        elif accuser is None and source.verb is not None and _passive(source.verb):
            accuser = _agent(index, source.verb)  # "the strike was condemned by X as a war crime"
        if accuser is None and source.verb is not None and source.subject is not None:
            accuser = _pronoun_owner(index, source.subject, source.verb)  # "X ... what it called war crimes"
        if (
            accuser is None
            and source.verb is not None
            and source.verb.dep_ in ("advcl", "xcomp", "conj", "ccomp")
        ):
            # "X said ..., calling it a deliberate attack", "X said the strike raised concerns that ..."
            accuser = _inherited(index, source.verb)
        if accuser is None and source.verb is None and not source.refused and not index.speaker_at(start)[0]:
            aside = parenthetical_speaker(index.speakers, span[0])  # "the strike, X said, was ..."
            if aside is not None:
                accuser = index.speakers.name_of(aside)
                source = Source(accuser, aside.head, aside, False)
        if accuser is None and not source.refused:
            accuser = _court(sent)
        if accuser is None and source.verb is None and not source.refused and not index.speaker_at(start)[0]:
            accuser = _continued(index, sent)  # "..., X said today. The attack should be ..."
        narrated = accuser is None and source.verb is None and not index.speaker_at(start)[0]
        if label != charge and (narrated or (_an_attack_does(span.root) and _aimed(span))):
            continue  # "the airstrike targeted a funeral hall": where it hit, no charge of intent
        if source.refused or not (accuser or narrated):
            continue
        cue = span.root
        if _asked(cue, source.verb) or _superlative(span) or _setting(cue, source.verb):
            continue  # "a debate on who committed war crimes", "the deadliest attack on civilians"
        if W.NAMING.search(m.group()) and not _called(index, cue):
            continue  # "the death toll from the massacre rose": the report names the event
        accused, weak = _accused(index, sent, span[0], source.verb, accuser or REPORT)
        if narrated or weak or accused is None or (accuser and accused.lower() in accuser.lower()):
            parties = _proceeding(index, span)
            if parties is not None:  # "prosecutors opened a war crimes case (against X)"
                if narrated or accuser is None or (accused and accused.lower() in parties[0].lower()):
                    accuser = parties[0]
                accused, weak = (
                    (parties[1], False) if parties[1] else _accused(index, sent, span[0], None, accuser)
                )
                narrated = False
        if narrated:
            # the report's own charge against an actor its grammar names ("X indiscriminately
            # shelled the town"); a charge that names none is a general statement, no allegation
            if (accused is None or weak) and not _an_attack_does(cue) and not _own_inquiry(cue):
                continue
            if weak and _an_attack_does(cue):
                accused = None  # the attack's author is the report's perpetrator, not a name nearby
            accuser = REPORT
        if accuser is None:
            continue
        key = (accuser.lower(), (accused or "").lower(), charge)
        if key in seen:
            continue
        seen.add(key)
        s, e = line_of(ctx.text, sent.start_char, sent.end_char, start)
        out.append(Allegation(accuser, accused, charge, ctx.text[s:e], Span(s, e)))
        guessed.append(weak)
        # a director or spokesman accuses in the name of the organisation
        org = index.speakers.affiliation(accuser)
        if org is None and accuser == source.name:
            org = _body_spoken_for(index, source.subject, accuser)
        if org and _title_word(org):
            org = None  # "Prime" of "Prime Minister X" is no organisation
        if org and re.search(r"\b" + re.escape(org) + r"\s+Minister\b", ctx.text[s:e]):
            org = ministry_of(org)  # "Information" of "Information Minister X": its ministry
        if org and (org.lower(), (accused or "").lower(), charge) not in seen:
            seen.add((org.lower(), (accused or "").lower(), charge))
            out.append(Allegation(org, accused, charge, ctx.text[s:e], Span(s, e)))
            guessed.append(weak)
        for other in joint[1:] or (_co_accusers(index, source.subject) if accuser == source.name else ()):
            if (
                other.lower() not in accuser.lower()
                and (other.lower(), (accused or "").lower(), charge) not in seen
            ):
                seen.add((other.lower(), (accused or "").lower(), charge))  # "X and its allies accused ..."
                out.append(Allegation(other, accused, charge, ctx.text[s:e], Span(s, e)))
                guessed.append(weak)
        done.add((sent.start, line, charge))  # one allegation per charge and sentence
    # a charge the text gives without its accuser stands only where nobody named makes it
    named = {a.charge for a in out if a.accuser != UNKNOWN}
    kept = [
        (a, g) for a, g in zip(out, guessed, strict=True) if a.accuser != UNKNOWN or a.charge not in named
    ]
    out, guessed = [a for a, _ in kept], [g for _, g in kept]
    lines = datelines(ctx.text)
    out = [  # "the human rights group X" is X; "BACOLOD CITY —" is a dateline, no accuser
        Allegation(named_after(ctx.text, a.accuser, a.span), a.accused, a.charge, a.text, a.span) for a in out
    ]
    kept = [(a, g) for a, g in zip(out, guessed, strict=True) if a.accuser not in lines]
    kept = [  # "LIMA, Aug 14 - Relatives of the victims": the relatives; a dateline accuses and is accused of nothing
        (
            Allegation(
                unlabelled(ctx.text, a.accuser, a.span, lines),
                None if a.accused in lines else a.accused,
                a.charge,
                a.text,
                a.span,
            ),
            g,
        )
        for a, g in kept
    ]
    kept = [(a, g) for a, g in kept if a.accuser]
    out, guessed = [a for a, _ in kept], [g for _, g in kept]
    kept = [(a, g) for a, g in zip(out, guessed, strict=True) if not _headline_restated(ctx.text, a, out)]
    out, guessed = [a for a, _ in kept], [g for _, g in kept]
    found = _not_the_accusers(out, guessed)
    if any(a.accused is None for a in found):
        found = _the_perpetrator_for_the_rest(ctx, index, found)
    return _once(found)


REPORT = "report"  # the outlet makes the charge in its own words
UNKNOWN = "unknown"  # a charge the text reports without saying who makes it ("X has been accused of")


def _headline_restated(text: str, a: Allegation, found: list[Allegation]) -> bool:
    """A headline sums up the body: where the body has someone named make the same charge, the
    headline's charge is that one, told short. Without its accuser ("Strikes on villages were war
    crimes") it is no charge of the outlet's own; by a party named only by what it is ("Rights
    group says ...", "Aid groups say ...") it is the charge of the one the body names."""
    first = text.find("\n")
    if first < 0 or a.span.start >= first:
        return False
    if a.accuser != REPORT and not _described(a.accuser or ""):
        return False
    return any(
        b.charge == a.charge and b.accuser not in (REPORT, UNKNOWN) and b.span.start > first for b in found
    )


def _described(name: str) -> bool:
    """A party named by common nouns ("Rights group", "aid agencies"), no proper name: every word
    after the first (capitalised in a headline) is lower case."""
    words = name.split()
    return len(words) > 1 and all(w.islower() for w in words[1:])


def _once(found: tuple[Allegation, ...]) -> tuple[Allegation, ...]:
    """One entry per accuser, accused and charge: an accuser or accused named short ("Amnesty",
    "Zarvian") is the one named in full ("Amnesty International", "Zarvian army") for the same
    charge (a headline and the lead telling one charge)."""
    out: list[Allegation] = []
    for a in found:
        acc = (a.accuser or "").lower()
        same = [
            b
            for b in out
            if b.charge == a.charge
            and _same_name((a.accused or "").lower(), (b.accused or "").lower())
            and _same_name(acc, (b.accuser or "").lower())
        ]
        if not same:
            out.append(a)
    return tuple(out)


def _same_name(a: str, b: str) -> bool:
    """ "amnesty" and "amnesty international": one name, the shorter its first words."""
    return a == b or b.startswith(a + " ") or a.startswith(b + " ")


def _the_perpetrator_for_the_rest(
    ctx: DocContext, index: QuoteIndex, found: tuple[Allegation, ...]
) -> tuple[Allegation, ...]:
    """A charge that names no accused ("such strikes may amount to war crimes") is laid on the
    report's perpetrator, unless the accuser speaks for that very party."""
    perp = find_perpetrator(ctx)
    if perp.name == "unknown" or perp.kind == "unknown":
        return found
    # a party that answers for the strike (denies, admits, justifies it) is its side, no accuser of it
    answering = {r.party.lower() for r in find_responses(ctx) if r.party and r.stance in W.ANSWERS}
    out = []
    for a in found:
        if a.accused is None and a.accuser and a.accuser.lower() not in answering:
            org = index.speakers.affiliation(a.accuser)
            sides = {actor_of(a.accuser) or a.accuser.lower(), actor_of(org) if org else None}
            if perp.name not in sides and perp.name.lower() not in a.accuser.lower():
                a = Allegation(a.accuser, perp.name, a.charge, a.text, a.span)
        out.append(a)
    return tuple(out)


def _an_attack_does(cue: Token) -> bool:
    """The report says an attack did it ("the attack, which targeted civilians", "the strikes
    deliberately hit homes"): the charge is the report's against whoever made the attack."""
    node = cue
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    if not subjects and node.dep_ == "xcomp":  # "airstrikes continue to target hospitals"
        subjects = [c for c in node.head.children if c.dep_ == "nsubj"]
    if node.dep_ == "relcl" and subjects and subjects[0].lower_ in ("which", "that"):
        subjects = [node.head]
    return any(t.lower_ in W.ATTACKS for t in subjects)


def _inherited(index: QuoteIndex, verb: Token) -> str | None:
    """The speaker of a speech verb without a subject of its own, from the clause it hangs on."""
    sp = index.speakers
    node = verb
    for _ in range(4):  # "X said the rockets hit the school, calling it ...": X, not the rockets
        subjects = [t for t in sp.subjects_of(node) if sp.is_party(t) and sp.same_paragraph(t.i, verb.i)]
        if subjects and (node.i == verb.i or node.lower_ in SPEECH_VERBS):
            return sp.name_of(subjects[0])
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _body_spoken_for(index: QuoteIndex, subject: Token | None, accuser: str) -> str | None:
    """The body a spokesman accuses for ("X, a spokesman for the Zarvian army" → "Zarvian army")."""
    if subject is None:
        return None
    others = [n for n in party_names(index.speakers, subject) if n.lower() != accuser.lower()]
    return others[0] if others else None


def _charged(verb: Token | None) -> TypeGuard[Token]:
    """ "X was accused of ...", "forces accused of ...": the subject is the accused, not the accuser."""
    if verb is None or verb.lower_ not in W.ACCUSE:
        return False
    return verb.dep_ == "acl" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _agent(index: QuoteIndex, verb: Token) -> str | None:
    """The "by" phrase of a passive verb, or of the "as" phrase the parse hung it on ("was
    described as a war crime by X")."""
    heads = [verb] + [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
    for head in heads:
        for c in head.children:
            if c.dep_ == "agent" or (head.i != verb.i and c.dep_ == "prep" and c.lower_ == "by"):
                for o in c.children:
                    if o.dep_ == "pobj":  # "by the city's mayor, X": X
                        return index.speakers.name_of(_named_beside(index, o))
    return None


def _named_beside(index: QuoteIndex, role: Token) -> Token:
    """The person named in apposition right after a role ("the city's mayor, Jane Roe"), however
    the parse attached the name; else the role."""
    doc = role.doc
    k = role.right_edge.i + 1
    if k + 1 < len(doc) and doc[k].text == ",":
        ent = index.speakers.entity(doc[k + 1])
        if ent is not None and ent.label_ == "PERSON" and ent.start == k + 1:
            return ent.root
    return role


def _not_the_accusers(found: list[Allegation], guessed: list[bool]) -> tuple[Allegation, ...]:
    """An accused guessed from the names around a charge is never a party that makes that very
    charge in the report (the rights group that alleges war crimes is not accused of them)."""
    accusers: dict[str, set[str]] = {}
    for a in found:
        if a.accuser:
            accusers.setdefault(a.charge, set()).add(a.accuser.lower())
    out = []
    for a, weak in zip(found, guessed, strict=True):
        low = (a.accused or "").lower()
        if weak and low and any(low in x or x in low for x in accusers.get(a.charge, ())):
            a = Allegation(a.accuser, None, a.charge, a.text, a.span)
        out.append(a)
    return tuple(out)


def _asked(cue: Token, verb: Token | None) -> bool:
    """The charge stands in a question or a condition ("asked who committed war crimes",
    "whether the strike was a war crime"), not in a claim."""
    node = cue
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX"):
            for c in node.children:
                if c.dep_ == "mark" and c.lower_ in W.QUESTION_MARKS:
                    return True
                if (
                    c.dep_ in ("nsubj", "nsubjpass")
                    and c.lower_ in W.QUESTION_SUBJECTS
                    and node.dep_ != "relcl"
                    and not _relative(c)
                    and not _characterised(c)
                ):
                    return True
        if node.head.i == node.i or (verb is not None and node.head.i == verb.i):
            return False
        node = node.head
    return False


def _setting(cue: Token, verb: Token | None) -> bool:
    """The charge describes the place or time of what the speaker speaks of ("denounced an attack
    near the border, where militants have been targeting civilians"): the report's words."""
    if verb is None:
        return False
    node = cue
    for _ in range(10):
        if node.head.i == node.i or node.head.i == verb.i:
            return False
        if node.dep_ == "conj" and node.pos_ == "ADP":
            return False  # "accuses X of ..., where ..., and of targeting civilians": a second "of", not the setting
        if node.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in node.children
        ):
            return True
        node = node.head
    return False


def _superlative(span: SpacySpan) -> bool:
    """ "the deadliest attack on civilians", "the largest massacre in its history": a ranking of
    events the report makes, not a charge."""
    for t in span:
        if t.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "amod" and c.tag_ == "JJS" and c.lower_ not in W.NOT_RANKING for c in t.children
        ):
            return True
    return False


def _called(index: QuoteIndex, cue: Token) -> bool:
    """Whether a party calls the event so: in a quotation, or as what is committed, alleged or
    called ("committed a massacre", "accused X of a massacre", "described it as a massacre")."""
    if index.speaker_at(cue.idx)[0]:
        return True
    node = cue
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return False
        low = head.lower_
        if low in W.CALLING or (low in W.CARRY and any(c.lower_ == "out" for c in head.children)):
            return True
        if node.dep_ in ("dobj", "attr", "oprd", "nsubj", "nsubjpass") or head.pos_ in ("VERB", "AUX"):
            return False
        node = head
    return False


def _proceeding(index: QuoteIndex, charge: SpacySpan) -> tuple[str, str | None] | None:
    """The parties of a legal proceeding the charge is the matter of: the subject of the verb that
    charges ("prosecutors indicted X for war crimes") or opens the proceeding ("the court opened a
    case against X", "an investigation into war crimes by X"), and the accused its object, passive
    subject or "against"/"by"/"for" phrase names."""

    def _against(head: Token | None) -> Token | None:
        for c in head.children if head is not None else ():
            if c.dep_ in ("prep", "agent") and c.lower_ in ("against", "by", "for"):
                for o in c.children:
                    inside = charge.start <= o.i < charge.end
                    if o.dep_ == "pobj" and not inside and o.lower_ not in W.PROCEEDING_NOUNS:
                        return o
        return None

    def _noun(verb: Token) -> Token | None:
        return next(
            (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in W.PROCEEDING_NOUNS),
            None,
        )

    accused: Token | None = None
    node = charge.root
    for _ in range(6):
        accused = accused or _against(node)
        verb = None
        if node.pos_ in ("VERB", "AUX") and node.lower_ in W.PROCEEDING_VERBS:
            verb = node  # "prosecutors indicted X for war crimes"
        elif node.pos_ in ("VERB", "AUX") and node.lower_ in W.OPENING_VERBS and _noun(node) is not None:
            verb = node  # "investigators launched a probe into war crimes by X"
        elif node.head.lower_ in W.CASE_VERBS and getattr(_noun(node.head), "i", -1) == node.i:
            verb = node.head  # "the court opened a case (on war crimes) against X"
        if verb is not None:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if subject is None and agent is not None:
                subject = next((o for o in agent.children if o.dep_ == "pobj"), None)
            noun = _noun(verb)
            accused = accused or _against(noun) or _against(verb)
            if accused is None:
                accused = next(
                    (
                        c
                        for c in verb.children
                        if c.dep_ in ("dobj", "nsubjpass") and (noun is None or c.i != noun.i)
                    ),
                    None,
                )
            if subject is None or subject.pos_ == "PRON" or (accused is not None and accused.pos_ == "PRON"):
                return None
            court = next(
                (
                    e
                    for e in subject.doc.ents
                    if e.label_ == "ORG"
                    and W.COURT.search(e.text)
                    and subject.left_edge.i <= e.start <= subject.right_edge.i
                ),
                None,
            )  # "judges at the International Criminal Court": the court
            name = (
                court.text.removeprefix("the ").strip()
                if court is not None
                else index.speakers.name_of(subject)
            )
            if name is None:
                return None
            return name, index.speakers.name_of(accused) if accused is not None else None
        if node.head.i == node.i or node.dep_ in ("ccomp", "advcl", "relcl", "conj"):
            return None
        node = node.head
    return None


def _court(sent: SpacySpan) -> str | None:
    """The court or prosecutor that charges, in a sentence about charges or a trial, or, for such
    a sentence that names none ("The warrant accuses X of ..."), in the sentence right before it
    when that is about the charges too."""
    if not W.LEGAL.search(sent.text):
        return None
    before = _sentence_before(sent, across=True)
    for s in (sent, before) if before is not None and W.LEGAL.search(before.text) else (sent,):
        for ent in s.ents:
            if ent.label_ == "ORG" and W.COURT.search(ent.text):
                return ent.text.removeprefix("the ").strip()
    return None


def _sentence_before(sent: SpacySpan, across: bool = False) -> SpacySpan | None:
    """The sentence before ``sent`` in its paragraph (or, ``across``, the one before it)."""
    doc = sent.doc
    k = sent.start - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    if k < 0 or (not across and "\n" in doc.text[doc[k].idx : sent.start_char]):
        return None
    return doc[k].sent


def _own_inquiry(cue: Token) -> bool:
    """The charge is the finding of the outlet's own inquiry ("A review by this newspaper of 40
    videos shows that the crews deliberately targeted civilians"): the report's own charge."""
    node = cue
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX"):
            for c in node.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    words = c.doc[c.left_edge.i : c.right_edge.i + 1].text
                    if W.OWN_INQUIRY.search(words):
                        return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _accused(
    index: QuoteIndex, sent: SpacySpan, cue: Token, verb: Token | None, accuser: str
) -> tuple[str | None, bool]:
    """The accused, as the actor it names, and whether it is only guessed (the first other party
    named near the charge) rather than read from the grammar."""
    sp = index.speakers
    if verb is not None:
        low = verb.lower_
        if low in W.ACCUSE:  # "X accused Y of ..."
            for c in verb.children:
                if c.dep_ == "dobj":
                    return resolve(sp.text, _without_charge(sp.text, sp.name_of(c), c, cue), c), False
        if _charged(verb):  # "Y has been accused of ...", "Y, accused of ..."
            accused = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if accused is None and verb.dep_ == "acl":
                accused = verb.head
            if accused is not None and sp.is_party(accused):
                return resolve(sp.text, sp.name_of(accused), accused), False
        if low in W.BLAME:  # "X blamed the attack on Y" / "X blamed Y for ..."
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ == "on":
                    for o in c.children:
                        if o.dep_ == "pobj":
                            return resolve(sp.text, sp.name_of(o), o), False
                if c.dep_ == "dobj" and sp.entity(c) is not None:
                    return resolve(sp.text, sp.name_of(c), c), False
    # the attack's actor: "Russia deliberately struck ...", "... by Russian forces", on the charge's line
    node = cue
    for _ in range(6):
        for c in node.children:
            if not sp.same_paragraph(c.i, cue.i):
                continue
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and node.lower_ in W.ATTACKS):
                for o in c.children:  # "shelled by X", "indiscriminate attacks by X"
                    if o.dep_ == "pobj":
                        return resolve(sp.text, _before_preps(sp.name_of(o), o), o), False
            if c.dep_ in ("nsubj",) and c.pos_ in ("PROPN", "NOUN") and c.i != cue.i:
                ent = sp.entity(c)
                if ent is not None and not _may_be_party(ent):
                    continue  # "the town has become a symbol of genocide": a place is no accused
                name = sp.name_of(c)
                if name and name.lower() != accuser.lower() and sp.is_party(c):
                    return resolve(sp.text, name, c), False
        if node.head.i == node.i or (verb is not None and node.head.i == verb.i):
            break
        if not sp.same_paragraph(node.head.i, cue.i):
            break
        node = node.head
    acc = accuser.lower()
    lo, hi = _clause(index, sent, cue, verb)
    lo, hi = line_of(sp.text, max(lo, sent.start_char), min(hi, sent.end_char), cue.idx)
    for ent in sent.ents:
        if ent.label_ in W.PARTY_LABELS and ent.label_ != "PERSON" and lo <= ent.start_char < hi:
            if not _may_be_party(ent):
                continue
            name = sp.expand(ent.text.removeprefix("the ").strip())
            low = name.lower()
            if low not in acc and acc not in low:
                return resolve(sp.text, name, ent.root), True
    return None, False


def _may_be_party(ent: SpacySpan) -> bool:
    """A named party, not a place ("in the town of X"), a dateline ("THE HAGUE") or the agency
    that reports ("(AP)")."""
    if ent.text.isupper() and " " in ent.text.strip() or ent.text.strip("() ") in W.NEWS_AGENCIES:
        return False
    if ent.label_ != "GPE":
        return True
    if state_of(ent.text.removeprefix("the ").strip()) is None:
        return False  # a town or province is where it happened, not who did it
    root = ent.root
    return not (root.dep_ == "pobj" and root.head.lower_ in W.PLACE_PREPS)


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


def _passive(verb: Token) -> bool:
    """A speech verb in the passive ("was condemned by X as ...")."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _nominal_source(index: QuoteIndex, token: Token) -> Source | None:
    """The charge stands under a noun of accusation with its author named by a possessive or a
    "by" phrase ("X's accusation of war crimes", "the finding by X that ... genocide"): X makes
    it, whoever the sentence's verb belongs to ("Y rejected X's accusation of war crimes")."""
    sp = index.speakers
    node = token
    for _ in range(6):
        if node.head.i == node.i:
            return None
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "acl":
            return None  # the charge's own clause: no noun carries it
        node = node.head
        if node.lower_ in W.ALLEGATION_NOUNS and node.pos_ == "NOUN":
            for c in node.children:
                who = c if c.dep_ == "poss" else None
                if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                    who = next((o for o in c.children if o.dep_ == "pobj"), None)
                if who is not None and sp.is_party(who) and who.lower_ not in W.QUESTION_SUBJECTS:
                    name = sp.name_of(who)
                    if name:
                        return Source(name, node, who, False)
            return None
    return None


def _claim_refused(noun: Token | None) -> bool:
    """The charge stands in a claim that a party rejects ("dismissed the claims of indiscriminate
    shelling"): the rejecter alleges nothing."""
    if noun is None or noun.pos_ != "NOUN":
        return False
    node = noun
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ in REFUSALS:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def _institution(span: SpacySpan) -> bool:
    """The charge only names an institution or its people ("the war crimes tribunal", "a
    genocide memorial", "war crimes prosecutors"), no act anybody is charged with."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head.i != root.head.i:
        root = root.head  # "the special rapporteur on extrajudicial executions": a mandate's name
        return root.head.lower_ in W.INSTITUTIONS
    return root.dep_ in ("compound", "amod", "nmod") and root.head.lower_ in W.INSTITUTIONS


def _negated(cue: Token, span: SpacySpan) -> bool:
    """The charge itself is negated ("had not targeted civilians", "was not a war crime", "no
    evidence of war crimes"). Only the charge's own word, its verb or the noun it is "of" count:
    a negation further up ("nothing can ever be a justification for attacks on civilians")
    denounces the charge rather than denying it, and a contrast ("not an accident but a
    deliberate attack") keeps it."""

    def no(t: Token) -> bool:  # a negation outside the charge's words ("was no accident" is one)
        return any(
            (c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")) and not span.start <= c.i < span.end
            for c in t.children
        )

    if no(cue):
        return True
    head = cue.head
    if head.i == cue.i or cue.dep_ == "conj":
        return False
    if head.pos_ in ("VERB", "AUX"):
        return no(head)
    return head.lower_ == "of" and head.head.i != head.i and no(head.head)


def _without_charge(text: str, name: str | None, accused: Token, cue: Token) -> str | None:
    """The accused's name without the charge the parse hung on it ("the police of serious
    abuses" → "the police")."""
    if not name:
        return name
    for c in accused.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.left_edge.i <= cue.i <= c.right_edge.i:
            cut = name.find(" " + c.text + " ")
            if cut > 0:
                return name[:cut].strip()
    return name


def _pronoun_owner(index: QuoteIndex, pronoun: Token, verb: Token) -> str | None:
    """A pronoun speaker the resolver left unnamed, bound to the named subject of a clause its
    verb hangs from in the same sentence ("X urged an inquiry into the strike, which it said ...",
    "X demanded justice for what it called war crimes"), else, for "it", to the proper-name
    subject of the sentence before in the paragraph ("X published a report. It said ...")."""
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in ("it", "they", "he", "she"):
        return None
    sp = index.speakers
    node = verb
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        for c in node.children:
            if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") and sp.is_party(c):
                return sp.name_of(c)
    if pronoun.lower_ != "it" or pronoun.i != pronoun.sent.start:
        return None
    before = pronoun.sent.start - 1
    if before < 0 or not sp.same_paragraph(before, pronoun.i):
        return None
    root = pronoun.doc[before].sent.root
    for c in root.children:
        if c.dep_ != "nsubj" or c.pos_ != "PROPN":
            continue
        ent = sp.entity(c)
        if ent is None or ent.label_ != "PERSON":
            return sp.name_of(c) or sp.phrase(c)
    return None


def _relative(pronoun: Token) -> bool:
    """A wh-word that opens a relative clause right after its noun ("the strike, which it said
    ..."), not a question ("asked who ..."), however the parse attached its clause."""
    if pronoun.i == 0:
        return False
    before = pronoun.doc[pronoun.i - 1]
    return before.text == "," or before.pos_ in ("NOUN", "PROPN")


def _co_accusers(index: QuoteIndex, subject: Token | None) -> list[str]:
    """The other parties of a joined subject ("X and its Western allies accused ..."): each makes
    the charge too."""
    if subject is None:
        return []
    sp = index.speakers
    out = []
    for c in subject.children:
        if c.dep_ == "conj" and (sp.is_party(c) or any(k.dep_ == "poss" for k in c.children)):
            name = sp.name_of(c) if sp.is_party(c) else sp.phrase(c)  # "its allies" are not "it"
            if name:
                out.append(name)
    return out


def _named_after_by_kind(index: QuoteIndex, sent: SpacySpan, subject: Token | None) -> list[str]:
    """The bodies a plural subject of a kind ("three aid organisations", "rights groups") stands
    for, where one of the two sentences after it has them speak together by name ("In a joint
    statement, X, Y and Z said ..."): each of them."""
    if subject is None or subject.tag_ != "NNS" or any(t.pos_ == "PROPN" for t in subject.subtree):
        return []
    sp = index.speakers
    doc = sent.doc
    after = sent.end
    for _ in range(2):
        if after >= len(doc):
            break
        nxt = doc[after].sent
        for t in nxt:
            if t.lower_ not in SPEECH_VERBS or t.pos_ != "VERB":
                continue
            for c in t.children:
                group = _listed(c) if c.dep_ == "nsubj" else []
                if len(group) >= 2 and all(g.text[:1].isupper() and sp.is_party(g) for g in group):
                    return [n for n in (sp.name_of(g) for g in group) if n]
        after = nxt.end
    return []


def _listed(head: Token) -> list[Token]:
    """The members of a list a subject opens ("X, Y and Z"), with a list the parse hung on it as
    an apposition ("X, the Y and Z")."""
    group = {head.i: head, **{c.i: c for c in head.conjuncts}}
    for a in head.children:
        if a.dep_ == "appos" and a.conjuncts:
            group.update({k.i: k for k in (a, *a.conjuncts)})
    return [group[i] for i in sorted(group)]


def _aimed(span: SpacySpan) -> bool:
    """The charge's words say where something was aimed ("targeted a funeral hall")."""
    return any(t.lower_.startswith(("target", "aim", "direct")) for t in span)


def _before_preps(name: str | None, token: Token) -> str | None:
    """A party's name without the phrases after it ("armed groups against displaced people" →
    "armed groups")."""
    if not name:
        return name
    for c in token.rights:
        if c.dep_ == "prep":
            cut = name.find(" " + c.text + " ")
            if cut > 0:
                return name[:cut].strip()
    return name


def _continued(index: QuoteIndex, sent: SpacySpan) -> str | None:
    """The speaker of the sentence before, when a charge sentence that names no speaker says what
    should or may be ("... killing 11 civilians, X said today. The attack should be investigated as
    a war crime."): in the same paragraph, right after a sentence whose main verb is X's speech
    verb, such a verdict goes on with X's words, not the report's narration."""
    if sent.start == 0 or not any(t.lower_ in W.MODALS and t.dep_ == "aux" for t in sent):
        return None
    before = _sentence_before(sent)
    if before is None:
        return None  # a new paragraph
    root = before.root
    if root.lower_ not in SPEECH_VERBS:
        return None
    sp = index.speakers
    subject = next((s for s in sp.subjects_of(root) if sp.is_party(s)), None)
    if subject is None or subject.lower_ in ("it", "they", "he", "she", "we", "i"):
        return None
    return sp.name_of(subject)


def _title_word(org: str) -> bool:
    """The first word of a title of office ("Prime" of "Prime Minister X"), which the tagger took
    for an organisation."""
    return org.strip().lower() in W.TITLE_OPENERS


def _spokes(t: Token) -> bool:
    return t.lower_.startswith("spokes")  # spokesman, spokeswoman, spokesperson


def _characterised(wh: Token) -> bool:
    """ "what it says are war crimes", "what officials called a massacre": a speaker's own words
    for a thing (a free relative whose own subject speaks), not a question ("who committed ...")."""
    for t in wh.doc[wh.i + 2 : min(wh.i + 6, len(wh.doc))]:
        if t.lower_ in SPEECH_VERBS and any(c.dep_ == "nsubj" and wh.i < c.i < t.i for c in t.children):
            return True
    return False
