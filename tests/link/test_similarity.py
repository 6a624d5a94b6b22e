"""Evidence between a report and an incident (invented reports)."""

from __future__ import annotations

from dataclasses import replace

from harmwatch.link.cluster import link_all
from harmwatch.link.similarity import (
    IncidentProfile,
    coherent,
    features,
    same_place,
    score,
    strong_evidence,
    tolls_agree,
)
from harmwatch.records import DateRange, Location


def profile_of(*events) -> IncidentProfile:
    p = IncidentProfile()
    for ev in events:
        p.add(features(ev))
    return p


def said_on(ev, phrase: str):
    """The report gives no date and no publication day, only a weekday phrase."""
    return replace(ev, date=DateRange(text=phrase), published=None)


def test_undated_reports_compare_the_weekdays_they_name(make_event):
    a = said_on(make_event("a", day=None), "on Friday")
    same = said_on(make_event("b", day=None), "am Freitag")
    other = said_on(make_event("c", day=None), "on Tuesday")
    p = profile_of(a)
    assert score(features(same), p) > score(features(other), p)
    # a dated report that fell on a Friday agrees with "on Friday" too
    dated = make_event("d", day="2022-04-08")  # a Friday
    assert score(features(a), profile_of(dated)) > score(features(other), profile_of(dated))


def test_weekday_evidence_lets_undated_reports_link(make_event):
    # place and type alone are too little for reports without a day; the same weekday tips it
    a = said_on(make_event("a", day=None), "on Friday")
    b = said_on(make_event("b", day=None, perp="unknown", killed=None), "Friday morning")
    c = said_on(make_event("c", day=None, perp="unknown", killed=None), "on Tuesday")
    groups = {frozenset(i.documents) for i in link_all([a, b, c])}
    assert frozenset({"a", "b"}) in groups and frozenset({"c"}) in groups


def test_a_generic_attack_is_coherent_with_a_named_weapon(make_event):
    strike = make_event("a", kind="Air/drone strike")
    attack = make_event("b", kind="Attack")
    clash = make_event("c", kind="Armed clash")
    assert coherent(features(strike), features(attack))
    assert not coherent(features(strike), features(clash))
    # forgiven only where the dates agree: four days apart it stays a contradiction
    later = make_event("d", kind="Attack", day="2022-04-12", published="2022-04-08")
    assert not coherent(features(strike), features(later))


def test_far_main_places_cohere_when_one_report_names_the_others(make_event):
    misrata = Location(name="Misrata", country="LY", lat=32.38, lon=15.09, kind="city")
    khoms = Location(name="Khoms", country="LY", lat=32.65, lon=14.26, kind="city")  # 83 km away
    here = replace(make_event("a"), locations=(misrata,))
    far = replace(make_event("b"), locations=(khoms,))
    assert not coherent(features(here), features(far))
    # the second report ranks the other city first but names the first report's city too
    both = replace(far, locations=(khoms, misrata))
    assert coherent(features(here), features(both))


def test_a_namesake_in_another_country_still_agrees_on_the_name(make_event):
    home = replace(make_event("a"), locations=(Location(name="Tell Abyadh", country="SY"),))
    namesake = replace(make_event("b"), locations=(Location(name="Tal Abyad", country="TR"),))
    elsewhere = replace(make_event("c"), locations=(Location(name="Qamishli", country="TR"),))
    assert coherent(features(home), features(namesake))
    assert not coherent(features(home), features(elsewhere))
    assert score(features(namesake), profile_of(home)) > score(features(elsewhere), profile_of(home))


def test_a_town_both_name_in_passing_is_no_evidence_of_one_incident(make_event):
    # two strikes on one day in one region: each report names the other town in passing
    kramatorsk = make_event("a", killed=(12, None), perp="unknown")
    kharkiv = make_event("b", town="Kharkiv", killed=(4, None), perp="unknown")
    kramatorsk = replace(kramatorsk, locations=(*kramatorsk.locations, *kharkiv.locations))
    kharkiv = replace(kharkiv, locations=(*kharkiv.locations, *make_event("x").locations))
    groups = {frozenset(i.documents) for i in link_all([kramatorsk, kharkiv])}
    assert groups == {frozenset({"a"}), frozenset({"b"})}
    # the shared name still spares them the distance penalty of two far-apart main places
    plain = make_event("c", killed=(12, None), perp="unknown")  # names Kramatorsk alone
    far = make_event("d", town="Kharkiv", killed=(4, None), perp="unknown")  # names Kharkiv alone
    assert score(features(kharkiv), profile_of(kramatorsk)) > score(features(far), profile_of(plain))


def test_a_stated_weekday_does_not_move_with_a_misread_day(make_event):
    # "on Friday" resolved to the wrong day is still Friday; a date with no weekday phrase
    # falls on its own weekday
    stated = replace(
        make_event("a", day="2022-04-09"), date=DateRange("2022-04-09", "2022-04-09", "on Friday")
    )
    assert features(stated).weekdays == {4}
    assert features(make_event("b", day="2022-04-09")).weekdays == {5}


def test_dates_a_day_apart_score_as_one_day_and_the_score_falls_by_steps(make_event):
    base = profile_of(make_event("a", day="2022-04-08"))
    scores = [score(features(make_event("b", day=f"2022-04-{d:02d}")), base) for d in (8, 9, 10, 11)]
    assert scores[0] == scores[1]  # a day off is the same day: a window, not an exact-day bonus
    assert scores[1] > scores[2] > scores[3]
    assert max(a - b for a, b in zip(scores, scores[1:], strict=False)) <= 0.5


def test_weekdays_vote_across_the_incidents_members(make_event):
    tuesday = said_on(make_event("u", day=None), "on Tuesday")
    # one member a day off can not outvote two that contradict it
    members = [said_on(make_event(f"m{i}", day=None), p) for i, p in enumerate(("Friday", "on Friday"))]
    wednesday = said_on(make_event("w", day=None), "on Wednesday")
    assert score(features(tuesday), profile_of(*members, wednesday)) < score(
        features(tuesday), profile_of(wednesday)
    )


def test_same_place_is_one_name_or_one_gazetteer_point(make_event):
    kram = features(make_event("a", town="Kramatorsk"))
    other_spelling = replace(
        make_event("b"),
        locations=(
            Location(name="Краматорськ", admin1="Donetsk Oblast", country="UA", lat=48.721, lon=37.561),
        ),
    )
    assert same_place(kram, features(make_event("c", town="Kramatorsk")))
    assert same_place(kram, features(other_spelling))
    assert not same_place(kram, features(make_event("d", town="Sloviansk")))
    assert not same_place(kram, features(make_event("e", town="ua")))  # a country is no main place


def test_tolls_agree_unless_far_apart_and_both_exact(make_event):
    def f(killed):
        return features(make_event("x", killed=killed))

    assert tolls_agree(f((40, 40)), f((50, 50)))
    assert not tolls_agree(f((5, 5)), f((300, 300)))
    assert tolls_agree(f((5, None)), f((300, 300)))  # "at least 5" fits a later toll of 300
    assert tolls_agree(f(None), f((300, 300)))


def test_strong_evidence_needs_the_main_place_or_an_agreeing_place_and_two_details(make_event):
    undated = replace(make_event("u", day=None, killed=(40, 40)), published=None)
    assert strong_evidence(features(undated), [features(make_event("a", killed=(45, 45)))])
    # the same place but an exact toll sixty times larger, and nothing else in common
    assert not strong_evidence(features(undated), [features(make_event("b", killed=(2500, 2500)))])
    # a type of the other family
    clash = make_event("c", kind="Armed clash", killed=(45, 45))
    assert not strong_evidence(features(undated), [features(clash)])
    # a town 15 km away shares no main place; a figure alone does not make up for it
    near = make_event("d", town="Sloviansk", killed=(40, 40))
    assert not strong_evidence(features(undated), [features(near)])


def test_an_alias_is_a_name_the_report_mentions_but_not_its_main_place(make_event):
    from harmwatch.link.similarity import place_agrees

    town = features(make_event("a", town="Kramatorsk"))
    district = replace(
        make_event("b"),
        locations=(Location(name="Staryi Kvartal", country="UA", kind="place", aliases=("Kramatorsk",)),),
    )
    plain = replace(district, locations=(replace(district.locations[0], aliases=()),))
    assert place_agrees(features(district), town)
    assert not place_agrees(features(plain), town)
    assert not same_place(features(district), town)
