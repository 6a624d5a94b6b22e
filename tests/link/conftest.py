"""Builders for linker inputs: events written for the tests (invented reports)."""

from __future__ import annotations

import pytest

from harmwatch.records import Casualty, DateRange, EventRef, Location, Perpetrator, Response, Span

TOWNS = {
    # name: (admin1, country, lat, lon)
    "Kramatorsk": ("Donetsk Oblast", "UA", 48.72, 37.56),
    "Sloviansk": ("Donetsk Oblast", "UA", 48.85, 37.60),
    "Kharkiv": ("Kharkiv Oblast", "UA", 49.99, 36.23),
    "Aleppo": ("Aleppo", "SY", 36.20, 37.16),
    "Idlib": ("Idlib", "SY", 35.93, 36.63),
}


def build_event(
    doc: str,
    town: str | None = "Kramatorsk",
    day: str | None = "2022-04-08",
    kind: str | None = "Shelling/artillery/missile attack",
    perp: str = "Russian forces",
    killed: tuple[int | None, int | None] | None = (50, None),
    text: str = "",
    published: str | None = None,
    index: int = 0,
    main: bool = True,
    deny: str | None = None,
) -> EventRef:
    locs: tuple[Location, ...] = ()
    if town in TOWNS:
        admin1, cc, lat, lon = TOWNS[town]
        locs = (Location(name=town, admin1=admin1, country=cc, lat=lat, lon=lon, kind="city"),)
    elif town:
        locs = (Location(name=town, country=town[:2].upper(), kind="country"),)
    cas = ()
    if killed:
        cas = (Casualty(outcome="killed", min=killed[0], max=killed[1], source="officials", text="figure"),)
    responses = (
        (Response(party=deny, stance="deny", text=f"{deny} denied it", span=Span(0, 5)),) if deny else ()
    )
    return EventRef(
        document_id=doc,
        event_index=index,
        text=text or f"A report numbered {doc} about {town} and {perp}.",
        url=f"https://www.outlet-{doc}.example/news/{doc}",
        published=published or day,
        date=DateRange(start=day, end=day),
        locations=locs,
        sub_event_type=kind,
        perpetrator=Perpetrator(name=perp, kind="state"),
        casualties=cas,
        responses=responses,
        main=main,
    )


@pytest.fixture
def make_event():
    return build_event
