"""Allegations: charge vocabulary, accuser from the speaker, accused from the object or actor."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harmwatch.extract.speech.allegations import find_allegations


def _found(make_ctx, text):
    return [(a.accuser, a.accused, a.charge) for a in find_allegations(make_ctx(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Amnesty International said the air strikes on the northern villages may amount to war crimes.",
            [("Amnesty International", None, "war_crime")],
        ),
        (
            "The Northern Alliance accused the Republic of Tavor of genocide against the Ket people.",
            [("Northern Alliance", "Republic of Tavor", "genocide")],
        ),
        (
            "According to Human Rights Watch, the army carried out indiscriminate attacks on residential areas.",
            [("Human Rights Watch", "army", "ihl_violation")],
        ),
        (
            "The governor said the rebels deliberately targeted civilians queuing for bread.",
            [("governor", "rebels", "civilian_targeting")],
        ),
        (
            "“The shelling of the old market was a deliberate act,” said Laura Mendes, a researcher.",
            [("Laura Mendes", None, "civilian_targeting")],
        ),
    ],
)
def test_allegations(make_ctx, text, expected):
    assert _found(make_ctx, text) == expected


ALLEGATION_CASES = {
    "acronym accuser spelled out": (
        "Amnesty International (AI) published its findings. AI said the killings were a crime against humanity.",
        [("Amnesty International (AI)", None, "crime_against_humanity")],
    ),
    "denial and narration are no allegation": (
        "The defence ministry has repeatedly denied targeting civilians. Genocide is a crime under international law.",
        [],
    ),
    "one entry per accuser accused and charge": (
        "Amnesty International said the strikes were war crimes. "
        "Amnesty International also said the shelling was a war crime.",
        [("Amnesty International", None, "war_crime")],
    ),
    # the defendants ("leaders" is a party noun) are the accused of the court's charges
    "court charges": (
        "Two militia leaders went on trial at the International Criminal Court on charges of war crimes.",
        [("International Criminal Court", "Two militia leaders", "war_crime")],
    ),
    "a director accuses in the name of the organisation": (
        "“These deliberate attacks on civilians must stop,” said Maria Lopez, director at the Coastal Rights Centre.",
        [
            ("Maria Lopez", None, "civilian_targeting"),
            ("Coastal Rights Centre", None, "civilian_targeting"),
        ],
    ),
    "charge in an indirect question accuses nobody": (
        "“The fighting in the valley has lasted ten years. It is odd that Coastal Watch never asks "
        "who committed war crimes there before our troops arrived,” the colonel said.",
        [],
    ),
    "charge under whether accuses nobody": (
        "The envoy said the panel would examine whether the shelling of the port was a war crime.",
        [],
    ),
    "ranking of events is no charge": (
        "It was one of the deadliest attacks on civilians this decade, medics said on Monday.",
        [],
    ),
    "massacre named by the report is no allegation": (
        "The death toll from the massacre in the hill village has risen to 41, the governor said on Sunday.",
        [],
    ),
    # "massacre" tells what was done, not that civilians were deliberately targeted: no charge
    "a massacre someone is said to have committed names the act not its legal quality": (
        "The provincial governor said that Varnish militiamen committed a massacre at the river crossing.",
        [],
    ),
    "accused state from its forces capital or demonym": (
        "Amnesty International said Russian air strikes on the market may amount to war crimes.\n\n"
        "Human Rights Watch said Moscow’s bombing of the clinic was a violation of international humanitarian law.",
        [
            ("Amnesty International", "Russia", "war_crime"),
            ("Human Rights Watch", "Russia", "ihl_violation"),
        ],
    ),
    # the headline's forces are the accused, never the accuser; the body's charge names no
    # accused, so it falls to the report's perpetrator
    "accused is not read across a headline": (
        "Kremlin’s forces accused of war crimes\n\nThe strikes may amount to war crimes, Amnesty International says.",
        [("Amnesty International", "Russia", "war_crime")],
    ),
    "a charge without accused falls to the perpetrator": (
        "Russian jets bombed the market in Lorcha on Monday, killing 30 people.\n\n"
        "“Such strikes may amount to war crimes,” said Nadia Okoro, a researcher.",
        [("Nadia Okoro", "Russia", "war_crime")],
    ),
    "one entry for an accuser named short and in full": (
        "Amnesty International said the shelling of the port was a war crime.\n\n"
        "Amnesty said the shelling of the port was a war crime.",
        [("Amnesty International", None, "war_crime")],
    ),
    "a town is not the accused": (
        "“The deliberate shelling of homes in Varosha is unacceptable,” said Nadia Okoro, a researcher.",
        [("Nadia Okoro", None, "civilian_targeting")],
    ),
    # the text names nobody who accuses: the accuser is unknown, the militia the accused
    "the accused of a passive charge is not its accuser": (
        "The Varnish militia has been accused of systematic human rights abuses in the north.",
        [("unknown", "Varnish", "human_rights_violation")],
    ),
    "the reports own charge against a named actor": (
        "In the first weeks of the war, Varnia indiscriminately shelled the suburbs of the capital.",
        [("report", "Varnia", "ihl_violation")],
    ),
    "a general statement of law accuses nobody": (
        "Under the conventions, the deliberate targeting of civilians is a war crime.",
        [],
    ),
    "charge describing the setting is the reports": (
        "President Tomas Reyes condemned the ambush near the border, where rebels have been "
        "targeting civilians and soldiers.",
        [],
    ),
    "a town subject is not the accused": (
        "“Sarajevo has become a symbol of genocide,” said Nadia Okoro, a researcher.",
        [("Nadia Okoro", None, "genocide")],
    ),
    "targeting a named hospital": (
        "The governor said the rebels targeted Saint Anne Hospital with mortar shells.",
        [("governor", "rebels", "civilian_targeting")],
    ),
    "the accused is not read with the charge": (
        "President Kolvar accused the invaders of committing genocide against his people.",
        [("Kolvar", "invaders", "genocide")],
    ),
}


@pytest.mark.parametrize("case", ALLEGATION_CASES)
def test_allegation_case(make_ctx, case):
    text, expected = ALLEGATION_CASES[case]
    assert _found(make_ctx, text) == expected


def test_span_is_the_claim_line(make_ctx):
    text = "Headline about the war\nThe Northern Alliance accused the Republic of Tavor of genocide."
    [a] = find_allegations(make_ctx(text))
    assert a.text == "The Northern Alliance accused the Republic of Tavor of genocide."
    assert text[a.span.start : a.span.end] == a.text


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "“",
                    "”",
                    '"',
                    "'",
                    "\n",
                    ". ",
                    " said ",
                    "Amnesty",
                    " accused ",
                    " war crimes",
                    " genocide",
                    " deliberately targeted civilians",
                    " denied",
                    " the army",
                    " it",
                    " according to ",
                ]
            ),
            st.text(alphabet="abcXYZ ,", min_size=1, max_size=8),
        ),
        max_size=30,
    ).map("".join)
)
def test_never_raises_and_spans_slice_to_the_text(make_ctx, text):
    for a in find_allegations(make_ctx(text)):
        assert text[a.span.start : a.span.end] == a.text


# --- precision: who accuses whom, and what is no accusation ------------------------------------


def test_the_same_act_called_deliberate_targeting_is_a_charge(make_ctx):
    text = "The provincial governor said the militiamen had deliberately targeted civilians at the crossing."
    assert [(a, c) for a, _, c in _found(make_ctx, text)] == [("provincial governor", "civilian_targeting")]


def test_an_unnamed_accuser_gives_way_to_a_named_one(make_ctx):
    text = (
        "The Varnish militia has been accused of war crimes in the north. "
        "Harbor Rights Group said the militia's attacks on the villages amounted to war crimes."
    )
    assert [a for a, _, _ in _found(make_ctx, text)] == ["Harbor Rights Group"]


def test_the_accuser_of_a_charge_is_not_guessed_as_its_accused(make_ctx):
    from harmwatch.extract.speech.allegations import _not_the_accusers
    from harmwatch.records import Allegation, Span

    found = [
        Allegation("Harbor Rights Group", "Varnia", "war_crime", "a", Span(0, 1)),
        Allegation("Varnian Defence Ministry", "Harbor Rights Group", "war_crime", "b", Span(2, 3)),
    ]
    kept = _not_the_accusers(found, [False, True])
    assert [(a.accuser, a.accused) for a in kept] == [
        ("Harbor Rights Group", "Varnia"),
        ("Varnian Defence Ministry", None),
    ]


def test_a_finding_verb_makes_its_subject_the_accuser(make_ctx):
    found = _found(
        make_ctx, "The Harbour Commission found that war crimes had been committed by the militia."
    )
    assert [a for a, _, c in found if c == "war_crime"] == ["Harbour Commission"]


def test_a_spokesman_accuses_for_the_body_he_speaks_for(make_ctx):
    found = _found(
        make_ctx, "Ivo Marsh, a spokesman for the Zarvian army, said the shelling was a war crime."
    )
    assert {a for a, _, _ in found} >= {"Ivo Marsh", "Zarvian army"}


def test_a_speech_verb_without_subject_is_the_speakers(make_ctx):
    text = "The governor said rockets hit the school, calling it a deliberate attack on civilians."
    assert ("governor", "civilian_targeting") in {(a, c) for a, _, c in _found(make_ctx, text)}


def test_the_reports_charge_against_an_attack(make_ctx):
    text = "The attack, which targeted civilians, killed ten people in the market."
    assert ("report", "civilian_targeting") in {(a, c) for a, _, c in _found(make_ctx, text)}
    assert _found(make_ctx, "The town, which had many civilians, was calm.") == []


def test_a_speech_verb_set_into_the_clause_is_the_accusers(make_ctx):
    found = _found(make_ctx, "The strike, John Smith said, was a war crime.")
    assert [(a, c) for a, _, c in found] == [("John Smith", "war_crime")]


def _charges(make_ctx, text):
    return {(a.accuser, a.charge) for a in find_allegations(make_ctx(text))}


@pytest.mark.parametrize(
    "text, accuser, charge",
    [
        (
            "The strike was condemned by the Norvian government as a war crime.",
            "Norvian government",
            "war_crime",
        ),
        (
            "The bombing was described by Amnesty International as a breach of international law.",
            "Amnesty International",
            "ihl_violation",
        ),
    ],
)
def test_the_agent_of_a_passive_speech_verb_accuses(make_ctx, text, accuser, charge):
    assert (accuser, charge) in _charges(make_ctx, text)


@pytest.mark.parametrize(
    "text, accuser, charge",
    [
        (
            "The foreign ministry's accusation of war crimes was rejected by the army.",
            "foreign ministry",
            "war_crime",
        ),
        (
            "The army rejected the Norvian government's allegations of genocide.",
            "Norvian government",
            "genocide",
        ),
        (
            "The commission's finding of crimes against humanity was published on Monday.",
            "commission",
            "crime_against_humanity",
        ),
    ],
)
def test_the_owner_of_an_accusation_noun_accuses(make_ctx, text, accuser, charge):
    assert (accuser, charge) in _charges(make_ctx, text)


def test_a_claim_the_speaker_dismisses_is_no_allegation(make_ctx):
    assert (
        _found(make_ctx, "The minister dismissed the claims of indiscriminate shelling as propaganda.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had not targeted civilians.",
        "There is no evidence of war crimes, the minister said.",
        "The colonel said his unit never deliberately attacked civilians.",
    ],
)
def test_a_negated_charge_is_no_allegation(make_ctx, text):
    assert _found(make_ctx, text) == []


CHARGE_CASES = {
    "a contrast keeps the charge": (
        "The mayor said the shelling was not an accident but a deliberate attack on civilians.",
        ("mayor", "civilian_targeting"),
    ),
    "a condemning verb that calls the event a war crime names the charge": (
        "The Norvian government slammed the strike as a war crime.",
        ("Norvian government", "war_crime"),
    ),
    "a negation above the charge denounces it": (
        "Nothing will ever justify attacks on civilians, the council said.",
        ("council", "civilian_targeting"),
    ),
    "the reports charge against the author of attacks by a party": (
        "The strike was the latest in a series of indiscriminate attacks by Tavorian forces on residential areas.",
        ("report", "ihl_violation"),
    ),
    "it opening a sentence is the named body before": (
        "Human Rights Watch published its findings on Monday. It said the attacks were war crimes.",
        ("Human Rights Watch", "war_crime"),
    ),
}


@pytest.mark.parametrize("case", CHARGE_CASES)
def test_charge_made(make_ctx, case):
    text, expected = CHARGE_CASES[case]
    assert expected in _charges(make_ctx, text)


@pytest.mark.parametrize(
    "text", ["The war crimes tribunal opened in 2002.", "Hundreds visited the genocide memorial on Sunday."]
)
def test_an_institution_named_after_a_charge_is_no_allegation(make_ctx, text):
    assert _found(make_ctx, text) == []


@pytest.mark.parametrize(
    "text, accuser",
    [
        ("“They knew exactly what they were hitting,” said Tomas Serin, the mayor.", "Tomas Serin"),
        ("The city council said the occupiers knew perfectly well what they were shelling.", "city council"),
        ("The city council said the enemy had intentionally aimed at residential buildings.", "city council"),
        ("The governor said the rebels targeted a funeral procession in the village.", "governor"),
        ("“A crowd of mourners was targeted,” the governor said.", "governor"),
    ],
)
def test_frames_of_intent_knowledge_and_aim_are_civilian_targeting(make_ctx, text, accuser):
    assert (accuser, "civilian_targeting") in _charges(make_ctx, text)


@pytest.mark.parametrize(
    "text",
    [
        "An airstrike targeted a funeral hall on Saturday, killing 40 people, officials said.",
        "The rebels targeted a funeral procession in the village on Monday.",
        "The army said it had targeted a gathering of militants.",
        "We do not know where the rockets were fired from, the mayor said.",
        "The rescuers tried to save as many people as possible, the mayor said.",
    ],
)
def test_where_an_attack_hit_is_no_charge_of_intent(make_ctx, text):
    assert "civilian_targeting" not in {c for _, c in _charges(make_ctx, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International demanded accountability for what it called war crimes.",
        "Amnesty International urged an inquiry into the strike, which it said may have violated international law.",
    ],
)
def test_a_pronoun_speaker_in_the_clause_of_a_named_body(make_ctx, text):
    assert {c for a, c in _charges(make_ctx, text) if a == "Amnesty International"}


def test_a_condemning_verb_that_calls_the_event_a_massacre_names_no_charge(make_ctx):
    text = "The Norvian government slammed the strike as a massacre."
    assert _charges(make_ctx, text) == set()


@pytest.mark.parametrize(
    "text, charge",
    [
        ("“This was a terror attack on our city,” the mayor said.", "civilian_targeting"),
        ("“What they did is pure terrorism,” the mayor said.", "civilian_targeting"),
        ("The mayor called the siege collective punishment.", "ihl_violation"),
        ("The mayor said the strike was illegal under international law.", "ihl_violation"),
    ],
)
def test_terror_and_illegality_named_by_a_speaker(make_ctx, text, charge):
    assert ("mayor", charge) in _charges(make_ctx, text)


def test_terrorism_in_the_reports_words_is_no_charge(make_ctx):
    assert (
        _found(
            make_ctx, "The bill on terrorism was passed on Monday. A terror attack shook the capital in 2015."
        )
        == []
    )


def test_each_party_of_a_joined_subject_accuses(make_ctx):
    text = "Norvia and its Western allies have accused Tavoria of war crimes."
    accusers = {a for a, c in _charges(make_ctx, text) if c == "war_crime"}
    assert "Norvia" in accusers and any("allies" in a for a in accusers)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe said the drone strike on the funeral was intentional.",
        "Jane Roe said the attack on the school was no accident.",
        "Jane Roe said the militants had deliberately chosen a crowded market to cause maximum casualties.",
        "Jane Roe accused the militia of “terrorising” the civilian population.",
        "Jane Roe said the gunmen had singled out unarmed villagers.",
    ],
)
def test_a_speaker_says_the_attack_was_meant(make_ctx, text):
    assert ("Jane Roe", "civilian_targeting") in _charges(make_ctx, text)


@pytest.mark.parametrize(
    "text",
    [
        "The attack on the school was deliberate.",
        "Police said the fire at the warehouse was not deliberate.",
        "The rescuers picked their way through the rubble, the mayor said.",
    ],
)
def test_intent_in_the_reports_words_or_denied_is_no_charge(make_ctx, text):
    assert "civilian_targeting" not in {c for _, c in _charges(make_ctx, text)}


def test_the_first_word_of_a_title_is_no_organisation(make_ctx):
    text = "Norvian Prime Minister Jane Roe wrote on Twitter that the invaders keep on committing war crimes."
    assert {a for a, _ in _charges(make_ctx, text)} == {"Jane Roe"}


def test_the_organisation_in_a_persons_title_accuses_too(make_ctx):
    text = "UN spokesperson Stefan Roe said the strike may amount to a war crime."
    assert {a for a, _ in _charges(make_ctx, text)} == {"Stefan Roe", "UN"}


@pytest.mark.parametrize(
    "text, charge",
    [
        ("Jane Roe believes that war crimes may have been committed.", "war_crime"),
        ("Jane Roe expressed concern that the strikes may have violated the laws of war.", "ihl_violation"),
        ("Jane Roe demanded that the perpetrators of this war crime be punished.", "war_crime"),
        ("Jane Roe, a lawyer, argued that the strike broke international law.", "ihl_violation"),
        ("Jane Roe has documented what she says are war crimes.", "war_crime"),
        (
            "Jane Roe said the strike was “a deliberate, calculated attack on peaceful residents”.",
            "civilian_targeting",
        ),
    ],
)
def test_verbs_of_belief_concern_and_demand_make_their_subject_the_accuser(make_ctx, text, charge):
    found = _found(make_ctx, text)
    assert ("Jane Roe", charge) in {(a, c) for a, _, c in found}
    assert all(accused != "Jane Roe" for _, accused, _ in found)


def test_it_is_not_bound_to_a_person_before(make_ctx):
    text = "Jane Roe visited the ruins on Monday. It said the attacks were war crimes."
    assert ("Jane Roe", "war_crime") not in _charges(make_ctx, text)


def test_a_ministers_portfolio_accuses_as_its_ministry(make_ctx):
    text = "Information Minister Tom Ash said the shelling was a war crime."
    accusers = {a.accuser for a in find_allegations(make_ctx(text))}
    assert "Tom Ash" in accusers
    assert "Information" not in accusers


def test_arbitrary_executions_are_a_rights_violation(make_ctx):
    text = "The mission said the killings were arbitrary executions."
    assert [a.charge for a in find_allegations(make_ctx(text))] == ["human_rights_violation"]


def test_a_verdict_right_after_a_speakers_sentence_is_the_speakers(make_ctx):
    text = (
        "Soldiers shelled the village on Monday, killing 12 civilians, the Coastal Rights Centre said "
        "today. The attack should be investigated as a war crime."
    )
    assert ("Coastal Rights Centre", "war_crime") in [
        (a.accuser, a.charge) for a in find_allegations(make_ctx(text))
    ]


def test_a_verdict_after_a_paragraph_break_is_not_carried_over(make_ctx):
    text = (
        "Soldiers shelled the village on Monday, the Coastal Rights Centre said today.\n\n"
        "The attack should be investigated as a war crime."
    )
    assert "Coastal Rights Centre" not in [a.accuser for a in find_allegations(make_ctx(text))]


def test_a_descriptor_before_the_accusers_name_is_the_name(make_ctx):
    text = "The human rights group Karapatan called the deaths extrajudicial killings."
    assert [a.accuser for a in find_allegations(make_ctx(text))] == ["Karapatan"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            'The Coastal Rights Centre published its findings on Monday. "Shelling a crowded ward is a'
            " war crime,\" said Mira Holt, the organisation's head of research.",
            "Coastal Rights Centre",
        ),
        (
            "Medics of the Northern Relief Network treated the wounded. Tomas Vik, the group's director,"
            " said the strike on the clinic was indiscriminate.",
            "Northern Relief Network",
        ),
    ],
)
def test_a_role_held_in_the_body_named_before_accuses_for_it(make_ctx, text, body):
    # "X, the organisation's director": the organisation is the body named before
    assert body in {a.accuser for a in find_allegations(make_ctx(text))}


def test_a_headline_charge_the_body_attributes_is_not_the_reports(make_ctx):
    text = (
        "Northern Front says Zarvian air strikes on Pelna market were war crimes\n\n"
        "PELNA, May 3 - The Northern Front accused the Zarvian army on Monday of committing war crimes"
        " after jets bombed the market in Pelna."
    )
    assert [a.accuser for a in find_allegations(make_ctx(text))] == ["Northern Front"]


def test_a_headline_party_named_by_what_it_is_gives_way_to_the_body(make_ctx):
    # "Aid groups say ...": the body names who makes the charge; the headline's collective noun
    # is no second accuser
    text = (
        "Aid groups say shelling of Dorvan clinic broke the laws of war\n\n"
        "KESTA, April 9 - The Halden Relief Network said on Sunday that the shelling of a clinic in"
        " Dorvan was a serious violation of international humanitarian law."
    )
    assert _accusers(make_ctx, text) == {("Halden Relief Network", "ihl_violation")}


@pytest.mark.parametrize(
    "text",
    [
        # narrated: where the strike hit is no charge of the outlet's own
        "Jets target hospital in Dorvan as the offensive widens\n\nThe clinic lost its roof on Monday.",
        # a speaker telling where strikes keep hitting names no charge either
        (
            "\u201cWe hear that air strikes continue to target schools and clinics in the town,\u201d"
            " said Petra Lind, a nurse with the Halden Relief Network."
        ),
    ],
)
def test_where_strikes_hit_is_no_charge_of_targeting(make_ctx, text):
    assert _accusers(make_ctx, text) == set()


def test_a_mandate_named_after_a_charge_charges_nobody(make_ctx):
    # "the special rapporteur on extrajudicial executions": the title names a mandate
    text = (
        "Ines Walden, the special rapporteur on extrajudicial executions, said the shelling of the"
        " Dorvan camp was a war crime."
    )
    assert _accusers(make_ctx, text) == {("Ines Walden", "war_crime")}


def _accusers(make_ctx, text):
    return {(a.accuser, a.charge) for a in find_allegations(make_ctx(text))}


def test_bodies_named_after_a_plural_of_their_kind_each_accuse(make_ctx):
    # "Two relief agencies said ... In a joint statement, X, Y and Z said ...": X, Y and Z
    text = (
        "Two relief agencies said on Friday that a strike on a clinic in the north was a violation of"
        " international humanitarian law. In a joint statement, Islamic Relief, the Danish Refugee Council"
        " and CARE International said the clinic was clearly marked."
    )
    assert _accusers(make_ctx, text) == {
        ("Islamic Relief", "ihl_violation"),
        ("Danish Refugee Council", "ihl_violation"),
        ("CARE International", "ihl_violation"),
    }


def test_the_agent_of_a_passive_hung_on_the_as_phrase_accuses(make_ctx):
    text = (
        "The shelling of the ferry pier was described as a war crime by the region's governor,"
        " Petro Vasko, who visited the site."
    )
    assert ("Petro Vasko", "war_crime") in _accusers(make_ctx, text)


def test_a_finding_verb_without_a_party_under_a_speech_verb_is_the_speakers(make_ctx):
    text = (
        "The refugee agency said on Monday that a strike on a camp in the east raised serious concerns"
        " that Zarvia had violated international humanitarian law."
    )
    assert {c for _, c in _accusers(make_ctx, text)} == {"ihl_violation"}
    assert all(a for a, _ in _accusers(make_ctx, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            (
                "Relatives file complaint over river killings\n\n"
                "LIMA, Aug 14 - Relatives of the victims filed a complaint on Friday, alleging that the killings"
                " by the army were crimes against humanity."
            ),
            ("Relatives of the victims", "crime_against_humanity"),
            id="dateline-cut-off",
        ),
        pytest.param(
            (
                "Zarvian gunners have shelled the town for weeks. An analysis by this newspaper of 60 videos"
                " shows that the crews deliberately targeted civilians."
            ),
            ("report", "civilian_targeting"),
            id="outlets-own-inquiry",
        ),
        pytest.param(
            (
                "Judges at the International Criminal Court issued a warrant for Paul Marek on charges of war"
                " crimes.\n\nThe warrant accuses Paul Marek of ordering gunmen to raid the Kilo camp, where 30"
                " people were killed, and of intentionally directing attacks against the civilian population."
            ),
            ("International Criminal Court", "civilian_targeting"),
            id="court-named-before",
        ),
        pytest.param(
            (
                "Zarvia: shelling of hill villages 'crimes against humanity', says report\n\n"
                "KETTLE, May 3 - Repeated air and artillery strikes by the Zarvian army on hill villages since"
                " March amount to crimes against humanity, according to a report released on Monday by"
                " Minority Rights Group."
            ),
            ("Minority Rights Group", "crime_against_humanity"),
            id="according-to-after-headline",
        ),
    ],
)
def test_accusers_in_attribution_frames(make_ctx, text, expected):
    """A dateline cut off the accuser; a bare-title spokesman speaks for the party "his spokesman"
    reported; the outlet's own inquiry charges as `report`; a warrant accuses for the court named
    just before; "according to a report by X" reaches a sentence a headline ran into."""
    assert expected in _accusers(make_ctx, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Prosecutors opened a war crimes case against two militia commanders on Monday.",
            ("Prosecutors", "two militia commanders", "war_crime"),
        ),
        (
            "The tribunal has opened an investigation into possible war crimes by the Northern Brigade.",
            ("tribunal", "Northern Brigade", "war_crime"),
        ),
        (
            "State prosecutors indicted three officers of the Coastal Guard for crimes against humanity.",
            ("State prosecutors", "three officers of the Coastal Guard", "crime_against_humanity"),
        ),
        (
            "Federal investigators launched a probe into alleged war crimes by the Ketter Battalion.",
            ("Federal investigators", "Ketter Battalion", "war_crime"),
        ),
        (
            "Kelvan drones struck a bus depot in Marrow on Friday, killing six people. "
            "Prosecutors opened a war crimes case.",
            ("Prosecutors", None, "war_crime"),  # the accuser, not the accused
        ),
    ],
)
def test_legal_proceedings_accuse_for_their_opener(make_ctx, text, expected):
    """The subject of the verb that charges or opens a proceeding (a case, a probe, a warrant) makes
    the charge; its "against"/"by"/"for" phrase or object is the accused, else the attack's actor."""
    assert expected in _found(make_ctx, text)


def test_trying_to_hide_a_crime_is_no_proceeding(make_ctx):
    """ "tried" of an attempt opens no proceeding: its subject charges nothing."""
    text = "The gunmen burned the bodies as they tried to hide the war crime."
    assert all(accuser != "gunmen" for accuser, _, _ in _found(make_ctx, text))
