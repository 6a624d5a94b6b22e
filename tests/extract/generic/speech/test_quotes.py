"""Quotations and their speakers (generic/speech/quotes.py, marks.py).

Every sentence here is written for the test; none comes from the evaluation data.
"""

from __future__ import annotations

import pytest

from tests.extract.generic.speech.helpers import assert_spans, speech

# (language, text, quotation's first words, speaker)
QUOTES = [
    (
        "fr",
        "« Nous avons perdu toute notre famille cette nuit », a déclaré Amina Diallo, une habitante.",
        "Nous avons perdu",
        "Amina Diallo",
    ),
    (
        "fr",
        "Le gouverneur Paul Martin a affirmé : « Les secours travaillent toujours sous les décombres. »",
        "Les secours travaillent",
        "gouverneur Paul Martin",
    ),
    (
        "es",
        "“Los disparos empezaron a las diez de la noche”, dijo el alcalde Juan Pérez.",
        "Los disparos empezaron",
        "alcalde Juan Pérez",
    ),
    (
        "es",
        "Según la fiscal María López, “todavía hay muchas personas desaparecidas en la zona”.",
        "todavía hay muchas",
        "fiscal María López",
    ),
    (
        "pt",
        '"Nunca vimos um ataque tão violento na cidade", afirmou o prefeito Carlos Souza.',
        "Nunca vimos um",
        "prefeito Carlos Souza",
    ),
    (
        "de",
        "„Die Rakete schlug mitten im Wohngebiet ein“, sagte Bürgermeister Klaus Weber.",
        "Die Rakete schlug",
        "Bürgermeister Klaus Weber",
    ),
    (
        "de",
        "»Wir haben keine Warnung erhalten«, erklärte die Sprecherin Anna Schmidt.",
        "Wir haben keine",
        "Sprecherin Anna Schmidt",
    ),
    (
        "ru",
        "«Спасатели продолжают разбирать завалы всю ночь», — заявил мэр города Иван Петров.",
        "Спасатели продолжают",
        "мэр города Иван Петров",
    ),
    (
        "uk",
        "Голова області Олег Коваленко повідомив: «Під завалами можуть бути ще люди».",
        "Під завалами можуть",
        "Голова області Олег Коваленко",
    ),
    (
        "ar",
        "وقال مدير المستشفى أحمد سالم: «استقبلنا عشرات الجرحى خلال ساعة واحدة».",
        "استقبلنا عشرات الجرحى",
        "مدير المستشفى أحمد سالم",
    ),
]


@pytest.mark.parametrize(("lang", "text", "start", "speaker"), QUOTES)
def test_quote_and_speaker(lang: str, text: str, start: str, speaker: str) -> None:
    result = speech(text, lang)
    assert_spans(text, result)
    found = [q for q in result.quotes if q.text.startswith(start)]
    assert found, result.quotes
    assert found[0].speaker == speaker


def test_a_follow_on_quotation_keeps_the_speaker() -> None:
    text = (
        "« Le village a été encerclé avant l'aube », a raconté Moussa Traoré.\n"
        "« Ensuite les hommes armés ont tiré sur tout le monde. »"
    )
    quotes = speech(text, "fr").quotes
    assert [q.speaker for q in quotes] == ["Moussa Traoré", "Moussa Traoré"]


def test_nested_and_unbalanced_marks_do_not_break() -> None:
    text = (
        "Le ministre a dit : « Ce que certains appellent une “opération ciblée” est un massacre de civils. »\n"
        "« Cette phrase ne se ferme jamais et continue jusqu'à la fin de la ligne\n"
        "Une autre ligne » avec un guillemet isolé » et « encore un."
    )
    result = speech(text, "fr")
    assert_spans(text, result)
    first = result.quotes[0]
    assert first.text.startswith("Ce que certains appellent une “opération ciblée”")
    assert any(q.text.startswith("Cette phrase ne se ferme jamais") for q in result.quotes)


def test_straight_marks_nested_in_a_straight_quotation() -> None:
    text = 'Він сказав: "Ворог знову назвав це "точковим ударом", але загинули діти".'
    quotes = speech(text, "uk").quotes
    assert len(quotes) == 1 and quotes[0].text.endswith("загинули діти")


def test_short_quotations_are_no_quotes() -> None:
    assert speech("Il a parlé d'une « attaque lâche ».", "fr").quotes == ()


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "ru",
            "Погибли шесть человек. Генерал Павел Орлов отверг обвинения, возложив вину на «отряды "
            "противника, переодетые в нашу форму».",
            "Генерал Павел Орлов",
        ),
        (
            "en",
            "Six people were killed. The Northern Front denied any role and blamed "
            '"enemy units dressed in our uniforms".',
            "The Northern Front",
        ),
    ],
)
def test_the_subject_of_a_stance_speaks_a_quotation_without_a_speech_verb(
    lang: str, text: str, speaker: str
) -> None:
    quotes = speech(text, lang).quotes
    assert quotes and quotes[-1].speaker is not None and speaker.endswith(quotes[-1].speaker), quotes


def test_dialogue_dashes_quote_in_spanish_and_portuguese() -> None:
    text = (
        "Los vecinos contaron otra versión. —Nunca nos dieron el alto, solo empezaron a disparar "
        "—relató Pedro Ruiz, uno de los heridos.\n"
        "El ataque —el tercero en lo que va del mes— dejó cuatro muertos. —Ya basta de esto, "
        "queremos paz en la región."
    )
    quotes = speech(text, "es").quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Nunca nos dieron el alto, solo empezaron a disparar", "Pedro Ruiz")
    ]
    text = "—Eles chegaram de madrugada e queimaram tudo o que havia —contou a agricultora Rosa Lima."
    quotes = speech(text, "pt").quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Eles chegaram de madrugada e queimaram tudo o que havia", "agricultora Rosa Lima")
    ]


def test_a_dash_opens_no_quotation_where_the_pack_writes_no_dialogue() -> None:
    text = "—Nous n'avons rien vu de toute la nuit —a dit un habitant du quartier."
    assert not any(q.text.startswith("Nous n'avons") for q in speech(text, "fr").quotes)


@pytest.mark.parametrize(
    "lang, text, speaker",
    [
        (
            "fr",
            "L'armée du Valdor a été mise en cause par les habitants. « Le Ministère de la Défense dément "
            "toute frappe sur le marché de la ville », ont affirmé les militaires dans un message.",
            "Ministère de la Défense",
        ),
        (
            "pt",
            'A Valdónia negou o ataque. "O Ministério da Defesa rejeita as acusações sobre o bombardeamento '
            'do mercado", disseram os militares num comunicado.',
            "Ministério da Defesa",
        ),
    ],
)
def test_a_title_speaks_for_the_body_its_quotation_names_as_subject(
    lang: str, text: str, speaker: str
) -> None:
    quotes = speech(text, lang).quotes
    assert [q.speaker for q in quotes] == [speaker]
