"""The document text cut into runs around its claims' words (for <mark>ing them in place)."""

from __future__ import annotations

from harmwatch.web.queries import text_segments


def test_runs_cover_the_text_and_know_their_claims():
    text = "Shelling killed 12 people, the ministry said."
    a, b = text.index("killed"), text.index(" people")
    segs = text_segments(text, [(1, "casualty", a, b), (2, "quote", text.index("the"), len(text) - 1)])
    assert "".join(s.text for s in segs) == text
    marked = [(s.text, s.claims, s.starts) for s in segs if s.claims]
    assert marked == [("killed 12", (1,), (1,)), ("the ministry said", (2,), (2,))]


def test_overlapping_claims_split_into_runs_and_bad_spans_are_left_out():
    text = "abcdefghij"
    segs = text_segments(
        text, [(1, "casualty", 2, 6), (2, "quote", 4, 8), (3, "x", 5, 99), (4, "y", None, 3)]
    )
    assert [(s.text, s.claims, s.starts) for s in segs] == [
        ("ab", (), ()),
        ("cd", (1,), (1,)),
        ("ef", (1, 2), (2,)),
        ("gh", (2,), ()),
        ("ij", (), ()),
    ]
    assert segs[2].kinds == ("casualty", "quote")
