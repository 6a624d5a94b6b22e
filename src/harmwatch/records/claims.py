"""Typed records that flow between harmwatch's stages.

Every claim carries a :class:`Span` into the *cleaned* text, so that
``clean_text[span.start:span.end]`` is exactly the words that make the claim.
``to_dict()`` on :class:`Extraction` gives the JSON contract of ``harmwatch extract``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

# "unknown": a number in digits whose words were not read (a report in a language without a
# pack): never counted as killed or injured
Outcome = Literal["killed", "injured", "unknown"]
PerpKind = Literal["state", "non_state", "unknown"]
Attribution = Literal["stated", "alleged", "claimed", "denied", "unknown"]


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # offsets into the cleaned text, [start, end)
    end: int

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class RemovedSegment:
    """A piece of boilerplate taken out of the raw text, with the reason."""

    text: str
    reason: str  # e.g. "advertisement", "caption", "related_headlines", "newsletter", "copyright", "tags"
    raw_span: Span  # offsets into the raw input text

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason, "raw_span": self.raw_span.as_list()}


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    removed: tuple[RemovedSegment, ...] = ()
    title: str | None = None
    published: str | None = None  # ISO date, from the caller or the page's metadata


@dataclass(frozen=True, slots=True)
class Casualty:
    outcome: Outcome
    min: int | None  # unknown is None, never 0
    max: int | None
    group: str = "people"
    approximate: bool = False
    vague: bool = False
    derived: bool = False  # computed (e.g. summed), not read from the text
    source: str | None = None
    text: str = ""
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "outcome": self.outcome,
            "group": self.group,
            "min": self.min,
            "max": self.max,
            "approximate": self.approximate,
            "vague": self.vague,
            "source": self.source,
            "text": self.text,
            "span": self.span.as_list() if self.span else None,
        }
        if self.derived:
            d["derived"] = True
        return d


@dataclass(frozen=True, slots=True)
class Aggregate:
    """A cumulative or conflict-wide toll: never an incident's figure."""

    number: int
    outcome: Outcome | None
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "outcome": self.outcome,
            "text": self.text,
            "span": self.span.as_list(),
        }


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    admin1: str | None = None
    country: str | None = None  # ISO 3166 alpha-2
    lat: float | None = None
    lon: float | None = None
    kind: str = "place"  # "city", "admin1", "country", ...
    text: str = ""
    span: Span | None = None
    aliases: tuple[str, ...] = ()  # other names the text gives it: "Qorb (Vellmar) region", "X [Y]"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "admin1": self.admin1,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "kind": self.kind,
            "text": self.text,
            "span": self.span.as_list() if self.span else None,
            "aliases": list(self.aliases),
        }


@dataclass(frozen=True, slots=True)
class Perpetrator:
    name: str = "unknown"
    country: str | None = None
    kind: PerpKind = "unknown"
    attribution: Attribution = "unknown"
    text: str = ""
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "kind": self.kind,
            "attribution": self.attribution,
            "text": self.text,
            "span": self.span.as_list() if self.span else None,
        }


@dataclass(frozen=True, slots=True)
class DateRange:
    start: str | None = None  # ISO date; unknown parts as X ("XXXX-09-30")
    end: str | None = None
    text: str = ""
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "span": self.span.as_list() if self.span else None,
        }


@dataclass(frozen=True, slots=True)
class Target:
    type: str  # GOLD vocabulary: residential, medical, market, ...
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "text": self.text, "span": self.span.as_list()}


@dataclass(frozen=True, slots=True)
class Evidence:
    kind: str  # witness_interviews, video, images, satellite_imagery, documents, ...
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "span": self.span.as_list()}


@dataclass(frozen=True, slots=True)
class Allegation:
    accuser: str | None
    accused: str | None
    charge: str  # war_crime, crime_against_humanity, genocide, ihl_violation, ...
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "accuser": self.accuser,
            "accused": self.accused,
            "charge": self.charge,
            "text": self.text,
            "span": self.span.as_list(),
        }


@dataclass(frozen=True, slots=True)
class Response:
    party: str | None
    stance: str  # deny, acknowledge, investigate, justify, regret, no_comment
    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"party": self.party, "stance": self.stance, "text": self.text, "span": self.span.as_list()}


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None
    text: str  # the quoted words, without the quote marks
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker, "text": self.text, "span": self.span.as_list()}


@dataclass(frozen=True, slots=True)
class Event:
    main: bool
    sub_event_type: str | None
    weapon: str | None = None
    background: bool = False
    date: DateRange = field(default_factory=DateRange)
    locations: tuple[Location, ...] = ()
    perpetrator: Perpetrator = field(default_factory=Perpetrator)
    targets: tuple[Target, ...] = ()
    casualties: tuple[Casualty, ...] = ()
    span: Span | None = None  # the sentence that anchors the event
    # True: no language pack read the report (a place and numbers in digits only, no type, no
    # killed or injured): the linker needs strong evidence to join it to an incident
    unclassified: bool = False

    def to_dict(self) -> dict[str, Any]:
        seen: set[str] = set()
        targets = []
        for t in self.targets:
            if t.type not in seen:
                seen.add(t.type)
                targets.append(t.type)
        d: dict[str, Any] = {
            "main": self.main,
            "background": self.background,
            "sub_event_type": self.sub_event_type,
            "weapon": self.weapon,
            "date": self.date.to_dict(),
            "locations": [loc.to_dict() for loc in self.locations],
            "perpetrator": self.perpetrator.to_dict(),
            "targets": targets,
            "target_mentions": [t.to_dict() for t in self.targets],
            "casualties": [c.to_dict() for c in self.casualties],
            "span": self.span.as_list() if self.span else None,
        }
        if self.unclassified:
            d["unclassified"] = True  # said only where it holds, as language_supported
        return d


@dataclass(frozen=True, slots=True)
class Extraction:
    id: str | None
    text: str  # the cleaned text every span refers to
    events: tuple[Event, ...] = ()
    aggregates: tuple[Aggregate, ...] = ()
    allegations: tuple[Allegation, ...] = ()
    responses: tuple[Response, ...] = ()
    quotes: tuple[Quote, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    removed: tuple[RemovedSegment, ...] = ()
    url: str | None = None
    published: str | None = None
    language: str | None = None
    title: str | None = None
    extractor_version: str = ""
    language_supported: bool = True  # False: no language pack (cleaning, digits and places only)

    def to_dict(self) -> dict[str, Any]:
        d = self._contract()
        if not self.language_supported:
            d["language_supported"] = False  # said only where it matters: no pack for the language
        return d

    def _contract(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "published": self.published,
            "language": self.language,
            "title": self.title,
            "extractor_version": self.extractor_version,
            "events": [e.to_dict() for e in self.events],
            "aggregates": [a.to_dict() for a in self.aggregates],
            "allegations": [a.to_dict() for a in self.allegations],
            "responses": [r.to_dict() for r in self.responses],
            "quotes": [q.to_dict() for q in self.quotes],
            "evidence": [e.to_dict() for e in self.evidence],
            "text": self.text,
            "removed": [r.to_dict() for r in self.removed],
        }
