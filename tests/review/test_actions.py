"""Review actions change the store, are audited, replay to the current state, and lock incidents."""

from __future__ import annotations

import pytest

from harmwatch.errors import UsageError
from harmwatch.review import actions
from harmwatch.review.tables import User
from harmwatch.store.tables import Incident, IncidentSource


@pytest.fixture
def db(tmp_path):
    from harmwatch.review.synthetic import fill
    from harmwatch.review.users import add_user
    from harmwatch.store.db import open_db

    db = open_db(f"sqlite:///{tmp_path / 'r.db'}")
    fill(db, 4, sources_per_incident=2, seed=1)
    with db.session() as s:
        add_user(s, "ana", "editor", "password-ana")
    yield db
    db.close()


def _user(s) -> User:
    return s.query(User).filter_by(name="ana").one()


def test_correct_grade_and_replay(db):
    with db.session() as s:
        u = _user(s)
        old = s.get(Incident, 1).killed_min
        actions.correct_incident(s, u, 1, "killed_min", "41")
        actions.grade_incident(s, u, 1, "fair")
        actions.correct_incident(s, u, 1, "place", "Old Town")
    with db.session() as s:
        inc = s.get(Incident, 1)
        assert (inc.killed_min, inc.grade, inc.place, inc.locked) == (41, "fair", "Old Town", True)
        hist = actions.history(s, 1)
        assert [e.action for e in hist] == ["correct", "grade", "correct"]
        assert hist[0].before == {"killed_min": old} and hist[0].after == {"killed_min": 41}
        assert all(e.user == "ana" for e in hist)
        states = actions.replay(s, 1)
        assert states[0]["killed_min"] == old and states[0]["grade"] is None
        assert (
            states[-1]["killed_min"] == 41
            and states[-1]["grade"] == "fair"
            and states[-1]["place"] == "Old Town"
        )


def test_bad_corrections_are_refused(db):
    with db.session() as s:
        u = _user(s)
        with pytest.raises(UsageError):
            actions.correct_incident(s, u, 1, "killed_min", "many")
        with pytest.raises(UsageError):
            actions.correct_incident(s, u, 1, "killed_min", "-3")
        with pytest.raises(UsageError):
            actions.correct_incident(s, u, 1, "id", "9")
        with pytest.raises(UsageError):
            actions.grade_incident(s, u, 1, "excellent")
        with pytest.raises(LookupError):
            actions.grade_incident(s, u, 999, "fair")


def test_merge_and_split(db):
    with db.session() as s:
        u = _user(s)
        a, b = s.get(Incident, 1), s.get(Incident, 2)
        lo = min(a.killed_min, b.killed_min)
        hi = max(a.killed_max, b.killed_max)
        actions.merge_incidents(s, u, 1, 2)
    with db.session() as s:
        assert s.get(Incident, 2) is None
        inc = s.get(Incident, 1)
        assert len(inc.sources) == 4 and (inc.killed_min, inc.killed_max) == (lo, hi)
        doc = inc.sources[-1].document_id
        new = actions.split_document(s, _user(s), 1, doc)
        new_id = new.id
    with db.session() as s:
        assert [x.document_id for x in s.query(IncidentSource).filter_by(incident_id=new_id)] == [doc]
        assert len(s.get(Incident, 1).sources) == 3
        assert [e.action for e in actions.history(s, 1)] == ["merge", "merged_into", "split"]  # with 2's
        with pytest.raises(UsageError):
            actions.merge_incidents(s, _user(s), 1, 1)


def test_claim_review_with_correction(db):
    from harmwatch.review.tables import ClaimReview
    from harmwatch.store.tables import Claim

    with db.session() as s:
        claim = s.query(Claim).filter_by(document_id=1).first()
        actions.review_claim(s, _user(s), claim.id, "confirmed", {"min": 7})
        cid = claim.id
    with db.session() as s:
        r = s.get(ClaimReview, cid)
        assert r.status == "confirmed" and r.corrected["min"] == 7 and r.by == "ana"
        assert s.get(Incident, 1).locked is True


def test_relink_keeps_the_analysts_incident(db):
    """A reviewed (locked) incident keeps its corrected fields through `link --rebuild`, and a new
    report of it joins as a source without overwriting them."""
    from datetime import UTC, datetime

    from harmwatch.store.linking import link_pending, rebuild
    from harmwatch.store.tables import Document, EventRow

    with db.session() as s:
        actions.correct_incident(s, _user(s), 1, "killed_max", "999")  # a maximum first: min ≤ max
        actions.correct_incident(s, _user(s), 1, "killed_min", "999")
        before = sorted(x.document_id for x in s.get(Incident, 1).sources)
    with db.session() as s:
        rebuild(s)
    with db.session() as s:
        inc = s.get(Incident, 1)
        assert inc.killed_min == 999 and inc.locked
        assert sorted(x.document_id for x in inc.sources) == before
        src = s.get(Document, before[0])
        ev = s.query(EventRow).filter_by(document_id=src.id).one()
        copy = Document(
            input_id="late-report",
            sha256="f" * 64,
            raw=src.raw + b" (update)",
            raw_kind="text",
            text=src.text,
            removed=[],
            url="https://late.example/1",
            outlet="late.example",
            title=src.title,
            language="en",
            published=src.published,
            ingested_at=datetime.now(UTC),
            source="test",
            extractor_version="test",
        )
        s.add(copy)
        s.flush()
        s.add(EventRow(document_id=copy.id, index=0, main=True, background=False, payload=dict(ev.payload)))
        s.flush()
        assert link_pending(s) == 1
        new_doc = copy.id
    with db.session() as s:
        inc = s.get(Incident, 1)
        assert new_doc in [x.document_id for x in inc.sources]
        assert inc.killed_min == 999


def _figures(inc: Incident) -> tuple:
    return (inc.date_start, inc.date_end, inc.killed_min, inc.killed_max, inc.place)


def test_merge_keeps_notes_grade_history_and_can_be_undone(db):
    from harmwatch.review.tables import Note

    with db.session() as s:
        u = _user(s)
        actions.grade_incident(s, u, 2, "weak")
        actions.add_note(s, u, 2, "second source is a repost")
        before = {i: _figures(s.get(Incident, i)) for i in (1, 2)}
        docs2 = sorted(x.document_id for x in s.get(Incident, 2).sources)
        preview = actions.merge_preview(s, 1, 2)
        assert s.get(Incident, 2) is not None  # a preview changes nothing
        assert "killed_min" in preview["changes"] or "killed_max" in preview["changes"]
        actions.merge_incidents(s, u, 1, 2)
    with db.session() as s:
        assert s.get(Incident, 2) is None
        assert actions.merged_into(s, 2) == 1
        assert [n.text for n in s.query(Note).filter_by(incident_id=1)] == ["second source is a repost"]
        actions_seen = [e.action for e in actions.history(s, 1)]
        assert "grade" in actions_seen and "merge" in actions_seen  # the merged incident's history too
        actions.unmerge(s, _user(s), 2)
    with db.session() as s:
        back = s.get(Incident, 2)
        assert back is not None and back.grade == "weak"
        assert sorted(x.document_id for x in back.sources) == docs2
        assert [n.text for n in s.query(Note).filter_by(incident_id=2)] == ["second source is a repost"]
        assert actions.merged_into(s, 2) is None
        assert _figures(s.get(Incident, 2)) == before[2]
        assert len(s.get(Incident, 1).sources) == 2


def test_split_recomputes_both_incidents_from_their_sources(db):
    from harmwatch.store.tables import EventRow

    with db.session() as s:
        u = _user(s)
        actions.merge_incidents(s, u, 1, 3)  # incident 3's report: another day, another toll
        actions.correct_incident(s, u, 1, "place", "Analyst Place")
        moved = max(x.document_id for x in s.get(Incident, 1).sources)
        ev = s.query(EventRow).filter_by(document_id=moved).one().payload
        new_id = actions.split_document(s, u, 1, moved).id
    with db.session() as s:
        new, parent = s.get(Incident, new_id), s.get(Incident, 1)
        killed = [c["min"] for c in ev["casualties"] if c["outcome"] == "killed"]
        assert new.killed_min == min(killed) and new.date_start == ev["date"]["start"]
        assert new.place == ev["locations"][0]["name"]
        left = [s.query(EventRow).filter_by(id=x.event_id).one().payload for x in parent.sources]
        assert parent.date_start == min(p["date"]["start"] for p in left)
        assert parent.killed_max == max(c["min"] for p in left for c in p["casualties"])
        assert parent.place == "Analyst Place"  # the analyst's correction stays


def test_a_draft_note_is_shared_by_its_author_only(db):
    from harmwatch.review.tables import AuditEntry
    from harmwatch.review.users import add_user

    with db.session() as s:
        ana = _user(s)
        bo = add_user(s, "bo", "editor", "password-bo")
        note = actions.add_note(s, ana, 1, "not sure yet", private=True)
        assert [n.text for n in actions.visible_notes(s, bo, 1)] == []
        with pytest.raises(LookupError):
            actions.share_note(s, bo, note.id)  # another user's draft is not there for them
        actions.share_note(s, ana, note.id)
        assert [n.text for n in actions.visible_notes(s, bo, 1)] == ["not sure yet"]
        with pytest.raises(UsageError, match="shared already"):
            actions.share_note(s, ana, note.id)
        shared = s.query(AuditEntry).filter_by(action="share_note").one()
        assert (shared.user, shared.incident_id, shared.after) == ("ana", 1, {"text": "not sure yet"})
