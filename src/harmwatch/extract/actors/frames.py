"""The role an actor's mention plays in its sentence, read from the dependency parse.

A name in a report of an attack is not always the attacker: it may speak of the attack, watch
its aftermath, suffer it or only say where it happened. The role of a mention (its noun phrase's
head, climbed through the compounds and conjuncts that only extend it) is one of:

- ``agent``: it does the attack: subject of an attack or harm verb ("gunmen stormed", "the army
  shelled"), of a verb whose object is an attack noun ("X carried out strikes"), the ``by`` phrase
  of an attack ("shelled by X", "the shelling by X"), the possessor or modifier of an attack noun
  ("X's strike", "a Houthi attack");
- ``blamed``: a speaker lays the attack at its door: object of a blame verb ("blamed X", "accused
  X of shelling"), ``on``/``for`` after one ("blamed the attack on X"); or it claims the act
  itself ("X claimed responsibility");
- ``speaker``: subject of a verb of speech, belief, enquiry or watching ("X said", "police
  suspect", "soldiers look on", "X accused Y"): it talks about or looks at the attack;
- ``target``: what the attack hit: object or passive subject of an attack verb, ``on``/``against``
  after an attack word ("an attack on X");
- ``place``: a place named after ``in``, ``near``, ``from``... ("in X");
- ``describer``: it only qualifies a speaker or a place ("a spokesman of X", "X officials",
  "X-held territory");
- ``None``: none of these, or a sentence without a parse.

The word classes are the English pack's (``actors.json``: ``frame_*``, given as lemmas and
inflected at load; attack words are the targets pack's ``attack_verbs``, ``harm_verbs`` and
``attack_nouns``).
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from spacy.tokens import Doc, Token

from harmwatch.extract.lang import load_pack
from harmwatch.extract.speech.lemma_classes import forms
from harmwatch.extract.speech.speaker_words import SPEECH_VERBS

EN = load_pack("en")
Role = Literal["agent", "blamed", "speaker", "target", "place", "describer"]
ROLES: tuple[Role, ...] = ("agent", "blamed", "speaker", "target", "place", "describer")
_MAX_CLIMB = 4  # compounds, conjuncts, appositions and "of" phrases climbed from a mention's head
_NOMINAL = ("NOUN", "PROPN", "PRON", "ADJ", "NUM")


@cache
def _class(pack: str, key: str) -> frozenset[str]:
    out: set[str] = set()
    for lemma in EN.value(pack, key, []):
        out |= forms(lemma)
    return frozenset(out)


def _attack_verb(t: Token) -> bool:
    w = t.lower_
    return t.pos_ in ("VERB", "AUX") and (
        w in _class("targets", "attack_verbs") or w in _class("targets", "harm_verbs")
    )


def _attack_noun(t: Token) -> bool:
    return t.pos_ in ("NOUN", "PROPN") and t.lower_ in _class("targets", "attack_nouns")


def _in(t: Token, key: str) -> bool:
    return t.lower_ in _class("actors", key)


def _words(key: str) -> frozenset[str]:
    return frozenset(EN.value("actors", key, []))


def _head_of(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if span.root.i == span.start and span.root.pos_ == "VERB" and len(span) > 1:
        return span[-1]  # "suspected militants" as a verb and its object: the actor is the noun
    return span.root


def _hypothetical(v: Token) -> bool:
    """``v`` says what may happen, not what did: "may be planning", "could strike"."""
    return any(c.dep_ == "aux" and c.lower_ in _words("frame_modals") for c in v.children)


def _says_itself_did(v: Token) -> bool:
    """Speech verb ``v`` reports that its own subject did the attack: "the army said it struck",
    "X said its forces shelled" (a clause whose attack verb's subject is a pronoun or names the
    speaker's own forces)."""
    for c in v.children:
        if c.dep_ not in ("ccomp", "conj", "advcl"):
            continue
        for w in c.subtree:
            if not _attack_verb(w):
                continue
            for sub in w.children:
                if sub.dep_ != "nsubj":
                    continue
                if sub.lower_ in _words("frame_self_pronouns"):
                    return True
                if any(p.dep_ == "poss" and p.lower_ in _words("frame_self_pronouns") for p in sub.children):
                    return True
    return False


def _verb_role(v: Token) -> Role | None:
    """The role of the subject of verb ``v``."""
    if _hypothetical(v):
        return None
    if _attack_verb(v):
        return "agent"
    objects = [c for c in v.children if c.dep_ in ("dobj", "attr")]
    if any(_attack_noun(o) for o in objects):
        return "agent"  # "carried out strikes", "launched an attack"
    if any(c.dep_ == "xcomp" and _attack_verb(c) for c in v.children):
        return "agent"  # "continued to shell"
    if _in(v, "frame_claim_verbs") and any(_in(o, "frame_claim_nouns") for o in objects):
        return "blamed"  # "claimed responsibility"
    if v.lower_ in SPEECH_VERBS or _in(v, "frame_watch_verbs") or _in(v, "frame_blame_verbs"):
        return "blamed" if _says_itself_did(v) else "speaker"
    return None


def role_of(doc: Doc, start: int, end: int) -> Role | None:
    """The role of the actor named at ``doc.text[start:end]`` (see the module's docstring)."""
    t = _head_of(doc, start, end)
    if t is None or not t.dep_ or not doc.has_annotation("DEP"):
        return None
    if _attack_noun(t) and t.idx >= start:
        return "agent"  # the mention names an attack: "Russian airstrikes"
    for _ in range(_MAX_CLIMB):
        h = t.head
        if t.dep_ in ("compound", "amod", "nmod", "poss", "nummod"):
            if _attack_noun(h):
                return "agent"  # "X's strike", "a Houthi attack"
            if h.lower_ in _class("actors", "frame_describer_nouns") or h.lower_.endswith(
                ("-held", "-controlled", "-run")
            ):
                return "describer"  # "X officials", "X's spokesman"
            t = h  # "Houthi militias": the phrase's head
            continue
        if t.dep_ in ("conj", "appos") and h.pos_ in _NOMINAL:
            t = h
            continue
        if t.dep_ == "pobj" and h.lower_ == "of" and h.head.pos_ in ("NOUN", "PROPN"):
            g = h.head
            if _in(g, "frame_describer_nouns"):
                return "describer"  # "a spokesman of X"
            if _attack_noun(g):
                return "target"  # "the bombing of X"
            t = g  # "the positions of X were shelled": the role of what X owns
            continue
        break
    dep, h = t.dep_, t.head
    if dep == "nsubj":
        return _verb_role(h)
    if dep == "nsubjpass":
        return "target" if _attack_verb(h) else None
    if dep == "dobj":
        if _in(h, "frame_blame_verbs"):
            return "blamed"  # "blamed X", "accused X of ..."
        return "target" if _attack_verb(h) else None
    if dep == "pobj" or (dep == "agent"):
        return _prep_role(t, h)
    return None


def _prep_role(t: Token, prep: Token) -> Role | None:
    if t.dep_ == "agent":
        return None
    p, g = prep.lower_, prep.head
    if prep.dep_ == "agent" or p == "by":
        if g.pos_ == "VERB" or _attack_noun(g):
            return "agent"  # "shelled by X", "the shelling by X", "killed by X"
        return None
    if p in ("on", "for") and (
        _in(g, "frame_blame_verbs") or (g.dep_ == "dobj" and _in(g.head, "frame_blame_verbs"))
    ):
        return "blamed"  # "blamed X for", "blamed the attack on X" (however the parse hangs "on")
    if p == "of":
        if g.lower_ in _class("actors", "frame_describer_nouns"):
            return "describer"  # "a spokesman of X"
        if _attack_noun(g):
            return "target"  # "the bombing of X"
        return None
    if p in _words("frame_target_preps") and (_attack_noun(g) or _attack_verb(g)):
        return "target"  # "an attack on X", "fired at X"
    if p in _words("frame_place_preps"):
        return "place"
    return None
