"""Whether a target mention is what an attack hit, read from the dependency parse.

A mention (the noun a target word ends on) is hit when the parse attaches it to an attack word of
the English pack (``targets.json``: ``attack_verbs``, ``attack_nouns``, ``kill_verbs``, given as
lemmas and expanded to their inflections, irregular ones included: ``speech/lemma_classes.forms``):

- the object or passive subject of an attack verb ("shelling destroyed the hospital", "the
  school was hit", "gunmen stormed homes") or of a verb that harms people (``harm_verbs``:
  "gunmen abducted two journalists"; the object of "detonated" is a weapon, not a target);
- the subject of a verb that says it underwent an attack (``undergo_verbs``: "the convoy came
  under fire", "the clinic sustained damage");
- the object of a preposition after an attack verb or noun: "a strike on a market", "fired at
  the convoy"; after "in/at/inside" only for places where people gather and live ("killed in
  the market"), not for a hospital the wounded were taken to or a vehicle someone sat in; a
  verb whose subject is an attack or its weapon counts as an attack word (``event_verbs``: "the
  blast tore through a market", "the attack unfolded in the village");
- a compound or possessive of an attack noun ("the hospital blast", "the school's bombing"), or a
  compound of a generic head that is hit ("the hospital building was shelled"; a compound of any
  other noun only names its kind: "a home improvement store");
- a conjunct or apposition of a hit mention ("homes, a mosque and a market were destroyed"), or
  what a part or the occupants of a hit place belong to ("the centre of the market", "a group
  of mourners");
- people a hit place held (``holding_words``: "a hall packed with mourners", "a bus carrying
  officials") and victims named among the casualties ("killing nine, including two journalists").

An attack word that names another incident (``other_incident``: "a separate attack", "other
airstrikes", "had previously hit") says nothing of what this one hit.

A mention in a sentence without a parse (the engine may skip the parser there) gets ``None``:
the caller falls back on the words around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from harmwatch.extract.lang import load_pack
from harmwatch.extract.speech.lemma_classes import forms

EN = load_pack("en")
MAX_CONJ_HOPS = 5
MAX_DEPTH = 2  # a holder of a holder ("a bus carrying people packed with ...") is as far as it goes


@cache
def _class(key: str) -> frozenset[str]:
    out: set[str] = set()
    for lemma in EN.value("targets", key, []):
        out |= forms(lemma)
    return frozenset(out)


def attack_verb(t: Token) -> bool:
    if t.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    if t.lower_ in _class("attack_verbs"):
        return True
    particles = _felling().get(t.lower_, frozenset())
    return any(c.dep_ == "prt" and c.lower_ in particles for c in t.children)


@cache
def _felling() -> dict[str, frozenset[str]]:
    """Forms of a verb that, with one of its particles, fells a building ("brought down a
    multi-storey building", "knocked down the house"): ``felling_verbs`` as "verb particle"."""
    out: dict[str, set[str]] = {}
    for entry in EN.value("targets", "felling_verbs", []):
        lemma, particle = entry.split()
        for f in forms(lemma):
            out.setdefault(f, set()).add(particle)
    return {k: frozenset(v) for k, v in out.items()}


def attack_noun(t: Token) -> bool:
    return t.pos_ in ("NOUN", "PROPN") and t.lower_ in _class("attack_nouns")


def harm_verb(t: Token) -> bool:
    """A verb whose object is a person ("abducted", "killed"): it hits a role, never a place."""
    return t.pos_ in ("VERB", "AUX", "ADJ") and t.lower_ in _class("harm_verbs")


def kill_word(t: Token) -> bool:
    return t.lower_ in _class("kill_verbs")


def parsed(t: Token) -> bool:
    """The sentence of ``t`` has a dependency parse."""
    return bool(t.dep_) and t.doc.has_annotation("DEP")


def _words(key: str) -> frozenset[str]:
    return frozenset(EN.value("targets", key, []))


def is_hit(noun: Token, strict: bool, *, other_incidents: bool = False, depth: int = 0) -> bool:
    """``noun`` (a target mention's head) is attached to an attack word. ``strict``: a place that is
    often only where something else happened (a hospital, a vehicle, a bridge) needs a strong link.
    ``other_incidents``: count attack words that name another incident too."""
    if depth > MAX_DEPTH:
        return False
    link = _Link(strict, other_incidents, depth)
    n = noun
    for _ in range(MAX_CONJ_HOPS + 1):
        if n.dep_ in ("compound", "poss", "nmod") and attack_noun(n.head):
            return link.this_incident(n.head)  # "the hospital blast"
        if _modified_as_hit(n) or _holds_what_was_hit(n, link) or _among_victims(n, link):
            return True
        if _went_on_inside(n, link) or _attended(n, link) or _carried_what_was_hit(n, link):
            return True
        if n.dep_ == "compound":
            if n.head.lower_ not in _class("generic_heads") | _class("occupant_heads"):
                return False  # "a home improvement store" names a store
            n = n.head  # "the hospital compound was shelled", "the funeral crowd"
            continue
        if _attached(n, link):
            return True
        if n.dep_ in ("conj", "appos") and n.head.i != n.i:
            n = n.head
            continue
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lower_ in _class("ruin_heads"):
            return True  # "the rubble of the school", "the wreckage of a field hospital"
        if n.dep_ == "pobj" and n.head.lower_ == "as" and n.head.head.lower_ in _class("use_verbs"):
            # "a building the militia used as a prison was hit": the prison is what was used
            used = n.head.head
            n = used.head if used.dep_ in ("relcl", "acl") and used.head.i != used.i else used
            continue
        holder = _holder(n)
        if holder is not None:
            n = holder  # "the centre of the market", "a group of mourners", "staff from the hospital"
            continue
        break
    return False


def another_incident(noun: Token, strict: bool) -> bool:
    """``noun`` is attached only to an attack word that names another incident ("a separate attack
    on a school", "shells had previously hit a church"): not what this report's attack hit."""
    return not is_hit(noun, strict) and is_hit(noun, strict, other_incidents=True)


@dataclass(frozen=True, slots=True)
class _Link:
    strict: bool
    other_incidents: bool
    depth: int

    def this_incident(self, attack: Token) -> bool:
        """An attack word that names another incident ("a separate attack", "other airstrikes",
        "had previously struck") does not say what this one hit; a negated one ("was not hit")
        says it hit nothing."""
        if _negated(attack):
            return False
        if self.other_incidents:
            return True
        return not (_names_another(attack) or _habitual(attack) or _earlier(attack) or _attempted(attack))

    def deeper(self, noun: Token, strict: bool) -> bool:
        return is_hit(noun, strict, other_incidents=self.other_incidents, depth=self.depth + 1)


def _attempted(attack: Token) -> bool:
    """An attack only tried, planned or threatened ("a mob tried to storm a police station",
    "militants who were planning to attack troops"): the complement of an ``attempt_verbs`` verb
    names no place this incident hit (often a party's justification of what it did)."""
    return (
        attack.dep_ == "xcomp" and attack.head.i != attack.i and attack.head.lower_ in _class("attempt_verbs")
    )


def _negated(verb: Token) -> bool:
    """ "was not hit", "did not damage", "never struck": the verb denies the attack."""
    return any(c.dep_ == "neg" for c in verb.children)


def negated_hit(noun: Token) -> bool:
    """``noun`` (or the noun it modifies) is what a negated attack verb names: "the mosque, which
    stands 100 metres away, was not hit", "the shells did not damage the school": not a target."""
    r = _phrase_head(noun)
    h = r.head
    return (
        r.dep_ in ("nsubjpass", "nsubj:pass", "dobj", "obj", "nsubj")
        and h.i != r.i
        and (attack_verb(h) or h.lower_ in _words("hit_states") and _hit_state(h))
        and _negated(h)
    )


def _hit_state(verb: Token) -> bool:
    """ "was not damaged" parsed as a copula with an attack participle for its attribute."""
    return any(c.dep_ in ("acomp", "attr") and attack_verb(c) for c in verb.children)


def _names_another(attack: Token) -> bool:
    """ "a separate attack", "other airstrikes", "had previously hit"."""
    other = _words("other_incident")
    return any(c.dep_ in ("amod", "det", "advmod") and c.lower_ in other for c in attack.children)


def _earlier(attack: Token) -> bool:
    """An attack dated before this one: "last month, a strike on a hospital killed...", "two
    years ago rebels attacked a school", "earlier this year strikes hit power stations", "weeks
    after militants bombed a market", "the deadliest attack since a strike on a station", "after
    their house was damaged by shelling the week before" (a time unit and a word of
    ``back_words``, wherever the parser hangs them in the clause). (Not the past perfect: it is
    as often the tense of reported speech, "said an air strike on Sunday had killed dozens".)"""
    if attack.dep_ == "pobj" and attack.head.lower_ == "since":
        return True
    clause = attack.head if attack.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") else attack
    units = _words("time_units")
    if any(t.lower_ in units and _closes_back(t) for t in clause.subtree):
        return True  # "after their house was damaged by shelling the week before", "a day earlier"
    for c in clause.children:
        if c.dep_ == "advmod" and c.lower_ == "ago":
            return True
        if (
            c.dep_ in ("npadvmod", "tmod")
            and c.lower_ in units
            and any(g.lower_ in _words("earlier_words") for g in c.children if g.dep_ in ("amod", "advmod"))
        ):
            return True
    if clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "since") for c in clause.children
    ):
        # "came weeks after militants bombed a market": a span of time back to another attack
        spans = [*clause.children, *clause.head.children]  # the parser hangs "weeks" on either verb
        return any(c.dep_ == "npadvmod" and c.lower_ in units for c in spans)
    return False


def _closes_back(unit: Token) -> bool:
    """A time unit followed by a word of ``back_words`` that ends the phrase ("the week before", "a
    day earlier"), not one that opens a clause or an object of its own ("days before classes were
    due to resume", "weeks before the vote"): a span back from this attack, not ahead to another
    event."""
    if unit.i + 1 >= len(unit.doc):
        return False
    back = unit.doc[unit.i + 1]
    if back.lower_ not in _words("back_words") or back.dep_ == "mark":
        return False
    return not any(c.dep_ in ("pobj", "pcomp") for c in back.children)


def _habitual(attack: Token) -> bool:
    """Attacks told as a pattern, not as this incident: "has been striking houses for years",
    "attacks on power plants since October", "strikes in residential areas have intensified"."""
    spans = _words("time_spans")
    for c in attack.children:
        if c.dep_ == "advmod" and c.lower_ in _words("habitual_adverbs"):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("for", "since", "over")
            and any(g.lower_ in spans or c.lower_ == "since" for g in c.children)
        ):
            return True
    h = attack.head
    return (
        attack.dep_ == "nsubj"
        and attack.tag_ == "NNS"
        and h.lower_ in _class("trend_verbs")
        and not any(c.dep_ == "det" for c in attack.children)
    )


def _holder(n: Token) -> Token | None:
    """The part or the people of which ``n`` is the place: "the centre of the market", "staff from
    the hospital" (also where the parser hung the preposition on the verb)."""
    prep = n.head
    if n.dep_ != "pobj" or prep.lower_ not in ("of", "from", "at"):
        return None
    if _part_or_occupants(prep.head):
        return prep.head
    left = prep.doc[prep.i - 1] if prep.i > 0 else prep
    return left if left.i != prep.i and _part_or_occupants(left) else None


def _part_or_occupants(t: Token) -> bool:
    return t.pos_ in ("NOUN", "NUM") and t.lower_ in _class("part_heads") | _class("occupant_heads")


def _modified_as_hit(n: Token) -> bool:
    """A noun modified as struck: "a restaurant struck by rockets", "the school that was shelled"
    (not a verb of what its riders did: "men on a motorcycle fired at him")."""
    return any(
        c.dep_ in ("acl", "relcl") and attack_verb(c) and c.tag_ in ("VBN", "VBD") and not _fired_from(c)
        for c in n.children
    )


def _fired_from(verb: Token) -> bool:
    """An attack verb hung on a noun that says what someone did, not what was done to the noun:
    it has an object or a target of its own ("fired at the reporter", "opened fire on a bus")."""
    return (
        verb.dep_ == "acl"
        and attack_verb(verb)
        and not any(c.dep_ == "agent" for c in verb.children)
        and any(
            c.dep_ in ("dobj", "obj") or c.dep_ == "prep" and c.lower_ in ("at", "on") for c in verb.children
        )
    )


def _holds_what_was_hit(n: Token, link: _Link) -> bool:
    """People or things a hit place held are hit with it: "a hall packed with mourners", "a bus
    carrying officials"."""
    holding = _class("holding_words")
    h = n.head
    if n.dep_ == "pobj" and h.lower_ == "with" and h.head.lower_ in holding:
        h = h.head
    elif not (n.dep_ in ("dobj", "obj") and h.lower_ in holding):
        return False
    if h.dep_ not in ("acl", "amod", "relcl") or h.head.i == h.i:
        return False
    return link.deeper(h.head, link.strict)


def _attended(n: Token, link: _Link) -> bool:
    """What the people an attack hit were attending: "killed 24 villagers attending a naming
    ceremony", "struck fans watching a football match" (the object of an ``attend_verbs``
    participle hung on the victims, who are the object of an attack or harm verb)."""
    v = n.head
    if n.dep_ not in ("dobj", "obj") or v.tag_ != "VBG":
        return False
    if v.lower_ not in _class("attend_verbs") | _class("ride_verbs"):
        return False  # (or what they rode: "two men riding a motorbike were killed")
    people = v.head
    if v.dep_ != "acl" or people.i == v.i or people.dep_ not in ("dobj", "obj", "nsubjpass", "nsubj:pass"):
        return False
    verb = people.head
    return verb.i != people.i and (attack_verb(verb) or harm_verb(verb)) and link.this_incident(verb)


def _carried_what_was_hit(n: Token, link: _Link) -> bool:
    """A vehicle the parser hung on its own participle of carrying, itself hung on the people it
    carried: "a bomb ripped through a minibus carrying farm workers" read as "minibus carrying"
    modifying the workers. The people were hit, so was what carried them."""
    v = n.head
    if n.dep_ not in ("npadvmod", "nsubj") or v.tag_ != "VBG" or v.lower_ not in _class("holding_words"):
        return False
    if v.dep_ not in ("amod", "acl") or v.head.i == v.i:
        return False
    return link.deeper(v.head, False)


def _went_on_inside(n: Token, link: _Link) -> bool:
    """What went on inside a hit place, told in a relative clause of "where": "bombed a house
    where villagers had gathered for a wedding reception", "shelled a hall where mourners sat"."""
    v = n.head
    if n.dep_ == "pobj" and v.dep_ == "prep" and v.lower_ not in ("from", "out"):
        v = v.head  # (not "families displaced from their homes": where they came from)
    elif n.dep_ not in ("nsubj", "dobj", "obj"):
        return False
    if v.dep_ != "relcl" or v.head.i == v.i or v.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in v.children):
        return False
    return link.deeper(v.head, link.strict)


def carries_aid(noun: Token) -> bool:
    """A vehicle that carries aid (``aid_cargo``): "a convoy of 16 trucks carrying food", "lorries
    loaded with flour": an aid target, as an aid convoy is."""
    cargo = _words("aid_cargo")
    verbs = _class("holding_words") | forms("load") | forms("deliver")
    carriers = [noun] + [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    ]
    for v in (c for n in carriers for c in n.children if c.dep_ in ("acl", "relcl") and c.lower_ in verbs):
        for c in v.children:
            if c.dep_ in ("dobj", "obj") and c.lower_ in cargo:
                return True
            if c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ in cargo for g in c.children):
                return True
    return False


def _among_victims(n: Token, link: _Link) -> bool:
    """A victim named among the casualties: "killing nine people, including two journalists", "the
    dead included four aid workers"."""
    h = n.head
    if n.dep_ == "pobj" and h.lower_ in ("including", "among"):
        g = h.head
        if g.i == h.i:
            return False
        if g.lower_ in _class("casualty_nouns") or kill_word(g) or harm_verb(g):
            return True
        return g.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and link.deeper(g, False)
    if n.dep_ in ("dobj", "obj") and h.lower_ in _class("include"):
        return any(c.dep_ == "nsubj" and _the_casualties(c) for c in h.children)
    if n.dep_ == "attr" and h.lower_ in forms("be"):
        # "most of the dead were detainees", "the victims were worshippers"
        return any(c.dep_ == "nsubj" and _the_casualties(c) for c in h.children)
    return False


def named_as_victims(n: Token) -> bool:
    """``n`` names who the casualties were: "the dead included four aid workers", "most of the
    dead were detainees", "killing nine, including two journalists" (a sentence that reads as
    violence by this frame alone)."""
    h = n.head
    if n.dep_ == "pobj" and h.lower_ in ("including", "among") and h.head.i != h.i:
        return h.head.lower_ in _class("casualty_nouns")
    if (
        n.dep_ in ("dobj", "obj")
        and h.lower_ in _class("include")
        or n.dep_ == "attr"
        and h.lower_ in forms("be")
    ):
        return any(c.dep_ == "nsubj" and _the_casualties(c) for c in h.children)
    return False


def _the_casualties(t: Token) -> bool:
    """ "the dead", "the victims", or a part of them: "most of the dead", "all of those killed"."""
    casualties = _class("casualty_nouns")
    if t.lower_ in casualties:
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in casualties for g in c.children)
        for c in t.children
    )


def _event_verb(t: Token) -> bool:
    """A verb saying where an attack or its weapon struck: "the blast tore through a market", "the
    attack unfolded in the village", "a shell landed on the school"; a verb whose object is the
    attack ("opened fire in a nightclub", "carried out strikes on"); or the verb of an event that
    killed or wounded as it happened ("a bomb went off in a bar, wounding 11", "blew himself up
    at a stadium, killing 20")."""
    if t.lower_ in _class("event_verbs") and any(
        c.dep_ in ("nsubj", "nsubjpass") and attack_noun(c) for c in t.children
    ):
        return True
    if t.pos_ != "VERB":
        return False
    return any(
        c.dep_ in ("dobj", "obj") and attack_noun(c) or c.dep_ == "advcl" and c.tag_ == "VBG" and kill_word(c)
        for c in t.children
    )


def _took_fire(verb: Token) -> bool:
    """A verb of giving way with fire for its object or goal: "caught fire", "burst into flames",
    "went up in flames" (a car or a bridge that burned, not one that merely stopped)."""
    fire = _words("fire_words")
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and c.lower_ in fire:
            return True
        if c.dep_ == "prep" and c.lower_ in ("into", "in") and any(g.lower_ in fire for g in c.children):
            return True
    return False


def _lost_part(verb: Token) -> bool:
    """A place that lost a part of itself: "the monastery lost its roof", "the block has lost an
    entire stairwell" (``loss_verbs`` with a ``part_heads`` object)."""
    if verb.lower_ not in _class("loss_verbs"):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lower_ in _class("part_heads") for c in verb.children)


def underwent_attack(verb: Token) -> bool:
    """The subject of ``verb`` underwent an attack: "came under fire", "sustained heavy damage"."""
    if verb.lower_ not in _class("undergo_verbs"):
        return False
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and attack_noun(c):
            return True
        if c.dep_ == "prep" and c.lower_ == "under" and any(attack_noun(g) for g in c.children):
            return True
    return False


def _set_off_explosive(verb: Token) -> bool:
    """The subject of ``verb`` set off an explosive it met: "the bus struck a roadside bomb", "their
    vehicle ran over a landmine" (``explosive_nouns`` or an attack noun, as the object or after
    "over", "onto" or "into")."""
    if verb.pos_ != "VERB":
        return False
    explosive = _words("explosive_nouns")

    def met(t: Token) -> bool:
        return t.lower_ in explosive or attack_noun(t) and t.lower_ in ("bomb", "bombs")

    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and met(c):
            return True
        if c.dep_ == "prep" and c.lower_ in ("over", "onto", "into") and any(met(g) for g in c.children):
            return True
    return False


def _governor(prep: Token) -> Token:
    """The word a preposition belongs to: its parse head, or the attack noun right before it where
    the parser hung it on the verb ("killed in a blast at a hospital": the blast was at it)."""
    gov = prep.head
    if prep.i > 0 and not attack_noun(gov) and not attack_verb(gov):
        left = prep.doc[prep.i - 1]
        if attack_noun(left) and left.head.i != prep.i:
            return left
    return gov


def _victims_were_there(verb: Token, link: _Link) -> bool:
    """``verb`` says what the people an attack hit were doing where they were: "killed worshippers
    praying in a mosque", "a shell hit people queuing outside a bakery" (a participle hung on the
    victims, or on the attack verb where the parser read it as its complement)."""
    if verb.tag_ != "VBG" or verb.pos_ != "VERB" or verb.head.i == verb.i:
        return False
    h = verb.head
    if verb.dep_ == "acl" and h.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass") and h.head.i != h.i:
        h = h.head  # the victims' noun: the verb that hit them
    elif verb.dep_ not in ("ccomp", "xcomp"):
        return False
    return (attack_verb(h) or harm_verb(h)) and link.this_incident(h)


def _attached(n: Token, link: _Link) -> bool:
    head = n.head
    if head.i == n.i:
        return False
    if n.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass") and (attack_verb(head) or harm_verb(head)):
        # "shelling destroyed the hospital", "gunmen abducted two journalists"
        return link.this_incident(head)
    if n.dep_ == "nsubj" and underwent_attack(head):
        return link.this_incident(head)  # "the convoy came under fire"
    if n.dep_ == "nsubj" and _set_off_explosive(head):
        return link.this_incident(head)  # "their vehicle ran over a landmine"
    if (
        n.dep_ == "nsubj"
        and head.lower_ in _class("give_way_verbs")
        and (not link.strict or _took_fire(head))
    ):
        return True  # "the house collapsed", "the car burst into flames"
    if n.dep_ == "nsubj" and _lost_part(head):
        return True  # "the monastery lost its roof"
    if n.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.head.i != head.i:
        prep, gov = head.lower_, _governor(head)
        if (prep in _words("weak_preps") or prep == "outside") and _victims_were_there(gov, link):
            return True  # "a shell hit people queuing outside a bakery"
        if not link.this_incident(gov):
            return False
        attack = attack_verb(gov) or attack_noun(gov) or _event_verb(gov)
        if prep in _words("strong_preps") and (attack or kill_word(gov)) or prep == "of" and attack_noun(gov):
            return True  # "a strike on a market", "the bombing of the hospital"
        if prep == "at" and gov.pos_ == "VERB" and gov.lower_ in _class("shoot_verbs"):
            return True  # "soldiers shot at the family's pickup truck", "fired at a bus"
        if prep == "to" and gov.pos_ == "VERB" and _event_verb(gov):
            return True  # "setting fire to homes and cars", "laid siege to the hospital"
        if prep in _words("weak_preps") and (attack or kill_word(gov)):
            # a hospital or a bus counts where the blast itself was: "a bomb exploded inside a bus"
            return (
                not link.strict
                or prep in ("at", "inside")
                and attack_noun(gov)
                or _event_verb(gov)
                or _event_verb(head.head)  # "opened fire in a nightclub": the verb of the attack
            )
    return False


def not_hit_subject(noun: Token) -> bool:
    """``noun`` (or the noun it modifies) is the active subject of a verb that says nothing of an
    attack ("the hospital said", "hospitals received dozens of wounded"): it did, it was not hit."""
    r = _phrase_head(noun)
    h = r.head
    if r.dep_ != "nsubj" or h.pos_ not in ("VERB", "AUX"):
        return False
    return not (
        attack_verb(h)
        or harm_verb(h)
        or kill_word(h)
        or underwent_attack(h)
        or h.lower_ in _class("give_way_verbs")
        or _lost_part(h)
        or h.lower_ in _words("hit_states")
    )


def names_a_kind(noun: Token) -> bool:
    """``noun`` only modifies a noun of a settlement, a time, a route or a role (``kind_heads``:
    "the market town of X", "on market day", "a bus stop", "the hospital director"): it names a
    kind of that thing, not a place that was hit."""
    return noun.dep_ == "compound" and noun.head.i != noun.i and noun.head.lower_ in _words("kind_heads")


def cared_for(noun: Token) -> bool:
    """``noun`` is where the wounded were carried or received, not what was hit: the object of a
    preposition of a verb of carrying or care ("carried on carts to the hospital", "treated at a
    clinic"), or a place a relative clause says received them ("the hospital, which said it had
    received 63 casualties")."""
    r = _phrase_head(noun)
    care = _class("care_verbs")
    if r.dep_ == "pobj" and r.head.head.i != r.head.i:
        prep, verb = r.head.lower_, r.head.head.lower_
        if (
            prep in ("to", "into")
            and verb in _class("carry_verbs") | care
            or prep in ("at", "in")
            and verb in care
        ):
            return True  # "taken to hospital", "treated at a clinic" ("took part in" is no care)
    return any(
        c.dep_ == "relcl"
        and (c.lower_ in care or any(g.dep_ in ("ccomp", "xcomp") and g.lower_ in care for g in c.children))
        for c in r.children
    )


def addressed(noun: Token) -> bool:
    """``noun`` (journalists) is who a party spoke to: "told journalists", "in a message to
    journalists", "a briefing for reporters"."""
    r = _phrase_head(noun)
    speech = _class("address_words")
    if r.dep_ in ("dobj", "obj", "dative") and r.head.lower_ in speech:
        return True
    return r.dep_ == "pobj" and r.head.lower_ in ("to", "for", "with") and r.head.head.lower_ in speech


def claimed_strike(noun: Token) -> bool:
    """``noun`` is what a party says it struck, not what the report says was hit: the object of an
    attack verb that ``only_words`` restrict ("our forces strike only military targets", "says it
    only targets army positions") or whose subject is the speaker itself, a pronoun or a noun with a
    pronoun for possessor, in the clause of a ``claim_verbs`` verb ("the army said it had struck a
    command centre", "said its aircraft had hit military targets")."""
    r = _phrase_head(noun)
    verb = r.head
    if r.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.i != verb.i:
        verb = verb.head  # "fires only at army positions"
    elif r.dep_ not in ("dobj", "obj"):
        return False
    if verb.i == r.i or not attack_verb(verb):
        return False
    only = _words("only_words")
    if any(
        c.lower_ in only for c in (*verb.children, *r.children) if c.dep_ in ("advmod", "amod", "quantmod")
    ):
        return True
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lower_ not in _class("claim_verbs"):
        return False
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (
            c.pos_ == "PRON" or any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)
        ):
            return True
    return False


def rode_in(noun: Token) -> bool:
    """``noun`` (a vehicle) is what someone rode in, not what was hit: "gunmen in pick-up trucks
    stormed the camp", "the attackers arrived in cars", "arrived in pickup trucks and on motorbikes"
    (a vehicle in a list, or after a preposition joined to another, rode with the first)."""
    r = noun
    while r.dep_ in ("compound", "amod", "conj") and r.head.i != r.i:
        r = r.head
    prep = r.head
    if r.dep_ in ("dobj", "obj") and prep.lower_ in _class("ride_verbs") and prep.dep_ in ("acl", "relcl"):
        # "gunmen riding motorbikes attacked the village": what the attackers (a subject) rode
        return prep.head.dep_ == "nsubj"
    if r.dep_ != "pobj" or prep.lower_ not in ("in", "aboard", "on", "by") or prep.head.i == prep.i:
        return False
    while prep.dep_ == "conj" and prep.head.dep_ == "prep" and prep.head.i != prep.i:
        prep = prep.head  # "in pickup trucks and on motorbikes": "on" joined to "in"
    g = prep.head
    if g.lower_ in _class("motion_verbs") | _class("carry_verbs"):
        return True  # (or what carried the wounded: "carried on donkey carts to the hospital")
    if g.dep_ == "relcl" and g.lower_ in forms("be") and g.head.dep_ in ("nsubj", "appos"):
        return True  # "the gunmen, who were on a motorcycle, shot dead a teacher"
    if (
        g.dep_ == "ROOT"
        and g.pos_ in ("NOUN", "PROPN")
        and any(_fired_from(c) for c in (*g.children, *r.children))
    ):
        return True  # "two men on a motorcycle fired at him", parsed with the men as the root
    if g.pos_ in ("NOUN", "PROPN") and g.dep_ == "pobj" and g.head.lower_ == "of":
        g = g.head.head  # "hundreds of fighters on motorcycles stormed the post"
    return g.pos_ in ("NOUN", "PROPN", "NUM") and g.dep_ in ("nsubj", "nsubjpass") and not attack_noun(g)


def _phrase_head(noun: Token) -> Token:
    """The head of the noun phrase ``noun`` modifies or names ("market" of "the cattle market",
    of "the busy market"): up its compound and adjective links."""
    r = noun
    while r.dep_ in ("compound", "amod") and r.head.i != r.i:
        r = r.head
    return r


def travelled_to(noun: Token) -> bool:
    """``noun`` is where someone was going, not what was hit: the goal of a verb of motion or
    riding ("two men riding a motorbike to the cattle market were killed", "families fleeing to
    the camp")."""
    r = _phrase_head(noun)
    prep = r.head
    if r.dep_ != "pobj" or prep.lower_ not in ("to", "towards", "toward") or prep.head.i == prep.i:
        return False
    return prep.head.lower_ in _class("motion_verbs") | _class("ride_verbs")


def manned_by_attackers(noun: Token) -> bool:
    """``noun`` (a military place) is where the attackers stood: "soldiers at a checkpoint opened
    fire on a car", "troops from a nearby base shelled the village" (the place of the active
    subject of an attack verb), not a target."""
    r = _phrase_head(noun)
    prep = r.head
    if r.dep_ != "pobj" or prep.lower_ not in ("at", "in", "from", "inside") or prep.head.i == prep.i:
        return False
    subject = prep.head
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.i == subject.i:
        return False
    return attack_verb(verb) or harm_verb(verb) or _event_verb(verb)  # (or "opened fire")


def taken_away(noun: Token) -> bool:
    """``noun`` is what was stolen or carried off, not what was hit: the object of a verb of
    ``theft_verbs`` ("looted shops and stole motorcycles", "carted away the grain")."""
    r = noun
    while r.dep_ in ("compound", "amod", "conj") and r.head.i != r.i:
        r = r.head
    return r.dep_ in ("dobj", "obj") and r.head.i != r.i and r.head.lower_ in _class("theft_verbs")


def bore_the_bomb(noun: Token) -> bool:
    """``noun`` (a vehicle) carried the bomb or was driven into the victims: the weapon, not a
    target. "a bomb planted on a motorbike went off", "explosives hidden in a car" (the place of a
    ``plant_verbs`` verb whose object or subject is an explosive), "the bomber rammed his car into
    the crowd" (what an attack verb drove "into" someone)."""
    r = _phrase_head(noun)
    head = r.head
    if r.dep_ in ("dobj", "obj") and attack_verb(head) and head.lower_ in _class("attack_verbs"):
        # "rammed his motorcycle into the crowd": the verb hurls the vehicle into the victims
        return any(c.dep_ == "prep" and c.lower_ == "into" for c in head.children) and any(
            c.dep_ == "poss" for c in r.children
        )
    if r.dep_ != "pobj" or head.lower_ not in ("in", "on", "inside", "under", "to", "into"):
        return False
    verb = head.head
    if verb.i == head.i or verb.lower_ not in _class("plant_verbs"):
        return False
    explosive = _words("explosive_nouns") | {"bomb", "bombs", "charge", "charges"}
    near = [verb.head] if verb.dep_ in ("acl", "amod", "relcl") else []
    near += [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass")]
    return any(t.lower_ in explosive for t in near)


def blast_beside(noun: Token) -> bool:
    """``noun`` is where the blast itself went off, right beside it ("a car bomb exploded next to a
    busy market", "the bomb went off in front of the mosque"): a preposition of ``beside_words``
    the parser hangs on an ``event_verbs`` verb of the attack that has no object, not on another
    noun it places ("shells hit a house next to the mosque")."""
    r = _phrase_head(noun)
    prep = r.head
    if r.dep_ != "pobj" or prep.head.i == prep.i:
        return False
    words = prep.doc[max(0, prep.i - 2) : prep.i + 1].text.lower()
    if not any(words.endswith(b) for b in _words("beside_words")):
        return False
    verb = prep.head
    if verb.pos_ in ("ADV", "ADJ") and verb.head.i != verb.i:
        verb = verb.head  # "exploded next to": the parser hangs "to" on "next"
    elif verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.head.i != verb.head.i:
        verb = verb.head.head  # "in front of": the parser hangs "of" on "front"
    if verb.pos_ != "VERB" or verb.lower_ not in _class("event_verbs"):
        return False
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False  # "shells hit a house next to the mosque": the preposition places the house
    blast = any(c.dep_ in ("nsubj", "nsubjpass") and attack_noun(c) for c in verb.children)
    return blast and _Link(False, False, 0).this_incident(verb)
