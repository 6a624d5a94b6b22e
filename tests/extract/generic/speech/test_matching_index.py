"""The index of a phrase group: a word's candidate phrases, exact forms first, then the phrases
whose first word is a stem it begins with, in the group's order (looked up by the word's
beginnings, not by trying every stem)."""

from __future__ import annotations

from harmwatch.extract.generic.speech.lexicon import Phrase
from harmwatch.extract.generic.speech.matching import _index


def _phrase(label: str, exact: set[str], stems: tuple[str, ...]) -> Phrase:
    return Phrase(label, ((frozenset(exact), stems), None))


PHRASES = (
    _phrase("a", {"dementi"}, ("démen", "dément")),
    _phrase("b", set(), ("dé",)),
    _phrase("c", {"niait"}, ()),
    _phrase("d", set(), ("démenti",)),
    _phrase("e", set(), ("rej", "démen")),
    _phrase("f", set(), ("",)),  # a lone "*": any word
)


def _naive(variants: tuple[str, ...]) -> tuple[str, ...]:
    """The definition: exact forms variant by variant, then every stem phrase that fits."""
    out = [ph for v in variants for ph in PHRASES if v in ph.parts[0][0]]
    out += [ph for ph in PHRASES if any(v.startswith(p) for v in variants for p in ph.parts[0][1])]
    return tuple(ph.label for ph in dict.fromkeys(out))


def test_candidates_are_the_exact_forms_then_the_fitting_stems_in_order() -> None:
    index = _index(PHRASES)
    for variants in [
        ("démentait",),
        ("dementi", "démentis"),
        ("rejetait", "démentis"),
        ("niait",),
        ("d",),
        ("",),
        ("déments", "dé"),
    ]:
        got = tuple(ph.label for ph in index.candidates(variants))
        assert got == _naive(variants), variants
    assert [ph.label for ph in index.candidates(("démentait",))] == ["a", "b", "e", "f"]
