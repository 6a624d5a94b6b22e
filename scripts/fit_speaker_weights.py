#!/usr/bin/env python3
"""Fit the weights of the English speaker ranking (``lang/en/speaker_weights.json``).

Data: English reports with gold quotes, responses and allegations: the tune half of the
evaluation folder's ``dev.jsonl`` (``score.py --half tune``, read by path, never copied) and the
project's written sets (``benchmarks/data/written/en_quotes.jsonl``, ``en_responses.jsonl``,
``speaker_distractors.jsonl``). The
check half of ``dev.jsonl`` is never fitted on: ``--report-check`` adds its line to the table
after the fit is done.

Each report is extracted with the shipped weights while :mod:`speaker_ranking` records every
ranked decision (the word that refers back, its candidates and their features). A gold quote is
matched to a predicted one as ``score.py`` matches them (by its opening words), a gold response
to a predicted one of its stance, a gold allegation to one of its charge; the decision nearest
the predicted claim whose winner named its speaker or party is the decision that claim rests on,
and its candidates that ``score.py``'s ``similar()`` accepts for the gold name are its right
answers. Decisions none of whose candidates is right teach nothing and are left out.

Model: the candidates of a decision compete in a softmax (a listwise logistic regression); the fit
maximises the probability of the right ones with an L2 penalty towards a prior (``--prior``, by
default the rules' own behaviour: ``rule`` weighs 4, every other feature nothing), so a feature
the data never shows keeps the rules' pick.

  python scripts/fit_speaker_weights.py                     # fit and print the table
  python scripts/fit_speaker_weights.py --report-check      # ... with the dev check half's line
  python scripts/fit_speaker_weights.py --write             # ... and ship the weights
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

from harmwatch.extract import engine
from harmwatch.extract.lang import load_pack
from harmwatch.extract.speech import speaker_ranking
from harmwatch.extract.speech.speaker_ranking import Decision
from harmwatch.records import RawDocument

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
WRITTEN = ROOT / "benchmarks" / "data" / "written"
WEIGHTS_FILE = ROOT / "src" / "harmwatch" / "extract" / "lang" / "en" / "speaker_weights.json"
FIT_SETS = (
    WRITTEN / "en_quotes.jsonl",
    WRITTEN / "en_responses.jsonl",
    WRITTEN / "speaker_distractors.jsonl",
)
L2_GRID = [1.0, 0.1, 0.03, 0.01, 0.003, 0.001]
REACH = ("ranked", "ranked, none right", "not ranked")
PRIOR = {"rule": 4.0}  # the rules' pick wins: the behaviour before any fit
BEFORE, AFTER = 500, 300  # chars around a predicted claim in which its decision is sought


@dataclass
class Item:
    dataset: str
    part: str  # fit / check
    doc: str  # the report's id
    decision: Decision
    y: np.ndarray  # which candidates name the gold speaker


def scorer(eval_dir: Path):
    """``score.py`` of the evaluation folder (its ``norm``, ``similar``, ``half_of``); where the
    folder has none, names match when equal once lower-cased (a fixture's gold is exact)."""
    path = eval_dir / "score.py"
    if not path.is_file():
        return _Exact
    spec = importlib.util.spec_from_file_location("hw_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class _Exact:
    @staticmethod
    def norm(s) -> str:
        return " ".join(str(s or "").lower().split())

    @staticmethod
    def similar(a, b) -> bool:
        return bool(a) and bool(b) and _Exact.norm(a) == _Exact.norm(b)

    @staticmethod
    def half_of(_d: dict) -> str:
        return "tune"


def _claims(gold: dict, pred: dict, S) -> list[tuple[str, dict]]:
    """(gold name, predicted claim) pairs: each gold quote, response and allegation with the
    predicted claims score.py would compare it with."""
    out: list[tuple[str, dict]] = []
    for q in gold.get("quotes") or []:
        start = S.norm(q.get("text_start"))
        for pq in pred.get("quotes") or []:
            if S.norm(pq.get("text")).startswith(start[: max(8, len(start) - 2)]):
                out.append((q.get("speaker"), {**pq, "name": pq.get("speaker"), "_gold": q}))
    for r in gold.get("responses") or []:
        for pr in pred.get("responses") or []:
            if S.norm(pr.get("stance")) == S.norm(r.get("stance")):
                out.append((r.get("party"), {**pr, "name": pr.get("party"), "_gold": r}))
    for a in gold.get("allegations") or []:
        for pa in pred.get("allegations") or []:
            if S.norm(pa.get("charge")) == S.norm(a.get("charge")):
                out.append((a.get("accuser"), {**pa, "name": pa.get("accuser"), "_gold": a}))
    return [(g, p) for g, p in out if g and p.get("span")]


def _same(S, a: str | None, b: str | None) -> bool:
    """A decision's winner is the claim's name (both nobody, or names ``similar()`` accepts)."""
    return (a is None and b is None) or S.similar(a, b)


def resting_on(decisions: list[Decision], claim: dict, S) -> Decision | None:
    """The decision a predicted claim rests on: the nearest to it whose winner is its name."""
    start, end = claim["span"]
    near = [
        d
        for d in decisions
        if start - BEFORE <= d.at <= end + AFTER and _same(S, d.candidates[d.chosen].name, claim["name"])
    ]
    return min(near, key=lambda d: abs(d.at - start)) if near else None


def label(decisions: list[Decision], gold: dict, pred: dict, S) -> list[tuple[Decision, np.ndarray]]:
    """The decisions the predicted claims rest on, with their right candidates."""
    found: dict[int, tuple[Decision, np.ndarray]] = {}
    for name, claim in _claims(gold, pred, S):
        d = resting_on(decisions, claim, S)
        if d is None:
            continue
        y = np.array([S.similar(c.name, name) for c in d.candidates], dtype=bool)
        if y.any():
            found[id(d)] = (d, y)
    return list(found.values())


def load_items(S, sets: list[tuple[str, Path]], part: str, reach: dict[str, dict[str, int]]) -> list[Item]:
    """The labelled decisions of the reports of ``sets`` (name, path; a name "dev" reads the
    ``part`` half of it, never its x- documents); ``reach`` counts, per set, the wrong names of
    claims by what they rest on (see :func:`reach_of`)."""
    nlp = engine.load_nlp()
    items: list[Item] = []
    for name, path in sets:
        n = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            if gold.get("language") != "en":
                continue
            if name == "dev" and (S.half_of(gold) != part or gold["id"].startswith("x-")):
                continue  # (the x- documents, added after the rules: never fitted on, never read)
            pred = extract(gold, nlp)
            decisions = pred.pop("_decisions")
            n += 1
            for d, y in label(decisions, gold, pred, S):
                items.append(Item(name, part, gold["id"], d, y))
            for kind in reach_of(decisions, gold, pred, S):
                reach.setdefault(name, {}).setdefault(kind, 0)
                reach[name][kind] += 1
        print(f"{name}: {n} documents", file=sys.stderr)
    return items


def reach_of(decisions: list[Decision], gold: dict, pred: dict, S) -> list[str]:
    """For each claim whose name is wrong (a gold quote found with another speaker, a gold
    response or allegation whose stance or charge is found only with other parties): "ranked"
    when it rests on a ranked decision one of whose candidates is right (the ranking could fix
    it), "ranked, none right" when none is, "not ranked" when it rests on none (:func:`resting_on`)."""
    wrong: dict[int, list[tuple[str, dict]]] = {}
    for name, claim in _claims(gold, pred, S):
        wrong.setdefault(id(claim.get("_gold")), []).append((name, claim))
    out = []
    for pairs in wrong.values():
        if any(S.similar(name, claim["name"]) for name, claim in pairs):
            continue
        name, claim = pairs[0]
        d = resting_on(decisions, claim, S)
        if d is None:
            out.append("not ranked")
        elif any(S.similar(c.name, name) for c in d.candidates):
            out.append("ranked")
        else:
            out.append("ranked, none right")
    return out


def extract(gold: dict, nlp) -> dict:
    """The extraction of one report (language given: English), with the decisions it made."""
    speaker_ranking.RECORD = []
    try:
        cleaned = engine.clean(RawDocument(id=gold["id"], text=gold.get("text"), url=gold.get("url")))
        out = engine.extract_clean(
            cleaned,
            id=gold["id"],
            url=gold.get("url"),
            published=gold.get("published"),
            language="en",
            nlp=nlp,
        ).to_dict()
        out["_decisions"] = speaker_ranking.RECORD
    finally:
        speaker_ranking.RECORD = None
    return out


def matrices(items: list[Item], order: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    index = {n: i for i, n in enumerate(order)}
    out = []
    for it in items:
        x = np.zeros((len(it.decision.candidates), len(order)))
        for i, c in enumerate(it.decision.candidates):
            for k, v in c.features.items():
                if k in index:
                    x[i, index[k]] = v
        out.append((x, it.y))
    return out


def fit(data: list[tuple[np.ndarray, np.ndarray]], prior: np.ndarray, l2: float) -> np.ndarray:
    """Listwise logistic regression: per decision, the softmax mass of the right candidates,
    with an L2 penalty towards ``prior``."""
    data = [(x, y) for x, y in data if 0 < y.sum() < len(y)]
    if not data:
        return prior.copy()

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = 0.0, np.zeros_like(w)
        for x, y in data:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            mass = (p * y).sum()
            total -= np.log(mass)
            grad += x.T @ (p - p * y / mass)
        d = w - prior
        return total / len(data) + l2 * d @ d / 2, grad / len(data) + l2 * d

    res = minimize(loss, prior.copy(), jac=True, method="L-BFGS-B")
    print(f"fit: {len(data)} informative decisions, loss {res.fun:.4f}", file=sys.stderr)
    return res.x


def right(data: list[tuple[np.ndarray, np.ndarray]], w: np.ndarray) -> tuple[int, int]:
    """Decisions whose best-scored candidate (the first on a tie) is right, and all decisions."""
    ok = 0
    for x, y in data:
        s = x @ w
        ok += bool(y[int(np.flatnonzero(s >= s.max() - 1e-9)[0])])
    return ok, len(data)


def cross_validate(
    items: list[Item], order: list[str], prior: np.ndarray, grid: list[float], folds: int
) -> float:
    """The L2 penalty of ``grid`` whose weights, fitted without a fold of the reports, rank that
    fold best (summed over ``folds`` folds by report; the strongest penalty on a tie)."""
    docs = sorted({it.doc for it in items})
    fold_of = {d: k % folds for k, d in enumerate(docs)}
    scores = []
    for l2 in grid:
        ok = 0
        for k in range(folds):
            w = fit(matrices([it for it in items if fold_of[it.doc] != k], order), prior, l2)
            ok += right(matrices([it for it in items if fold_of[it.doc] == k], order), w)[0]
        print(f"cross-validation: l2 {l2}: {ok}/{len(items)} held-out decisions right", file=sys.stderr)
        scores.append((ok, l2))
    return max(scores)[1]


def table(
    rows: list[tuple[str, list[tuple[np.ndarray, np.ndarray]]]], before: np.ndarray, after: np.ndarray
) -> str:
    lines = ["| data | decisions | informative | right before | right after |", "|---|---|---|---|---|"]
    for name, data in rows:
        informative = sum(0 < y.sum() < len(y) for _x, y in data)
        b, n = right(data, before)
        a, _ = right(data, after)
        lines.append(
            f"| {name} | {n} | {informative} | {b} ({b / max(n, 1):.2f}) | {a} ({a / max(n, 1):.2f}) |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the evaluation folder")
    ap.add_argument(
        "--sets", type=Path, nargs="*", default=list(FIT_SETS), help="reports with gold fitted in full"
    )
    ap.add_argument("--no-dev", action="store_true", help="leave out the tune half of the evaluation folder")
    ap.add_argument(
        "--l2", type=float, default=None, help="penalty towards the prior (default: cross-validated)"
    )
    ap.add_argument(
        "--prior-rule", type=float, default=PRIOR["rule"], help="the prior weight of the rules' pick"
    )
    ap.add_argument("--folds", type=int, default=5, help="cross-validation folds (by report)")
    ap.add_argument("--report-check", action="store_true", help="after the fit, the dev check half's line")
    ap.add_argument("--write", action="store_true", help="write the fitted weights to the pack")
    ap.add_argument("--out", type=Path, default=WEIGHTS_FILE, help="where --write writes")
    args = ap.parse_args(argv)
    S = scorer(args.eval)
    dev = args.eval / "dev.jsonl"
    sets = [] if args.no_dev or not dev.is_file() else [("dev", dev)]
    sets += [(p.stem, p) for p in args.sets]
    reach: dict[str, dict[str, int]] = {}
    items = load_items(S, sets, "tune", reach)
    order = sorted({k for it in items for c in it.decision.candidates for k in c.features} | set(PRIOR))
    prior = np.array([{**PRIOR, "rule": args.prior_rule}.get(n, 0.0) for n in order])
    shipped = load_pack("en").data("speaker_weights").get("weights") or {}
    before = np.array([float(shipped.get(n, 0.0)) for n in order])
    if args.l2 is None:
        args.l2 = cross_validate(items, order, prior, L2_GRID, args.folds)
    after = fit(matrices(items, order), prior, args.l2)
    rows = [(name, matrices([it for it in items if it.dataset == name], order)) for name, _p in sets]
    rows.append(("fit (all)", matrices(items, order)))
    if args.report_check and dev.is_file():  # read only now, after the fit: never fitted on
        check = load_items(S, [("dev", dev)], "check", reach.setdefault("check", {}))
        reach["dev check half"] = reach.pop("check").get("dev", {})
        rows.append(("dev check half", matrices(check, order)))
    print(table(rows, before, after))
    print("\n| wrong names of claims | " + " | ".join(REACH) + " |\n|---|" + "---|" * len(REACH))
    for name, counts in reach.items():
        print(f"| {name} | " + " | ".join(str(counts.get(k, 0)) for k in REACH) + " |")
    print("\n| feature | prior | fitted |\n|---|---|---|")
    for n, p, w in zip(order, prior, after, strict=True):
        print(f"| {n} | {p:.2f} | {w:.3f} |")
    if args.write:
        weights = {n: round(float(w), 4) for n, w in zip(order, after, strict=True) if abs(w) >= 1e-4}
        data = {
            "weights": weights,
            "fit": {
                "source": f"scripts/fit_speaker_weights.py --l2 {args.l2}: listwise logistic regression over the "
                f"candidates of each ranked decision, on {', '.join(n for n, _p in sets)}",
                "decisions": len(items),
            },
        }
        args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
