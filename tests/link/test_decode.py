from __future__ import annotations

from harmwatch.link.decode import event_refs_from_extraction, event_refs_from_json
from harmwatch.records import Casualty, DateRange, Event, Extraction, Location, Response, Span, Target


def extraction() -> Extraction:
    text = "Shells hit Kharkiv on 3 May, killing 4 people. The ministry denied it."
    return Extraction(
        id="doc-1",
        text=text,
        url="https://www.example.org/a/1",
        published="2022-05-04",
        events=(
            Event(
                main=True,
                sub_event_type="Shelling/artillery/missile attack",
                date=DateRange(start="2022-05-03", end="2022-05-03", text="3 May", span=Span(22, 27)),
                locations=(
                    Location(
                        name="Kharkiv",
                        admin1="Kharkiv Oblast",
                        country="UA",
                        lat=49.99,
                        lon=36.23,
                        kind="city",
                        text="Kharkiv",
                        span=Span(11, 18),
                    ),
                ),
                targets=(Target(type="residential", text="homes", span=Span(0, 5)),),
                casualties=(Casualty(outcome="killed", min=4, max=4, text="4 people", span=Span(37, 45)),),
            ),
        ),
        responses=(
            Response(party="The ministry", stance="deny", text="The ministry denied it", span=Span(47, 69)),
        ),
    )


def test_refs_from_json_equal_refs_from_typed_extraction():
    ex = extraction()
    typed = event_refs_from_extraction(ex)
    from_json = event_refs_from_json(ex.to_dict())
    assert typed == from_json
    (ref,) = typed
    assert ref.document_id == "doc-1" and ref.outlet == "example.org"
    assert ref.targets == ("residential",)
    assert ref.responses[0].stance == "deny"
    assert ref.casualties[0].min == 4


def test_document_without_events_gives_no_refs():
    assert event_refs_from_json({"id": "x", "text": "Markets rallied.", "events": []}) == []
