"""Casualty figures, their sources, aggregates kept apart, and derived totals."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harmwatch.extract.figures.casualties import find_figures


def _figs(make_ctx, text: str) -> list[tuple]:
    res = find_figures(make_ctx(text))
    return [(c.outcome, c.group, c.min, c.max) for c in res.casualties if not c.derived]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A drone strike on the village killed 12 people.", [("killed", "people", 12, 12)]),
        ("Twelve people were killed when the shell hit the bakery.", [("killed", "people", 12, 12)]),
        ("At least 85 civilians died in the bombing.", [("killed", "civilians", 85, None)]),
        ("More than 40 people were wounded.", [("injured", "people", 40, None)]),
        ("Up to 100 people were hurt in the blast.", [("injured", "people", None, 100)]),
        ("Between 20 and 30 villagers were slain.", [("killed", "people", 20, 30)]),
        ("The raid left 15 dead.", [("killed", "people", 15, 15)]),
        ("Six residents were martyred when the shell hit the square.", [("killed", "people", 6, 6)]),
        ("The death toll from the shelling rose to 40 on Monday.", [("killed", "people", 40, 40)]),
        ("Jets pound market, kills 37", [("killed", "people", 37, 37)]),
        ("The strike killed about 30 fighters.", [("killed", "fighters", 30, 30)]),
        ("Scores were killed in the attack on the camp.", [("killed", "people", 20, None)]),
        ("Gunmen stormed the church, wounding dozens.", [("injured", "people", 12, None)]),
        ("Hundreds of residents were massacred.", [("killed", "people", 100, None)]),
        ("The bodies of 17 men were recovered after the raid.", [("killed", "men", 17, 17)]),
        ("Gunmen shot dead a policeman at the checkpoint.", [("killed", "police", 1, 1)]),
        ("The attack caused 9 deaths.", [("killed", "people", 9, 9)]),
    ],
)
def test_single_figures(make_ctx, text: str, expected: list[tuple]) -> None:
    assert _figs(make_ctx, text) == expected


FIGURE_CASES = {
    "killed and injured in one sentence": (
        "The missile killed 14 people and injured 52 others, the governor said.",
        [("killed", "people", 14, 14), ("injured", "people", 52, 52)],
    ),
    "subgroups are their own entries": (
        "The shelling killed 33 people, including 9 children and 4 women.",
        [
            ("killed", "people", 33, 33),
            ("killed", "children", 9, 9),
            ("killed", "women", 4, 4),
        ],
    ),
    "figure around an including clause": (
        "At least 21 people, including a nurse, were killed in the strike.",
        [("killed", "people", 21, None), ("killed", "medical staff", 1, 1)],
    ),
    # the predicate names the part's group ("were children")
    "part of an earlier figure": (
        "Eleven people died in the blast. Four of them were children.",
        [("killed", "people", 11, 11), ("killed", "children", 4, 4)],
    ),
    "among the dead": (
        "Three paramedics were among the dead.",
        [("killed", "medical staff", 3, 3)],
    ),
    "deadliest since is not cumulative": (
        "The bombing killed 48 people, the deadliest attack since the war began.",
        [("killed", "people", 48, 48)],
    ),
    "figure with insertions before its verb": (
        "At least 18 civilians from two villages, including 5 women and 6 children, were killed.",
        [
            ("killed", "civilians", 18, None),
            ("killed", "women", 5, 5),
            ("killed", "children", 6, 6),
        ],
    ),
    "relative clause after the victim": (
        "One of the guards, who was shot and wounded, was taken to hospital.",
        [("injured", "people", 1, 1)],
    ),
}


@pytest.mark.parametrize("case", FIGURE_CASES)
def test_figures_of_a_text(make_ctx, case):
    text, expected = FIGURE_CASES[case]
    assert _figs(make_ctx, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Several people were killed and many more were hurt.",
        "The attack killed or wounded 50 people.",
        "Militias clashed, killing/injuring 30 fighters.",
        "Seven people are still missing after the raid.",
        "A 12-year-old boy sold bread in 2019 for $5.",
        "The army fired 40 rockets and destroyed 12 buildings on 3 May.",
        "Turnout fell by 15 percent, killing the bill.",
    ],
)
def test_not_figures(make_ctx, text: str) -> None:
    assert _figs(make_ctx, text) == []


def test_source_according_to(make_ctx) -> None:
    text = "Nineteen people were killed, according to the provincial health office."
    (c,) = find_figures(make_ctx(text)).casualties
    assert c.source == "provincial health office"


def test_source_said(make_ctx) -> None:
    text = "The bombing killed 26 civilians, the monitoring group said."
    (c,) = find_figures(make_ctx(text)).casualties
    assert c.source == "monitoring group"


def test_source_report_of_an_organisation_is_the_organisation(make_ctx) -> None:
    text = (
        "Human Rights Advocates International published its findings on Monday. "
        "The shelling killed 31 villagers, according to the Human Rights Advocates report."
    )
    (c,) = find_figures(make_ctx(text)).casualties
    assert c.source == "Human Rights Advocates International"
    found = find_figures(make_ctx("At least 14 people died, according to a new report.")).casualties
    assert [c.source for c in found if not c.derived] == ["new report"]


def test_source_defaults_to_report(make_ctx) -> None:
    (c,) = find_figures(make_ctx("Eight soldiers were killed in the ambush.")).casualties
    assert c.source == "report"


def test_text_and_span(make_ctx) -> None:
    text = "Witnesses said nearly 60 worshippers were killed."
    (c,) = find_figures(make_ctx(text)).casualties
    assert c.text == "nearly 60 worshippers"
    assert c.span is not None and text[c.span.start : c.span.end] == c.text
    assert c.approximate is True and (c.min, c.max) == (60, 60)


@pytest.mark.parametrize(
    "text",
    [
        "Since the war began, more than 10,000 civilians have been killed.",
        "The conflict has killed at least 7,000 people.",
        "In 2021, 1,250 civilians were killed in the province.",
        "This year alone 430 people have died in such attacks.",
        "In total, 2,300 people have been wounded.",
    ],
)
def test_aggregates_kept_apart(make_ctx, text: str) -> None:
    res = find_figures(make_ctx(text))
    assert res.casualties == ()
    assert len(res.aggregates) == 1


def test_running_total_after_incident_figure(make_ctx) -> None:
    text = (
        "More than 60 people were killed in the raid, bringing the toll since the start of the war "
        "to more than 9,000."
    )
    res = find_figures(make_ctx(text))
    assert [(c.min, c.max) for c in res.casualties if not c.derived] == [(60, None)]
    assert [a.number for a in res.aggregates] == [9000]


def test_disaster_figures_are_not_casualties(make_ctx) -> None:
    res = find_figures(make_ctx("The earthquake killed 230 people in the valley."))
    assert res.casualties == () and res.aggregates == ()


def test_derived_sum_of_groups(make_ctx) -> None:
    res = find_figures(make_ctx("On Monday, 3 soldiers and 2 civilians were killed in the clash."))
    derived = [(c.min, c.max) for c in res.casualties if c.derived]
    assert derived == [(5, 5)]


def test_derived_range_of_sources(make_ctx) -> None:
    text = "Medics said 14 people were killed. Local officials said at least 19 civilians were killed."
    derived = [(c.min, c.max) for c in find_figures(make_ctx(text)).casualties if c.derived]
    assert derived == [(14, 19)]


def test_nothing_derived_from_one_figure(make_ctx) -> None:
    res = find_figures(make_ctx("The strike killed 14 people. Rescuers said 14 people died."))
    assert [c for c in res.casualties if c.derived] == []


_WORDS = st.sampled_from(
    "at least more than up to about killed killing wounded injured dead died people civilians children "
    "including among them of the toll rose to dozens scores hundreds a an one twenty-three 12 1,300 20-30 "
    "between and , . said according since war this year in total \n".split(" ")
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=120), st.lists(_WORDS, max_size=40).map(" ".join)))
def test_never_crashes_and_spans_slice(make_ctx, text: str) -> None:
    res = find_figures(make_ctx(text))
    for c in res.casualties:
        if c.span is not None:
            assert text[c.span.start : c.span.end] == c.text
        assert c.min is not None or c.max is not None
    for a in res.aggregates:
        assert text[a.span.start : a.span.end] == a.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed a shopkeeper near the market.", [("killed", "shopkeeper", 1, 1)]),
        ("A farmer was shot dead on his land.", [("killed", "people", 1, 1)]),
        ("A suspect was shot and died in hospital.", [("killed", "fighters", 1, 1)]),
        ("The body of a fisherman was found on the beach.", [("killed", "fisherman", 1, 1)]),
        ("The shelling killed a 9-year-old girl.", [("killed", "children", 1, 1)]),
    ],
)
def test_single_victims(make_ctx, text: str, expected: list[tuple]) -> None:
    assert _figs(make_ctx, text) == expected


def test_agents_are_not_victims(make_ctx) -> None:
    assert _figs(make_ctx, "A car bomb killed 6 people.") == [("killed", "people", 6, 6)]
    assert _figs(make_ctx, "Two gunmen killed 4 guards.") == [("killed", "police", 4, 4)]


def test_ages_and_times_are_not_figures(make_ctx) -> None:
    text = "Around 22:30 the strike killed Omar Haddad (35) and Lina Haddad, 8, in their home."
    figs = _figs(make_ctx, text)
    assert all(f[2] == 1 for f in figs)


def test_headline_and_body_are_separate_units(make_ctx) -> None:
    text = "Toll rises this year in the north\n\nA strike killed 9 people on Monday."
    res = find_figures(make_ctx(text))
    assert [(c.min, c.max) for c in res.casualties if not c.derived] == [(9, 9)]
    assert res.aggregates == ()


def test_coded_fatalities_and_split_share(make_ctx) -> None:
    text = "Fighting broke out in two districts. Unknown fatalities coded as 10 and split between 2 events."
    res = find_figures(make_ctx(text))
    assert [(c.min, c.max, c.derived) for c in res.casualties] == [(10, 10, False), (5, 5, True)]


def test_named_victims_are_summed(make_ctx) -> None:
    text = "A man and his son were killed when the shell hit their car."
    res = find_figures(make_ctx(text))
    assert [(c.min, c.max) for c in res.casualties if c.derived] == [(2, 2)]


def test_open_lead_figure_reads_as_lowest_toll(make_ctx) -> None:
    res = find_figures(make_ctx("At least 7 people were killed in the strike."))
    assert [(c.min, c.max) for c in res.casualties if c.derived] == [(7, 7)]


def test_more_than_reaches_one_above(make_ctx) -> None:
    text = "At least 60 people were killed. Later reports said more than 80 people were killed."
    res = find_figures(make_ctx(text))
    assert [(c.min, c.max) for c in res.casualties if c.derived] == [(60, 81)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "“The war in the valley has gone on for six years. About 80,000 people are believed to have "
            "become its victims,” the minister said.",
            [(80000, None, "About 80,000 people")],
        ),
        (
            "The raid raised the number of civilians killed in the province since March 3 to over 4,000.",
            [(4000, "killed", "over 4,000")],
        ),
        (
            "Since the war began, at least 1,200 out of more than 3,000 people killed were children.",
            [(1200, "killed", "at least 1,200"), (3000, "killed", "more than 3,000 people")],
        ),
        (
            "Envoys met to end the conflict, in which more than 9,000 people have been killed.",
            [(9000, "killed", "more than 9,000 people")],
        ),
        (
            "The conflict has killed thousands of people and pushed millions towards famine.",
            [(1000, "killed", "thousands of people")],
        ),
    ],
)
def test_war_tolls_the_outcome_grammar_leaves_open_are_aggregates(make_ctx, text: str, expected) -> None:
    res = find_figures(make_ctx(text))
    assert res.casualties == ()
    assert [(a.number, a.outcome, a.text) for a in res.aggregates] == expected
    for a in res.aggregates:
        assert text[a.span.start : a.span.end] == a.text


def test_victims_of_one_strike_stay_apart_from_war_tolls(make_ctx) -> None:
    text = "Twelve people became victims of the strike on the market."
    assert find_figures(make_ctx(text)).aggregates == ()


def _all(make_ctx, text: str) -> tuple[list[tuple], list[int]]:
    res = find_figures(make_ctx(text))
    figs = [(c.outcome, c.group, c.min, c.max, c.derived) for c in res.casualties]
    return figs, [a.number for a in res.aggregates]


@pytest.mark.parametrize("dash", ["-", "—", "–"])
def test_figures_between_dashes_are_subgroups(make_ctx, dash: str) -> None:
    figs, _ = _all(
        make_ctx, f"Eleven people {dash} six men and five women {dash} were killed when the shell hit."
    )
    assert ("killed", "people", 11, 11, False) in figs
    assert ("killed", "men", 6, 6, False) in figs and ("killed", "women", 5, 5, False) in figs
    # the parts are no extra victims: no derived total beyond the eleven
    assert not [f for f in figs if f[4] and f[2] != 11]


def test_n_of_the_m_victims(make_ctx) -> None:
    figs, _ = _all(make_ctx, "Three of the 14 victims were children, the ministry said after the raid.")
    assert ("killed", "children", 3, 3, False) in figs
    assert ("killed", "people", 14, 14, False) in figs
    assert not [f for f in figs if f[4] and f[2] == 17]


def test_subgroup_of_the_sentences_dead(make_ctx) -> None:
    figs, _ = _all(make_ctx, "All the victims were under 16, including four girls and six boys.")
    assert [(f[0], f[2]) for f in figs] == [("killed", 4), ("killed", 6)]


def test_of_its_staff_with_an_aside(make_ctx) -> None:
    figs, _ = _all(
        make_ctx, "The clinic was attacked and seven of its staff - including two doctors - were killed."
    )
    assert ("killed", 7, 7) in [(f[0], f[2], f[3]) for f in figs]
    assert ("killed", 2, 2) in [(f[0], f[2], f[3]) for f in figs]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands marched at the funeral of 17 villagers on Tuesday.",
        "Rescuers said 17 bodies were recovered from the rubble on Sunday.",
        "Seventeen young men were martyred in the raid, the group said.",
    ],
)
def test_death_idioms(make_ctx, text: str) -> None:
    figs, _ = _all(make_ctx, text)
    assert [(f[0], f[2]) for f in figs] == [("killed", 17)]


def test_cumulative_cue_covers_only_its_clause(make_ctx) -> None:
    figs, aggs = _all(
        make_ctx,
        "A strike killed 12 people on Monday, and since the war began more than 30,000 people have died.",
    )
    assert [(f[0], f[2]) for f in figs] == [("killed", 12)] and aggs == [30000]
    figs, aggs = _all(
        make_ctx, "Since the coup, soldiers have killed more than 2,300 people, a monitor says."
    )
    assert figs == [] and aggs == [2300]
    figs, aggs = _all(make_ctx, "More than 9,000 people have been killed in the fighting so far.")
    assert figs == [] and aggs == [9000]


def test_fronted_cumulative_cue_covers_the_sentence(make_ctx) -> None:
    figs, aggs = _all(
        make_ctx, "Over the past week, dozens of homes were destroyed, and nine civilians were killed."
    )
    assert figs == [] and aggs == [9]


@pytest.mark.parametrize(
    ("text", "aggs"),
    [
        # a span of hours, a month "alone", a week's or a day's toll: tolls of many incidents
        ("Officials said 64 people had been killed across the province in the past 24 hours.", [64]),
        ("Over the last 48 hours, at least 40 people have died in strikes on the city.", [40]),
        ("In March alone, 215 civilians were killed and 930 injured, the mission said.", [215, 930]),
        ("It was the second raid on the district this week, bringing the week's toll to 26 dead.", [26]),
        # a campaign named with its modifiers, or one that resumed
        ("Since the renewed air campaign, 640 civilians have been killed in the district.", [640]),
        ("More than 1,900 have died in the valley since the fighting resumed.", [1900]),
    ],
)
def test_spans_of_many_incidents_are_aggregates(make_ctx, text: str, aggs: list[int]) -> None:
    figs, found = _all(make_ctx, text)
    assert figs == [] and found == aggs


def test_a_week_named_beside_the_incident_keeps_its_figure(make_ctx) -> None:
    figs, aggs = _all(
        make_ctx, "A strike on a clinic killed 9 people, the third attack on a clinic this week."
    )
    assert [(f[0], f[2]) for f in figs if not f[4]] == [("killed", 9)] and aggs == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll's earlier value is a figure of the same toll
        (
            "The death toll from the bombing of the bus depot rose to 31 on Monday from 22 a day earlier.",
            [("killed", 31), ("killed", 22)],
        ),
        ("The number of dead in the village grew from 40 overnight, elders said.", [("killed", 40)]),
        ("The toll was lowered to 58, down from an initial 70.", [("killed", 58), ("killed", 70)]),
        ("The number of wounded rose from 15 to 26 by the evening.", [("injured", 15), ("injured", 26)]),
        # a change of prices is no toll
        ("Bread rose from 12 to 18 pounds a loaf after the raid killed 4 people.", [("killed", 4)]),
    ],
)
def test_a_toll_changed_from_an_earlier_value(make_ctx, text: str, expected: list[tuple]) -> None:
    figs, _ = _all(make_ctx, text)
    assert [(f[0], f[2]) for f in figs if not f[4]] == expected


def test_a_toll_noun_far_before_its_figure(make_ctx) -> None:
    text = (
        "The number of people killed by Friday's drone strike on the crowded bus station in the north "
        "of the city has risen to 44."
    )
    figs, _ = _all(make_ctx, text)
    assert [(f[0], f[2]) for f in figs if not f[4]] == [("killed", 44)]


@pytest.mark.parametrize(
    "text",
    [
        "Medics said they treated 17 people after the blast.",
        "Another 17 people were being treated in hospital, the governor said.",
    ],
)
def test_treated_people_are_injured(make_ctx, text: str) -> None:
    figs, _ = _all(make_ctx, text)
    assert [(f[0], f[2]) for f in figs if not f[4]] == [("injured", 17)]


def test_a_relative_with_an_age_is_one_victim(make_ctx) -> None:
    figs, _ = _all(make_ctx, "A mortar round hit the yard. Her 67-year-old father was wounded.")
    assert [(f[0], f[2], f[3]) for f in figs] == [("injured", 1, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of those killed, five were women and three were children, the council said.",
            [("killed", "women", 5), ("killed", "children", 3)],
        ),
        ("Of the wounded, 14 were soldiers.", [("injured", "soldiers", 14)]),
        # a whole that is no casualty gives no outcome
        ("Of the 60 shops in the street, 14 were looted.", []),
    ],
)
def test_parts_of_a_fronted_whole(make_ctx, text: str, expected: list[tuple]) -> None:
    figs, _ = _all(make_ctx, text)
    assert [(f[0], f[1], f[2]) for f in figs if not f[4]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The statement said troops had neutralised 23 militants near the border.", [("killed", 23)]),
        ("Mourners laid to rest eight villagers on Thursday.", [("killed", 8)]),
        ("The shell claimed the lives of a shepherd and his four sons.", [("killed", 1), ("killed", 4)]),
        # munitions made safe are no victims
        ("Engineers neutralised 3 explosive devices on the road.", []),
    ],
)
def test_death_words_and_relatives(make_ctx, text: str, expected: list[tuple]) -> None:
    figs, _ = _all(make_ctx, text)
    assert [(f[0], f[2]) for f in figs if not f[4]] == expected
