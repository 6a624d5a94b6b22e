"""Run the generic stages on one cleaned report and assemble the records.

The stages owned by other modules are called by the names agreed in ML_CONTRACT.md:
``numbers.find_numbers(text, lang)``, ``dates.find_date(ctx)``, ``places.find_places(ctx)``,
``speech.find_quotes(ctx)``, ``speech.find_allegations(ctx)``, ``speech.find_responses(ctx)``.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from harmwatch.extract.context import DocContext
from harmwatch.extract.generic.actors import find_perpetrator
from harmwatch.extract.generic.events import classify
from harmwatch.extract.generic.figures import find_figures
from harmwatch.extract.generic.targets import find_targets
from harmwatch.extract.generic.tokens import tokenize
from harmwatch.extract.lang import is_supported
from harmwatch.records import (
    Aggregate,
    Allegation,
    DateRange,
    Event,
    Evidence,
    Location,
    Quote,
    Response,
)

BACKGROUND_DAYS = 180  # an incident dated this long before the report is recalled, not reported


@dataclass(frozen=True, slots=True)
class GenericResult:
    events: tuple[Event, ...] = ()
    aggregates: tuple[Aggregate, ...] = ()
    allegations: tuple[Allegation, ...] = ()
    responses: tuple[Response, ...] = ()
    quotes: tuple[Quote, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    supported: bool = True  # False: no pack for the language (digits and places only)


def make_context(text: str, language: str, published: date | None, title: str | None = None) -> DocContext:
    """The context every generic stage reads: the text with its blank tokenization."""
    return DocContext(
        text=text, doc=tokenize(text, language), published=published, language=language, title=title
    )


@cache
def _stage(module: str, name: str) -> Callable[..., Any] | None:
    """A stage function of a sibling module, or None while that module is not written yet."""
    full = f"harmwatch.extract.generic.{module}"
    try:
        mod = importlib.import_module(full)
    except ModuleNotFoundError as e:
        if e.name != full:
            raise
        return None  # TODO(ML-B/C/D): the owner has not committed this module yet
    return getattr(mod, name, None)


def _call(module: str, name: str, ctx: DocContext, default: Any) -> Any:
    fn = _stage(module, name)
    return default if fn is None else fn(ctx)


def extract_generic(ctx: DocContext) -> GenericResult:
    """Every claim of one non-English report, by the language pack of ``ctx.language``."""
    supported = is_supported(ctx.language)
    places: tuple[Location, ...] = _call("places", "find_places", ctx, ())
    if not supported:
        # no words to read: the report says where, but not what happened nor to whom
        return GenericResult(supported=False, events=_unsupported_events(places))
    kind = classify(ctx)
    figures = find_figures(ctx)
    events: tuple[Event, ...] = ()
    if kind.is_incident:
        when: DateRange = _call("dates", "find_date", ctx, DateRange())
        events = (
            Event(
                main=True,
                background=kind.background or _long_before(when, ctx.published),
                sub_event_type=kind.sub_event_type,
                weapon=kind.weapon,
                date=when,
                locations=places,
                perpetrator=find_perpetrator(ctx, places[0].country if places else None),
                targets=find_targets(ctx),
                casualties=figures.casualties,
                span=kind.span,
            ),
        )
    return GenericResult(
        events=events,
        aggregates=figures.aggregates,
        allegations=_call("speech", "find_allegations", ctx, ()),
        responses=_call("speech", "find_responses", ctx, ()),
        quotes=_call("speech", "find_quotes", ctx, ()),
    )


def _long_before(when: DateRange, published: date | None) -> bool:
    """The incident's date lies long before the report: it recalls a past incident."""
    if published is None or not when.start or not re.match(r"\d{4}-\d\d-\d\d$", when.start):
        return False
    try:
        day = date.fromisoformat(when.start)
    except ValueError:
        return False
    return (published - day).days > BACKGROUND_DAYS


def _unsupported_events(places: tuple[Location, ...]) -> tuple[Event, ...]:
    return ()
