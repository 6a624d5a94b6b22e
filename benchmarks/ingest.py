"""Ingest throughput, ingest -> extract -> store -> link, as whole `harmwatch ingest` processes.

    .venv/bin/python benchmarks/ingest.py                       # ../shared/eval/dev.jsonl, all cores
    .venv/bin/python benchmarks/ingest.py --input X.jsonl --workers 2 --db postgresql://...

Runs `harmwatch --db URL ingest INPUT --format json` into an empty store, then again (every
document already stored: the idempotency path), then `harmwatch incidents --format jsonl`, and
prints a Markdown table: documents, seconds, docs/s, peak RSS. The evaluation data is read by path
and never copied. Exit code 1 when the first ingest is below --floor docs/s (default: the issue's
target, 20 docs/s on 2 cores).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
HARMWATCH = [
    sys.executable,
    "-c",
    "import sys; from harmwatch.cli import app; sys.argv[0] = 'harmwatch'; app()",
]
TARGET_DOCS_PER_S = 20.0


def timed(args: list[str], stdout=subprocess.PIPE) -> tuple[float, str, int, float]:
    """Run one harmwatch process; return (seconds, stdout, peak RSS of its largest process in MiB,
    CPU seconds of it and its workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu0 = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    t0 = time.perf_counter()
    proc = subprocess.run(HARMWATCH + args, stdout=stdout, stderr=subprocess.PIPE, text=True, check=False)
    seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1):  # 1: some documents failed, reported in the summary
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"harmwatch {' '.join(args)} failed ({proc.returncode})")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = max(before, usage.ru_maxrss) // 1024
    return seconds, proc.stdout or "", peak, usage.ru_utime + usage.ru_stime - cpu0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", type=Path, default=EVAL / "dev.jsonl")
    ap.add_argument("--workers", type=int, default=0, help="extraction workers (0: one per core)")
    ap.add_argument("--db", help="an empty store's URL (default: a new SQLite file in a temporary directory)")
    ap.add_argument("--floor", type=float, default=TARGET_DOCS_PER_S)
    args = ap.parse_args()
    n = sum(1 for line in args.input.open(encoding="utf-8") if line.strip())
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        ingest = ["--db", url, "ingest", str(args.input), "--format", "json", "--workers", str(args.workers)]
        first_s, out, rss, first_cpu = timed(ingest)
        first = json.loads(out)
        again_s, out, _, again_cpu = timed(ingest)
        again = json.loads(out)
        list_s, listing, _, list_cpu = timed(["--db", url, "incidents", "--format", "jsonl"])
        incidents = sum(1 for line in listing.splitlines() if line.strip())
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    rows = [
        (
            "ingest -> extract -> store -> link (empty store)",
            first["added"] + first["failed"],
            first_s,
            first_cpu,
            f"{first['added']} added, {first['failed']} failed, {first['linked']} events linked",
        ),
        (
            "re-ingest (all already stored)",
            again["duplicates"],
            again_s,
            again_cpu,
            f"{again['added']} added",
        ),
        ("incidents --format jsonl", incidents, list_s, list_cpu, "incidents listed"),
    ]
    print(
        f"## Ingest throughput ({args.input.name}, {n} documents, {cores} cores, workers={args.workers or 'auto'})\n"
    )
    print("| stage | items | wall s | items/s | CPU s | items per CPU s | note |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, items, secs, cpu, note in rows:
        print(
            f"| {name} | {items} | {secs:.1f} | {items / secs:.1f} | {cpu:.1f} | {items / cpu:.1f} | {note} |"
        )
    rate = (first["added"] + first["failed"]) / first_s
    load = os.getloadavg()[0]
    if load > cores:
        print(
            f"\nnote: load average {load:.1f} on {cores} cores: other processes share the CPUs, wall rates are low"
        )
    print(
        f"\npeak RSS of the largest ingest process: {rss} MiB; target >= {args.floor:g} docs/s: "
        f"{'met' if rate >= args.floor else 'NOT met'} ({rate:.1f} docs/s, whole process incl. start-up)"
    )
    return 0 if rate >= args.floor else 1


if __name__ == "__main__":
    sys.exit(main())
