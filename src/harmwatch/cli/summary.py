"""A readable summary of one extraction, for a person at a terminal (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from harmwatch.records import Extraction


def _fig(c) -> str:
    if c.min is not None and c.max is not None and c.min == c.max:
        n = f"{'~' if c.approximate else ''}{c.min}"
    elif c.min is not None and c.max is not None:
        n = f"{c.min}-{c.max}"
    elif c.min is not None:
        n = f"≥{c.min}"
    elif c.max is not None:
        n = f"≤{c.max}"
    else:
        n = "?"
    return n + (" (vague)" if c.vague else "") + (" (derived)" if c.derived else "")


def print_summary(x: Extraction, console: Console | None = None) -> None:
    console = console or Console()
    title = x.id or "report"
    if not x.events:
        console.print(f"[bold]{title}[/]: no violent incident found")
    for ev in x.events:
        where = ", ".join(f"{loc.name} ({loc.country or '?'})" for loc in ev.locations) or "place unknown"
        when = ev.date.start or "date unknown"
        p = ev.perpetrator
        what = (
            "[cyan]unclassified[/] (no language pack: places and numbers in digits only)"
            if ev.unclassified
            else f"[cyan]{ev.sub_event_type}[/] ({ev.weapon or 'weapon unknown'})"
        )
        console.print(
            f"[bold]{title}[/]: {'main ' if ev.main else ''}{'background ' if ev.background else ''}{what}"
        )
        console.print(f"  where: {where}\n  when: {when}")
        console.print(f"  by: {p.name} [{p.country or '-'}, {p.kind}, {p.attribution}]")
        if ev.targets:
            console.print("  targets: " + ", ".join(sorted({t.type for t in ev.targets})))
        if ev.casualties:
            t = Table("outcome", "figure", "group", "source", "words", box=None, padding=(0, 1))
            for c in ev.casualties:
                t.add_row(c.outcome, _fig(c), c.group, c.source or "-", c.text)
            console.print(t)
    for a in x.aggregates:
        console.print(f"  aggregate (kept apart): {a.number:,} — {a.text!r}")
    for al in x.allegations:
        console.print(f"  allegation: {al.accuser or '?'} accuses {al.accused or '?'} of {al.charge}")
    for r in x.responses:
        console.print(f"  response: {r.party or '?'} — {r.stance}")
    for q in x.quotes:
        console.print(f"  quote: {q.speaker or '?'}: “{q.text[:90]}{'…' if len(q.text) > 90 else ''}”")
    if x.evidence:
        console.print("  evidence: " + ", ".join(sorted({e.kind for e in x.evidence})))
    if x.removed:
        console.print(
            f"  removed boilerplate: {len(x.removed)} segments ("
            + ", ".join(sorted({r.reason for r in x.removed}))
            + ")"
        )
