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


def test_casualty_table_names_each_source_and_links_to_the_words(client_for):
    c = client_for("vi")
    page = c.get("/incidents/1").text
    table = page.split('id="provenance"')[1].split("</table>")[0]
    assert table.count("officials via outlet") == 2  # who gives the figure, through which outlet
    claim_links = re.findall(r'href="#claim-(\d+)"', table)
    assert len(claim_links) == 2
    for cid in claim_links:  # each figure leads to its claim's row, where the words are marked
        row = page.split(f'id="claim-{cid}"')[1].split("</tr>")[0]
        assert "<mark>at least" in row
    assert 'title="sets the incident\'s low figure"' in table
    assert 'title="sets the incident\'s high figure"' in table


def test_claims_are_grouped_by_source_and_filtered_by_kind(client_for):
    c = client_for("vi")
    page = c.get("/incidents/1").text
    assert page.count('<tr class="group">') == 2
    assert "?kind=casualty" in page
    only = c.get("/incidents/1?kind=quote").text
    assert 'id="claim-' not in only


def test_only_the_odd_value_is_marked_as_differing():
    from harmwatch.web.queries import odd_ones

    assert odd_ones(["2020-01-01", "2020-01-01", "2020-01-03"]) == [False, False, True]
    assert odd_ones(["A", None, "A"]) == [False, False, False]  # unknown is missing, not disagreement
    assert odd_ones(["A", "B"]) == [True, True]  # no majority: both differ
    assert odd_ones([None, "", "A"]) == [False, False, False]


def test_list_filters_and_sorts_by_disagreement(client_for):
    c = client_for("vi")
    rows = c.get("/api/incidents", params={"sort": "disagreement", "size": 500}).json()["incidents"]
    values = [i["disagreement"] for i in rows]
    assert values == sorted(values, reverse=True) and len(values) == 30
    high = c.get("/api/incidents", params={"min_disagreement": 0.5, "size": 500}).json()["incidents"]
    assert high and all(i["disagreement"] >= 0.5 for i in high) and len(high) < 30
    page = c.get("/incidents?min_disagreement=0.5&sort=disagreement").text
    assert "<th" in page and "Disagreement</th>" in page
    ids = re.findall(r'<td><a href="/incidents/(\d+)"', page)
    assert [int(i) for i in ids] == [i["id"] for i in sorted(high, key=lambda i: -i["disagreement"])][
        : len(ids)
    ]


def test_export_the_current_filter(client_for):
    import csv
    import io
    import json

    c = client_for("vi")
    sy = c.get("/api/incidents", params={"country": "SY", "size": 500}).json()["total"]
    assert 0 < sy < 30
    assert re.search(
        r"/incidents/export\?format=acled&(amp;)?country=SY", c.get("/incidents?country=SY").text
    )
    r = c.get("/incidents/export", params={"format": "acled", "country": "SY"})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == sy
    assert {row["country"] for row in rows} == {"Syria"}
    geo = c.get("/incidents/export", params={"format": "geojson", "country": "SY"}).json()
    assert len(geo["features"]) == sy
    lines = c.get("/incidents/export", params={"format": "jsonl", "country": "SY"}).text.splitlines()
    assert len(lines) == sy and all(json.loads(x) for x in lines)
    report = c.get("/incidents/export", params={"format": "report", "country": "SY"})
    assert "filter: country SY" in report.text and "<script" not in report.text
    assert "default-src 'none'" in report.headers["content-security-policy"]
    assert c.get("/incidents/export", params={"format": "exe"}).status_code == 422


def test_parse_bbox_normalises_and_widens_outwards():
    from harmwatch.web.queries import parse_bbox

    assert parse_bbox("10.12341,20.5,11,21.00001") == "10.1234,20.5000,11.0000,21.0001"
    assert parse_bbox("11,21,10,20") == "10.0000,20.0000,11.0000,21.0000"  # corners in any order
    assert parse_bbox("-95,-200,95,200") == "-90.0000,-180.0000,90.0000,180.0000"
    for bad in (None, "", "1,2,3", "a,b,c,d", "1,2,3,4,5", "nan,1,2,3", "inf,1,2,3"):
        assert parse_bbox(bad) is None


def test_list_and_map_filtered_to_a_map_area(client_for):
    c = client_for("vi")
    points = c.get("/api/incidents/map").json()["points"]
    p = points[0]
    area = f"{p['lat'] - 0.5},{p['lon'] - 0.5},{p['lat'] + 0.5},{p['lon'] + 0.5}"
    inside = {q["id"] for q in points if abs(q["lat"] - p["lat"]) <= 0.5 and abs(q["lon"] - p["lon"]) <= 0.5}
    assert 0 < len(inside) < len(points)
    got = {q["id"] for q in c.get("/api/incidents/map", params={"bbox": area}).json()["points"]}
    assert got == inside
    page = c.get("/incidents", params={"bbox": area}).text
    assert {int(i) for i in re.findall(r'<td><a href="/incidents/(\d+)"', page)} == inside
    assert 'name="bbox"' in page and 'id="whole-map"' in page
    assert c.get("/api/incidents/map", params={"bbox": "1,2,x,4"}).status_code == 422
    assert len(re.findall(r'<td><a href="/incidents/(\d+)"', c.get("/incidents?bbox=junk").text)) == 30
