"""The actor an accused noun phrase names."""

from __future__ import annotations

import pytest

from harmwatch.extract.actors.accused import actor_of, resolve


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Russian", "Russia"),
        ("Moscow", "Russia"),
        ("the Kremlin", "Russia"),
        ("Putin’s forces", "Russia"),
        ("Russian air strikes", "Russia"),
        ("Israeli forces", "Israel"),
        ("the Saudi-led coalition", "Saudi-led coalition"),
        ("Hamas", "Hamas"),
        ("Sudanese troops", "Sudan"),
        ("the army", None),
        ("the old market", None),
    ],
)
def test_actor_of(phrase: str, expected: str | None) -> None:
    assert actor_of(phrase) == expected


def test_resolve_reads_the_words_around_the_token(nlp) -> None:
    text = "Witnesses blamed the Saudi-led coalition for the raid."
    doc = nlp(text)
    saudi = next(t for t in doc if t.text == "Saudi")
    assert resolve(text, "Saudi", saudi) == "Saudi-led coalition"
    assert resolve(text, "a local commander", None) == "a local commander"
