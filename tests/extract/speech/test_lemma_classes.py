"""Cue classes: a lemma's inflections, and the trie-shaped regex that matches them."""

from __future__ import annotations

import re

import pytest

from harmwatch.extract.speech.lemma_classes import alternation, expand, forms


def _flat(words: list[str]) -> str:
    """The plain alternation of every form, longest first: what the trie must match like."""
    found: set[str] = set()
    for w in words:
        found |= forms(w) if not w.startswith("=") else {w[1:]}
    parts = sorted(found, key=lambda f: (-len(f), f))
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts) + ")"


CLASSES = [
    ["deny", "dismiss", "refute", "=denial", "=denials"],
    ["admit", "regret", "apologise", "=apology"],
    ["could not", "would not", "decline", "refuse", "=will not"],
    ["target", "=targets", "=target practice", "=tar"],
    ["strike", "=struck", "=strike back"],
]
SENTENCES = [
    "The army denied it, dismissing the claims; the ministry had refuted them and issued denials.",
    "Officials admitted the error, regretted the deaths and apologised, but offered no apology.",
    "They could  not\nsay; the police would not comment, declining to, and refused.",
    "Targets, target practice and targeting: tar, tarmac, targetted.",
    "Jets struck twice; a strike back followed, then strikes and striking.",
    "DENIED Denial dEnIaLs, Could Not, STRUCK",
]


@pytest.mark.parametrize("words", CLASSES)
def test_the_trie_matches_what_the_flat_alternation_matches(words):
    for frame in (r"\b{}\b", r"\b{}", r"{}\s+(?:to|the)\b", r"\b{}(?:s|ed)?\b"):
        trie = re.compile(frame.format(alternation(words)), re.I)
        flat = re.compile(frame.format(_flat(words)), re.I)
        for text in SENTENCES:
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_the_longer_form_wins_where_both_fit():
    pattern = re.compile(alternation(["=strike", "=strike back", "=strikes"]), re.I)
    assert pattern.match("strike  back now").group() == "strike  back"
    assert pattern.match("strikes").group() == "strikes"
    assert pattern.match("striker").group() == "strike"


def test_a_class_with_capitals_keeps_the_flat_alternation():
    pattern = alternation(["=WFP", "=wfp agency"])
    assert pattern == _flat(["=WFP", "=wfp agency"])


def test_expand_names_the_class():
    pattern = re.compile(r"\b" + expand("<deny> the (?:claim|report)", {"deny": ["deny"]}) + r"\b", re.I)
    assert pattern.search("they denied the claim")
    assert not pattern.search("they denounced the claim")


def test_forms_inflect_regularly():
    assert {"denies", "denied", "denying"} <= forms("deny")
    assert {"admitted", "admitting"} <= forms("admit")
    assert {"refusing", "refused"} <= forms("refuse")
