"""Places in every language and script (sentences written for these tests)."""

from __future__ import annotations

import pytest
import spacy

from harmwatch.extract.context import DocContext
from harmwatch.extract.generic.places import find_places

SPACY_LANGS = {"en", "fr", "es", "de", "pt", "ru", "uk", "ar"}


def _places(text: str, lang: str):
    nlp = spacy.blank(lang if lang in SPACY_LANGS else "xx")
    ctx = DocContext(text=text, doc=nlp(text), published=None, language=lang)
    found = find_places(ctx)
    for loc in found:  # every place's span slices the text to its words
        if loc.span is not None:
            assert text[loc.span.start : loc.span.end] == loc.text
    return found


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        (
            "fr",
            "Au moins douze civils ont été tués dans la localité de Djibo, au Burkina Faso.",
            "Djibo",
            "BF",
        ),
        ("fr", "Une frappe a visé un marché à Goma, dans l'est de la RDC.", "Goma", "CD"),
        (
            "es",
            "Cinco personas murieron en un ataque en la localidad de Aguililla, México.",
            "Aguililla",
            "MX",
        ),
        (
            "pt",
            "Insurgentes atacaram a vila de Ilha de Moçambique, matando sete civis.",
            "Ilha de Moçambique",
            "MZ",
        ),
        (
            "de",
            "Bei einem Raketenangriff auf die Stadt Dnipro sind zehn Menschen getötet worden.",
            "Dnipro",
            "UA",
        ),
        ("de", "In Charkiw wurden bei einem Angriff drei Menschen verletzt.", "Charkiw", "UA"),
        ("uk", "Російська ракета влучила в житловий будинок у Харкові.", "Харків", "UA"),
        ("uk", "Внаслідок удару по Кривому Рогу загинули четверо людей.", "Кривий Ріг", "UA"),
        ("ru", "В результате обстрела Донецка погибли двое мирных жителей.", "Донецк", "UA"),
        ("ru", "Авиаудар по Идлибу унёс жизни пяти человек, сообщают в Сирии.", "Идлиб", "SY"),
        ("ar", "قتل خمسة مدنيين في غارة جوية على مدينة إدلب شمال غربي سوريا.", "إدلب", "SY"),
        ("ar", "وقالت مصادر محلية إن الانفجار وقع بحلب صباح اليوم.", "حلب", "SY"),
    ],
)
def test_first_place_in_each_language(lang, text, name, country):
    found = _places(text, lang)
    assert found, text
    assert (found[0].name, found[0].country) == (name, country)


def test_inflected_name_keeps_the_text_and_gives_the_base_form():
    text = "Уночі ворог атакував дронами Одесу. У Одесі пошкоджено енергетичну інфраструктуру."
    first = _places(text, "uk")[0]
    assert first.name == "Одеса" and first.country == "UA"
    assert first.text in ("Одесу", "Одесі")
    assert "Odesa" in first.aliases  # the gazetteer's name, for linking across languages


def test_arabic_clitic_prefix_is_left_out_of_the_span():
    text = "وأفاد شهود بأن القصف طال بحلب حيا سكنيا."
    first = _places(text, "ar")[0]
    assert first.text == "حلب" and first.name == "حلب"


def test_country_comes_last_in_the_language_of_the_report():
    found = _places("Un ataque con drones mató a tres civiles en Járkov, en el este de Ucrania.", "es")
    assert found[-1].kind == "country" and found[-1].country == "UA"
    assert found[-1].name == "Ucrania"
    found = _places("Ракета влучила у будинок в Одесі.", "uk")
    assert found[-1].kind == "country" and found[-1].name == "Україна"


def test_the_report_country_beats_the_perpetrator_country():
    text = (
        "Российские войска нанесли ракетный удар по городу Краматорск. "
        "Россия не комментирует удар. Погибли три человека."
    )
    found = _places(text, "ru")
    assert found[0].country == "UA"
    assert found[-1].country == "UA"


def test_a_far_bigger_namesake_abroad_is_not_moved_into_the_report_country():
    # New York is also a village of Ukraine; the city of millions is meant here
    found = _places("Die Ukraine legte in New York bei den Vereinten Nationen Beweise vor.", "de")
    assert not any(p.name == "New York" and p.country == "UA" for p in found)


def test_a_village_the_gazetteer_lacks_is_taken_after_a_place_noun():
    text = "Des hommes armés ont attaqué le village de Zorvakilo, dans la province du Soum, au Burkina Faso."
    found = _places(text, "fr")
    assert found[0].name == "Zorvakilo" and found[0].kind == "place" and found[0].country == "BF"
    text = "Бойовики обстріляли село Зорвакилове на Донеччині, повідомили в Україні."
    assert _places(text, "uk")[0].name == "Зорвакилове"
    text = "هاجم مسلحون قرية زورفاكيلو في السودان."
    assert _places(text, "ar")[0].name == "زورفاكيلو"


def test_elided_article_before_a_name():
    found = _places("Le massacre du village d’Zorvakilo a fait douze morts au Mali.", "fr")
    assert found[0].name == "Zorvakilo" and found[0].text == "Zorvakilo"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Arabic common words that are also foreign place names ('وكان' and Cannes, 'الأمن' and Emmen)
        ("ar", "وكان الأمن قد انتشر في الشوارع بعد الاجتماع."),
        # capitalised German nouns and sentence starts are not places without a cue
        ("de", "Die Welt berichtet über Kinder und Boden. Laut Angaben gab es Hier keine Beweise."),
        # a brand or an acronym after a locative is no village
        ("fr", "Le communiqué a été transmis à AlterInfos et à RNDH hier soir."),
        # a word in another script than its cue: a brand
        ("ru", "Об этом он написал в Telegram."),
    ],
)
def test_common_words_are_not_places(lang, text):
    assert _places(text, lang) == ()


def test_a_first_name_is_not_the_town_it_also_names():
    found = _places("Мэр Александр Гончаренко заявил о трёх погибших.", "ru")
    assert not any(p.kind == "city" for p in found)


def test_a_region_noun_makes_a_province():
    text = "Ракетный удар по городу Миргород Полтавской области унёс жизни пяти человек."
    found = _places(text, "ru")
    assert found[0].name == "Миргород" and found[0].country == "UA"
    assert all("Полтавск" not in p.name for p in found if p.kind == "city")


def test_unsupported_language_gets_gazetteer_places():
    found = _places("Mashambulizi yalitokea Goma na Bukavu.", "sw")
    assert {p.country for p in found} == {"CD"}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "fr",
            "Douze civils tués près de Kourbala, à 20 kilomètres de Ouahigouya\n"
            "Les assaillants venaient du nord, à 20 kilomètres de Ouahigouya, selon un élu.",
            "Kourbala",
        ),
        (
            "uk",
            "Троє людей загинули в Степанівці, за 30 км від Харкова\n"
            "Село лежить за 30 км від Харкова, повідомили в обласній адміністрації.",
            "Степанівка",
        ),
    ],
)
def test_a_reference_point_is_not_the_place_of_the_incident(lang, text, name):
    found = _places(text, lang)
    assert found and found[0].name == name


def test_an_arabic_name_with_its_article_in_latin_script():
    found = _places("Des paramilitaires ont tué des dizaines d'habitants à Wad al-Qorra, au Soudan.", "fr")
    assert found and found[0].name == "Wad al-Qorra"


def test_a_cued_name_known_only_abroad_is_a_place_of_the_report_country():
    # 'Solhan' is also a Turkish town: after 'à' in a Burkinabè report it is a local village
    text = "Des hommes armés ont tué des civils à Solhan, dans la province du Yagha, au Burkina Faso."
    found = _places(text, "fr")
    assert found and (found[0].name, found[0].country) == ("Solhan", "BF")


def test_a_person_after_a_place_noun_is_not_a_village():
    text = "Военные похитили мэра города Петра Сидоренко в Мелитополе, сообщили местные власти."
    names = [loc.name for loc in _places(text, "ru")]
    assert "Петра" not in names and names[0] == "Мелитополь"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "Um míssil caiu sobre a cidade ucraniana de Lutsk ao fim da tarde.\n\n"
            "De resto, nos arredores de Kiev, duas pessoas ficaram feridas num outro ataque.",
        ),
        (
            "fr",
            "Un missile a frappé la ville ukrainienne de Lutsk dans la soirée.\n\n"
            "Par ailleurs, près de Kiev, deux personnes ont été blessées dans une autre attaque.",
        ),
        (
            "es",
            "Un misil cayó sobre la ciudad ucraniana de Lutsk por la tarde.\n\n"
            "Además, cerca de Kiev, dos personas resultaron heridas en otro ataque.",
        ),
    ],
)
def test_a_place_noun_with_its_adjective_cues_the_name_after_de(lang, text):
    # 'la ville ukrainienne de X' is as much a cue as 'la ville de X'
    assert _places(text, lang)[0].name == "Lutsk"


def test_a_name_of_several_words_spelt_another_way_is_found_by_its_skeleton():
    found = _places("Cinco pessoas morreram num ataque em Kamyanets Podilskyy, no oeste da Ucrânia.", "pt")
    assert (found[0].text, found[0].country) == ("Kamyanets Podilskyy", "UA")
    assert found[0].lat is not None


def test_a_common_word_after_a_clitic_preposition_is_no_town_abroad():
    # "بالوجه" ("in the face") also spells a small Saudi town; the report's demonyms say Lebanon
    text = (
        "قالت وزارة الصحة اللبنانية إن خمسة مدنيين قتلوا في غارة ليلية، وإن أحد الجرحى أصيب بالوجه "
        "وآخر بالصدر، فيما نقل الباقون إلى مستشفيات الجنوب اللبناني."
    )
    found = _places(text, "ar")
    assert all(loc.country == "LB" for loc in found)
    assert found[-1].kind == "country"


def test_demonyms_settle_a_name_shared_by_two_countries():
    # Tripoli: a city of Libya and of Lebanon; the report's demonyms say which
    text = "Trois civils libanais ont été tués dimanche à Tripoli, selon le ministère libanais de la Santé."
    found = _places(text, "fr")
    assert (found[0].text, found[0].country) == ("Tripoli", "LB")
    assert found[-1].country == "LB"


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # "on the outskirts of X", "in the streets of X": a part of the town is where it happened
        (
            "ru",
            "Обстрел на окраине Донецка\n"
            "Два человека погибли утром на окраине Донецка. Позже беженцы прибыли в город Макеевка.",
            "Донецк",
        ),
        (
            "uk",
            "Обстріл на околиці Харкова\n"
            "Двоє людей загинули вранці на околиці Харкова. Згодом поранених перевезли до міста Чугуїв.",
            "Харків",
        ),
    ],
)
def test_a_part_of_a_town_cues_the_town(lang, text, name):
    found = _places(text, lang)
    assert found and found[0].name == name


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        # a place noun after a locative: two capitalised words are the village, not a person
        (
            "ru",
            "В селе Кварова Балка под Белгородом дрон атаковал автомобиль, погиб мужчина.",
            "Кварова Балка",
            "RU",
        ),
        (
            "uk",
            "У селі Кварова Балка під Харковом дрон влучив у будинок, загинула жінка.",
            "Кварова Балка",
            "UA",
        ),
        # a name's head word ('أم') takes the next word; 'بولاية' puts it in a state, not a region
        ("ar", "قتل تسعة مدنيين في هجوم على قرية أم قورب بولاية سنار في السودان.", "أم قورب", "SD"),
        # a country's name after a settlement noun names a town of the report's country
        (
            "es",
            "Dos campesinos murieron en la vereda Qorbal, zona rural del municipio de Argelia, en el "
            "Cauca, informaron las autoridades de Popayán y Bogotá.",
            "Qorbal",
            "CO",
        ),
    ],
)
def test_small_cued_places_in_the_report_country(lang, text, name, country):
    found = _places(text, lang)
    assert (found[0].name, found[0].country) == (name, country)
    assert found[-1].kind == "country" and found[-1].country == country


def test_the_head_of_a_village_is_still_a_person():
    found = _places("Глава села Александр Кворов рассказал, что в Белгороде ранены двое.", "ru")
    assert "Александр Кворов" not in [loc.name for loc in found]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "es",
            "Hombres armados atacaron una vivienda de la colonia Las Qorbas, en Culiacán, Sinaloa.",
            "Las Qorbas",
        ),
        (
            "fr",
            "Des hommes armés ont attaqué le village de La Qorbe, près de Goma, au Nord-Kivu.",
            "La Qorbe",
        ),
    ],
)
def test_a_capitalised_article_after_a_place_noun_begins_the_name(lang, text, name):
    assert _places(text, lang)[0].name == name
