"""Quote speakers beside one-word names (issue 12): an outlet that quotes someone "as saying", a
body named by a generic noun after a person's quotation, a contrary claim hung on the quotation's
sentence, a body "set up by" another, a town the tagger took for a person, a name given by a
participle ("a trader named X"), a name the tagger missed that a "who" clause describes, and "the
UN agency" after the agency's own name, the possessor of a person noun ("X's widow, Y,"), a
one-word name in apposition to a person noun, a body whose spokesman was named before."""

from __future__ import annotations

import pytest

from tests.extract.speech.written import assert_report_speaker, assert_speaker_like

CASES = {
    "an outlet that quotes a person as saying, after the quotation": (
        '"We buried eleven people before noon," Radio Varna quoted a gravedigger, Ilja Rostov, as saying.',
        "We buried eleven people",
        "Ilja Rostov",
    ),
    "a generic body noun after a person's quotation is a body": (
        'Defence official Marko Lenz said the base was empty. "We had moved every soldier out," he '
        "said. Caritas said it had sheltered 40 families. "
        '"We have run out of blankets for the newcomers," the charity said.',
        "We have run out",
        "Caritas",
    ),
    "a contrary claim hung on the quotation's sentence is not its attribution": (
        'The rebels said they had shelled "only the barracks on the hill above the town," though '
        "residents said the rounds fell on the market.",
        "only the barracks on",
        "rebels",
    ),
    "a body set up by another speaks for itself": (
        "The relief committee set up by the Northern Front said 12 people died. "
        '"Most of them were women waiting for water," the committee said.',
        "Most of them were",
        "relief committee",
    ),
    "a town the tagger takes for a person is never the antecedent of she": (
        "Bomb blast at Goma displacement site kills seven\n\n"
        'A bomb hit the site on Monday, the mayor said. "The classroom roof fell in on the benches," '
        "she said.",
        "The classroom roof fell",
        "mayor",
    ),
    "a name the tagger missed that a who clause describes is a person": (
        "Blast at the camp kills seven\n\nLaurent Bisanga, the army's spokesman, blamed the rebels. "
        "Chantal Mapendo, who coordinates the site's women's committee, said the blast had torn "
        'through the water point. "The women were queuing with their jerrycans," she said.',
        "The women were queuing",
        "Chantal Mapendo",
    ),
    "a person named by a participle after the subject noun is the subject": (
        "The army spokesman, Colonel Piet Varga, said troops were on the way. A shepherd named "
        'Andrej Kolar said he had seen the drone. He told reporters: "It flew over the '
        'river twice before it dropped anything."',
        "It flew over the",
        "Andrej Kolar",
    ),
    "the UN agency after the agency's own name is that agency": (
        "Clinic director Hana Roudi said the wards were full. The WHO said it had sent two "
        'trucks of supplies. "Hospitals in the south cannot take a single patient more," the UN '
        "agency said.",
        "Hospitals in the south",
        "WHO",
    ),
    "an outlet quoting a person, whatever the parse makes of the verb": (
        '"Nine people are still missing under the rubble," Xinhua quoted governor Pavel Radu as saying.',
        "Nine people are still",
        "Pavel Radu",
    ),
    "the possessor of a person noun is not the subject that she refers to": (
        "Tariq's widow, Salma, was also wounded. "
        '"I do not know how I will feed the children now," she said.',
        "I do not know",
        "Salma",
    ),
    "the body whose spokesman was named before speaks as the body": (
        "The ministry's spokesman, Ahmed Karimi, did not answer calls. "
        '"No civilians were harmed in the operation," the ministry said in a statement.',
        "No civilians were harmed",
        "ministry",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_speaker_beside_names(make_ctx, case):
    text, start, speaker = CASES[case]
    assert_speaker_like(make_ctx, text, start, speaker)


REPORTS = {
    "an outlet that quotes an official as saying": ("en_speakers5-002", "The bombs landed within"),
    "a charity after an official's quotation": ("en_speakers5-001", "We have stopped counting"),
    "a claim set against the militants'": ("en_speakers5-008", "officials who meet there"),
    "a name missed by the tagger before she said": ("en_speakers5-007", "The women were queuing"),
}


@pytest.mark.parametrize("case", REPORTS, ids=list(REPORTS))
def test_speaker_beside_names_in_a_report(make_ctx, case):
    report_id, start = REPORTS[case]
    assert_report_speaker(make_ctx, "en_speakers5", report_id, start)
