"""Whether a target mention is what an attack hit, read from the dependency parse.

A mention (the noun a target word ends on) is hit when the parse attaches it to an attack word of
the English pack (``targets.json``: ``attack_verbs``, ``attack_nouns``, ``kill_verbs``, given as
lemmas and expanded to their regular inflections):

- the object or passive subject of an attack verb ("shelling destroyed the hospital", "the
  school was hit", "gunmen stormed homes") or of a verb that harms people (``harm_verbs``:
  "gunmen abducted two journalists"; the object of "detonated" is a weapon, not a target);
- the object of a preposition after an attack verb or noun: "a strike on a market", "fired at
  the convoy"; after "in/at/inside" only for places where people gather and live ("killed in
  the market"), not for a hospital the wounded were taken to or a vehicle someone sat in;
- a compound or possessive of an attack noun ("the hospital blast", "the school's bombing"), or a
  compound of a generic head that is hit ("the hospital building was shelled"; a compound of any
  other noun only names its kind: "a home improvement store");
- a conjunct or apposition of a hit mention ("homes, a mosque and a market were destroyed").

A mention in a sentence without a parse (the engine may skip the parser there) gets ``None``:
the caller falls back on the words around it.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from harmwatch.extract.lang import load_pack
from harmwatch.extract.speech.lemma_classes import forms

EN = load_pack("en")
MAX_CONJ_HOPS = 5


@cache
def _class(key: str) -> frozenset[str]:
    out: set[str] = set()
    for lemma in EN.value("targets", key, []):
        out |= forms(lemma)
    return frozenset(out)


def attack_verb(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX", "ADJ") and t.lower_ in _class("attack_verbs")


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


def is_hit(noun: Token, strict: bool) -> bool:
    """``noun`` (a target mention's head) is attached to an attack word. ``strict``: a place that is
    often only where something else happened (a hospital, a vehicle, a bridge) needs a strong link."""
    strong = frozenset(EN.value("targets", "strong_preps", []))
    weak = frozenset(EN.value("targets", "weak_preps", []))
    n = noun
    for _ in range(MAX_CONJ_HOPS + 1):
        if n.dep_ in ("compound", "poss", "nmod") and attack_noun(n.head):
            return True  # "the hospital blast"
        if n.dep_ == "compound":
            if n.head.lower_ not in _class("generic_heads"):
                return False  # "a home improvement store" names a store
            n = n.head  # "the hospital compound was shelled"
            continue
        if _attached(n, strict, strong, weak):
            return True
        if n.dep_ in ("conj", "appos") and n.head.i != n.i:
            n = n.head
            continue
        break
    # "a restaurant struck by rockets", "the school that was shelled"
    return any(
        c.dep_ in ("acl", "relcl") and attack_verb(c) and c.tag_ in ("VBN", "VBD") for c in noun.children
    )


def _attached(n: Token, strict: bool, strong: frozenset[str], weak: frozenset[str]) -> bool:
    head = n.head
    if head.i == n.i:
        return False
    if n.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass") and (attack_verb(head) or harm_verb(head)):
        return True  # "shelling destroyed the hospital", "gunmen abducted two journalists"
    if n.dep_ == "nsubj" and head.lower_ in ("collapsed", "burned", "burnt", "caught") and not strict:
        return True
    if n.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.head.i != head.i:
        prep, gov = head.lower_, head.head
        attack = attack_verb(gov) or attack_noun(gov)
        if prep in strong and (attack or kill_word(gov)) or prep == "of" and attack_noun(gov):
            return True  # "a strike on a market", "the bombing of the hospital"
        if prep in weak and (attack or kill_word(gov)):
            return not strict or prep in ("at", "inside") and attack_noun(gov)
    return False
