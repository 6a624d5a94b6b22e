"""An analyst's own watches in the web app, created from the incident list's current filter."""

from __future__ import annotations

import re

import feedparser

from tests.web.conftest import app, client_for, web_db  # noqa: F401  (the review app's fixtures)


def _form_fields(html: str) -> dict[str, str]:
    form = html[html.index('action="/watches"') :]
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))


def test_watch_this_filter_creates_a_personal_watch(client_for):  # noqa: F811
    ed = client_for("ed")
    assert 'href="/watches/new?country=SY"' in ed.get("/incidents?country=SY").text
    page = ed.get("/watches/new?country=SY&type=Air/drone+strike&status=reviewed")
    assert page.status_code == 200
    assert "country SY, type Air/drone strike" in page.text and "not watched: status" in page.text
    fields = _form_fields(page.text)
    assert fields["country"] == "SY" and fields["type"] == "Air/drone strike"

    bad = ed.post("/watches", data={**fields, "name": "ed-sy", "email": "nope", "tz": "UTC"})
    assert bad.status_code == 400 and "invalid e-mail address" in bad.text

    made = ed.post(
        "/watches",
        data={
            **fields,
            "name": "ed-sy",
            "email": "ed@example.org",
            "at": "07:00",
            "tz": "Europe/London",
            "private": "1",
        },
        follow_redirects=False,
    )
    assert made.status_code == 303
    mine = ed.get("/watches").text
    assert "ed-sy" in mine and "ed@example.org" in mine and "at 07:00 Europe/London" in mine
    feed_url = re.search(r'href="http://testserver(/watches/ed-sy\.atom\?token=[^"]+)"', mine).group(1)
    feed = ed.get(feed_url)
    assert feed.status_code == 200 and not feedparser.parse(feed.content).bozo
    assert ed.get("/watches/ed-sy.atom").status_code == 404  # private: the token is the key

    vi = client_for("vi")
    assert "ed-sy" not in vi.get("/watches").text  # someone else's watches are not listed
    gone = vi.post("/watches/ed-sy/delete", data={"csrf_token": vi.csrf}, follow_redirects=False)
    assert gone.status_code == 404
    assert ed.post("/watches/ed-sy/delete", data={}, follow_redirects=False).status_code == 403  # no CSRF
    done = ed.post("/watches/ed-sy/delete", data={"csrf_token": ed.csrf}, follow_redirects=False)
    assert done.status_code == 303 and "ed-sy" not in ed.get("/watches").text


def test_watches_need_a_login(app):  # noqa: F811
    from fastapi.testclient import TestClient

    c = TestClient(app)
    assert c.get("/watches", follow_redirects=False).status_code == 401
    assert c.post("/watches", data={"name": "x"}, follow_redirects=False).status_code == 401
