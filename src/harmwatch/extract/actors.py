"""Who is said to have done it: the perpetrator and how the report attributes the act."""

from __future__ import annotations

from harmwatch.extract.context import DocContext
from harmwatch.records import Perpetrator


def find_perpetrator(ctx: DocContext) -> Perpetrator:
    return Perpetrator()
