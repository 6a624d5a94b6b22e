"""Workflow pages in Debian's chromium: a private draft note shared, the audit log's sentences and
their links to the claims, the document page's incidents and its claims marked in the text; then the
public view of the same incident and document, with none of the internal work. Screenshots go to
test-artifacts/screenshots/; no console error, no dialog, no request to another host."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.chromium import CHROMIUM, serving
from tests.web.test_browser import SHOTS, _login_as, _shot, page, server  # noqa: F401

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


def _watch(page):  # noqa: F811
    hosts, problems = set(), []
    page.on("request", lambda r: hosts.add(urlsplit(r.url).netloc))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    return hosts, problems


def test_draft_shared_audit_sentences_and_document_marks(server, page, web_db, app):  # noqa: F811
    from harmwatch.web.app import create_app

    hosts, problems = _watch(page)
    _login_as(page, server, "ed")
    page.goto(f"{server}/incidents/5")
    page.fill("#note-form input[name=text]", "Draft: the second outlet may repeat the first")
    page.check("#note-form input[name=private]")
    with page.expect_navigation():
        page.click("#note-form button[type=submit]")
    draft = page.locator("#notes li.draft")
    assert "only you see it" in draft.inner_text()
    assert re.search(r"— ed, \d{4}-\d\d-\d\d \d\d:\d\d UTC", draft.inner_text())
    page.locator("#notes").screenshot(path=str(SHOTS / "22-note-draft.png"))
    with page.expect_navigation():
        draft.locator("button").click()
    assert page.locator("#notes li.draft").count() == 0

    page.select_option("#correct-form select[name=field]", "killed_max")
    page.fill("#correct-form input[name=value]", "130")
    with page.expect_navigation():
        page.click("#correct-form button[type=submit]")
    row = page.locator("#claims tbody tr[id^=claim-]").first
    claim_id = row.get_attribute("id").split("-")[1]
    with page.expect_navigation():
        row.locator("button[value=confirmed]").click()
    audit = page.locator("#audit")
    text = audit.inner_text()
    assert re.search(r"UTC — ed changed killed_max from \S+ to 130", text), text
    assert "ed shared their draft note: “Draft: the second outlet may repeat the first”" in text
    assert f"claim {claim_id}" in text
    page.locator("#audit").screenshot(path=str(SHOTS / "23-audit-sentences.png"))
    audit.locator(f"a[href$='#claim-{claim_id}']").click()  # the sentence leads to the claim's row
    page.wait_for_url(f"**/incidents/5#claim-{claim_id}")
    bg = page.locator(f"#claim-{claim_id} td").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert bg == "rgb(255, 245, 157)", bg

    doc_link = page.locator("#provenance td a").first
    with page.expect_navigation():
        doc_link.click()
    assert page.locator("#doc-incidents a[href='/incidents/5']").count() == 1
    marks = page.locator("#doctext mark.claim")
    assert marks.count() >= 1
    _shot(page, "24-document-marks")
    first = page.locator("table.claims tr[id^=claim-] a[href^='#words-']").first
    target = first.get_attribute("href")
    first.click()
    page.wait_for_url(f"**{target}")
    outline = page.locator(target).evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline == "solid"
    page.screenshot(path=str(SHOTS / "25-document-words-target.png"))

    # the public view: publish incident 5 (second reviewer), then look as an anonymous visitor
    for who, status in (("ed", "in_review"), ("ed", "reviewed"), ("ed2", "published")):
        if page.locator("header form.logout").count():
            page.click("header form.logout button")
        _login_as(page, server, who)
        page.goto(f"{server}/incidents/5")
        with page.expect_navigation():
            page.click(f"#status-form button[value={status}]")
    with serving(create_app(database=web_db, public=True)) as public:
        anon = page.context.browser.new_page(viewport={"width": 1280, "height": 900})
        public_hosts, public_problems = _watch(anon)
        anon.goto(f"{public}/incidents/5")
        body = anon.locator("main").inner_text()
        assert "130" in body
        for internal in (
            "Draft: the second outlet",
            "Audit log",
            "changed killed_max",
            "ed2",
            "UTC",
            "Notes",
        ):
            assert internal not in body, internal
        anon.screenshot(path=str(SHOTS / "26-public-incident.png"), full_page=True)
        with anon.expect_navigation():
            anon.locator("#provenance td a").first.click()
        assert anon.locator("#doc-incidents a[href='/incidents/5']").count() == 1
        assert anon.locator("#doctext mark.claim").count() >= 1
        anon.screenshot(path=str(SHOTS / "27-public-document.png"), full_page=True)
        assert public_hosts == {urlsplit(public).netloc}, public_hosts
        assert not public_problems, public_problems
    assert hosts == {urlsplit(server).netloc}, hosts
    assert not problems, problems
