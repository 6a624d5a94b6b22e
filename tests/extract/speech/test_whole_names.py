"""A speaker's name widened to the whole proper name the tagger cut: proper nouns the parse joins
to it and hyphen-joined parts, never a title, an acronym before a person or an affiliation."""

from __future__ import annotations

import pytest

from harmwatch.extract.speech.speakers import Speakers


def _speaker(nlp, text, verb):
    doc = nlp(text)
    token = [t for t in doc if t.text == verb][-1]
    return Speakers(doc).speaker_of_verb(token)


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        # the tagger takes only the last words for a place
        (
            "Islamic State Korvan Province said the attack was revenge.",
            "said",
            "Islamic State Korvan Province",
        ),
        (
            "The Islamic State Korvan Province said it carried out the raid.",
            "said",
            "Islamic State Korvan Province",
        ),
        # hyphen-joined parts the tagger leaves out
        (
            "The Tehreek-e-Jawad Korvania denied any role in the bombing.",
            "denied",
            "Tehreek-e-Jawad Korvania",
        ),
        ("The Jamaat-ul-Mizan Front said it had not attacked the market.", "said", "Jamaat-ul-Mizan Front"),
        # "of" and the place the tagger leaves out of the name
        ("The Holy Army of Korvania said the raid was lawful.", "said", "Holy Army of Korvania"),
        ("Islamic State of Korvania said the raid was lawful.", "said", "Islamic State of Korvania"),
    ],
)
def test_a_cut_name_is_read_whole(nlp, text, verb, expected):
    assert _speaker(nlp, text, verb) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("PM Dario Vantoraka said the talks failed.", "Dario Vantoraka"),
        ("Dario Vantoraka of the Korvan Relief Fund said the talks failed.", "Dario Vantoraka"),
        ("The anti-Korvan militia said the talks failed.", "anti-Korvan militia"),
        ("On Monday, Korvania said the talks failed.", "Korvania"),
        ("The Korvan Popular Defence Forces said the talks failed.", "Korvan Popular Defence Forces"),
    ],
)
def test_titles_affiliations_and_other_words_stay_out(nlp, text, expected):
    assert _speaker(nlp, text, "said") == expected


def test_a_rank_the_tagger_names_apart_stays_out_of_a_persons_name(nlp):
    text = "Korvan Navy spokesman Fleet Commodore Dario Vantoraka said the boats were hit."
    assert _speaker(nlp, text, "said") == "Dario Vantoraka"
