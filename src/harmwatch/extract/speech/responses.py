"""Responses of parties: denials, acknowledgements, inquiries, justifications, regret, no comment.

Each sentence is searched once for the words of a stance (:data:`~harmwatch.extract.speech.stance_words.STANCES`).
The party is the subject of the verb those words belong to ("the ministry rejected the
allegations"), the one a pronoun stands for ("the army said it was investigating" → the army),
the speaker of the quotation they stand in, or the organisation a noun names ("no comment from the
coalition"). Words that judge a claim ("fake information") or say whom a strike targeted are the
speaker's stance, whoever the clause's subject is; a text ("the report") takes no stance; words
that only look like a stance ("rejected the proposal", "make no mistake", "the Criminal
Investigation Department") take none.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Token

from harmwatch.extract.actors.accused import actor_of
from harmwatch.extract.actors.perpetrator import find_perpetrator
from harmwatch.extract.context import DocContext, once_per_context
from harmwatch.extract.figures.numbers import number_value
from harmwatch.extract.speech import stance_words as W
from harmwatch.extract.speech.fuller_names import INSTITUTIONS, fuller
from harmwatch.extract.speech.lemma_classes import SAID
from harmwatch.extract.speech.quotes import QuoteIndex, line_of, quote_index
from harmwatch.extract.speech.speaker_words import (
    ORG_NOUN_KIN,
    PERSON_NOUNS,
    RELATIVE_PRONOUNS,
    SPEECH_VERBS,
    VOICE_NOUNS,
    initials,
)
from harmwatch.extract.speech.speakers import Speakers
from harmwatch.extract.speech.stance_words import STANCES
from harmwatch.records import Response, Span


@once_per_context
def find_responses(ctx: DocContext) -> tuple[Response, ...]:
    index = quote_index(ctx)
    doc = ctx.doc
    out: list[Response] = []
    seen: set[tuple[str, str, int]] = set()
    done: set[tuple[int, str]] = set()  # (clause, stance) already answered
    implied: list[Response] = []  # admissions read only from whom a justification says was struck
    spoken_for: dict[str, set[str]] = {}  # a named spokesperson -> the bodies they speak for
    for sent, label, m in index.cues(W.unquoted(ctx.text), STANCES):
        stance, said = label.removesuffix(SAID), label.endswith(SAID)
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        cue = next((t for t in span if t.pos_ in ("VERB", "NOUN", "PROPN")), span[0])
        if (_clause_of(cue), stance) in done:
            continue  # one response per stance and clause; several stances may share one
        if stance == "investigate" and _asked_of_others(cue):
            continue  # "demanding a full investigation": a call, not the party's inquiry
        deps = {c.dep_ for c in cue.children}
        if cue.lower_ in W.REFUSING and "auxpass" in deps and "agent" not in deps:
            continue  # "workers had been dismissed": done to the subject, not its denial
        if _not_a_stance(cue, stance):
            continue
        if stance in ("deny", "acknowledge") and any(
            a.start() <= m.start() - sent.start_char < a.end() for a in W.NON_ANSWERS.finditer(sent.text)
        ):
            continue  # "neither confirmed nor denied": a refusal to comment
        if stance == "shift" and _possessed_subject(cue):
            continue  # "X's opposition blamed ...": the opposition, not X
        if said and stance == "acknowledge" and index.speaker_at(cue.idx)[0] and W.OTHERS.match(m.group()):
            continue  # a quotation's "they killed ...": the speaker tells of others' acts
        taken = stance
        if stance == "acknowledge" and any(c.lower_ in W.NEGATIONS for c in cue.children):
            taken = "deny"  # "has never admitted"
        # a party that says whom its strike targeted admits the strike
        owned = stance == "justify" and W.OWNS_STRIKE.search(m.group()) is not None
        # a party that apologises for a strike ("regretted the strike", "apologised for a shell
        # that hit the market") admits it
        owned = owned or (stance == "regret" and _regrets_a_strike(cue))
        if said:
            # words that are a stance only as a party's account ("the army said the dead were
            # fighters"), never in the report's narration ("gunmen attacked in retaliation")
            # the party whose act the words account for ("X said the coalition had targeted
            # fighters": the coalition), else the speaker's ("X said it struck the site because
            # Y's men were using it as a base": X, not Y)
            parties = _judges(index, cue)
            if parties and (index.speaker_at(cue.idx)[0] or _ACTS.match(m.group())):
                # "its forces struck ...": forces the text does not name are the speaker's
                subject = _act_subject(index, cue)
                if (
                    subject is None
                    or not any(c.dep_ == "poss" and c.lower_ in W.OWN_POSSESSIVES for c in subject.children)
                ) and not (
                    _bare_forces(subject)
                    and any(w.lower() in INSTITUTIONS for p in parties for w in p.split())
                ):  # "X said its fighter jets struck ...", "the army said troops had killed ...":
                    # X's jets, the army's troops (not a witness's: they are no body with troops)
                    speaker_parties = parties
                    parties = _parties(index, cue) or parties
                    if (
                        subject is not None
                        and subject.lower_ in INSTITUTIONS
                        and not any(t.pos_ == "PROPN" for t in subject.subtree)
                    ):  # "the ministry said the army had neutralised ...": the body that speaks
                        # for the army gives the account too
                        parties += [
                            p
                            for p in speaker_parties
                            if p not in parties and any(w.lower() in INSTITUTIONS for w in p.split())
                        ]
        else:
            parties = _parties(index, cue)
        if stance == "no_comment":
            parties = _asked(index, cue) or parties
        parties = [_cut_at(p, m.group()) for p in parties]
        if stance == "justify":  # "the dead were X fighters": X's men are named, X takes no stance
            named = _fighters_of(span)
            parties = [p for p in parties if p and p.lower() not in named]
        # monitors document an incident: their inquiries and accounts of strikes answer for none
        parties = [
            p
            for p in parties
            if p
            and not (
                stance in W.MONITORED
                and W.MONITORS.search(p)
                and not (stance == "investigate" and W.RIGHTS_INSTITUTIONS.search(p))
            )
        ]
        if not parties:
            continue
        titles = _spokesperson_titles(index.speakers, parties[0]) if len(parties) > 1 else []
        spoken_for.setdefault(parties[0].lower(), set()).update(
            p.lower() for p in parties[1:] if any(p.lower() in t for t in titles)
        )
        s, e = line_of(ctx.text, sent.start_char, sent.end_char, span.start_char)
        for party in parties:
            # the admission a justification or an apology implies holds only from the party the
            # report holds responsible, where it names one (``_shifted``)
            for what in (taken, "implied") if owned else (taken,):
                # one per party, stance and line: a later line's may stand where the filters below
                # drop the first (a headline's label taken for the party); ``_one_name`` keeps one
                key = (party.lower(), what, s)
                if key not in seen:
                    seen.add(key)
                    out.append(Response(party, what, ctx.text[s:e], Span(s, e)))
                    if what == "implied":
                        implied.append(out[-1])
        if stance not in _OWNED:  # "X blamed Y, while Z blamed W": each laid blame is weighed
            done.add((_clause_of(cue), stance))  # one response per stance and clause
    out = [r for r in out if not any(r is i for i in implied) or not _denied_nearby(ctx.text, r, out)]
    out = _for_their_body(out, spoken_for)
    out = _shifted(ctx, out)
    out = [Response(fuller(ctx.text, _author(r.party)), r.stance, r.text, r.span) for r in out]
    if any(_ARMED_DESCRIPTOR.fullmatch(r.party or "") for r in out):
        # "the Islamist group said ...": the non-state perpetrator the report names
        perp = find_perpetrator(ctx)
        group = perp.name if perp.name.lower() in ctx.text.lower() else perp.text
        if perp.kind == "non_state" and perp.name != "unknown" and group:
            out = [
                Response(group, r.stance, r.text, r.span) if _ARMED_DESCRIPTOR.fullmatch(r.party or "") else r
                for r in out
            ]
    out = [r for r in (_past_title(doc, ctx.text, r) for r in out) if r.party]
    capitals = {e.text for e in doc.ents if e.label_ == "GPE" and " " not in e.text}
    out = [Response(_state_of_capital(r.party, capitals), r.stance, r.text, r.span) for r in out]
    outlets = _outlets(doc)
    out = [r for r in out if (r.party or "") not in outlets]  # the wire or outlet that reports it
    lines = datelines(ctx.text)
    out = [Response(unlabelled(ctx.text, r.party, r.span, lines), r.stance, r.text, r.span) for r in out]
    out = [r for r in out if r.party]
    perp = find_perpetrator(ctx)
    found = W.condolences(out, f"{perp.name} {perp.text}")
    return _fullest(_one_name(_described_named(tuple(_known_as(ctx.text, r) for r in found))))


# a party given only by its kind ("a militia", "the armed group"), or by its kind and where it
# is ("a militia in Norvale province"): the kind is the last word before any place
_KIND_ONLY = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?P<kind>(?-i:[a-z])[\w-]*)"
    r"(?:\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?",
    re.I,
)


def _described_named(found: tuple[Response, ...]) -> tuple[Response, ...]:
    """A party given only by its kind ("a militia") is the one party of that kind the report
    names with a proper word ("the Kestrel militia") among the responses: one body, named so."""
    names = {  # the bodies, not their spokesmen ("a spokesman for the X militia")
        r.party
        for r in found
        if r.party and not _KIND_ONLY.fullmatch(r.party) and not W.SPOKES & set(r.party.lower().split())
    }
    out = []
    for r in found:
        m = _KIND_ONLY.fullmatch(r.party or "")
        if m and len(m.group(0).split()) > 1:
            kind = m.group("kind").lower()
            named = {n for n in names if n.split()[-1].lower() == kind}
            if len(named) == 1:
                r = Response(named.pop(), r.stance, r.text, r.span)
        out.append(r)
    return tuple(out)


def _act_subject(index: QuoteIndex, cue: Token) -> Token | None:
    """The subject of the clause a said stance stands in ("its jets" of "... said its jets struck")."""
    verb = cue
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = index.speakers.subjects_of(verb)
    return subjects[0] if subjects else None


def _asked(index: QuoteIndex, cue: Token) -> list[str]:
    """The party a reporter asked for comment, when the silence is told from the asker's side:
    "the paper contacted X but had not received a reply", "questions sent to X went
    unanswered", "no response from X" (not "X did not respond to the paper's questions")."""
    sp = index.speakers
    asked, askers = _asked_in(sp, cue.sent)
    verb = cue
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [s for s in sp.subjects_of(verb) if asked is None or s.i != asked.i]
    subject = subjects[0] if subjects else None
    if asked is None and subject is not None and subject.lower_ in ("it", "they") and cue.sent.start > 0:
        # "We contacted X with our findings. It did not respond": the pronoun is the party asked
        before = sp.doc[cue.sent.start - 1].sent
        found, by = _asked_in(sp, before)
        if found is not None and by and sp.same_paragraph(found.i, cue.i):
            return _named(sp, found)
    if asked is None:
        return []
    if subject is not None and sp.is_party(subject):
        # the silent subject is the asked party itself, unless it is the asker ("the paper
        # contacted X but had not received a reply"; "X asked Y; it did not reply" stays Y's)
        name = sp.name_of(subject)
        asker_names = {sp.name_of(sp.doc[i]) for i in askers}
        if not (subject.i in askers or subject.lower_ in W.REPORTERS or (name and name in asker_names)):
            return []
    return _named(sp, asked)


def _asked_in(sp: Speakers, sent) -> tuple[Token | None, set[int]]:
    """The party a sentence says a reporter asked ("contacted X", "questions sent to X", "no
    response from X"), and the indices of the askers."""
    asked: Token | None = None
    askers: set[int] = set()
    for t in sent:
        lemma = t.lower_
        targets: list[Token] = []
        if t.pos_ == "VERB" and lemma in W.CONTACT_VERBS:
            askers.update(s.i for s in t.children if s.dep_ == "nsubj")
            targets = [c for c in t.children if c.dep_ == "dobj"]
        if t.pos_ in ("VERB", "NOUN") and lemma in W.CONTACT_VERBS | W.REQUEST_NOUNS:
            for c in t.children:  # "questions sent to X", "calls to X", "messages left with X"
                if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with"):
                    targets += [o for o in c.children if o.dep_ == "pobj"]
                if c.dep_ == "prt" and c.lower_ == "out":  # "reached out to X"
                    for p in c.head.children:
                        if p.dep_ == "prep" and p.lower_ == "to":
                            targets += [o for o in p.children if o.dep_ == "pobj"]
        replied = t.pos_ == "NOUN" and lemma in W.REPLY_NOUNS
        for c in t.children if replied else ():  # "(received) no response from X"
            if c.dep_ == "prep" and c.lower_ == "from":
                targets += [o for o in c.children if o.dep_ == "pobj"]
        for o in targets:
            if (
                asked is None
                and sp.is_party(o)
                and o.lower_ not in W.PRONOUNS
                and o.lower_ not in W.REPORTERS
            ):
                asked = o
                if replied:  # whoever awaits X's reply asked for it
                    askers.update(s.i for s in t.head.children if s.dep_ == "nsubj")
    return asked, askers


def _outlets(doc) -> frozenset[str]:
    """The news outlets of a report: the wire agencies, the names someone "told" ("told the
    Daily Courier", "told Orlen TV") and a name coordinated with an agency ("X and Reuters
    reported"): they report responses, they give none."""
    found = set(W.NEWS_AGENCIES)
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "PERSON", "GPE", "WORK_OF_ART", "NORP"):
            continue
        before = doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.lower_ == "the" and ent.start > 1:
            before = doc[ent.start - 2]
        if before is not None and before.lower_ in W.TELLING:
            found.add(ent.text.removeprefix("the ").removeprefix("The "))
    for t in doc:
        if t.text not in W.NEWS_AGENCIES:
            continue
        linked = [c for c in t.children if c.dep_ == "conj"] + ([t.head] if t.dep_ == "conj" else [])
        for o in linked:
            if o.pos_ == "PROPN":
                words = [c for c in o.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                found.add(doc[(words[0].i if words else o.i) : o.i + 1].text)
    return frozenset(found)


def _state_of_capital(party: str | None, capitals: set[str]) -> str | None:
    """ "Moscow has denied ...": a capital named for its state's government is that state."""
    if not party or party not in capitals or party.isupper() or "." in party:  # not "US", "U.K."
        return party
    state = actor_of(party)
    return state if state and state != party else party


def _denied_nearby(text: str, implied: Response, found: list[Response]) -> bool:
    """ "X denied striking the market. It said it had hit fighters elsewhere": the strike X's
    justification names is not the one it answers for, so it admits nothing; a denial by the same
    party in the same paragraph withdraws an admission read only from that justification."""
    for r in found:
        a, b = (r.party or "").lower(), (implied.party or "").lower()
        if r.stance != "deny" or not a or not b or not (a == b or a.endswith(" " + b) or b.endswith(" " + a)):
            continue
        first, second = sorted((r.span, implied.span), key=lambda sp: sp.start)
        if "\n" not in text[first.start : second.start].strip():
            return True
    return False


_DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+)*)(?:,[ \t]+[A-Z][\w .]*?)?"
    r"(?:[ \t]*\([A-Z][\w .]{1,30}\))?[ \t]*(?:—|–|-[ \t])"
)
# a descriptor of a body written right before its name ("the human rights group Karapatan")
_DESCRIPTOR_END = re.compile(
    r"\b(?:group|organi[sz]ation|agency|movement|militia|network|monitor|charity|watchdog|body)$", re.I
)
_NAME_AFTER = re.compile(r"[ \t]+((?:[A-Z][\w'’-]*)(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’-]*){0,4})")


# an armed group given only by its kind ("the Islamist group", "the Iran-backed militia")
_ARMED_DESCRIPTOR = re.compile(
    r"(?:the\s+|an?\s+)?(?:(?:militant|islamist|jihadist|armed|rebel|insurgent|extremist|separatist|paramilitary"
    r"|[\w’']+-(?:backed|linked|aligned|allied|affiliated))\s+)?(?:group|movement|militia|faction|organi[sz]ation)",
    re.I,
)


def datelines(text: str) -> frozenset[str]:
    """The place names a report's lines open with in capitals before a dash or an agency's
    parenthesis ("BACOLOD CITY —", "GOMA (Reuters) -"): a dateline, never a party."""
    return frozenset(m.group(1) for m in _DATELINE.finditer(text))


# a party the parser ran into the label a headline or line opens with ("Haiti: gang leader
# denies ...", "MANILA - Philippine police insisted ..."): the label is a place or a topic
_LABEL = re.compile(r"^(?P<label>[^:\n]{1,40}?)\s*(?::|—|–|\s-)\s+(?P<rest>\S.*)$")


def unlabelled(text: str, party: str | None, span: Span, lines: frozenset[str]) -> str | None:
    """A party without the headline label or dateline it was read with: "DR Congo: militia" →
    "militia", "MANILA - Philippine police" → "Philippine police", "LIMA, Aug 14 - Relatives" →
    "Relatives"; a label alone ("Haiti", read from "Haiti: gang leader denies ...") is no party."""
    party = party or ""
    m = _LABEL.match(party)
    if m and (":" in party or m.group("label") in lines or _dateline_ends(text, m.group("label"))):
        return m.group("rest")
    line = text[span.start : span.end]
    if party and re.match(re.escape(party) + r"\s*:\s", line):
        return None
    return party or None


def _dateline_ends(text: str, label: str) -> bool:
    """The label is the last words of a dateline ("14" of "LIMA, Aug 14 -")."""
    return any(
        re.search(r"\b" + re.escape(label) + r"$", m.group(0).rstrip("—–- \t"))
        for m in _DATELINE.finditer(text)
    )


def named_after(text: str, name: str | None, span: Span) -> str | None:
    """A party given by a descriptor of its kind followed by its name ("the human rights group
    Karapatan", "the rebel movement Zarvian Front") as that name; else ``name``."""
    if not name or not name[:1].islower() or not _DESCRIPTOR_END.search(name):
        return name
    at = text.find(name, span.start, span.end)
    if at < 0:
        return name
    m = _NAME_AFTER.match(text, at + len(name))
    return m.group(1) if m else name


def _past_title(doc, text: str, r: Response) -> Response:
    """A party named by a title alone: a rank or courtesy title the parser took for the name
    ("Col." of "Col. Jane Roe") is the person named right after it, else no party; a portfolio
    the tagger took for a body ("Interior" of "Interior Minister Jane Roe") is its ministry.
    (``text`` is ``doc.text``, which spaCy rebuilds on each access.)"""
    party = (r.party or "").strip()
    if not party:
        return r
    at = text.find(party, r.span.start, r.span.end)
    if party.lower().rstrip(".") in W.TITLE_WORDS:
        after = at + len(party) if at >= 0 else -1
        for ent in doc.ents if after >= 0 else ():
            if ent.label_ == "PERSON" and 0 <= ent.start_char - after <= 2 and ent.text != party:
                return Response(ent.text, r.stance, r.text, r.span)
        return Response(None, r.stance, r.text, r.span)
    if at >= 0 and re.match(r"\s+Minister\b", text[at + len(party) : at + len(party) + 10]):
        return Response(ministry_of(party), r.stance, r.text, r.span)
    return r


def ministry_of(portfolio: str) -> str | None:
    """The body of a minister's portfolio the tagger took for an organisation ("Interior" of
    "Interior Minister X" → "Interior Ministry"); none for a rank ("Prime", "Deputy")."""
    if " " in portfolio or not portfolio[:1].isupper() or portfolio.isupper():
        return portfolio
    return None if portfolio.lower() in W.RANKS else f"{portfolio} Ministry"


def _author(party: str | None) -> str | None:
    """ "a statement by the Zarvian army" → "Zarvian army": a text's author is the party."""
    m = W.BY_AUTHOR.match(party or "")
    return party[m.end() :] if m and party and party[m.end() :] else party


def _possessed_subject(cue: Token) -> bool:
    """A subject that is someone's part ("the country's opposition"), not the body itself."""
    return any(
        s.dep_ == "nsubj"
        and s.pos_ == "NOUN"
        and s.lower_ not in INSTITUTIONS
        and any(c.dep_ == "poss" for c in s.children)
        for s in cue.children
    )


# stances that hold only for the party the report holds responsible, and what they then are;
# an admission a justification or an apology implies ("implied") holds also where the report
# names no one responsible
_OWNED = {"shift": "deny", "owned": "acknowledge", "implied": "acknowledge"}


def _shifted(ctx: DocContext, found: list[Response]) -> list[Response]:
    """Blame laid elsewhere ("blamed a misfired rocket", "said the blast was caused by ...") is a
    denial only from the party the report holds responsible; anyone else's is an accusation.
    Likewise an account of the act or its harm ("said troops had opened fire", "said two
    civilians were killed") admits it only from that party; anyone else's is a report of it; and
    so does the admission a justification or an apology implies ("said its jets struck a rebel
    base"), which also holds where the report names no one else responsible."""
    if not any(r.stance in _OWNED for r in found):
        return found
    perp = find_perpetrator(ctx)
    # a report that names no one responsible, or only by a word for armed men ("soldiers",
    # "militants"), holds no other party responsible than the one that admits the act
    unnamed = perp.name == "unknown" or perp.name.lower() in W.ARMED
    out = []
    for r in found:
        if r.stance in _OWNED:
            name = (r.party or "").lower()
            if not name or (perp.name == "unknown" and r.stance != "implied"):
                continue
            if (
                not (unnamed and r.stance == "implied")
                and actor_of(r.party or "") != perp.name
                and perp.name.lower() not in name
                # "Police in X said officers shot ..." where the report blames "X police": one
                # armed body by the word they share (as for condolences); an account of the act
                # only, never blame laid elsewhere
                and not (
                    r.stance in ("owned", "implied")
                    and W.ARMED_BODIES & set(name.split()) & set(perp.text.lower().split())
                )
            ):
                continue
            taken = _OWNED[r.stance]
            if any(o.stance == taken and o.party == r.party for o in found):
                continue
            r = Response(r.party, taken, r.text, r.span)
        out.append(r)
    return out


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")


def _known_as(text: str, r: Response) -> Response:
    """A party named in full whose initials the text also uses alone ("Zarvian Defence Forces" and,
    elsewhere, "ZDF") goes by both: "Zarvian Defence Forces (ZDF)"."""
    name = r.party or ""
    if " " not in name or "(" in name:
        return r
    short = initials(name)
    if len(short) < 2 or short in name.split() or short not in set(_ACRONYM.findall(text)):
        return r
    return Response(f"{name} ({short})", r.stance, r.text, r.span)


# a frame that opens on the act itself ("targeted militants", "struck fighters")
_ACTS = re.compile(r"(?:target|struck|hit|kill|destroy|neutrali|eliminat|liquidat)", re.I)


def _one_name(found: tuple[Response, ...]) -> tuple[Response, ...]:
    """One body under one name: a description whose proper word only qualifies it ("the
    Zarvian-backed alliance") is the name where that word stands alone ("the Zarvian coalition"),
    given with another stance, when both end on nouns of one kind (``org_noun_kin``)."""
    names = sorted({r.party for r in found if r.party}, key=len, reverse=True)

    def named(party: str | None) -> str | None:
        words = (party or "").split()
        if len(words) < 2 or words[-1].lower() not in ORG_NOUN_KIN:
            return party
        qualifying = set(_HYPHENED.findall(party or "")) - set(_FREE.findall(party or ""))
        kin = {k.lower() for k in ORG_NOUN_KIN[words[-1].lower()]} - {words[-1].lower()}
        for other in names:
            if other.split()[-1].lower() in kin and qualifying & set(_FREE.findall(other)):
                return other
        return party

    out: list[Response] = []
    for r in found:
        r = Response(named(r.party), r.stance, r.text, r.span)
        if not any((o.party or "").lower() == (r.party or "").lower() and o.stance == r.stance for o in out):
            out.append(r)
    return tuple(out)


# a proper word glued to a participle ("Zarvian-backed", "Zarvian-led") and one standing alone
_HYPHENED = re.compile(r"\b([A-Z][\w'’.]*)-[a-z]+\b")
_FREE = re.compile(r"(?<![\w-])([A-Z][\w'’.]*)(?![\w-])")


def _fullest(found: tuple[Response, ...]) -> tuple[Response, ...]:
    """One entry per party and stance: "Defence Ministry" is the "Russian Defence Ministry"
    named elsewhere with the same stance, and gives way to it."""
    out: list[Response] = []
    for r in found:
        low = (r.party or "").lower()
        for k, o in enumerate(out):
            other = (o.party or "").lower()
            if o.stance != r.stance or not low or not other:
                continue
            if _role_of(other, low):  # "X spokesman" and X: the body answers, not its spokesman
                out[k] = r
                break
            if _role_of(low, other):
                break
            if other.endswith(" " + low) or other.startswith(low + " "):
                break  # a fuller name is listed
            if low.endswith(" " + other) or low.startswith(other + " "):
                out[k] = r
                break
        else:
            out.append(r)
    return tuple(out)


def _for_their_body(found: list[Response], spoken_for: dict[str, set[str]]) -> list[Response]:
    """A named spokesperson's stance is the body's they speak for: "army spokesman Jane Roe denied
    it" is the army's denial, one party; the spokesperson stays where that body takes no such
    stance in the report."""
    return [
        r
        for r in found
        if not any(
            o.stance == r.stance and (o.party or "").lower() in spoken_for.get((r.party or "").lower(), ())
            for o in found
        )
    ]


def _spokesperson_titles(sp: Speakers, name: str) -> list[str]:
    """The spokesperson's titles the text gives ``name``, a person's name, where it names them
    (:func:`_titles`): the body a spokesperson speaks for is the one such a title names."""
    if not name or W.SPOKES & set(name.lower().split()) or not name[:1].isupper():
        return []
    return [t.words for t in _titles(sp, name)]


def _role_of(longer: str, shorter: str) -> bool:
    """ "idf spokesman" is a role of "idf": the longer name is the shorter one with a spokesman's title."""
    if longer.startswith(shorter + " ") and all(w in W.SPOKES for w in longer[len(shorter) :].split()):
        return True
    # "a spokesperson for the zarvian army" and "zarvian army"
    words = longer[: -len(shorter)].split() if longer.endswith(" " + shorter) else []
    return len(words) >= 2 and words[-1] in ("for", "of", "the") and any(w in W.SPOKES for w in words)


def _not_a_stance(cue: Token, stance: str) -> bool:
    """Words of a stance that take none: "rejected the proposal", "make no mistake",
    "without acknowledging"."""
    if stance == "deny" and cue.pos_ == "VERB":
        for c in cue.children:
            if c.dep_ == "dobj" and c.lower_ in W.NOT_CHARGES:
                return True
            if c.dep_ == "dobj" and (
                c.ent_type_ == "PERSON" or c.lower_ in PERSON_NOUNS or _plural_of_person(c)
            ):
                return True  # "dismissed his defence minister": a person sacked, no claim denied
    if _about_no_incident(cue, stance):
        return True  # "denied reporters access", "an investigation into the crash"
    if cue.lower_ == "mistake" and any(c.dep_ == "det" and c.lower_ == "no" for c in cue.children):
        return True  # "make no mistake"
    if stance == "shift" and cue.dep_ == "dobj" and cue.head.lower_ in W.TAKING:
        return True  # "accepts blame": the fault taken on, an admission, not blame laid elsewhere
    if _heading(cue):
        return True  # "The investigation: ...": a section's heading, no party's act
    if stance == "acknowledge" and (_someone_elses(cue) or _a_fact(cue) or _denied(cue) or _inquired(cue)):
        return True
    if stance == "owned" and (_denied(cue) or _inquired(cue)):
        return True  # "denied that its aircraft had struck the market"
    if stance == "justify" and cue.pos_ == "VERB" and any(c.lower_ in W.NEGATIONS for c in cue.children):
        return True  # "does not justify": a verdict against the act, no party's justification
    if (
        (stance == "deny" and cue.lower_ in W.DENYING or stance == "investigate")
        and cue.pos_ == "VERB"
        and any(c.lower_ in W.NEGATIONS for c in cue.children)
    ):
        return True  # "did not deny that its soldiers were there", "has not investigated": no stance taken
    if stance != "no_comment" and _under_a_refusal(cue):
        return True  # "refused to confirm or deny the strike": a refusal to comment, neither stance
    if stance == "justify" and any(t.lower_ in W.PRETEXTS for t in cue.doc[max(0, cue.i - 5) : cue.i]):
        return True  # "under the guise of self-defence": the speaker rejects the justification
    if stance == "investigate" and any(c.dep_ == "mark" and c.lower_ == "whether" for c in cue.children):
        return True  # "did not say whether the army would investigate": an inquiry in question
    if stance == "investigate" and cue.ent_type_ in ("ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT"):
        return True  # "the Criminal Investigation Department": a word of a name
    if cue.pos_ == "NOUN" and cue.dep_ == "pobj" and cue.head.lower_ in W.IN_THE_BACKGROUND:
        return True  # "mourns as the investigation continues": no party opens it here
    node = cue
    for _ in range(3):
        if node.head.i == node.i:
            break
        if node.head.lower_ == "without":
            return True
        node = node.head
    return False


def _about_no_incident(cue: Token, stance: str) -> bool:
    """A stance word whose object is no incident (``not_stance_objects``): "denied reporters
    access", "acknowledged the courage of the vigilantes", "defending our land", "opened an
    investigation into the crash", "investigating a rise in cholera cases" — the direct object,
    for an inquiry also what it looks into, and the noun of the object's own "of"/"in" phrase."""
    words = W.NOT_STANCE_OBJECTS.get(stance)
    if not words:
        return False
    heads = [cue]
    if stance == "investigate" and cue.dep_ == "dobj" and cue.head.pos_ == "VERB":
        heads.append(cue.head)  # "opened an investigation into the crash": the phrase may hang on the verb
    objects = [
        c
        for h in heads
        for c in h.children
        if c.dep_ == "dobj"
        and h.i == cue.i
        or stance == "investigate"
        and c.dep_ == "prep"
        and c.lower_ in ("into", "of", "on")
    ]
    objects = [
        o for c in objects for o in ((c,) if c.dep_ == "dobj" else c.children) if o.dep_ in ("dobj", "pobj")
    ]
    for obj in objects:
        inner = [o for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for o in c.children]
        nouns = [t for t in (obj, *inner) if t.dep_ in ("dobj", "pobj")]
        # "suspected cholera cases": the noun's compound names the matter too
        if any(t.lower_ in words for n in nouns for t in (n, *(c for c in n.lefts if c.dep_ == "compound"))):
            return True
    return False


def _plural_of_person(word: Token) -> bool:
    """ "officers", "commanders": the plural of a word for a person."""
    return word.lower_.endswith("s") and word.lower_[:-1] in PERSON_NOUNS


def _under_a_refusal(cue: Token) -> bool:
    """A stance verb that is the object of a refusal ("declined to confirm or deny", "would not
    admit"): the verb, or the one it is coordinated with, is the infinitive of a refusing verb."""
    node = cue
    for _ in range(4):  # "declined to confirm that it had struck ...": the clause under it too
        if node.dep_ == "conj" and node.head.pos_ == "VERB":
            node = node.head  # "confirm or deny": the first of the coordinated verbs
        if node.head.i == node.i:
            return False
        head = node.head
        if node.dep_ == "xcomp" and (
            head.lower_ in W.REFUSE_FORMS
            or (
                head.lower_ in ("would", "will", "could")
                and any(c.lower_ in W.NEGATIONS for c in head.children)
            )
        ):
            return True
        if node.dep_ not in ("ccomp", "xcomp", "conj", "dobj", "advcl"):
            return False
        node = head
    return False


_BULLETS = frozenset({"•", "·", "*", "-", "–", "—", "▪", "►"})


def _heading(cue: Token) -> bool:
    """A stance noun that heads a section of the text ("The investigation:" at a line's start)."""
    doc = cue.doc
    if cue.pos_ not in ("NOUN", "PROPN") or cue.i + 1 >= len(doc) or doc[cue.i + 1].text != ":":
        return False
    k = cue.i - 1  # past "the", "internal" and a bullet to the line's start
    while k >= 0 and "\n" not in doc[k].text and (doc[k].pos_ in ("DET", "ADJ") or doc[k].text in _BULLETS):
        k -= 1
    return k < 0 or "\n" in doc[k].text


def _someone_elses(cue: Token) -> bool:
    """ "confirmed the attack was carried out by X": the speaker confirms X's act, not its own;
    "said it had launched a review": an inquiry, not a strike; "the raid was carried out by X": X's."""
    if cue.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in cue.head.children):
        return True
    if any(c.dep_ == "agent" for c in cue.children):
        # "the strike was confirmed by X": X admits it, if what X confirms is a strike
        return not any(c.dep_ == "nsubjpass" and c.lower_ in W.STRIKES for c in cue.children)
    for t in _own_clauses(cue):
        if (
            t.dep_ == "agent"
            and t.i > cue.i
            and not any(_bare_forces(o) for o in t.children if o.dep_ == "pobj")
        ):
            # ("accepted responsibility for the deaths of two men shot by soldiers": forces the
            # clause does not name are the speaker's own)
            return True
        if t.dep_ == "dobj" and t.head.i in (cue.i, *(c.i for c in cue.children)) and t.lower_ in W.INQUIRIES:
            return True
    return False


def _fighters_of(span) -> str:
    """The words that name whose fighters a justification speaks of ("Hamas militants", "the
    rebels' commander"), lower case: the parties they name take no stance there."""
    doc = span.doc
    found = [
        doc[c.left_edge.i : c.i + 1].text.lower()
        for t in doc[max(0, span.start - 4) : span.end]
        if t.lower_ in W.FIGHTERS
        for c in t.lefts
        if c.dep_ in ("compound", "poss", "nmod", "amod") and (c.pos_ == "PROPN" or c.ent_type_)
    ]
    return " | ".join(found)


def _own_clauses(cue: Token) -> list[Token]:
    """The words that hang from ``cue``, less the clauses coordinated with it ("acknowledged the
    strike and alleged that the school was used by X": the second clause is another claim)."""
    out: list[Token] = []
    todo = [cue]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if not (t.i == cue.i and c.dep_ == "conj"))
    return out


def _denied(cue: Token) -> bool:
    """ "denied it had opened fire", "dismissed as propaganda reports that its jets bombed ...",
    "reports that its jets struck the school are false": the act stands under a denial, or in
    what the subject of a word calling it untrue says, no admission."""
    node = cue
    for _ in range(4):
        if node.head.i == node.i:
            return False
        if node.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("acomp", "attr") and c.lower_ in W.UNTRUE for c in node.head.children
        ):
            return True
        node = node.head
        if node.lower_ in W.DENYING:
            return True
    return False


def _inquired(cue: Token) -> bool:
    """ "ordered a review of how the operation was carried out": the act is what an inquiry (a noun
    of the pack's ``inquiries``) looks into, no admission."""
    node = cue
    for _ in range(5):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ in W.INQUIRIES and node.i < cue.i:
            return True
    return False


def _a_fact(cue: Token) -> bool:
    """ "acknowledge that the true number may be higher": a figure admitted, not a strike."""
    for c in cue.children:
        if c.dep_ == "ccomp" and any(
            s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in W.TALLIES for s in c.children
        ):
            return True
    return False


def _judges(index: QuoteIndex, token: Token) -> list[str]:
    """Who calls a claim false or a strike legitimate: the quotation's speaker, or the subject of
    the speech verb above the words ("the ministry said the report contained fake information")."""
    inside, speaker = index.speaker_at(token.idx)
    if inside:
        return _speaker_parties(index.speakers, speaker)
    sp = index.speakers
    if token.lower_ in W.NAMING:  # "a charge the police termed baseless": who names it so
        subject = _subject(index, token)
        if subject is not None:
            return _named(sp, subject)
    node = token
    for _ in range(10):
        if node.head.i == node.i or not sp.same_paragraph(node.head.i, token.i):
            break
        node = node.head
        if node.lower_ in SPEECH_VERBS or node.lower_ in W.NAMING:
            subject = _subject(index, node)
            return _named(sp, subject) if subject is not None else []
    aside = parenthetical_speaker(sp, token)  # "the reports, the army said, were false"
    if aside is not None:
        return _named(sp, aside)
    # "according to a statement from the group, its fighters attacked ...": the party the
    # account is attributed to, where it is one that can answer
    source = index.source_of(token)
    if source.verb is not None and source.verb.lower_ == "according" and source.subject is not None:
        return _named(sp, source.subject) if _a_body(sp, source.subject) else []
    return []


def _a_body(sp: Speakers, token: Token) -> bool:
    """A body that can answer for an act (a named organisation, a state, "the army", "the
    group"), not a person nor a witness ("according to residents")."""
    if token.lower_ in VOICE_NOUNS:  # "according to a statement from the group", "to its communique"
        return any(
            _a_body(sp, o)
            for c in token.children
            for o in (
                [c]
                if c.dep_ == "poss"
                else [g for g in c.children if g.dep_ == "pobj"]
                if c.dep_ == "prep"
                else []
            )
        )
    ent = sp.entity(token)
    if ent is not None:
        return ent.label_ in ("ORG", "NORP", "GPE")
    return (
        token.pos_ == "PROPN"
        or token.lower_ in INSTITUTIONS
        or _ARMED_DESCRIPTOR.fullmatch(token.lower_) is not None
    )


def parenthetical_speaker(sp: Speakers, token: Token) -> Token | None:
    """The speaker of a speech verb set into the clause of ``token`` ("the strike, X said, was
    ..."): the parser hangs it on the clause's verb as a parataxis."""
    node = token
    for _ in range(8):
        for c in node.children:
            if c.dep_ == "parataxis" and c.lower_ in SPEECH_VERBS:
                subjects = [t for t in sp.subjects_of(c) if sp.is_party(t)]
                if subjects and sp.same_paragraph(subjects[0].i, token.i):
                    return subjects[0]
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _cut_at(party: str, cue: str) -> str:
    """A party name the tagger ran into the stance's words ("Israel Denies Involvement"), or into
    the verb that names a claim so ("police term claims baseless": the parser took "term" for a
    noun)."""
    k = party.lower().find(cue.lower())
    party = party[:k].strip() if k > 0 else party
    words = party.split()
    return " ".join(words[:-1]) if len(words) >= 2 and words[-1] in W.NAMING else party


def _parties(index: QuoteIndex, token: Token) -> list[str]:
    """Who takes the stance expressed at ``token``: a name, with the institution a spokesman
    speaks for, and each of coordinated subjects ("X and Y pleaded not guilty")."""
    inside, speaker = index.speaker_at(token.idx)
    sp = index.speakers
    if inside:
        found = _speaker_parties(sp, speaker)
        # '"The coalition did not carry out the strike," its spokesman said': the coalition too
        node = token
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        for c in node.children:
            if (
                c.dep_ in ("nsubj", "nsubjpass")
                and c.lower_ not in W.PRONOUNS
                and c.lower_ not in ("we", "us", "i", "you")
                and c.lower_ not in W.FIGHTERS  # "any X fighter was hit": X's men, no party
            ):
                if sp.is_party(c) and c.lower_ not in W.DOCUMENTS and index.speaker_at(c.idx)[0]:
                    name = sp.name_of(c)
                    if name and name not in found:
                        found.append(name)
        return found
    if token.pos_ in ("NOUN", "PROPN"):  # "no comment from X", "a Pentagon probe", "X's inquiry"
        for c in token.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):  # "a denial by X"
                for o in c.children:
                    if o.dep_ == "pobj" and sp.is_party(o):
                        return _named(sp, o)
            if _possessor(c) and _names_a_party(sp, token, c):
                return _named(sp, c)
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    node = _speech_beside(node) or node
    # "the claims were denied by X": X (not in a clause a speaker reports: "X said the strike was
    # being reviewed by the authorities" is X's account)
    # "an investigation has been launched by X": the cue is the passive's subject, X its agent
    own = node.i == token.i or (token.dep_ == "nsubjpass" and token.head.i == node.i)
    # (never beside an active subject: "X rejected accounts by residents": the parser may take
    # the accounts' authors for the verb's agent)
    active = any(c.dep_ == "nsubj" for c in node.children)
    for c in node.children if own and node.dep_ != "ccomp" and not active else ():
        if c.dep_ == "agent":
            for o in c.children:
                # "dismissed by the state chapter of X": a part of a body answers for the body
                for who in (o, *_of_owner(o)) if o.dep_ == "pobj" else ():
                    if sp.is_party(who) and who.lower_ not in W.DOCUMENTS:
                        return _named(sp, who)
    subject = _subject(index, node, token)
    if subject is not None and node.dep_ in ("amod", "compound") and subject.i == node.head.i:
        # "X said a fact-finding committee would report": the body the cue names the kind of is
        # no party; who announces it answers
        said_by = index.source_of(subject.head).subject
        subject = said_by if said_by is not None and said_by.i != subject.i else None
    if subject is not None and _formed_body(subject):
        # "a committee was formed to investigate": whoever formed it (the agent, else the
        # speaker who announces it) answers, not the committee
        agents = [
            o for c in subject.head.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
        ]
        subject = next((a for a in agents if sp.is_party(a)), None) or index.source_of(subject.head).subject
    if subject is None:
        # "the case, X said, is under review"
        subject = parenthetical_speaker(sp, token)
    if subject is None or not sp.same_paragraph(subject.i, token.i):
        return []  # a subject on another line (a headline the parser ran on) takes no stance here
    found = _named(sp, subject)
    for c in subject.children:
        if c.dep_ == "conj" and sp.is_party(c):
            found.extend(_named(sp, c))
    return found


def _clause_of(cue: Token) -> int:
    """The clause a stance's words stand in, by the index of its head: the sentence's root, or
    a coordinated clause with a subject of its own ("X had not commented, and calls to Y went
    unanswered": two clauses, two parties that each gave no comment)."""
    node = cue
    while node.head.i != node.i and not (
        node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
    ):
        node = node.head
    return node.i


def _formed_body(subject: Token) -> bool:
    """ "a committee was set up", "the panel was formed by X": a body named by a common noun,
    the passive subject of a verb that sets bodies up."""
    return subject.dep_ == "nsubjpass" and subject.pos_ == "NOUN" and subject.head.lower_ in W.FORMING


def _of_owner(noun: Token) -> list[Token]:
    """The body a noun names a part of ("the state chapter of X", "the leadership of X"): X."""
    return [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _speech_beside(verb: Token) -> Token | None:
    """The speech verb a finite verb is coordinated with when the parser hung it on the reported
    clause: in "X said the troops had returned fire and denied shooting at anyone", "denied" (simple
    past) cannot share the reported clause's perfect "had returned", so it is X's act, like "said"."""
    clause = verb.head
    if (
        verb.dep_ != "conj"
        or verb.tag_ != "VBD"
        or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        or clause.dep_ != "ccomp"
        or clause.tag_ != "VBN"
        or not any(c.dep_ == "aux" and c.lower_ in W.PERFECT for c in clause.children)
        or clause.head.lower_ not in SPEECH_VERBS
        or clause.head.tag_ != "VBD"
    ):
        return None
    return clause.head


def _possessor(word: Token) -> bool:
    """ "X's denials": the parser hangs the possessor on the noun as ``poss``, or, before an
    adjective ("X's repeated denials"), as ``nmod`` with the possessive ending as its ``case``."""
    if word.dep_ in ("compound", "poss"):
        return True
    return word.dep_ == "nmod" and any(
        c.dep_ == "case" and c.lower_ in ("'s", "’s", "'", "’") for c in word.children
    )


def _speaker_parties(sp: Speakers, speaker: str | None) -> list[str]:
    """A quotation's speaker and the body the speaker speaks for: the organisation named with
    the speaker, the one a spokesman's title names ("an army spokesman": the army), or the body
    of the title the text gives the speaker where named."""
    found = [n for n in (speaker, sp.affiliation(speaker)) if n]
    found += [o for o in _speaks_for(speaker) if o not in found]
    return found + [o for o in _titled_body(sp, speaker) if o not in found]


def _titled_body(sp: Speakers, speaker: str | None) -> list[str]:
    """The body a quotation's speaker speaks for, from the title the text gives the speaker where
    named ("Jane Roe, a Zarvian army spokeswoman", "army spokeswoman Jane Roe" → "Zarvian army",
    "army"), when no organisation's name stands with the speaker."""
    if not speaker or sp.affiliation(speaker):
        return []
    for ent in sp.doc.ents:
        if ent.label_ != "PERSON" or sp.name_of(ent.root) != speaker:
            continue
        names = _named(sp, ent.root, titled=False)
        if len(names) > 1:
            return [n for n in names[1:] if n != speaker]
    return next(([t.body] for t in _titles(sp, speaker) if t.body), [])


_SPOKES_TITLES = "|".join(sorted((w for w in W.SPOKES if w.startswith("spokes")), key=len, reverse=True))
# a spokesperson's title written with the name, the one nearest it: before it ("army spokesman
# Jane Roe", "the spokesman for the army, Col. Jane Roe") or after it and a comma ("Jane Roe, the
# chief military spokesperson")
_TITLE_BEFORE_NAME = re.compile(
    rf"(?P<pre>(?:[\w'\u2019.-]+\s+){{0,6}})\b(?:{_SPOKES_TITLES})\b"
    rf"(?P<tail>(?:(?!\b(?:{_SPOKES_TITLES})\b)[^\"\u201c\u201d\n;]){{0,60}})$",
    re.I,
)
_TITLE_AFTER_NAME = re.compile(
    rf"^,[^\"\u201c\u201d\n;.]{{0,60}}\b(?:{_SPOKES_TITLES})\b[^,\"\u201c\u201d\n;.]{{0,60}}", re.I
)
# what stands between a title written just before the name and the name's comma: the comma alone
# (the body is the words before the title: "the army's 82 Division spokesman, Lt Col X"), or the
# body after "of"/"for" ("the spokesman of the Zarvian Defence Forces, Maj Gen X")
_TITLE_TAIL = re.compile(
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?P<body>[^,.;:\"\u201c\u201d()\n]{2,60}?))?\s*,\s*", re.I
)


class _Title(NamedTuple):
    words: str  # the title with the words around it, lower-cased
    body: str | None  # the body it names, where it stands just before the name and a comma


def _titles(sp: Speakers, name: str) -> tuple[_Title, ...]:
    """The spokesperson's titles the text gives ``name`` in the sentences where it names them
    ("kremlin spokesman", ", a spokesman for the zarvian army"), each with the body it names as
    written when it stands just before the name and a comma ("the Zarvian army's spokesman, Col.
    Jane Roe, said" → "Zarvian army's": the words after the last determiner or preposition, ranks
    dropped), a body the tagger may have left unnamed. Found once per name and document."""
    found = sp.titles.get(name)
    if found is not None:
        return found
    text, out = sp.text, []
    for m in re.finditer(re.escape(name), text):
        span = sp.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = span[0].sent
        start, end = max(sent.start_char, m.start() - 80), min(sent.end_char, m.end() + 80)
        before = _TITLE_BEFORE_NAME.search(text[start : m.start()])
        if before is not None:
            out.append(_Title(before.group(0).lower(), _title_body(before)))
            continue
        after = _TITLE_AFTER_NAME.match(text[m.end() : end])
        if after is not None:
            out.append(_Title(after.group(0).lower(), None))
    sp.titles[name] = found = tuple(out)
    return found


def _title_body(title: re.Match[str]) -> str | None:
    """The body a title written just before a name and its comma names (:func:`_titles`)."""
    tail = _TITLE_TAIL.fullmatch(title.group("tail"))
    if tail is None:
        return None
    words = (tail.group("body") or title.group("pre")).split()
    cut = max((i + 1 for i, w in enumerate(words) if w.lower() in W.TITLE_BODY_OPENERS), default=0)
    words = words[cut:]
    while words and words[0].lower() in W.RANKS:
        words = words[1:]
    if words and any(w[:1].isupper() or w.lower().removesuffix("'s") in INSTITUTIONS for w in words):
        return " ".join(words)
    return None


def _names_a_party(sp: Speakers, cue: Token, word: Token) -> bool:
    """ "a Pentagon probe", "the ministry's inquiry": a modifier that names a party, not a word
    of the cue's own name ("the Criminal Investigation Department"), nor a common adjective ("a
    national inquiry", "an independent probe": what kind, not whose)."""
    if word.pos_ == "ADJ" and word.text.islower():
        return False
    ent = sp.entity(word)
    if ent is not None:
        return not ent.start <= cue.i < ent.end
    return cue.pos_ != "PROPN" and sp.is_party(word)


def _subject(index: QuoteIndex, node: Token, cue: Token | None = None) -> Token | None:
    sp = index.speakers
    # "a formal inquiry has been opened": the inquiry itself is no party
    subjects = _on_its_line(
        sp,
        node,
        [s for s in sp.subjects_of(node) if cue is None or not s.left_edge.i <= cue.i <= s.right_edge.i],
    )
    # "X, which has denied targeting civilians": the relative pronoun stands for X
    subjects = [
        s.head.head if s.lower_ in RELATIVE_PRONOUNS and s.head.dep_ == "relcl" else s for s in subjects
    ]
    # "Hilltown strike", "the Hilltown deaths": a strike or its harm never speaks, whatever
    # proper word stands beside it
    subjects = [s for s in subjects if not (s.pos_ == "NOUN" and s.lower_ in W.STRUCK)]
    # of two subjects the parser gave one verb, the one that can speak
    subject = next((s for s in subjects if sp.is_party(s)), subjects[0] if subjects else None)
    if subject is not None and (
        subject.lower_ in W.DOCUMENTS
        or not sp.is_party(subject)
        or (
            subject.pos_ == "NOUN"
            and subject.lower_ not in W.SPOKES
            and any(c.dep_ == "compound" for c in subject.children)
            and not (
                any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children)
                and any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in subject.children)
            )
            and any(c.dep_ == "poss" for c in subject.children)
        )
    ):
        # "the army's press service said", "the ministry's statement denied", "the police's
        # internal affairs department opened an inquiry": the owner speaks (a body with a name
        # of its own that a state owns speaks itself: "Russia's Wagner group denied", not Russia)
        owner = _owner(sp, subject)
        if owner is not None:
            return owner
    if subject is not None and subject.lower_ in W.DOCUMENTS:
        subject = None  # "the report contained fake information": a text takes no stance
    if subject is not None and subject.lower_ not in W.PRONOUNS and sp.is_party(subject):
        return subject
    # "the army said it was investigating", "X said the strike was being investigated", "X said
    # it was aware of reports that ... and that it regretted ...": through a few clauses
    up = node
    speaking: Token | None = None  # "He said the shooting was under investigation": who "he" is
    for _ in range(8):
        if up.head.i == up.i:
            break
        up = up.head
        if up.lower_ in SPEECH_VERBS:
            parties = [s for s in _on_its_line(sp, up, sp.subjects_of(up)) if sp.is_party(s)]
            outer = [s for s in parties if s.lower_ not in W.PRONOUNS]
            if outer:
                return outer[0]
            if up.lower_ not in W.ASKING:  # "it asked for the case to be investigated": a call
                speaking = speaking or next(iter(parties), None)
    if subject is not None and subject.lower_ in W.PRONOUNS:
        return subject
    return speaking


def _bare_forces(subject: Token | None) -> bool:
    """ "troops", "the soldiers": forces the clause does not name, those of the party that speaks
    ("the army said troops had killed two gunmen"; not "Zarvian troops", "the rebels")."""
    return (
        subject is not None
        and subject.lower_ in W.FORCES
        and subject.lower_ not in INSTITUTIONS  # "the army", "police": a body that is a party itself
        and not any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in subject.children)
    )


def _regrets_a_strike(cue: Token) -> bool:
    """ "X regretted the strike", "X apologised for the raid", "X's apology for a shell that hit
    the market": what is regretted is a strike (or a thing the clause on it says struck)."""
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            objects += [o for o in c.children if o.dep_ == "pobj"]
    return any(
        o.lower_ in W.STRIKES or any(r.dep_ == "relcl" and r.lower_ in W.ACTS for r in o.children)
        for o in objects
    )


def _on_its_line(sp: Speakers, verb: Token, subjects: list[Token]) -> list[Token]:
    """The subjects on the verb's own line, where it has any: "- Jane Roe, coordinator\n\nThe
    army said it was ...": the parser ran the signature line into the paragraph and gave the verb
    two subjects; the one on the verb's line speaks."""
    own = [s for s in subjects if sp.same_paragraph(s.i, verb.i)]
    return own or subjects


def _owner(sp: Speakers, subject: Token) -> Token | None:
    """The party a subject that cannot speak belongs to: "the army's press service", "the
    ministry's statement", "the Zarvian army press office" (not "the victims' relatives", whose
    owner is no party)."""
    for c in subject.children:
        if c.dep_ == "compound" and subject.lower_ in W.STRUCK:
            continue  # "X says Hill Town deaths were ...": a place, not the deaths' owner
        if _possessor(c) and c.lower_ not in W.PRONOUNS and c.lower_ not in W.DOCUMENTS and sp.is_party(c):
            return c
    return None


def party_names(sp: Speakers, token: Token) -> list[str]:
    """The names a party token goes by: its own, and the body it speaks for."""
    return _named(sp, token)


def _named(sp: Speakers, token: Token, titled: bool = True) -> list[str]:
    """The name of ``token``, and the institution it speaks for ("Kremlin spokesman X",
    "X, a spokesman for the ministry", or a title given where the person was first named:
    "he" after "X, the chief military spokesperson, said")."""
    name = sp.name_of(token)
    out = _each_of(name) if name else []
    org = sp.affiliation(name)
    if org and name:
        return [name, org]
    spokes = token if token.lower_ in W.SPOKES else None
    for c in token.children:
        if spokes is None and c.dep_ in ("appos", "compound") and c.lower_ in W.SPOKES:
            spokes = c
    if spokes is None and token.dep_ == "appos" and token.head.lower_ in W.SPOKES:
        spokes = token.head  # "said its spokesman, X", "the army's spokesman, X, said"
    if spokes is None:
        bodies = _speaks_for(name)
        if titled and not bodies:
            bodies = [b for b in _titled_body(sp, name) if b not in out]
        return out + bodies
    org = _body_of(sp, spokes)
    for c in spokes.subtree if org is None else ():
        ent = sp.entity(c)
        if c.i != token.i and ent is not None and ent.label_ in ("ORG", "GPE", "NORP"):
            org = sp.name_of(ent.root)
            break
    if org is None:  # "its spokesman": the body the possessive stands for
        owner = next((c for c in spokes.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        org = sp.name_of(owner) if owner is not None else None
    if org is None:  # "Israeli Defense Forces spokesman": proper nouns the tagger left out
        words = [c for c in spokes.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if words:
            org = sp.text[words[0].left_edge.idx : spokes.idx].strip()
    if (
        org
        and spokes.lower_ in ("official", "officials")
        and not any(w[:1].isupper() or w.lower() in INSTITUTIONS for w in org.split())
    ):
        org = None  # "a security official": a field, no body
    if org and org not in out:
        out.append(org)
    return out + [o for o in _speaks_for(name) if o not in out]


def _body_of(sp: Speakers, spokes: Token) -> str | None:
    """The body a spokesman's title names, as written: "a spokesman for the Zarvian army" and
    "a Zarvian army spokesman" → "Zarvian army", "the chief military spokesperson" → "military"
    (rank words and determiners dropped; a body named by a pronoun is left to the caller)."""
    for c in spokes.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "of", "at"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return _phrase(sp, obj.left_edge.i, obj.i + 1)
    mods = [c for c in spokes.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")]
    if not mods:
        return None
    return _phrase(sp, min(m.left_edge.i for m in mods), spokes.i)


def _phrase(sp: Speakers, start: int, end: int) -> str | None:
    doc = sp.doc
    words = [t for t in doc[start:end] if t.dep_ != "case" and t.pos_ != "PUNCT"]
    while words and (words[0].pos_ in ("DET", "PRON") or words[0].lower_ in W.RANKS):
        words = words[1:]
    if (
        not words
        or any(t.lower_ in W.RANKS for t in words)
        or not any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in words)
    ):
        return None
    return sp.text[words[0].idx : words[-1].idx + len(words[-1])]


def _speaks_for(name: str | None) -> list[str]:
    """ "IDF spokesperson", "junta spokesman": the organisation a spokesman's title names."""
    words = (name or "").split()
    if len(words) < 2 or words[-1].lower() not in W.SPOKES:
        return []
    words = [w for w in words[:-1] if w.lower() not in ("a", "an", "the")]
    while words and number_value(words[0].lower()) is not None:
        words = words[1:]  # "Two Zarvian security officials": a count of people, no word of the body
    org = " ".join(words)
    return [org] if org and org[0].isupper() else []


def _each_of(name: str) -> list[str]:
    """ "Syrian and Russian governments": the Syrian government and the Russian government."""
    m = W.COORDINATED_PARTIES.fullmatch(name)
    if m is None:
        return [name]
    noun = W.ONE_OF.get(m.group(3), m.group(3))
    return [f"{m.group(1)} {noun}", f"{m.group(2)} {noun}"]


def _asked_of_others(token: Token) -> bool:
    """ "demanded an investigation", "called on X to investigate": a call, not the party's inquiry
    (but "X is seeking to clarify the circumstances" is X's own)."""
    node = token
    child = token
    for _ in range(3):
        if node.lower_ in W.ASKING:
            own = node.lower_ in W.SELF_CONTROL and child.dep_ == "xcomp"
            return not (own and not any(c.dep_ in ("dobj", "dative") for c in node.children))
        if node.head.i == node.i:
            return False
        child, node = node, node.head
    return False
