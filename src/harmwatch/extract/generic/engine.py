"""Run the generic stages on one cleaned report and assemble the records.

Stages: ``events.classify``, ``figures.find_figures`` (numbers from ``numbers.find_numbers``),
``dates.find_date``, ``places.find_places``, ``actors.find_perpetrator``, ``targets.find_targets``,
``speech.find_quotes`` / ``find_allegations`` / ``find_responses``. A language without a pack
gets its places and, where its lead names a place and a number in digits, one unclassified event
(``unsupported.unclassified_event``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from harmwatch.extract.context import DocContext
from harmwatch.extract.dates.url import url_date
from harmwatch.extract.generic.actors import UNNAMED, find_candidates, find_perpetrator
from harmwatch.extract.generic.dates import find_date
from harmwatch.extract.generic.events import classify
from harmwatch.extract.generic.figures import find_figures
from harmwatch.extract.generic.places import find_places
from harmwatch.extract.generic.speech import find_allegations, find_quotes, find_responses
from harmwatch.extract.generic.targets import find_targets
from harmwatch.extract.generic.tokens import tokenize
from harmwatch.extract.generic.unsupported import unclassified_event
from harmwatch.extract.lang import is_supported
from harmwatch.records import (
    Aggregate,
    Allegation,
    DateRange,
    Event,
    Evidence,
    Location,
    Perpetrator,
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


def make_context(
    text: str, language: str, published: date | None, title: str | None = None, url: str | None = None
) -> DocContext:
    """The context every generic stage reads: the text with its blank tokenization."""
    return DocContext(
        text=text,
        doc=tokenize(text, language),
        published=published,
        language=language,
        title=title,
        url_date=url_date(url),
    )


def extract_generic(ctx: DocContext) -> GenericResult:
    """Every claim of one non-English report, by the language pack of ``ctx.language``."""
    supported = is_supported(ctx.language)
    places: tuple[Location, ...] = find_places(ctx)
    if not supported:
        # no words to read: where, and numbers in digits; not what happened nor to whom
        event = unclassified_event(ctx, places)
        return GenericResult(supported=False, events=(event,) if event else ())
    kind = classify(ctx)
    figures = find_figures(ctx)
    events: tuple[Event, ...] = ()
    if kind.is_incident:
        when: DateRange = find_date(ctx)
        events = (
            Event(
                main=True,
                background=kind.background or _long_before(when, ctx.published),
                sub_event_type=kind.sub_event_type,
                weapon=kind.weapon,
                date=when,
                locations=places,
                perpetrator=find_perpetrator(ctx, places[0].country if places else None),
                targets=find_targets(ctx, places),
                casualties=figures.casualties,
                span=kind.span,
            ),
        )
    allegations = find_allegations(ctx)
    # a stance answers an incident or a charge: a report with neither (a trial for fraud, a road
    # accident, a refused visa) holds no response, whatever its "denied" or "opened an inquiry"
    responses = find_responses(ctx) if events or allegations else ()
    if events:
        responses += _blame_laid_elsewhere(ctx, events[0].perpetrator, allegations, responses)
    return GenericResult(
        events=events,
        aggregates=figures.aggregates,
        allegations=allegations,
        responses=responses,
        quotes=find_quotes(ctx),
    )


def _blame_laid_elsewhere(
    ctx: DocContext, perp: Perpetrator, allegations: tuple[Allegation, ...], found: tuple[Response, ...]
) -> tuple[Response, ...]:
    """An accusation made by the party the report holds responsible ("the general staff said the
    Russians themselves shelled the prison", when the report names the general staff's forces as
    the perpetrator) lays the blame elsewhere: a denial, as in English (``speech.responses``)."""
    if perp.name == "unknown" or not perp.text:
        return ()
    held = {c.key for c in find_candidates(make_context(perp.text, ctx.language, None))} - {UNNAMED}
    if perp.country:
        held.add(perp.country)
    out: list[Response] = []
    for a in allegations:
        accuser = a.accuser or ""
        if (
            not accuser
            or accuser == "report"
            or any(r.party == accuser and r.stance == "deny" for r in found + tuple(out))
        ):
            continue
        if held & {c.key for c in find_candidates(make_context(accuser, ctx.language, None))}:
            out.append(Response(accuser, "deny", a.text, a.span))
    return tuple(out)


def _long_before(when: DateRange, published: date | None) -> bool:
    """The incident's date lies long before the report: it recalls a past incident."""
    if published is None or not when.start or not re.match(r"\d{4}-\d\d-\d\d$", when.start):
        return False
    try:
        day = date.fromisoformat(when.start)
    except ValueError:
        return False
    return (published - day).days > BACKGROUND_DAYS
