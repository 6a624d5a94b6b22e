"""Russian, Ukrainian and Portuguese charges of deliberately targeting civilians and of rights
abuses (issue 11): a deliberateness word (adverb or adjective) before a civilian noun of its
clause, a civilian aim ("целью удара стали", "ціллю удару"), an emphatic "именно по"/"саме по", a
"hunt" for civilians; "abusos ... contra moradores"; an act named without such words is none.
A person named in the genitive after "по словам"/"за словами" is the accuser in the nominative.

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from harmwatch.extract.generic.speech.nominative import nominative_name
from tests.extract.generic.speech.helpers import charge_pairs


@pytest.mark.parametrize(
    ("lang", "text", "accuser"),
    [
        (
            "ru",
            "Губернатор Олег Рябов заявил, что противник умышленно наносит массированные ракетные удары "
            "по объектам гражданской инфраструктуры.",
            "Губернатор Олег Рябов",
        ),
        (
            "uk",
            "Голова громади Ілля Гнат заявив, що окупанти цілеспрямовано завдають масованих ракетних "
            "ударів по енергетичних об'єктах і цивільній інфраструктурі.",
            "Голова громади Ілля Гнат",
        ),
    ],
)
def test_deliberateness_attack_and_civilian_object(lang: str, text: str, accuser: str) -> None:
    """A deliberateness word, an attack verb or noun, then a civilian object further on: the gap
    after the first word passes an earlier attack word ("наносит") for a later one ("удары")."""
    assert (accuser, "civilian_targeting") in charge_pairs(text, lang)


def test_deliberate_strikes_on_military_objects_are_none() -> None:
    text = "Командующий Пётр Жуков заявил, что армия намеренно наносит удары по позициям противника."
    assert not any(c == "civilian_targeting" for _a, c in charge_pairs(text, "ru"))


@pytest.mark.parametrize(
    ("lang", "text", "accuser"),
    [
        (
            "ru",
            "Мэр Тихона Павел Гречин заявил, что противник прицельно обстреливал машины с мирными людьми.",
            "Мэр Тихона Павел Гречин",
        ),
        (
            "ru",
            "В прокуратуре Осинок подчеркнули, что удар был нанесён именно по жилой застройке.",
            "прокуратуре Осинок",
        ),
        (
            "ru",
            "Глава округа Семён Дубов обвинил военных соседней страны в охоте на мирных жителей.",
            "Глава округа Семён Дубов",
        ),
        (
            "ru",
            "Омбудсмен Лидия Ветрова заявила, что целью обстрела стали жилые дома на окраине.",
            "Омбудсмен Лидия Ветрова",
        ),
        (
            "uk",
            "Голова громади Остап Мирошник заявив, що ціллю удару стали саме цивільні на ринку.",
            "Голова громади Остап Мирошник",
        ),
        (
            "uk",
            "Прокурор Ярина Климко заявила, що окупанти прицільно атакують житлові квартали селища.",
            "Прокурор Ярина Климко",
        ),
        (
            "uk",
            "Староста Левко Гуменюк звинуватив армію сусідньої держави у полюванні на цивільних.",
            "Староста Левко Гуменюк",
        ),
        (
            "uk",
            "Удар було завдано саме по житловому кварталу, наголосили в Національній поліції.",
            "Національній поліції",
        ),
    ],
)
def test_deliberate_targeting_frames(lang: str, text: str, accuser: str) -> None:
    assert (accuser, "civilian_targeting") in charge_pairs(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Ракета попала в жилой дом на улице Садовой, сообщил глава района Фёдор Мазин."),
        ("ru", "Жители обвинили военных в обстреле жилых кварталов посёлка."),
        ("uk", "Удар по житловому будинку забрав життя двох людей, повідомив староста Тарас Гнатюк."),
        ("pt", "Um responsável local acusou os soldados de matar pastores e de roubar gado."),
    ],
)
def test_an_act_without_a_charge_word_is_none(lang: str, text: str) -> None:
    assert not any(c == "civilian_targeting" for _a, c in charge_pairs(text, lang))


def test_rights_abuses_against_residents_pt() -> None:
    text = (
        "Para a Defensoria Pública de Itaboraí, a ação policial foi marcada por abusos graves contra "
        "moradores do bairro."
    )
    assert ("Defensoria Pública de Itaboraí", "human_rights_violation") in charge_pairs(text, "pt")


@pytest.mark.parametrize(
    ("lang", "text", "accuser"),
    [
        (
            "ru",
            "По словам мэра Тихона Аркадия Сомова, противник намеренно атаковал мирных жителей.",
            "мэра Тихона Аркадий Сомов",
        ),
        ("uk", "За словами Гнатюка, окупанти навмисно б'ють по цивільних.", "Гнатюк"),
    ],
)
def test_genitive_source_named_in_nominative(lang: str, text: str, accuser: str) -> None:
    assert (accuser, "civilian_targeting") in charge_pairs(text, lang)


@pytest.mark.parametrize(
    ("name", "lang", "nominative"),
    [
        ("Вадима Кольцова", "ru", "Вадим Кольцов"),
        ("Марины Дроздовой", "ru", "Марина Дроздова"),
        ("Андрея Зимина", "ru", "Андрей Зимин"),
        ("Вадима Петровича Кольцова", "ru", "Вадим Петрович Кольцов"),
        ("мэра Тихона Сергея Соболева", "ru", "мэра Тихона Сергей Соболев"),
        ("Игоря Вяземского", "ru", "Игорь Вяземский"),
        ("Дмитра Лисенка", "uk", "Дмитро Лисенко"),
        ("Ганни Коваль", "uk", "Ганна Коваль"),
        ("Министерства здравоохранения Газы", "ru", "Министерства здравоохранения Газы"),
        ("ООН", "ru", "ООН"),
        ("Amnesty International", "ru", "Amnesty International"),
    ],
)
def test_nominative_name(name: str, lang: str, nominative: str) -> None:
    assert nominative_name(name, lang) == nominative


def test_source_past_the_occasion_of_the_statement() -> None:
    """'как заявила на брифинге X': the occasion ("брифинге", "інтерв'ю", "ефірі") is a statement
    noun of the pack; the name after it is the source."""
    text = (
        "Как заявила на брифинге официальный представитель МИД Ирина Лаптева, противник сознательно "
        "бьёт по жилым кварталам."
    )
    assert ("официальный представитель МИД Ирина Лаптева", "civilian_targeting") in charge_pairs(text, "ru")


@pytest.mark.parametrize(
    ("lang", "text", "accuser"),
    [
        (
            "pt",
            "Soldados mataram 12 civis em Tessit, segundo um relatório do Alto Comissariado das Nações "
            "Unidas divulgado hoje. Segundo o relatório, as tropas cometeram graves violações dos "
            "direitos humanos.",
            "Alto Comissariado das Nações Unidas",
        ),
        (
            "ru",
            "В докладе Amnesty International, опубликованном в среду, приведены десятки случаев. По "
            "данным доклада, военные намеренно обстреливали мирных жителей.",
            "Amnesty International",
        ),
    ],
)
def test_a_statement_named_by_its_noun_is_its_issuer(lang: str, text: str, accuser: str) -> None:
    """'Segundo o relatório', 'по данным доклада': the issuer named with the same noun before."""
    assert any(a == accuser for a, _c in charge_pairs(text, lang))
