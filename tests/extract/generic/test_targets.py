"""Generic targets: only where the report speaks of violence or harm."""

from __future__ import annotations

import pytest

from harmwatch.extract.generic.engine import make_context
from harmwatch.extract.generic.targets import find_targets


def targets(text: str, lang: str) -> list[str]:
    return [t.type for t in find_targets(make_context(text, lang, None))]


def test_targets_in_violent_sentences() -> None:
    assert targets("Une frappe a touché l'hôpital et une école, tuant 3 patients.", "fr") == [
        "medical",
        "school",
    ]
    assert targets("Ein Angriff traf den Markt und eine Moschee.", "de") == ["market", "place_of_worship"]


def test_targets_outside_violence_are_ignored() -> None:
    assert targets("La nueva escuela abrió sus puertas el lunes.", "es") == []


def test_a_source_that_speaks_is_not_a_target() -> None:
    assert targets("Ein Angriff traf den Markt, erklärte das Ministerium.", "de") == ["market"]
    assert targets("Nach dem Angriff auf die Stadt erklärte das Ministerium, es werde antworten.", "de") == []


def test_bars_and_restaurants_are_other_targets() -> None:
    assert targets("Hombres armados atacaron un bar en el centro y mataron a diez personas.", "es") == [
        "other"
    ]


def test_a_hospital_where_the_wounded_died_is_not_a_target() -> None:
    text = "Ein Raketenangriff traf den Markt. Zwei Menschen wurden getötet, ein Verletzter starb später im Krankenhaus."
    assert targets(text, "de") == ["market"]
    assert targets("Un blessé est mort à l'hôpital. Une frappe a détruit l'hôpital du quartier.", "fr") == [
        "medical"
    ]


def test_the_head_of_an_administration_is_no_government_target() -> None:
    text = "Обстрел повредил рынок. По словам главы городской администрации, погибли 5 человек."
    assert targets(text, "ru") == ["market"]


def test_a_place_after_a_word_of_nearness_only_places_the_target() -> None:
    assert targets("Une frappe a détruit une maison près d'une mosquée, tuant 4 personnes.", "fr") == [
        "residential"
    ]


def test_a_weapons_depot_is_not_a_displacement_camp() -> None:
    assert "camp" not in targets("Der Angriff galt nach Angaben der Armee einem Waffenlager.", "de")


def test_an_ambulance_is_a_noun_phrase_not_the_adverb_soon() -> None:
    assert targets("При обстреле города погибли двое, скоро прибудут спасатели.", "ru") == []
    assert targets("Обстрел повредил машину скорой помощи.", "ru") == ["medical"]


def test_an_office_named_by_a_title_is_who_spoke() -> None:
    text = "Le directeur de l'hôpital a indiqué qu'une frappe avait tué six personnes dans le marché."
    assert targets(text, "fr") == ["market"]
    text = "Голова обласної адміністрації повідомив, що внаслідок обстрілу ринку загинули 5 людей."
    assert targets(text, "uk") == ["market"]


# the coverage table (tests/extract/targets/data/coverage_<lang>.tsv): common phrasings of every
# target class, and places named that were not hit
@pytest.mark.parametrize("lang", ["fr", "es", "pt", "de", "ru", "uk", "ar"])
def test_the_coverage_table_is_recognised(lang: str) -> None:
    from tests.extract.targets.coverage_table import MIN_RECOGNISED, misses

    missed, wrong, n = misses(lang, lambda s: set(targets(s, lang)))
    assert (n - len(missed)) / n >= MIN_RECOGNISED, [r.sentence for r in missed]
    assert not wrong, [r.sentence for r in wrong]


def test_a_place_the_wounded_were_carried_to_or_received_at_is_not_hit() -> None:
    assert targets("Un obus a tué deux civils ; les blessés ont été évacués vers l'hôpital.", "fr") == []
    assert targets("El hospital provincial atendió a 12 heridos tras el bombardeo.", "es") == []
    assert targets("Die Verletzten des Anschlags wurden in eine Klinik eingeliefert.", "de") == []
    assert targets("Обстрел убил трёх человек, раненых госпитализировали в больницу.", "ru") == []
    # the same places, hit
    assert targets("Un obus a frappé l'hôpital, tuant deux civils.", "fr") == ["medical"]
    assert targets("Обстрел попал в больницу, погибли три человека.", "ru") == ["medical"]


def test_a_verb_of_striking_makes_the_sentence_one_of_violence() -> None:
    assert targets("Los proyectiles alcanzaron una escuela del barrio.", "es") == ["school"]
    assert targets("Снаряд попал в детский сад.", "ru") == ["school"]


def test_a_place_named_as_part_of_another_is_not_the_target() -> None:
    assert targets("Пожар охватил площадь торгового центра после удара ракеты.", "ru") == ["market"]


def test_a_toll_after_a_verb_of_demanding_is_no_source_speaking() -> None:
    assert targets("Ein Luftangriff auf eine Schule forderte elf Tote.", "de") == ["school"]
    assert targets("Ein Angriff traf den Markt, erklärte die Schule.", "de") == ["market"]


def test_russian_speech_verbs_in_every_form_name_a_source() -> None:
    assert targets("Обстрел убил двух человек, сообщили местные журналисты.", "ru") == []
    assert targets("Обстріл убив двох людей, повідомили місцеві журналісти.", "uk") == []


def test_arabic_places_as_indefinite_objects() -> None:
    assert targets("أصابت غارة جوية مسجدا في البلدة.", "ar") == ["place_of_worship"]
    assert targets("دمر القصف مركزا تجاريا وقتل ثلاثة أشخاص.", "ar") == ["market"]


def test_a_vehicle_that_carried_the_bomb_is_no_target() -> None:
    assert targets("Une voiture piégée a explosé près du marché, tuant cinq personnes.", "fr") == ["market"]
    assert targets("Eine Autobombe explodierte vor der Schule und tötete 15 Menschen.", "de") == ["school"]
    assert targets("Взрыв заминированного автомобиля у рынка убил четырёх человек.", "ru") == ["market"]
    assert targets("Un coche bomba estalló junto a un autobús y mató a cuatro personas.", "es") == ["vehicle"]
