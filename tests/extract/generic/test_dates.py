"""Dates in every pack language: weekdays with prepositions, relative days, months (Levantine and
Maghreb Arabic too), day-month phrases, ranges; resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from harmwatch.extract.generic.dates import find_date
from harmwatch.extract.generic.engine import make_context

PUB = date(2024, 3, 12)  # a Tuesday


def _date(text: str, lang: str, published: date | None = PUB):
    return find_date(make_context(text, lang, published))


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "start"),
    [
        # weekdays, with their preposition or time of day
        ("fr", "Une frappe a tué cinq civils dimanche matin près du marché.", "dimanche matin", "2024-03-10"),
        ("de", "Am Sonntag wurden bei einem Luftangriff fünf Menschen getötet.", "Am Sonntag", "2024-03-10"),
        ("de", "Bei dem Angriff am Sonntagabend starben fünf Menschen.", "am Sonntagabend", "2024-03-10"),
        ("es", "El domingo un ataque mató a cinco civiles.", "El domingo", "2024-03-10"),
        ("pt", "Um ataque matou cinco civis no domingo.", "no domingo", "2024-03-10"),
        ("pt", "Um ataque matou cinco civis na segunda-feira.", "na segunda-feira", "2024-03-11"),
        ("pt", "Um ataque matou cinco civis na sexta.", "na sexta", "2024-03-08"),
        ("ru", "В воскресенье в результате удара погибли пять человек.", "В воскресенье", "2024-03-10"),
        ("ru", "В среду ракетный удар убил троих.", "В среду", "2024-03-06"),
        ("uk", "У неділю внаслідок удару загинули п'ятеро людей.", "У неділю", "2024-03-10"),
        ("uk", "У п’ятницю внаслідок обстрілу загинули люди.", "У п’ятницю", "2024-03-08"),
        ("ar", "قتل خمسة مدنيين يوم الأحد في غارة جوية.", "يوم الأحد", "2024-03-10"),
        ("ar", "قتل خمسة مدنيين في غارة جوية الجمعة.", "الجمعة", "2024-03-08"),
        # the publication day's own weekday is that day
        ("fr", "Une frappe a tué cinq civils mardi.", "mardi", "2024-03-12"),
        # relative days
        ("fr", "Hier, une frappe a tué cinq civils.", "Hier", "2024-03-11"),
        ("fr", "Avant-hier, une frappe a tué cinq civils.", "Avant-hier", "2024-03-10"),
        ("de", "Gestern wurden fünf Menschen getötet.", "Gestern", "2024-03-11"),
        ("es", "Ayer un ataque mató a cinco civiles.", "Ayer", "2024-03-11"),
        ("pt", "Ontem um ataque matou cinco civis.", "Ontem", "2024-03-11"),
        ("ru", "Вчера в результате удара погибли пять человек.", "Вчера", "2024-03-11"),
        ("uk", "Вчора внаслідок удару загинули п'ятеро людей.", "Вчора", "2024-03-11"),
        ("ar", "قتل خمسة مدنيين أمس في غارة جوية.", "أمس", "2024-03-11"),
        # day and month, with or without the year
        ("fr", "Une frappe a tué cinq civils le 3 mars 2024.", "3 mars 2024", "2024-03-03"),
        ("fr", "Une frappe a tué cinq civils le 1er mars.", "1er mars", "2024-03-01"),
        ("de", "Bei einem Angriff am 3. März wurden fünf Menschen getötet.", "3. März", "2024-03-03"),
        ("es", "Un ataque mató a cinco civiles el 3 de marzo de 2023.", "3 de marzo de 2023", "2023-03-03"),
        ("pt", "Um ataque matou cinco civis em 3 de março.", "3 de março", "2024-03-03"),
        ("ru", "3 марта в результате удара погибли пять человек.", "3 марта", "2024-03-03"),
        ("ru", "Удар 3 марта 2023 года убил пять человек.", "3 марта 2023 года", "2023-03-03"),
        ("uk", "3 березня внаслідок удару загинули п'ятеро людей.", "3 березня", "2024-03-03"),
        ("ar", "قتل خمسة مدنيين في غارة جوية في 3 آذار/مارس.", "3 آذار/مارس", "2024-03-03"),
        ("ar", "قتل خمسة مدنيين في غارة جوية في 3 نيسان 2023.", "3 نيسان 2023", "2023-04-03"),
        ("ar", "قتل خمسة مدنيين في غارة جوية في 10 كانون الثاني.", "10 كانون الثاني", "2024-01-10"),
        ("ar", "قتل خمسة مدنيين في غارة جوية في 5 فيفري.", "5 فيفري", "2024-02-05"),
        ("ar", "قتل خمسة مدنيين في غارة جوية في 5 غشت 2023.", "5 غشت 2023", "2023-08-05"),
        # a day after the publication day is last year's
        ("fr", "Une frappe a tué cinq civils le 30 décembre.", "30 décembre", "2023-12-30"),
        # numeric dates, day first
        ("de", "Bei dem Anschlag am 03.03.2024 starben fünf Menschen.", "03.03.2024", "2024-03-03"),
    ],
)
def test_date_phrases(lang: str, text: str, phrase: str, start: str) -> None:
    r = _date(text, lang)
    assert (r.text, r.start) == (phrase, start)
    assert r.span is not None and text[r.span.start : r.span.end] == r.text


@pytest.mark.parametrize(
    ("lang", "text", "start", "end"),
    [
        (
            "fr",
            "Les raids ont tué 25 civils entre le 12 et le 19 octobre 2023.",
            "2023-10-12",
            "2023-10-19",
        ),
        ("fr", "Les massacres des 29 et 30 novembre 2023 ont tué 40 civils.", "2023-11-29", "2023-11-30"),
        ("uk", "Обстріли 3-5 березня вбили десятки людей.", "2024-03-03", "2024-03-05"),
    ],
)
def test_ranges(lang: str, text: str, start: str, end: str) -> None:
    r = _date(text, lang)
    assert (r.start, r.end) == (start, end)


def test_without_a_publication_date_the_year_stays_unknown() -> None:
    assert _date("Une frappe a tué cinq civils le 3 mars.", "fr", None).start == "XXXX-03-03"
    r = _date("Une frappe a tué cinq civils dimanche.", "fr", None)
    assert r.start is None and r.text == "dimanche"


def test_a_full_date_in_the_text_is_the_reference_without_publication_date() -> None:
    text = "Mis à jour le 12 mars 2024.\nUne frappe a tué cinq civils dimanche dans le village."
    assert _date(text, "fr", None).start == "2024-03-10"


def test_reporting_date_loses_to_the_attack_date() -> None:
    text = "L'ONU a déclaré lundi qu'une frappe avait tué cinq civils le 1er mars."
    assert _date(text, "fr").start == "2024-03-01"
    text = "Пограничная служба 5 марта сообщила, что 4 марта при обстреле погибли двое."
    assert _date(text, "ru").start == "2024-03-04"


def test_a_bound_is_not_the_incident() -> None:
    r = _date("Depuis le 3 mars, les combats ont tué 200 personnes.", "fr")
    assert r.start == "2024-03-12" and r.span is None  # no date of its own: the publication day
    r = _date("منذ أمس قتل خمسة مدنيين في غارة.", "ar")
    assert r.span is None


def test_no_date_gives_the_publication_day() -> None:
    r = _date("Ein Angriff tötete fünf Menschen.", "de")
    assert (r.start, r.end, r.span) == ("2024-03-12", "2024-03-12", None)


def test_environment_is_not_wednesday() -> None:
    # "среде" (in the environment) is a form of the same word as Wednesday
    r = _date("В военной среде погибли пять человек.", "ru")
    assert r.span is None


# English has its own parse-based dates module (its pack's dates.json has another layout)
@pytest.mark.parametrize("lang", ["fr", "es", "de", "pt", "ru", "uk", "ar", "xx"])
def test_any_language_gives_a_range(lang: str) -> None:
    text = "Dimanche 3 mars, am Sonntag, el domingo, у неділю, يوم الأحد: 21:55."
    r = _date(text, lang)
    if r.span is not None:
        assert text[r.span.start : r.span.end] == r.text


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("ar", "قتل خمسة مدنيين في غارة في الثامن عشر من نيسان عام 2023", "2023-04-18"),
        ("ar", "قتل خمسة مدنيين في غارة في الحادي والعشرين من شباط", "2024-02-21"),
        ("fr", "Une frappe a tué cinq civils le premier mars.", "2024-03-01"),
    ],
)
def test_days_written_in_words(lang: str, text: str, start: str) -> None:
    assert _date(text, lang).start == start


def test_a_month_alone_needs_its_preposition() -> None:
    assert _date("Une frappe a tué cinq civils en mars.", "fr").text == "mars"
    assert _date("Der Angriff tötete fünf Menschen Anfang März.", "de").text == "März"
    assert _date("Mars a été un mois de frappes qui ont tué cinq civils.", "fr").span is None


def test_since_a_named_event_is_a_bound() -> None:
    text = "Depuis le coup d'État du 25 octobre 2021, les milices ont tué 100 civils."
    assert _date(text, "fr").span is None
    text = "منذ انقلاب 25 أكتوبر 2021 قتلت الميليشيات 100 مدني"
    assert _date(text, "ar").span is None


def test_a_bound_is_no_reference_for_the_year() -> None:
    text = "Depuis le 25 octobre 2021, les milices tuent.\nJeudi, une frappe a tué 100 civils."
    r = _date(text, "fr", None)
    assert r.text == "Jeudi" and r.start is None


def test_an_unresolvable_weekday_invents_no_year_from_a_weaker_date() -> None:
    text = "Hier, une frappe a tué cinq civils.\nLe plan de mars 2020 prévoyait des élections."
    r = _date(text, "fr", None)
    assert r.text == "Hier" and r.start is None


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("fr", "Une attaque a tué cinq civils dans la nuit du vendredi au samedi.", "2024-03-09"),
        ("fr", "Une frappe a tué cinq civils dans la nuit de samedi à dimanche.", "2024-03-10"),
        ("de", "In der Nacht zum Sonntag wurden fünf Menschen getötet.", "2024-03-10"),
        ("ru", "В ночь с субботы на воскресенье погибли пять человек.", "2024-03-10"),
        ("uk", "У ніч проти 1 березня загинули п’ятеро людей.", "2024-03-01"),
    ],
)
def test_a_night_ends_on_its_later_day(lang: str, text: str, start: str) -> None:
    assert _date(text, lang).start == start


def test_typographic_apostrophe() -> None:
    assert _date("Aujourd’hui, une frappe a tué cinq civils.", "fr").text == "Aujourd’hui"


def test_a_denial_date_is_a_statement_date() -> None:
    text = "4 марта удар убил пять человек. 5 марта министерство опровергло удар по рынку."
    assert _date(text, "ru").start == "2024-03-04"
    text = "Le 5 mars, l'armée a démenti la frappe qui a tué cinq civils le 4 mars."
    assert _date(text, "fr").start == "2024-03-04"


_ALPHABET = "0123456789٠١ .,:-/ \nlemarsdimnchSotagвчоранеділюأمسالأحديومآذار"


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=_ALPHABET, max_size=80), lang=st.sampled_from(["fr", "de", "ru", "uk", "ar", "xx"])
)
def test_any_text_gives_a_range_inside_it(text: str, lang: str) -> None:
    r = _date(text, lang)
    if r.span is not None:
        assert text[r.span.start : r.span.end] == r.text


def _date_url(text: str, lang: str, url: str):
    return find_date(make_context(text, lang, None, url=url))


def test_the_url_gives_the_year_of_a_day_and_month_without_one() -> None:
    text = "Um ataque de mísseis matou 20 pessoas em 13 de abril no centro da cidade."
    assert _date(text, "pt", None).start == "XXXX-04-13"
    assert _date_url(text, "pt", "https://noticias.example.br/2025/04/ataque").start == "2025-04-13"
    # a day after the URL's month lies in the year before ("30 de dezembro" filed in January)
    late = "Um ataque de mísseis matou 20 pessoas em 30 de dezembro no centro da cidade."
    assert _date_url(late, "pt", "https://noticias.example.br/2025/01/ataque").start == "2024-12-30"
    # a full day in the URL is the publication day: weekdays count back from it
    sunday = "Um ataque de mísseis matou 20 pessoas no domingo no centro da cidade."
    assert _date_url(sunday, "pt", "https://noticias.example.br/2025/04/15/ataque").start == "2025-04-13"
    # a month alone gives no day to count a weekday back from
    assert _date_url(sunday, "pt", "https://noticias.example.br/2025/04/ataque").start is None


def test_a_weekday_takes_the_day_and_month_the_text_writes_when_they_agree() -> None:
    text = (
        "Um ataque de mísseis matou 20 pessoas neste domingo no centro da cidade. "
        "A cidade já fora atingida em 2 de abril. O funeral foi marcado para 14 de abril."
    )
    url = "https://noticias.example.br/2025/04/ataque"
    # 2 and 14 April 2025 are a Wednesday and a Monday: no Sunday among them, no day
    assert _date_url(text, "pt", url).start is None
    sunday = text.replace("14 de abril", "13 de abril")  # 13 April 2025 is a Sunday
    got = _date_url(sunday, "pt", url)
    assert (got.start, got.text) == ("2025-04-13", "neste domingo")
