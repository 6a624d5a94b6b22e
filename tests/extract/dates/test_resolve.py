"""The incident's date (sentences written for these tests)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from harmwatch.extract.dates.resolve import find_date


def start_end(ctx):
    d = find_date(ctx)
    return d.start, d.end


def test_weekday_resolved_against_published(make_ctx):
    ctx = make_ctx(
        "An air strike on a market killed 12 people on Tuesday, medics said.", published="2017-04-05"
    )
    assert start_end(ctx) == ("2017-04-04", "2017-04-04")


def test_weekday_without_published_stays_unknown(make_ctx):
    ctx = make_ctx("Gunmen attacked a wedding on Saturday, killing five guests.")
    d = find_date(ctx)
    assert d.start is None and d.text == "on Saturday"


def test_explicit_dates(make_ctx):
    assert (
        find_date(make_ctx("A car bomb killed nine people on 8 Oct 2016 in the capital.")).start
        == "2016-10-08"
    )
    assert find_date(make_ctx("The shelling on Oct. 9, 2016 wounded 20 people.")).start == "2016-10-09"
    d = find_date(make_ctx("An attack on October 8 killed 30 villagers."))
    assert (d.start, d.text) == ("XXXX-10-08", "October 8")


def test_range(make_ctx):
    ctx = make_ctx("Air strikes between 30 September and 29 November killed at least 200 civilians.")
    d = find_date(ctx)
    assert (d.start, d.end) == ("XXXX-09-30", "XXXX-11-29")
    assert d.text == "30 September and 29 November"
    ctx = make_ctx(
        "Militants attacked the town on Saturday and Sunday, killing 50 people.", published="2022-06-13"
    )
    assert start_end(ctx) == ("2022-06-11", "2022-06-12")


def test_no_year_from_chrome_copyright_or_background(make_ctx):
    text = (
        "Updated: 00:00 GMT, Jan 1, 1970\n\n"
        "The war began in 2011. Gunmen killed five farmers on Friday, residents said.\n\n"
        "\u00a9 2019 Example News. All rights reserved."
    )
    d = find_date(make_ctx(text))
    assert d.start is None or not re.match(r"\d{4}", d.start)


def test_byline_date_is_a_reference_not_the_incident(make_ctx):
    text = "Thursday, April 28, 2016\n\nAn airstrike hit a hospital on Wednesday, killing 27 people."
    d = find_date(make_ctx(text))
    assert (d.start, d.text) == ("2016-04-27", "on Wednesday")


def test_since_is_a_bound_not_the_date(make_ctx):
    ctx = make_ctx("The city has been shelled since Feb. 24. A rocket hit a school on Monday, killing four.")
    d = find_date(ctx)
    assert d.text == "on Monday"


def test_no_date_in_text(make_ctx):
    assert start_end(make_ctx("A bomb killed four people.", published="2011-03-17")) == (
        "2011-03-17",
        "2011-03-17",
    )
    assert start_end(make_ctx("A bomb killed four people.")) == (None, None)


def test_span_gives_the_words(make_ctx):
    text = "Police said a blast on 3 May 2020 killed two people in the market."
    d = find_date(make_ctx(text))
    assert text[d.span.start : d.span.end] == d.text == "3 May 2020"
    assert d.start == "2020-05-03"


WORDS = st.sampled_from(
    "on in since Monday Friday yesterday May may 3 31 2016 Oct. October - and to killed attack , . \n".split(
        " "
    )
)


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, max_size=25), st.sampled_from([None, "2020-02-29", "2016-10-08"]))
def test_never_crashes_and_span_slices_text(make_ctx, words, published):
    text = " ".join(words)
    d = find_date(make_ctx(text, published=published))
    if d.span is not None:
        assert text[d.span.start : d.span.end] == d.text
    for value in (d.start, d.end):
        assert value is None or re.fullmatch(r"(\d{4}|XXXX)-(\d\d|XX)-(\d\d|XX)", value)


def test_the_bound_of_a_period_is_not_the_incident(make_ctx):
    text = (
        "Residents said on Monday that a rocket killed nine people in the village. "
        "At least 800 civilians were killed from the start of the year to May 30, the agency said."
    )
    d = find_date(make_ctx(text, published="2021-06-08"))
    assert (d.start, d.text) == ("2021-06-07", "on Monday")


def test_a_url_month_gives_the_year_of_a_day_and_month_without_one(nlp):
    from harmwatch.extract.context import DocContext
    from harmwatch.extract.dates.url import url_date

    text = "A missile strike on the market killed 20 people on April 13, officials said."

    def ctx(url):
        return DocContext(text=text, doc=nlp(text), published=None, language="en", url_date=url_date(url))

    assert find_date(ctx(None)).start == "XXXX-04-13"
    assert find_date(ctx("https://news.example.org/2025/04/strike")).start == "2025-04-13"
    assert find_date(ctx("https://news.example.org/2025/01/strike")).start == "2024-04-13"


def test_a_datelines_day_is_the_reference_when_the_url_gives_only_a_month(nlp):
    from harmwatch.extract.context import DocContext
    from harmwatch.extract.dates.url import url_date

    text = "KYIV, April 12 (Reuters) - Russian missiles killed 18 civilians at a market yesterday, officials said."
    got = find_date(
        DocContext(
            text=text,
            doc=nlp(text),
            published=None,
            language="en",
            url_date=url_date("https://n.example.org/2025/04/a"),
        )
    )
    assert got.start == "2025-04-11"


@pytest.mark.parametrize(
    "motive",
    ["responsible for a deadly rocket attack", "in retaliation for a drone strike", "to avenge an ambush"],
)
def test_an_attack_named_as_the_motive_is_another_incident(make_ctx, motive):
    text = (
        f"The army said its jets had hit fighters {motive} on a border town on Tuesday.\n\n"
        "An air strike on a wedding hall killed at least 14 guests yesterday, medics said."
    )
    assert find_date(make_ctx(text, published="2024-03-08")).start == "2024-03-07"


# (text, publication date, the incident's first day)
START_CASES = {
    "a weekday on the day of publication": (
        "Gunmen attacked a wedding on Saturday, killing five guests.",
        "2016-10-08",
        "2016-10-08",
    ),
    "yesterday": (
        "Bandits stormed a school yesterday and kidnapped dozens of pupils.",
        "2020-12-12",
        "2020-12-11",
    ),
    "a weekday's night": (
        "A drone hit a fuel depot on Sunday night, killing two workers.",
        "2023-05-02",
        "2023-04-30",
    ),
    "a year from publication rolls back over the new year": (
        "Investigators said the strike on December 30 killed 14 people.",
        "2020-01-02",
        "2019-12-30",
    ),
    "the reporting date is not the incident's": (
        "Officials said on Tuesday that an air strike on Monday killed 12 people.",
        "2015-09-29",
        "2015-09-28",
    ),
    "the date of a report is not the incident's": (
        "Ministers rejected the April 20 report by the inquiry, repeating that the April 2 blast "
        "in the port that killed 14 people was caused by a stray rocket.",
        None,
        "XXXX-04-02",
    ),
    "a past attack named by its date is background": (
        "An air strike on a school killed 18 people, medics said. The raid came amid fighting "
        "sparked by the militia's March 3 assault on the border towns.",
        "2022-08-14",
        "2022-08-14",
    ),
    "a past attack that triggered a war is background": (
        "The two men were described as planners of the June 5 attack that triggered the war.",
        "2022-08-14",
        "2022-08-14",
    ),
    "an attack that sparked fighting keeps its date": (
        "An air strike on March 3 sparked fighting in the town and killed 12 people.",
        None,
        "XXXX-03-03",
    ),
    "a photo credit line makes its date a caption": (
        "Rescuers search the rubble of a clinic in the old town on May 9, 2021. Source: Getty Images\n"
        "Shelling killed 14 people in the old town overnight, medics said.",
        None,
        "2021-05-08",
    ),
    "a caption repeating its dateline's day is furniture": (
        "RIVERTON - MAY 9: Mourners bury victims of the bombing on May 9, 2021 in Riverton. A bombing on "
        "Friday killed 30 worshippers at a mosque. (Photo by Jane Roe/Getty Images)",
        None,
        "2021-05-07",
    ),
    "dated list entries are not datelines": (
        "03 May 2021: In the north, gunmen attacked a clinic, killing 4 patients.\n"
        "11 May 2021: In the east, a mortar round hit a school and the market beside it, witnesses told "
        "the local radio station 09 April 2021: "
        "a convoy was attacked and looted.",
        None,
        "2021-05-03",
    ),
    "a date of another attack loses": (
        "Shelling killed 30 people at a bus station on Sunday, residents said. The attack came days after "
        "another air strike on the same district killed 9 people on May 2, according to residents.",
        "2021-05-10",
        "2021-05-09",
    ),
    # whole reports: which of their dates is the incident's (reports written for these tests)
    "the lead's weekday beats an earlier attack's day and month": (
        "A bomb hidden in a cart killed six people at a bus stop on Saturday evening, police said.\n\n"
        "On July 14, a similar bomb near the same stop wounded 11 people.",
        "2025-08-04",
        "2025-08-02",
    ),
    "a funeral's day is not the attack's": (
        "Gunmen killed 11 villagers in a night raid on Sunday, police said.\n\n"
        "The victims were buried on Monday, Sept. 15, in a mass grave.",
        "2025-09-16",
        "2025-09-14",
    ),
    "a funeral's day written first is not the attack's": (
        "Relatives buried on Monday, Sept. 15, the 11 villagers killed by gunmen in a raid on Sunday.",
        "2025-09-16",
        "2025-09-14",
    ),
    "a day of mourning is not the attack's": (
        "A missile hit a block of flats on Saturday, killing eight.\n\nThe city declared Sunday, June 29, a day of mourning.",
        "2025-06-30",
        "2025-06-28",
    ),
    "an agency in the dateline is no photo caption": (
        "Gunmen kill 11 in village raid\n\n"
        "ABUJA, Sept 16 (Reuters) - Gunmen killed 11 villagers on Sunday, police said.\n\n"
        "In April, raiders burned the market of a nearby village.",
        "2025-09-16",
        "2025-09-14",
    ),
    "last week is no lead's date": (
        "At least 40 people were killed in an air strike on a school last week, officials said.\n\n"
        "The strike on March 16 hit the school without warning, according to survivors.",
        "2025-03-25",
        "2025-03-16",
    ),
    "a line before a photo credit is a caption": (
        "Mourners carry the coffin of a man killed in a shelling attack on Monday.\n"
        "Photo: AFP\n\n"
        "Shelling killed nine people in the town on March 2, the governor said.",
        "2025-03-05",
        "2025-03-02",
    ),
}


@pytest.mark.parametrize("case", START_CASES)
def test_incident_start(make_ctx, case):
    text, published, start = START_CASES[case]
    assert find_date(make_ctx(text, published=published)).start == start


@pytest.mark.parametrize(
    "text",
    [
        # a place, a comma, the filing day and a plain hyphen: the dateline, not the incident
        "Rockets hit a town\n\nVELDA, Nov 18 - A rocket hit a block of flats in Velda late on Sunday, "
        "killing nine people, officials said.",
        "Rockets hit a town\n\nVELDA, Norland, 18 November - Rockets fired at Velda on Sunday killed nine "
        "people, the mayor said.",
        "Rockets hit a town\n\nVELDA, Nov. 18 (Newswire) - Rockets fired at Velda on Sunday killed nine people.",
        "Rockets hit a town\n\nVELDA, Nov 18 -- Rockets fired at Velda on Sunday killed nine people.",
        "Rockets hit a town\n\nVELDA, November 18 — Rockets fired at Velda on Sunday killed nine people.",
    ],
)
def test_a_dated_dateline_is_the_filing_day_not_the_incidents(make_ctx, text):
    assert find_date(make_ctx(text, published="2026-11-18")).start == "2026-11-15"


def test_a_dash_range_at_a_lines_head_is_no_dateline(make_ctx):
    ctx = make_ctx("Raids in the hills, March 3 - 5 killed 14 villagers.", published="2026-03-10")
    assert find_date(ctx).start == "2026-03-03"


@pytest.mark.parametrize(
    "text, published, expected",
    [
        pytest.param(
            (
                "A monitoring group on Wednesday called for an inquiry into a rocket that hit a school in "
                "Velda, killing six pupils.\n\nThe rocket struck late on Sunday, the group said."
            ),
            "2026-11-18",
            "2026-11-15",
            id="verb-of-saying",
        ),
        pytest.param(
            (
                "The militia on Sunday apologised for a shell that hit a market in Velda on Friday, "
                "killing six shoppers."
            ),
            "2026-11-16",
            "2026-11-13",
            id="stance-verb",
        ),
        pytest.param(
            (
                "A monitoring group on Wednesday called for an inquiry into a rocket that hit a school in "
                "Velda, killing six pupils. In March 2019 a similar rocket hit the same school."
            ),
            "2026-11-18",
            "2026-11-18",
            id="statement-day-stays",
        ),
        pytest.param(
            (
                "The shelling on Monday condemned by the monitors killed six pupils.\n\n"
                "Another shell fell on Sunday near the school."
            ),
            "2026-11-18",
            "2026-11-16",
            id="participle-no-statement",
        ),
        pytest.param(
            (
                "Shelling of villages since March killed dozens of civilians, according to a report released "
                "on Wednesday by a monitoring group. In the worst, shells hit a clinic on April 19, killing "
                "seven patients."
            ),
            "2026-05-27",
            "2026-04-19",
            id="release-day",
        ),
    ],
)
def test_a_statements_day_gives_way_to_the_attacks(make_ctx, text, published, expected):
    """The day before a past-tense verb of saying or of a stance ("on Wednesday called for",
    "on Sunday apologised") or a report's release day gives way to the attack's own day; it stays
    where nothing else dates the attack; a participle ("on Monday condemned by") is no statement."""
    assert find_date(make_ctx(text, published=published)).start == expected
