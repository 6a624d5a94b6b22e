"""What was hit, and only where the report says it was hit."""

from __future__ import annotations

import pytest

from harmwatch.extract.targets.find import find_targets


def types(ts) -> set[str]:
    return {t.type for t in ts}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An air strike hit a crowded market in the town on Monday, killing 30 people.", {"market"}),
        ("Shelling destroyed the main hospital of the city overnight, medics said.", {"medical"}),
        ("The missile struck a mosque during Friday prayers, killing 11 worshippers.", {"place_of_worship"}),
        ("Gunmen stormed a boarding school and abducted 40 students on Wednesday.", {"school"}),
        ("A drone strike on a wedding party killed 23 guests on Saturday.", {"public_gathering"}),
        ("Militiamen attacked a displacement camp on Tuesday, killing 19 people.", {"camp"}),
        ("A strike on an aid convoy killed four aid workers near the border on Sunday.", {"aid"}),
        ("Rockets hit the railway station as hundreds waited to leave, killing 50.", {"infrastructure"}),
        ("A roadside bomb struck a bus carrying pilgrims, killing 14 people.", {"vehicle"}),
        ("Troops shot dead a journalist covering the raid on Thursday, colleagues said.", {"journalists"}),
        ("Artillery fire destroyed dozens of homes in the village on Monday.", {"residential"}),
    ],
)
def test_targets_near_attack_words(make_ctx, text, expected):
    found = find_targets(make_ctx(text))
    assert types(found) == expected
    for t in found:
        assert text[t.span.start : t.span.end] == t.text


def test_hospital_where_the_wounded_went_is_not_a_target(make_ctx):
    text = (
        "A car bomb exploded at a checkpoint on Monday. The wounded were taken to hospital, officials said."
    )
    assert "medical" not in types(find_targets(make_ctx(text)))


def test_vehicle_carrying_the_bomb_is_the_weapon(make_ctx):
    text = "A suicide truck bomb exploded in the market on Saturday, killing 60 shoppers."
    assert types(find_targets(make_ctx(text))) == {"market"}


def test_no_violence_no_target(make_ctx):
    text = "The new hospital and the school opened near the market on Monday, the mayor said."
    assert find_targets(make_ctx(text)) == ()


def test_landmark_is_not_a_second_target(make_ctx):
    text = "An air strike destroyed a family home near the old mosque in the refugee camp on Monday."
    assert types(find_targets(make_ctx(text))) == {"residential"}


def test_coordinated_targets_are_both_hit(make_ctx):
    text = "An air strike hit a market and a hospital in the port city on Thursday, killing 40 people."
    assert types(find_targets(make_ctx(text))) == {"market", "medical"}


def test_targets_listed_with_a_hit_target_are_hit_too(make_ctx):
    text = (
        "Shells fell on the old quarter overnight, striking houses, a church and a crowded bazaar, "
        "as well as a clinic, and killing nine people."
    )
    assert types(find_targets(make_ctx(text))) == {"residential", "place_of_worship", "market", "medical"}
