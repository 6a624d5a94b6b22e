"""Who speaks or accuses where the name sits beyond the subject's own words: the owner of "the
group's spokesman", a hyphenated role, a body described as "the monitor" or its "investigation",
a name given in an alias frame, a possessive that looks ahead to the clause's subject, and an
organisation's name the tagger cut short (issue 12). Sentences written for the tests."""

from __future__ import annotations

import pytest

from harmwatch.extract.speech.allegations import find_allegations
from harmwatch.extract.speech.quotes import find_quotes

QUOTE_CASES = {
    "the owner of a possessive voice": (
        "A strike hit the Velmora market, killing nine, the Valley Civil Defence said. "
        '"Our crews found the stalls flattened and burning," the group\'s spokesman said.',
        "Valley Civil Defence",
    ),
    "a body described by a noun only met unnamed before": (
        "Rocket fire kills five, monitor says\n\n"
        "Rockets hit a market in Osterlund, killing five shoppers, the Syrian Observatory for Human "
        'Rights said. "Among the dead are a woman and her two children," the Britain-based monitor said.',
        "Syrian Observatory for Human Rights",
    ),
    "a name given in an alias frame speaks": (
        "The mayor, Luz Dary Pardo, said three children were badly hurt. A mother who gave her name as "
        'Yolanda said her son was hit in the playground. "He was kicking a ball with his friends when it '
        'fell," she said.',
        "Yolanda",
    ),
    "a possessive before the subject and a name cut short": (
        "A UN-backed panel said on Thursday that soldiers killed 32 villagers last year. In its report, the "
        "Independent Investigative Mechanism for Myanmar concluded that the killings amounted to crimes "
        "against humanity. The mechanism's head, Tomas Ekholm, said evidence had been shared. Soldiers tied "
        'the hands of some victims, the report said. "Several bodies were found burned inside houses," it '
        "added.",
        "Independent Investigative Mechanism",
    ),
    "a dateline the tagger ran into a capitalised word is no body": (
        "Rocket fire on market kills five, monitor says\n\n"
        "TALBRIDGE - Rockets fired by armed factions hit a market in the northern town of Sendra on Monday, "
        "killing five civilians, reported the Syrian Observatory for Human Rights.\n\n"
        '"Among the dead are a woman and her two children," the Britain-based monitor said.',
        "Syrian Observatory",  # (the tagger calls the whole name a facility: its words ending in a body's noun)
    ),
    "a body's noun met before with no name keeps its fuller phrase": (
        "A local resistance committee said the army shelled the town for two hours on Friday. "
        '"Eleven houses were destroyed and two old men died," the committee said.',
        "local resistance committee",
    ),
}


@pytest.mark.parametrize("case", QUOTE_CASES)
def test_the_speaker_beyond_the_subjects_words(make_ctx, case):
    text, speaker = QUOTE_CASES[case]
    quotes = find_quotes(make_ctx(text))
    assert [q.speaker for q in quotes][-1] == speaker


ACCUSER_CASES = {
    "the body owning a hyphenated role": (
        "The World Health Organization said on Friday that attacks on hospitals had killed 40 people. The "
        "agency's director-general called the strikes a violation of international humanitarian law.",
        ("World Health Organization", "ihl_violation"),
    ),
    "the author of an investigation": (
        "An air strike on a village killed 24 people at a naming ceremony, an investigation by Amnesty "
        "International found. The investigation, published on Tuesday, concluded that the strike violated "
        "international humanitarian law.",
        ("Amnesty International", "ihl_violation"),
    ),
    "who says it calls it so, not the reported clause's subject": (
        "A strike killed 30 people in Velmora on Sunday. But the opposition Velmora Council said the army "
        "had deliberately targeted civilians, calling the strike a war crime.",
        ("Velmora Council", "war_crime"),
    ),
}


@pytest.mark.parametrize("case", ACCUSER_CASES)
def test_the_accuser_beyond_the_subjects_words(make_ctx, case):
    text, (accuser, charge) = ACCUSER_CASES[case]
    assert [a.accuser for a in find_allegations(make_ctx(text)) if a.charge == charge] == [accuser]


def test_a_role_after_a_body_is_no_part_of_its_name(nlp):
    from harmwatch.extract.speech.speakers import Speakers

    doc = nlp(
        "The Kestran Air Force (KAF) admitted the strike. In a statement, the KAF Director of Public "
        "Relations, Air Commodore Jon Bale, said a board of inquiry had been set up."
    )
    assert Speakers(doc).affiliation("Jon Bale") == "Kestran Air Force (KAF)"
