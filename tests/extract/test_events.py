"""Incident or not, and the ACLED sub-event type, on sentences written for these tests."""

from __future__ import annotations

import pytest

from harmwatch.extract.events import classify


@pytest.mark.parametrize(
    ("text", "sub_type", "weapon"),
    [
        (
            "Warplanes carried out an air strike on a crowded market in the town of Dalvar on Monday, "
            "killing at least 30 civilians, residents said.",
            "Air/drone strike",
            "air strike",
        ),
        (
            "Artillery shelling hit the eastern district of Morvel overnight, killing four people and "
            "wounding nine, local officials said on Tuesday.",
            "Shelling/artillery/missile attack",
            "artillery",
        ),
        (
            "A suicide bomber blew himself up at a checkpoint outside the city on Friday, killing 12 people.",
            "Suicide bomb",
            "suicide bomb",
        ),
        (
            "A roadside bomb struck a minibus near the village of Tarek on Sunday, killing seven passengers.",
            "Remote explosive/landmine/IED",
            "improvised explosive device",
        ),
        (
            "Gunmen stormed the village of Kaveri on Saturday night and shot dead 14 villagers, "
            "survivors said.",
            "Attack",
            "gunmen",
        ),
        (
            "On 4 March 2021, rebel fighters clashed with army soldiers near Oruma. Two soldiers were killed.",
            "Armed clash",
            "firearms",
        ),
        (
            "Armed men abducted 25 students from a boarding school in the north on Wednesday, police said.",
            "Abduction/forced disappearance",
            None,
        ),
        (
            "Security forces opened fire on protesters at the sit-in on Monday, killing at least 11 people, "
            "doctors said.",
            "Excessive force against protesters",
            "gunfire",
        ),
        (
            "A suspected chemical attack with chlorine gas killed 20 people in the besieged town on Saturday.",
            "Chemical weapon",
            "chemical agent",
        ),
        (
            "An angry mob lynched a man accused of theft in the market town on Thursday, police said.",
            "Mob violence",
            None,
        ),
    ],
)
def test_incidents_get_their_type(make_ctx, text, sub_type, weapon):
    kind = classify(make_ctx(text))
    assert kind.is_incident is True
    assert kind.background is False
    assert kind.sub_event_type == sub_type
    assert kind.weapon == weapon


def test_span_points_at_the_deciding_words(make_ctx):
    text = "An air strike hit a wedding party in the village on Monday, killing 20 people."
    kind = classify(make_ctx(text))
    assert kind.span is not None
    assert text[kind.span.start : kind.span.end] == "air strike"


@pytest.mark.parametrize(
    "text",
    [
        # sport written in the words of war
        "The visitors launched attack after attack and crushed the home team 6-0 in the league match on "
        "Saturday. The striker scored twice before half-time as the coach watched his players clash.",
        # a natural disaster with a death toll
        "The death toll from the magnitude 6.8 earthquake rose to 140 on Tuesday as rescuers searched "
        "the rubble of collapsed buildings for survivors.",
        # an accident
        "A bus crash on the mountain road killed 18 passengers on Sunday after the vehicle collided with "
        "a truck, police said. The accident is under investigation.",
        # a military exercise
        "Troops fired artillery and tanks rolled across the plain as the joint military exercise began on "
        "Monday, with drills to last two weeks.",
        # a peaceful protest in ACLED's words
        "On 3 May 2020, in Santa Lucia, teachers held a protest in front of the town hall, demanding the "
        "payment of their salaries.",
        # a policy debate
        "The senate voted on the defence spending bill on Friday after lawmakers agreed on the arms deal "
        "and new sanctions.",
    ],
)
def test_non_incidents(make_ctx, text):
    kind = classify(make_ctx(text))
    assert kind.is_incident is False
    assert kind.sub_event_type is None


def test_trial_of_a_past_massacre_is_background(make_ctx):
    text = (
        "Two former militia leaders pleaded not guilty on Tuesday as their trial opened at the "
        "international criminal court. Prosecutors say their fighters massacred villagers and attacked "
        "civilians in 2014."
    )
    kind = classify(make_ctx(text))
    assert (kind.is_incident, kind.background) == (True, True)


def test_empty_text_is_no_incident(make_ctx):
    kind = classify(make_ctx(""))
    assert (kind.is_incident, kind.sub_event_type, kind.span) == (False, None, None)
