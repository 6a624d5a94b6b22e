from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from harmwatch.link.cluster import Linker, incident_key, link_all


def groups(incidents) -> set[frozenset[str]]:
    return {frozenset(i.documents) for i in incidents}


def test_reports_of_one_incident_link_and_others_stay_apart(make_event):
    events = [
        make_event("a1", town="Kramatorsk", day="2022-04-08", killed=(39, None)),
        make_event("a2", town="Kramatorsk", day="2022-04-08", killed=(50, 50)),
        make_event("a3", town="ua", day="2022-04-08", killed=(50, None)),  # names only the country
        make_event("b1", town="Kharkiv", day="2022-04-08"),  # same day, 170 km away
        make_event("c1", town="Kramatorsk", day="2022-05-20"),  # same town, six weeks later
        make_event("d1", town="Aleppo", day="2016-04-27", kind="Air/drone strike", perp="Syrian government"),
        make_event(
            "d2",
            town="Aleppo",
            day="2016-04-28",
            kind="Shelling/artillery/missile attack",
            perp="Syrian army",
        ),
    ]
    assert groups(link_all(events)) == {
        frozenset({"a1", "a2", "a3"}),
        frozenset({"b1"}),
        frozenset({"c1"}),
        frozenset({"d1", "d2"}),
    }


def test_undated_report_joins_by_place_type_and_text(make_event):
    text = "Rockets hit the station in Kramatorsk; Governor Pavlo Example said 50 died, Ukrenergo reported."
    dated = make_event("a1", day="2022-04-08", text=text)
    undated = make_event("a2", day=None, published="2022-04-09", text=text + " More later.")
    assert groups(link_all([dated, undated])) == {frozenset({"a1", "a2"})}


def test_linker_returns_stable_keys_and_never_joins_one_documents_events(make_event):
    linker = Linker()
    first = make_event("a1")
    k1 = linker.add(first)
    assert k1 == incident_key(first)
    assert k1.startswith("inc-") and len(k1) == 24
    assert linker.add(make_event("a2")) == k1
    # a second event of document a1 at the same place and day is a second incident
    k3 = linker.add(make_event("a1", index=1))
    assert k3 != k1
    assert len(linker) == 2
    assert [i.documents for i in linker.incidents()] == [("a1", "a2"), ("a1",)]


def test_assign_restores_known_links_before_new_events(make_event):
    linker = Linker()
    linker.assign(make_event("a1"), "inc-fromdb")
    assert linker.add(make_event("a2")) == "inc-fromdb"


def test_secondary_mentions_are_kept_apart_from_sources(make_event):
    linker = Linker()
    linker.add(make_event("a1"))
    linker.add(make_event("b9", index=1, main=False))
    (inc,) = linker.incidents()
    assert inc.documents == ("a1",)
    assert inc.mentioned_in == ("b9",)
    assert inc.all_documents == ("a1", "b9")


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_link_all_does_not_depend_on_input_order(rnd: random.Random):
    from tests.link.conftest import build_event

    towns = ["Kramatorsk", "Sloviansk", "Kharkiv", "Aleppo", "Idlib", "ua", None]
    days = ["2022-04-08", "2022-04-09", "2022-04-20", None]
    events = [
        build_event(f"d{i}", town=rnd.choice(towns), day=rnd.choice(days), killed=(rnd.randint(1, 60), None))
        for i in range(30)
    ]
    shuffled = events[:]
    rnd.shuffle(shuffled)
    a, b = link_all(events), link_all(shuffled)
    assert [(i.key, i.documents) for i in a] == [(i.key, i.documents) for i in b]
    assert sorted(d for i in a for d in i.all_documents) == sorted(e.document_id for e in events)


def test_conflicting_dates_split_unless_published_together(make_event):
    a = make_event("a1", day="2022-04-08", published="2022-04-08", killed=(50, None))
    far = make_event("a2", day="2022-03-01", published="2022-03-01", killed=(50, None))
    assert groups(link_all([a, far])) == {frozenset({"a1"}), frozenset({"a2"})}
    misread = make_event(
        "a3",
        day="2021-04-08",
        published="2022-04-09",
        killed=(50, None),
        text="A report numbered a1 about Kramatorsk and Russian forces.",
    )
    assert groups(link_all([a, misread])) == {frozenset({"a1", "a3"})}


def test_an_incident_stays_coherent_and_never_chains_reports_of_other_days(make_event):
    # each report is three days from the one before: every link alone looks plausible, but a
    # chain of pairwise links must not put reports nine days apart into one incident
    days = ["2022-04-01", "2022-04-04", "2022-04-07", "2022-04-10"]
    events = [make_event(f"r{i}", town="Kramatorsk", day=d, published=d) for i, d in enumerate(days)]
    for g in groups(link_all(events)):
        assert not {"r0", "r3"} <= g


def test_a_leap_day_without_a_year_is_compared_by_day(make_event):
    # "29 February" with no year is a day of the year like any other
    a = make_event("a", day="XXXX-02-29", published=None)
    b = make_event("b", day="XXXX-10-07", published=None)
    assert groups(link_all([a, b])) == {frozenset({"a"}), frozenset({"b"})}


def test_reports_in_two_scripts_link_through_the_gazetteer_point_and_perpetrator_country(make_event):
    from dataclasses import replace

    from harmwatch.records import Location, Perpetrator

    latin = make_event("en", town="Kramatorsk", perp="Russian forces", text="Kramatorsk station, 50 dead.")
    latin = replace(latin, perpetrator=Perpetrator(name="Russian forces", country="RU", kind="state"))
    cyr = make_event(
        "uk", town="Kramatorsk", day=None, published="2022-04-09", killed=None, text="Краматорськ, вокзал."
    )
    cyr = replace(
        cyr,
        locations=(
            Location(name="Краматорську", admin1="Donetsk Oblast", country="UA", lat=48.72, lon=37.56),
        ),
        perpetrator=Perpetrator(name="російські війська", country="RU", kind="state"),
    )
    assert groups(link_all([latin, cyr])) == {frozenset({"en", "uk"})}


def _unclassified(doc: str, town: str, numbers: tuple[int, ...], published: str | None):
    """A report no language pack read: a place, numbers of unknown outcome, no type or date."""
    from dataclasses import replace

    from harmwatch.records import Casualty, DateRange, Perpetrator

    from .conftest import build_event

    ev = build_event(doc, town=town, day=None, kind=None, killed=None, published=published)
    cas = tuple(Casualty(outcome="unknown", min=n, max=n, text=str(n)) for n in numbers)
    return replace(
        ev,
        published=published,
        date=DateRange(),
        perpetrator=Perpetrator(),
        casualties=cas,
        unclassified=True,
        text=f"Izvještaj {doc} o gradu i brojkama.",
    )


def test_an_unclassified_report_joins_only_on_place_figure_and_date(make_event):
    en = make_event("en", town="Kharkiv", day="2024-05-12", killed=(17, 17))
    same = _unclassified("hr", "Kharkiv", (17, 40), published="2024-05-12")
    other_figure = _unclassified("hr2", "Kharkiv", (23,), published="2024-05-12")
    weeks_later = _unclassified("hr3", "Kharkiv", (17,), published="2024-06-20")
    elsewhere = _unclassified("hr4", "Kramatorsk", (17,), published="2024-05-12")
    got = groups(link_all([en, same, other_figure, weeks_later, elsewhere]))
    assert frozenset({"en", "hr"}) in got
    assert {frozenset({d}) for d in ("hr2", "hr3", "hr4")} <= got


def test_an_undated_unclassified_report_needs_two_shared_figures(make_event):
    from dataclasses import replace

    en = replace(make_event("en", town="Kharkiv", day=None, killed=(17, 17)), published=None)
    one = _unclassified("hr", "Kharkiv", (17,), published=None)
    assert groups(link_all([en, one])) == {frozenset({"en"}), frozenset({"hr"})}
    from harmwatch.records import Casualty

    hurt = Casualty(outcome="injured", min=40, max=40, text="40")
    en2 = replace(en, document_id="en2", casualties=(*en.casualties, hurt))
    two = _unclassified("hr2", "Kharkiv", (17, 40), published=None)
    assert frozenset({"en2", "hr2"}) in groups(link_all([en2, two]))


def test_unclassified_reports_never_chain(make_event):
    en = make_event("en", town="Kharkiv", day="2024-05-12", killed=(17, 17))
    hr = _unclassified("hr", "Kharkiv", (17, 40), published="2024-05-12")
    # shares only the 40 of the unclassified report: it may not join through it
    sk = _unclassified("sk", "Kharkiv", (40,), published="2024-05-12")
    # two unclassified reports alike in everything are still not linked to each other
    pl = _unclassified("pl", "Kharkiv", (40,), published="2024-05-12")
    got = groups(link_all([en, hr, sk, pl]))
    assert frozenset({"en", "hr"}) in got
    assert frozenset({"sk"}) in got and frozenset({"pl"}) in got


def test_a_classified_report_joins_an_incident_of_unclassified_reports_on_the_same_test(make_event):
    linker = Linker()
    k = linker.add(_unclassified("hr", "Kharkiv", (17, 40), published="2024-05-12"))
    assert linker.add(make_event("en", town="Kharkiv", day="2024-05-12", killed=(17, 17))) == k
    assert linker.add(make_event("en2", town="Kharkiv", day="2024-05-12", killed=(99, 99))) == k


def test_a_chain_of_pairwise_links_never_joins_reports_that_disagree(make_event):
    # the shelling and the clash are one day apart at one place; a generic "attack" report
    # agrees with each of them, but the clash is of the other family than the shelling
    shelling = make_event("a", day="2022-04-08", kind="Shelling/artillery/missile attack")
    attack = make_event("b", day="2022-04-08", kind="Attack")
    clash = make_event("c", day="2022-04-09", kind="Armed clash")
    got = groups(link_all([shelling, attack, clash]))
    assert frozenset({"a", "b"}) in got
    assert all(not {"a", "c"} <= g for g in got)


def _undated(ev):
    from dataclasses import replace

    from harmwatch.records import DateRange

    return replace(ev, date=DateRange(), published=None)


def test_an_undated_report_joins_on_the_main_place_type_and_agreeing_tolls(make_event):
    dated = [make_event(f"d{i}", day="2022-04-08", killed=(50, 50)) for i in range(2)]
    agrees = _undated(make_event("u", killed=(57, 57)))
    assert frozenset({"d0", "d1", "u"}) in groups(link_all([*dated, agrees]))


def test_an_undated_report_with_a_toll_far_off_and_nothing_specific_stays_apart(make_event):
    dated = [make_event(f"d{i}", day="2022-04-08", killed=(50, 50)) for i in range(2)]
    # same town, type and perpetrator, but an exact toll of 3 against 50, no weekday, no text
    far_toll = _undated(make_event("u", killed=(3, 3)))
    assert frozenset({"u"}) in groups(link_all([*dated, far_toll]))
    # the same report saying "at least 3" is an early count that fits
    early = _undated(make_event("v", killed=(3, None)))
    assert frozenset({"d0", "d1", "v"}) in groups(link_all([*dated, early]))


def test_an_undated_report_is_weighed_against_every_members_weekday(make_event):
    from dataclasses import replace

    from harmwatch.records import DateRange

    def dated(doc: str, phrase: str):
        return replace(make_event(doc, day="2022-04-08"), date=DateRange("2022-04-08", "2022-04-08", phrase))

    # no figure: place, type and perpetrator, and a weekday a night from one member's
    tuesday = replace(_undated(make_event("t", killed=None)), date=DateRange(text="on Tuesday"))
    wednesday = dated("w", "on Wednesday night")
    assert groups(link_all([wednesday, tuesday])) == {frozenset({"w", "t"})}
    # two more members say Friday: the incident as a whole disagrees, so it stays apart
    fridays = [dated("f1", "on Friday"), dated("f2", "on Friday")]
    got = groups(link_all([*fridays, wednesday, tuesday]))
    assert frozenset({"f1", "f2", "w"}) in got
    assert frozenset({"t"}) in got


def _shifted(ev, days: int):
    from dataclasses import replace
    from datetime import date, timedelta

    if not ev.date.start:
        return ev
    d = (date.fromisoformat(ev.date.start) + timedelta(days=days)).isoformat()
    return replace(ev, date=replace(ev.date, start=d, end=d))


def test_linking_does_not_change_when_every_date_moves_by_a_day(make_event):
    from dataclasses import replace

    from harmwatch.records import DateRange

    # four incidents in two towns, ten days apart; each has three dated reports stating the
    # weekday and one undated report that gives only the town, the type and the same weekday
    weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    events = []
    for k, (town, day) in enumerate(
        [
            ("Kramatorsk", "2022-04-01"),
            ("Kramatorsk", "2022-04-11"),
            ("Kharkiv", "2022-04-05"),
            ("Kharkiv", "2022-04-15"),
        ]
    ):
        from datetime import date

        phrase = "on " + weekdays[date.fromisoformat(day).weekday()]
        for r in range(3):
            ev = make_event(f"i{k}r{r}", town=town, day=day, killed=(20 + 7 * k, None), published=day)
            events.append(replace(ev, date=replace(ev.date, text=phrase)))
        undated = _undated(make_event(f"i{k}u", town=town, perp="unknown", killed=None))
        events.append(replace(undated, date=DateRange(text=phrase)))
    expected = {frozenset(f"i{k}{s}" for s in ("r0", "r1", "r2", "u")) for k in range(4)}
    assert groups(link_all(events)) == expected
    for seed in range(20):
        rnd = random.Random(seed)
        noisy = [_shifted(ev, rnd.choice((-1, 0, 1))) for ev in events]
        assert groups(link_all(noisy)) == expected, seed


def test_an_undated_report_naming_only_the_country_needs_two_specific_details(make_event):
    from dataclasses import replace

    from harmwatch.records import DateRange

    text = "Shells hit Kramatorsk; Governor Ivan Exampleson said 50 died near Sadova Street, Ukrenergo said."
    dated = make_event("d", day="2022-04-08", published="2022-04-08", text=text)
    # no date, the country only, published the next day: the same toll and the same names
    alike = replace(
        make_event("u", town="ua", text=text + " More later."), date=DateRange(), published="2022-04-09"
    )
    assert groups(link_all([dated, alike])) == {frozenset({"d", "u"})}
    # another toll and other names: a fitting publication day alone is too little without a place
    other_text = replace(
        make_event("v", town="ua", killed=(12, 12), text="A short note on the country and a toll."),
        date=DateRange(),
        published="2022-04-09",
    )
    assert frozenset({"v"}) in groups(link_all([dated, other_text]))
