"""Records the linker reads and writes (pure data, no I/O).

Public API (for ``store/`` and the CLI)::

    EventRef(document_id, event_index=0, text="", url=None, outlet=None, title=None, published=None,
             date=DateRange(), locations=(), sub_event_type=None, weapon=None,
             perpetrator=Perpetrator(), targets=(), casualties=(), responses=(), allegations=(),
             main=True, background=False, sightings=(), unclassified=False)
        one extracted event of one document, with what linking and summaries need.
    Incident(key, events)                  a group of EventRefs reported as one real incident
    IncidentSummary(...)                   what an investigator reads about an incident (see below)
    FigureRange, SourceFigure, PerpetratorClaim, Denial, SourceReport: parts of IncidentSummary

Unknown figures are ``None``, never 0, all the way to the exports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from harmwatch.records.claims import Allegation, Casualty, DateRange, Location, Perpetrator, Response


def outlet_of(url: str | None) -> str | None:
    """The outlet's host name, without ``www.`` (``https://www.x.org/a`` -> ``x.org``)."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


@dataclass(frozen=True, slots=True)
class Sighting:
    """The same document (same bytes) seen again under another id, url, outlet or date: provenance,
    and a sign of syndication, never a further source."""

    input_id: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "input_id": self.input_id,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
        }


@dataclass(frozen=True, slots=True)
class EventRef:
    """One extracted event of one document: the linker's input."""

    document_id: str
    event_index: int = 0
    text: str = ""  # the document's cleaned text (text similarity)
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    date: DateRange = field(default_factory=DateRange)
    locations: tuple[Location, ...] = ()
    sub_event_type: str | None = None
    weapon: str | None = None
    perpetrator: Perpetrator = field(default_factory=Perpetrator)
    targets: tuple[str, ...] = ()  # GOLD target vocabulary
    casualties: tuple[Casualty, ...] = ()
    responses: tuple[Response, ...] = ()  # the document's responses (a "deny" makes the incident contested)
    allegations: tuple[Allegation, ...] = ()
    main: bool = True
    background: bool = False
    sightings: tuple[Sighting, ...] = ()  # the document's further sightings (not further sources)
    unclassified: bool = False  # from a report no language pack read (Event.unclassified)

    @property
    def ref(self) -> str:
        return f"{self.document_id}#{self.event_index}"


@dataclass(frozen=True, slots=True)
class Incident:
    """Events linked as reports of one real incident, in the order they joined."""

    key: str
    events: tuple[EventRef, ...]

    @property
    def documents(self) -> tuple[str, ...]:
        """Documents that report this incident as their main story (all linked documents when
        none does): the incident's sources."""
        main = tuple(dict.fromkeys(e.document_id for e in self.events if e.main and not e.background))
        return main or self.all_documents

    @property
    def all_documents(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.document_id for e in self.events))

    @property
    def mentioned_in(self) -> tuple[str, ...]:
        """Documents linked only through a secondary or background event (they recall it)."""
        main = set(self.documents)
        return tuple(d for d in self.all_documents if d not in main)


@dataclass(frozen=True, slots=True)
class SourceFigure:
    """One source's own figure for the incident (a document's headline figure for an outcome)."""

    document_id: str
    outlet: str | None
    url: str | None
    min: int | None
    max: int | None
    given_by: str | None = None  # who gives the figure in the text ("UN", "report", a ministry)
    group: str = "people"
    approximate: bool = False
    vague: bool = False
    text: str = ""

    @property
    def low(self) -> int | None:
        return self.min if self.min is not None else self.max

    @property
    def high(self) -> int | None:
        return self.max if self.max is not None else self.min


@dataclass(frozen=True, slots=True)
class FigureRange:
    """Killed or injured across sources: lowest, highest, a best guess and how much sources disagree."""

    low: int | None = None  # min of the sources' minimums (ACLED's conservative figure)
    high: int | None = None  # max of the sources' maximums (or of minimums when all are open)
    best: int | None = None  # median of the sources' figures
    disagreement: float | None = None  # (max - min) / max over sources' figures; 0 when they agree
    by_source: tuple[SourceFigure, ...] = ()


@dataclass(frozen=True, slots=True)
class PerpetratorClaim:
    """A party named as perpetrator, and which documents attribute it (and how)."""

    name: str
    country: str | None
    kind: str
    attributed_by: tuple[str, ...]  # document ids
    attributions: tuple[str, ...] = ()  # stated / alleged / claimed / denied, as the documents put it


@dataclass(frozen=True, slots=True)
class Denial:
    party: str | None
    document_id: str
    text: str


@dataclass(frozen=True, slots=True)
class SourceReport:
    """What one document says about the incident, with its claims' words."""

    document_id: str
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    date: DateRange
    locations: tuple[Location, ...]
    sub_event_type: str | None
    perpetrator: Perpetrator
    targets: tuple[str, ...]
    casualties: tuple[Casualty, ...]
    responses: tuple[Response, ...] = ()
    allegations: tuple[Allegation, ...] = ()
    sightings: tuple[Sighting, ...] = ()


@dataclass(frozen=True, slots=True)
class IncidentSummary:
    key: str
    documents: tuple[str, ...]
    date_start: str | None  # ISO date (earliest known), None when no source dates it
    date_end: str | None
    place: Location | None  # the most specific place the sources agree on most
    sub_event_type: str | None
    event_type: str | None  # ACLED event type of sub_event_type
    weapon: str | None
    perpetrators: tuple[PerpetratorClaim, ...]
    targets: tuple[str, ...]
    killed: FigureRange
    injured: FigureRange
    contested: bool  # a party denies (a response with stance "deny" in a linked document)
    denials: tuple[Denial, ...]
    sources: tuple[SourceReport, ...]

    @property
    def country(self) -> str | None:
        return self.place.country if self.place else None
