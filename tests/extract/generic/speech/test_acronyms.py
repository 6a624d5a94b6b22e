"""Speakers named by an acronym or abbreviation (generic/speech/acronyms.py).

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from tests.extract.generic.speech.helpers import speech


def test_an_acronym_speaker_is_the_full_name_the_report_gives():
    text = (
        "Harbour Rights Watch a publié un rapport mardi. "
        "« Les rebelles ont avancé dans la vallée en commettant des exactions », explique HRW."
    )
    assert [q.speaker for q in speech(text, "fr").quotes] == ["Harbour Rights Watch (HRW)"]


@pytest.mark.parametrize(
    ("text", "lang", "full"),
    [
        (
            "Генеральний штаб ЗСУ оприлюднив дані. "
            '"Ворог обстріляв місто з артилерії протягом усієї ночі", - йдеться у заяві генштабу.',
            "uk",
            "Генеральний штаб ЗСУ",
        ),
        (
            "Министерство обороны опубликовало данные. "
            "«Противник обстрелял город из артиллерии всю ночь», — заявили в Минобороны.",
            "ru",
            "Министерство обороны",
        ),
    ],
)
def test_a_syllabic_abbreviation_is_the_full_name_the_report_gives(text: str, lang: str, full: str) -> None:
    quotes = speech(text, lang).quotes
    assert [q.speaker for q in quotes] == [full]


def test_a_syllabic_abbreviation_finds_its_words_after_a_headline_line() -> None:
    # the headline's last word and the next line's first are no pair that hides the full name
    text = (
        "Удар по складу: у Генштабі заявили про ураження\n\n"
        "Генеральний штаб ЗСУ повідомив про ураження складу. "
        "«Склад знищено разом із технікою, що там стояла», — йдеться у повідомленні Генштабу."
    )
    assert [q.speaker for q in speech(text, "uk").quotes] == ["Генеральний штаб ЗСУ"]


def test_an_acronym_of_lower_case_words_is_the_full_name_before_its_brackets() -> None:
    text = (
        "Бойцы Сил народной обороны (СНО) атаковали деревню, погибли шесть человек. "
        "«Мы не нападали на мирных жителей этой деревни», — заявили в СНО."
    )
    assert [q.speaker for q in speech(text, "ru").quotes] == ["Сил народной обороны (СНО)"]


def test_an_acronym_defined_with_a_region_s_code_is_the_full_name() -> None:
    text = (
        "Segundo a Secretaria da Segurança Pública (SSP-BA), quatro pessoas ficaram feridas. "
        'Em nota, a SSP afirmou que "lamenta profundamente as mortes ocorridas".'
    )
    result = speech(text, "pt")
    assert [q.speaker for q in result.quotes] == ["Secretaria da Segurança Pública (SSP)"]


@pytest.mark.parametrize(
    ("text", "lang", "party"),
    [
        (  # a name translated: its initials do not spell the acronym
            "Die von Rebellen geführten Vereinigten Kräfte Nordlands (UNF) teilten mit, fünf "
            "Zivilisten seien getötet worden. Die UNF räumten den Angriff auf das Dorf ein.",
            "de",
            "Vereinigten Kräfte Nordlands (UNF)",
        ),
        (  # an acronym transliterated from another language
            "Вооружённые силы Нарнии (ВСН) заявили о точечном ударе по штабу. "
            "В ЦАХАЛ пока не ответили. В ВСН добавили, что обстоятельства гибели мирных жителей расследуются.",
            "ru",
            "Вооружённые силы Нарнии (ВСН)",
        ),
    ],
)
def test_an_acronym_after_a_name_it_does_not_spell_is_that_name(text: str, lang: str, party: str) -> None:
    assert party in {r.party for r in speech(text, lang).responses}


def test_the_words_before_an_acronym_stop_at_a_lower_case_verb_in_german() -> None:
    text = (
        "Nach dem Angriff meldeten sich die bewaffneten Kräfte (XYZ) zu Wort. "
        "Die XYZ räumten den Angriff auf das Dorf ein."
    )
    # (the capitalised noun only: not "bewaffneten", "sich" or "meldeten")
    assert {r.party for r in speech(text, "de").responses} == {"Kräfte (XYZ)"}
