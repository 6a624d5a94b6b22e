"""Sentence bounds of the generic engine: where a sentence ends decides whose words a denial is."""

from __future__ import annotations

import pytest

from harmwatch.extract.generic.speech.sentences import sentence_bounds
from harmwatch.extract.generic.speech.tokens import tokens_of
from tests.extract.generic.speech.helpers import assert_spans, speech


def _sentences(text: str) -> list[str]:
    toks = tokens_of(text, False)
    return [text[toks[a].start : toks[b - 1].end] for a, b in sentence_bounds(toks, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Er sagte: "Niemand wurde gewarnt." Danach brannte das Haus.',
            ['Er sagte: "Niemand wurde gewarnt."', "Danach brannte das Haus."],
        ),
        (
            "«Это была засада.» Затем колонна отступила.",
            ["«Это была засада.»", "Затем колонна отступила."],
        ),
        ('Il a crié : "Partez !" Puis la foule a fui.', ['Il a crié : "Partez !"', "Puis la foule a fui."]),
    ],
)
def test_a_stop_inside_closing_quotation_marks_ends_the_sentence(text, expected):
    assert _sentences(text) == expected


def test_a_quotation_ending_in_a_stop_before_its_attribution_stays_one_sentence():
    # the words after the marks open in lower case: they still belong to the quotation's sentence
    text = '"Nous ne savions rien !" a dit un voisin. Il est parti.'
    assert _sentences(text) == ['"Nous ne savions rien !" a dit un voisin.', "Il est parti."]


@pytest.mark.parametrize(
    "lang, text, party",
    [
        (
            "es",
            'Un vecino dijo: "Los proyectiles llegaron desde el norte." El ejército negó el ataque.',
            "ejército",
        ),
        (
            "fr",
            'Un habitant a déclaré : "Les obus venaient du nord." L\'armée a démenti toute implication.',
            "armée",
        ),
        ("pt", 'Um morador disse: "Os projéteis vieram do norte." O exército negou o ataque.', "exército"),
    ],
)
def test_a_denial_after_a_closed_quotation_is_not_its_speakers(lang, text, party):
    result = speech(text, lang)
    assert_spans(text, result)
    assert [(r.party, r.stance) for r in result.responses] == [(party, "deny")]
