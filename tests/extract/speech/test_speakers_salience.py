"""Quote speakers of issue 12 (en_speakers6): "the official"/"the father" after another person
was named as a subject since the last speaker, a name given in a clause on the noun's "of"
complement, an unnamed person quoted "as saying" as the antecedent of "she", a body's acronym
that the parser hung on the place in its name, a state's body named by "service", and an
unnamed voice of a body the tagger did not take for a name."""

from __future__ import annotations

import pytest

from tests.extract.speech.written import assert_report_speaker, assert_speaker_like

CASES = {
    "the official after a newer subject than the last speaker": (
        'Regional governor Taras Melnyk said two houses burned. "The fire crews came within the hour," '
        "Melnyk said.\n\nA village councillor, Oksana Hrytsenko, said the school would stay shut. "
        '"The children will study online until the roof is repaired," the official said.',
        "The children will study",
        "Oksana Hrytsenko",
    ),
    "the father after a newer subject of his gender": (
        'Nurse Aisha Bello said the ward was full. "We put two children in every bed," Bello said. '
        "One father, Haruna Sule, said he had waited all night. "
        '"Nobody told me where my son had been taken," the father said.',
        "Nobody told me where",
        "Haruna Sule",
    ),
    "a name given in a clause on the noun's of-complement": (
        "The brother of the driver, who gave his name only as Abu Kourani, was at the scene. "
        '"The car was burning before we could reach it," the brother said.',
        "The car was burning",
        "Abu Kourani",
    ),
    "an unnamed person quoted as saying is who she refers to": (
        "The monitoring group said it had spoken to survivors. Its report quoted a market seller "
        'as saying the shells fell twice. "We ran, then we came back for the injured," she was '
        "quoted as saying.",
        "We ran, then we",
        "market seller",
    ),
    "a body's acronym hung by the parser on the place in its name": (
        'The EU training mission in Somalia, EUTMS, said: "None of our trainers were at the camp '
        'that night."',
        "None of our trainers",
        "EUTMS",
    ),
    "a state's body named by service": (
        "Kenya's national police service said the officers had been suspended pending "
        '"a full review of the use of force".',
        "a full review of",
        "Kenya's national police service",
    ),
    "an unnamed voice of a body the tagger did not take for a name": (
        "The Nigerian military said it had hit a depot. "
        '"The depot was used to store rockets," an army spokesperson said.',
        "The depot was used",
        "Nigerian military",
    ),
    "an unnamed voice of a body whose noun the tagger took for a name": (
        "The Nigerian military said it had hit a depot. "
        '"The depot was used to store rockets," an army spokesman said.',
        "The depot was used",
        "Nigerian military",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_speaker_salience(make_ctx, case):
    text, start, speaker = CASES[case]
    assert_speaker_like(make_ctx, text, start, speaker)


REPORTS = {
    "the mother of three after her alias": ("en_speakers6-005", "I dressed my daughter"),
    "the father after a parent sharing a surname": ("en_speakers6-037", "She is thirteen"),
    "a vendor quoted in a report": ("en_speakers6-029", "It came back when"),
    "a mission's acronym": ("en_speakers6-040", "Peacekeepers are conducting"),
}


@pytest.mark.parametrize("case", REPORTS, ids=list(REPORTS))
def test_speaker_salience_in_a_report(make_ctx, case):
    report_id, start = REPORTS[case]
    assert_report_speaker(make_ctx, "en_speakers6", report_id, start)
