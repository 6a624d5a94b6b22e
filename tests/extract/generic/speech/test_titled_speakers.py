"""Speakers given by a title and a body (issue 11, round fifteen): a long title before an apposed
name, a rank or an adverb before a surname, and a title with its body's acronym after a quotation."""

from __future__ import annotations

import pytest

from tests.extract.generic.speech.helpers import speech


def speakers(text: str, lang: str) -> list[str | None]:
    return [q.speaker for q in speech(text, lang).quotes]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "pt",
            "O diretor do serviço de proteção civil da província de Nampula, Abílio Cossa, "
            'escreveu numa rede social que a ponte "ficou submersa durante toda a madrugada".',
            "Abílio Cossa",
        ),
        (
            "pt",
            "O diretor do serviço de proteção civil da província de Nampula, Abílio Cossa, escreveu no "
            'Facebook que a ponte "ficou submersa durante toda a madrugada". "Era a única estrada para '
            'o hospital, agora estamos isolados", explicou o responsável à rádio.',
            "Abílio Cossa",
        ),
        (
            "fr",
            "Le directeur de la protection civile de la province du Sud-Kivu, Alain Bisimwa, a écrit sur "
            "X que le pont « a été emporté par les eaux dans la nuit ».",
            "Alain Bisimwa",
        ),
        (
            "de",
            "Der Leiter der Militärverwaltung des Gebiets Sumy im Nordosten, Wolodymyr Tkatsch, schrieb "
            "auf Telegram, die Drohne habe „den Bus an der Haltestelle getroffen“.",
            "Wolodymyr Tkatsch",
        ),
    ],
)
def test_name_after_a_long_title(lang: str, text: str, name: str) -> None:
    # the title names its body and place, longer than an apposed chunk ("a ponte", "le pont" are
    # the reported clause's subjects, not the speaker)
    assert set(speakers(text, lang)) == {name}


def test_subject_of_the_reported_clause_is_no_speaker() -> None:
    text = (
        "El secretario de gobierno del departamento del Cauca en el suroccidente, Óscar Londoño, "
        'escribió en X que los disparos "empezaron antes del amanecer y duraron dos horas".'
    )
    assert speakers(text, "es") == ["Óscar Londoño"]


def test_name_apposed_after_the_bodys_acronym() -> None:
    text = (
        "Segundo o porta-voz do Comando-Geral da Polícia da República de Moçambique (PRM), Leonel "
        'Muchanga, "as forças de defesa e segurança estão no terreno desde a madrugada".'
    )
    assert "Leonel Muchanga" in (speakers(text, "pt")[0] or "")


def test_place_in_the_genitive_before_the_name() -> None:
    text = (
        "Координатор миссии «Красного Креста» в Луганской области Ирина Бойко сообщила, что "
        "«склад гуманитарной помощи полностью сгорел»."
    )
    assert speakers(text, "ru") == ["Ирина Бойко"]


def test_rank_before_surname_is_the_full_name() -> None:
    text = (
        "« Nous avons évacué trois villages dans la nuit », a déclaré le commandant Didier Moukoko. "
        "« Personne ne peut rester là-bas sans eau potable », a ajouté Sylvie Ngoma. "
        "Le commandant Moukoko a précisé que « les routes restent fermées jusqu'à nouvel ordre »."
    )
    assert speakers(text, "fr")[2] == "Didier Moukoko"


def test_adverb_before_surname_is_the_full_name() -> None:
    text = (
        "«Мы эвакуировали жителей двух улиц», — сказал глава поселка Виктор Сомов. "
        "Жительница Алла Гречко рассказала: «Окна выбило во всем доме». "
        "Позже Сомов добавил: «Газ в дома вернут не раньше понедельника»."
    )
    assert speakers(text, "ru")[2] == "Виктор Сомов"


def test_title_with_acronym_is_the_person_named_by_its_words() -> None:
    text = (
        "Про це повідомив голова Сумської обласної військової адміністрації Петро Гайдай. "
        "«Уламки впали на дах школи», — написав Гайдай у Telegram. "
        "Мешканка Оксана Лях розповіла: «Ми почули три вибухи поспіль». "
        "«Усі поранені отримують допомогу в лікарні», — додав очільник ОВА."
    )
    assert speakers(text, "uk")[2] == "Петро Гайдай"


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        (
            "fr",
            "Le ministère de la Santé a annoncé un bilan de douze morts. « Les blessés ont été "
            "transférés à Goma pendant la nuit », a précisé son porte-parole, Paul Kasongo. « Nous "
            "manquons de médicaments et de personnel », a ajouté le ministère dans un communiqué.",
            "ministère",
        ),
        (
            "es",
            "El portavoz del Ministerio de Salud, Ignacio Pérez, dijo que «los heridos fueron "
            "trasladados de madrugada». El ministerio añadió en un comunicado: «Faltan medicinas y "
            "personal en todos los hospitales».",
            "ministerio",
        ),
        (
            "pt",
            'A porta-voz do Ministério da Saúde, Ana Lopes, disse à Lusa que "os feridos foram levados '
            'para o hospital provincial". O ministério acrescentou em comunicado que "faltam '
            'medicamentos em todos os hospitais".',
            "ministério",
        ),
    ],
)
def test_a_body_does_not_take_its_spokesmans_turn(lang: str, text: str, body: str) -> None:
    # the body's quotation after its spokesman's: the body (or its full name), not the person
    last = speakers(text, lang)[-1] or ""
    assert body in last.lower()


@pytest.mark.parametrize(
    "title",
    ["Vizegouverneur", "Bürgermeister"],
)
def test_title_alone_after_the_verb_names_who_bore_it_before_in_german(title: str) -> None:
    # German capitalises every noun: the title after the verb is the person the report named
    # with that title, not the speaker of the quotation before
    text = (
        f"Der {title} Markus Feldmann besuchte am Abend die zerstörte Schule. Der Sprecher der "
        "Feuerwehr, Jonas Keller, sagte: „Wir haben die ganze Nacht nach Überlebenden gesucht.“ "
        f"„Wir werden allen Familien beim Wiederaufbau ihrer Häuser helfen“, versprach der {title}."
    )
    assert speakers(text, "de") == ["Jonas Keller", "Markus Feldmann"]


def test_title_alone_with_no_bearer_is_its_own_speaker_in_german() -> None:
    text = (
        "Der Sprecher der Feuerwehr, Jonas Keller, sagte: „Wir haben die ganze Nacht nach "
        "Überlebenden gesucht.“ „Wir werden allen Familien beim Wiederaufbau ihrer Häuser helfen“, "
        "versprach der Vizegouverneur."
    )
    assert speakers(text, "de") == ["Jonas Keller", "Vizegouverneur"]


def test_title_alone_keeps_the_previous_speaker_who_held_it_in_german() -> None:
    text = (
        "„Die Lage ist unter Kontrolle“, sagte ein Sprecher des Innenministeriums am Abend. "
        "Der Sprecher sagte, man habe „keine weiteren Opfer unter den Anwohnern“ gefunden."
    )
    assert speakers(text, "de") == ["Sprecher des Innenministeriums"] * 2
