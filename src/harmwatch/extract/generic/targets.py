"""What was hit, in any language."""

from __future__ import annotations

from harmwatch.extract.context import DocContext
from harmwatch.records import Target


def find_targets(ctx: DocContext) -> tuple[Target, ...]:
    return ()
