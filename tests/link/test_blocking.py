from __future__ import annotations

from datetime import date

from harmwatch.link.blocking import (
    BlockIndex,
    block_family,
    day_interval,
    event_type_of,
    place_keys,
    type_family,
)


def d(s: str) -> int:
    return date.fromisoformat(s).toordinal()


def test_day_interval_exact_partial_and_unknown():
    assert day_interval("2022-04-08", None) == (d("2022-04-08"), d("2022-04-08"))
    assert day_interval("2016-07-XX", "2016-07-XX") == (d("2016-07-01"), d("2016-07-31"))
    assert day_interval("2016", None) == (d("2016-01-01"), d("2016-12-31"))
    assert day_interval("XXXX-04-21", "XXXX-04-21") is None
    assert day_interval(None, None) is None
    assert day_interval("2014-10-30", "2014-11-01") == (d("2014-10-30"), d("2014-11-01"))
    assert day_interval("2022-02-30", None) is None


def test_type_families_follow_acled_event_types():
    assert event_type_of("Air/drone strike") == "Explosions/Remote violence"
    assert event_type_of("Attack") == "Violence against civilians"
    assert type_family("Air/drone strike") == type_family("Shelling/artillery/missile attack") == "remote"
    assert type_family("Attack") == type_family("Armed clash") == "ground"
    assert type_family(None) == "?"


def test_place_keys_specific_country_and_none(make_event):
    keys = place_keys(make_event("a", town="Kramatorsk"))
    assert ("admin1", "UA", "dntsk") in keys
    assert any(k[0] == "cell" for k in keys)
    assert place_keys(make_event("b", town="ua")) == (("country", "UA"),)
    assert place_keys(make_event("c", town=None)) == (("*",),)


def test_candidates_share_place_family_and_week(make_event):
    ix = BlockIndex()
    ix.add(0, make_event("a", town="Kramatorsk", day="2022-04-08"))
    ix.add(1, make_event("b", town="Aleppo", day="2022-04-08"))
    ix.add(2, make_event("c", town="Kramatorsk", day="2022-06-20"))
    ix.add(3, make_event("d", town="Kramatorsk", day="2022-04-08", kind="Armed clash"))
    assert ix.candidates(make_event("x", town="Sloviansk", day="2022-04-10")) == [0]
    # a report that only names the country sees every incident there in the window
    assert ix.candidates(make_event("y", town="ua", day="2022-04-09")) == [0]
    assert ix.candidates(make_event("z", town="Kramatorsk", day="2022-04-08", kind=None)) == [0, 3]


def test_a_generic_attack_blocks_with_every_family(make_event):
    ix = BlockIndex()
    ix.add(0, make_event("a", town="Kramatorsk", day="2022-04-08"))
    ix.add(1, make_event("b", town="Kramatorsk", day="2022-04-08", kind="Attack"))
    ix.add(2, make_event("c", town="Kramatorsk", day="2022-04-08", kind="Armed clash"))
    assert block_family("Attack") == "?"
    assert ix.candidates(make_event("x", town="Kramatorsk", day="2022-04-08", kind="Attack")) == [0, 1, 2]
    assert ix.candidates(make_event("y", town="Kramatorsk", day="2022-04-08")) == [0, 1]
    assert ix.candidates(make_event("z", town="Kramatorsk", day="2022-04-08", kind="Armed clash")) == [1, 2]


def test_undated_event_blocks_on_weeks_before_publication(make_event):
    ix = BlockIndex()
    ix.add(0, make_event("a", day="2022-04-08"))
    ix.add(1, make_event("b", day="2021-01-05"))
    late = make_event("u", day=None, published="2022-04-20")
    assert ix.candidates(late) == [0]
    nothing_known = make_event("v", day=None)
    assert nothing_known.published is None
    assert ix.candidates(nothing_known) == [0, 1]


def test_report_dated_far_from_its_publication_is_found_near_publication(make_event):
    ix = BlockIndex()
    # a date misread a year early: indexed under its publication week as well
    ix.add(0, make_event("a", day="2021-04-08", published="2022-04-09"))
    assert ix.candidates(make_event("b", day="2022-04-08")) == [0]
    ix2 = BlockIndex()
    ix2.add(0, make_event("c", day="2022-04-08"))
    assert ix2.candidates(make_event("d", day="2021-04-08", published="2022-04-09")) == [0]
    assert ix2.candidates(make_event("e", day="2021-04-08", published="2021-04-09")) == []


def test_a_namesake_abroad_is_still_a_candidate(make_event):
    from dataclasses import replace

    from harmwatch.records import Location

    ix = BlockIndex()
    ix.add(0, replace(make_event("a"), locations=(Location(name="Tell Abyadh", country="SY"),)))
    namesake = replace(make_event("b"), locations=(Location(name="Tal Abyad", country="TR"),))
    assert ix.candidates(namesake) == [0]
