"""A self-contained, printable HTML report: incident table, per-incident sources and figures,
a small map and a timeline as inline SVG. No script, no external file, no network.

Public API (pure)::

    render_report(incidents: Sequence[IncidentSummary], title: str = "harmwatch incident report",
                  subtitle: str = "", generated: str = "") -> str
    map_svg(incidents, width=640, height=320) -> str       # equirectangular lon/lat scatter
    timeline_svg(incidents, width=640, height=120) -> str
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from html import escape

from harmwatch.export.common import country_info
from harmwatch.records import FigureRange, IncidentSummary, SourceReport
from harmwatch.urls import safe_http_url

_CSS = """
body{font:14px/1.4 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;max-width:60em;color:#222}
h1{font-size:1.6em;margin-bottom:0}h2{font-size:1.25em;margin-top:2em}h3{font-size:1.05em;margin:1.5em 0 .3em}
.sub{color:#555;margin-top:.2em}table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f2f2f2}
td.n{text-align:right;white-space:nowrap}.contested{color:#a00;font-weight:600}.muted{color:#777}
svg{border:1px solid #ccc;background:#fbfbfb;max-width:100%;height:auto}
section.incident{page-break-inside:avoid;break-inside:avoid}
@media print{body{margin:0;max-width:none;font-size:11px}a{color:inherit;text-decoration:none}
h2{page-break-before:always}h2.first{page-break-before:auto}}
"""


def _e(v: object) -> str:
    return escape("" if v is None else str(v))


def _range_text(r: FigureRange) -> str:
    if r.low is None and r.high is None:
        return "unknown"
    if r.high is None or r.low == r.high:
        return str(r.low if r.low is not None else r.high)
    if r.low is None:
        return f"up to {r.high}"
    return f"{r.low}–{r.high}"


def _when(s: IncidentSummary) -> str:
    if not s.date_start:
        return "date unknown"
    return s.date_start if s.date_end in (None, s.date_start) else f"{s.date_start} – {s.date_end}"


def _where(s: IncidentSummary) -> str:
    info = country_info(s.country)
    parts = [
        s.place.name if s.place and s.place.kind != "country" else None,
        s.place.admin1 if s.place else None,
        info.name if info else s.country,
    ]
    return ", ".join(dict.fromkeys(p for p in parts if p)) or "place unknown"


def _points(incidents: Sequence[IncidentSummary]) -> list[tuple[int, float, float, IncidentSummary]]:
    return [
        (i, s.place.lon, s.place.lat, s)
        for i, s in enumerate(incidents, 1)
        if s.place and s.place.lat is not None and s.place.lon is not None
    ]


def map_svg(incidents: Sequence[IncidentSummary], width: int = 640, height: int = 320) -> str:
    """Incidents as dots on a plain equirectangular lon/lat frame, zoomed to where they are."""
    pts = _points(incidents)
    if pts:
        lons, lats = [p[1] for p in pts], [p[2] for p in pts]
        cx, cy = (min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2
        span = max(max(lons) - min(lons), 2 * (max(lats) - min(lats)), 8.0) * 1.2
    else:
        cx, cy, span = 0.0, 0.0, 360.0
    span = min(span, 360.0)
    x0, x1 = cx - span / 2, cx + span / 2
    y1, y0 = cy + span / 4, cy - span / 4  # keep degrees square: the frame is 2:1

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - x0) / (x1 - x0) * width, (y1 - lat) / (y1 - y0) * height

    step = next(s for s in (1, 2, 5, 10, 20, 30, 60) if span / s <= 12)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="Map of incidents (longitude, latitude)">'
    ]
    for meridian in range(math.ceil(x0 / step) * step, math.floor(x1) + 1, step):
        x = xy(meridian, 0)[0]
        out.append(
            f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}" stroke="#e3e3e3"/>'
            f'<text x="{x + 2:.1f}" y="{height - 3}" font-size="9" fill="#999">{meridian}°</text>'
        )
    for parallel in range(math.ceil(y0 / step) * step, math.floor(y1) + 1, step):
        y = xy(0, parallel)[1]
        out.append(
            f'<line x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}" stroke="#e3e3e3"/>'
            f'<text x="2" y="{y - 2:.1f}" font-size="9" fill="#999">{parallel}°</text>'
        )
    for n, lon, lat, s in pts:
        x, y = xy(lon, lat)
        r = 3 + min(12.0, math.sqrt(s.killed.low or 0))
        colour = "#a00" if s.contested else "#c44"
        out.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}" fill-opacity=".55" '
            f'stroke="#600"><title>{n}. {_e(_where(s))}, {_e(_when(s))}: '
            f"{_e(_range_text(s.killed))} killed</title></circle>"
            f'<text x="{x + r + 1:.1f}" y="{y + 3:.1f}" font-size="10">{n}</text>'
        )
    if not pts:
        out.append(
            f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" fill="#777">'
            "no incident has coordinates</text>"
        )
    out.append("</svg>")
    return "".join(out)


def timeline_svg(incidents: Sequence[IncidentSummary], width: int = 640, height: int = 120) -> str:
    """Incidents on a date axis, dot size by the lowest killed figure."""
    dated = [
        (i, date.fromisoformat(s.date_start[:10]).toordinal(), s)
        for i, s in enumerate(incidents, 1)
        if s.date_start
    ]
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="Timeline of incidents">'
    ]
    if not dated:
        out.append(
            f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" fill="#777">'
            "no incident is dated</text></svg>"
        )
        return "".join(out)
    lo, hi = min(d for _, d, _ in dated), max(d for _, d, _ in dated)
    pad = max(1, (hi - lo) // 20)
    lo, hi = lo - pad, hi + pad
    axis_y = height - 20

    def x(day: int) -> float:
        return 10 + (day - lo) / (hi - lo) * (width - 20)

    out.append(f'<line x1="10" y1="{axis_y}" x2="{width - 10}" y2="{axis_y}" stroke="#888"/>')
    for k in range(5):
        day = lo + (hi - lo) * k // 4
        out.append(
            f'<text x="{x(day):.1f}" y="{height - 5}" font-size="9" text-anchor="middle" fill="#666">'
            f"{date.fromordinal(day).isoformat()}</text>"
        )
    for lane, (n, day, s) in enumerate(dated):
        y = axis_y - 12 - (lane % 4) * 18
        r = 3 + min(8.0, math.sqrt(s.killed.low or 0) / 1.5)
        out.append(
            f'<circle cx="{x(day):.1f}" cy="{y}" r="{r:.1f}" fill="#c44" fill-opacity=".6" stroke="#600">'
            f"<title>{n}. {_e(_when(s))}, {_e(_where(s))}</title></circle>"
            f'<text x="{x(day) + r + 1:.1f}" y="{y + 3}" font-size="9">{n}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def _source_rows(r: SourceReport) -> str:
    def figs(outcome: str) -> str:
        items = [
            f"{_e(c.text or (c.min, c.max))}"
            + (f" <span class=muted>({_e(c.source)})</span>" if c.source else "")
            for c in r.casualties
            if c.outcome == outcome
        ]
        return "<br>".join(items) or '<span class="muted">none given</span>'

    url = safe_http_url(r.url)  # only http(s) URLs become links
    link = f'<a href="{_e(url)}">{_e(r.outlet or url)}</a>' if url else _e(r.outlet or r.document_id)
    denials = "<br>".join(f"{_e(x.party or 'a party')}: {_e(x.stance)} — “{_e(x.text)}”" for x in r.responses)
    place = r.locations[0].name if r.locations else ""
    return (
        f"<tr><td>{link}<br><span class=muted>{_e(r.document_id)} · {_e(r.published or 'undated')}</span></td>"
        f"<td>{_e(r.date.start or '')}</td><td>{_e(place)}</td><td>{_e(r.perpetrator.name)}</td>"
        f"<td>{figs('killed')}</td><td>{figs('injured')}</td><td>{denials}</td></tr>"
    )


def _incident_section(n: int, s: IncidentSummary) -> str:
    k = s.killed
    perps = (
        "; ".join(
            f"{_e(p.name)} (per {len(p.attributed_by)} source{'s' if len(p.attributed_by) != 1 else ''})"
            for p in s.perpetrators
        )
        or "not named"
    )
    disagree = f" — sources disagree by {round(100 * k.disagreement)}%" if k.disagreement else ""
    contested = (
        (
            '<p class="contested">Contested: denied by '
            + _e(", ".join(sorted({d.party or "a party" for d in s.denials})))
            + "</p>"
        )
        if s.contested
        else ""
    )
    return (
        f'<section class="incident" id="i{n}"><h3>{n}. {_e(s.sub_event_type or "Incident")} — '
        f"{_e(_where(s))}, {_e(_when(s))}</h3>"
        f"<p>Perpetrator: {perps}. Killed: <b>{_e(_range_text(k))}</b>{_e(disagree)}"
        f" (best {_e(k.best if k.best is not None else 'unknown')}). Injured: {_e(_range_text(s.injured))}."
        f" Targets: {_e(', '.join(s.targets) or 'not given')}.</p>{contested}"
        "<table><tr><th>Source</th><th>Date given</th><th>Place given</th><th>Perpetrator given</th>"
        "<th>Killed (their words)</th><th>Injured</th><th>Responses</th></tr>"
        + "".join(_source_rows(r) for r in s.sources)
        + "</table></section>"
    )


def render_report(
    incidents: Sequence[IncidentSummary],
    title: str = "harmwatch incident report",
    subtitle: str = "",
    generated: str = "",
) -> str:
    rows = "".join(
        f'<tr><td class="n"><a href="#i{n}">{n}</a></td><td>{_e(_when(s))}</td><td>{_e(_where(s))}</td>'
        f"<td>{_e(s.sub_event_type or '')}</td><td>{_e('; '.join(p.name for p in s.perpetrators))}</td>"
        f'<td class="n">{_e(_range_text(s.killed))}</td><td class="n">{_e(_range_text(s.injured))}</td>'
        f'<td class="n">{len(s.sources)}</td><td>{"<span class=contested>yes</span>" if s.contested else ""}</td></tr>'
        for n, s in enumerate(incidents, 1)
    )
    meta = " · ".join(
        x
        for x in (
            subtitle,
            f"{len(incidents)} incidents",
            f"{sum(len(s.sources) for s in incidents)} source reports",
            f"generated {generated}" if generated else "",
        )
        if x
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"
        f'<h1>{_e(title)}</h1><p class="sub">{_e(meta)}</p>'
        f'<h2 class="first">Map</h2>{map_svg(incidents)}<h2 class="first">Timeline</h2>{timeline_svg(incidents)}'
        "<h2>Incidents</h2><table><tr><th>#</th><th>Date</th><th>Place</th><th>Type</th><th>Perpetrator(s)</th>"
        f"<th>Killed</th><th>Injured</th><th>Sources</th><th>Contested</th></tr>{rows}</table>"
        "<h2>Sources and figures</h2>"
        + "".join(_incident_section(n, s) for n, s in enumerate(incidents, 1))
        + "</body></html>\n"
    )
