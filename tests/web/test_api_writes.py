"""The API's six write endpoints: each runs its review action as the caller, commits, and answers with
the changed object; a missing object answers 404 and a refused change 422."""

from __future__ import annotations


def _editor(client_for):
    c = client_for("ed")
    c.headers["X-CSRF-Token"] = c.csrf
    return c


def test_review_answers_the_claims_new_status(client_for):
    c = _editor(client_for)
    r = c.post("/api/claims/1/review", json={"status": "confirmed", "corrected": {"min": 3}})
    assert r.status_code == 200
    out = r.json()
    assert (out["claim_id"], out["status"]) == (1, "confirmed")
    assert (out["corrected"]["min"], out["corrected"]["outcome"]) == (3, "killed")  # merged into the payload
    assert c.post("/api/claims/999999/review", json={"status": "rejected"}).status_code == 404


def test_correct_and_grade_answer_the_incident_as_it_now_stands(client_for):
    c = _editor(client_for)
    r = c.post("/api/incidents/4/correct", json={"field": "place", "value": "Old Quarter"})
    assert r.status_code == 200
    assert (r.json()["id"], r.json()["place"], r.json()["locked"]) == (4, "Old Quarter", True)
    r = c.post("/api/incidents/4/grade", json={"grade": "weak"})
    assert (r.status_code, r.json()["grade"], r.json()["place"]) == (200, "weak", "Old Quarter")
    assert c.get("/api/incidents/4").json()["grade"] == "weak"  # committed
    assert c.post("/api/incidents/999999/grade", json={"grade": "fair"}).status_code == 404


def test_merge_then_split_move_the_sources(client_for):
    c = _editor(client_for)
    r = c.post("/api/incidents/5/merge", json={"other_id": 6})
    assert r.status_code == 200 and r.json()["id"] == 5
    assert sorted(s["document_id"] for s in c.get("/api/incidents/5").json()["sources"]) == [9, 10, 11, 12]
    assert c.get("/api/incidents/6").status_code == 404
    refused = c.post("/api/incidents/5/merge", json={"other_id": 5})
    assert refused.status_code == 422
    assert refused.json()["detail"] == "cannot merge an incident with itself"
    r = c.post("/api/incidents/5/split", json={"document_id": 12})
    assert r.status_code == 200
    new_id = r.json()["id"]  # the new incident of the document taken off
    assert new_id > 30 and r.json()["status"] == "in_review"
    assert [s["document_id"] for s in c.get(f"/api/incidents/{new_id}").json()["sources"]] == [12]
    assert sorted(s["document_id"] for s in c.get("/api/incidents/5").json()["sources"]) == [9, 10, 11]
    assert c.post("/api/incidents/5/split", json={"document_id": 2}).status_code == 422  # not its source


def test_note_add_answers_the_note(client_for):
    c = _editor(client_for)
    r = c.post("/api/incidents/7/notes", json={"text": "  check the second outlet  ", "private": True})
    assert r.status_code == 200
    note = r.json()
    assert {k: note[k] for k in ("incident_id", "text", "private")} == {
        "incident_id": 7,
        "text": "check the second outlet",
        "private": True,
    }
    assert c.get(f"/api/notes/{note['id']}").json() == note
    assert c.post("/api/incidents/7/notes", json={"text": "   "}).status_code == 422
