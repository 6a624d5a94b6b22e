"""Stored payloads never run: script tags, event-handler attributes and javascript: URLs in a
document's url, title and text, a corrected place, a note and a claim correction are shown as text
in Debian's chromium, signed in and in the public view. A dialog listener catches any alert(); the
page's console must stay free of errors (a CSP violation is one) and no request leaves the app."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from tests.chromium import launch, serving
from tests.web.conftest import PASSWORDS
from tests.web.test_browser import _shot, pytestmark  # noqa: F401

PLACE = "<img src=x onerror=alert('place')>"
TITLE = "<script>alert('title')</script>"
NOTE = '"><svg onload=alert("note")>'
TEXT_EXTRA = "<iframe src=javascript:alert('text')></iframe> <a href=javascript:alert('a')>x</a>"
URL = "JavaScript:alert(document.domain)"
GROUP = "<b onmouseover=alert('claim')>people</b>"


@pytest.fixture
def payload_db(web_db):
    from harmwatch.review import actions, workflow
    from harmwatch.review.tables import User
    from harmwatch.store.tables import Document

    with web_db.session() as s:
        d = s.get(Document, 1)
        d.url, d.title, d.text = URL, TITLE, d.text + "\n" + TEXT_EXTRA
        ed = s.query(User).filter_by(name="ed").one()
        actions.correct_incident(s, ed, 1, "place", PLACE)
        actions.add_note(s, ed, 1, NOTE)
        actions.review_claim(s, ed, 1, "confirmed", {"group": GROUP})
        actions.grade_incident(s, ed, 1, "fair")  # reviewed by ed,
        workflow.set_status(s, s.query(User).filter_by(name="ed2").one(), 1, "published")  # signed off
    return web_db


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = launch(pw)
        yield b
        b.close()


def _watched_page(browser, base: str):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(30_000)
    page.dialogs, page.errors, page.foreign = [], [], []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    host = urlsplit(base).netloc

    def leaves(url: str) -> bool:  # blob: and data: URLs are made in the page itself
        parts = urlsplit(url)
        return parts.scheme not in ("blob", "data") and parts.netloc != host

    page.on("request", lambda r: page.foreign.append(r.url) if leaves(r.url) else None)
    return page


def _walk(page, base: str, name: str) -> None:
    page.goto(f"{base}/incidents?q={PLACE}")
    page.wait_for_selector("#map path.hw-marker")
    assert PLACE in page.locator("#incident-table").inner_text()
    page.locator("#map path.hw-marker").first.click(force=True)
    page.wait_for_selector(".leaflet-popup-content")
    assert PLACE in page.locator(".leaflet-popup-content").inner_text()  # shown as text
    _shot(page, f"{name}-list-popup")
    page.goto(f"{base}/incidents/1")
    assert PLACE in page.locator("h1").inner_text()
    assert GROUP in page.locator("#claims").inner_text()
    _shot(page, f"{name}-incident")
    page.goto(f"{base}/documents/1")
    assert TITLE in page.locator("h1").inner_text()
    assert page.locator("a[href^='javascript' i]").count() == 0
    assert page.locator("iframe, img[src=x], svg").count() == 0
    _shot(page, f"{name}-document")
    page.wait_for_timeout(300)  # any late handler would have fired by now
    assert page.evaluate("document.querySelectorAll('[onerror],[onload],[onmouseover]').length") == 0


def test_payloads_do_not_run_for_a_signed_in_editor(payload_db, browser):
    from harmwatch.web.app import create_app

    with serving(create_app(database=payload_db)) as base:
        page = _watched_page(browser, base)
        page.goto(f"{base}/login")
        page.fill("input[name=username]", "ed")
        page.fill("input[name=password]", PASSWORDS["ed"])
        page.click("button[type=submit]")
        page.wait_for_url(re.compile(r".*/incidents$"))
        _walk(page, base, "payload-editor")
        page.goto(f"{base}/incidents/1")
        assert NOTE in page.locator(".notes").inner_text()
        for path in ("/docs", "/redoc"):
            page.goto(f"{base}{path}")
            page.wait_for_selector(".swagger-ui .info" if path == "/docs" else "redoc h1, [role=main] h1")
            _shot(page, f"api{path.replace('/', '-')}")
    assert page.dialogs == [], page.dialogs
    assert page.errors == [], page.errors
    assert page.foreign == [], page.foreign


def test_payloads_do_not_run_in_the_public_view(payload_db, browser):
    from harmwatch.web.app import create_app

    with serving(create_app(database=payload_db, public=True)) as base:
        page = _watched_page(browser, base)
        _walk(page, base, "payload-public")
        page.goto(f"{base}/incidents/1")
        assert NOTE not in page.content() and "Audit log" not in page.content()
    assert page.dialogs == [], page.dialogs
    assert page.errors == [], page.errors
    assert page.foreign == [], page.foreign
