"""The generic event gate, type and negatives, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from harmwatch.extract.generic.engine import make_context
from harmwatch.extract.generic.events import classify


def kind(text: str, lang: str):
    return classify(make_context(text, lang, date(2024, 5, 10)))


INCIDENTS = [
    (
        "fr",
        "Une frappe aérienne a tué 12 civils dans un village. Les avions ont bombardé le marché.",
        "Air/drone strike",
    ),
    (
        "fr",
        "Des hommes armés ont ouvert le feu sur des fidèles, tuant 8 personnes. L'attaque a duré une heure.",
        "Attack",
    ),
    (
        "es",
        "Un ataque con misiles dejó 5 muertos en la ciudad. Los misiles cayeron sobre un edificio.",
        "Shelling/artillery/missile attack",
    ),
    (
        "es",
        "Un coche bomba explotó frente a la comisaría y mató a 6 personas. El artefacto explosivo estaba oculto.",
        "Remote explosive/landmine/IED",
    ),
    (
        "de",
        "Bei einem Raketenangriff auf die Stadt wurden 9 Menschen getötet. Der Beschuss dauerte die ganze Nacht.",
        "Shelling/artillery/missile attack",
    ),
    (
        "de",
        "Bewaffnete haben in der Nacht 15 Bewohner entführt. Die Entführer forderten Lösegeld.",
        "Abduction/forced disappearance",
    ),
    (
        "pt",
        "Um ataque de drones matou 4 civis na aldeia. Os drones atingiram uma escola.",
        "Air/drone strike",
    ),
    (
        "pt",
        "Homens armados abriram fogo num mercado e mataram 7 pessoas. O ataque armado chocou o país.",
        "Attack",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INCIDENTS)
def test_incident_and_type(lang: str, text: str, expected: str) -> None:
    k = kind(text, lang)
    assert k.is_incident and not k.background
    assert k.sub_event_type == expected


NEGATIVES = [
    ("fr", "Les inondations ont fait 14 morts dans le sud. Les pluies torrentielles ont emporté des ponts."),
    ("es", "Un accidente de autobús dejó 9 muertos en la carretera. El autobús volcó tras una curva."),
    ("de", "Beim Fußball gewann die Mannschaft das Spiel mit drei Toren. Der Trainer lobte die Spieler."),
    ("pt", "O terremoto matou 30 pessoas e deixou centenas de feridos. O sismo destruiu casas antigas."),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVES)
def test_negative_domains_are_not_incidents(lang: str, text: str) -> None:
    assert not kind(text, lang).is_incident


def test_a_trial_recalls_its_incident_as_background() -> None:
    text = (
        "Le tribunal a condamné trois anciens soldats pour le massacre de 40 villageois. "
        "Le procès a duré deux ans et le verdict a été lu jeudi par le juge."
    )
    k = kind(text, "fr")
    assert not k.is_incident or k.background


def test_protest_led_violence_is_force_against_protesters() -> None:
    text = (
        "La policía disparó contra los manifestantes durante la protesta y mató a 4 personas. "
        "Los disparos se escucharon en toda la plaza."
    )
    assert kind(text, "es").sub_event_type == "Excessive force against protesters"


def test_language_without_pack_has_no_incident() -> None:
    assert not kind("Napad je ubio 12 ljudi u selu.", "hr").is_incident


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "uk",
            "Вибух у житловому будинку: загинули троє людей.\n"
            "У під'їзді вибухнула газоповітряна суміш, вибух зруйнував два поверхи.",
        ),
        (
            "ru",
            "Взрыв в жилом доме унёс жизни троих человек.\n"
            "Причиной взрыва стала утечка газа, сообщили спасатели.",
        ),
    ],
)
def test_an_explosion_the_report_calls_an_accident_is_no_incident(lang: str, text: str) -> None:
    assert not kind(text, lang).is_incident


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Вибух на ринку: загинули троє людей.\nВибух пролунав уранці, поранено ще п'ятьох."),
        ("ru", "Взрыв на рынке унёс жизни троих человек.\nВзрыв прогремел утром, ранены ещё пятеро."),
    ],
)
def test_an_unexplained_explosion_is_still_violence(lang: str, text: str) -> None:
    assert kind(text, lang).is_incident


def test_a_missile_attack_in_the_genitive_is_shelling() -> None:
    k = kind(
        "Унаслідок ракетного удару по місту загинули п'ятеро людей.\nВнаслідок ракетної атаки поранено десятьох.",
        "uk",
    )
    assert k.sub_event_type == "Shelling/artillery/missile attack"


def test_cases_of_a_disease_are_no_violence() -> None:
    text = (
        "تسجيل 300 إصابة و12 وفاة بالكوليرا\n"
        "أعلنت وزارة الصحة تسجيل 300 إصابة جديدة، وبلغ عدد الوفيات 12، وتوزعت الإصابات على عدة مدن."
    )
    assert not kind(text, "ar").is_incident


def test_a_clear_weapon_names_the_type_over_shooting_words() -> None:
    text = (
        "Колонна машин попала под удар на окраине города.\n"
        "Ракеты попали по колонне, военные расстреляли мирных жителей; погибли 20 человек.\n"
        + "Жители рассказали журналистам о том, что видели и слышали в то утро. " * 10
        + "Стрельба продолжалась около часа."
    )
    assert kind(text, "ru").sub_event_type == "Shelling/artillery/missile attack"


def test_repeats_of_one_word_add_less_than_distinct_words() -> None:
    text = (
        "Douze civils tués dans la ville.\n"
        "Une frappe aérienne a visé le marché.\n"
        + "Les habitants ont raconté ce qu'ils avaient vu ce matin-là. " * 12
        + "Un missile, puis un missile, puis un missile encore sont tombés, selon un témoin."
    )
    assert kind(text, "fr").sub_event_type == "Air/drone strike"


def test_projectiles_at_a_protest_stay_force_against_protesters() -> None:
    text = (
        "La policía disparó contra los manifestantes en la marcha\n"
        "Los manifestantes denunciaron disparos y proyectiles durante la manifestación; "
        "murieron 3 personas, según la fiscalía, y decenas de manifestantes resultaron heridos."
    )
    assert kind(text, "es").sub_event_type == "Excessive force against protesters"


def test_projectiles_are_a_weak_word_against_an_air_strike() -> None:
    text = (
        "Un ataque aéreo mató a once personas en un barrio de la ciudad.\n"
        + "Los vecinos contaron lo que vieron aquella noche. " * 12
        + "Se hallaron un proyectil, dos proyectiles y otro proyectil entre los escombros."
    )
    assert kind(text, "es").sub_event_type == "Air/drone strike"
