"""The pages render what analysts need: filters, search, sources side by side, claims, audit log."""

from __future__ import annotations

import re


def test_list_filters_and_search(client_for):
    c = client_for("vi")
    all_ids = re.findall(r'href="/incidents/(\d+)"', c.get("/incidents").text)
    assert len(all_ids) == 30
    sy = c.get("/api/incidents", params={"country": "SY", "size": 500}).json()
    assert sy["total"] == len(sy["incidents"]) > 0 and not sy["has_more"]
    assert {i["country"] for i in sy["incidents"]} == {"SY"}
    page = c.get("/incidents?country=SY").text
    assert len(re.findall(r'href="/incidents/(\d+)"', page)) == sy["total"]
    assert c.get("/incidents/count?country=SY").text == f"{sy['total']} found"
    assert c.get("/incidents/count").text == "30 found"
    hi = c.get("/api/incidents", params={"min_killed": 60, "size": 500}).json()["incidents"]
    assert all(max(i["killed_min"] or 0, i["killed_max"] or 0) >= 60 for i in hi)
    markets = c.get("/api/incidents", params={"q": "market", "size": 500}).json()["incidents"]
    assert markets and all("market" in i["targets"] for i in markets)
    assert c.get("/api/incidents", params={"q": 'quote" OR (', "size": 5}).status_code == 200


def test_incident_page_shows_sources_and_highlighted_claims(client_for):
    c = client_for("ed")
    page = c.get("/incidents/1").text
    assert page.count('class="source"') == 2
    assert re.search(r"<mark>at least \d+ people</mark>", page)
    doc = c.get("/documents/1")
    assert doc.status_code == 200 and "stored original" in doc.text
    orig = c.get("/documents/1/original")
    assert orig.headers["content-type"] == "application/octet-stream"
    assert orig.content.startswith(c.get("/api/documents/1").json()["text"].encode()[:20])
