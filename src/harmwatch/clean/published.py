"""The publication date written in a removed chrome line ("Published: 07:40 GMT, Mar 4, 2025").

Scraped text often carries its date only in the page chrome the cleaner takes out; it is kept
as ``CleanText.published`` (the caller's own date, when given, wins in the pipeline). Only
English month names and ISO dates are read; "Updated" dates are never taken for publication.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ),
        start=1,
    )
    for m in names.split()
}
_MONTH = r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE = re.compile(
    r"\b(?:"
    + _MONTH.format(g="m1")
    + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})"  # Oct 9, 2016
    + r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+"
    + _MONTH.format(g="m2")
    + r",?\s+(?P<y2>\d{4})"  # 9 October 2016
    + r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))\b",  # 2016-10-09
    re.IGNORECASE,
)
_PART_SPLIT = re.compile(r"\s*[|•·]\s*")
_PUBLISHED = re.compile(r"^(?:by .{1,40}?\s)?(?:first )?(?:published|posted|created)\b", re.IGNORECASE)
_UPDATED = re.compile(r"\b(?:last )?updated?\b", re.IGNORECASE)


def published_date(lines: list[str]) -> str | None:
    """ISO date of publication from removed chrome lines: a "Published"/"Posted" date first,
    else a date standing alone in a chrome part; None when there is none."""
    loose: str | None = None
    for line in lines:
        for part in _PART_SPLIT.split(line):
            if _UPDATED.search(part) and not _PUBLISHED.search(part):
                continue
            iso = _parse(part)
            if iso is None:
                continue
            if _PUBLISHED.search(part):
                return iso
            loose = loose or iso
    return loose


def _parse(text: str) -> str | None:
    m = _DATE.search(text)
    if not m:
        return None
    if m.group("y3"):
        year, month, day = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
    else:
        name = (m.group("m1") or m.group("m2")).lower().rstrip(".")
        year = int(m.group("y1") or m.group("y2"))
        day = int(m.group("d1") or m.group("d2"))
        month = _MONTHS[name]
    if not 1990 <= year <= 2100:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # "Feb 31"
        return None
