"""Quote speakers in the frames of the round-twelve written set (issue 11): a quotation split by
its own speech verb, a name apposed behind its title, an outlet between the verb and the name,
"about this" putting the subject after the verb, a pronoun after the closing mark with a verb the
pack lacks, a witness named in apposition before a colon, a person's name
behind an inflected title, a surname alone standing for the full name, a prepositional phrase
before the subject's title, and the pack classes
(local titles and "interlocutor" words, time words after an inverted subject, request and
opinion verbs, "as" clauses, Arabic honorifics).

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from tests.extract.generic.speech.helpers import assert_spans, speech

# (language, text, the speaker of each quotation in order)
FRAMES = [
    # a quotation split by its speech verb: the incise names the speaker
    (
        "fr",
        "Le toit s'est effondré dans la nuit. « Nous dormions tous au salon, raconte Awa, 52 ans, "
        "institutrice. Nous avons juste eu le temps de sortir. »",
        ["Awa"],
    ),
    (
        "uk",
        "Уламки впали на подвір'я школи. «Діти вже були в укритті, — каже вчителька Ганна Мороз, — "
        "тому ніхто не постраждав».",
        ["вчителька Ганна Мороз"],
    ),
    # a name apposed behind a lower-case title; a long title running on to the comma
    (
        "es",
        'Según el jefe de la Policía regional, coronel Mario Paredes Gil, "los atacantes huyeron hacia el río".',
        ["jefe de la Policía regional, coronel Mario Paredes Gil"],
    ),
    (
        "fr",
        "Pour le responsable de la sécurité du district, le capitaine Omar Sidibé, « la route reste coupée "
        "depuis lundi ».",
        ["responsable de la sécurité du district, le capitaine Omar Sidibé"],
    ),
    (
        "es",
        '"Los hospitales de la zona ya no tienen camas libres", declaró la coordinadora de la Oficina de '
        "Asuntos Humanitarios de la ONU, Inés Calvo.",
        ["coordinadora de la Oficina de Asuntos Humanitarios de la ONU, Inés Calvo"],
    ),
    # an outlet between the verb and the name
    (
        "es",
        '"Se escucharon disparos durante toda la madrugada", dijo a Efe Jorge Llanos, comerciante del barrio.',
        ["Jorge Llanos"],
    ),
    # "about this" opens the clause: the subject comes after the verb and whom it was told to
    (
        "uk",
        "Про це Укрінформу розповів староста села Павло Кравець: «Снаряд влучив у сільський клуб, "
        "людей там не було».",
        ["староста села Павло Кравець"],
    ),
    # a pronoun after the closing mark, with a verb the pack lacks: the person named before
    (
        "fr",
        "La préfète Hélène Garnier s'est rendue à l'hôpital. « Chaque blessé sera pris en charge "
        "jusqu'au bout », a-t-elle tranché.",
        ["préfète Hélène Garnier"],
    ),
    # a witness named in apposition before a colon, without a verb
    (
        "es",
        "Una enfermera, Carmen Soto, de 41 años: “Trabajamos toda la noche sin luz ni agua”.",
        ["Carmen Soto"],
    ),
    # a person's name behind a title in an oblique case
    (
        "ru",
        "По словам главы района Виктора Зуева, «все пострадавшие получили медицинскую помощь на месте».",
        ["Виктор Зуев"],
    ),
    # a surname alone stands for the full name the report gave (its case form in Ukrainian)
    (
        "uk",
        "На місці працює голова громади Степан Гнатюк. За словами Гнатюка, «відновлення даху триватиме "
        "кілька тижнів».",
        ["Степан Гнатюк"],
    ),
    # pack classes: a village head and an agency's interlocutor refer back
    (
        "ru",
        "«Школа полностью разрушена снарядами», — рассказал ТАСС представитель местной администрации Олег Фомин. "
        "«Занятия перенесут в соседнее село», — добавил собеседник агентства.",
        ["представитель местной администрации Олег Фомин", "представитель местной администрации Олег Фомин"],
    ),
    # a short prepositional phrase between the verb and the subject's title
    (
        "uk",
        "«Світла немає у трьох селах громади», — сказав на брифінгу голова районної адміністрації Ігор Сич.",
        ["голова районної адміністрації Ігор Сич"],
    ),
    # a time word after an inverted subject
    (
        "es",
        "El alcalde Ramón Cuesta habló primero. “La escuela quedó destruida por completo”, añadió Cuesta horas después.",
        ["Ramón Cuesta"],
    ),
    # a request verb introducing the quoted words
    (
        "es",
        "La Cruz Roja pidió en un comunicado “permitir el paso de las ambulancias hacia el norte”.",
        ["Cruz Roja"],
    ),
    # an "as" clause before the verb: its subject comes after the verb
    (
        "fr",
        "Comme l'a rappelé le maire Luc Perrin, « la digue avait déjà cédé l'an dernier ».",
        ["maire Luc Perrin"],
    ),
    # an opinion verb
    (
        "ru",
        "«Удар пришёлся на жилой квартал», — считает военный эксперт Павел Орлов.",
        ["военный эксперт Павел Орлов"],
    ),
    # an Arabic honorific between a title and the name
    (
        "ar",
        '"استقبلنا عشرين جريحاً منذ الصباح"، قال مدير المستشفى الدكتور سامي حداد.',
        ["مدير المستشفى الدكتور سامي حداد"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "speakers"), FRAMES)
def test_speaker_frames(lang: str, text: str, speakers: list[str | None]) -> None:
    result = speech(text, lang)
    assert [q.speaker for q in result.quotes] == speakers
    assert_spans(text, result)
