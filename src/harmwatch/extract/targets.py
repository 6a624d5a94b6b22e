"""What was hit: homes, a mosque, a market, a hospital..."""

from __future__ import annotations

from harmwatch.extract.context import DocContext
from harmwatch.records import Target


def find_targets(ctx: DocContext) -> tuple[Target, ...]:
    return ()
