#!/usr/bin/env python3
"""Extraction quality on every evaluation set, as one Markdown table (metric x dataset).

Runs the shared scorers (read by path, never copied into the repository) on the installed CLI:
  dev_en     ../shared/eval/dev.jsonl, English documents         (score.py --lang en)
  dev_other  ../shared/eval/dev.jsonl, the other languages       (score.py --lang '!en'): every
             document must get a result line, without crashing
  airwars    ../shared/eval/external/airwars_gaza_dev.jsonl      (score.py)
  acled      ../shared/eval/external/acled_notes_dev.jsonl       (score.py)
  html       ../shared/eval/external/html/pages.jsonl            (score_clean.py on `harmwatch clean`)
  written    benchmarks/data/written/*.jsonl: reports and gold written for this project in our own
             words, every language, language hidden (score.py --hide-language); no floors
and marks each value against issue 3's targets and the floors of benchmarks/baseline.json.
Beside score.py's recall of claims it reports their precision (issue 12): response_precision and
allegation_precision, the share of predicted responses / allegations that match a gold one of
their document by score.py's own rule (similar party or accuser, equal stance or charge).
Exit status: 1 if a value is below its floor (or, with --strict, misses its target); 2 if the
evaluation folder is missing.

  python benchmarks/quality.py                      # everything (several minutes on 2 cores)
  python benchmarks/quality.py -d dev_en -d html    # some datasets
  python benchmarks/quality.py --limit 300          # the first 300 documents of each set
  python benchmarks/quality.py -d dev_en --pin-floors 0.02   # raise the floors to measured - 0.02
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import math
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "benchmarks" / "baseline.json"
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"


@dataclass(frozen=True)
class Dataset:
    key: str
    label: str
    path: str  # relative to the evaluation folder
    scorer: str  # score.py or score_clean.py
    lang: str | None = None
    in_repo: bool = False  # path is a glob in this repository, not in the evaluation folder
    hide_language: bool = False


DATASETS = (
    Dataset("dev_en", "dev (en)", "dev.jsonl", "score.py", "en"),
    Dataset("dev_other", "dev (other langs)", "dev.jsonl", "score.py", "!en"),
    Dataset("airwars", "Airwars Gaza", "external/airwars_gaza_dev.jsonl", "score.py"),
    Dataset("acled", "ACLED notes", "external/acled_notes_dev.jsonl", "score.py"),
    Dataset("html", "HTML pages", "external/html/pages.jsonl", "score_clean.py"),
    Dataset("written", "written by us", "benchmarks/data/written/*.jsonl", "score.py", None, True, True),
)
# rows of the table, in order; other metrics the scorers print follow them
METRICS = (
    "documents", "missing_predictions", "type", "perpetrator", "location", "location_any", "date",
    "date_year_not_invented", "killed_any", "injured_any", "killed_figures_recall", "injured_figures_recall",
    "killed_no_false_figures", "injured_no_false_figures", "figure_precision",
    "aggregates_kept_apart", "negative_docs_without_events", "event_recall", "targets_f1",
    "allegation_recall", "allegation_precision", "response_recall", "response_precision", "quote_found", "quote_speaker", "docs_per_second_incl_startup",
    "pages", "word_f1", "word_precision", "word_recall", "shingle4_f1", "shingle4_f1_of_means", "pages_per_second",
)  # fmt: skip
HIDDEN = {"has_event", "empty_predictions", "word_f1_of_means", "shingle4_precision", "shingle4_recall"}


def harmwatch_cmd() -> str:
    """The CLI of the interpreter running this script (the project's venv), else the one on PATH."""
    exe = Path(sys.executable).parent / "harmwatch"
    return str(exe) if exe.exists() else "harmwatch"


def limited(path: Path, limit: int, tmp: Path) -> Path:
    if not limit:
        return path
    out = tmp / f"first{limit}_{path.name}"
    with path.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for n, line in enumerate(src):
            if n >= limit:
                break
            dst.write(line)
    return out


def gathered(pattern: str, tmp: Path) -> Path:
    """The repository's files matching `pattern`, as one JSONL file."""
    files = sorted(ROOT.glob(pattern))
    if not files:
        raise RuntimeError(f"no file matches {pattern}")
    out = tmp / "gathered.jsonl"
    out.write_text("".join(f.read_text(encoding="utf-8") for f in files), encoding="utf-8")
    return out


def scorer_module(eval_dir: Path):
    """The evaluation's score.py, imported by path: its functions are used, never copied."""
    spec = importlib.util.spec_from_file_location("harmwatch_eval_score", eval_dir / "score.py")
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot import {eval_dir / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# precision metric -> (gold/predicted field, who makes the claim, what is claimed)
CLAIMS = {
    "response_precision": ("responses", "party", "stance"),
    "allegation_precision": ("allegations", "accuser", "charge"),
}


def claim_precision(scorer, gold_docs: list[dict], preds: dict) -> dict[str, dict]:
    """Share of predicted responses / allegations that match a gold one of the same document, by
    the rule of score.py's recall (scorer.similar party or accuser, equal scorer.norm of stance or
    charge); {metric: {"value", "n"}}, n the number predicted, value None when none was."""
    out = {}
    for metric, (field, who, what) in CLAIMS.items():
        hits = total = 0
        for doc in gold_docs:
            gold = [g for g in doc.get(field) or [] if isinstance(g, dict)]
            for p in (preds.get(doc["id"]) or {}).get(field) or []:
                if not isinstance(p, dict):
                    continue
                total += 1
                hits += any(
                    scorer.similar(g.get(who), p.get(who))
                    and scorer.norm(g.get(what)) == scorer.norm(p.get(what))
                    for g in gold
                )
        out[metric] = {"value": round(hits / total, 3) if total else None, "n": total}
    return out


def score(ds: Dataset, eval_dir: Path, limit: int, tmp: Path, timeout: int) -> dict[str, float | int | None]:
    """Run the dataset's scorer on the installed CLI; return {metric: value}.

    For score.py the extractor runs once here (score.py's run_extractor), score.py scores its
    output (--pred) and claim_precision adds the precision of responses and allegations."""
    source = gathered(ds.path, tmp) if ds.in_repo else eval_dir / ds.path
    gold = limited(source, limit, tmp)
    hw = harmwatch_cmd()
    cmd = [sys.executable, str(eval_dir / ds.scorer), str(gold), "--json", "--timeout", str(timeout)]
    extra: dict[str, dict] = {}
    if ds.scorer == "score.py":
        scorer = scorer_module(eval_dir)
        docs = scorer.load_jsonl(str(gold))
        if ds.lang:  # score.py's --lang rule: "en", "fr,es" or "!en"
            want = set(ds.lang.lstrip("!").split(","))
            docs = [d for d in docs if (d.get("language") in want) != ds.lang.startswith("!")]
        preds, elapsed = scorer.run_extractor(
            docs, f"{hw} extract --jsonl {{input}}", timeout, ds.hide_language
        )
        pred_file = tmp / f"pred_{ds.key}.jsonl"
        pred_file.write_text(
            "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds.values()), "utf-8"
        )
        cmd += ["--pred", str(pred_file)]
        if ds.lang:
            cmd += ["--lang", ds.lang]
        extra = claim_precision(scorer, docs, preds)
        extra["docs_per_second_incl_startup"] = {"value": round(len(docs) / elapsed, 2) if elapsed else None}
    else:
        cmd += ["--run", "--cmd", f"{hw} clean --jsonl {{input}}"]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"{ds.key}: scorer failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    summary = json.loads(proc.stdout[proc.stdout.index("{") :]) | extra
    return {k: (v["value"] if isinstance(v, dict) else v) for k, v in summary.items()}


def check(value, target) -> bool | None:
    """True/False against a target (a minimum, or {"max": n}); None when there is nothing to compare."""
    if target is None or value is None:
        return None
    if isinstance(target, dict):
        return value <= target["max"]
    return value >= target


def _fmt_target(target) -> str:
    return f"≤{target['max']}" if isinstance(target, dict) else f"≥{target}"


def _fmt_value(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}" if v <= 1.0 else f"{v:.1f}"
    return str(v)


def table(results: dict[str, dict], baseline: dict) -> tuple[str, list[str], list[str]]:
    """The Markdown table, the metrics below their floors, and those missing their targets."""
    targets, floors = baseline.get("targets", {}), baseline.get("floors", {})
    keys = [ds.key for ds in DATASETS if ds.key in results]
    seen = [m for m in METRICS if any(m in results[k] for k in keys)]
    seen += sorted({m for k in keys for m in results[k]} - set(seen) - HIDDEN)
    labels = {ds.key: ds.label for ds in DATASETS}
    lines = ["| metric | " + " | ".join(labels[k] for k in keys) + " |", "|---" * (len(keys) + 1) + "|"]
    below_floor, missed = [], []
    for m in seen:
        cells = []
        for k in keys:
            v = results[k].get(m)
            cell = _fmt_value(v)
            tgt, flo = targets.get(k, {}).get(m), floors.get(k, {}).get(m)
            ok = check(v, tgt)
            if ok is not None:
                cell += f" {'✓' if ok else '✗'} ({_fmt_target(tgt)})"
                if not ok:
                    missed.append(f"{k}.{m}")
            elif tgt is not None:
                cell += f" ({_fmt_target(tgt)})"
            if check(v, flo) is False:
                cell += f" **below floor {flo}**"
                below_floor.append(f"{k}.{m} = {v} < floor {flo}")
            cells.append(cell)
        lines.append(f"| {m} | " + " | ".join(cells) + " |")
    return "\n".join(lines), below_floor, missed


def pin_floors(baseline: dict, scores: dict, margin: float, dev: Path) -> list[str]:
    """Raise each dev_en floor to (measured - margin), rounded down to 0.01; a floor never drops."""
    floors = baseline["floors"]["dev_en"]
    changes = []
    for metric, old in sorted(floors.items()):
        value = scores.get(metric)
        if value is None:
            continue
        new = max(old, math.floor(max(0.0, value - margin) * 100 + 1e-9) / 100)
        if new != old:
            changes.append(f"floor dev_en.{metric}: {old} -> {new} (measured {value})")
            floors[metric] = new
    baseline.setdefault("eval_data_sha256", {})["dev.jsonl"] = hashlib.sha256(dev.read_bytes()).hexdigest()
    BASELINE.write_text(json.dumps(baseline, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return changes or ["floors unchanged"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-d", "--dataset", action="append", choices=[d.key for d in DATASETS],
                    help="score only this dataset (repeatable); default: all")  # fmt: skip
    ap.add_argument("--limit", type=int, default=0, help="score only the first N documents of each set")
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL, help=f"default: {DEFAULT_EVAL}")
    ap.add_argument("--timeout", type=int, default=3600, help="seconds per scorer run")
    ap.add_argument("--json", type=Path, help="also write {dataset: {metric: value}} to this file")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target of the issue is missed")
    ap.add_argument("--pin-floors", type=float, metavar="MARGIN",
                    help="raise dev_en floors in baseline.json to the measured value minus MARGIN (never lowers "
                         "one) and pin dev.jsonl's sha256; use without --limit")  # fmt: skip
    args = ap.parse_args(argv)

    if not (args.eval_dir / "score.py").is_file():
        print(
            f"quality.py: evaluation folder not found: {args.eval_dir} (expected score.py there).\n"
            "The evaluation data live outside the repository, in ../shared/eval next to it; "
            "give another place with --eval-dir.",
            file=sys.stderr,
        )
        return 2
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    chosen = [d for d in DATASETS if not args.dataset or d.key in args.dataset]
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="hw-quality-") as tmp:
        for ds in chosen:
            t0 = time.perf_counter()
            print(f"scoring {ds.key} ...", file=sys.stderr, flush=True)
            results[ds.key] = score(ds, args.eval_dir, args.limit, Path(tmp), args.timeout)
            print(f"  {ds.key}: {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    md, below_floor, missed = table(results, baseline)
    limit_note = f", first {args.limit} documents of each set" if args.limit else ""
    print(f"## harmwatch extraction quality ({time.strftime('%Y-%m-%d')}{limit_note})\n")
    print(md)
    print("\n✓/✗: the issue's target (in brackets); floors: benchmarks/baseline.json")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    if args.pin_floors is not None:
        if args.limit or "dev_en" not in results:
            print("--pin-floors needs dev_en scored on all its documents (no --limit)", file=sys.stderr)
            return 2
        for line in pin_floors(baseline, results["dev_en"], args.pin_floors, args.eval_dir / "dev.jsonl"):
            print(line, file=sys.stderr)
    for line in below_floor:
        print(f"BELOW FLOOR: {line}", file=sys.stderr)
    if missed:
        print(f"targets missed: {', '.join(missed)}", file=sys.stderr)
    return 1 if below_floor or (args.strict and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
