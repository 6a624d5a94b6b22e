"""Is this report about a violent incident, and of which ACLED sub-event type?"""

from __future__ import annotations

from dataclasses import dataclass

from harmwatch.extract.context import DocContext
from harmwatch.records import Span


@dataclass(frozen=True, slots=True)
class EventKind:
    is_incident: bool  # False: no violent incident (sport, disaster, exercise, policy)
    background: bool  # True: the report only recalls a past incident (trial, anniversary)
    sub_event_type: str | None
    weapon: str | None
    span: Span | None  # the words that decided the type


def classify(ctx: DocContext) -> EventKind:
    return EventKind(False, False, None, None, None)
