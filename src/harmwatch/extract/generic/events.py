"""Is this report about a violent incident, and of which sub-event type? (any language)"""

from __future__ import annotations

from dataclasses import dataclass

from harmwatch.extract.context import DocContext
from harmwatch.records import Span


@dataclass(frozen=True, slots=True)
class EventKind:
    is_incident: bool
    background: bool
    sub_event_type: str | None
    weapon: str | None
    span: Span | None


def classify(ctx: DocContext) -> EventKind:
    return EventKind(False, False, None, None, None)
