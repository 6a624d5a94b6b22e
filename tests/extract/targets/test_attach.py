"""Targets attached to attack words through the dependency parse (targets/attach.py)."""

from __future__ import annotations

import pytest

from harmwatch.extract.targets.attach import another_incident, is_hit, not_hit_subject, rode_in
from harmwatch.extract.targets.find import find_targets


def types(ts) -> set[str]:
    return {t.type for t in ts}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # passive subject, far from the attack verb
        (
            "After the bombardment of the eastern district, the old children's hospital was badly damaged.",
            {"medical"},
        ),
        # prepositional object of an attack noun
        (
            "Residents described a deadly drone strike on the crowded fish market late on Friday night.",
            {"market"},
        ),
        # compound of an attack noun
        ("The school bombing left eleven pupils dead in the northern town, officials said.", {"school"}),
        # conjuncts of an object
        (
            "Militiamen looted and torched the houses, two churches and the clinic of the village.",
            {"residential", "place_of_worship", "medical"},
        ),
        # victim roles of the pack's word lists
        ("Gunmen abducted three de-miners working on the road south of the town on Tuesday.", {"aid"}),
        (
            "Guards shot dead four detainees during a riot after shelling on Sunday, a monitor said.",
            {"detention"},
        ),
    ],
)
def test_parse_attaches_targets(make_ctx, text, expected):
    assert types(find_targets(make_ctx(text))) == expected


def test_single_attached_mention_outside_the_lead_is_kept(make_ctx):
    lead = "Fighting continued across the province on Monday, residents said. " * 20
    text = lead + "Later that evening a rocket struck the mosque in the old quarter."
    assert len(lead) > 1000
    assert "place_of_worship" in types(find_targets(make_ctx(text)))


def test_compound_of_another_noun_names_its_kind(make_ctx):
    doc = make_ctx("A missile struck a home improvement store on the edge of the city.").doc
    home = next(t for t in doc if t.lower_ == "home")
    store = next(t for t in doc if t.lower_ == "store")
    assert not is_hit(home, strict=False)
    assert is_hit(store, strict=False)


def test_detonated_vehicle_is_the_weapon(make_ctx):
    text = "A suicide bomber detonated a refrigerated truck outside the ministry, killing 20 people."
    assert "vehicle" not in types(find_targets(make_ctx(text)))


def test_village_counts_as_homes_only_without_a_named_target(make_ctx):
    assert types(find_targets(make_ctx("Jets bombed the village at dawn, killing nine people."))) == {
        "residential"
    }
    text = "Jets bombed the village at dawn and a missile hit its market, killing nine people."
    assert types(find_targets(make_ctx(text))) == {"market"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the subject of a verb that says it underwent an attack
        ("The relief convoy came under heavy fire near the northern crossing on Sunday.", "convoy"),
        # a verb whose subject is the attack says where it struck
        ("The explosion tore through a crowded bazaar in the old town on Friday.", "bazaar"),
        # what a part of a hit place belongs to
        ("The rocket struck the centre of the wedding party, witnesses said.", "party"),
        # people a hit place held
        ("Jets bombed a hall packed with mourners in the capital, killing 30 people.", "mourners"),
        # victims named among the casualties
        ("The shelling killed eleven people, including two journalists, officials said.", "journalists"),
    ],
)
def test_parse_attaches_through_frames(make_ctx, text, word):
    doc = make_ctx(text).doc
    assert is_hit(next(t for t in doc if t.lower_ == word), strict=False)


ATTACHED_CASES = {
    "target of another incident is not hit": (
        "Artillery shells struck the central market on Monday, killing twelve people. "
        "Shells had previously hit a hospital and a church in the same town.",
        {"market"},
    ),
    "separate attack names another target": (
        "A drone strike destroyed a family home in the village on Monday, killing six. "
        "A separate attack on a school in the next district wounded two teachers.",
        {"residential"},
    ),
    "passengers are what a vehicle attack hit": (
        "Militants ambushed the passengers on the mountain road, killing seven of them.",
        {"vehicle"},
    ),
}


@pytest.mark.parametrize("case", ATTACHED_CASES)
def test_attached_target_types(make_ctx, case):
    text, expected = ATTACHED_CASES[case]
    assert types(find_targets(make_ctx(text))) == expected


def test_subject_of_what_it_did_is_not_hit(make_ctx):
    doc = make_ctx("Local hospitals received dozens of wounded after the strike on the market.").doc
    assert not_hit_subject(next(t for t in doc if t.lower_ == "hospitals"))
    doc = make_ctx("The hospital was shelled again on Monday.").doc
    assert not not_hit_subject(next(t for t in doc if t.lower_ == "hospital"))


@pytest.mark.parametrize(
    "text",
    [
        "Drones have been striking houses in the valley for years, residents said.",
        "Rocket attacks on power plants since October have left the city dark.",
        "Air strikes in residential areas have intensified over the summer.",
    ],
)
def test_attacks_told_as_a_pattern_hit_nothing_of_this_incident(make_ctx, text):
    doc = make_ctx(text).doc
    word = next(t for t in doc if t.lower_ in ("houses", "plants", "areas"))
    assert not is_hit(word, strict=False)
    assert another_incident(word, strict=False)


def test_vehicle_the_attackers_rode_in_is_not_hit(make_ctx):
    text = "Gunmen in two pick-up trucks stormed the market at dawn, killing eight traders."
    assert types(find_targets(make_ctx(text))) == {"market"}
    doc = make_ctx("The attackers arrived in cars and opened fire on the crowd.").doc
    assert rode_in(next(t for t in doc if t.lower_ == "cars"))


def test_blast_inside_a_vehicle_hits_it(make_ctx):
    doc = make_ctx("A bomb exploded inside a crowded minibus near the border post on Monday.").doc
    assert is_hit(next(t for t in doc if t.lower_ == "minibus"), strict=True)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the parser hangs the place on the verb; the attack noun right before it owns it
        ("Nine people were killed in a blast at a clinic in the port on Monday.", "clinic"),
        # what lies in ruins was hit
        ("Rescuers pulled two girls from the rubble of the mosque after the raid.", "mosque"),
        # the place of victims who were hit
        ("Gunmen shot dead four staff from the hospital on the road to the capital.", "hospital"),
    ],
)
def test_parse_attaches_through_repairs(make_ctx, text, word):
    doc = make_ctx(text).doc
    assert is_hit(next(t for t in doc if t.lower_ == word), strict=True)


@pytest.mark.parametrize(
    "text",
    [
        "An air strike hit a market in the town on Monday, killing 30 people. "
        "Last month, a strike on a hospital in the same province killed 12 patients.",
        "A drone strike hit a market on Saturday, killing 20 people. "
        "Two years ago, an attack on a hospital in the district killed 40.",
        "An air strike hit a market overnight, killing 7. Earlier this year, strikes hit hospitals across the region.",
        "A missile hit a market, killing 18 people. It was the deadliest attack since a strike on a hospital in April.",
        "Gunmen stormed a market on Sunday, killing 9 traders. "
        "The attack came weeks after militants bombed a hospital in the capital.",
    ],
)
def test_an_attack_dated_before_this_one_is_another_incident(make_ctx, text):
    assert types(find_targets(make_ctx(text))) == {"market"}
