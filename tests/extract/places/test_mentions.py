"""Candidate place mentions and their cues (sentences written for these tests)."""

from __future__ import annotations

import pytest

from harmwatch.extract.places.mentions import datelines, find_mentions, not_place


def mentions(ctx):
    bounds = [(s.start_char, s.end_char) for s in ctx.doc.sents]
    return {m.name: m for m in find_mentions(ctx, bounds)}


def test_cue_phrases_name_the_kind_of_place(make_ctx):
    ctx = make_ctx("Shells hit the village of Qqarbeit and a market in Hama province on Monday.")
    found = mentions(ctx)
    assert found["Qqarbeit"].cue == "city"
    assert found["Hama"].cue == "admin1"
    text = ctx.text
    assert text[found["Hama"].start : found["Hama"].end] == "Hama"


def test_region_written_after_a_place(make_ctx):
    ctx = make_ctx(
        "Gunmen attacked a post in Qqaliabad, Kandahar, killing two policemen. A blast hit Qqoro (Qqega, Vellmaro)."
    )
    found = mentions(ctx)
    assert found["Qqaliabad"].container == "kandahar"
    assert found["Qqoro"].container == "vellmaro"


def test_list_is_not_a_hierarchy(make_ctx):
    found = mentions(make_ctx("Air strikes hit Homs, Idlib and Aleppo."))
    assert found["Homs"].container == ""


def test_actor_words(make_ctx):
    found = mentions(make_ctx("The military forces of Armenia fired at positions near Qqoyali, Qqorbay."))
    assert found["Armenia"].actor is True
    assert found["Qqoyali"].actor is False


def test_not_place_and_datelines():
    assert not_place("Taliban") and not_place("Tuesday") and not_place("Syrians")
    assert not not_place("Aleppo")
    text = "SANAA, Yemen (AP) \u2014 An airstrike hit a hall."
    assert datelines(text) == [(0, 20)]


def test_lowercase_connectors_and_bracketed_units(make_ctx):
    ctx = make_ctx(
        "On 6 May, in Tulum, Quintana Roo, two men were shot. "
        "A mob attacked police at Qqikiapara (Hooghly district, West Bengal)."
    )
    found = mentions(ctx)
    assert found["Tulum"].container == "quintana roo"
    assert found["Qqikiapara"].container == "west bengal"


def test_parts_of_places(make_ctx):
    found = mentions(
        make_ctx(
            "Gunmen attacked the Qqurub area of Qqalat district. A shell hit Qqeno village, Pauktaw Township. "
            "The Darfur village of Qqaba burned."
        )
    )
    assert found["Qqurub"].container == "qqalat" and found["Qqalat"].cue == "district"
    assert found["Qqeno"].container == "pauktaw"
    assert found["Qqaba"].container == ""  # the village is Qqaba, not a part of Darfur


def test_between_marks_the_first_end(make_ctx):
    found = mentions(make_ctx("A bomb hit a bus between Qqorta and Qqelbo towns."))
    assert found["Qqorta"].first_end is True
    assert found["Qqelbo"].first_end is False


def test_people_named_after_a_place_are_not_places(make_ctx):
    found = mentions(
        make_ctx("Qqara tribesmen clashed with herders in Sennar state, and the Qqubi family home burned.")
    )
    assert "Qqara" not in found and "Qqubi" not in found
    assert "Sennar" in found


def test_a_place_name_ends_at_a_line_break(make_ctx):
    ctx = make_ctx(
        "A bomb fell on a school in the besieged city of Vellmar\nMayor Qorb Tanner said it was full."
    )
    found = mentions(ctx)
    assert "Vellmar" in found
    assert not any("\n" in name for name in found)


# (sentence, a name no region holds, a place, the region that holds it)
NOT_HELD_CASES = {
    "an office of an organisation is not held by the region after it": (
        "The toll was published by the Ministry of Interior, Idlib, after shells hit Qqarbeit, Idlib, on Monday.",
        "Interior",
        "Qqarbeit",
        "idlib",
    ),
    "a person before a possessive is not held by it": (
        "Relatives said the medic was killed at dawn, and Yusuf Qqaroub, Ahmad's brother, wrote online "
        "that the ambulance was hit near Qqarbeit, Kandahar.",
        "Yusuf Qqaroub",
        "Qqarbeit",
        "kandahar",
    ),
}


@pytest.mark.parametrize("case", NOT_HELD_CASES)
def test_a_name_before_a_region_is_not_always_held_by_it(make_ctx, case):
    sentence, free, place, region = NOT_HELD_CASES[case]
    found = mentions(make_ctx(sentence))
    assert free not in found or not found[free].container
    assert found[place].container == region
