"""Language identification on sentences written for these tests."""

from __future__ import annotations

import pytest

from harmwatch.extract.langid import OTHER, identify

SENTENCES = {
    "en": "Three people were killed when a shell hit the market on Monday morning, officials said.",
    "fr": "Trois personnes ont été tuées lundi matin quand un obus a frappé le marché, selon les autorités.",
    "es": "Tres personas murieron el lunes por la mañana cuando un proyectil cayó en el mercado.",
    "de": "Drei Menschen wurden am Montagmorgen getötet, als eine Granate den Markt traf.",
    "pt": "Três pessoas foram mortas na segunda-feira de manhã quando uma granada atingiu o mercado.",
    "ru": "Три человека погибли в понедельник утром, когда снаряд попал в рынок.",
    "uk": "Троє людей загинули в понеділок вранці, коли снаряд влучив у ринок.",
    "ar": "قتل ثلاثة أشخاص صباح الاثنين عندما سقطت قذيفة على السوق.",
}


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_identifies_each_supported_language(code: str) -> None:
    assert identify(SENTENCES[code]) == code


def test_unsupported_language_is_named_by_its_code() -> None:
    # Polish, Turkish and Croatian have no pack: the report says which language it is in
    assert identify("Trzy osoby zginęły w poniedziałek rano, gdy pocisk trafił w targowisko.") == "pl"
    assert identify("Pazartesi sabahı bir top mermisi pazara düştüğünde üç kişi öldü.") == "tr"
    assert identify("Tri osobe su poginule u ponedjeljak ujutro kada je granata pogodila tržnicu.") == "hr"


def test_an_unsure_unsupported_answer_is_other() -> None:
    # two place names and a number: no language is likely enough to be named
    assert identify("Goma Bukavu 12") == OTHER


def test_text_without_letters_is_other() -> None:
    assert identify("") == OTHER
    assert identify("12 34 -- 56") == OTHER
