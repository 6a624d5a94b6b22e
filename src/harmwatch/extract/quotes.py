"""Direct quotations and their speakers."""

from __future__ import annotations

from harmwatch.extract.context import DocContext
from harmwatch.records import Quote


def find_quotes(ctx: DocContext) -> tuple[Quote, ...]:
    return ()
