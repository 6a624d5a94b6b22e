from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from harmwatch.records import (
    Aggregate,
    Casualty,
    DateRange,
    Event,
    Extraction,
    Location,
    Perpetrator,
    Quote,
    Span,
)
from harmwatch.store.linking import link_pending, rebuild
from harmwatch.store.queries import (
    DocumentMeta,
    IncidentFilter,
    add_document,
    counts,
    find_incidents,
    has_document,
    incident_record,
    record_error,
)
from harmwatch.store.tables import Claim, Incident

PLACES = {  # name: (admin1, country, lat, lon)
    "Kharkiv": ("Kharkivska", "UA", 49.98, 36.25),
    "Aleppo": ("Aleppo", "SY", 36.20, 37.16),
}


def report(killed: int, place: str) -> str:
    return f'Shelling killed at least {killed} people in {place} on Monday, officials said. "It was terrible," Olena Petrenko said.'


def extraction(doc_id: str, killed: int = 7, place: str = "Kharkiv", date: str = "2022-03-07") -> Extraction:
    text = report(killed, place)

    def span_of(words: str) -> Span:
        start = text.index(words)
        return Span(start, start + len(words))

    admin1, country, lat, lon = PLACES[place]
    ev = Event(
        main=True,
        sub_event_type="Shelling/artillery/missile attack",
        date=DateRange(start=date, end=date, text="on Monday", span=span_of("on Monday")),
        locations=(Location(place, admin1, country, lat, lon, "city", place, span_of(place)),),
        perpetrator=Perpetrator(),
        casualties=(
            Casualty(
                "killed",
                killed,
                None,
                text=f"at least {killed} people",
                span=span_of(f"at least {killed} people"),
            ),
        ),
        span=Span(0, text.index(".") + 1),
    )
    return Extraction(
        id=doc_id,
        text=text,
        events=(ev,),
        aggregates=(Aggregate(killed, "killed", str(killed), span_of(str(killed))),),
        quotes=(Quote("Olena Petrenko", "It was terrible,", span_of("It was terrible,")),),
        extractor_version="test-1",
        language="en",
    )


def meta(doc_id: str, raw: bytes) -> DocumentMeta:
    return DocumentMeta(
        sha256=hashlib.sha256(raw).hexdigest(),
        raw=raw,
        raw_kind="text",
        source=f"{doc_id}.txt",
        input_id=doc_id,
        url=f"https://www.example.org/{doc_id}",
        outlet="example.org",
    )


@pytest.fixture
def db(store):
    return store


def test_claims_are_stored_with_spans_into_the_cleaned_text(db):
    with db.session() as s:
        add_document(s, meta("a", b"raw a"), extraction("a"))
    with db.session() as s:
        claims = s.scalars(select(Claim).order_by(Claim.id)).all()
        kinds = [c.kind for c in claims]
        assert kinds == ["casualty", "location", "date", "aggregate", "quote"]
        text = report(7, "Kharkiv")
        for c in claims:
            assert text[c.span_start : c.span_end] == c.payload["text"]
        assert [c.event_index for c in claims] == [0, 0, 0, None, None]
        assert has_document(s, hashlib.sha256(b"raw a").hexdigest())
        assert not has_document(s, hashlib.sha256(b"raw b").hexdigest())


def test_raw_bytes_are_kept_exactly(db):
    raw = "Ünïcode bytes\r\n".encode()
    with db.session() as s:
        doc = add_document(s, meta("u", raw), extraction("u"))
        doc_id = doc.id
    with db.session() as s:
        from harmwatch.store.tables import Document

        assert s.get(Document, doc_id).raw == raw


def test_two_reports_of_one_attack_form_one_incident_with_both_figures(db):
    with db.session() as s:
        add_document(s, meta("a", b"a"), extraction("a", killed=7))
        add_document(s, meta("b", b"b"), extraction("b", killed=9))
        add_document(s, meta("c", b"c"), extraction("c", killed=4, place="Aleppo", date="2016-10-08"))
        record_error(s, "bad.txt", "empty: no text")
    with db.session() as s:
        assert link_pending(s) == 3
    with db.session() as s:
        assert link_pending(s) == 0  # nothing left to link
        c = counts(s)
        assert (c.documents, c.incidents, c.claims, c.errors, c.events) == (3, 2, 15, 1, 3)
        records = [incident_record(i) for i in find_incidents(s)]
        # linked by date (2016 before 2022); documents of one day in the order of their content
        assert [sorted(r["documents"]) for r in records] == [["c"], ["a", "b"]]
        first = records[1]
        assert (first["killed_min"], first["killed_max"]) == (7, 9)
        assert sorted((src["killed"]["min"], src["killed"]["max"]) for src in first["sources"]) == [
            (7, None),
            (9, None),
        ]
        assert first["disagreement"] == 0.222  # (9 - 7) / 9
    with db.session() as s:
        assert rebuild(s) == 3
        assert [sorted(incident_record(i)["documents"]) for i in find_incidents(s)] == [["c"], ["a", "b"]]


def test_incident_record_lists_input_ids_and_each_sources_figures(db):
    with db.session() as s:
        add_document(s, meta("a", b"a"), extraction("a"))
        link_pending(s)
    with db.session() as s:
        [inc] = list(find_incidents(s))
        r = incident_record(inc)
    assert r["documents"] == ["a"]
    assert r["killed_min"] == 7 and r["killed_max"] == 7  # "at least 7": the range across sources is 7..7
    assert r["injured_min"] is None and r["injured_max"] is None  # unknown stays unknown, never 0
    assert r["sources"][0]["url"] == "https://www.example.org/a"
    assert r["sources"][0]["killed"] == {"min": 7, "max": None, "text": "at least 7 people", "given_by": None}
    assert (r["country"], r["place"], r["date_start"]) == ("UA", "Kharkiv", "2022-03-07")


def test_incident_filters(db):
    with db.session() as s:
        add_document(s, meta("a", b"a"), extraction("a", killed=3, place="Kharkiv", date="2022-03-07"))
        add_document(s, meta("b", b"b"), extraction("b", killed=30, place="Aleppo", date="2016-10-08"))
        link_pending(s)
    with db.session() as s:

        def ids(**kw) -> list[str]:
            return [incident_record(i)["documents"][0] for i in find_incidents(s, IncidentFilter(**kw))]

        assert sorted(ids()) == ["a", "b"]
        assert ids(country="sy") == ["b"]
        assert ids(since="2020-01-01") == ["a"]
        assert ids(until="2020-01-01") == ["b"]
        assert ids(min_killed=10) == ["b"]
        assert sorted(ids(sub_event_type="shelling/artillery/missile attack")) == ["a", "b"]
        assert ids(sub_event_type="Air/drone strike") == []


def test_locked_incidents_survive_rebuild(db):
    with db.session() as s:
        add_document(s, meta("a", b"a"), extraction("a"))
        add_document(s, meta("b", b"b"), extraction("b", place="Aleppo", date="2016-10-08"))
        link_pending(s)
    with db.session() as s:
        first = s.scalars(select(Incident).where(Incident.place == "Kharkiv")).one()
        first.locked = True
        locked_key = first.key
    with db.session() as s:
        assert rebuild(s) == 1  # only the event of the unlocked incident is linked again
        assert counts(s).incidents == 2
        assert s.scalars(select(Incident.key).where(Incident.locked.is_(True))).all() == [locked_key]
