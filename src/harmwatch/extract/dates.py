"""The incident's date, resolved against the publication date; unknown parts stay unknown."""

from __future__ import annotations

from harmwatch.extract.context import DocContext
from harmwatch.records import DateRange


def find_date(ctx: DocContext) -> DateRange:
    return DateRange()
