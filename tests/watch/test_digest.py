"""The digest's two parts: plain text that reads alone, and HTML (escaped, no remote images)
rendered in Debian's chromium, with a screenshot in test-artifacts/watch/ to look at."""

from __future__ import annotations

from pathlib import Path

import pytest

from harmwatch.watch.digest import render_html, render_text
from tests.chromium import CHROMIUM, launch

SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "watch"

SRC_A = {
    "outlet": "wire-one.example",
    "url": "https://wire-one.example/market-strike",
    "title": "Air strike on market",
    "published": "2026-03-03",
    "killed_min": 12,
    "killed_max": 12,
    "given_by": "health ministry",
}
SRC_B = {
    **SRC_A,
    "outlet": "paper-two.example",
    "url": "https://paper-two.example/toll",
    "title": "Toll rises",
    "killed_min": 30,
    "killed_max": 30,
}
HEAD = {
    "id": 7,
    "date": "2026-03-03",
    "place": "Aleppo, SY",
    "type": "Air/drone strike",
    "link": "http://review.example/incidents/7",
}
HEAD2 = {
    **HEAD,
    "id": 8,
    "place": "Idlib, SY",
    "killed": "12–30",
    "link": "http://review.example/incidents/8",
}
ITEMS = [
    {
        "item_key": "new:inc-1",
        "kind": "new",
        "incident_key": "inc-1",
        "payload": {
            **HEAD,
            "killed": "12",
            "killed_by": [{"outlet": "wire-one.example", "url": SRC_A["url"], "given_by": "health ministry"}],
            "perpetrators": ["<script>alert(1)</script>"],
            "sources": {"a": SRC_A},
            "responses": {},
        },
    },
    {
        "item_key": "figure:inc-2:0:12->12–30",
        "kind": "figure",
        "incident_key": "inc-2",
        "payload": {
            **HEAD2,
            "old": "12",
            "new": "12–30",
            "by": [{"outlet": "paper-two.example", "url": SRC_B["url"], "given_by": "health ministry"}],
        },
    },
    {
        "item_key": "source:inc-2:b",
        "kind": "source",
        "incident_key": "inc-2",
        "payload": {**HEAD2, "source": SRC_B},
    },
    {
        "item_key": "response:inc-2:b:deny:army",
        "kind": "response",
        "incident_key": "inc-2",
        "payload": {
            **HEAD2,
            "response": {
                "stance": "denial",
                "party": "army",
                "text": "The army denied carrying out the strike.",
                "outlet": "paper-two.example",
                "url": SRC_B["url"],
            },
        },
    },
]


def test_plain_text_reads_alone():
    text = render_text("syria", "country SY", ITEMS, alert=False)
    assert "1 new incident, 1 figure change, 1 new source, 1 denial/admission" in text
    assert "* 2026-03-03 — Aleppo, SY — Air/drone strike" in text
    assert "NEW: killed 12, per health ministry (wire-one.example)" in text
    assert "KILLED: 12 → 12–30, per health ministry (paper-two.example)" in text
    assert "NEW DENIAL: army: The army denied carrying out the strike. (paper-two.example)" in text
    assert "Review: http://review.example/incidents/8" in text
    assert not any(tag in text for tag in ("<p", "<b>", "<a ", "<table", "&lt;"))  # no markup


def test_html_is_escaped_and_has_no_remote_images():
    html = render_html("syria", "country SY", ITEMS, alert=False)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in html and "url(" not in html and "<link" not in html


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")
def test_html_digest_in_chromium(tmp_path):
    from playwright.sync_api import sync_playwright

    path = tmp_path / "digest.html"
    path.write_text(render_html("syria", "country SY", ITEMS, alert=False), encoding="utf-8")
    requests: list[str] = []
    with sync_playwright() as pw:
        browser = launch(pw)
        page = browser.new_page(viewport={"width": 700, "height": 900})
        page.on("request", lambda r: requests.append(r.url))
        page.goto(path.as_uri())
        body = page.inner_text("body")
        assert "Aleppo, SY — Air/drone strike" in body and "12 → 12–30" in body
        assert page.evaluate("document.scripts.length") == 0
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "digest.png"), full_page=True)
        browser.close()
    assert requests == [path.as_uri()]  # nothing fetched but the message itself
