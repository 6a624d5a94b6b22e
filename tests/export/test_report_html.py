from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from harmwatch.export.report_html import map_svg, render_report, timeline_svg


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "src" or (tag in ("link", "script") and name == "href"):
                self.external.append(value or "")


def test_report_is_self_contained_with_map_timeline_and_sources(summaries):
    html = render_report(summaries, title="Test <report>", generated="2026-01-01")
    assert html.startswith("<!DOCTYPE html>")
    assert "<title>Test &lt;report&gt;</title>" in html
    parser = _Links()
    parser.feed(html)
    assert parser.external == [] and "<script" not in html
    svgs = re.findall(r"<svg.*?</svg>", html, re.S)
    assert len(svgs) == 2
    for svg in svgs:
        ET.fromstring(svg)  # well-formed inline SVG
    assert "39–50" in html  # the killed range across sources
    assert "Contested: denied by Defence ministry" in html
    assert html.count('<section class="incident"') == 3
    assert "@media print" in html


def test_map_places_points_by_longitude_and_latitude(summaries):
    svg = map_svg(summaries, width=600, height=300)
    circles = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', svg)
    assert len(circles) == 2  # the country-only incident has no coordinates
    (ax, ay), (bx, by) = sorted((float(x), float(y)) for x, y in circles)
    # Aleppo (37.16 E, 36.20 N) is west of and south of Kramatorsk (37.56 E, 48.72 N)
    assert ax < bx and ay > by


def test_timeline_and_map_without_data():
    assert "no incident is dated" in timeline_svg([])
    assert "no incident has coordinates" in map_svg([])
