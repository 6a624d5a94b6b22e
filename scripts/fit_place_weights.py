#!/usr/bin/env python3
"""Fit the weights of the English place ranking (``extract/places/place_weights.json``).

Data: the coded external notes of the evaluation folder (read by path, never copied): ACLED event
notes and Airwars assessments, each coded with the place of its event. Every document is split by
``sha1("places:" + id)`` into a *fit* half and a *check* half. English documents of ``dev.jsonl``'s
tune half (``score.py --half tune``) can join the fit (``--fit-on``); its check half is never read
unless ``--report-dev-check`` asks for one line of the table, after the fit is done.

Model: every candidate mention of a place (``resolve.place_scene``) has named features; a report's
candidates compete in a softmax (a listwise logistic regression), and the fit maximises the
probability of the candidates that name the coded place (those ``score.py``'s ``location_ok``
accepts), with an L2 penalty towards a prior: ``place_weights_prior.json``, the constants the
ranking had by hand before. Coded notes say nothing of datelines, headlines or "Moscow said"
(features they never show), so those keep their prior; without one (``--prior none``) the fit
loses such news-report features and places reports worse. The margins the ranking applies after scoring (``min_score``: below
it a mention is no candidate; ``inside_gap``/``held_gap``: how much weaker a place inside the
winner may be and still come first; ``list_gap``: which other places are listed) are then chosen
by a coordinate search on the same fit documents, judged by the first place ``find_places`` returns.

Prints a table (documents whose first place matches the coded one, per dataset and half) for the
weights before (``--before``, default the shipped file) and after, and writes the fitted weights
with ``--write``.

  python scripts/fit_place_weights.py                       # fit and print the table
  python scripts/fit_place_weights.py --write               # ... and ship the weights
  python scripts/fit_place_weights.py --cache /tmp/pw       # keep the spaCy parses between runs
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from spacy.tokens import DocBin

from harmwatch.extract.context import DocContext
from harmwatch.extract.engine import MODEL, clean, load_nlp, parse_published
from harmwatch.extract.places.ranking import WEIGHTS_FILE, PlaceWeights, weights_from
from harmwatch.extract.places.resolve import Scene, candidate_location, find_places, place_scene
from harmwatch.records import RawDocument

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
PRIOR = Path(__file__).with_name("place_weights_prior.json")  # the former hand-set constants
DATASETS = {
    "acled": "external/acled_notes_dev.jsonl",
    "airwars": "external/airwars_gaza_dev.jsonl",
    "dev": "dev.jsonl",
}
MARGIN_GRID = {
    "min_score": [-8.0, -6.0, -5.0, -4.0, -3.0, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0],
    "inside_gap": [0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0],
    "held_gap": [0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0],
    "list_gap": [1.0, 2.0, 3.0, 4.0, 6.0],
}


@dataclass
class Item:
    dataset: str
    part: str  # fit / check (external), tune / check (dev)
    ctx: DocContext
    gold: dict  # the coded main event
    scene: Scene | None = None
    x: np.ndarray | None = None  # candidates x features
    y: np.ndarray | None = None  # candidates naming the coded place


def _scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("hw_score", eval_dir / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _ext_part(doc_id: str) -> str:
    return "fit" if int(hashlib.sha1(f"places:{doc_id}".encode()).hexdigest(), 16) % 2 == 0 else "check"


def load_items(eval_dir: Path, S, names: list[str], dev_check: bool, cache: Path | None) -> list[Item]:
    nlp = load_nlp()
    items: list[Item] = []
    for name in names:
        rows = []
        for line in (eval_dir / DATASETS[name]).open(encoding="utf-8"):
            d = json.loads(line)
            if name == "dev":
                if d.get("language") != "en":
                    continue
                part = S.half_of(d)
                if part == "check" and not dev_check:
                    continue  # the check half is never read for the fit
            else:
                part = _ext_part(d["id"])
            events = [e for e in d.get("events") or [] if e.get("main")] or d.get("events") or []
            if events and (events[0].get("location") or {}).get("name"):
                rows.append((d, part, events[0]))
        cleaned = [clean(RawDocument(id=d["id"], text=d.get("text"), url=d.get("url"))) for d, _p, _e in rows]
        texts = [c.text[:200_000] for c in cleaned]
        docs = _parse(nlp, texts, cache / f"{name}{'_all' if dev_check else ''}.spacy" if cache else None)
        for (d, part, ev), c, doc in zip(rows, cleaned, docs, strict=True):
            ctx = DocContext(
                text=doc.text,
                doc=doc,
                published=parse_published(d.get("published") or c.published),
                language="en",
                title=c.title,
            )
            items.append(Item(name, part, ctx, ev))
        print(f"{name}: {len(rows)} documents with a coded place", file=sys.stderr)
    return items


def _parse(nlp, texts: list[str], path: Path | None):
    digest = hashlib.sha1((MODEL + "\0" + "\0".join(texts)).encode()).hexdigest()
    if path is not None and path.exists() and path.with_suffix(".sha1").read_text() == digest:
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=64))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs, store_user_data=False).to_disk(path)
        path.with_suffix(".sha1").write_text(digest)
    return docs


def featurise(items: list[Item], S) -> list[str]:
    names: set[str] = set()
    for it in items:
        it.scene = place_scene(it.ctx)
        if it.scene is not None:
            for c in it.scene.candidates:
                names.update(c.features)
    order = sorted(names)
    index = {n: i for i, n in enumerate(order)}
    for it in items:
        cands = it.scene.candidates if it.scene else []
        it.x = np.zeros((len(cands), len(order)))
        it.y = np.zeros(len(cands), dtype=bool)
        for i, c in enumerate(cands):
            for k, v in c.features.items():
                it.x[i, index[k]] = v
            loc = candidate_location(c, it.scene, it.ctx).to_dict()
            it.y[i] = S.location_ok({"locations": [loc]}, it.gold, primary_only=True)
    return order


def fit(items: list[Item], order: list[str], l2: float, prior: np.ndarray, dev_weight: float) -> np.ndarray:
    """Listwise logistic regression: per report, the softmax mass of the right candidates."""
    data = [
        (it.x, it.y, dev_weight if it.dataset == "dev" else 1.0)
        for it in items
        if it.y is not None and 0 < it.y.sum() < len(it.y)
    ]
    n = sum(r for _x, _y, r in data)
    if not data:
        return prior.copy()

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.0, np.zeros_like(w)
        for x, y, r in data:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = p * y
            mass = q.sum()
            total -= r * np.log(mass)
            grad += r * (x.T @ (p - q / mass))
        d = w - prior
        return total / n + l2 * d @ d / 2, grad / n + l2 * d

    res = minimize(loss, prior.copy(), jac=True, method="L-BFGS-B")
    print(f"fit: {len(data)} informative reports, loss {res.fun:.4f}, {res.message}", file=sys.stderr)
    return res.x


def accuracy(items: list[Item], weights: PlaceWeights, S) -> float:
    ok = 0
    for it in items:
        locs = find_places(it.ctx, weights, it.scene) if it.scene is not None else ()
        ok += S.location_ok({"locations": [loc.to_dict() for loc in locs]}, it.gold, primary_only=True)
    return ok / max(1, len(items))


def reachable(items: list[Item]) -> float:
    """Share of reports where some candidate names the coded place: what a ranking can reach."""
    return sum(bool(it.y is not None and it.y.any()) for it in items) / max(1, len(items))


def top_right(items: list[Item], w: np.ndarray) -> float:
    """Share of reports whose best-scored candidate names the coded place (before the margins)."""
    return sum(bool(it.y is not None and len(it.y) and it.y[np.argmax(it.x @ w)]) for it in items) / max(
        1, len(items)
    )


def fit_margins(items: list[Item], feats: dict[str, float], start: dict[str, float], S) -> dict[str, float]:
    margins = dict(start)
    for _round in range(2):
        for name, grid in MARGIN_GRID.items():
            scores = []
            for v in grid:
                trial = {**margins, name: v}
                scores.append((accuracy(items, PlaceWeights(feats, trial), S), -abs(v - margins[name]), v))
            margins[name] = max(scores)[2]
    return margins


def with_prior(feats: dict[str, float], prior: PlaceWeights | None) -> dict[str, float]:
    """The fitted weights, and the prior's weight of each feature that no candidate showed (a
    dateline: words the coded notes never have), which would otherwise weigh nothing."""
    out = dict(feats)
    for name, value in prior.features.items() if prior else ():
        out.setdefault(name, value)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the evaluation folder")
    ap.add_argument(
        "--fit-on", default="acled,airwars", help="datasets fitted: acled, airwars, dev (tune half)"
    )
    ap.add_argument(
        "--dev-weight", type=float, default=1.0, help="how many external reports one dev report counts as"
    )
    ap.add_argument("--l2", type=float, default=0.02, help="L2 penalty towards --prior")
    ap.add_argument(
        "--prior",
        type=Path,
        default=PRIOR,
        help="weights the fit starts from and is pulled towards (default: the former constants; none: zero)",
    )
    ap.add_argument("--before", type=Path, default=WEIGHTS_FILE, help="weights compared against")
    ap.add_argument(
        "--report-dev-check", action="store_true", help="also print dev's check half (after the fit)"
    )
    ap.add_argument("--cache", type=Path, help="folder keeping the spaCy parses between runs")
    ap.add_argument("--write", type=Path, nargs="?", const=WEIGHTS_FILE, help="write the fitted weights")
    args = ap.parse_args()
    if not (args.eval / "score.py").exists():
        print(f"evaluation folder not found: {args.eval}", file=sys.stderr)
        return 2
    S = _scorer(args.eval)
    fit_on = [n.strip() for n in args.fit_on.split(",") if n.strip()]
    items = load_items(args.eval, S, ["acled", "airwars", "dev"], args.report_dev_check, args.cache)
    order = featurise(items, S)
    before = weights_from(json.loads(args.before.read_text(encoding="utf-8")))
    use_prior = str(args.prior) != "none"
    prior_w = weights_from(json.loads(args.prior.read_text(encoding="utf-8"))) if use_prior else None
    prior = np.array([prior_w.features.get(n, 0.0) if prior_w else 0.0 for n in order])
    fit_items = [it for it in items if it.dataset in fit_on and it.part in ("fit", "tune")]
    w = fit(fit_items, order, args.l2, prior, args.dev_weight)
    feats = with_prior({n: round(float(v), 4) for n, v in zip(order, w, strict=True)}, prior_w)
    start = {k: before.margins.get(k, 0.0) for k in MARGIN_GRID}
    margins = fit_margins(fit_items, feats, start, S)
    after = PlaceWeights(feats, margins)

    print(
        "\n| data | part | reports | some candidate right | top candidate, fitted | first place, before | first place, fitted |"
    )
    print("|---|---|---|---|---|---|---|")
    for name in ("acled", "airwars", "dev"):
        for part in ("fit", "check") if name != "dev" else ("tune", "check"):
            sub = [it for it in items if it.dataset == name and it.part == part]
            if not sub:
                continue
            role = "fitted" if name in fit_on and part in ("fit", "tune") else "held out"
            print(
                f"| {name} | {part} ({role}) | {len(sub)} | {reachable(sub):.3f} | {top_right(sub, w):.3f} |"
                f" {accuracy(sub, before, S):.3f} |"
                f" {accuracy(sub, after, S):.3f} |"
            )
    print("\n| feature | weight |\n|---|---|")
    for n in sorted(feats, key=lambda k: -abs(feats[k])):
        print(f"| {n} | {feats[n]:+.3f} |")
    print("\nmargins:", json.dumps(margins))
    if args.write:
        out = {
            "source": f"scripts/fit_place_weights.py --fit-on {args.fit_on} --l2 {args.l2}"
            + (f" --prior {args.prior.name}" if use_prior else " --prior none")
            + (f" --dev-weight {args.dev_weight}" if "dev" in fit_on else "")
            + ": listwise logistic regression over candidate places, on the fit half of the coded notes",
            "features": feats,
            "margins": margins,
        }
        args.write.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.write}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
