"""A real browser (Debian's chromium, driven by Playwright) walks through a review session:
log in, filter the list, open an incident, confirm a claim, correct a figure, merge two incidents,
and see the audit entries. Screenshots of each page go to test-artifacts/screenshots/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.chromium import CHROMIUM, launch, serving
from tests.web.conftest import PASSWORDS

SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="Debian's chromium is not installed (.ci/run installs it: apt-get install chromium)",
)


@pytest.fixture
def server(app):
    with serving(app) as url:
        yield url


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = launch(pw)
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        pg.set_default_timeout(30_000)  # a loaded 2-core CI machine is slow to start the first page
        yield pg
        browser.close()


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_review_walkthrough(server, page):
    page.goto(f"{server}/incidents")
    assert "/login" in page.url
    _shot(page, "01-login")
    page.fill("input[name=username]", "ed")
    page.fill("input[name=password]", PASSWORDS["ed"])
    page.click("button[type=submit]")
    page.wait_for_url(f"{server}/incidents")
    assert page.locator("#incident-table tbody tr").count() == 30
    page.wait_for_selector("#map .leaflet-interactive")  # outlines and markers drawn offline
    page.wait_for_selector("#count:has-text('30 found')")  # the total arrives by htmx
    _shot(page, "02-list")

    page.fill("input[name=country]", "SY")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/incidents?*country=SY*")
    rows = page.locator("#incident-table tbody tr")
    assert rows.count() >= 1
    assert all("(SY)" in rows.nth(i).inner_text() for i in range(rows.count()))
    _shot(page, "03-filtered")

    first = rows.nth(0).locator("a").first
    inc_id = int(first.inner_text())
    first.click()
    page.wait_for_url(f"{server}/incidents/{inc_id}")
    assert page.locator(".source").count() == 2
    _shot(page, "04-incident")

    claim_row = page.locator("#claims tbody tr[id^=claim-]").first
    with page.expect_navigation():
        claim_row.locator("button[value=confirmed]").click()
    assert "confirmed" in page.locator("#claims tbody tr[id^=claim-]").first.inner_text()

    page.select_option("#correct-form select[name=field]", "killed_min")
    page.fill("#correct-form input[name=value]", "17")
    with page.expect_navigation():
        page.click("#correct-form button[type=submit]")
    assert page.locator("#f-killed").inner_text().startswith("17")

    other = 2 if inc_id != 2 else 3
    page.fill("#merge-form input[name=other_id]", str(other))
    with page.expect_navigation():
        page.click("#merge-form button[type=submit]")
    assert f"Merge incident {other} into {inc_id}" in page.locator("h1").inner_text()  # a preview first
    _shot(page, "05a-merge-preview")
    with page.expect_navigation():
        page.click("#merge-confirm button[type=submit]")
    assert page.locator(".source").count() == 4
    audit = page.locator("#audit").inner_text()
    for said in (
        "ed confirmed casualty claim",
        "ed changed killed_min from",
        f"ed merged incident {other} into",
    ):
        assert said in audit, audit
    assert "UTC" in audit
    _shot(page, "05-after-review")

    page.goto(f"{server}/documents/{page.locator('.source h3 a').first.get_attribute('href').split('/')[-1]}")
    page.click("#removed summary")
    _shot(page, "06-document")
    page.goto(f"{server}/incidents/{other}")  # the merged incident's address leads to the survivor
    assert page.url == f"{server}/incidents/{inc_id}"
    with page.expect_navigation():  # undo the merge
        page.click(f"form[action='/incidents/{other}/unmerge'] button")
    assert page.url == f"{server}/incidents/{other}"
    assert page.locator(".source").count() == 2
    _shot(page, "07-unmerged")
    page.goto(f"{server}/incidents/{inc_id}")
    assert page.locator(".source").count() == 2
    assert f"undid the merge of incident {other}" in page.locator("#audit").inner_text()


def test_split_recomputes_the_figures(server, page):
    page.goto(f"{server}/login")
    page.fill("input[name=username]", "ed")
    page.fill("input[name=password]", PASSWORDS["ed"])
    page.click("button[type=submit]")
    page.wait_for_url(f"{server}/incidents")
    page.goto(f"{server}/incidents/1")
    killed = [page.locator(".source").nth(i).locator("dd").nth(3).inner_text() for i in range(2)]
    figures = [int(k.split()[0].lstrip("≥")) for k in killed]
    _shot(page, "08-before-split")
    fig = page.locator("#provenance a.fig").first  # a figure leads to the words that give it
    target = fig.get_attribute("href")
    fig.click()
    page.wait_for_url(f"**/incidents/1{target}")
    row = page.locator(target)
    assert row.locator("mark").inner_text().startswith("at least")
    assert row.locator("td").first.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.screenshot(path=str(SHOTS / "08a-provenance-click.png"))
    assert page.locator("#f-killed").inner_text() == f"{min(figures)}–{max(figures)}"
    with page.expect_navigation():
        page.locator(".source").nth(1).locator("button").click()
    new_id = int(page.url.rsplit("/", 1)[1])
    assert new_id != 1
    # the new incident shows its own source's figure, the old one keeps only the other's
    assert page.locator("#f-killed").inner_text() == str(figures[1])
    _shot(page, "09-split-new")
    page.goto(f"{server}/incidents/1")
    assert page.locator("#f-killed").inner_text() == str(figures[0])
    _shot(page, "10-split-parent")


def _login_as(page, server: str, name: str) -> None:
    page.goto(f"{server}/login")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", PASSWORDS[name])
    page.click("button[type=submit]")
    page.wait_for_url(f"{server}/incidents")


def test_assign_review_second_sign_off_publish(server, page):
    _login_as(page, server, "ed")
    page.goto(f"{server}/incidents/4")
    page.select_option("#assign-form select[name=assignee]", "ed")
    with page.expect_navigation():
        page.click("#assign-form button[type=submit]")
    assert page.locator("#wf-assignee").inner_text() == "ed"
    with page.expect_navigation():
        page.click("#status-form button[value=in_review]")
    with page.expect_navigation():
        page.click("#status-form button[value=reviewed]")
    assert page.locator("#wf-status").inner_text() == "reviewed"
    assert "second reviewer" in page.locator("#workflow").inner_text()
    _shot(page, "11-reviewed-awaiting-sign-off")
    with page.expect_navigation():
        page.click("#status-form button[value=published]")  # ed cannot sign off their own review
    assert "second reviewer" in page.content()
    page.goto(f"{server}/incidents/4")
    page.click("header form.logout button")
    _login_as(page, server, "ed2")
    page.goto(f"{server}/incidents/4")
    with page.expect_navigation():
        page.click("#status-form button[value=published]")
    assert page.locator("#wf-status").inner_text() == "published"
    assert page.locator("#wf-signoff").inner_text() == "ed2"
    _shot(page, "12-published")


def test_export_of_a_filter(server, page):
    _login_as(page, server, "vi")
    page.goto(f"{server}/incidents?country=SY")
    n = page.locator("#incident-table tbody tr").count()
    with page.expect_download() as got:
        page.click("#export a:has-text('ACLED CSV')")
    lines = Path(got.value.path()).read_text().splitlines()
    assert len(lines) == n + 1  # a header and one row per listed incident
    with page.expect_popup() as popup:
        page.click("#export a:has-text('printable report')")
    report = popup.value
    report.wait_for_load_state()
    assert "filter: country SY" in report.content()
    report.screenshot(path=str(SHOTS / "13-report.png"))


def test_duplicate_suggestion_to_merge(server, page):
    _login_as(page, server, "ed")
    page.goto(f"{server}/incidents/7")
    with page.expect_navigation():
        page.locator(".source").nth(1).locator("button").click()  # split a source off: a duplicate of 7
    copy = int(page.url.rsplit("/", 1)[1])
    page.goto(f"{server}/incidents/7")
    page.wait_for_selector("#duplicate-list")
    first = page.locator("#duplicate-list tbody tr").first
    assert first.locator("td a").first.inner_text() == str(copy)
    _shot(page, "14-duplicate-suggestions")
    with page.expect_navigation():
        first.locator("button").click()
    assert f"Merge incident {copy} into 7" in page.locator("h1").inner_text()
    with page.expect_navigation():
        page.click("#merge-confirm button[type=submit]")
    assert page.locator(".source").count() == 2
    page.goto(f"{server}/incidents/{copy}")
    assert page.url == f"{server}/incidents/7"


def test_map_cluster_click_filters_the_list(server, page, web_db):
    from urllib.parse import parse_qs, urlsplit

    from harmwatch.store.tables import Incident

    hosts, errors = set(), []
    page.on("request", lambda r: hosts.add(urlsplit(r.url).netloc))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    _login_as(page, server, "vi")
    try:
        page.wait_for_selector("#map[data-ready]", state="attached")
    except Exception:
        raise AssertionError(errors) from None
    before = page.locator("#incident-table tbody tr").count()
    cluster = page.locator("#map .marker-cluster").first
    cluster.wait_for()
    in_cluster = int(cluster.inner_text())
    assert page.locator("#map .leaflet-hw-land-pane path").count() > 100  # country outlines drawn
    _shot(page, "14-map-clusters")
    with page.expect_navigation():
        cluster.click()
    bbox = parse_qs(urlsplit(page.url).query)["bbox"][0]
    s, w, n, e = (float(x) for x in bbox.split(","))
    page.wait_for_selector("#map[data-ready]", state="attached")
    links = page.locator("#incident-table tbody tr td:first-child a").all()
    ids = [int(a.get_attribute("href").rsplit("/", 1)[1]) for a in links]
    assert in_cluster <= len(ids) < before
    with web_db.session() as session:
        for i in ids:
            inc = session.get(Incident, i)
            assert s <= inc.lat <= n and w <= inc.lon <= e, (i, inc.lat, inc.lon, bbox)
    kept = page.locator("input[name=bbox]").input_value()  # the area stays in the filter form
    assert [float(x) for x in kept.split(",")] == [s, w, n, e]
    _shot(page, "15-map-cluster-filtered")
    with page.expect_navigation():
        page.click("#whole-map")
    assert "bbox" not in page.url
    assert hosts == {urlsplit(server).netloc}, hosts
    assert not errors, errors


def test_list_and_incident_pages_fit_a_phone(server, page):
    """At 390 px wide nothing widens the page: wide tables scroll inside their own box."""
    page.set_viewport_size({"width": 390, "height": 844})
    _login_as(page, server, "ed")
    for path, name in (("/incidents", "16-phone-list"), ("/incidents/3", "17-phone-incident")):
        page.goto(f"{server}{path}")
        page.wait_for_load_state("load")
        wide = page.evaluate(  # the page's width, and what sticks out of it (not inside a scroller)
            """() => [document.documentElement.scrollWidth, [...document.querySelectorAll('body *')]
              .filter((e) => e.getBoundingClientRect().right > 391)
              .filter((e) => { for (let a = e.parentElement; a; a = a.parentElement) {
                  if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return false; }
                return true; })
              .slice(0, 8).map((e) => `${e.tagName}.${e.className}#${e.id}`)]"""
        )
        _shot(page, name)
        assert wide[0] <= 390, (path, wide)
