"""Event types in wording the dev reports rarely use (issue 12), on reports written for these tests:
an abduction named beside a killing, hostages as a strike's context, fighting words in the body of
an attack report, forced disappearances, and air and artillery words outside the common ones."""

from __future__ import annotations

import pytest

from harmwatch.extract.events.classify import classify

# a neutral body: who was hit, rescue work, the area's background (its "explosions" are heard, not typed)
BODY = (
    "\n\nThe victims included women and children, a local official told reporters. Residents said "
    "they had heard several loud explosions before dawn. Rescue teams were searching the site on "
    "Wednesday and the toll could rise, the official said. The area has seen repeated violence in "
    "recent months, and aid groups have warned of a worsening situation for families who have "
    "nowhere else to go."
)


def test_hostages_taken_after_a_massacre_in_the_lead_is_an_attack(make_ctx):
    text = (
        "Rebels killed 38 at funeral in Kombo\n\n"
        "Rebels killed at least 38 people with knives and machetes at a funeral wake in the village "
        "of Kombo on the night of May 3, civil society leaders said on Thursday.\n\n"
        "Bodies were only recovered three days later because troops had not secured the roads to the "
        "village, said Jonas Mbeli, a civil society official in the territory. The attackers also "
        "burned a health post and several granaries before leaving. Another 11 people were taken "
        "hostage."
    )
    assert classify(make_ctx(text, "2025-05-08")).sub_event_type == "Attack"


def test_hostages_held_elsewhere_do_not_type_a_deadly_air_strike(make_ctx):
    text = (
        "Strike on house kills nine in Tarsel\n\n"
        "An air strike flattened a family home in the town of Tarsel before dawn on Thursday, killing "
        "nine people, four of them children, the civil defence said. The group that controls the town "
        "still holds hostages seized last year, and talks on their release resumed on Wednesday."
    )
    assert classify(make_ctx(text, "2025-02-14")).sub_event_type == "Air/drone strike"


def test_a_kidnapping_in_the_lead_stays_an_abduction(make_ctx):
    text = (
        "Armed men abducted 28 pupils from a school in the village of Garel before dawn on Saturday, "
        "residents said. A guard was killed as he tried to close the gate."
    )
    assert classify(make_ctx(text, "2024-03-10")).sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        (
            "Gunmen kill 30 villagers in Tangol\n\n"
            "Gunmen killed 30 villagers in an attack on the village of Tangol on Sunday, security "
            "sources said.\n\nThe army later clashed with the attackers, killing several of them, the "
            "sources said. Soldiers and volunteer fighters have been battling armed groups in the "
            "region for years, and the fighting has displaced two million people. The army repelled a "
            "separate attack on a military post nearby.",
            "Attack",
        ),
        (
            "Police fire on protesters in Velmar, two dead\n\n"
            "Police fired tear gas and live rounds at protesters in Velmar on Tuesday, killing two "
            "people, witnesses said.\n\nDemonstrators threw stones and clashed with police in several "
            "neighbourhoods. Running battles continued into the evening, and police said 40 officers "
            "had been injured in the clashes.",
            "Excessive force against protesters",
        ),
    ],
)
def test_the_opening_decides_a_clash_the_body_made(make_ctx, text, sub_type):
    assert classify(make_ctx(text, "2024-05-08")).sub_event_type == sub_type


def test_men_taken_by_security_forces_and_not_seen_since_is_a_disappearance(make_ctx):
    text = (
        "Families say security forces took 14 men in night raids\n\n"
        "Security forces detained 14 men during night raids on the town of Dorvan last week and their "
        "families have had no news of them since, a rights group said on Wednesday. The men were taken "
        "away by men in uniform on April 29 and have not been brought before any court."
    )
    assert classify(make_ctx(text, "2025-05-07")).sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    ("lead", "sub_type"),
    [
        (
            "An air attack on a house in Varno killed 12 people on Tuesday, officials said.",
            "Air/drone strike",
        ),
        (
            "Government planes carried out sorties over Varno on Tuesday, killing 12 civilians.",
            "Air/drone strike",
        ),
        (
            "An unmanned aerial vehicle fired at a car in Varno on Tuesday, killing 12 people.",
            "Air/drone strike",
        ),
        ("A Su-34 bomber hit a market in Varno on Tuesday, killing 12 civilians.", "Air/drone strike"),
        (
            "Tanks fired at tents in Varno on Tuesday, killing 12 people, medics said.",
            "Shelling/artillery/missile attack",
        ),
        (
            "Navy gunboats fired on the coast of Varno on Tuesday, killing 12 people.",
            "Shelling/artillery/missile attack",
        ),
        (
            "An Iskander hit the centre of Varno on Tuesday, killing 12 people.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_air_and_artillery_words_beyond_the_common_ones(make_ctx, lead, sub_type):
    text = "Twelve killed in Varno\n\n" + lead + BODY
    assert classify(make_ctx(text, "2024-05-08")).sub_event_type == sub_type
