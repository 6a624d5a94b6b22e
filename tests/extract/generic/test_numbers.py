"""Numbers in every pack language: digits per convention, words, vague nouns; times, dates, years never."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from harmwatch.extract.generic.numbers import NumberMention, find_numbers


def _found(text: str, lang: str) -> list[tuple[str, int, str]]:
    return [(text[m.start : m.end], m.value, m.kind) for m in find_numbers(text, lang)]


def _values(text: str, lang: str) -> list[int]:
    return [m.value for m in find_numbers(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # thousand separators as each language writes them
        ("fr", "On compte 1 200 blessés.", [1200]),
        ("fr", "On compte 1\u202f200 blessés.", [1200]),
        ("de", "Mehr als 1.000 Verletzte.", [1000]),
        ("es", "Más de 1.500 heridos.", [1500]),
        ("es", "Más de 2,000 muertos en el estado.", [2000]),
        ("pt", "Cerca de 1.200 feridos.", [1200]),
        ("ru", "Ранены 1 500 человек.", [1500]),
        ("uk", "Поранено 2 300 осіб.", [2300]),
        ("ar", "أصيب ١٬٢٠٠ شخص", [1200]),
        ("ar", "قتل ٢٣ شخصا", [23]),
        ("ar", "قتل ۲۳ شخصا", [23]),
        # a scale word after digits
        ("fr", "3,5 millions de déplacés", [3500000]),
        ("es", "10 mil desplazados", [10000]),
        ("de", "2 Millionen Flüchtlinge", [2000000]),
        ("ru", "5 тыс. беженцев", [5000]),
        ("ar", "نزوح 3 آلاف شخص", [3000]),
        # Russian digits with case endings
        ("ru", "гибель 5-ти человек", [5]),
    ],
)
def test_digits(lang: str, text: str, expected: list[int]) -> None:
    assert _values(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'explosion a eu lieu à 21h30."),
        ("fr", "L'explosion a eu lieu à 21:55."),
        ("fr", "Vers 21 heures, la frappe."),
        ("de", "Der Angriff begann um 21.55 Uhr."),
        ("de", "Um 21 Uhr explodierte die Bombe."),
        ("es", "El ataque ocurrió a las 21:55."),
        ("ru", "Взрыв прогремел в 21:55."),
        ("uk", "Вибух пролунав о 21:55."),
        ("uk", "Вибух пролунав о 5 ранку."),
        ("ar", "وقع الانفجار الساعة 10 صباحا"),
        # dates and years
        ("fr", "La frappe du 3 mars 2024."),
        ("fr", "Les combats en 2014."),
        ("de", "Der Anschlag vom 3. März 2024."),
        ("de", "Der Anschlag vom 03.03.2024."),
        ("de", "Im Jahr 2014 begann der Krieg."),
        ("es", "El ataque del 3 de marzo de 2024."),
        ("pt", "O ataque de 3 de março de 2024."),
        ("ru", "Удар 3 марта 2024 года."),
        ("ru", "Война началась в 2014 году."),
        ("uk", "Удар 3 березня 2024 року."),
        ("ar", "الهجوم في 3 آذار 2024"),
        ("ar", "الهجوم في 3 مارس"),
        ("ar", "منذ عام 2011"),
        # percentages, ordinals, numbers glued to letters
        ("fr", "Hausse de 45 % des prix."),
        ("de", "45 Prozent der Bevölkerung."),
        ("fr", "Le 3e arrondissement."),
        ("ru", "3-й батальон."),
        ("es", "Tramo de 5km."),
    ],
)
def test_never_figures(lang: str, text: str) -> None:
    assert _values(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "words", "value"),
    [
        ("fr", "Vingt-trois personnes ont été tuées.", "Vingt-trois", 23),
        ("fr", "Deux cent cinquante civils.", "Deux cent cinquante", 250),
        ("fr", "Quatre-vingt-dix morts.", "Quatre-vingt-dix", 90),
        ("es", "Murieron veintitrés personas.", "veintitrés", 23),
        ("es", "Murieron treinta y dos soldados.", "treinta y dos", 32),
        ("es", "Murieron veintiún soldados.", "veintiún", 21),
        ("fr", "Vingt-et-un morts.", "Vingt-et-un", 21),
        ("de", "Dreiundzwanzig Menschen starben.", "Dreiundzwanzig", 23),
        ("de", "Zweihundertfünfzig Verletzte.", "Zweihundertfünfzig", 250),
        ("pt", "Morreram vinte e três pessoas.", "vinte e três", 23),
        ("pt", "Cento e cinquenta feridos.", "Cento e cinquenta", 150),
        ("ru", "Погибли двадцать три человека.", "двадцать три", 23),
        ("ru", "гибель двадцати трёх человек", "двадцати трёх", 23),
        ("ru", "гибель трех человек", "трех", 3),
        ("ru", "Погибли трое военных.", "трое", 3),
        ("ru", "двадцать три тысячи беженцев", "двадцать три тысячи", 23000),
        ("uk", "загибель двадцяти трьох людей", "двадцяти трьох", 23),
        ("uk", "Загинули п’ятеро цивільних.", "п’ятеро", 5),
        ("uk", "Загинули двоє дітей.", "двоє", 2),
        ("ar", "مقتل خمسة وعشرين مدنيا", "خمسة وعشرين", 25),
        ("ar", "مقتل ثلاثة عشر طفلا", "ثلاثة عشر", 13),
        ("ar", "نزوح ثلاثة آلاف شخص", "ثلاثة آلاف", 3000),
        ("ar", "مقتل مئتي شخص", "مئتي", 200),
        ("ar", "قتل سبعة أشخاص", "سبعة", 7),
    ],
)
def test_number_words(lang: str, text: str, words: str, value: int) -> None:
    assert (words, value, "words") in _found(text, lang)


def test_one_as_article_is_marked() -> None:
    assert _found("Un homme a été tué.", "fr") == [("Un", 1, "article")]
    assert _found("Eine Frau wurde getötet.", "de") == [("Eine", 1, "article")]


VALUE_CASES = {
    "arabic one of is no number": (
        "مقتل أحد الأشخاص",
        "ar",
        [],
    ),
    "rough noun needs its determiner where the language has one": (
        "Il a été placé en quarantaine.",
        "fr",
        [],
    ),
    "rough noun needs its determiner where the language has one (2)": (
        "une quarantaine de blessés",
        "fr",
        [40],
    ),
    "ranges give both numbers": (
        "entre 20 et 30 morts",
        "fr",
        [20, 30],
    ),
    "ranges give both numbers (2)": (
        "20-30 Tote",
        "de",
        [20, 30],
    ),
    "a year without a cue is a number": (
        "Plus de 2000 personnes ont fui.",
        "fr",
        [2000],
    ),
    "a year without a cue is a number (2)": (
        "Más de 2000 personas huyeron.",
        "es",
        [2000],
    ),
    "arabic monday is not two": (
        "قصفت المدفعية البلدة يوم الاثنين",
        "ar",
        [],
    ),
    "arabic monday is not two (2)": (
        "قصفت المدفعية البلدة والإثنين",
        "ar",
        [],
    ),
    "arabic dual of a sound plural noun only in an": (
        "أصيب الصحافيان",
        "ar",
        [2],
    ),
    "arabic dual of a sound plural noun only in an (2)": (
        "أصيب الصحافيين",
        "ar",
        [],
    ),
    "year without a noun after it is no number": (
        "le génocide de 1994.",
        "fr",
        [],
    ),
    "year without a noun after it is no number (2)": (
        "entre 2013 e 2014 houve julgamentos",
        "pt",
        [],
    ),
    "year without a noun after it is no number (3)": (
        "Vellmić, geboren 1978 in Qorbnik",
        "de",
        [],
    ),
    "arabic ordinal teen is no number": (
        "في الثامن عشر من نيسان",
        "ar",
        [],
    ),
}


@pytest.mark.parametrize("case", VALUE_CASES)
def test_values(case):
    *args, expected = VALUE_CASES[case]
    assert _values(*args) == expected


@pytest.mark.parametrize(
    ("lang", "text", "words", "value", "open_ended"),
    [
        ("fr", "Des dizaines de blessés.", "Des dizaines", 12, True),
        ("fr", "des centaines de maisons", "des centaines", 100, True),
        ("fr", "des dizaines de milliers de personnes", "des dizaines de milliers", 10000, True),
        ("es", "Decenas de heridos.", "Decenas", 12, True),
        ("es", "cientos de familias", "cientos", 100, True),
        ("es", "decenas de miles de desplazados", "decenas de miles", 10000, True),
        ("de", "Dutzende Tote.", "Dutzende", 12, True),
        ("de", "ein Raum mit Dutzenden Toten", "Dutzenden", 12, True),
        ("de", "Hunderte Menschen", "Hunderte", 100, True),
        ("de", "Zehntausende flohen", "Zehntausende", 10000, True),
        ("pt", "Dezenas de feridos.", "Dezenas", 12, True),
        ("pt", "milhares de pessoas", "milhares", 1000, True),
        ("ru", "Десятки раненых.", "Десятки", 12, True),
        ("ru", "гибель десятков людей", "десятков", 12, True),
        ("ru", "сотни домов", "сотни", 100, True),
        ("ru", "десятки тысяч беженцев", "десятки тысяч", 10000, True),
        ("uk", "Десятки поранених.", "Десятки", 12, True),
        ("uk", "сотні людей", "сотні", 100, True),
        ("ar", "مقتل العشرات", "العشرات", 12, True),
        ("ar", "إصابة المئات", "المئات", 100, True),
        ("ar", "نزوح عشرات الآلاف", "عشرات الآلاف", 10000, True),
        # rough nouns: bounded, approximate
        ("fr", "une vingtaine d'enfants", "une vingtaine", 20, False),
        ("fr", "une dizaine de morts", "une dizaine", 10, False),
        ("es", "una veintena de niños", "una veintena", 20, False),
        ("pt", "uma dezena de crianças", "uma dezena", 10, False),
        ("de", "ein Dutzend Kinder", "ein Dutzend", 12, False),
        ("ru", "около десятка раненых", "десятка", 10, False),
        ("ru", "около двух десятков раненых", "двух десятков", 20, False),
        ("uk", "два десятки поранених", "два десятки", 20, False),
    ],
)
def test_vague_nouns(lang: str, text: str, words: str, value: int, open_ended: bool) -> None:
    got = [m for m in find_numbers(text, lang) if text[m.start : m.end] == words]
    assert got, _found(text, lang)
    m = got[0]
    assert (m.value, m.open_ended, m.max) == (value, open_ended, None if open_ended else value)
    assert m.vague == open_ended  # GOLD: open nouns are vague, rough ones approximate
    assert m.approximate == (not open_ended)
    assert m.approx_max == (None if open_ended else value)


def test_arabic_dual_is_two() -> None:
    assert _found("سقط قتيلان وجريحين", "ar") == [("قتيلان", 2, "dual"), ("وجريحين", 2, "dual")]
    assert _values("مقتل امرأتين", "ar") == [2]


# English has its own parse-based numbers module (its pack's numbers.json has another layout)
@pytest.mark.parametrize("lang", ["fr", "es", "de", "pt", "ru", "uk", "ar", "xx"])
def test_spans_slice_the_text(lang: str) -> None:
    text = (
        "Au moins 1 200 morts, vingt-trois blessés; 3 mars 2024 à 21:55. Dutzende Tote, dreiundzwanzig. "
        "Погибли двадцать три, десятки тысяч. Загинули п'ятеро. مقتل العشرات وقتيلان و٢٣ شخصا."
    )
    for m in find_numbers(text, lang):
        assert isinstance(m, NumberMention)
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end].strip() == text[m.start : m.end]


def test_arabic_clitic_on_digits() -> None:
    assert _found("قتل 12 شخصا و110 جرحى", "ar") == [("12", 12, "digits"), ("110", 110, "digits")]


@pytest.mark.parametrize(
    ("lang", "text", "words", "value"),
    [
        ("de", "mehrere hundert Menschen flohen", "mehrere hundert", 100),
        ("de", "einige tausend Soldaten", "einige tausend", 1000),
        ("de", "einige Dutzend Tote", "einige Dutzend", 12),
    ],
)
def test_several_hundred_is_vague(lang: str, text: str, words: str, value: int) -> None:
    got = [m for m in find_numbers(text, lang) if text[m.start : m.end] == words]
    assert got and got[0].value == value and got[0].vague and got[0].max is None


_ALPHABET = "0123456789٠١٢٣ .,:-–/%'’ \n\u00a0abcdehmrsuéàüß" + "двадцятьтрихсо" + "قتلعشراتالآفو"


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=_ALPHABET, max_size=80),
    lang=st.sampled_from(["fr", "es", "de", "pt", "ru", "uk", "ar", "xx"]),
)
def test_any_text_gives_mentions_inside_it(text: str, lang: str) -> None:
    for m in find_numbers(text, lang):
        assert 0 <= m.start < m.end <= len(text)
        assert m.value >= 0
