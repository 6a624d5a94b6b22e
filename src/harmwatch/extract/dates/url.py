"""The date a report's URL gives: the publication day ("/2022/04/03/", "20210130-") or month
("/2025/04/"), an anchor for a day and month the text writes without a year when the report
comes without a publication date.

Public API::

    url_date(url: str | None) -> UrlDate | None
    reference_day(published, url, mentions, is_dateline) -> date | None

News sites put the publication date in the path, as htmldate's URL rule reads it: a year, a
month and a day joined by ``/``, ``-``, ``_`` or ``.``, or written as eight digits; or a year and
a month as two path segments or as one ("/2025/04/", "/noticia/2025-04/"). Only the path is
read (a host or a query is no date), a year from 1990 to 2099, a real calendar day. A year alone ("/2024/report-...") anchors nothing: sites file
older stories under it too.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol, TypeVar
from urllib.parse import urlsplit

_YEAR = r"(?P<y>(?:199|20\d)\d)"
_FULL = re.compile(
    rf"(?<![\d])({_YEAR}(?P<s>[/_.-])(?P<m>0?[1-9]|1[0-2])(?P=s)(?P<d>0?[1-9]|[12]\d|3[01])"
    rf"|{_YEAR.replace('y>', 'y2>')}(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01]))(?!\d)"
)
_MONTH = re.compile(rf"/{_YEAR}[/-](?P<m>0?[1-9]|1[0-2])(?:/|$)")


@dataclass(frozen=True, slots=True)
class UrlDate:
    year: int
    month: int
    day: int | None = None  # None: the URL gives the month only

    @property
    def as_day(self) -> date | None:
        """The publication day, where the URL gives one."""
        return date(self.year, self.month, self.day) if self.day else None

    @property
    def month_end(self) -> date:
        """The last day of the month: no incident the report tells is later."""
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])


def url_date(url: str | None) -> UrlDate | None:
    """The publication day or month the URL's path gives, or None."""
    if not url:
        return None
    try:
        path = urlsplit(url if "//" in url else f"//{url}").path
    except ValueError:
        return None
    for m in _FULL.finditer(path):
        y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
        try:
            return UrlDate(int(y), int(mo), date(int(y), int(mo), int(d)).day)
        except ValueError:
            continue
    month = _MONTH.search(path)
    return UrlDate(int(month["y"]), int(month["m"])) if month else None


def publication_day(published: date | None, url: UrlDate | None) -> date | None:
    """The report's publication day: as given, else the day its URL gives."""
    return published if published is not None else (url.as_day if url else None)


def month_anchor(published: date | None, url: UrlDate | None) -> date | None:
    """Without a publication day, the last day of the month the URL gives: the year of a day and
    month written without one ("13 de abril") is the latest that puts it on or before it."""
    if published is not None or url is None or url.day is not None:
        return None
    return url.month_end


def in_url_month(days: list[date], url: UrlDate | None) -> list[date]:
    """The days a text writes that may stand for its publication day: where the URL gives a month
    (and no day), only those of that month; a full date of another month or year is another
    event's (an arrest, an earlier attack), not the report's "now"."""
    if url is None or url.day is not None:
        return days
    return [d for d in days if (d.year, d.month) == (url.year, url.month)]


class _DayMention(Protocol):
    """What ``reference_day`` reads of a date mention (both engines' mentions have it)."""

    year: int | None
    month: int | None
    day: int | None

    def resolve(self, ref: date | None) -> str | None: ...


_M = TypeVar("_M", bound=_DayMention)


def reference_day(
    published: date | None, url: UrlDate | None, mentions: Iterable[_M], is_dateline: Callable[[_M], bool]
) -> date | None:
    """The report's "now", against which "yesterday" and "on Sunday" resolve: the publication day
    (given, else the URL's), else the day of the report's dateline (``is_dateline`` tells which
    mentions head the report: "KYIV, April 12 (Reuters) -"; its year from the URL's month where it
    writes none), else the latest full date the text writes (one in the URL's month, where the URL
    gives a month: an arrest of 2024 recalled in a report filed in April 2025 is no "now")."""
    day = publication_day(published, url)
    if day is not None:
        return day
    mentions = list(mentions)
    month_ref = month_anchor(published, url)
    for d in mentions:
        iso = d.resolve(month_ref) if d.month and d.day and is_dateline(d) else None
        if iso is not None and "X" not in iso:
            return date.fromisoformat(iso)
    full = [date(d.year, d.month, d.day) for d in mentions if d.year and d.month and d.day]
    full = in_url_month(full, url)
    return max(full) if full else None
