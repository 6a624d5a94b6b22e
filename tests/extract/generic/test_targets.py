"""Generic targets: only where the report speaks of violence or harm."""

from __future__ import annotations

import pytest

from harmwatch.extract.generic.engine import make_context
from harmwatch.extract.generic.targets import find_targets


def targets(text: str, lang: str) -> list[str]:
    return [t.type for t in find_targets(make_context(text, lang, None))]


TARGET_CASES = {
    "targets in violent sentences": (
        "Une frappe a touché l'hôpital et une école, tuant 3 patients.",
        "fr",
        [
            "medical",
            "school",
        ],
    ),
    "targets in violent sentences (2)": (
        "Ein Angriff traf den Markt und eine Moschee.",
        "de",
        ["market", "place_of_worship"],
    ),
    "targets outside violence are ignored": (
        "La nueva escuela abrió sus puertas el lunes.",
        "es",
        [],
    ),
    "a source that speaks is not a target": (
        "Ein Angriff traf den Markt, erklärte das Ministerium.",
        "de",
        ["market"],
    ),
    "a source that speaks is not a target (2)": (
        "Nach dem Angriff auf die Stadt erklärte das Ministerium, es werde antworten.",
        "de",
        [],
    ),
    "bars and restaurants are other targets": (
        "Hombres armados atacaron un bar en el centro y mataron a diez personas.",
        "es",
        ["other"],
    ),
    "a place after a word of nearness only places the target": (
        "Une frappe a détruit une maison près d'une mosquée, tuant 4 personnes.",
        "fr",
        ["residential"],
    ),
    "an ambulance is a noun phrase not the adverb soon": (
        "При обстреле города погибли двое, скоро прибудут спасатели.",
        "ru",
        [],
    ),
    "an ambulance is a noun phrase not the adverb soon (2)": (
        "Обстрел повредил машину скорой помощи.",
        "ru",
        ["medical"],
    ),
    "a place the wounded were carried to or received at is not hit": (
        "Un obus a tué deux civils ; les blessés ont été évacués vers l'hôpital.",
        "fr",
        [],
    ),
    "a place the wounded were carried to or received at is not hit (2)": (
        "El hospital provincial atendió a 12 heridos tras el bombardeo.",
        "es",
        [],
    ),
    "a place the wounded were carried to or received at is not hit (3)": (
        "Die Verletzten des Anschlags wurden in eine Klinik eingeliefert.",
        "de",
        [],
    ),
    "a place the wounded were carried to or received at is not hit (4)": (
        "Обстрел убил трёх человек, раненых госпитализировали в больницу.",
        "ru",
        [],
    ),
    # the same places, hit
    "a place the wounded were carried to or received at is not hit (5)": (
        "Un obus a frappé l'hôpital, tuant deux civils.",
        "fr",
        ["medical"],
    ),
    "a place the wounded were carried to or received at is not hit (6)": (
        "Обстрел попал в больницу, погибли три человека.",
        "ru",
        ["medical"],
    ),
    "a verb of striking makes the sentence one of violence": (
        "Los proyectiles alcanzaron una escuela del barrio.",
        "es",
        ["school"],
    ),
    "a verb of striking makes the sentence one of violence (2)": (
        "Снаряд попал в детский сад.",
        "ru",
        ["school"],
    ),
    "a place named as part of another is not the target": (
        "Пожар охватил площадь торгового центра после удара ракеты.",
        "ru",
        ["market"],
    ),
    "a toll after a verb of demanding is no source speaking": (
        "Ein Luftangriff auf eine Schule forderte elf Tote.",
        "de",
        ["school"],
    ),
    "a toll after a verb of demanding is no source speaking (2)": (
        "Ein Angriff traf den Markt, erklärte die Schule.",
        "de",
        ["market"],
    ),
    "russian speech verbs in every form name a source": (
        "Обстрел убил двух человек, сообщили местные журналисты.",
        "ru",
        [],
    ),
    "russian speech verbs in every form name a source (2)": (
        "Обстріл убив двох людей, повідомили місцеві журналісти.",
        "uk",
        [],
    ),
    "arabic places as indefinite objects": (
        "أصابت غارة جوية مسجدا في البلدة.",
        "ar",
        ["place_of_worship"],
    ),
    "arabic places as indefinite objects (2)": (
        "دمر القصف مركزا تجاريا وقتل ثلاثة أشخاص.",
        "ar",
        ["market"],
    ),
    "a vehicle that carried the bomb is no target": (
        "Une voiture piégée a explosé près du marché, tuant cinq personnes.",
        "fr",
        ["market"],
    ),
    "a vehicle that carried the bomb is no target (2)": (
        "Eine Autobombe explodierte vor der Schule und tötete 15 Menschen.",
        "de",
        ["school"],
    ),
    "a vehicle that carried the bomb is no target (3)": (
        "Взрыв заминированного автомобиля у рынка убил четырёх человек.",
        "ru",
        ["market"],
    ),
    "a vehicle that carried the bomb is no target (4)": (
        "Un coche bomba estalló junto a un autobús y mató a cuatro personas.",
        "es",
        ["vehicle"],
    ),
}


@pytest.mark.parametrize("case", TARGET_CASES)
def test_target_types(case):
    *args, expected = TARGET_CASES[case]
    assert targets(*args) == expected


def test_a_hospital_where_the_wounded_died_is_not_a_target() -> None:
    text = "Ein Raketenangriff traf den Markt. Zwei Menschen wurden getötet, ein Verletzter starb später im Krankenhaus."
    assert targets(text, "de") == ["market"]
    assert targets("Un blessé est mort à l'hôpital. Une frappe a détruit l'hôpital du quartier.", "fr") == [
        "medical"
    ]


def test_the_head_of_an_administration_is_no_government_target() -> None:
    text = "Обстрел повредил рынок. По словам главы городской администрации, погибли 5 человек."
    assert targets(text, "ru") == ["market"]


def test_a_weapons_depot_is_not_a_displacement_camp() -> None:
    assert "camp" not in targets("Der Angriff galt nach Angaben der Armee einem Waffenlager.", "de")


def test_an_office_named_by_a_title_is_who_spoke() -> None:
    text = "Le directeur de l'hôpital a indiqué qu'une frappe avait tué six personnes dans le marché."
    assert targets(text, "fr") == ["market"]
    text = "Голова обласної адміністрації повідомив, що внаслідок обстрілу ринку загинули 5 людей."
    assert targets(text, "uk") == ["market"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a stem ends where its word does: "internat" is no "internationale", "centrale" alone no
        # power plant ("Afrique centrale"), and "Universitätsklinikum" a hospital
        ("Un employé d'une ONG internationale a été tué dans l'attaque contre le marché.", "fr", ["market"]),
        ("Une frappe a touché un marché en Afrique centrale.", "fr", ["market"]),
        (
            "Ein Mitarbeiter einer internationalen Organisation starb beim Angriff auf den Markt.",
            "de",
            ["market"],
        ),
        ("Der Alarm ging los, als die Rakete das Universitätsklinikum traf.", "de", ["medical"]),
    ],
)
def test_a_stem_matches_the_forms_of_its_word_only(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Au moins douze fidèles ont été tués dimanche par des hommes armés.", "fr"),
        ("Hombres armados dispararon contra los feligreses y mataron a seis personas.", "es"),
        ("Homens armados mataram sete fiéis durante a missa de domingo.", "pt"),
        ("Bewaffnete erschossen am Sonntag neun Gottesdienstbesucher.", "de"),
    ],
)
def test_worshippers_killed_name_a_place_of_worship(text: str, lang: str) -> None:
    assert targets(text, lang) == ["place_of_worship"]


def test_a_place_a_source_phrase_names_gave_the_news() -> None:
    text = "Selon un photographe de l'AFP, la frappe a détruit un immeuble du quartier."
    assert targets(text, "fr") == ["residential"]
    assert targets("Según el hospital, el ataque contra el mercado dejó diez muertos.", "es") == ["market"]
    # a source phrase ends at the comma: what the next clause names was hit
    assert targets("Selon la police, un obus a frappé l'hôpital du quartier.", "fr") == ["medical"]


# the coverage table (tests/extract/targets/data/coverage_<lang>.tsv): common phrasings of every
# target class, and places named that were not hit
@pytest.mark.parametrize("lang", ["fr", "es", "pt", "de", "ru", "uk", "ar"])
def test_the_coverage_table_is_recognised(lang: str) -> None:
    from tests.extract.targets.coverage_table import MIN_RECOGNISED, misses

    missed, wrong, n = misses(lang, lambda s: set(targets(s, lang)))
    assert (n - len(missed)) / n >= MIN_RECOGNISED, [r.sentence for r in missed]
    assert not wrong, [r.sentence for r in wrong]


# a settlement or a neighbourhood attacked, with no other target named: its homes were hit
# (the pack's ``fallback`` words)
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Des hommes armés ont attaqué un hameau isolé et tué neuf habitants.", "fr"),
        ("El bombardeo del barrio dejó siete muertos durante la noche.", "es"),
        ("Milicianos incendiaram a aldeia e mataram quatro moradores.", "pt"),
        ("Bei dem Luftangriff auf ein Dorf im Norden starben elf Menschen.", "de"),
        ("Армия обстреляла посёлок, погибли двое мирных жителей.", "ru"),
        ("Ворог обстріляв село, загинули троє людей.", "uk"),
        ("قصفت الطائرات قرية في الريف الشمالي مما أدى إلى مقتل خمسة مدنيين.", "ar"),
    ],
)
def test_a_settlement_attacked_with_no_other_target_hit_its_homes(text: str, lang: str) -> None:
    assert targets(text, lang) == ["residential"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a target named wins over the settlement it stands in
        ("Une frappe sur le village a détruit l'école, tuant trois enfants.", "fr", ["school"]),
        # villagers killed are people, not a place
        ("Des villageois ont été tués lors de l'attaque de lundi.", "fr", []),
        # a village only named where no attack word is close by
        (
            "Au moins 12 personnes ont été tuées par balles lundi soir au marché central."
            " Les victimes venaient toutes du même petit village de montagne, à trois heures de route de là.",
            "fr",
            ["market"],
        ),
        ("Los vecinos del barrio recordaron a los 30 muertos de aquel año con flores y velas.", "es", []),
    ],
)
def test_a_settlement_counts_only_where_attacked_and_no_target_is_named(
    text: str, lang: str, expected: list[str]
) -> None:
    assert targets(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Un ataque aéreo alcanzó un campamento de personas internamente desplazadas y mató a 9 civiles.",
            "es",
        ),
        ("Um bombardeio atingiu um campo de pessoas deslocadas, matando seis civis.", "pt"),
        ("Une frappe a touché un camp de personnes déplacées internes, tuant cinq civils.", "fr"),
    ],
)
def test_a_camp_of_displaced_persons_is_a_camp(text: str, lang: str) -> None:
    assert targets(text, lang) == ["camp"]


def targets_with_places(text: str, lang: str) -> list[str]:
    from harmwatch.extract.generic.places import find_places

    ctx = make_context(text, lang, None)
    return [t.type for t in find_targets(ctx, find_places(ctx))]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a place people fled or went back to (``moved_words``), before it or, verb-final, after it
        (
            "Un obus a touché le marché, tuant 5 personnes. Sous les bombardements, beaucoup de"
            " vendeurs ont fui leurs maisons l'an dernier.",
            "fr",
            ["market"],
        ),
        (
            "Beim Angriff auf den Markt starben 7 Menschen; viele Händler waren vor den Bomben aus"
            " ihren Häusern geflohen.",
            "de",
            ["market"],
        ),
        # ... unless a verb of striking says that place was hit
        ("Les habitants ont fui quand leur maison a été bombardée, trois morts.", "fr", ["residential"]),
        # the vehicle the attackers came in (``rode_before``) is not hit
        (
            "Los atacantes llegaron en una camioneta y abrieron fuego contra un velorio, dejando 5 muertos.",
            "es",
            ["public_gathering"],
        ),
        # a place the report says was spared (``spared_after``)
        (
            "Un obus a détruit une maison, tuant 2 personnes ; la mosquée du quartier n'a pas été touchée.",
            "fr",
            ["residential"],
        ),
        (
            "Ракета попала в жилой дом, погибли 3 человека, а школа во дворе не пострадала.",
            "ru",
            ["residential"],
        ),
        # a target word that is only the adjective of a noun before it (``modified_before``)
        (
            "أصاب القصف سوقا شعبيا وقتل 6 أشخاص، كما أعلن المتحدث باسم الدفاع المدني في مؤتمر صحفي",
            "ar",
            ["market"],
        ),
        # a sentence with a weapon is a sentence of violence
        ("Росіяни запустили ракету по місту, поціливши в житловий мікрорайон.", "uk", ["residential"]),
        # a road is where an ambush happened, not infrastructure that was hit
        ("Insurgentes emboscaram um camião na estrada de Mocímboa, matando 3 pessoas.", "pt", ["vehicle"]),
        # the truck the gunmen came in does not make the church the people stood by a target
        (
            "Los agresores llegaron en una camioneta y dispararon contra la gente reunida frente a la"
            " iglesia, matando a 3.",
            "es",
            [],
        ),
    ],
)
def test_places_named_but_not_hit(text: str, lang: str, expected: list[str]) -> None:
    assert targets(text, lang) == expected


def test_a_target_word_that_opens_a_place_name_is_the_place() -> None:
    text = "غارة على منزل في دير الزور تقتل أربعة أشخاص"
    assert targets_with_places(text, "ar") == ["residential"]
