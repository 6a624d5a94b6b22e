"""The list page's map and timeline in Debian's chromium: admin-1 borders and names on the offline
basemap once zoomed in (loaded only then), the incidents' place names, the timeline's choice of
incidents or killed, and its date brush filtering the list. Screenshots go to
test-artifacts/screenshots/; no console error and no request to another host."""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.chromium import CHROMIUM
from tests.web.test_browser import _login_as, _shot, page, server  # noqa: F401  (fixtures)

pytestmark = pytest.mark.skipif(
    not __import__("pathlib").Path(CHROMIUM).exists(), reason="Debian's chromium is not installed"
)


def _watch(page):  # noqa: F811
    hosts, errors, urls = set(), [], []
    page.on("request", lambda r: (hosts.add(urlsplit(r.url).netloc), urls.append(r.url)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return hosts, errors, urls


def test_admin1_borders_and_place_names_when_zoomed_in(server, page):  # noqa: F811
    hosts, errors, urls = _watch(page)
    _login_as(page, server, "vi")
    page.wait_for_selector("#map[data-ready]", state="attached")
    assert not any(u.endswith("/admin1.json") for u in urls)  # the world view does not load it
    assert page.locator("#map .hw-admin1-name").count() == 0
    page.evaluate("hwMap.setView([35.6, 37.4], 7)")  # northern Syria, where the synthetic incidents are
    page.wait_for_selector("#map[data-admin1]", state="attached")
    assert any(u.endswith("/static/vendor/admin1.json") for u in urls)
    assert page.locator("#map path.hw-admin1").count() == 1  # one line layer of the borders
    names = page.locator("#map .hw-admin1-name")
    shown = {names.nth(i).inner_text() for i in range(names.count())}
    assert {"Aleppo", "Idlib", "Lattakia"} <= shown, shown
    assert page.locator("#map .hw-admin1-name span:text-is('Idlib')").is_visible()
    page.wait_for_selector("#map .hw-town span:text-is('Idlib')")  # the incidents' own place names
    assert page.locator("#map .hw-town span:text-is('Idlib')").is_visible()
    page.locator("#map").screenshot(path=str(_shot_path("18-map-admin1")))
    page.evaluate("hwMap.setZoom(5)")  # borders stay, names go: they would crowd the map
    page.wait_for_function("() => hwMap.getZoom() === 5")
    assert page.locator("#map path.hw-admin1").count() == 1
    assert not page.locator("#map .hw-admin1-name").first.is_visible()
    assert not page.locator("#map .hw-town span").first.is_visible()
    page.locator("#map").screenshot(path=str(_shot_path("19-map-admin1-zoom5")))
    assert hosts == {urlsplit(server).netloc}, hosts
    assert not errors, errors


def _shot_path(name: str):
    from tests.web.test_browser import SHOTS

    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS / f"{name}.png"


def test_timeline_killed_and_date_brush_filter_the_list(server, page, web_db):  # noqa: F811
    from harmwatch.store.tables import Incident

    hosts, errors, _ = _watch(page)
    _login_as(page, server, "ed")
    page.select_option("#filters select[name=sort]", "killed")  # a filter the brush must keep
    with page.expect_navigation():
        page.click("#filters button[type=submit]")
    page.wait_for_selector("#timeline .u-over")
    assert page.locator("#timeline").get_attribute("data-measure") == "incidents"
    assert "Incidents per month" in page.locator("#timeline .u-title").inner_text()
    page.select_option("#timeline-measure", "killed")
    page.wait_for_selector("#timeline[data-measure=killed]")
    assert "Killed per month" in page.locator("#timeline .u-title").inner_text()
    _shot(page, "20-timeline-killed")
    api = page.request.get(f"{server}/api/incidents/timeline").json()["months"]
    with web_db.session() as s:
        rows = [i for i in s.query(Incident) if i.date_start]
    assert sum(m["killed"] for m in api) == sum(i.killed_min or 0 for i in rows)
    assert sum(m["incidents"] for m in api) == len(rows)

    over = page.locator("#timeline .u-over").bounding_box()
    y = over["y"] + over["height"] / 2
    with page.expect_navigation():  # drag across the months of the second and third fifths
        page.mouse.move(over["x"] + over["width"] * 0.2, y)
        page.mouse.down()
        page.mouse.move(over["x"] + over["width"] * 0.4, y, steps=5)
        page.mouse.move(over["x"] + over["width"] * 0.6, y, steps=5)
        page.mouse.up()
    q = parse_qs(urlsplit(page.url).query)
    assert q["sort"] == ["killed"]
    since, until = date.fromisoformat(q["since"][0]), date.fromisoformat(q["until"][0])
    assert since.day == 1 and since < until
    assert page.locator("input[name=since]").input_value() == q["since"][0]  # the form shows it
    page.wait_for_selector("#timeline .u-over")
    assert page.locator("#timeline").get_attribute("data-measure") == "killed"  # the choice is kept
    listed = [
        int(a.get_attribute("href").rsplit("/", 1)[1])
        for a in page.locator("#incident-table tbody tr td:first-child a").all()
    ]
    with web_db.session() as s:
        expect = sorted(i.id for i in rows if q["since"][0] <= i.date_start <= q["until"][0])
        assert 0 < len(expect) < len(rows)
    assert sorted(listed) == expect
    _shot(page, "21-timeline-brushed")
    assert hosts == {urlsplit(server).netloc}, hosts
    assert not errors, errors
