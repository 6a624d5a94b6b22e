"""The event gate and type: is the report about a violent incident, and of which kind?"""

from __future__ import annotations

from dataclasses import dataclass

from harmwatch.records import Span


@dataclass(frozen=True, slots=True)
class EventKind:
    """What both engines' classifiers (``events.classify``, ``generic.events``) say of a report."""

    is_incident: bool  # False: no violent incident (sport, disaster, exercise, policy)
    background: bool  # True: the report only recalls a past incident (trial, anniversary)
    sub_event_type: str | None
    weapon: str | None
    span: Span | None  # the words that decided the type
    scores: tuple[tuple[str, float], ...] = ()  # weighted evidence, for explanations and tests
