"""Evidence the report cites: witness interviews, video, images, satellite imagery, documents."""

from __future__ import annotations

from harmwatch.extract.context import DocContext
from harmwatch.records import Evidence


def find_evidence(ctx: DocContext) -> tuple[Evidence, ...]:
    return ()
