"""Cue classes written as lemmas: a language pack lists each class of stance or charge words once,
by dictionary form ("deny", "apology", "unlawful"), and the patterns of the grammatical frames name
the class (``<deny_verbs>``). Each lemma stands for its inflected forms, generated here by the regular
rules of English inflection (third person, past, participle, plural, with e-drop, y → ie and a doubled
final consonant); over-generation is harmless since a form that is no word never occurs. The
irregular forms of verbs ("tell" → "told", "strike" → "struck", "burn" → "burnt") come from
``lang/en/irregular.json``, which ``scripts/build_pack_forms.py en`` generates at build time from
spaCy's English lemmatizer exceptions; a class lists a form of its own (``=word``) only where it
wants that form without its lemma's others.

The forms are expanded into the patterns at load time, so matching stays one regex pass per cue;
no lemmatizer runs (``engine.load_nlp`` keeps it off: it costs parse time and would not see the
frames, which span several words)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from harmwatch.extract.lang import load_pack

Cue = tuple[str, tuple[str, ...], re.Pattern[str]]  # as speech.quotes.Cue
_VOWELS = "aeiou"
_CLASS = re.compile(r"<([a-z_]+)>")
SAID = ":said"


@cache
def _irregular() -> dict[str, frozenset[str]]:
    """Each verb's irregular forms (``lang/en/irregular.json``)."""
    return {lemma: frozenset(listed) for lemma, listed in load_pack("en").table("irregular", "verbs").items()}


def forms(lemma: str) -> set[str]:
    """The inflected forms of one English lemma (verb or noun; a phrase inflects its first word):
    the regular ones and the irregular ones listed for it."""
    head, sep, rest = lemma.partition(" ")
    return {f + sep + rest for f in regular_forms(head) | _irregular().get(head, frozenset())}


def regular_forms(head: str) -> set[str]:
    """The forms the regular rules of English inflection give one word."""
    out = {head, head + "s", head + "es", head + "ed", head + "d", head + "ing", head + "al"}
    if head.endswith("e"):
        out |= {head[:-1] + "ing", head[:-1] + "ion", head[:-1] + "ions"}
    if head.endswith("y") and len(head) > 2 and head[-2] not in _VOWELS:
        out |= {head[:-1] + "ies", head[:-1] + "ied"}
    if len(head) > 2 and head[-1] not in _VOWELS + "wxy" and head[-2] in _VOWELS and head[-3] not in _VOWELS:
        out |= {head + head[-1] + "ed", head + head[-1] + "ing"}  # admit → admitted, regret → regretted
    if head.endswith(("s", "x", "z", "ch", "sh")):
        out.add(head + "es")
    out.discard(head + "al")  # only kept where the pack lists the adjective itself
    return out


# False: long classes compile as tries (several times faster to scan); True: one flat alternation
FLAT = False


def class_forms(words: Iterable[str]) -> set[str]:
    """Every form of a class's ``words`` ("=word": that exact form only): the strings a class
    matches. Read them here, never back out of the regex, whose shape is not a word list."""
    found: set[str] = set()
    for w in words:
        found |= forms(w) if not w.startswith("=") else {w[1:]}
    return found


def alternation(words: Iterable[str]) -> str:
    """One regex group of every form of ``words``, longest first; spaces match any whitespace.

    The forms are written as a trie ("deni(?:als?|ed|es|ing)" rather than "denials|denied|..."):
    the regex engine then tries a handful of branches at each word rather than every form, several
    times faster on long classes. It matches what the flat alternation, longest form first,
    matches: the forms that fit the text at one place are prefixes of one another (branches of
    a trie node begin with different characters), and a trie tries the longer one first too."""
    found = class_forms(words)
    if FLAT or any(f != f.lower() for f in found):  # branches must differ under re.I: flat form
        parts = sorted(found, key=lambda f: (-len(f), f))
        return "(?:" + "|".join(_symbol_pattern(p) for p in parts) + ")"
    trie: dict = {}
    for f in found:
        node = trie
        for ch in f:
            node = node.setdefault(ch, {})
        node[""] = {}  # a form ends here
    return "(?:" + _trie_pattern(trie) + ")"


def _symbol_pattern(text: str) -> str:
    return re.escape(text).replace(r"\ ", r"\s+")


def _trie_pattern(node: dict) -> str:
    """The regex of a trie node: its branches, then (where a form ends at the node) nothing,
    through a greedy ``?`` so that the longer forms are tried first."""
    branches = [_symbol_pattern(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def expand(pattern: str, classes: Mapping[str, list[str]]) -> str:
    """``pattern`` with each ``<class>`` replaced by the alternation of its forms."""

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in classes:
            raise KeyError(f"unknown cue class <{name}>")
        return alternation(classes[name])

    return _CLASS.sub(sub, pattern)


def compile_cues(
    records: Iterable[Mapping[str, object]], classes: Mapping[str, list[str]]
) -> tuple[Cue, ...]:
    """(label, triggers, pattern) per record: ``pattern`` is one frame or a list of frames; the
    triggers are cheap substrings every match contains (empty: the pattern always runs). A record
    marked ``"said": true`` holds frames that are a stance only as someone's reported words ("the
    army said the dead were fighters"), never in the report's narration: its label ends in
    :data:`SAID`."""
    out = []
    for rec in records:
        frames = rec["pattern"] if isinstance(rec["pattern"], list) else [rec["pattern"]]
        regex = "|".join(f"(?:{expand(str(f), classes)})" for f in frames)
        listed = rec.get("triggers", ())
        if not isinstance(listed, Iterable):
            raise TypeError(f"cue {rec['label']}: triggers must be a list")
        triggers = tuple(str(t) for t in listed)
        label = str(rec["label"]) + (SAID if rec.get("said") else "")
        out.append((label, triggers or ("",), re.compile(regex, re.I)))
    return tuple(out)
