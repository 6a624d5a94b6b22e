"""Allegations: who accuses whom of what (war crimes, IHL violations, ...)."""

from __future__ import annotations

from harmwatch.extract.context import DocContext
from harmwatch.records import Allegation


def find_allegations(ctx: DocContext) -> tuple[Allegation, ...]:
    return ()
