"""Dates in report URLs (addresses written for these tests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from harmwatch.extract.dates.url import (
    UrlDate,
    in_url_month,
    month_anchor,
    publication_day,
    reference_day,
    url_date,
)


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://news.example.pt/2022/04/03/ataque-em-cidade", UrlDate(2022, 4, 3)),
        ("https://news.example.fr/pt/monde/20210130-ataque", UrlDate(2021, 1, 30)),
        ("https://news.example.de/politik/2019-06-04_angriff", UrlDate(2019, 6, 4)),
        ("https://news.example.br/2025/04/sobe-numero-de-mortos", UrlDate(2025, 4, None)),
        ("news.example.br/2025/4/", UrlDate(2025, 4, None)),
        (
            "https://agencia.example.br/internacional/noticia/2025-04/ataque-deixa-mortos",
            UrlDate(2025, 4, None),
        ),
        ("https://news.example.br/2025-04/", UrlDate(2025, 4, None)),
    ],
)
def test_a_day_or_a_month_in_the_path(url: str, want: UrlDate) -> None:
    assert url_date(url) == want


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "https://news.example.com/2024/report-on-the-war",  # a year alone anchors nothing
        "https://news.example.com/?p=20210130",  # a query is no date
        "https://20210130.example.com/story",  # nor a host
        "https://news.example.com/news/1972398-story",  # an article number
        "https://news.example.com/x/2022-13-45/y",  # no such day
        "https://news.example.com/2021/02/30/story",  # no such day, and no month fallback from it
    ],
)
def test_no_date(url: str | None) -> None:
    got = url_date(url)
    assert got is None or got.day is None  # the impossible 30 February never becomes a day


def test_the_given_publication_day_wins_and_a_month_anchors_only_without_one() -> None:
    month = UrlDate(2025, 4)
    day = UrlDate(2025, 4, 14)
    assert publication_day(date(2025, 4, 20), day) == date(2025, 4, 20)
    assert publication_day(None, day) == date(2025, 4, 14)
    assert publication_day(None, month) is None
    assert month_anchor(None, month) == date(2025, 4, 30)
    assert month_anchor(date(2025, 4, 20), month) is None
    assert month_anchor(None, day) is None


def test_only_days_of_the_urls_month_may_stand_for_the_publication_day() -> None:
    days = [date(2024, 2, 10), date(2025, 4, 3), date(2025, 3, 30)]
    assert in_url_month(days, UrlDate(2025, 4)) == [date(2025, 4, 3)]
    assert in_url_month(days, UrlDate(2025, 4, 14)) == days  # a full day: the publication day itself
    assert in_url_month(days, None) == days


@dataclass
class _Seen:
    """A date as a text writes it, for ``reference_day``: its parts and whether it heads the report."""

    year: int | None
    month: int | None
    day: int | None
    heads: bool = False

    def resolve(self, ref: date | None) -> str | None:
        year = self.year or (ref.year if ref else None)
        return f"{year or 'XXXX'}-{self.month:02d}-{self.day:02d}" if self.month and self.day else None


def test_the_reports_now_is_its_publication_day_else_its_dateline_else_its_latest_full_date() -> None:
    heads = _Seen(None, 4, 12, heads=True)
    older, later = _Seen(2024, 11, 2), _Seen(2025, 4, 9)

    def dated(d: _Seen) -> bool:
        return d.heads

    assert reference_day(date(2025, 5, 1), None, [heads, later], dated) == date(2025, 5, 1)
    assert reference_day(None, UrlDate(2025, 4, 14), [heads], dated) == date(2025, 4, 14)
    # the dateline's year from the URL's month; without one no year is guessed and it stands for nothing
    assert reference_day(None, UrlDate(2025, 4), [older, heads], dated) == date(2025, 4, 12)
    assert reference_day(None, None, [heads, older, later], dated) == date(2025, 4, 9)
    # with a URL month, a full date of another month is another event's, not the report's "now"
    assert reference_day(None, UrlDate(2025, 4), [older, later], dated) == date(2025, 4, 9)
    assert reference_day(None, UrlDate(2025, 3), [older, later], dated) is None
