"""Whether the words where a speaker, party or accuser stands can be one (generic/speech/plausible.py).

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from harmwatch.extract.generic.speech.lexicon import load_lexicon
from harmwatch.extract.generic.speech.phrases import written
from harmwatch.extract.generic.speech.plausible import implausible, unglued_start
from harmwatch.extract.generic.speech.tokens import tokens_of
from tests.extract.generic.speech.helpers import speech


def _why(lang: str, words: str) -> str | None:
    lex = load_lexicon(lang)
    toks = tokens_of(words, lex.elision)
    return implausible(lex, toks, 0, len(toks))


@pytest.mark.parametrize(
    "lang, words, why",
    [
        ("fr", "d'un possible", "fragment"),  # the tail of "parlent d'un possible crime"
        ("de", "von der Leyen", None),  # a name's particle, not a genitive fragment
        ("de", "handele es sich nur", "uncased"),  # German writes every noun with a capital
        ("de", "gekommen", "uncased"),
        ("de", "ukrainische Behörden", None),
        ("pt", "preocupação", "bare"),  # "manifestou preocupação": an object, no article
        ("es", "culpables", "bare"),
        ("pt", "o ministro", None),
        ("pt", "ministro", None),  # a title
        ("es", "Ana Ribeiro", None),
        ("es", "cuyo portavoz fue consultado", "clause"),
        ("pt", "profundamente as mortes", "adverb"),
        ("ar", "نشرته", "verb"),  # a verb with an object clitic ("she published it")
        ("ar", "وزارة الصحة", None),
        ("ru", "представитель ведомства", None),
    ],
)
def test_a_phrase_of_no_speaker_type_is_no_candidate(lang: str, words: str, why: str | None) -> None:
    assert _why(lang, words) == why


def test_glued_markup_is_dropped_from_a_name() -> None:
    assert unglued_start("htmlRussland") == 4
    assert unglued_start("iPhone") == 0 and unglued_start("Russland") == 0
    text = "htmlRussland weist die Vorwürfe zurück."
    lex = load_lexicon("de")
    toks = tokens_of(text, lex.elision)
    assert written(text, toks, 0, 1) == "Russland"
    assert _why("de", "htmlRussland") is None


def test_an_object_after_the_verb_is_no_speaker_the_subject_before_its_description_is() -> None:
    text = (
        "A chefe da missão da ONU no Chade, país arrasado pela seca, manifestou preocupação com a "
        'falta de água. "Não temos mais como atender todos os feridos", afirmou.'
    )
    quotes = speech(text, "pt").quotes
    assert quotes and quotes[0].speaker == "chefe da missão da ONU no Chade"


def test_a_complement_after_the_verb_is_no_speaker() -> None:
    text = "La sentencia, leída en una audiencia pública, los declaró culpables «de secuestro agravado y de torturas»."
    quotes = speech(text, "es").quotes
    assert quotes and quotes[0].speaker != "culpables"
