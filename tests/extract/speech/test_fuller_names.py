"""Fuller names of bare institution nouns."""

from __future__ import annotations

from harmwatch.extract.speech.fuller_names import fuller


def test_a_bare_noun_takes_the_one_full_name_the_text_gives():
    text = "The Zarvian Defence Ministry spoke on Monday. The ministry denied the claims."
    assert fuller(text, "ministry") == "Zarvian Defence Ministry"


def test_two_bodies_with_the_same_noun_leave_the_bare_noun():
    text = "The Zarvian Health Ministry counted the dead. The Zarvian Defence Ministry denied the claims."
    assert fuller(text, "ministry") == "ministry"


def test_a_name_is_not_read_across_a_sentence_end_or_from_a_number():
    text = "Soldiers came from Port Lanka. Lankan authorities said so. Two Army trucks left."
    assert fuller(text, "authorities") == "Lankan authorities"
    assert fuller("Two Army trucks left. The army said it was investigating.", "army") == "army"
    assert fuller("The U.S. military said it was investigating.", "military") == "U.S. military"


def test_names_and_other_nouns_are_left_alone():
    assert fuller("The Zarvian army spoke.", "Zarvian army") == "Zarvian army"
    assert fuller("The Zarvian villagers spoke.", "villagers") == "villagers"
    assert fuller("No text names it.", None) is None
