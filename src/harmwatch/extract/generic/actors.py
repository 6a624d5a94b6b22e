"""Who did it, in any language: perpetrator names with ISO country and kind."""

from __future__ import annotations

from harmwatch.extract.context import DocContext
from harmwatch.records import Perpetrator


def find_perpetrator(ctx: DocContext) -> Perpetrator:
    return Perpetrator()
