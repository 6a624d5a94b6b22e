"""Issue 13's security findings: links, headers, the public view, error pages, out-of-range ids,
request body caps and login throttling."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORDS

HTML = {"accept": "text/html"}
BIG = "999999999999999999999999"


def _login(c: TestClient, name: str) -> int:
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
    data = {"username": name, "password": PASSWORDS[name], "csrf_token": token}
    return c.post("/login", data=data, follow_redirects=False).status_code


def _login_as(c: TestClient, name: str, password: str) -> int:
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
    data = {"username": name, "password": password, "csrf_token": token}
    return c.post("/login", data=data, follow_redirects=False).status_code


def test_javascript_url_never_becomes_a_link(web_db, client_for):
    from harmwatch.store.tables import Document

    with web_db.session() as s:
        d = s.get(Document, 1)
        d.url = "JavaScript:alert(document.domain)"
    c = client_for("vi")
    page = c.get("/documents/1").text
    assert "javascript:" not in page.lower()
    assert c.get("/api/documents/1").json()["url"] is None
    assert "javascript:" not in c.get("/incidents/1").text.lower()


def test_pages_carry_a_strict_csp_and_no_inline_script(client_for):
    c = client_for("ed")
    for path in ("/incidents", "/incidents/1", "/documents/1", "/login", "/docs", "/redoc"):
        r = c.get(path)
        assert r.status_code == 200, path
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp
        script_src = re.search(r"script-src ([^;]*)", csp)
        assert script_src is None or "unsafe-inline" not in script_src.group(1)
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", r.text), path  # every script from a file
        assert not re.search(r"\son[a-z]+\s*=", r.text), path  # no event-handler attributes
        assert "cdn" not in r.text.lower() and "fonts.googleapis" not in r.text, path
    assert c.get("/incidents/1").headers["cache-control"] == "no-store"
    assert c.get("/api/incidents/1").headers["cache-control"] == "no-store"
    assert "strict-transport-security" not in c.get("/login").headers


def test_hsts_with_secure_cookies(web_db):
    from harmwatch.web.app import create_app

    r = TestClient(create_app(database=web_db, secure_cookies=True), base_url="https://testserver").get(
        "/login"
    )
    assert "max-age=" in r.headers["strict-transport-security"]


def test_docs_assets_are_served_by_the_app(client_for):
    c = client_for("vi")
    for path in ("/docs", "/redoc"):
        for src in re.findall(r'(?:src|href)="(/static/[^"]+)"', c.get(path).text):
            assert c.get(src).status_code == 200, src


@pytest.fixture
def public_app(web_db):
    from harmwatch.web.app import create_app

    return create_app(database=web_db, public=True)


def test_public_view_shows_published_facts_only(web_db, public_app, client_for):
    ed = client_for("ed")
    h = {"X-CSRF-Token": ed.csrf}
    note = ed.post("/api/incidents/1/notes", json={"text": "shared internal remark"}, headers=h).json()
    ed.post("/api/incidents/1/grade", json={"grade": "fair"}, headers=h)
    ed.post("/api/claims/1/review", json={"status": "confirmed"}, headers=h)
    anon = TestClient(public_app)
    assert anon.get("/incidents/1", headers=HTML).status_code == 404  # not published yet
    assert anon.get("/api/documents/1").status_code == 404
    ed2 = client_for("ed2")
    r = ed2.post("/api/incidents/1/status", json={"status": "published"}, headers={"X-CSRF-Token": ed2.csrf})
    assert r.status_code == 200  # the second reviewer's sign-off
    listed = anon.get("/api/incidents", params={"size": 500}).json()["incidents"]
    assert [i["id"] for i in listed] == [1]
    page = anon.get("/incidents/1", headers=HTML)
    assert page.status_code == 200
    assert "shared internal remark" not in page.text
    assert not re.search(r"\bed\b", page.text)  # no reviewer's name
    assert "Audit log" not in page.text
    assert anon.get(f"/api/notes/{note['id']}").status_code in (401, 404)
    assert anon.get("/api/incidents/1/history").status_code in (401, 404)
    assert "notes" not in anon.get("/api/incidents/1").json()
    claims = anon.get("/api/documents/1").json()["claims"]
    assert all(c["review"] is None or "by" not in c["review"] for c in claims)
    assert "by" not in (anon.get("/api/claims/1").json()["review"] or {})
    assert anon.post("/api/incidents/1/grade", json={"grade": "weak"}).status_code == 401


def test_public_view_is_per_run(app):
    """An app made without ``public=True`` asks for a login, whatever an earlier run chose."""
    assert TestClient(app).get("/api/incidents").status_code == 401


def test_error_pages_escape_what_they_show(client_for):
    c = client_for("ed")
    r = c.post(
        "/incidents/1/correct",
        data={"field": "killed_min", "value": "<script>alert(1)</script>", "csrf_token": c.csrf},
        headers=HTML,
        follow_redirects=False,
    )
    assert r.status_code == 400
    assert "<script>alert" not in r.text and "&lt;script&gt;" in r.text
    assert "<header" in r.text  # the layout, not a bare fragment


def test_out_of_range_ids_are_not_found_never_500(app, client_for):
    c = client_for("ed")
    c = TestClient(app, raise_server_exceptions=False, cookies=c.cookies)
    for path in (f"/incidents/{BIG}", f"/documents/{BIG}", f"/documents/{BIG}/original", "/incidents/-1"):
        r = c.get(path, headers=HTML)
        assert r.status_code in (404, 422), (path, r.status_code)
        assert "<header" in r.text
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/incidents/1").text).group(1)
    forms = [
        ("/incidents/1/merge", {"other_id": BIG}),
        ("/incidents/1/split", {"document_id": BIG}),
        (f"/claims/{BIG}/review", {"status": "confirmed", "incident_id": "1"}),
        ("/claims/1/review", {"status": "confirmed", "incident_id": BIG}),
        (f"/incidents/{BIG}/grade", {"grade": "fair"}),
        (f"/incidents/{BIG}/notes", {"text": "x"}),
        ("/incidents/1/correct", {"field": "killed_min", "value": BIG}),
    ]
    for path, data in forms:
        r = c.post(path, data={**data, "csrf_token": csrf}, headers=HTML, follow_redirects=False)
        assert r.status_code in (400, 404, 422), (path, data, r.status_code)


def test_a_nul_in_a_filter_never_reaches_the_database(app, client_for):
    """A NUL character ends a C string: FTS5 read '"a\\x00b"' as an unterminated string (500)."""
    c = TestClient(app, raise_server_exceptions=False, cookies=client_for("ed").cookies)
    for path in ("/incidents?q=mar%00ket", "/api/incidents?q=a%00b", "/incidents?country=S%00Y&q=%00"):
        r = c.get(path, headers=HTML)
        assert r.status_code < 500, (path, r.status_code)


def test_request_bodies_are_capped_before_reading_or_login(app):
    c = TestClient(app, raise_server_exceptions=False)
    big = b'{"text": "' + b"x" * (2 * 1024 * 1024) + b'"}'
    r = c.post("/api/incidents/1/notes", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(40):
            yield b"x" * 65536

    r = c.post("/login", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413


def test_lockout_is_per_user_and_address(web_db):
    from harmwatch.web.app import create_app

    app = create_app(database=web_db)
    attacker = TestClient(app, client=("203.0.113.9", 4000))
    for _ in range(6):
        _login_as(attacker, "vi", "wrong-password")
    assert _login_as(attacker, "vi", PASSWORDS["vi"]) == 429  # the guesser stays throttled
    owner = TestClient(app, client=("198.51.100.7", 4000))
    assert _login(owner, "vi") == 303  # the account's owner elsewhere still gets in


def test_forwarded_for_is_trusted_only_when_allowed(monkeypatch, tmp_path):
    import uvicorn
    from typer.testing import CliRunner

    from harmwatch.cli import app as cli

    seen: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda *a, **kw: seen.append(kw))
    db = f"sqlite:///{tmp_path / 's.db'}"
    r = CliRunner().invoke(cli, ["--db", db, "serve"])
    assert r.exit_code == 0, r.output
    assert seen[-1]["proxy_headers"] is False
    r = CliRunner().invoke(cli, ["--db", db, "serve", "--forwarded-allow-ips", "10.0.0.1"])
    assert r.exit_code == 0, r.output
    assert seen[-1]["proxy_headers"] is True and seen[-1]["forwarded_allow_ips"] == "10.0.0.1"


def test_public_flag_does_not_persist_into_a_plain_serve(monkeypatch, tmp_path):
    import uvicorn
    from typer.testing import CliRunner

    from harmwatch.cli import app as cli

    apps: list = []
    monkeypatch.setattr(uvicorn, "run", lambda a, **kw: apps.append(a))
    db = f"sqlite:///{tmp_path / 's.db'}"
    r = CliRunner().invoke(cli, ["--db", db, "serve", "--public"])
    assert r.exit_code == 0 and "public" in r.output.lower()
    assert apps[-1].state.public is True
    assert CliRunner().invoke(cli, ["--db", db, "serve"]).exit_code == 0
    assert apps[-1].state.public is False
