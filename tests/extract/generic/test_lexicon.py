"""Pack phrases compiled into matchers: endings, compounds, apostrophes, labels, offsets."""

from __future__ import annotations

from harmwatch.extract.generic.lexicon import make_matcher, phrase_pattern


def test_star_at_the_end_matches_any_ending() -> None:
    m = make_matcher({"killed": ["tué*"]})
    assert [h.text for h in m.find("Trois tués, une tuée, un tuyau.")] == ["tués", "tuée"]


def test_star_at_the_start_matches_compounds() -> None:
    m = make_matcher({"shelling": ["*beschuss"]})
    assert [h.text for h in m.find("Nach dem Raketenbeschuss und dem Beschuss")] == [
        "Raketenbeschuss",
        "Beschuss",
    ]


def test_words_are_whole_words() -> None:
    m = make_matcher({"x": ["mine"]})
    assert [(h.start, h.text) for h in m.find("la famine et la mine")] == [(16, "mine")]


def test_apostrophes_and_spaces_are_loose() -> None:
    m = make_matcher({"q": ["jusqu'à", "plus de"]})
    text = "jusqu’à 30, plus  de 20"
    assert [h.text for h in m.find(text)] == ["jusqu’à", "plus  de"]


def test_labels_and_offsets_slice_the_text() -> None:
    m = make_matcher({"a": ["frappe aérienne"], "b": ["missile*"]})
    text = "Une frappe aérienne puis des missiles."
    hits = m.find(text)
    assert [h.label for h in hits] == ["a", "b"]
    assert all(text[h.start : h.end] == h.text for h in hits)


def test_match_at_only_at_the_position() -> None:
    m = make_matcher({"v": ["civils"]})
    text = "12 civils"
    assert m.match_at(text, 3) is not None
    assert m.match_at(text, 0) is None


def test_empty_table_matches_nothing() -> None:
    m = make_matcher({"x": []})
    assert not m
    assert m.find("anything") == []


def test_pattern_escapes_regex_characters() -> None:
    assert "\\." in phrase_pattern("ca.")


def test_beginnings_and_endings_of_every_length_are_found() -> None:
    """Candidates come from the listed lengths of beginnings and endings only: a short and a long
    beginning of one word, and endings that are the whole word, all still match."""
    m = make_matcher({"a": ["bomb*", "bombard* aérien"], "b": ["*angriff", "angriff"], "c": ["x*"]})
    text = "Bombardement aérien, bombes, Luftangriff, Angriff, x, xylophone"
    assert [(h.label, h.text) for h in m.find(text)] == [
        ("a", "Bombardement aérien"),
        ("a", "bombes"),
        ("b", "Luftangriff"),
        ("b", "Angriff"),
        ("c", "x"),
        ("c", "xylophone"),
    ]


def test_phrases_do_not_overlap_and_the_longest_wins() -> None:
    m = make_matcher({"short": ["frappe"], "long": ["frappe de drone"]})
    text = "une frappe de drone, puis une frappe"
    assert [(h.label, h.text) for h in m.find(text)] == [("long", "frappe de drone"), ("short", "frappe")]
