"""Linking quality without a database: extract -> link -> score_links.py, as a Markdown table.

    .venv/bin/python benchmarks/link_quality.py                      # run the extractor on English dev docs
    .venv/bin/python benchmarks/link_quality.py --pred /tmp/pred.jsonl   # reuse saved `extract --jsonl` output
    .venv/bin/python benchmarks/link_quality.py --from-gold          # link the gold fields (linker logic alone)
    .venv/bin/python benchmarks/link_quality.py --pred P --half tune    # only incidents of one half (score.py's split)
    .venv/bin/python benchmarks/link_quality.py --pred P --perturb-dates 20            # dates moved -1/0/+1 day
    .venv/bin/python benchmarks/link_quality.py --pred P --perturb-dates 20 --drop-dates 0.2 --shift 0

`--perturb-dates K` relinks K times with seeded noise on the predicted dates (each event's
day-precise date moved by a random -1, 0 or +1 day, `--shift`; with `--drop-dates p` each event
loses its date with probability p) and prints the mean and the minimum of P/R/F1 over the runs:
a linker whose scores move with a one-day date error is fragile.

The evaluation data is read by path from ../shared/eval and never copied; inputs, predictions and
links are written under a temporary directory. A document with no events joins no incident.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from harmwatch.link.cluster import link_all
from harmwatch.link.decode import event_refs_from_json
from harmwatch.records import EventRef

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
INPUT_FIELDS = ("id", "text", "url", "published", "language")


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip().startswith("{")]


def gold_as_extraction(doc: dict) -> dict:
    """A gold document in the shape of `extract --jsonl` output (every gold event)."""
    events = []
    for e in doc.get("events") or ():
        loc = e.get("location")
        casualties = [dict(c, outcome="killed") for c in e.get("killed") or ()]
        casualties += [dict(c, outcome="injured") for c in e.get("injured") or ()]
        events.append(
            {
                "main": e.get("main", False),
                "sub_event_type": e.get("sub_event_type"),
                "weapon": e.get("weapon"),
                "date": e.get("date"),
                "locations": [loc] if loc else [],
                "perpetrator": e.get("perpetrator"),
                "targets": e.get("targets") or [],
                "casualties": casualties,
            }
        )
    return {k: doc.get(k) for k in INPUT_FIELDS} | {"events": events, "responses": doc.get("responses") or []}


def half_of_fn():
    """score.py's split of the documents into a tune and a check half (read by path)."""
    spec = importlib.util.spec_from_file_location("hw_eval_score", EVAL / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.half_of


_DAY = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")


def _shift_day(value: str | None, delta: int) -> str | None:
    """A day-precise ISO date (year maybe unknown: XXXX) moved by ``delta`` days; others unchanged."""
    m = _DAY.match(value or "")
    if not m or not delta:
        return value
    year = 2000 if m.group(1) == "XXXX" else int(m.group(1))  # a leap year for an unknown one
    try:
        d = date(year, int(m.group(2)), int(m.group(3))) + timedelta(days=delta)
    except ValueError:
        return value
    return (m.group(1) if m.group(1) == "XXXX" else f"{d.year:04d}") + d.strftime("-%m-%d")


def perturb_dates(preds: list[dict], rng: random.Random, shift: int, drop: float) -> list[dict]:
    """A copy of the extractions whose event dates are moved by a random day in [-shift, shift]
    (start and end together) and dropped with probability ``drop``."""
    out = []
    for p in preds:
        events = []
        for ev in p.get("events") or ():
            d = dict(ev.get("date") or {})
            delta = rng.randint(-shift, shift) if shift else 0
            if drop and rng.random() < drop:
                d = {}
            elif d:
                d["start"], d["end"] = _shift_day(d.get("start"), delta), _shift_day(d.get("end"), delta)
            events.append(dict(ev, date=d or None))
        out.append(dict(p, events=events))
    return out


def link_and_score(preds: list[dict], gold: Path, work: Path, lang: str, show: int, cross: bool):
    events: list[EventRef] = [ref for p in preds for ref in event_refs_from_json(p)]
    t0 = time.perf_counter()
    incidents = link_all(events)
    link_s = time.perf_counter() - t0
    links = work / "links.jsonl"
    with links.open("w", encoding="utf-8") as f:
        for i, inc in enumerate(incidents, 1):
            f.write(json.dumps({"id": i, "documents": list(inc.documents)}) + "\n")
    return events, incidents, link_s, score(gold, links, lang, show, cross)


def run_extractor(docs: list[dict], work: Path, hide_language: bool = False) -> tuple[list[dict], float]:
    inp = work / "input.jsonl"
    with inp.open("w", encoding="utf-8") as f:
        for d in docs:
            row = {k: d.get(k) for k in INPUT_FIELDS}
            if hide_language:
                row["language"] = None
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    exe = Path(sys.executable).parent / "harmwatch"
    t0 = time.perf_counter()
    out = subprocess.run(
        [str(exe), "extract", "--jsonl", str(inp)], capture_output=True, text=True, check=True
    )
    elapsed = time.perf_counter() - t0
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")], elapsed


def score(gold: Path, links: Path, lang: str, show: int, cross_lingual: bool = False) -> dict:
    cmd = [sys.executable, str(EVAL / "score_links.py"), str(gold), "--pred", str(links)]
    if lang != "all":
        cmd += ["--lang", lang]
    if cross_lingual:
        cmd.append("--cross-lingual")
    cmd.append("--json")
    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
    summary = json.loads(res.stdout)
    if show:
        cmd[-1:] = ["--show", str(show)]
        print(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout, file=sys.stderr)
    return summary


def _in_languages(language: str | None, spec: str) -> bool:
    if spec == "all":
        return True
    if spec.startswith("!"):
        return language not in spec[1:].split(",")
    return language in spec.split(",")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=EVAL / "dev.jsonl")
    ap.add_argument("--lang", default="en", help="en, a list (fr,es), '!en', or all")
    ap.add_argument("--hide-language", action="store_true", help="the extractor must tell the language")
    ap.add_argument("--cross-lingual", action="store_true", help="score only pairs in two languages")
    ap.add_argument("--pred", type=Path, help="saved `harmwatch extract --jsonl` output to link")
    ap.add_argument("--from-gold", action="store_true", help="link the gold fields instead of extractions")
    ap.add_argument("--show", type=int, default=0, help="list wrong and missed pairs on stderr")
    ap.add_argument("--half", choices=("tune", "check"), help="link and score one half's documents only")
    ap.add_argument("--perturb-dates", type=int, default=0, metavar="K", help="K runs with noisy dates")
    ap.add_argument("--shift", type=int, default=1, help="days a perturbed date moves at most (default 1)")
    ap.add_argument("--drop-dates", type=float, default=0.0, metavar="P", help="drop each date with prob. P")
    ap.add_argument("--seed", type=int, default=0, help="seed of the first perturbed run")
    args = ap.parse_args()

    docs = [d for d in load_jsonl(args.gold) if _in_languages(d.get("language"), args.lang)]
    with tempfile.TemporaryDirectory(prefix="hw-link-") as tmp:
        work = Path(tmp)
        gold = args.gold
        if args.half:
            half_of = half_of_fn()
            every = load_jsonl(args.gold)
            gold = work / "gold-half.jsonl"  # a temporary subset, read by the scorer and deleted
            with gold.open("w", encoding="utf-8") as f:
                for d in every:
                    if half_of(d) == args.half:
                        f.write(json.dumps(d, ensure_ascii=False) + "\n")
            docs = [d for d in docs if half_of(d) == args.half]
        keep = {d["id"] for d in load_jsonl(gold)}
        extract_s = None
        if args.from_gold:
            preds, source = [gold_as_extraction(d) for d in docs], "gold fields"
        elif args.pred:
            preds, source = load_jsonl(args.pred), f"saved extraction ({args.pred.name})"
        else:
            preds, extract_s = run_extractor(docs, work, args.hide_language)
            source = "harmwatch extract"
        preds = [p for p in preds if p.get("id") in keep]
        events, incidents, link_s, s = link_and_score(
            preds, gold, work, args.lang, args.show, args.cross_lingual
        )
        runs = []
        for k in range(args.perturb_dates):
            rng = random.Random(args.seed + k)
            noisy = perturb_dates(preds, rng, args.shift, args.drop_dates)
            runs.append(link_and_score(noisy, gold, work, args.lang, 0, args.cross_lingual)[3])

    pairs = ", pairs across languages only" if args.cross_lingual else ""
    hidden = ", language not given" if args.hide_language else ""
    half = f", {args.half} half" if args.half else ""
    print(f"## Linking quality ({args.lang}, {len(docs)} documents, {source}{hidden}{pairs}{half})\n")
    print("| metric | value |\n|---|---|")
    rows = [
        ("documents with events", sum(1 for p in preds if p.get("events"))),
        ("events linked", len(events)),
        ("incidents", len(incidents)),
        ("pairwise precision", s["pairwise_precision"]),
        ("pairwise recall", s["pairwise_recall"]),
        ("pairwise F1", s["pairwise_f1"]),
        ("gold / predicted pairs", f"{s['gold_pairs']} / {s['predicted_pairs']}"),
        ("gold incidents exact", s["incidents_exact"]),
        ("documents not placed", s["documents_not_placed"]),
        ("link time (s)", f"{link_s:.3f}"),
    ]
    if extract_s is not None:
        rows.append(("extract time (s)", f"{extract_s:.1f}"))
    if runs:
        noise = f"dates moved up to {args.shift} day(s), dropped with p={args.drop_dates}"
        rows.append(
            ("perturbed runs", f"{len(runs)} ({noise}, seeds {args.seed}..{args.seed + len(runs) - 1})")
        )
        for m in ("precision", "recall", "F1"):
            vals = [r[f"pairwise_{m.lower()}"] for r in runs]
            rows.append(
                (
                    f"perturbed {m} mean / min / max",
                    f"{statistics.mean(vals):.3f} / {min(vals):.3f} / {max(vals):.3f}",
                )
            )
    for k, v in rows:
        print(f"| {k} | {v} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
