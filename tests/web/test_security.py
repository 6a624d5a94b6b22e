"""Roles, CSRF, login throttling, private drafts, API tokens."""

from __future__ import annotations

import re
import time

from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORDS


def test_pages_need_login(app):
    c = TestClient(app)
    r = c.get("/incidents", headers={"accept": "text/html"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert c.get("/api/incidents").status_code == 401
    assert c.get("/api/incidents/1").status_code == 401


def test_session_cookie_flags(app):
    c = TestClient(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
    r = c.post(
        "/login",
        data={"username": "ed", "password": PASSWORDS["ed"], "csrf_token": token},
        follow_redirects=False,
    )
    cookie = r.headers["set-cookie"].lower()
    assert "hw_session=" in cookie and "httponly" in cookie and "samesite=lax" in cookie


def test_login_without_csrf_is_refused(app):
    c = TestClient(app)
    c.get("/login")
    r = c.post("/login", data={"username": "ed", "password": PASSWORDS["ed"]}, follow_redirects=False)
    assert r.status_code == 403


def test_viewer_cannot_edit(client_for):
    c = client_for("vi")
    r = c.post("/incidents/1/grade", data={"grade": "fair", "csrf_token": c.csrf}, follow_redirects=False)
    assert r.status_code == 403
    r = c.post("/api/incidents/1/grade", json={"grade": "fair"}, headers={"X-CSRF-Token": c.csrf})
    assert r.status_code == 403
    assert c.get("/api/incidents/1").json()["grade"] is None


def test_form_without_csrf_token_is_refused(client_for):
    c = client_for("ed")
    assert c.post("/incidents/1/grade", data={"grade": "fair"}, follow_redirects=False).status_code == 403
    assert (
        c.post(
            "/incidents/1/grade", data={"grade": "fair", "csrf_token": "forged"}, follow_redirects=False
        ).status_code
        == 403
    )
    assert c.post("/api/incidents/1/grade", json={"grade": "fair"}).status_code == 403
    assert c.get("/api/incidents/1").json()["grade"] is None
    r = c.post("/incidents/1/grade", data={"grade": "fair", "csrf_token": c.csrf}, follow_redirects=False)
    assert r.status_code == 303
    assert c.get("/api/incidents/1").json()["grade"] == "fair"


def test_repeated_wrong_passwords_are_slowed_then_refused(app):
    c = TestClient(app)
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
    codes, times = [], []
    for _ in range(7):
        t = time.monotonic()
        r = c.post(
            "/login",
            data={"username": "ed", "password": "wrong-password", "csrf_token": token},
            follow_redirects=False,
        )
        times.append(time.monotonic() - t)
        codes.append(r.status_code)
    assert codes[:5] == [401] * 5
    assert codes[5:] == [429, 429]
    assert times[4] > times[0] + 0.5  # each failure waits longer than the one before
    # even the right password is refused while throttled
    r = c.post(
        "/login",
        data={"username": "ed", "password": PASSWORDS["ed"], "csrf_token": token},
        follow_redirects=False,
    )
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0


def test_failed_logins_are_counted_across_server_processes(web_db):
    from harmwatch.web.app import create_app

    # two apps over one store stand for two `serve --workers 2` processes
    first, second = TestClient(create_app(database=web_db)), TestClient(create_app(database=web_db))

    def attempt(c: TestClient, password: str) -> int:
        token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
        data = {"username": "vi", "password": password, "csrf_token": token}
        return c.post("/login", data=data, follow_redirects=False).status_code

    assert [attempt(c, "wrong-password") for c in (first, second, first, second, first)] == [401] * 5
    assert attempt(second, PASSWORDS["vi"]) == 429
    assert attempt(first, PASSWORDS["vi"]) == 429


def test_private_draft_is_invisible_to_others(client_for):
    a, b = client_for("ed"), client_for("ed2")
    r = a.post(
        "/api/incidents/2/notes",
        json={"text": "my unfinished thought", "private": True},
        headers={"X-CSRF-Token": a.csrf},
    )
    assert r.status_code == 200
    note_id = r.json()["id"]
    assert a.get(f"/api/notes/{note_id}").status_code == 200
    assert b.get(f"/api/notes/{note_id}").status_code == 404
    assert b.get(f"/api/notes/{note_id + 1}").status_code == 404  # guessing ids finds nothing either
    assert "my unfinished thought" not in b.get("/incidents/2").text
    assert "my unfinished thought" in a.get("/incidents/2").text
    assert all(n["id"] != note_id for n in b.get("/api/incidents/2").json()["notes"])


def test_api_tokens(web_db, app):
    from harmwatch.review.users import disable_user, new_api_token

    with web_db.session() as s:
        tok = new_api_token(s, "ed")
        vtok = new_api_token(s, "vi")
    c = TestClient(app)
    assert c.get("/api/me", headers={"Authorization": f"Bearer {tok}"}).json() == {
        "name": "ed",
        "role": "editor",
        "via": "token",
    }
    r = c.post("/api/incidents/3/grade", json={"grade": "weak"}, headers={"Authorization": f"Bearer {tok}"})
    assert r.status_code == 200 and r.json()["grade"] == "weak"
    r = c.post("/api/incidents/3/grade", json={"grade": "fair"}, headers={"Authorization": f"Bearer {vtok}"})
    assert r.status_code == 403
    assert c.get("/api/me", headers={"Authorization": "Bearer hw_guess"}).status_code == 401
    with web_db.session() as s:
        disable_user(s, "ed")
    assert c.get("/api/me", headers={"Authorization": f"Bearer {tok}"}).status_code == 401


def test_public_read_only_view(web_db, app):
    from harmwatch.web.app import create_app

    assert TestClient(app).get("/api/incidents").status_code == 401
    c = TestClient(create_app(database=web_db, public=True))
    assert c.get("/api/incidents").json()["incidents"] == []  # nothing published yet
    assert c.get("/api/incidents").status_code == 200
    assert c.get("/incidents").status_code == 200
    assert c.post("/api/incidents/1/grade", json={"grade": "fair"}).status_code == 401
