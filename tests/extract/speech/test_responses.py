"""Responses: stance vocabulary and the responding party."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from harmwatch.extract.evidence import find_evidence
from harmwatch.extract.speech.responses import find_responses
from harmwatch.records import Span


def _found(make_ctx, text):
    return [(r.party, r.stance) for r in find_responses(make_ctx(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Ministry of Defence rejected the allegations as baseless.", [("Ministry of Defence", "deny")]),
        ("The army said it was investigating the incident.", [("army", "investigate")]),
        (
            "The Riverland Air Force declined to comment on the report.",
            [("Riverland Air Force", "no_comment")],
        ),
        ("The navy acknowledged that one of its ships had fired the missile.", [("navy", "acknowledge")]),
        ("The government expressed regret for the loss of civilian lives.", [("government", "regret")]),
        ("There was no immediate comment from the Harbour Ministry.", [("Harbour Ministry", "no_comment")]),
        (
            "A military spokesman said the strike had hit a legitimate military target used by militants.",
            [("military", "justify"), ("military", "acknowledge")],
        ),
        ("Northern rebels have never admitted the killings.", [("Northern rebels", "deny")]),
        (
            "A senior government official described the shelling as a mistake.",
            [("senior government official", "acknowledge"), ("government", "acknowledge")],
        ),
    ],
)
def test_stances(make_ctx, text, expected):
    assert _found(make_ctx, text) == expected


STANCE_CASES = {
    "spokesman speaks for the institution": (
        "Kremlin spokesman Dmitry Orlov denied any involvement.",
        [("Kremlin", "deny")],
    ),
    "calls for an inquiry are not an inquiry": (
        "Three countries demanded a full investigation of the strike.",
        [],
    ),
    "passive dismissal is no denial": (
        "The factory workers had been dismissed before the strike.",
        [],
    ),
    "nobody claiming is no response": (
        "No group has claimed responsibility for the bombing.",
        [],
    ),
}


@pytest.mark.parametrize("case", STANCE_CASES)
def test_stances_and_their_party(make_ctx, case):
    text, expected = STANCE_CASES[case]
    assert _found(make_ctx, text) == expected


def test_span_slices_to_text(make_ctx):
    text = "Update\nThe army said it was investigating the incident."
    [r] = find_responses(make_ctx(text))
    assert text[r.span.start : r.span.end] == r.text == "The army said it was investigating the incident."


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "“",
                    "”",
                    '"',
                    "\n",
                    ". ",
                    " said ",
                    "The ministry",
                    " denied",
                    " it was investigating",
                    " declined to comment",
                    " legitimate target",
                    " he",
                    " video",
                    " satellite images",
                ]
            ),
            st.text(alphabet="abcXYZ ,", min_size=1, max_size=8),
        ),
        max_size=30,
    ).map("".join)
)
def test_never_raises_and_spans_slice_to_the_text(make_ctx, text):
    ctx = make_ctx(text)
    for claim in find_responses(ctx) + find_evidence(ctx):
        assert text[claim.span.start : claim.span.end] == claim.text


# --- precision: whose stance, and words that take none -----------------------------------------


PRECISION_CASES = {
    "a verdict on a claim is the speakers": (
        "Oren Vask, a spokesman for the Varnian Defence Ministry, told reporters in the capital "
        "that the Coastal Watch report contained “fake information”.",
        [("Varnian Defence Ministry", "deny")],
    ),
    "a report takes no stance": (
        "The rights group’s report relied on fabricated testimony, the paper found.",
        [],
    ),
    "rejecting a proposal is no denial": (
        "The prime minister rejected the proposal for a joint patrol on the border.",
        [],
    ),
    "make no mistake and without acknowledging": (
        "“Make no mistake, our sailors are ready,” the admiral said.\n\n"
        "The council criticised the draft for praising the government without acknowledging the abuses.",
        [],
    ),
    "targeting in the reports own narration is no justification": (
        "Government forces have been shelling the district for weeks, targeting rebels.",
        [],
    ),
    "a self defense group is no justification": (
        "The gang attacked the village after a local self-defense group tried to stop it, residents said.",
        [],
    ),
    "an inquiry named in an organisation is no response": (
        "The Criminal Investigation Department arrested four men on Friday, police said.",
        [],
    ),
    "confirming what another did is no acknowledgement": (
        "The camp director confirmed that the raid was carried out by a militia from the hills.",
        [],
    ),
    # (a spokesman whose title names no body stays a party beside the body his quotation names:
    # see test_a_spokesman_whose_title_names_no_body)
    "a party named as subject in its spokesmans quotation": (
        "“The coalition has not carried out any strikes in the port today,” spokesman Oren Vask said.",
        [("Oren Vask", "deny"), ("coalition", "deny")],
    ),
    "one entry for a party named short and in full": (
        "The Varnian Defence Ministry rejected the allegations on Monday.\n\n"
        "On Tuesday the Defence Ministry again rejected the allegations.",
        [("Varnian Defence Ministry", "deny")],
    ),
    "a justification called a pretext is none": (
        "“This is a slaughter of families under the guise of self-defence,” said Nadia Okoro, a nurse.",
        [],
    ),
    "admitting a higher toll is no acknowledgement": (
        "Governor Tomas Reyes gave a toll of 40 dead, although he acknowledged that the real number may be higher.",
        [],
    ),
    "a rights groups own inquiry answers for nothing": (
        "During a two-week investigation, the Coastal Rights Centre interviewed 40 survivors of the raid.",
        [],
    ),
    "two parties named with one plural noun": (
        "The Syrian and Russian governments have denied using chemical weapons.",
        [("Syrian government", "deny"), ("Russian government", "deny")],
    ),
    "a witness telling of their acts admits nothing": (
        '"They opened fire on the market," a resident said.',
        [],
    ),
}


@pytest.mark.parametrize("case", PRECISION_CASES)
def test_whose_stance_and_words_that_take_none(make_ctx, case):
    text, expected = PRECISION_CASES[case]
    assert _found(make_ctx, text) == expected


def test_targeting_said_by_a_party_justifies_and_admits(make_ctx):
    text = "The army said its jets targeted insurgents hiding in the depot."
    assert sorted(_found(make_ctx, text)) == [("army", "acknowledge"), ("army", "justify")]


def test_a_spokesman_titled_by_an_acronym_speaks_for_it(make_ctx):
    found = _found(make_ctx, "The HDF spokesperson expressed regret for the deaths of the two farmers.")
    assert ("HDF", "regret") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Northern Liberation Front did not respond, but said the clinic was being used as a base by army units.",
            [("Northern Liberation Front", "no_comment"), ("Northern Liberation Front", "justify")],
        ),
        (
            "Riverland said it had struck the depot because rebel commanders were using it as a base.",
            [("Riverland", "acknowledge"), ("Riverland", "justify")],
        ),
        (
            "The spokesman said the casualty figures “do not align with the data kept by the army”.",
            [("spokesman", "deny")],
        ),
    ],
)
def test_said_frames_are_the_speakers_stance(make_ctx, text, expected):
    assert sorted(_found(make_ctx, text)) == sorted(expected)


def test_a_spokesman_answers_for_the_body_he_speaks_for(make_ctx):
    text = (
        "HDF Spokesperson Rear Adm. Tomas Brandt addressed reporters. "
        "“We are investigating the possibility that stored munitions caused the fire,” Brandt said."
    )
    parties = {p for p, s in _found(make_ctx, text) if s == "investigate"}
    assert parties == {"HDF"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In a statement, the military said the Northern Liberation Army, a rebel group, had been "
            "hiding in the monastery.",
            [("military", "justify")],
        ),
        (
            "Riverland has repeatedly said it minimises harm, noting that the militia has embedded its "
            "command posts amid civilian areas.",
            [("Riverland", "justify")],
        ),
    ],
)
def test_the_enemy_among_civilians_is_a_justification(make_ctx, text, expected):
    assert _found(make_ctx, text) == expected


def test_the_army_is_the_organisation_named_with_a_kindred_word(make_ctx):
    text = (
        "A spokesperson for the Coastal Defence Forces said the strike hit a compound. "
        "The army had said on Saturday that it was investigating the case."
    )
    assert ("Coastal Defence Forces", "investigate") in _found(make_ctx, text)


def _pairs(make_ctx, text):
    return set(_found(make_ctx, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The navy said its ships had not fired at the harbour.", ("navy", "deny")),
        ("Police insisted officers had never used live rounds.", ("Police", "deny")),
        ('"We did not open fire on the crowd," a Riverland army spokesman said.', ("Riverland army", "deny")),
        ("The claims were denied by the navy.", ("navy", "deny")),
        ("The navy said the video does not reflect reality.", ("navy", "deny")),
        ("The navy said militants had fired rockets from the school.", ("navy", "justify")),
        ("The navy said its gunners returned fire.", ("navy", "justify")),
        ("The navy said the strike was carried out in response to rocket fire.", ("navy", "justify")),
        ('The navy said it had struck "terror targets" near the port.', ("navy", "justify")),
        ("The navy referred questions to the defence ministry.", ("navy", "no_comment")),
        ("The navy declined repeated requests for comment.", ("navy", "no_comment")),
        ("The ministry said it had opened a criminal case.", ("ministry", "investigate")),
        (
            "Kelvar denied the charge, saying its forces had only struck military targets.",
            ("Kelvar", "justify"),
        ),
    ],
)
def test_frames_of_denial_justification_and_silence(make_ctx, text, expected):
    assert expected in _pairs(make_ctx, text)


def test_the_body_a_spokesman_speaks_for_is_named_as_written(make_ctx):
    found = _pairs(make_ctx, "A spokesman for the Riverland navy denied the claims.")
    assert ("Riverland navy", "deny") in found
    found = _pairs(make_ctx, "Colonel Ivo Marsh, the chief military spokesperson, denied the claims.")
    assert ("military", "deny") in found and ("Ivo Marsh", "deny") not in found


def test_an_act_under_a_denial_is_no_admission(make_ctx):
    found = _pairs(make_ctx, "The navy denied it had opened fire on the boat.")
    assert ("navy", "deny") in found and ("navy", "acknowledge") not in found


def test_a_full_name_goes_by_the_acronym_the_text_uses(make_ctx):
    text = (
        "The Riverland Defence Forces denied the claims. RDF units were not deployed there, officials said."
    )
    assert ("Riverland Defence Forces (RDF)", "deny") in _pairs(make_ctx, text)


def test_condolences_are_regret_only_from_a_party_that_answers(make_ctx):
    assert _found(make_ctx, "The mayor offered his condolences to the families.") == []
    text = "The navy said it was investigating the strike. The navy offered its condolences to the families."
    assert ("navy", "regret") in _pairs(make_ctx, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian army shelling killed ten villagers in the highland town, residents said. "
        "The Peruvian army blamed a misfired rebel rocket for the deaths.",
        "Peruvian troops shelled the highland town, killing ten villagers, residents said. "
        "The Peruvian army said the blast was caused by a rebel mine.",
    ],
)
def test_blame_laid_elsewhere_by_the_perpetrator_denies(make_ctx, text):
    assert ("Peruvian army", "deny") in _pairs(make_ctx, text)


def test_blame_laid_by_anyone_else_is_no_denial(make_ctx):
    text = "Rebels attacked the town, killing ten people. The mayor blamed the rebels for the killings."
    assert [s for _, s in _found(make_ctx, text)] == []
    text = (
        "Peruvian troops shelled the town, residents said. Peru's opposition blamed the army for the deaths."
    )
    assert ("Peru", "deny") not in _pairs(make_ctx, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We carried out a precise strike," the ministry said.', ("ministry", "acknowledge")),
        (
            '"We carried out a strike on a terrorist hideout," the ministry said.',
            ("ministry", "justify"),
        ),
        ('The ministry said the strike "did not happen".', ("ministry", "deny")),
        ("The ministry said no such strike took place.", ("ministry", "deny")),
    ],
)
def test_first_person_acts_and_acts_that_never_happened(make_ctx, text, expected):
    assert expected in _pairs(make_ctx, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The coalition said its forces called in an air strike after coming under fire.",
            ("coalition", "justify"),
        ),
        (
            "The coalition said its forces called in an air strike after coming under fire.",
            ("coalition", "acknowledge"),
        ),
        (
            "The coalition said the strike was called in to protect troops under attack.",
            ("coalition", "justify"),
        ),
        ("The coalition said an air strike had been called in against insurgents.", ("coalition", "justify")),
        ("The military said it had found no evidence of civilian casualties.", ("military", "deny")),
        ("The military said the claims of civilian casualties were not credible.", ("military", "deny")),
        ("A statement by the Zarvian government denied the claims.", ("Zarvian government", "deny")),
    ],
)
def test_military_accounts_of_a_called_in_strike(make_ctx, text, expected):
    assert expected in _pairs(make_ctx, text)


def test_a_witness_or_monitor_account_is_no_response(make_ctx):
    assert (
        _found(make_ctx, '"We heard a loud blast and we dropped to the floor at once," a baker said.') == []
    )
    text = (
        "Air strikes on rebel positions killed 20 civilians, the Harbour Observatory for Human Rights said."
    )
    assert _found(make_ctx, text) == []
    assert _found(make_ctx, "An official called it a deliberate strike on the railway infrastructure.") == []


def test_a_speech_verb_set_into_the_clause_names_the_party(make_ctx):
    assert ("army", "justify") in _pairs(make_ctx, "The strike, the army said, targeted militants.")
    assert ("army", "deny") in _pairs(make_ctx, "The reports, the army said, were false.")


# --- party resolution ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups cast doubt on the Zarvian government’s repeated denials.",
        "The monitor said the killings took place, contradicting the Zarvian government's flat denials.",
        "A denial by the Zarvian government followed within hours.",
    ],
)
def test_the_possessor_of_a_stance_noun_takes_it(make_ctx, text):
    # the parser hangs "X's" before an adjective as nmod + case, not poss
    assert ("Zarvian government", "deny") in _pairs(make_ctx, text)


def test_a_quoted_speaker_speaks_for_the_body_of_the_title_given_where_named(make_ctx):
    text = (
        "Jose Diaz, the chief military spokesperson, spoke to reporters on Monday.\n\n"
        '"We did not open fire on the convoy at any point," he said.'
    )
    assert ("military", "deny") in _pairs(make_ctx, text)
    text = '"This is a complete lie," said Jose Diaz, a spokesman for the Zarvian army.'
    assert ("Zarvian army", "deny") in _pairs(make_ctx, text)


def test_a_person_without_a_title_speaks_only_for_himself(make_ctx):
    text = 'Jose Diaz spoke to reporters.\n\n"We did not open fire on the convoy at any point," he said.'
    assert _pairs(make_ctx, text) == {("Jose Diaz", "deny")}


@pytest.mark.parametrize(
    "text",
    [
        "The Zarvian army's press service said the accusations were lies.",
        "The Zarvian army's statement said the reports were false.",
    ],
)
def test_the_owner_of_a_subject_that_cannot_speak_takes_the_stance(make_ctx, text):
    assert ("Zarvian army", "deny") in _pairs(make_ctx, text)


def test_a_pronoun_several_clauses_down_is_the_speaker(make_ctx):
    text = (
        "The navy said it was aware of reports that civilians had been harmed and that it regretted any harm."
    )
    assert ("navy", "regret") in _pairs(make_ctx, text)


def test_the_fighters_owner_takes_no_justification(make_ctx):
    text = 'A local blogger wrote: "There is no way to know whether any Northern Front fighter was hit."'
    assert ("Northern Front", "justify") not in _pairs(make_ctx, text)


# --- stances held only by the party the report holds responsible --------------------------------------


def test_a_counter_accusation_by_the_perpetrator_is_a_denial(make_ctx):
    text = (
        "Peruvian army shelling killed ten villagers in the highland town, residents said. "
        "The Peruvian army accused the rebels of shelling the market themselves."
    )
    assert ("Peruvian army", "deny") in _pairs(make_ctx, text)
    text = (
        "Peruvian army shelling killed ten villagers in the highland town, residents said. "
        "The Peruvian army said the killings were committed by rebel gunmen."
    )
    assert ("Peruvian army", "deny") in _pairs(make_ctx, text)


def test_an_accusation_by_anyone_else_is_no_denial(make_ctx):
    text = (
        "Peruvian army shelling killed ten villagers in the highland town, residents said. "
        "The mayor accused the Peruvian army of war crimes."
    )
    assert [s for _, s in _found(make_ctx, text)] == []
    text = (
        "Peruvian army shelling killed ten villagers, residents said. "
        "The Peruvian army, accused by rights groups of war crimes, did not comment."
    )
    assert ("Peruvian army", "deny") not in _pairs(make_ctx, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian jets struck the market, killing 12 people. "
        "The Peruvian army said two civilians had been killed in the strike.",
        "Peruvian troops opened fire on the protesters, killing 12 people. "
        "The Peruvian army said soldiers had fired at the crowd.",
    ],
)
def test_an_account_of_the_act_by_the_perpetrator_admits_it(make_ctx, text):
    assert ("Peruvian army", "acknowledge") in _pairs(make_ctx, text)


def test_an_account_of_the_act_by_anyone_else_admits_nothing(make_ctx):
    text = (
        "Peruvian troops opened fire on the protesters, killing 12 people. "
        "The health ministry said two civilians had been killed. Witnesses said soldiers had fired at the crowd."
    )
    assert [s for _, s in _found(make_ctx, text) if s == "acknowledge"] == []
    text = "Peruvian jets struck the market. The Peruvian army said no civilians were harmed."
    assert ("Peruvian army", "acknowledge") not in _pairs(make_ctx, text)


# --- grammatical frames ------------------------------------------------------------------------------


def test_a_strike_confirmed_by_a_party_is_its_admission(make_ctx):
    text = "The airstrike that killed the commander was confirmed by the Zarvian military."
    assert ("Zarvian military", "acknowledge") in _pairs(make_ctx, text)
    assert _found(make_ctx, "The death toll was confirmed by the health ministry.") == []


def test_a_coordinated_claim_does_not_make_the_admission_someone_elses(make_ctx):
    text = (
        "The Zarvian army acknowledged the strike and alleged that the school was used by rebels "
        "to plan attacks."
    )
    assert {("Zarvian army", "acknowledge"), ("Zarvian army", "justify")} <= _pairs(make_ctx, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army said its troops fired because they felt unsafe.",
        "The army said the driver had posed a danger to its soldiers.",
        "The army said the soldiers identified a threat and responded.",
        "The army said it takes feasible precautions to mitigate harm to civilians.",
        "The army said several steps were taken to reduce the risk to civilians.",
        "The army said it respects international humanitarian law.",
        "The army said its operations complied with international law.",
        "The army said the strike was based on precise intelligence.",
        "The army said the warehouse served as a rebel headquarters.",
        "The army said the compound was a rebel training camp.",
        "The army said the men were armed.",
        "The army said 19 militants had been eliminated.",
        "The army said it had liquidated a senior rebel commander.",
        "The army said the house was used by the rebels to plan attacks.",
        "The army listed the man among its targets, describing him as a rebel cell commander.",
        "The army said soldiers carried out airstrikes against rebel fighters in the hills.",
    ],
)
def test_justifications(make_ctx, text):
    assert ("army", "justify") in _pairs(make_ctx, text)


FRAME_CASES = {
    "urging a party to respect the law is no justification": (
        "The council urged the army to respect international humanitarian law.",
        [],
    ),
    "a silent subject asked by a paper keeps its silence": (
        "The Harbour Ministry did not respond to questions sent by the Weekly Ledger.",
        [("Harbour Ministry", "no_comment")],
    ),
    "the force refers back to the police named before": (
        "Witnesses blamed the Harbour police for the shooting.\nThe force declined to comment.",
        [("Harbour police", "no_comment")],
    ),
    "a capital named for its government is the state": (
        "Tehran rejected the accusations.",
        [("Iran", "deny")],
    ),
    "an outlet told or named with a wire takes no stance": (
        "A nurse told the Velmora Herald the shelling lasted hours.\n"
        "The Velmora Herald said the compound had been used by militants.",
        [],
    ),
    "a section heading is no inquiry": (
        "Four people died.\n  • The investigation: Two guards had been warned days before.",
        [],
    ),
}


@pytest.mark.parametrize("case", FRAME_CASES)
def test_grammatical_frames(make_ctx, case):
    text, expected = FRAME_CASES[case]
    assert _found(make_ctx, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army said its forces had not been in the village that day.",
        "The army said it had no troops in the area.",
        "The army said it bore no responsibility for the deaths.",
        "The army said it had no involvement in the attack.",
        "The army said there were no civilians in the building.",
        "The army said the claims had no basis.",
        "The army said it was unaware of any strike in that area.",
        "The army said it had no record of a strike at that location.",
        "The army said the reports do not correspond to reality.",
        'A Northern Front adviser said the army was "not involved in any way".',
    ],
)
def test_denials(make_ctx, text):
    assert any(s == "deny" for _, s in _found(make_ctx, text))


@pytest.mark.parametrize(
    "text",
    [
        "The army said it could not comment without the coordinates of the house.",
        "The army has made no public statement on the strike.",
        "The army did not address the allegations.",
    ],
)
def test_no_comment(make_ctx, text):
    assert ("army", "no_comment") in _pairs(make_ctx, text)


@pytest.mark.parametrize(
    "text",
    [
        'The army said it would "thoroughly examine" the incident.',
        "The army said it was seeking to clarify the circumstances.",
    ],
)
def test_inquiries_in_more_frames(make_ctx, text):
    assert ("army", "investigate") in _pairs(make_ctx, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups sought an investigation into the strike.",
        "The council called on the army to investigate the strike.",
        "The families want the army to investigate.",
    ],
)
def test_asking_others_for_an_inquiry_is_none(make_ctx, text):
    assert [s for _, s in _found(make_ctx, text) if s == "investigate"] == []


def test_an_act_quoted_in_the_account_is_admitted(make_ctx):
    text = 'The army said in a statement that its aircraft "struck" the building.'
    assert ("army", "acknowledge") in _pairs(make_ctx, text)


def test_a_strike_elsewhere_claimed_next_to_a_denial_admits_nothing(make_ctx):
    text = (
        "A spokesman for the coalition, Jose Diaz, denied that its aircraft had struck the market. "
        'He said the coalition had hit "a gathering of armed rebel fighters" several kilometres away.'
    )
    found = _pairs(make_ctx, text)
    assert ("coalition", "justify") in found
    assert [p for p, s in found if s == "acknowledge"] == []


@pytest.mark.parametrize(
    "text, party",
    [
        ("The Weekly Ledger emailed the Harbour Ministry but got no reply.", "Harbour Ministry"),
        ("Calls to the Riverland navy went unanswered on Friday.", "Riverland navy"),
        ("The Weekly Ledger has had no response from the Harbour Ministry.", "Harbour Ministry"),
        ("Our reporter phoned the Riverland navy, which did not answer.", "Riverland navy"),
    ],
)
def test_the_asked_party_stays_silent_not_the_asker(make_ctx, text, party):
    found = _found(make_ctx, text)
    # the asked party, by its full name or the place-name part the tagger gives it
    assert any(s == "no_comment" and p and set(p.split()) <= set(party.split()) for p, s in found)
    assert all("Ledger" not in (p or "") and "reporter" not in (p or "") for p, _ in found)


def test_a_pronoun_that_reports_a_stance_stands_for_the_speaker_named_before(make_ctx):
    text = (
        "Nadia Brenn, the Harbour Ministry spokeswoman, spoke briefly.\nShe said the raid was under review."
    )
    assert ("Nadia Brenn", "investigate") in _found(make_ctx, text)


def test_its_spokesman_speaks_for_the_body_named_before(make_ctx):
    text = "The Harbour Ministry held a briefing.\nIts spokesman, Major Tomas Vell, rejected the allegations."
    assert ("Harbour Ministry", "deny") in _found(make_ctx, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Harbour Ministry said it was reviewing videos of the raid.",
            ("Harbour Ministry", "investigate"),
        ),
        (
            "The Harbour Ministry said the men killed in the raid were all smugglers' gunmen.",
            ("Harbour Ministry", "justify"),
        ),
        (
            "An inquiry was opened by the Harbour Ministry after the raid.",
            ("Harbour Ministry", "investigate"),
        ),
    ],
)
def test_said_frames_and_nominal_agents(make_ctx, text, expected):
    assert expected in _found(make_ctx, text)


def test_a_description_goes_by_the_name_of_its_kind_given_elsewhere(make_ctx):
    text = (
        "The Norvian-backed alliance confirmed the airstrikes.\n"
        "The Norvian coalition said the strikes had targeted militants."
    )
    assert {p for p, _ in _found(make_ctx, text)} == {"Norvian coalition"}


def test_two_descriptions_keep_their_own_names(make_ctx):
    text = "The Norvian-led coalition denied the strike.\nThe Norvian-led coalition later said it regretted the deaths."
    assert {p for p, _ in _found(make_ctx, text)} == {"Norvian-led coalition"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Harbour Ministry said it was reviewing the details of the raid.",
            ("Harbour Ministry", "investigate"),
        ),
        (
            "Riverland police said the officers fired because their lives were at risk.",
            ("Riverland police", "justify"),
        ),
        (
            "The Harbour Ministry said its pilots had warned residents to leave before the strike.",
            ("Harbour Ministry", "justify"),
        ),
    ],
)
def test_details_danger_and_warnings(make_ctx, text, expected):
    assert expected in _found(make_ctx, text)


def test_no_warning_is_no_justification(make_ctx):
    text = "Witnesses said the pilots had not warned residents before the strike."
    assert all(s != "justify" for _, s in _found(make_ctx, text))


# --- written reports (benchmarks/data/written/en_responses.jsonl): titles, portfolios, frames ----


def test_an_abbreviated_rank_is_no_party(make_ctx):
    text = "Army spokesman Col. Jon Varga said the target was legitimate."
    found = _found(make_ctx, text)
    assert ("Army", "justify") in found
    assert not any(p.rstrip(".") == "Col" for p, _ in found)


WRITTEN_STANCE_CASES = {
    "a ministers portfolio is a ministry": (
        "Interior Minister Lena Moor told parliament that officers had acted in self-defence.",
        [("Lena Moor", "justify"), ("Interior Ministry", "justify")],
    ),
    "the party a reporter contacted is the pronoun that did not respond": (
        "We contacted the Zarvian army with our findings on Monday. It did not respond by the time of publication.",
        [("Zarvian army", "no_comment")],
    ),
    "a group that says it targeted the police justifies": (
        "The Northern Liberation Front claimed the attack but said it had targeted the police.",
        [
            ("Northern Liberation Front", "acknowledge"),
            ("Northern Liberation Front", "justify"),
        ],
    ),
    "its fighter jets are the speakers": (
        'The Zarvian army said its fighter jets struck "a weapons storage facility" in the area.',
        [("Zarvian army", "justify"), ("Zarvian army", "acknowledge")],
    ),
    "a refusal to confirm is no comment": (
        "The ministry refused to confirm or deny the strike.",
        [("ministry", "no_comment")],
    ),
}


@pytest.mark.parametrize("case", WRITTEN_STANCE_CASES)
def test_the_stances_titles_portfolios_and_frames_give(make_ctx, case):
    text, expected = WRITTEN_STANCE_CASES[case]
    assert _found(make_ctx, text) == expected


def test_a_prime_minister_has_no_portfolio(make_ctx):
    text = "Northland Prime Minister Ada Vell said the strike was being investigated."
    parties = [p for p, _ in _found(make_ctx, text)]
    assert "Ada Vell" in parties
    assert not any(p.startswith("Prime") for p in parties)


WRITTEN_ACCOUNT_CASES = {
    "its spokesman named after a comma speaks for the body": (
        "The Zarvian Defence Ministry said an inquiry was under way. "
        '"We regret this incident," said its spokesman, Colonel Piet Rams.',
        ("Zarvian Defence Ministry", "regret"),
    ),
    "the front refers back to the front named before": (
        "The minister blamed the Northern Liberation Front. In a message, the front claimed the attack.",
        ("Northern Liberation Front", "acknowledge"),
    ),
    "his men attacked is an admission": (
        "The gang's leader, Rolo Brand, said his men had attacked the village.",
        ("Rolo Brand", "acknowledge"),
    ),
    "a ministry that tells of the armys act gives the account too": (
        "The Zarvian Defence Ministry said the army had neutralised 31 terrorists in the area.",
        ("Zarvian Defence Ministry", "justify"),
    ),
    "only fighters died justifies": (
        "The Zarvian army said only militants had died in the strike.",
        ("Zarvian army", "justify"),
    ),
    "a ministry of defence gives the account too": (
        "The Zarvian Ministry of Defence said the army had neutralised 31 terrorists.",
        ("Zarvian Ministry of Defence", "justify"),
    ),
    "a signature line run into the next paragraph is not its subject": (
        '"We want answers." - Maria Lenz, PFW Middle East programme coordinator\n\n'
        "The Zarvian military said it was looking into the incident.",
        ("Zarvian military", "investigate"),
    ),
    "a negated strike said by a party still denies": (
        "The army said it did not target the hospital.",
        ("army", "deny"),
    ),
}


@pytest.mark.parametrize("case", WRITTEN_ACCOUNT_CASES)
def test_the_account_titles_portfolios_and_frames_give(make_ctx, case):
    text, expected = WRITTEN_ACCOUNT_CASES[case]
    assert expected in _found(make_ctx, text)


@pytest.mark.parametrize(
    "text",
    [
        'The Zarvian Defence Ministry said its drones had hit "a temporary deployment point of Eastland units".',
        'The Zarvian Defence Ministry said it had "neutralised three ABC/XYZ terrorists" in the north.',
        'The Zarvian Defence Ministry said it had fired a rocket at a "gathering of mercenaries" near the town.',
        "The Zarvian Defence Ministry said its forces had struck a facility used by Eastland military intelligence.",
        'The Zarvian Defence Ministry said the dead were "police informants".',
    ],
)
def test_a_legitimate_target_in_the_speakers_account_justifies(make_ctx, text):
    assert ("Zarvian Defence Ministry", "justify") in _found(make_ctx, text)


def test_militants_targeting_soldiers_in_an_account_justify_nothing(make_ctx):
    text = "The army said militants had targeted soldiers at a checkpoint."
    assert not any(s == "justify" for _, s in _found(make_ctx, text))


def test_a_witness_who_tells_of_the_soldiers_act_takes_no_stance(make_ctx):
    text = "A witness said the soldiers had targeted fighters hiding in the school."
    assert not any("witness" in p for p, _ in _found(make_ctx, text))


def test_a_department_of_a_named_body_is_that_body(make_ctx):
    text = "The Zarvian Police's internal affairs department opened an inquiry into the deaths."
    assert [p for p, s in _found(make_ctx, text) if s == "investigate"] == ["Zarvian Police"]


def test_a_dateline_is_no_party(make_ctx):
    text = (
        "PORT VALE — Relatives of four men killed by soldiers disputed the army's claim that the dead "
        "were rebels.\n\nThe army said its troops had engaged armed rebels near the village."
    )
    parties = [p for p, _ in _found(make_ctx, text)]
    assert "PORT VALE" not in parties


@pytest.mark.parametrize(
    "text",
    [
        'The Zarvian army said its troops "engaged armed members of the Eastern Front" near the village.',
        "The Zarvian embassy said Zarvian forces strike only military-related energy facilities.",
        'The Zarvian Front said its fighters had targeted "officials of the government" at the hotel.',
    ],
)
def test_more_justifications_in_an_account(make_ctx, text):
    assert any(s == "justify" for _, s in _found(make_ctx, text))


def test_a_descriptor_before_a_name_is_the_name():
    from harmwatch.extract.speech.responses import named_after

    text = "The human rights group Karapatan said it was investigating."
    assert named_after(text, "human rights group", Span(0, len(text))) == "Karapatan"
    assert named_after(text, "Karapatan", Span(0, len(text))) == "Karapatan"


def test_datelines_are_capitals_before_a_dash():
    from harmwatch.extract.speech.responses import datelines

    text = (
        "GOMA (Reuters) - A strike.\nUNICEF (the agency) said.\nNEW TOWN, Zarvia — X.\nUN mission says - no"
    )
    assert datelines(text) == {"GOMA", "NEW TOWN"}


def test_the_islamist_group_is_the_group_the_report_holds_responsible(make_ctx):
    text = (
        "Boko Haram fighters stormed a market town on Sunday, killing 11 people.\n\n"
        "The Islamist group said its fighters had targeted officials meeting at the hotel."
    )
    parties = {p for p, _ in _found(make_ctx, text)}
    assert "Islamist group" not in parties
    assert "Boko Haram" in parties


def test_only_an_armed_kind_is_read_as_the_armed_group():
    from harmwatch.extract.speech.responses import _ARMED_DESCRIPTOR

    assert _ARMED_DESCRIPTOR.fullmatch("the Iran-backed militia")
    assert _ARMED_DESCRIPTOR.fullmatch("Islamist group")
    assert not _ARMED_DESCRIPTOR.fullmatch("rights group")
    assert not _ARMED_DESCRIPTOR.fullmatch("the aid group")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Zarvian navy said it would review the reports.", ("Zarvian navy", "investigate")),
        (
            "The air force said it was aware of the claims and was assessing them.",
            ("air force", "investigate"),
        ),
        ("The ministry said the raid was not carried out by its troops.", ("ministry", "deny")),
        (
            "The defence ministry confirmed on Monday that a drone had hit the depot.",
            ("defence ministry", "acknowledge"),
        ),
        ("The Zarvian army said it stands by its account of the firefight.", ("Zarvian army", "justify")),
        (
            "The Orlen Liberation Front said it had targeted soldiers at the checkpoint.",
            ("Orlen Liberation Front", "justify"),
        ),
    ],
)
def test_inquiries_denials_and_accounts_in_further_frames(make_ctx, text, expected):
    assert expected in _found(make_ctx, text)


def test_a_check_verb_with_another_object_is_no_inquiry(make_ctx):
    found = _found(make_ctx, "The army said it was checking vehicles at the crossing.")
    assert not any(stance == "investigate" for _, stance in found)


def test_a_strike_another_party_aimed_at_soldiers_justifies_nothing(make_ctx):
    found = _found(make_ctx, "The governor said gunmen had targeted police officers on the highway.")
    assert not any(stance == "justify" for _, stance in found)


@pytest.mark.parametrize(
    "text",
    [
        "The rebel army apologised for a mortar shell that struck a school in Orlen.",
        "The police regretted the raid on the village.",
    ],
)
def test_regret_for_a_strike_admits_it(make_ctx, text):
    found = _found(make_ctx, text)
    party = found[0][0]
    assert (party, "regret") in found and (party, "acknowledge") in found


def test_regret_for_deaths_alone_admits_no_strike(make_ctx):
    found = _found(make_ctx, "The navy expressed regret over the deaths of the fishermen.")
    assert found == [("navy", "regret")]


@pytest.mark.parametrize(
    "text",
    [
        "The Zarvian army did not deny that its soldiers were in the village.",
        "The ministry refused to confirm or deny the strike.",
        "The army declined to confirm that it had carried out the strike.",
    ],
)
def test_a_negated_or_refused_stance_verb_takes_no_stance(make_ctx, text):
    assert not any(stance in ("deny", "acknowledge") for _, stance in _found(make_ctx, text))


@pytest.mark.parametrize(
    "text, party",
    [
        ("The Zarvian military said troops had killed two gunmen near the checkpoint.", "Zarvian military"),
        ("The army said soldiers had killed three militants near the border.", "army"),
    ],
)
def test_unnamed_forces_in_a_partys_account_are_its_own(make_ctx, text, party):
    found = _found(make_ctx, text)
    assert (party, "acknowledge") in found and (party, "justify") in found


@pytest.mark.parametrize(
    "text, party, forces",
    [
        (
            "A spokesman for the Zarvian junta said the military had struck a rebel training camp near Dalmore.",
            "Zarvian junta",
            "military",
        ),
        (
            "The Harbour Ministry said security forces had killed six militants in the raid on Dalmore.",
            "Harbour Ministry",
            "security forces",
        ),
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="a narrated account's act subject takes the stance; a narrower rule lost dev check TPs",
)
def test_a_bodys_account_of_forces_it_does_not_name_is_its_own(make_ctx, text, party, forces):
    found = _found(make_ctx, text)
    assert (party, "justify") in found and (forces, "justify") not in found


def test_a_speech_verb_set_into_a_clause_on_an_inquiry_names_the_party(make_ctx):
    text = "Two shops burned in the market of Dalmore on Monday. The case, the ministry said, is under investigation."
    assert ("ministry", "investigate") in _found(make_ctx, text)


def test_named_forces_in_anothers_account_are_their_own(make_ctx):
    found = _found(make_ctx, "The governor said Zarvian troops had killed two gunmen.")
    assert ("governor", "justify") not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The police said the officers acted in accordance with the law.", ("police", "justify")),
        ("The army said the soldiers had acted within the rules of engagement.", ("army", "justify")),
        ("The police insisted that the officers had followed procedure.", ("police", "justify")),
        ("The army said the shooting was an accident.", ("army", "acknowledge")),
    ],
)
def test_accounts_of_lawful_conduct_and_of_an_accident(make_ctx, text, expected):
    assert expected in _found(make_ctx, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbour Ministry said there was no truth to the accusations.", ("Harbour Ministry", "deny")),
        ('The Southern Command said there was "no truth" to the claims.', ("Southern Command", "deny")),
        ('The Harbour Ministry said the incident was "being reviewed".', ("Harbour Ministry", "investigate")),
        (
            "The Harbour Ministry said the shelling was being investigated.",
            ("Harbour Ministry", "investigate"),
        ),
    ],
)
def test_no_truth_and_being_checked_kept_by_the_written_reports(make_ctx, text, expected):
    # kept after the pruning round: without these frames the written reports lose a response
    assert expected in _found(make_ctx, text)


@pytest.mark.parametrize(
    "text, expected, not_expected",
    [
        (
            "A Zarvian Army spokesman in Kessa said Zarvian soldiers had only returned fire after an "
            "attack by rebels and denied shooting at villagers.",
            ("Zarvian Army", "deny"),
            ("Zarvian soldiers", "deny"),
        ),
        (
            "Militia spokesman Rolo Brand said in a video that the brigade had shelled a rebel depot in "
            "Kessa, but denied hitting the clinic.",
            ("Militia", "deny"),
            ("brigade", "deny"),
        ),
        (
            "The Zarvian Defence Ministry said the soldiers had fired warning shots and rejected claims "
            "that anyone was killed.",
            ("Zarvian Defence Ministry", "deny"),
            ("soldiers", "deny"),
        ),
    ],
)
def test_a_denial_beside_a_reported_perfect_clause_is_the_speakers(make_ctx, text, expected, not_expected):
    # "denied" (simple past) cannot share the reported clause's "had": it is coordinated with "said"
    found = _found(make_ctx, text)
    assert expected in found and not_expected not in found


def test_a_denial_that_is_the_reported_clauses_own_verb_stays_its_subjects(make_ctx):
    found = _found(make_ctx, "The governor said the soldiers had denied any wrongdoing.")
    assert ("soldiers", "deny") in found and ("governor", "deny") not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline label or a dateline is no part of the party
        ("Zarvia: rebel commander denies killing villagers", []),
        (
            "PORT ALDEN - Zarvian police on Friday insisted that all 14 people killed in the raids were "
            "armed suspects who resisted arrest.",
            [("Zarvian police", "justify"), ("Zarvian police", "acknowledge")],
        ),
        # a passive's agent that is a part of a body: the body
        (
            "Farmers blamed herders for the raid, but the claim was dismissed by the state chapter of the "
            "Herders Union of Zarvia.",
            [("Herders Union of Zarvia", "deny")],
        ),
        # an inquiry body that was set up: whoever set it up, else whoever announces it
        (
            "A panel was set up by the Ostrava State government in May to investigate the deaths.",
            [("Ostrava State", "investigate")],
        ),
        (
            "The prime minister's office said a committee had been formed to investigate the attack.",
            [("prime minister", "investigate")],
        ),
        # words that answer neither way are a refusal to comment
        (
            "The spokesperson, Tomas Reyl, neither confirmed nor denied the strikes.",
            [("Tomas Reyl", "no_comment")],
        ),
        (
            "Palace spokesman Ivo Dremel would not be drawn on the strike.",
            [("Palace", "no_comment")],
        ),
        # an official speaks for the body the title names (not for a field: "security")
        (
            "A Zarvian army official said the strike had hit a rebel command post.",
            [("Zarvian army", "justify"), ("Zarvian army", "acknowledge")],
        ),
        (
            "A senior security official said the camp was a militant hideout.",
            [("senior security official", "justify")],
        ),
        # two clauses, each with its own party that gave no comment
        (
            "The police command had not commented on the shooting, and repeated calls to the county "
            "commander went unanswered.",
            [("police command", "no_comment"), ("county commander", "no_comment")],
        ),
        # inquiries of a state rights commission or an ombudsman answer for the incident
        (
            "The Commission on Human Rights said it had sent investigators to the province.",
            [("Commission on Human Rights", "investigate")],
        ),
        (
            "The Ombudsman's Office said it had sent a mission to the area to establish the facts.",
            [("Ombudsman's Office", "investigate")],
        ),
        # justifications: a quotation opening the target's words, protecting lives
        (
            'The ministry said the strike had targeted "a group of armed fighters who had slipped into the crowd".',
            [("ministry", "justify"), ("ministry", "acknowledge")],
        ),
        ("Commander Ruth Abel said officers had acted to protect lives.", [("Ruth Abel", "justify")]),
    ],
)
def test_labels_agents_formed_bodies_non_answers_officials_and_clauses(make_ctx, text, expected):
    assert _found(make_ctx, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ministry said the allegations were politically motivated.", [("ministry", "deny")]),
        ("Police said the killing was politically motivated.", []),  # a motive, no verdict on a claim
        ("The group has distanced itself from the attack.", [("group", "deny")]),
        ("The Zarvian junta said civilians were not harmed.", [("Zarvian junta", "deny")]),
        (
            "The Zarvian air force accepted that its drone had hit the wrong house.",
            [("Zarvian air force", "acknowledge")],
        ),
        ("The army said the men were planning an attack on a checkpoint.", [("army", "justify")]),
        ("The Zarvian army said its soldiers had been fired upon first.", [("Zarvian army", "justify")]),
        (
            "Police maintained that the protesters had attacked officers with stones first.",
            [("Police", "justify")],
        ),
        (
            "The rebels, for their part, said the village had been a base for pro-government militias.",
            [("rebels", "justify")],
        ),
        (
            "A corporal told the court that he had fired in self-defence after a mob tried to seize his rifle.",
            [("corporal", "justify")],
        ),
        ("There was no word from the Zarvian army on the strike.", [("Zarvian army", "no_comment")]),
        (
            "The Zarvian military has remained tight-lipped about the strike.",
            [("Zarvian military", "no_comment")],
        ),
        ("Requests for comment sent to the ministry were not returned.", [("ministry", "no_comment")]),
        # a relative pronoun subject stands for the noun the clause hangs on
        (
            "The strike was carried out by Zarvian forces, which have denied targeting civilians.",
            [("Zarvian forces", "deny")],
        ),
        (
            "The accusation was rejected by the ministry, which said its forces only struck military targets.",
            [("ministry", "deny"), ("ministry", "justify")],
        ),
    ],
)
def test_verdicts_motives_silences_and_relative_subjects(make_ctx, text, expected):
    assert _found(make_ctx, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Two Zarvian militia leaders pleaded not guilty on Tuesday to charges of war crimes.",
            [("Two Zarvian militia leaders", "deny")],
        ),
        ('Tomas Brel told the judge: "I am not guilty."', [("Tomas Brel", "deny")]),
        ("The army said the villagers were innocent victims of the rebels.", []),
        (
            "The Zarvian military said in a statement that its soldiers felt unsafe as the crowd grew, and "
            "this forced the troops to shoot.",
            [("Zarvian military", "acknowledge"), ("Zarvian military", "justify")],
        ),
        ("There was no immediate reaction from the Zarvian army.", [("Zarvian army", "no_comment")]),
        ("The Zarvian army did not react to the report.", [("Zarvian army", "no_comment")]),
        (
            "Police said officers were forced to use live ammunition after the crowd stormed the station.",
            [("Police", "justify")],
        ),
        ("The army said the car had failed to stop at a checkpoint.", [("army", "justify")]),
        ("The military said the driver ignored repeated warnings from soldiers.", [("military", "justify")]),
        ("The army said the man had approached troops in a threatening manner.", [("army", "justify")]),
        ("Witnesses said soldiers opened fire without warning.", []),
    ],
)
def test_pleas_forced_fire_checkpoints_and_reactions(make_ctx, text, expected):
    assert _found(make_ctx, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quotation mark inside the frame ("acted \"in line with the law\"")
        (
            'The Riverland Police Service said officers had acted "in line with the law" after protesters '
            "attacked a police station.",
            [("Riverland Police Service", "justify")],
        ),
        (
            'Defence lawyer Jan Ostrow said his client had been "nowhere near the village on the day".',
            [("Jan Ostrow", "deny")],
        ),
        (
            'Rebel commander "General" Tusk was quoted by a local newspaper as saying that his fighters had '
            '"punished collaborators".',
            [("Tusk", "justify")],
        ),
    ],
)
def test_quoted_frames_alibis_and_punishment(make_ctx, text, expected):
    assert _found(make_ctx, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Valor, the militia that has fought the federal army since 2021, said none of its members were at "
            "the station.",
            [("Valor", "deny")],
        ),
        (
            'Rebel spokesman Brig. Amos Ferro said the group had fired a missile at a "gathering of mercenaries".',
            [("Rebel", "justify"), ("Rebel", "acknowledge")],
        ),
    ],
)
def test_none_of_its_members_and_fire_aimed_at_fighters(make_ctx, text, expected):
    assert _found(make_ctx, text) == expected


def test_a_dateline_ending_in_a_date_is_cut_off_the_party(make_ctx):
    text = (
        "Strike on ferry pier\n\nLIMA, Aug 14 - Navy commanders denied on Friday that the pier had been hit."
    )
    parties = [r.party for r in find_responses(make_ctx(text))]
    assert parties and not any("14" in (p or "") for p in parties)


@pytest.mark.parametrize(
    "text",
    [
        "Troops denied reporters access to the burned hamlet until Friday.",
        "A magistrate in Kaduna denied bail to the councillor arrested in a land case.",
        "The aid convoy was denied permission to cross the bridge, the agency said.",
        "The rail authority said it had opened an investigation into the derailment near Kosti.",
        "District health officers are investigating a rise in suspected measles cases in the camp.",
        "The governor acknowledged the courage of the fishermen who pulled the wounded from the water.",
        '"My uncle spent forty years defending our land from the loggers," said Teodora Quispe.',
    ],
)
def test_a_stance_word_about_no_incident_is_no_response(make_ctx, text):
    # not_stance_objects: what is granted, praised, defended or looked into is no attack
    assert _found(make_ctx, text) == []


def test_a_headline_without_a_stop_is_its_own_sentence(make_ctx):
    # the parser would join the headline to the body's first sentence, and the body's subject
    # would then be read as the headline's: a paragraph break ends a sentence
    text = (
        "Niger: army and rebels at odds over desert drone deaths\n\n"
        "NIAMEY - The Nigerien army on Friday conceded that one of its drones had hit a herders' camp."
    )
    assert [stance for _party, stance in _found(make_ctx, text)] == ["acknowledge"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The police have opened an investigation into the shooting at the market.",
            [("police", "investigate")],
        ),
        (
            "The navy denied the accusations and defended the shelling.",
            [("navy", "deny"), ("navy", "justify")],
        ),
    ],
)
def test_a_stance_word_about_the_incident_stays_a_response(make_ctx, text, expected):
    assert sorted(_found(make_ctx, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the accounts' authors are no agent of an active verb: the subject denies
        ("The army rejected accounts by villagers that soldiers had burned the houses.", [("army", "deny")]),
        # a person dismissed is sacked, no claim denied
        ("The president dismissed his interior minister after the shooting.", []),
        # an act reported under a denial, a few words down the parse, is no admission
        (
            "The navy dismissed as propaganda reports that its gunboats shelled the harbour.",
            [("navy", "deny")],
        ),
        # the day is no part of the party's name
        (
            "A rebel militia faction on Wednesday denied responsibility for the killing of three guards.",
            [("rebel militia faction", "deny")],
        ),
    ],
)
def test_agents_objects_and_days_around_a_denial(make_ctx, text, expected):
    assert _found(make_ctx, text) == expected


def test_a_dateline_is_no_part_of_a_party_phrase(make_ctx):
    from harmwatch.extract.speech.speakers import Speakers

    ctx = make_ctx("GULU, Uganda - A rebel militia faction denied the claims.")
    faction = next(t for t in ctx.doc if t.text == "faction")
    assert Speakers(ctx.doc).phrase(faction) == "rebel militia faction"
    saudi = make_ctx("The Saudi-led coalition denied the claims.")
    coalition = next(t for t in saudi.doc if t.text == "coalition")
    assert Speakers(saudi.doc).phrase(coalition) == "Saudi-led coalition"


@pytest.mark.parametrize(
    "text, expected",
    [
        # whoever names a claim false judges it, in a clause of another's sentence too
        (
            "The villagers said six men were shot, a charge the district police termed baseless.",
            [("district police", "deny")],
        ),
        ("The army branded the footage fake.", [("army", "deny")]),
        # an intensified verdict far from the claim it judges
        ("The information minister called a report by a rights group on the raid 'pure fiction'.", None),
        (
            "The ministry said the accusations were part of a smear campaign by the rebels.",
            [("ministry", "deny")],
        ),
        # harm called collateral damage is harm admitted
        (
            "A spokesman said the deaths of three farmers were collateral damage from a strike on a rebel camp.",
            [("spokesman", "acknowledge")],
        ),
    ],
)
def test_verdicts_named_by_naming_verbs_and_nouns(make_ctx, text, expected):
    found = _found(make_ctx, text)
    if expected is None:
        assert [stance for _party, stance in found] == ["deny"]
    else:
        assert found == expected


@pytest.mark.parametrize(
    "text, party",
    [
        # a possessive word inside an organisation's name is a word of the name
        (
            "The Attorney General's Office has opened an investigation into the shooting.",
            "Attorney General's Office",
        ),
        (
            "The Riverland People's Defence Forces said soldiers returned fire.",
            "Riverland People's Defence Forces",
        ),
        # names the tagger cut in pieces, each modifying the next, are one organisation's name
        (
            "Islamic State West Africa Province admitted that its fighters burned the barracks.",
            "Islamic State West Africa Province",
        ),
    ],
)
def test_organisation_names_the_tagger_cut_are_whole(make_ctx, text, party):
    assert [p for p, _stance in _found(make_ctx, text)] == [party]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an acronym the text spells out in brackets, its letters from a word in capitals and a
        # joining word too: the party as the text names it in full
        (
            "The UN Office in North Lakeland (UNONL) rejected the army's account. "
            "UNONL said it had opened an inquiry into the shooting.",
            {
                ("UN Office in North Lakeland (UNONL)", "deny"),
                ("UN Office in North Lakeland (UNONL)", "investigate"),
            },
        ),
        # the tagger ran the bracket into the name: "Full Name (FN"
        (
            "The Lakeland Observer Mission (LOM) said it had opened an inquiry.",
            {("Lakeland Observer Mission (LOM)", "investigate")},
        ),
        # a state's office holder named by a portfolio is the office holder, not the country
        (
            "Marovia's minister of information on Monday called the report pure fiction.",
            {("Marovia's minister of information", "deny")},
        ),
        ("Marovia's president denied the report on Monday.", {("Marovia", "deny")}),
        # ... and a state's body named by its portfolio is that body, never an earlier one
        (
            "The Zarvian Defence Ministry spokesman Ivo Tarn rejected the report as lies. "
            "Marovia's foreign ministry said it would open an investigation.",
            {
                ("Zarvian Defence Ministry", "deny"),
                ("Marovia's foreign ministry", "investigate"),
            },
        ),
        # a proper word beside a strike or its harm in a headline's clause says where, not whose
        (
            "Marovia says Hilltown strike 'neutralised terrorists', rejects civilian toll",
            {("Marovia", "deny"), ("Marovia", "justify")},
        ),
        (
            "Marovia says Kessa strike 'neutralised terrorists', rejects civilian toll",
            {("Marovia", "deny"), ("Marovia", "justify")},
        ),
        (
            "Marovia says the Kessa deaths were 'collateral damage', rejects civilian toll",
            {("Marovia", "deny"), ("Marovia", "acknowledge")},
        ),
        # words of sorrow on an error: regret, besides the admission
        (
            "The Northern Brigade called the shelling a tragic mistake.",
            {("Northern Brigade", "acknowledge"), ("Northern Brigade", "regret")},
        ),
        # "the four were cadres": the dead named by their number were fighters
        (
            "Police superintendent Arjun Mehta said the four were armed cadres of a banned group.",
            {("Arjun Mehta", "justify")},
        ),
    ],
)
def test_parties_named_in_full_and_stances_of_error_and_the_dead(make_ctx, text, expected):
    assert _pairs(make_ctx, text) == expected


def test_a_naming_verb_the_parser_ran_into_the_party_is_cut():
    from harmwatch.extract.speech.responses import _cut_at

    # a headline's "police term claims baseless": the parser took the verb for a noun
    assert _cut_at("police term", "baseless") == "police"
    assert _cut_at("army calls", "lies") == "army"
    assert _cut_at("Rolo Brand", "denied") == "Rolo Brand"  # a name, capitalised


# round fourteen (enresp5): stances said in ways en_responses4 holds and the earlier sets lacked
@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a word the report quotes is the party's word all the same
            'The Harbour Police said in a statement that its units had "neutralised" six members of '
            "a smuggling gang during the raid.",
            ("Harbour Police", "justify"),
        ),
        (  # a refusal to comment in a quotation
            "Asked about the shelling, the Zarvian government's spokesman, Tom Bello, said: \"I am not "
            'in a position to comment on operations."',
            ("Zarvian government", "no_comment"),
        ),
        (  # a denial without an auxiliary, in a quoted fragment
            'The Valdora Front wrote on its channel that the movement "never targets civilians".',
            ("Valdora Front", "deny"),
        ),
        ('"No civilian was targeted," the Zarvian army said.', ("Zarvian army", "deny")),
        (  # a facilitator is a fighter's role
            "The Riverland command said it had conducted the strike against an arms facilitator.",
            ("Riverland", "justify"),
        ),
        (  # a longer phrase between "confirmed" and "that"
            "The Zarvian General Staff confirmed in its evening update that Zarvian forces had hit the fuel "
            "depot at Elm Ridge.",
            ("Zarvian General Staff", "acknowledge"),
        ),
        (  # a spokesman's title before the name, the tagger finding no person
            "The spokesman of the Zarvian Defence Forces, Major General Abel Kora, wrote on Facebook that the "
            'army had "not conducted any bombing in the county".',
            ("Zarvian Defence Forces", "deny"),
        ),
        (  # the condolences of the force the report names as perpetrator are regret
            "Officers of the Zarvian Police shot dead a student during a protest in Harlow on Monday. "
            "The Zarvian Police offered its condolences to the family.",
            ("Zarvian Police", "regret"),
        ),
        (  # the dead named in apposition, then called a fighter
            "The army's 5th Division said the man, Paul Ebi, 41, was a member of the Valdora Front who had "
            "fired at troops.",
            ("5th Division", "justify"),
        ),
        (  # an attack the dead was about to make
            "The Harbour Police said officers had fired at a suspect who was about to throw a grenade at them.",
            ("Harbour Police", "justify"),
        ),
        (  # the inquiry body a cue names the kind of is no party; who announces it answers
            "The presidency said a national fact-finding committee would report within 30 days.",
            ("presidency", "investigate"),
        ),
    ],
)
def test_stances_said_in_quotes_titles_and_frames(make_ctx, text, expected):
    assert expected in _found(make_ctx, text)


@pytest.mark.parametrize(
    "text",
    [
        # sympathy from a force that answers for nothing
        "Gunmen killed four farmers in Harlow on Monday. The Zarvian Police offered their condolences to the families.",
    ],
)
def test_no_stance_in_others_condolences_or_passive_accounts(make_ctx, text):
    assert _found(make_ctx, text) == []


def test_a_passive_killing_verb_has_no_fighters_for_object():
    """ "were killed when gunmen stormed the town": the fighters after a passive verb are the
    killers, not the killed (the frame "killed three gunmen" justifies)."""
    from harmwatch.extract.speech.lemma_classes import SAID
    from harmwatch.extract.speech.stance_words import STANCES

    justify = [p for label, _, p in STANCES if label == "justify" + SAID]

    def said_justify(text):
        return any(p.search(text) for p in justify)

    assert said_justify("the troops killed three gunmen near the bridge")
    assert not said_justify("four people were killed when gunmen stormed the market")


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a dateline the parser took for the subject, the real subject hung on it in apposition
            "HARLOW, March 3 - The Valdora Front claimed responsibility for a roadside bomb that killed nine "
            "passengers.",
            ("Valdora Front", "acknowledge"),
        ),
        (  # ... through the agency's name in the dateline
            "HARLOW, March 3 (Wire Service) - The Valdora Front claimed responsibility for a roadside bomb that "
            "killed nine passengers.",
            ("Valdora Front", "acknowledge"),
        ),
        (  # a claim of a strike with an article and words before the strike's noun
            "Gunmen killed 18 people in Elm Ridge. The Valdora Front claimed an overnight raid on the town.",
            ("Valdora Front", "acknowledge"),
        ),
        (  # the blame taken on is an admission, not blame laid elsewhere
            "Two farmers were shot dead at a checkpoint. The Zarvian army took the blame for the deaths.",
            ("Zarvian army", "acknowledge"),
        ),
        (  # forces the clause does not name are the speaker's own
            "Two farmers were shot dead at a checkpoint. The Zarvian army accepted responsibility for the deaths "
            "of two farmers shot by soldiers.",
            ("Zarvian army", "acknowledge"),
        ),
        (  # forgiveness asked of the families
            "A drone struck a house in Harlow. The Zarvian army asked the families for forgiveness.",
            ("Zarvian army", "regret"),
        ),
        (  # the party's account of an act its fighters did, told with a verb of the broad act list
            "Six villagers were killed in Elm Ridge. The Valdora Front said its fighters had stormed the village.",
            ("Valdora Front", "acknowledge"),
        ),
        (  # an inquiry into its own strike admits the strike
            "A strike killed 12 people at a market in Harlow. The Zarvian army said it had opened an investigation "
            "into its air strike on the market.",
            ("Zarvian army", "acknowledge"),
        ),
        (  # ... into the strike it carried out
            "A strike killed 12 people at a market in Harlow. The coalition is investigating the air strike it "
            "carried out on the market.",
            ("coalition", "acknowledge"),
        ),
        (  # a review ordered; the act it looks into is no admission
            "Three protesters were killed in Harlow. The interior minister said he had ordered a review of how "
            "the operation was carried out.",
            ("interior minister", "investigate"),
        ),
        (  # the dead called by a word of the broad fighter list
            "Five men were killed near Elm Ridge. The army's 3rd Division said its soldiers had killed five "
            "guerrillas in a firefight.",
            ("3rd Division", "justify"),
        ),
        (  # a party given by its kind is the party of that kind the report names
            "HARLOW - A militia in Elm Ridge on Thursday admitted that its fighters attacked a displacement site. "
            "In a voice message, a spokesman for the Kora militia said the raid was a reprisal.",
            ("Kora militia", "acknowledge"),
        ),
        (  # fire opened only after an attack
            "Two men were killed in Harlow. The Harbour Police said officers fired at protesters only after a crowd "
            "stormed the police station.",
            ("Harbour Police", "justify"),
        ),
        (  # military stores named as what was hit
            "Two shepherds were killed. The Zarvian defence ministry said its jets had hit shelters and ammunition "
            "stores of the Valdora Front.",
            ("Zarvian defence ministry", "justify"),
        ),
    ],
)
def test_admissions_in_datelines_claims_blame_and_inquiries(make_ctx, text, expected):
    assert expected in _found(make_ctx, text)


def test_a_named_body_a_state_owns_answers_itself(make_ctx):
    """ "Zarvia's Kora movement claimed ...": the movement, not the state that owns it."""
    text = "A missile hit a ferry, killing two crew. Zarvia's Kora movement claimed responsibility for the attack."
    found = _found(make_ctx, text)
    assert any("Kora" in (p or "") and s == "acknowledge" for p, s in found)
    assert ("Zarvia", "acknowledge") not in found


def test_an_account_of_its_officers_shots_from_the_perpetrating_police(make_ctx, monkeypatch):
    """ "Police in X said officers shot ...", the report blaming "X police" (perpetrator named by
    its state): one armed body, by the word they share, so the account admits the shots; blame
    the same party lays elsewhere stays an accusation unless the party is the perpetrator."""
    import harmwatch.extract.speech.responses as responses
    from harmwatch.records import Perpetrator

    perp = Perpetrator(name="Zarvia", country=None, kind="state", text="Zarvian police")
    monkeypatch.setattr(responses, "find_perpetrator", lambda ctx: perp)
    text = "Two young men were killed in Harlow on Wednesday. Police in Harlow said officers shot at the protesters."
    assert ("Police in Harlow", "acknowledge") in _found(make_ctx, text)
    text = "Two young men were killed in Harlow on Wednesday. Police in Harlow blamed a rival gang for the killings."
    assert [s for _, s in _found(make_ctx, text) if s == "deny"] == []


@pytest.mark.parametrize(
    "text",
    [
        # an inquiry in question
        "A drone hit a market in Harlow, killing 22. He did not say whether the military would investigate.",
        # what a review looks into is no admission
        "Three protesters were killed in Harlow. The interior minister said he had ordered a review of how the "
        "operation was carried out.",
        # blame laid on others
        "Two men were shot dead in Harlow on Sunday. The Harbour Police blamed the killings on a rival gang.",
        # a claim that the strike did something, by residents
        "Gunmen killed 18 people in Elm Ridge. Residents claimed that the raid killed more people.",
        # past claims of other attacks
        "Gunmen killed nine farmers near Elm Ridge. The Valdora Front has claimed similar attacks in the past.",
        # a dateline without an apposition is no party
        "HARLOW, March 3 - Rockets hit the town overnight.",
    ],
)
def test_no_stance_in_questions_blame_others_claims_and_datelines(make_ctx, text):
    found = _found(make_ctx, text)
    assert [s for _, s in found if s == "acknowledge"] == []
    assert "investigate" not in [s for _, s in found] or "review" in text


# --- a named spokesperson answers for the body they speak for ----------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # the title before the name, the body in it: the body's denial, one party
        (
            "Harbour Guard spokeswoman Lena Okafor denied that her unit had fired on the fishing boats.",
            [("Harbour Guard", "deny")],
        ),
        # the title after the name, set off by commas
        (
            "Pavel Drost, a spokesman for the Kessan navy, rejected the account of the fishermen.",
            [("Kessan navy", "deny")],
        ),
        # an unnamed spokesman titled by the body gives way to the body
        (
            "A Kessan navy spokesman confirmed that a patrol boat had struck the harbour.",
            [("Kessan navy", "acknowledge")],
        ),
        # a person with no spokesperson's title keeps the stance
        (
            "Minister Pavel Drost denied that the navy had fired on the boats.",
            [("Pavel Drost", "deny")],
        ),
    ],
)
def test_a_named_spokesperson_gives_way_to_the_body(make_ctx, text, expected):
    assert _found(make_ctx, text) == expected


@pytest.mark.xfail(strict=True, reason="the body a spokesperson speaks for is read only from the title")
def test_a_spokesman_whose_title_names_no_body(make_ctx):
    # the body the spokesman speaks for is the quotation's subject, not named in his title
    text = "“The coalition has not carried out any strikes in the port today,” spokesman Oren Vask said."
    assert _found(make_ctx, text) == [("coalition", "deny")]


# --- one finder for the spokesperson's titles written with a name ------------------------------


def _titles_of(make_ctx, text, name):
    from harmwatch.extract.speech.quotes import quote_index
    from harmwatch.extract.speech.responses import _titles

    sp = quote_index(make_ctx(text)).speakers
    return sp, _titles(sp, name)


def test_a_title_before_the_name_and_its_comma_names_its_body(make_ctx):
    # the words before the title, after the last determiner, ranks dropped
    _, found = _titles_of(
        make_ctx, "On Monday the senior Kessan navy's spokesman, Pavel Drost, spoke.", "Pavel Drost"
    )
    assert [t.body for t in found] == ["Kessan navy's"]
    # the words after "of" / "for"
    _, found = _titles_of(
        make_ctx, "The spokesman for the Harbour Guard, Lena Okafor, spoke briefly.", "Lena Okafor"
    )
    assert [t.body for t in found] == ["Harbour Guard"]
    assert "spokesman for the harbour guard" in found[0].words


def test_the_title_nearest_the_name_is_read_within_its_sentence(make_ctx):
    # two titles before the name: the one next to it names the body
    text = "The navy spokesman spoke first, and then the Harbour Guard spokeswoman, Lena Okafor, spoke."
    _, found = _titles_of(make_ctx, text, "Lena Okafor")
    assert [t.body for t in found] == ["Harbour Guard"]
    # a sentence before the name's is none of its title
    text = "He met the spokesman of the Kessan navy. Its captain, Lena Okafor, spoke."
    _, found = _titles_of(make_ctx, text, "Lena Okafor")
    assert found == ()


def test_a_title_after_the_name_names_no_body_and_is_found_once(make_ctx):
    text = "Pavel Drost, a spokesman for the Kessan navy, spoke. Pavel Drost left."
    sp, found = _titles_of(make_ctx, text, "Pavel Drost")
    assert [(t.words, t.body) for t in found] == [(", a spokesman for the kessan navy", None)]
    from harmwatch.extract.speech.responses import _titles

    assert _titles(sp, "Pavel Drost") is found  # memoised per name on the document's resolver


def test_the_admission_a_justification_implies_is_the_responsible_partys_only(make_ctx):
    # the report holds Peruvian troops responsible: the police's account of the men they killed
    # elsewhere justifies their raid, and admits nothing of the market attack
    text = (
        "Peruvian troops shelled the central market in Velmora on Sunday, killing twelve civilians.\n\n"
        "A police spokesman said four attackers were killed in a separate raid on Monday."
    )
    pairs = _pairs(make_ctx, text)
    assert ("police", "justify") in pairs and ("police", "acknowledge") not in pairs
    # where the report names no one responsible, the justification admits the strike
    pairs = _pairs(make_ctx, "A police spokesman said four attackers were killed in the raid.")
    assert ("police", "justify") in pairs and ("police", "acknowledge") in pairs


def test_a_count_of_officials_is_no_word_of_their_body(make_ctx):
    pairs = _pairs(make_ctx, "Three Zarvian army officials declined to comment on the strike.")
    assert ("Zarvian army", "no_comment") in pairs
    assert not any(p == "Three Zarvian army" for p, _ in pairs)


def test_an_act_in_reports_called_false_is_no_admission(make_ctx):
    # the strike is what the reports say, and the party calls them untrue: a denial only
    text = "“Reports that our jets struck the school are false,” the Zarvian army said."
    assert _pairs(make_ctx, text) == {("Zarvian army", "deny")}
    text = "“Claims that our troops shelled the market are baseless,” the Zarvian army said."
    assert ("Zarvian army", "acknowledge") not in _pairs(make_ctx, text)
    # a party's own account of the act stays an admission
    text = "“Our jets struck the school, which fighters used as a base,” the Zarvian army said."
    assert ("Zarvian army", "acknowledge") in _pairs(make_ctx, text)


# responses reported without quotation: a group's claim told in indirect speech or by
# "according to", retaliation words, and inquiries by the staff a body assigns (written for the test)
UNQUOTED_CASES = {
    "seized: an act the group owns": (
        "The group said its fighters had seized 40 villagers from the farms.",
        [("group", "acknowledge")],
    ),
    "munitions it fired": (
        "The Northern Front said it fired rockets at the city on Tuesday.",
        [("Northern Front", "acknowledge")],
    ),
    "the group's own fighters were behind it": (
        "The group's news agency said the group's fighters were behind the attack.",
        [("group", "acknowledge")],
    ),
    "payback is retaliation": (
        "The rebels said the kidnapping was payback for the killing of their members.",
        [("rebels", "justify")],
    ),
    "avenged is retaliation": (
        "The militants said the attack avenged the deaths of their commanders.",
        [("militants", "justify")],
    ),
    "what it called a response to": (
        "The militia said it had launched drones at a base, in what it called a response to attacks on villages.",
        [("militia", "acknowledge"), ("militia", "justify")],
    ),
    "aimed at the forces": (
        "The group said the bombing had been aimed at police officers who guard the bazaar.",
        [("group", "justify")],
    ),
    "killed militiamen": (
        "The group said its fighters had killed dozens of militiamen.",
        [("group", "acknowledge"), ("group", "justify")],
    ),
    "therefore a target": (
        "The rebels said the bus had been carrying soldiers and was therefore a target.",
        [("rebels", "justify"), ("rebels", "acknowledge")],
    ),
    "lawful force": ("Police said officers had used lawful force against rioters.", [("Police", "justify")]),
    "prosecutors assigned to the case": (
        "The attorney general's office said it had assigned a special team of prosecutors to the case.",
        [("attorney general", "investigate")],
    ),
    "evidence collected": (
        "The rights commission said it was collecting evidence on the incident.",
        [("rights commission", "investigate")],
    ),
    "according to a body's statement": (
        "According to a statement from the Northern Front, its fighters attacked the village.",
        [("Northern Front", "acknowledge")],
    ),
    "according to a body": (
        "According to the Northern Front, its gunmen had stormed the market.",
        [("Northern Front", "acknowledge")],
    ),
    "none of its fighters were there": (
        "The rebels said in a message to reporters that none of their fighters were in the village.",
        [("rebels", "deny")],
    ),
    "according to witnesses: no party's account": (
        "According to witnesses, the soldiers had attacked the village in retaliation for an ambush.",
        [],
    ),
    "according to residents: no party's account": ("According to residents, they fired at the crowd.", []),
    "a threat to retaliate is no justification": (
        "The army said it would retaliate against any further attack.",
        [],
    ),
    "warning shots are no admission": (
        "The army said troops fired warning shots into the air.",
        [("army", "justify")],
    ),
}


@pytest.mark.parametrize("case", UNQUOTED_CASES)
def test_unquoted_claims_and_retaliation(make_ctx, case):
    text, expected = UNQUOTED_CASES[case]
    assert _found(make_ctx, text) == expected
