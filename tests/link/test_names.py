from __future__ import annotations

import pytest

from harmwatch.link.names import is_country_level, name_key, perp_tokens
from harmwatch.records import Location


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Qorrada", "Qorada"),
        ("Qorbaya refugee camp", "Qorbaia camp"),
        ("Tell Qorbeikhoun", "Tell Qorbeikhun"),
        ("al-Mokha", "Mokha"),
        ("southern Vellmar", "Vellmar"),
        ("Kramatorśk", "Kramatorsk"),
    ],
)
def test_spelling_variants_share_a_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("تكريت", "Tikrit"),  # Arabic script
        ("مصراتة", "Misrata"),  # the feminine ending read as a vowel
        ("الزاوية", "Zawiya"),  # the article dropped
        ("Тікрит", "Tikrit"),  # Cyrillic
        ("Рамаді", "Ramadi"),
        ("Zawiya", "Sawiya"),  # z and s: transliterations write the sound both ways
    ],
)
def test_one_place_in_two_scripts_shares_a_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [("تكريت", "Misrata"), ("Тікрит", "Ramadi")])
def test_other_places_in_other_scripts_keep_other_keys(a, b):
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Kharkiv", "Kherson"), ("Aleppo", "Idlib"), ("Mosul", "Basra")])
def test_different_places_keep_different_keys(a, b):
    assert name_key(a) != name_key(b)


def test_perpetrator_tokens_drop_generic_words():
    assert perp_tokens("Saudi-led coalition") == {"saudi", "coali"}
    assert perp_tokens("Russian forces") == perp_tokens("Russian army") == {"russi"}
    assert perp_tokens("unknown") == frozenset()


def test_country_level_places():
    assert is_country_level(Location(name="Sri Lanka", country="LK"))
    assert is_country_level(Location(name="Yemen", country="YE", kind="country"))
    assert not is_country_level(Location(name="Colombo", country="LK"))
    assert not is_country_level(Location(name="Sri Lanka", country="LK", lat=7.0, lon=81.0))


def test_an_acronym_meets_the_name_it_abbreviates():
    assert perp_tokens("QRF") & perp_tokens("Qorbian Rapid Front")
    assert perp_tokens("VLA") & perp_tokens("the Vellmar Liberation Army")  # "the" is left out
    assert not perp_tokens("VLA") & perp_tokens("Qorbian Rapid Front")
    assert perp_tokens("Vellmar army") == perp_tokens("Vellmar army")  # two words: no acronym
    assert len(perp_tokens("Vellmar army")) == 1
