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


START_CASES = {
    "reporting date loses to the attack date": (
        "L'ONU a déclaré lundi qu'une frappe avait tué cinq civils le 1er mars.",
        "fr",
        "2024-03-01",
    ),
    "reporting date loses to the attack date (2)": (
        "Пограничная служба 5 марта сообщила, что 4 марта при обстреле погибли двое.",
        "ru",
        "2024-03-04",
    ),
    "a denial date is a statement date": (
        "4 марта удар убил пять человек. 5 марта министерство опровергло удар по рынку.",
        "ru",
        "2024-03-04",
    ),
    "a denial date is a statement date (2)": (
        "Le 5 mars, l'armée a démenti la frappe qui a tué cinq civils le 4 mars.",
        "fr",
        "2024-03-04",
    ),
    "a background date needs an earlier year": (
        "Um menino de 10 anos foi morto em 3 de março de 2024 num ataque; no domingo houve protestos.",
        "pt",
        "2024-03-03",
    ),
    "a reporting verb right after a date still makes it the reports": (
        "Пять человек погибли при обстреле в воскресенье. Во вторник сообщили об аресте подозреваемого.",
        "ru",
        "2024-03-10",
    ),
    # a date opening its sentence keeps its reporting verb after a comma
    "a reporting verb right after a date still makes it the reports (2)": (
        "Um bombardeio matou dois civis no domingo. Na segunda-feira, disse o governador, houve novos ataques.",
        "pt",
        "2024-03-10",
    ),
    "perfect tense and release verbs are reporting": (
        "As Nações Unidas condenaram esta segunda-feira o ataque, ocorrido no sábado, que matou 11 pessoas.",
        "pt",
        "2024-03-09",
    ),
    "perfect tense and release verbs are reporting (2)": (
        "Al menos diez civiles murieron el pasado día 8 en un bombardeo, según ha denunciado este lunes la ONG.",
        "es",
        "2024-03-08",
    ),
    "perfect tense and release verbs are reporting (3)": (
        "Relatório divulgado nesta terça-feira (12) aponta que o ataque no sábado (9) matou cinco pessoas.",
        "pt",
        "2024-03-09",
    ),
}


@pytest.mark.parametrize("case", START_CASES)
def test_incident_start(case):
    text, lang, expected = START_CASES[case]
    assert _date(text, lang).start == expected


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
    assert _date_url(text, "pt", "https://agencia.example.br/noticia/2025-04/ataque").start == "2025-04-13"
    # a day after the URL's month lies in the year before ("30 de dezembro" filed in January)
    late = "Um ataque de mísseis matou 20 pessoas em 30 de dezembro no centro da cidade."
    assert _date_url(late, "pt", "https://noticias.example.br/2025/01/ataque").start == "2024-12-30"
    # a full day in the URL is the publication day: weekdays count back from it
    sunday = "Um ataque de mísseis matou 20 pessoas no domingo no centro da cidade."
    assert _date_url(sunday, "pt", "https://noticias.example.br/2025/04/15/ataque").start == "2025-04-13"
    # a month alone gives no day to count a weekday back from
    assert _date_url(sunday, "pt", "https://noticias.example.br/2025/04/ataque").start is None


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Maputo, 13 abr (Lusa) – Pelo menos seis pessoas foram hoje mortas num ataque a uma aldeia.",
            "pt",
            "2025-04-13",
        ),
        (
            "Bissau, 3 mai (Lusa) – Homens armados mataram ontem oito civis no mercado da vila.",
            "pt",
            "2025-05-02",
        ),
        (
            "BOGOTÁ, 3 may (EFE) – Hombres armados mataron ayer a ocho civiles en el mercado.",
            "es",
            "2025-05-02",
        ),
        (
            "GOMA, 3 mai - Des hommes armés ont tué hier huit civils sur le marché du village.",
            "fr",
            "2025-05-02",
        ),
        (
            "Luanda, 21 de abril – Homens armados mataram oito civis nesta segunda-feira na vila.",
            "pt",
            "2025-04-21",
        ),
    ],
)
def test_a_datelines_day_is_the_reference_when_the_url_gives_only_a_month(
    text: str, lang: str, want: str
) -> None:
    """No publication day: the dateline's day (its year from the URL's month) is the day relative
    days and weekdays count back from."""
    url = (
        "https://noticias.example.org/2025/04/ataque" if "abr" in text else "https://n.example.org/2025/05/a"
    )
    assert _date_url(text, lang, url).start == want


def test_a_full_date_of_another_month_is_no_reference_when_the_url_gives_one() -> None:
    text = (
        "Homens armados mataram oito civis no mercado da vila no dia 2. "
        "Um dos suspeitos tinha sido solto em 10 de fevereiro de 2024."
    )
    # the release of 2024 is another event: the URL's May 2025 dates the report
    assert _date_url(text, "pt", "https://noticias.example.br/2025/05/ataque").start == "2025-05-02"
    same_month = text.replace("10 de fevereiro de 2024", "5 de maio de 2025")
    assert _date_url(same_month, "pt", "https://noticias.example.br/2025/05/ataque").start == "2025-05-02"


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Homens armados mataram oito civis em 2/9, no mercado da vila.", "pt", "2025-09-02"),
        ("Hombres armados mataron a ocho civiles el 3/9 en el mercado del pueblo.", "es", "2025-09-03"),
        ("Des hommes armés ont tué huit civils le 3/9 au marché du village.", "fr", "2025-09-03"),
        ("Homens armados mataram oito civis no mercado, que abre em 24/7.", "pt", None),
    ],
)
def test_a_day_and_month_in_digits_after_a_days_preposition(text: str, lang: str, want: str | None) -> None:
    assert _date_url(text, lang, "https://noticias.example.org/2025/09/ataque").start == want


@pytest.mark.parametrize(
    ("text", "lang", "published", "want"),
    [
        (
            "Российский удар по жилому дому в январе унёс жизни 11 мирных жителей.",
            "ru",
            "2025-02-11",
            "2025-01-XX",
        ),
        ("Um ataque em dezembro matou 11 civis na vila, disse a ONG.", "pt", "2025-02-11", "2024-12-XX"),
        ("Um ataque em fevereiro matou 11 civis na vila, disse a ONG.", "pt", "2025-02-11", "2025-02-XX"),
    ],
)
def test_a_month_alone_takes_the_year_of_the_latest_such_month(
    text: str, lang: str, published: str, want: str
) -> None:
    assert find_date(make_context(text, lang, date.fromisoformat(published))).start == want


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


# ------------------------------------------------------------------ news-style probes per language
# Sentences written for these tests in each language's news style: weekdays with and without
# "last", a weekday's day number in brackets ("nesta segunda-feira (11)"), a day without its month
# ("no dia 3"), the weekend, relative days, datelines ("Lisboa, 12 mar (Lusa) -"), numeric dates,
# and dates that are not the incident (publication lines, photo credits, anniversaries, denials).
THU = date(2024, 3, 7)  # a Thursday
JAN3 = date(2024, 1, 3)
MAR2 = date(2024, 3, 2)  # 2024 is a leap year: "quinta-feira (29)" is 29 February

_PT_PROBES = [
    (PUB, "Um ataque com drones matou três civis nesta segunda-feira (11) no norte do país.", "2024-03-11"),
    (PUB, "Na segunda-feira (11), um bombardeio deixou cinco mortos no centro da cidade.", "2024-03-11"),
    (PUB, "Cinco pessoas morreram no último domingo (10) após um ataque a um mercado.", "2024-03-10"),
    (PUB, "Um tiroteio no domingo passado deixou quatro feridos na periferia da capital.", "2024-03-10"),
    (PUB, "Homens armados mataram seis agricultores na madrugada de sábado numa aldeia.", "2024-03-09"),
    (
        PUB,
        "Na noite de quinta-feira, um foguete atingiu um prédio residencial e matou duas pessoas.",
        "2024-03-07",
    ),
    (PUB, "Neste fim de semana, ataques aéreos mataram dez civis na região.", "2024-03-09"),
    (PUB, "No fim de semana, um ataque a uma festa deixou sete mortos.", "2024-03-09"),
    (PUB, "A explosão ocorreu na madrugada desta segunda-feira (11) e deixou 14 feridos.", "2024-03-11"),
    (PUB, "Na sexta-feira (8), forças de segurança mataram três suspeitos e um civil.", "2024-03-08"),
    (PUB, "A chacina aconteceu na última sexta (8) e deixou sete mortos.", "2024-03-08"),
    (PUB, "O ataque, ocorrido no domingo à noite, deixou onze mortos.", "2024-03-10"),
    (PUB, "O ataque ocorreu por volta das 23h de sábado (9) e deixou seis mortos.", "2024-03-09"),
    (PUB, "Um ataque na quarta-feira passada matou quatro pessoas num posto de saúde.", "2024-03-06"),
    (PUB, "Um ataque com mísseis matou cinco pessoas na terça-feira (5/3) numa estação.", "2024-03-05"),
    (THU, "Na manhã desta quinta-feira (7), um homem armado matou dois seguranças.", "2024-03-07"),
    (THU, "Um ataque a tiros deixou três mortos na noite desta quarta (6) num bar.", "2024-03-06"),
    (PUB, "Na passada sexta-feira, um ataque com mísseis matou cinco civis.", "2024-03-08"),
    (PUB, "No passado domingo, uma explosão matou dois soldados e um civil.", "2024-03-10"),
    (PUB, "Esta segunda-feira, um bombardeamento matou sete pessoas numa aldeia.", "2024-03-11"),
    (PUB, "Pelo menos seis pessoas morreram na madrugada de hoje num ataque de drones.", "2024-03-12"),
    (
        PUB,
        "Lisboa, 12 mar 2024 (Lusa) - Pelo menos cinco pessoas morreram ontem num ataque a uma escola.",
        "2024-03-11",
    ),
    (PUB, "Ontem, um carro-bomba explodiu num mercado e matou oito pessoas.", "2024-03-11"),
    (PUB, "Anteontem, militares abriram fogo contra manifestantes e mataram dois jovens.", "2024-03-10"),
    (PUB, "Hoje de manhã, um míssil atingiu uma escola e feriu doze crianças.", "2024-03-12"),
    (PUB, "Na tarde de ontem, um atirador matou três pessoas numa escola.", "2024-03-11"),
    (
        PUB,
        "A polícia informou nesta terça-feira que o ataque ocorreu na véspera e deixou três mortos.",
        "2024-03-11",
    ),
    (PUB, "O ataque aconteceu em 5 de março e deixou sete mortos.", "2024-03-05"),
    (PUB, "No dia 3, um bombardeio destruiu um hospital e matou quatro pacientes.", "2024-03-03"),
    (PUB, "O ataque ocorreu no último dia 5 e deixou quatro mortos.", "2024-03-05"),
    (PUB, "Um ataque a tiros deixou dois mortos numa escola no dia 29.", "2024-02-29"),
    (PUB, "Em 10/03/2024, um ataque a tiros deixou dois mortos numa escola.", "2024-03-10"),
    (PUB, "Em 10-03-2024, um ataque a tiros deixou dois mortos numa escola.", "2024-03-10"),
    (PUB, "Um ataque de drones em 3 de março de 2024 matou cinco pessoas.", "2024-03-03"),
    (PUB, "Um atentado em 1º de março matou nove pessoas numa estação.", "2024-03-01"),
    (PUB, "No dia 10 de março, um ataque aéreo matou 15 civis.", "2024-03-10"),
    (PUB, "Um ataque matou quatro pessoas em 28 de fevereiro numa vila.", "2024-02-28"),
    (JAN3, "Um ataque matou quatro pessoas em 30 de dezembro numa vila.", "2023-12-30"),
    (PUB, "Um ataque matou cinco pessoas no domingo, 10 de março, numa feira.", "2024-03-10"),
    (PUB, "Hoje, 12 de março, um ataque matou três pessoas num mercado.", "2024-03-12"),
    (
        PUB,
        "Publicado em 12/03/2024 - 08h15\nUm ataque com drones matou dois civis no domingo (10) no leste do país.",
        "2024-03-10",
    ),
    (
        PUB,
        "Atualizado em 12/03/2024 às 14h02\nMilicianos mataram cinco pessoas na quinta-feira (7).",
        "2024-03-07",
    ),
    (
        PUB,
        "Foto: João Ribeiro/Agência - 02/03/2024\nUm bombardeio matou seis pessoas nesta segunda-feira (11).",
        "2024-03-11",
    ),
    (
        PUB,
        "O ataque desta segunda-feira (11), que deixou 12 mortos, ocorreu dois anos após o massacre de 10 de março de 2022.",
        "2024-03-11",
    ),
    (
        PUB,
        "O bombardeio de sábado (9) matou cinco pessoas; há dois anos, em 9 de março de 2022, a mesma escola foi atingida.",
        "2024-03-09",
    ),
    (
        PUB,
        "O Exército negou nesta terça-feira (12) ter atacado o hospital, onde nove pessoas morreram no domingo (10).",
        "2024-03-10",
    ),
    (
        PUB,
        "O conflito, iniciado em outubro de 2023, já matou milhares. Nesta segunda-feira (11), um ataque matou oito pessoas.",
        "2024-03-11",
    ),
    (
        PUB,
        "Desde 7 de outubro, mais de 30 mil pessoas morreram. Um bombardeio matou 20 pessoas no sábado.",
        "2024-03-09",
    ),
    (
        PUB,
        "No aniversário do massacre de 5 de março de 2020, homens armados mataram três pessoas na mesma vila ontem.",
        "2024-03-11",
    ),
    (
        PUB,
        "Um ataque matou três civis no domingo (10). O relatório da ONU, divulgado em 2 de março, já alertava para o risco.",
        "2024-03-10",
    ),
    (PUB, "12.mar.2024 às 10h30\nUm ataque de drones matou quatro pessoas no domingo (10).", "2024-03-10"),
    (
        PUB,
        "12/03/2024 10h30 Atualizado há 2 horas\nUm ataque matou cinco pessoas na madrugada desta segunda (11).",
        "2024-03-11",
    ),
    (None, "12 de março de 2024\nUm ataque matou cinco pessoas neste domingo (10) numa feira.", "2024-03-10"),
    (PUB, "Um ataque matou cinco pessoas no sábado, dia 9, no mercado central.", "2024-03-09"),
    (PUB, "Um ataque matou cinco pessoas no sábado (9 de março) no mercado central.", "2024-03-09"),
    (MAR2, "Um ataque matou cinco pessoas na quinta-feira (29) num hospital.", "2024-02-29"),
    (PUB, "Um ataque matou seis pessoas na última terça-feira num ônibus.", "2024-03-05"),
    (PUB, "Um ataque matou seis pessoas nesta terça-feira num ônibus.", "2024-03-12"),
    (PUB, "O ataque ocorreu ontem (11) e deixou cinco mortos num mercado.", "2024-03-11"),
    (PUB, "Uma explosão matou duas pessoas hoje (12) no centro da cidade.", "2024-03-12"),
    (PUB, "Um ataque matou três pessoas na madrugada de segunda (11) num bar.", "2024-03-11"),
    (PUB, "Homens armados mataram um casal na noite de sexta numa estrada.", "2024-03-08"),
    (PUB, "Um ataque a tiros matou quatro pessoas no dia 9/3 num bar.", "2024-03-09"),
    (PUB, "Um atentado matou nove pessoas em 1º de março numa estação.", "2024-03-01"),
    (PUB, "Um atentado matou nove pessoas no primeiro de março numa estação.", "2024-03-01"),
    (PUB, "Um ataque matou cinco pessoas no passado dia 5 numa aldeia.", "2024-03-05"),
    (PUB, "Um ataque matou cinco pessoas entre a noite de sábado e a madrugada de domingo.", "2024-03-09"),
    (PUB, "Um ataque matou quatro pessoas há dois dias numa aldeia do norte.", "2024-03-10"),
    (PUB, "Um carro de segunda mão explodiu e matou duas pessoas ontem.", "2024-03-11"),
    (PUB, "Um ataque matou seis pessoas nesta terça-feira, último dia do cessar-fogo.", "2024-03-12"),
    (PUB, "Um atentado matou nove pessoas a 1.º de março numa estação.", "2024-03-01"),
]

_ES_PROBES = [
    (PUB, "Un ataque con drones mató a tres civiles el lunes en el norte del país.", "2024-03-11"),
    (PUB, "El pasado domingo, un bombardeo dejó cinco muertos en el centro de la ciudad.", "2024-03-10"),
    (PUB, "Cinco personas murieron el domingo pasado tras un ataque contra un mercado.", "2024-03-10"),
    (PUB, "Hombres armados asesinaron a seis campesinos en la madrugada del sábado.", "2024-03-09"),
    (PUB, "La noche del jueves, un cohete alcanzó un edificio y mató a dos personas.", "2024-03-07"),
    (PUB, "Este fin de semana, ataques aéreos mataron a diez civiles en la región.", "2024-03-09"),
    (PUB, "Ayer, un coche bomba explotó en un mercado y mató a ocho personas.", "2024-03-11"),
    (PUB, "Anoche, un ataque con misiles dejó cuatro heridos en un barrio.", "2024-03-11"),
    (PUB, "Anteayer, militares abrieron fuego contra manifestantes y mataron a dos jóvenes.", "2024-03-10"),
    (PUB, "El ataque ocurrió el 5 de marzo y dejó siete muertos.", "2024-03-05"),
    (PUB, "El pasado día 3, un bombardeo destruyó un hospital y mató a cuatro pacientes.", "2024-03-03"),
    (PUB, "El 1 de marzo, un atentado mató a nueve personas en una estación.", "2024-03-01"),
    (PUB, "Un ataque mató a cinco personas el domingo 10 de marzo en un mercado.", "2024-03-10"),
    (
        PUB,
        "MADRID, 12 Mar. (EUROPA PRESS) - Al menos cinco personas murieron ayer en un ataque contra una escuela.",
        "2024-03-11",
    ),
    (
        PUB,
        "Publicado el 12/03/2024 a las 08:15\nUn ataque con drones mató a dos civiles el domingo.",
        "2024-03-10",
    ),
    (
        PUB,
        "El ataque del lunes, que dejó 12 muertos, se produjo dos años después de la masacre del 10 de marzo de 2022.",
        "2024-03-11",
    ),
    (
        PUB,
        "El Ejército negó este martes haber atacado el hospital, donde nueve personas murieron el domingo.",
        "2024-03-10",
    ),
    (JAN3, "Un ataque mató a cuatro personas el 30 de diciembre en un pueblo.", "2023-12-30"),
    (PUB, "Hoy, un misil alcanzó una escuela e hirió a doce niños.", "2024-03-12"),
    (PUB, "El ataque se produjo el 10/03/2024 y dejó dos muertos.", "2024-03-10"),
    (
        PUB,
        "Madrid, 12 mar (EFE).- Al menos cinco personas murieron ayer en un ataque contra una escuela.",
        "2024-03-11",
    ),
    (PUB, "Un ataque mató a tres personas en la madrugada de este domingo en un bar.", "2024-03-10"),
    (PUB, "En la noche del sábado al domingo, un ataque con drones mató a cuatro civiles.", "2024-03-10"),
    (PUB, "Un ataque mató a cinco personas el pasado 10 de marzo en un mercado.", "2024-03-10"),
    (PUB, "Un ataque mató a seis personas el martes pasado en un autobús.", "2024-03-05"),
    (PUB, "Un ataque mató a cuatro personas hace dos días en una aldea.", "2024-03-10"),
]

_FR_PROBES = [
    (PUB, "Une frappe de drone a tué trois civils lundi dans le nord du pays.", "2024-03-11"),
    (PUB, "Dimanche dernier, un bombardement a fait cinq morts dans le centre-ville.", "2024-03-10"),
    (PUB, "Cinq personnes ont été tuées samedi soir dans l'attaque d'un marché.", "2024-03-09"),
    (PUB, "Dans la nuit de jeudi à vendredi, une roquette a tué deux personnes.", "2024-03-08"),
    (PUB, "Ce week-end, des frappes aériennes ont tué dix civils dans la région.", "2024-03-09"),
    (PUB, "Le week-end dernier, une attaque contre une fête a fait sept morts.", "2024-03-09"),
    (PUB, "Hier soir, une voiture piégée a explosé sur un marché, tuant huit personnes.", "2024-03-11"),
    (
        PUB,
        "Avant-hier, des militaires ont ouvert le feu sur des manifestants, tuant deux jeunes.",
        "2024-03-10",
    ),
    (PUB, "L'attaque a eu lieu le 5 mars et a fait sept morts.", "2024-03-05"),
    (PUB, "Le 1er mars, un attentat a tué neuf personnes dans une gare.", "2024-03-01"),
    (PUB, "Une attaque a tué cinq personnes dimanche 10 mars sur un marché.", "2024-03-10"),
    (
        PUB,
        "PARIS, 12 mars (AFP) - Au moins cinq personnes ont été tuées hier dans une attaque contre une école.",
        "2024-03-11",
    ),
    (PUB, "Publié le 12/03/2024 à 08h15\nUne frappe de drone a tué deux civils dimanche.", "2024-03-10"),
    (
        PUB,
        "L'attaque de lundi, qui a fait 12 morts, survient deux ans après le massacre du 10 mars 2022.",
        "2024-03-11",
    ),
    (
        PUB,
        "L'armée a démenti mardi avoir visé l'hôpital, où neuf personnes ont été tuées dimanche.",
        "2024-03-10",
    ),
    (JAN3, "Une attaque a tué quatre personnes le 30 décembre dans un village.", "2023-12-30"),
    (PUB, "Aujourd'hui, un missile a frappé une école et blessé douze enfants.", "2024-03-12"),
    (PUB, "Mis à jour le 12 mars 2024 à 14h02\nDes miliciens ont tué cinq personnes jeudi.", "2024-03-07"),
    (PUB, "Une frappe a tué quatre civils samedi 9 mars au soir près de l'hôpital.", "2024-03-09"),
    (PUB, "Ce lundi, une attaque au drone a tué trois civils dans un village.", "2024-03-11"),
    (PUB, "Une attaque a fait six morts lundi dernier dans une école.", "2024-03-11"),
    (PUB, "Une attaque a fait six morts mardi dernier dans un bus.", "2024-03-05"),
    (
        PUB,
        "Le gouverneur a annoncé dimanche 10 mars que trois personnes avaient été tuées. La veille, un drone avait frappé un entrepôt, tuant un homme.",
        "2024-03-10",
    ),
    (PUB, "Une attaque a tué quatre personnes il y a trois jours dans un village.", "2024-03-09"),
]

_DE_PROBES = [
    (PUB, "Bei einem Drohnenangriff wurden am Montag drei Zivilisten getötet.", "2024-03-11"),
    (PUB, "Am vergangenen Sonntag starben bei einem Bombenangriff fünf Menschen.", "2024-03-10"),
    (PUB, "Am Samstagabend wurden bei einem Angriff auf einen Markt fünf Menschen getötet.", "2024-03-09"),
    (PUB, "In der Nacht zum Freitag tötete eine Rakete zwei Menschen.", "2024-03-08"),
    (PUB, "Am Wochenende wurden bei Luftangriffen zehn Zivilisten getötet.", "2024-03-09"),
    (PUB, "Gestern Abend explodierte eine Autobombe auf einem Markt und tötete acht Menschen.", "2024-03-11"),
    (
        PUB,
        "Vorgestern eröffneten Soldaten das Feuer auf Demonstranten und töteten zwei junge Männer.",
        "2024-03-10",
    ),
    (PUB, "Der Angriff ereignete sich am 5. März, sieben Menschen starben.", "2024-03-05"),
    (PUB, "Am 1. März tötete ein Anschlag neun Menschen in einem Bahnhof.", "2024-03-01"),
    (PUB, "Bei einem Angriff am Sonntag, 10. März, wurden fünf Menschen getötet.", "2024-03-10"),
    (
        PUB,
        "Kiew, 12. März (Reuters) - Bei einem Raketenangriff sind gestern fünf Menschen getötet worden.",
        "2024-03-11",
    ),
    (
        PUB,
        "Veröffentlicht am 12.03.2024 um 08:15 Uhr\nBei einem Drohnenangriff wurden am Sonntag zwei Zivilisten getötet.",
        "2024-03-10",
    ),
    (
        PUB,
        "Der Angriff vom Montag mit zwölf Toten ereignete sich zwei Jahre nach dem Massaker vom 10. März 2022.",
        "2024-03-11",
    ),
    (
        PUB,
        "Die Armee bestritt am Dienstag, das Krankenhaus angegriffen zu haben, in dem am Sonntag neun Menschen getötet wurden.",
        "2024-03-10",
    ),
    (JAN3, "Bei einem Angriff am 30. Dezember wurden vier Menschen getötet.", "2023-12-30"),
    (PUB, "Heute Morgen traf eine Rakete eine Schule und verletzte zwölf Kinder.", "2024-03-12"),
    (PUB, "Am Sonntag, dem 10. März, wurden bei einem Angriff fünf Menschen getötet.", "2024-03-10"),
    (PUB, "Am frühen Sonntagmorgen wurden bei einem Angriff vier Menschen getötet.", "2024-03-10"),
    (PUB, "In der Nacht auf Sonntag tötete ein Drohnenangriff drei Menschen.", "2024-03-10"),
    (PUB, "Bei einem Anschlag am vergangenen Wochenende starben sieben Menschen.", "2024-03-09"),
    (PUB, "Am vergangenen Dienstag starben sechs Menschen bei einem Angriff auf einen Bus.", "2024-03-05"),
    (PUB, "Vor zwei Tagen wurden bei einem Angriff vier Menschen getötet.", "2024-03-10"),
    (PUB, "Bei einem Angriff am 3.Mai 2023 wurden fünf Menschen getötet.", "2023-05-03"),
]

_RU_PROBES = [
    (PUB, "В понедельник в результате удара беспилотника погибли трое мирных жителей.", "2024-03-11"),
    (PUB, "В прошлое воскресенье при обстреле рынка погибли пять человек.", "2024-03-10"),
    (PUB, "В субботу вечером в результате атаки на рынок погибли пять человек.", "2024-03-09"),
    (PUB, "В ночь на пятницу ракета попала в жилой дом, погибли два человека.", "2024-03-08"),
    (PUB, "В минувшие выходные в результате авиаударов погибли десять мирных жителей.", "2024-03-09"),
    (
        PUB,
        "Вчера вечером на рынке взорвался заминированный автомобиль, погибли восемь человек.",
        "2024-03-11",
    ),
    (PUB, "Позавчера военные открыли огонь по демонстрантам, убив двоих.", "2024-03-10"),
    (PUB, "Удар был нанесен 5 марта, погибли семь человек.", "2024-03-05"),
    (PUB, "1 марта в результате теракта на вокзале погибли девять человек.", "2024-03-01"),
    (PUB, "МОСКВА, 12 марта. /ТАСС/. Пять человек погибли накануне при обстреле школы.", "2024-03-11"),
    (
        PUB,
        "Опубликовано 12.03.2024 08:15\nВ воскресенье в результате удара беспилотника погибли двое мирных жителей.",
        "2024-03-10",
    ),
    (
        PUB,
        "Удар в понедельник, унесший жизни 12 человек, произошел через два года после трагедии 10 марта 2022 года.",
        "2024-03-11",
    ),
    (
        PUB,
        "Армия во вторник опровергла удар по больнице, где в воскресенье погибли девять человек.",
        "2024-03-10",
    ),
    (JAN3, "30 декабря в результате обстрела погибли четыре человека.", "2023-12-30"),
    (PUB, "Сегодня утром ракета попала в школу, ранены двенадцать детей.", "2024-03-12"),
    (PUB, "В среду, 6 марта, в результате удара погибли четыре человека.", "2024-03-06"),
    (PUB, "В четверг, 7 марта, беспилотник атаковал автобус, погибли двое.", "2024-03-07"),
    (PUB, "В ночь с 9 на 10 марта в результате удара погибли три человека.", "2024-03-10"),
    (PUB, "Утром в понедельник в результате обстрела погибли два человека.", "2024-03-11"),
    (PUB, "В прошлый вторник при нападении на автобус погибли шесть человек.", "2024-03-05"),
    (
        PUB,
        "Губернатор сообщил в воскресенье, 10 марта, что при обстреле погибли трое. Накануне вечером беспилотник атаковал склад, погиб один человек.",
        "2024-03-10",
    ),
    (PUB, "Три дня назад при обстреле погибли четыре человека.", "2024-03-09"),
    (PUB, "КИЕВ, 12 марта — Пять человек погибли вчера при обстреле школы.", "2024-03-11"),
    (
        PUB,
        "Хроника событий.\n10 марта — при обстреле рынка погибли пять человек.\n12 марта — в городе объявлен траур.",
        "2024-03-10",
    ),
]

_UK_PROBES = [
    (PUB, "У понеділок внаслідок удару дрона загинули троє цивільних.", "2024-03-11"),
    (PUB, "Минулої неділі під час обстрілу ринку загинули п'ятеро людей.", "2024-03-10"),
    (PUB, "У суботу ввечері внаслідок атаки на ринок загинули п'ятеро людей.", "2024-03-09"),
    (PUB, "У ніч на п'ятницю ракета влучила в житловий будинок, загинули двоє людей.", "2024-03-08"),
    (PUB, "Минулими вихідними внаслідок авіаударів загинули десятеро цивільних.", "2024-03-09"),
    (PUB, "Вчора ввечері на ринку вибухнув замінований автомобіль, загинули восьмеро людей.", "2024-03-11"),
    (PUB, "Позавчора військові відкрили вогонь по демонстрантах і вбили двох.", "2024-03-10"),
    (PUB, "Удару було завдано 5 березня, загинули семеро людей.", "2024-03-05"),
    (PUB, "1 березня внаслідок теракту на вокзалі загинули дев'ятеро людей.", "2024-03-01"),
    (
        PUB,
        "КИЇВ, 12 березня /Укрінформ/. П'ятеро людей загинули напередодні під час обстрілу школи.",
        "2024-03-11",
    ),
    (
        PUB,
        "Опубліковано 12.03.2024 08:15\nУ неділю внаслідок удару дрона загинули двоє цивільних.",
        "2024-03-10",
    ),
    (
        PUB,
        "Армія у вівторок спростувала удар по лікарні, де в неділю загинули дев'ятеро людей.",
        "2024-03-10",
    ),
    (JAN3, "30 грудня внаслідок обстрілу загинули четверо людей.", "2023-12-30"),
    (PUB, "Сьогодні вранці ракета влучила в школу, поранено дванадцятеро дітей.", "2024-03-12"),
    (PUB, "У середу, 6 березня, внаслідок удару загинули четверо людей.", "2024-03-06"),
    (None, "12 березня 2024, 10:15\nУ четвер дрон атакував автобус, загинули двоє людей.", "2024-03-07"),
    (PUB, "У ніч на 10 березня внаслідок удару загинули троє людей.", "2024-03-10"),
    (PUB, "Вранці в понеділок внаслідок обстрілу загинули двоє людей.", "2024-03-11"),
    (PUB, "Минулого вівторка під час нападу на автобус загинули шестеро людей.", "2024-03-05"),
    (
        PUB,
        "Губернатор повідомив у неділю, 10 березня, що під час обстрілу загинули троє. Напередодні ввечері дрон атакував склад, загинула одна людина.",
        "2024-03-10",
    ),
    (PUB, "Два дні тому під час обстрілу загинули четверо людей.", "2024-03-10"),
    (
        PUB,
        "Хроніка подій.\n10 березня — під час обстрілу ринку загинули п'ятеро людей.\n12 березня — у місті оголошено жалобу.",
        "2024-03-10",
    ),
]

_AR_PROBES = [
    (PUB, "قتل ثلاثة مدنيين يوم الاثنين في غارة بطائرة مسيرة شمال البلاد.", "2024-03-11"),
    (PUB, "قتل خمسة أشخاص الأحد الماضي في قصف استهدف سوقا.", "2024-03-10"),
    (PUB, "قتل خمسة أشخاص مساء السبت في هجوم على سوق شعبي.", "2024-03-09"),
    (PUB, "قتل شخصان ليلة الخميس في سقوط صاروخ على مبنى سكني.", "2024-03-07"),
    (PUB, "قتل عشرة مدنيين في غارات جوية نهاية الأسبوع الماضي.", "2024-03-09"),
    (PUB, "انفجرت سيارة مفخخة أمس في سوق وقتلت ثمانية أشخاص.", "2024-03-11"),
    (PUB, "فتح جنود النار على متظاهرين أول أمس وقتلوا شابين.", "2024-03-10"),
    (PUB, "وقع الهجوم في 5 مارس وأسفر عن مقتل سبعة أشخاص.", "2024-03-05"),
    (PUB, "قتل تسعة أشخاص في تفجير استهدف محطة قطار في الأول من مارس.", "2024-03-01"),
    (PUB, "قتل خمسة أشخاص يوم الأحد 10 مارس في هجوم على سوق.", "2024-03-10"),
    (PUB, "دمشق، 12 آذار (رويترز) - قتل خمسة أشخاص أمس في قصف استهدف مدرسة.", "2024-03-11"),
    (PUB, "نشر في 12/03/2024 08:15\nقتل مدنيان يوم الأحد في غارة بطائرة مسيرة.", "2024-03-10"),
    (PUB, "نفى الجيش يوم الثلاثاء استهداف المستشفى الذي قتل فيه تسعة أشخاص يوم الأحد.", "2024-03-10"),
    (JAN3, "قتل أربعة أشخاص في قصف في 30 ديسمبر.", "2023-12-30"),
    (PUB, "أصاب صاروخ مدرسة صباح اليوم وجرح اثني عشر طفلا.", "2024-03-12"),
    (PUB, "قتل خمسة أشخاص في غارة فجر الاثنين على مخيم للنازحين.", "2024-03-11"),
    (PUB, "جاء الهجوم بعد عامين من مجزرة 10 مارس 2022، وقتل فيه 12 شخصا يوم الاثنين.", "2024-03-11"),
    (PUB, "قتل أربعة أشخاص فجر يوم الأحد في قصف على مخيم.", "2024-03-10"),
    (PUB, "قتل ستة أشخاص مساء الثلاثاء الماضي في هجوم على حافلة.", "2024-03-05"),
    (PUB, "قتل خمسة أشخاص في قصف يوم الأحد (10 آذار/مارس) على سوق.", "2024-03-10"),
    (PUB, "قتل أربعة أشخاص في قصف قبل يومين على قرية.", "2024-03-10"),
]

_PROBES = [
    (lang, pub, text, start)
    for lang, table in (
        ("pt", _PT_PROBES),
        ("es", _ES_PROBES),
        ("fr", _FR_PROBES),
        ("de", _DE_PROBES),
        ("ru", _RU_PROBES),
        ("uk", _UK_PROBES),
        ("ar", _AR_PROBES),
    )
    for pub, text, start in table
]


@pytest.mark.parametrize(("lang", "published", "text", "start"), _PROBES)
def test_news_style_probes(lang: str, published: date | None, text: str, start: str) -> None:
    assert _date(text, lang, published).start == start


def test_a_weekday_and_its_bracketed_day_span_the_brackets() -> None:
    r = _date("Um ataque matou três civis nesta segunda-feira (11) no norte.", "pt")
    assert (r.text, r.start) == ("nesta segunda-feira (11)", "2024-03-11")
    # the number wins where the weekday names another day of the last week
    assert _date("Um ataque matou três civis no domingo (3) no norte.", "pt").start == "2024-03-03"
    # a bracketed day and month is that date
    assert _date("Um ataque matou três civis no sábado (2/3) no norte.", "pt").start == "2024-03-02"


def test_a_day_without_its_month_needs_a_reference() -> None:
    text = "Um ataque a tiros deixou dois mortos no dia 5 numa escola."
    assert _date(text, "pt").start == "2024-03-05"
    assert _date(text, "pt", None).start is None
    assert _date_url(text, "pt", "https://noticias.example.br/2025/04/ataque").start == "2025-04-05"
    # a time or another format after the number is no day
    assert _date("Um ataque matou dois civis às 10h do dia 5h30.", "pt").text != "dia 5"


def test_dash_dates_stand_alone() -> None:
    assert _date("Um ataque matou dois civis em 10-03-2024.", "pt").start == "2024-03-10"
    assert _date("O processo 10-03-2024-7 cita um ataque que matou dois civis.", "pt").span is None


def test_the_eve_of_a_day_named_before_is_another_event() -> None:
    text = "Le préfet a annoncé dimanche 10 mars que trois civils avaient été tués. La veille, un drone avait tué un homme."
    assert _date(text, "fr").start == "2024-03-10"
    # with no day named before, the eve counts back from the publication day
    assert _date("La veille, un drone a tué un homme près du port.", "fr").start == "2024-03-11"


# ------------------------------------------------------------------ whole reports: which date is the incident's
# Short reports written for these tests: the lead dates the incident; a day and month further on is
# another attack's, a funeral's, or the day a report came out.


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        (
            "pt",
            "Homens armados mataram quatro agricultores no domingo numa aldeia do norte, disseram fontes locais. "
            "O ataque aconteceu uma semana depois de outra incursão, a 3 de março, que fez dois mortos.",
            "2024-03-10",
        ),
        (
            "ru",
            "Вчера вечером ракета попала в жилой дом, погибли три человека. "
            "Напомним, 5 марта при обстреле того же района погибли двое.",
            "2024-03-11",
        ),
        (
            "de",
            "Bei einem Angriff auf ein Dorf sind vergangenen Freitag zwölf Menschen getötet worden. "
            "Am 1. März hatten Extremisten bereits einen Markt in der Region angegriffen.",
            "2024-03-08",
        ),
        (
            "ar",
            "قتل ثلاثة أشخاص أمس في غارة على سيارة. وكانت غارة مماثلة في 4 آذار/مارس قد قتلت شخصين.",
            "2024-03-11",
        ),
    ],
)
def test_the_leads_date_beats_an_earlier_attacks_day_and_month(lang: str, text: str, start: str) -> None:
    assert _date(text, lang).start == start


def test_without_a_reference_the_lead_gets_no_preference() -> None:
    # no publication date: "domingo" gives no day, the written day and month stays the answer
    text = (
        "Homens armados mataram quatro agricultores no domingo. Outro ataque, a 3 de março, fez dois mortos."
    )
    assert _date(text, "pt", None).start == "XXXX-03-03"


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        (
            "pt",
            "Cinco civis morreram num ataque de drones no sábado, revelou hoje a organização.",
            "2024-03-09",
        ),
        (
            "ru",
            "Пять человек погибли при обстреле в понедельник, 11 марта, сообщили во вторник власти.",
            "2024-03-11",
        ),
        (
            "es",
            "Un ataque con explosivos mató a tres policías el pasado domingo, informaron este martes.",
            "2024-03-10",
        ),
    ],
)
def test_a_reporting_verb_after_a_comma_reports_the_clause(lang: str, text: str, start: str) -> None:
    # with a day and month of another attack further on, the lead's date must not be a reporting one
    later = {
        "pt": " Em 2 de março, outro ataque matou dois civis.",
        "ru": " 2 марта при другом обстреле погибли двое.",
        "es": " El 2 de marzo otro ataque mató a dos civiles.",
    }
    assert _date(text + later[lang], lang).start == start


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        (
            "pt",
            "As vítimas do ataque a tiros foram enterradas na segunda-feira (11); o ataque ocorreu no sábado (9).",
            "2024-03-09",
        ),
        (
            "ru",
            "Погибших при обстреле похоронили 11 марта. Обстрел произошел в субботу, 9 марта.",
            "2024-03-09",
        ),
        (
            "uk",
            "Поховали загиблих від удару дрона у понеділок. Удар стався минулої суботи.",
            "2024-03-09",
        ),
        (
            "es",
            "Tras los funerales del lunes 11 de marzo, el barrio sigue conmocionado por el ataque del sábado que mató a tres.",
            "2024-03-09",
        ),
    ],
)
def test_a_funerals_day_is_not_the_attacks(lang: str, text: str, start: str) -> None:
    assert _date(text, lang).start == start


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("fr", "Des rebelles ont tué 14 civils dans la nuit de samedi 9 à dimanche 10 mars.", "2024-03-10"),
        (
            "fr",
            "Des rebelles ont tué 14 civils dans la nuit de samedi 9 à dimanche 10 dans un village.",
            "2024-03-10",
        ),
        ("pt", "Um ataque a tiros deixou três mortos na madrugada de domingo 10 num bar.", "2024-03-10"),
        # a time after the number is no day
        ("fr", "Une frappe a tué deux civils samedi 21h près du port.", "2024-03-09"),
    ],
)
def test_a_weekdays_day_number_right_after_it(lang: str, text: str, start: str) -> None:
    assert _date(text, lang).start == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Um tiroteio no último final de semana deixou dois mortos em uma festa.", "2024-03-09"),
        (
            "Um ataque de drones matou dois civis esta madrugada. Em 2 de março, outro ataque matou um homem.",
            "2024-03-12",
        ),
        ("Homens armados mataram três pessoas na noite passada numa aldeia.", "2024-03-11"),
    ],
)
def test_portuguese_weekend_and_night_phrases(text: str, start: str) -> None:
    assert _date(text, "pt").start == start


def test_a_range_word_that_is_also_a_verb_of_saying_stays_a_range() -> None:
    # "بين" is "between" and, unvowelled, "he showed": the range's days are the incident's
    text = "قتل خمسة أشخاص في غارات بين 3 و5 آذار على القرية. وفي 1 آذار قتل شخصان."
    got = _date(text, "ar")
    assert (got.start, got.end) == ("2024-03-03", "2024-03-05")


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        # the reporting verb stands next to "today"; the weekday joined to it was said too
        (
            "ar",
            "قالت لجنة مقاومة الحي، اليوم الثلاثاء، إن 20 مدنيا قتلوا مساء السبت الماضي في هجوم على قرية.",
            "2024-03-09",
        ),
        (
            "fr",
            "L'ONG a indiqué dans un communiqué aujourd'hui mardi que 20 civils ont été tués samedi soir.",
            "2024-03-09",
        ),
    ],
)
def test_a_reporting_verb_dates_its_whole_phrase(lang: str, text: str, start: str) -> None:
    assert _date(text, lang).start == start


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        (
            "pt",
            "Em 14 de março de 2023, seis moradores foram mortos na aldeia. Um ano depois, a aldeia voltou "
            "a ser atacada: três moradores foram mortos a tiros no domingo.",
            "2024-03-10",
        ),
        (
            "fr",
            "Un an jour pour jour après l'attaque qui avait fait onze morts le 11 mars 2023, une kamikaze s'est "
            "fait exploser hier soir sur le marché, tuant quatre personnes.",
            "2024-03-11",
        ),
    ],
)
def test_a_date_a_year_old_gives_way_to_a_recent_one(lang: str, text: str, start: str) -> None:
    assert _date(text, lang).start == start


def test_a_year_old_date_alone_is_still_the_incidents() -> None:
    # a report published long after: nothing recent is dated, the old date stands
    text = "Em 14 de março de 2023, seis moradores foram mortos na aldeia, diz o relatório."
    assert _date(text, "pt").start == "2023-03-14"


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        (
            "fr",
            "GOMA, 12 mars 2024 - Au moins neuf personnes ont péri dimanche dans un bombardement.",
            "2024-03-10",
        ),
        (
            "fr",
            "Paris, le 12 mars 2024 – L'ONG condamne l'attaque menée lundi contre l'hôpital, qui a fait six morts.",
            "2024-03-11",
        ),
        ("ar", "بغداد – 12 آذار: قتل ثلاثة مدنيين بانفجار عبوة ناسفة يوم الجمعة الماضي.", "2024-03-08"),
    ],
)
def test_datelines_with_a_dash_a_colon_or_a_linker(lang: str, text: str, start: str) -> None:
    assert _date(text, lang).start == start


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        # a dateline closed by a full stop is the filing day: the lead's weekday dates the attack
        (
            "ru",
            "Обстрел рынка\n\nСЕВЕРСК, 12 марта. Два человека погибли во вторник при обстреле рынка.",
            "2024-03-12",
        ),
        (
            "ru",
            "Обстрел рынка\n\nНОВОГОРСК, 12 марта. Два человека погибли в воскресенье при обстреле рынка.",
            "2024-03-10",
        ),
        (
            "uk",
            "Удар по вокзалу\n\nЛІСОВЕ, 12 березня. Троє людей загинули в неділю внаслідок удару по вокзалу.",
            "2024-03-10",
        ),
        (
            "fr",
            "Embuscade meurtrière\n\nPort-Neuf, 12 mars. Trois civils ont été tués samedi dans une embuscade.",
            "2024-03-09",
        ),
        # no place before the comma: the day is the text's own
        (
            "ru",
            "Обстрел рынка\n\nВ воскресенье, 3 марта. Два человека погибли при обстреле рынка.",
            "2024-03-03",
        ),
        ("ru", "Обстрел рынка\n\nВчера, 3 марта. Два человека погибли при обстреле рынка.", "2024-03-03"),
    ],
)
def test_a_dateline_closed_by_a_full_stop_is_the_filing_day(lang: str, text: str, start: str) -> None:
    assert _date(text, lang).start == start


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        # "after" opening a clause: the clause's weekday is the incident's, not a bound
        (
            "ru",
            "Губернатор обвинил армию в обстреле города после того, как в воскресенье снаряд убил двух человек.",
            "2024-03-10",
        ),
        (
            "uk",
            "Мер звинуватив армію в ударі по місту після того як у неділю ракета вбила двох людей.",
            "2024-03-10",
        ),
    ],
)
def test_after_opening_a_clause_is_no_bound(lang: str, text: str, start: str) -> None:
    assert _date(text, lang).start == start


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        # a request is said, not done
        (
            "pt",
            "O MPF pediu nesta terça-feira (12) que a polícia investigue o ataque a tiros do último domingo (10), "
            "que deixou dois feridos.",
            "2024-03-10",
        ),
        # an arrest is the aftermath, like a funeral
        (
            "pt",
            "A polícia prendeu nesta terça-feira (12) um suspeito do ataque que matou dois homens. O crime "
            "aconteceu no dia 8, quando o grupo chegou de moto.",
            "2024-03-08",
        ),
        (
            "fr",
            "Deux suspects ont été interpellés lundi après l'attaque qui a tué trois civils. L'attaque, survenue "
            "le 8 mars, n'a pas été revendiquée.",
            "2024-03-08",
        ),
        ("ar", "قتل 23 مدنيا في هجوم على قرية أمس الأول.", "2024-03-10"),
        # a claim of responsibility is a statement: when it was made
        (
            "fr",
            "Le groupe a revendiqué dimanche l'attaque. Selon une source humanitaire, au moins 40 personnes "
            "ont été tuées samedi dans le village.",
            "2024-03-09",
        ),
    ],
)
def test_requests_claims_arrests_and_the_day_before_yesterday(lang: str, text: str, start: str) -> None:
    assert _date(text, lang).start == start


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        (
            "pt",
            "Parentes protestaram na segunda-feira contra a morte de três jovens. O crime aconteceu no dia 9, "
            "quando homens armados atiraram contra o grupo.",
            "2024-03-09",
        ),
        (
            "es",
            "Familiares protestaron el lunes por la muerte de tres jóvenes. El ataque ocurrió el día 9, cuando "
            "hombres armados dispararon contra el grupo.",
            "2024-03-09",
        ),
    ],
)
def test_a_verb_of_happening_dates_the_incident(lang: str, text: str, start: str) -> None:
    assert _date(text, lang).start == start


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("fr", "Une frappe aérienne a tué dimanche 12 civils dans le nord du pays.", "2024-03-10"),
        ("pt", "Um bombardeamento matou esta terça-feira 20 pessoas num campo de refugiados.", "2024-03-12"),
        ("es", "Un bombardeo mató el domingo 12 civiles en el norte del país.", "2024-03-10"),
        ("ru", "Авиаудар убил в воскресенье 12 мирных жителей.", "2024-03-10"),
        ("ar", "قتلت غارة جوية الأحد 12 مدنيا في شمال البلاد.", "2024-03-10"),
    ],
)
def test_a_count_after_a_weekday_is_no_day(lang: str, text: str, start: str) -> None:
    assert _date(text, lang).start == start


def test_an_accusation_is_a_statement() -> None:
    text = "O Presidente acusou hoje a Rússia pelo ataque de sábado, que matou 14 pessoas."
    assert _date(text, "pt").start == "2024-03-09"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "CITY, date - ": the day the report was filed; the lead's weekday is the incident's
        ("fr", "Titre\n\nVELDA, 12 mars - Une frappe a tué onze personnes dimanche soir dans un immeuble."),
        ("es", "Titular\n\nVELDA, 12 mar - Un ataque mató a seis civiles el domingo en un mercado."),
        ("ru", "Заголовок\n\nВЕЛДА, 12 марта - В воскресенье в результате удара погибли пять человек."),
        (
            "de",
            "Titel\n\nVELDA, 12. März - Bei einem Luftangriff am Sonntag wurden sieben Zivilisten getötet.",
        ),
        # the Arabic comma heads a dateline as the Latin one does
        ("ar", "عنوان\n\nفيلدا، 12 آذار - قتل خمسة مدنيين يوم الأحد في غارة جوية على سوق."),
    ],
)
def test_a_dated_dateline_with_a_hyphen_is_the_filing_day(lang: str, text: str) -> None:
    assert _date(text, lang).start == "2024-03-10"
