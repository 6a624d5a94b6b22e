"""The offline gazetteer: name keys and lookups (sentences and names written for these tests)."""

from __future__ import annotations

import pytest

from harmwatch.extract.lang import load_pack
from harmwatch.extract.places.gazetteer import (
    LARGE_CITY,
    _latin_key,
    _subdivisions,
    clean_admin1,
    get_gazetteer,
    inflect,
    name_key,
    script_of,
    skeleton,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sana'a", "Sanaa"),
        ("Sana\u2019a", "SANAA"),
        ("Dar al-Qorba", "Dar el Qorba"),
        ("Al-Qorbeida", "Qorbeida"),
        ("Pont-Vellm\u00e9", "pont vellme"),
    ],
)
def test_name_key_ignores_case_accents_apostrophes_articles(a, b):
    assert name_key(a) == name_key(b)


def test_name_key_keeps_different_names_apart():
    assert name_key("Homs") != name_key("Hama")


def test_skeleton_tolerates_transliteration():
    assert skeleton("Tell Qorbeikhoun") == skeleton("Tell Qorbaykhun") == "tl qrbkhn"
    assert skeleton("Qorbia") == skeleton("Qorbya")


def test_clean_admin1():
    assert clean_admin1("Basra Governorate") == "Basra"
    assert clean_admin1("Muhafazat Kirkuk") == "Kirkuk"
    assert clean_admin1("Orange Free State") == "Orange Free State"


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


def test_lookup_spellings_of_one_city(gaz):
    for spelling in ("Sanaa", "Sana'a", "Sana"):
        cities = [p for p in gaz.lookup(spelling) if p.kind == "city" and p.country == "YE"]
        assert cities and cities[0].name == "Sanaa"
    assert {p.country for p in gaz.lookup("Nablus")} == {"PS"}

    def cities(name):
        return [p for p in gaz.lookup(name) if p.kind == "city"]

    assert cities("Nabulus") == cities("Nablus")


def test_lookup_gives_admin1_names(gaz):
    aleppo = next(p for p in gaz.lookup("Aleppo") if p.kind == "city")
    assert (aleppo.country, aleppo.admin1) == ("SY", "Aleppo")
    kramatorsk = gaz.lookup("Kramatorsk")[0]
    assert (kramatorsk.country, kramatorsk.admin1) == ("UA", "Donetsk")


def test_lookup_by_skeleton_only_when_asked(gaz):
    assert [p.name for p in gaz.lookup("Kafr Nabl")] == ["Kafranbel"]
    assert gaz.lookup("Kafr Noubl", fuzzy=False) == ()
    assert gaz.lookup("Kafr Noubl")[0].country == "SY"


def test_countries_and_aliases(gaz):
    assert gaz.country("sy").name == "Syria"
    assert gaz.country("ZZ") is None
    assert gaz.lookup("DRC")[0].country == "CD"
    assert gaz.lookup("U.S.")[0].kind == "country"


def test_unknown_names(gaz):
    assert gaz.lookup("Qqxzvillebury") == ()
    assert gaz.lookup("  ") == ()


def test_iso_subdivisions_are_provinces(gaz):
    # provinces GeoNames' older admin1 table lacks, under their ISO 3166-2 names
    assert [(p.country, p.kind) for p in gaz.lookup("Ituri", fuzzy=False)] == [("CD", "admin1")]
    samar = [p for p in gaz.lookup("Samar", fuzzy=False) if p.kind == "admin1"]
    assert [(p.country, p.admin1) for p in samar] == [("PH", "Eastern Visayas")]


def test_generic_subdivision_words_are_not_places():
    subs = _subdivisions()
    assert ("SD", "South Darfur", "South Darfur") in subs
    assert not [s for s in subs if s[1] in ("Northern", "Central", "Lakes")]
    assert ("PH", "Bicol", "Bicol") in subs  # "(Region V)" dropped


def test_english_province_names(gaz):
    assert [(p.name, p.country) for p in gaz.lookup("Saladin", fuzzy=False)] == [("Salah al-Din", "IQ")]
    assert ("SY", "admin1") in {(p.country, p.kind) for p in gaz.lookup("Rural Damascus", fuzzy=False)}


# ---------- names in every script (tier 1: seen by find(), never by the English lookup()) ----------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Київ", "КИЇВ"),  # case
        ("الرقّة", "الرقة"),  # a vowel mark (shadda)
        ("الرقة", "رقة"),  # the article
        ("إدلب", "ادلب"),  # hamza on alef
        ("Ёлкино", "Елкино"),
    ],
)
def test_name_key_in_other_scripts(a, b):
    assert name_key(a) == name_key(b)
    assert name_key(a)  # the letters are kept, not dropped as outside a-z


def test_name_key_of_latin_names_is_unchanged():
    assert name_key("Sana'a") == _latin_key("Sana'a") == "sanaa"
    assert name_key("Pont-Vellmé") == "pont vellme"


def test_script_of():
    assert script_of("Kharkiv") is None
    assert script_of("Pont-Vellmé") is None
    assert script_of("Харків") == "CYRILLIC"
    assert script_of("حلب") == "ARABIC"


def _table(code):
    return load_pack(code).table("places", "inflection")


def test_inflect_ukrainian_with_vowel_alternation():
    forms = inflect("Харків", _table("uk"))
    assert {"Харкова", "Харкові", "Харковом"} <= set(forms)
    assert "Кривому Розі" in inflect("Кривий Ріг", _table("uk"))
    assert {"Бородянці", "Бородянку", "Бородянкою"} <= set(inflect("Бородянка", _table("uk")))


def test_inflect_russian():
    assert {"Ивановке", "Ивановки", "Ивановкой"} <= set(inflect("Ивановка", _table("ru")))
    assert {"Бахмуте", "Бахмута"} <= set(inflect("Бахмут", _table("ru")))
    assert "Новой Каховке" in inflect("Новая Каховка", _table("ru"))
    assert "на" in " ".join(inflect("Ростов на Дону", _table("ru")))  # short words kept


def test_inflect_prefers_the_specific_ending():
    # 'Харків' reaches 'Харкові' through the -ів ending, a consonant-final name only through ""
    table = _table("uk")
    assert inflect("Харків", table)["Харкові"] > inflect("Харков", table)["Харкові"]


def test_find_cyrillic_case_forms(gaz):
    found = gaz.find("Харкові")
    assert found and found[0].place.country == "UA" and found[0].inflected
    assert found[0].form == "Харків"
    assert gaz.find("Харків")[0].inflected is False


def test_find_arabic_names(gaz):
    assert any(f.place.country == "SY" for f in gaz.find("حلب"))
    assert {f.place.country for f in gaz.find("الرقة")} == {f.place.country for f in gaz.find("رقة")}


def test_foreign_script_names_of_small_places_are_dropped(gaz):
    # an Arabic or Cyrillic name counts only where that script is written, or for a big city
    for word in ("وكان", "الأمن"):
        assert all(
            f.place.country
            in {
                "SA",
                "EG",
                "SY",
                "IQ",
                "JO",
                "LB",
                "YE",
                "PS",
                "SD",
                "LY",
                "DZ",
                "MA",
                "TN",
                "AE",
                "QA",
                "KW",
                "BH",
                "OM",
                "MR",
                "IR",
                "AF",
                "PK",
                "IL",
                "TD",
                "ER",
                "DJ",
                "SO",
                "KM",
                "EH",
            }
            or f.place.population >= LARGE_CITY
            for f in gaz.find(word)
        )


def test_english_lookup_never_sees_tier_one(gaz):
    import sqlite3

    con = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True)
    rows = con.execute(
        "SELECT a.key, p.name, p.country FROM alias a JOIN place p ON p.id = a.place"
        " WHERE p.tier = 1 AND a.tier = 1 AND a.form IS NULL LIMIT 40"
    ).fetchall()
    scripts = con.execute("SELECT a.key FROM alias a WHERE a.tier = 2 LIMIT 40").fetchall()
    con.close()
    assert rows and scripts
    for key, name, country in rows:  # a town of 500 to 1,000 people: find() has it, lookup() not
        assert any(f.place.name == name and f.place.country == country and f.small for f in gaz.find(key))
        assert not any(p.name == name and p.country == country for p in gaz.lookup(key))
    for (key,) in scripts:  # a Cyrillic case form
        assert gaz.find(key) and not gaz.lookup(key)


def test_index_version_changes_with_its_data(monkeypatch):
    import importlib

    g = importlib.import_module("harmwatch.extract.places.gazetteer")
    before = g._index_version()
    g._index_version.cache_clear()
    monkeypatch.setattr(g, "_country_scripts_raw", lambda: {"XX": ["CYRILLIC"]})
    try:
        assert g._index_version() != before
    finally:
        g._index_version.cache_clear()
