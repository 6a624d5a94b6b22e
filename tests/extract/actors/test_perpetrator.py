"""The perpetrator, its country and kind, and how the report attributes the act."""

from __future__ import annotations

import pytest

from harmwatch.extract.actors.perpetrator import find_perpetrator, main_country


@pytest.mark.parametrize(
    ("text", "name", "country", "kind"),
    [
        (
            "Russian air strikes hit a market in the town of Ardel on Monday, killing 40 people.",
            "Russia",
            "RU",
            "state",
        ),
        (
            "An air strike by the Saudi-led coalition hit a funeral hall in the capital on Saturday, "
            "killing 50 mourners.",
            "Saudi-led coalition",
            "SA",
            "state",
        ),
        (
            "Israeli forces opened fire on a car near the crossing on Friday, killing two men.",
            "Israel",
            "IL",
            "state",
        ),
        (
            "An IDF strike destroyed a house in the camp overnight, killing six people.",
            "Israel",
            "IL",
            "state",
        ),
        (
            "Al-Shabab fighters stormed a hotel in the port city on Sunday and killed 12 guests.",
            "al-Shabab",
            None,
            "non_state",
        ),
        (
            "Houthi rebels fired a missile at a residential district on Tuesday, killing three people.",
            "Houthis",
            None,
            "non_state",
        ),
        (
            "The Rapid Support Forces attacked the village of Umkar on Monday, killing 25 civilians.",
            "Rapid Support Forces",
            None,
            "non_state",
        ),
        (
            "Gunmen attacked a bus on the highway on Thursday, killing nine passengers.",
            "gunmen",
            None,
            "non_state",
        ),
    ],
)
def test_named_perpetrators(make_ctx, text, name, country, kind):
    perp = find_perpetrator(make_ctx(text))
    assert (perp.name, perp.country, perp.kind) == (name, country, kind)
    assert perp.span is not None
    assert text[perp.span.start : perp.span.end] == perp.text


def test_generic_state_forces_take_the_reports_country(make_ctx):
    text = (
        "Sudanese activists said the army bombed a market in the south of the city on Sunday, "
        "killing 31 people. The army did not comment on the strike."
    )
    perp = find_perpetrator(make_ctx(text))
    assert (perp.country, perp.kind) == ("SD", "state")


def test_claim_of_responsibility(make_ctx):
    text = (
        "A car bomb exploded outside a police station on Monday, killing eight people. "
        "The Islamic State group claimed responsibility for the attack in a statement."
    )
    perp = find_perpetrator(make_ctx(text))
    assert (perp.name, perp.kind, perp.attribution) == ("Islamic State", "non_state", "claimed")


def test_accused_actor_is_alleged(make_ctx):
    text = (
        "Witnesses accused Syrian government forces of shelling the hospital on Tuesday, killing five people."
    )
    perp = find_perpetrator(make_ctx(text))
    assert (perp.country, perp.attribution) == ("SY", "alleged")


def test_passive_voice_without_actor_is_unknown(make_ctx):
    text = "Five people were killed when a bomb went off in a crowded street on Friday, officials said."
    perp = find_perpetrator(make_ctx(text))
    assert (perp.name, perp.country, perp.kind, perp.span) == ("unknown", None, "unknown", None)


def test_country_named_as_a_place_is_not_the_actor(make_ctx):
    text = "A bomb in Yemen killed six people at a checkpoint on Monday, officials said."
    perp = find_perpetrator(make_ctx(text))
    assert perp.name == "unknown"


def test_main_country_counts_names_and_demonyms():
    assert main_country("Nigerian police said the attack in Nigeria's north killed 9.") == "NG"
    assert main_country("no country here") is None
