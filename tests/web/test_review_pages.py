"""Issue 13's data-loss findings through the pages and the API: merge preview, confirm, redirect and
undo; split recomputes; corrections refused with a message; an expired session returns to its page."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORDS

HTML = {"accept": "text/html"}


def test_merge_previews_then_merges_redirects_and_undoes(client_for):
    c = client_for("ed")
    c.post("/api/incidents/2/notes", json={"text": "note on two"}, headers={"X-CSRF-Token": c.csrf})
    preview = c.post("/incidents/1/merge", data={"other_id": "2", "csrf_token": c.csrf}, headers=HTML)
    assert preview.status_code == 200 and "Merge incident 2 into 1" in preview.text
    assert c.get("/api/incidents/2").status_code == 200  # nothing merged yet
    r = c.post(
        "/incidents/1/merge",
        data={"other_id": "2", "confirm": "1", "csrf_token": c.csrf},
        headers=HTML,
        follow_redirects=False,
    )
    assert r.status_code == 303
    old = c.get("/incidents/2", headers=HTML, follow_redirects=False)
    assert old.status_code in (301, 303, 307, 308) and old.headers["location"] == "/incidents/1"
    page = c.get("/incidents/1").text
    assert "note on two" in page and 'action="/incidents/2/unmerge"' in page
    api = c.get("/api/incidents/2")
    assert api.status_code == 404 and "merged into 1" in api.json()["detail"]
    r = c.post("/incidents/2/unmerge", data={"csrf_token": c.csrf}, headers=HTML, follow_redirects=False)
    assert r.status_code == 303
    assert c.get("/api/incidents/2").status_code == 200
    assert "note on two" in c.get("/incidents/2").text


def test_merge_preview_and_unmerge_in_the_api(client_for):
    c = client_for("ed")
    c.headers["X-CSRF-Token"] = c.csrf
    pv = c.get("/api/incidents/3/merge-preview", params={"other_id": 4})
    assert pv.status_code == 200 and pv.json()["other"] == 4
    assert c.post("/api/incidents/3/merge", json={"other_id": 4}).status_code == 200
    r = c.post("/api/incidents/4/unmerge")
    assert r.status_code == 200 and r.json()["id"] == 4
    assert c.post("/api/incidents/4/unmerge").status_code == 422  # nothing to undo


def test_bad_corrections_answer_a_clear_message(client_for):
    c = client_for("ed")
    c.headers["X-CSRF-Token"] = c.csrf
    r = c.post("/api/incidents/1/correct", json={"field": "date_start", "value": "banana"})
    assert r.status_code == 422 and "not a date" in r.json()["detail"]
    r = c.post("/api/incidents/1/correct", json={"field": "country", "value": "Narnia"})
    assert r.status_code == 422 and "ISO" in r.json()["detail"]
    r = c.post("/api/claims/1/review", json={"status": "confirmed", "corrected": {"min": "lots", "x": 1}})
    assert r.status_code == 422
    r = c.post("/incidents/1/correct", data={"field": "date_start", "value": "banana", "csrf_token": c.csrf})
    assert r.status_code == 400 and "not a date" in r.text


def test_expired_session_returns_to_the_page_with_its_query(app, client_for):
    anon = TestClient(app)
    r = anon.get("/incidents?country=SY&grade=fair", headers=HTML, follow_redirects=False)
    assert parse_qs(urlsplit(r.headers["location"]).query)["next"] == ["/incidents?country=SY&grade=fair"]
    # a form posted after the session ended: back to the form's page, marked to restore the typed value
    r = anon.post(
        "/incidents/1/notes",
        data={"text": "typed before expiry", "csrf_token": "old"},
        headers={**HTML, "referer": "http://testserver/incidents/1?tab=notes"},
        follow_redirects=False,
    )
    nxt = parse_qs(urlsplit(r.headers["location"]).query)["next"][0]
    assert r.status_code == 303 and nxt == "/incidents/1?tab=notes&resume=1"
    page = anon.get(r.headers["location"]).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    assert re.search(r'name="next" value="/incidents/1\?tab=notes&amp;resume=1"', page)
    back = anon.post(
        "/login",
        data={"username": "ed", "password": PASSWORDS["ed"], "csrf_token": token, "next": nxt},
        follow_redirects=False,
    )
    assert back.headers["location"] == "/incidents/1?tab=notes&resume=1"


def test_workflow_assign_review_sign_off_publish(client_for):
    ed, ed2 = client_for("ed"), client_for("ed2")

    def post(c, path, **data):
        return c.post(path, data={**data, "csrf_token": c.csrf}, headers=HTML, follow_redirects=False)

    assert post(ed, "/incidents/5/assign", assignee="ed2").status_code == 303
    assert post(ed2, "/incidents/5/status", status="in_review").status_code == 303
    assert post(ed2, "/incidents/5/status", status="reviewed").status_code == 303
    refused = post(ed2, "/incidents/5/status", status="published")
    assert refused.status_code == 400 and "second reviewer" in refused.text
    assert post(ed, "/incidents/5/status", status="published").status_code == 303
    page = ed.get("/incidents/5").text
    assert re.search(r'id="wf-status">published<', page)
    assert re.search(r'id="wf-reviewer">ed2<', page) and re.search(r'id="wf-signoff">ed<', page)
    flow = ed.get("/api/incidents/5/workflow").json()
    assert (flow["status"], flow["assignee"], flow["reviewed_by"], flow["signed_off_by"]) == (
        "published",
        "ed2",
        "ed2",
        "ed",
    )
    ed.post("/api/incidents/5/notes", json={"text": "checked twice"}, headers={"X-CSRF-Token": ed.csrf})
    assert re.search(
        r'checked twice\s*<small[^>]*>— <span class="author">ed</span>, '
        r'<time datetime="\d{4}-\d\d-\d\dT[\d:.]+\+00:00">\d{4}-\d\d-\d\d \d\d:\d\d UTC</time>',
        ed.get("/incidents/5").text,
    )


def test_duplicate_suggestions_lead_to_a_merge_preview(client_for):
    c = client_for("ed")
    c.headers["X-CSRF-Token"] = c.csrf
    doc = c.get("/api/incidents/7").json()["sources"][1]["document_id"]
    split = c.post("/api/incidents/7/split", json={"document_id": doc}).json()["id"]  # a copy of 7
    html = c.get("/incidents/7/duplicates").text
    first = re.search(r'<td><a href="/incidents/(\d+)">', html).group(1)
    assert int(first) == split and "likely the same" in html
    assert f'name="other_id" value="{split}"' in html
    assert 'hx-get="/incidents/7/duplicates"' in c.get("/incidents/7").text
    preview = c.post("/incidents/7/merge", data={"other_id": split, "csrf_token": c.csrf}, headers=HTML)
    assert f"Merge incident {split} into 7" in preview.text
