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


def _token_client(app, web_db):
    from fastapi.testclient import TestClient

    from harmwatch.review.users import new_api_token

    with web_db.session() as s:
        token = new_api_token(s, "ed")
    return TestClient(app, raise_server_exceptions=False, headers={"Authorization": f"Bearer {token}"})


def test_concurrent_writes_on_the_same_incidents_never_answer_5xx(app, web_db):
    """Writers racing on the same incidents (one merges them away while others grade them, note
    them and move them on): each waits for the store's review lock, so each acts on what the one
    before it committed and answers 200, 404 or 422, never 500."""
    import threading

    targets = list(range(2, 14))
    calls = {
        "merge": lambda c, k: c.post("/api/incidents/1/merge", json={"other_id": k}),
        "grade": lambda c, k: c.post(f"/api/incidents/{k}/grade", json={"grade": "weak"}),
        "note": lambda c, k: c.post(f"/api/incidents/{k}/notes", json={"text": "seen twice"}),
        "status": lambda c, k: c.post(f"/api/incidents/{k}/status", json={"status": "in_review"}),
        "correct": lambda c, k: c.post(
            f"/api/incidents/{k}/correct", json={"field": "killed_min", "value": "4"}
        ),
    }
    clients = {name: _token_client(app, web_db) for name in calls}
    start = threading.Barrier(len(calls))
    answers: list[tuple[str, int, int, str]] = []

    def run(name: str) -> None:
        start.wait()
        for k in targets:
            r = calls[name](clients[name], k)
            answers.append((name, k, r.status_code, r.text[:200]))

    threads = [threading.Thread(target=run, args=(name,)) for name in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(answers) == len(calls) * len(targets)
    assert [a for a in answers if a[2] >= 500] == []
    merged = {k for name, k, status, _ in answers if name == "merge" and status == 200}
    assert merged == set(targets)  # every merge went through, before or after the others' writes
    for k in targets:
        assert clients["merge"].get(f"/api/incidents/{k}").status_code == 404


def test_a_write_that_waits_too_long_for_the_store_answers_503_with_retry_after(app, web_db, monkeypatch):
    import harmwatch.web.app
    from harmwatch.store import locks

    monkeypatch.setattr(harmwatch.web.app, "WRITE_WAIT_S", 0.3)
    c = _token_client(app, web_db)
    with web_db.session() as other:  # another writer holds the store's review lock meanwhile
        locks.hold(other, "review")
        r = c.post("/api/incidents/3/grade", json={"grade": "fair"})
        assert r.status_code == 503 and r.headers["retry-after"].isdigit(), (r.status_code, r.text)
        assert "busy" in r.json()["detail"]
    r = c.post("/api/incidents/3/grade", json={"grade": "fair"})
    assert (r.status_code, r.json()["grade"]) == (200, "fair")


def test_no_free_connection_answers_503_with_retry_after(web_db):
    """A pool with no connection free past its timeout: the server is busy, not broken."""
    from fastapi.testclient import TestClient
    from sqlalchemy import create_engine

    from harmwatch.review.users import new_api_token
    from harmwatch.store.db import Database
    from harmwatch.web.app import create_app

    with web_db.session() as s:
        token = new_api_token(s, "vi")
    small = Database(create_engine(web_db.engine.url, pool_size=1, max_overflow=0, pool_timeout=0.2))
    try:
        c = TestClient(create_app(database=small), headers={"Authorization": f"Bearer {token}"})
        with small.engine.connect():  # the pool's one connection is taken
            r = c.get("/api/incidents/1")
            assert (r.status_code, r.headers.get("retry-after")) == (503, "5"), r.text
        assert c.get("/api/incidents/1").status_code == 200
    finally:
        small.close()
