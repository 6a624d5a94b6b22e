#!/usr/bin/env python3
"""Throughput: `harmwatch extract --jsonl` against spaCy's own full en_core_web_sm pipeline.

Both run as whole processes (interpreter start, model load, reading and writing included), one
after the other in one run, on the same texts: the English documents of ../shared/eval/dev.jsonl
repeated to --docs documents. For each: docs/s, words/s, and peak memory of the whole process
tree (parent and worker processes), sampled from /proc every 100 ms:
  peak RSS (tree)  the largest sum of the processes' resident sets (pages shared by forked
                   workers counted once per process: the conservative figure)
  peak PSS (tree)  the same with shared pages divided among the processes sharing them
  max RSS (1 proc) the largest single process (the child's rusage from wait4)
CPU s is user + system time of the whole tree (docs/CPU-s stays comparable on a busy machine,
where wall-clock docs/s does not). Then the ratio of harmwatch's docs/s to spaCy's. The output of each run is checked (one line
per document, no error lines).

  python benchmarks/throughput.py                   # 1,000 documents
  python benchmarks/throughput.py --docs 10000      # the memory check of issue 3
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "benchmarks" / "baseline.json"
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
SAMPLE_S = 0.1


@dataclass(frozen=True)
class Run:
    name: str
    docs: int
    words: int
    seconds: float
    peak_rss_mib: float
    peak_pss_mib: float
    max_proc_rss_mib: float
    lines_out: int
    errors: int
    cpu_seconds: float = 0.0  # user + system time of the process and its waited-for workers

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds


def _children(pid: int) -> list[int]:
    """Direct children of a process, from /proc/PID/task/*/children (cheap: no scan of /proc)."""
    kids: list[int] = []
    try:
        for task in os.scandir(f"/proc/{pid}/task"):
            with open(f"{task.path}/children", encoding="ascii") as f:
                kids.extend(int(k) for k in f.read().split())
    except OSError:  # the process has gone
        pass
    return kids


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(_children(p))
    return out


def _mem_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB; (0, 0) once it has gone."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


class TreeSampler(threading.Thread):
    """Polls the memory of a process and all its descendants until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_rss, self.peak_pss = pid, 0, 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            mems = [_mem_kib(p) for p in _tree(self.pid)]
            self.peak_rss = max(self.peak_rss, sum(r for r, _ in mems))
            self.peak_pss = max(self.peak_pss, sum(p for _, p in mems))
            self._stop_event.wait(SAMPLE_S)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def _count_output(path: Path) -> tuple[int, int]:
    """(lines, error lines) of a run's output."""
    lines = errors = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            lines += 1
            if line.startswith('{"id"') and '"error"' in line[:300]:
                errors += "error" in json.loads(line)
    return lines, errors


def measure(name: str, cmd: list[str], docs: int, words: int, tmp: Path) -> Run:
    out_path, err_path = tmp / "out.jsonl", tmp / "err.txt"
    with out_path.open("w", encoding="utf-8") as out, err_path.open("w", encoding="utf-8") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        # wait4: this child's own rusage; Linux's ru_maxrss there covers its waited-for workers too
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        sampler.stop()
    if proc.returncode != 0:
        tail = err_path.read_text(encoding="utf-8", errors="replace").strip()[-2000:]
        raise RuntimeError(f"{name} failed ({proc.returncode}): {tail}")
    lines, errors = _count_output(out_path)
    return Run(name, docs, words, seconds, sampler.peak_rss / 1024, sampler.peak_pss / 1024,
               usage.ru_maxrss / 1024, lines, errors, usage.ru_utime + usage.ru_stime)  # fmt: skip


def make_input(eval_dir: Path, n: int, path: Path, all_languages: bool = False) -> tuple[int, int]:
    """Write n documents (dev's English texts, or with ``all_languages`` every dev text with its
    language not given, repeated) to path; return (docs, words)."""
    texts = []
    with (eval_dir / "dev.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                if (all_languages or d.get("language") == "en") and d.get("text"):
                    texts.append(d["text"])
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for i, text in enumerate(islice(cycle(texts), n)):
            words += len(text.split())
            row = {"id": f"t{i}", "text": text, "language": None if all_languages else "en"}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return n, words


def report(runs: list[Run], args, targets: dict) -> tuple[str, list[str]]:
    lines = [
        "| process | docs | words | seconds | docs/s | words/s | CPU s | docs/CPU-s | peak RSS (tree) MiB "
        "| peak PSS (tree) MiB | max RSS (1 proc) MiB |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in runs:
        lines.append(
            f"| {r.name} | {r.docs:,} | {r.words:,} | {r.seconds:.1f} | {r.docs_per_s:.2f} | "
            f"{r.words_per_s:,.0f} | {r.cpu_seconds:.1f} | {r.docs / r.cpu_seconds:.2f} | {r.peak_rss_mib:,.0f} | {r.peak_pss_mib:,.0f} | {r.max_proc_rss_mib:,.0f} |"
        )
    missed = []
    by: dict[str, Run] = {}
    for r in runs:
        by.setdefault(r.name.split()[0], r)  # spaCy as shipped; the same-ops run is reported apart
    same_ops = next((r for r in runs if r.name.endswith("numpy BLAS")), None)
    if "harmwatch" in by and "spacy" in by:
        ratio = by["harmwatch"].docs_per_s / by["spacy"].docs_per_s
        tgt = targets.get("ratio_vs_spacy_sm")
        ok = tgt is None or ratio >= tgt
        lines.append(
            f"\nratio harmwatch / spaCy (docs/s): **{ratio:.2f}**"
            + (f" {'✓' if ok else '✗'} (≥{tgt})" if tgt else "")
        )
        if not ok:
            missed.append(f"ratio {ratio:.2f} < {tgt}")
        cpu_ratio = (by["harmwatch"].docs / by["harmwatch"].cpu_seconds) / (
            by["spacy"].docs / by["spacy"].cpu_seconds
        )
        lines.append(f"ratio of docs per CPU-second (all cores' work counted): {cpu_ratio:.2f}")
        if same_ops is not None:
            lines.append(
                "ratio harmwatch / spaCy on the same maths library (numpy BLAS, one thread), not the "
                f"target's baseline: {by['harmwatch'].docs_per_s / same_ops.docs_per_s:.2f} docs/s, "
                f"{(by['harmwatch'].docs / by['harmwatch'].cpu_seconds) / (same_ops.docs / same_ops.cpu_seconds):.2f} per CPU-second"
            )
    rss_t = (targets.get("peak_rss_mib_at_10000_docs") or {}).get("max")
    if "harmwatch" in by and rss_t is not None:
        hw = by["harmwatch"]
        ok = hw.peak_rss_mib <= rss_t
        note = "" if hw.docs >= 10_000 else f" (target is for 10,000 documents; this run has {hw.docs:,})"
        lines.append(
            f"harmwatch peak RSS (tree): {hw.peak_rss_mib:,.0f} MiB {'✓' if ok else '✗'} (≤{rss_t}){note}"
        )
        if not ok and hw.docs >= 10_000:
            missed.append(f"peak RSS {hw.peak_rss_mib:.0f} MiB > {rss_t}")
    return "\n".join(lines), missed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000, help="documents to process (default 1000)")
    ap.add_argument("--workers", type=int, default=0, help="harmwatch --workers (0: one per core)")
    ap.add_argument(
        "--spacy-processes",
        type=int,
        default=0,
        help="spaCy nlp.pipe n_process (0: as many as harmwatch's workers)",
    )
    ap.add_argument(
        "--all-languages", action="store_true", help="every dev text (all languages), language not given"
    )
    ap.add_argument("--only", choices=("harmwatch", "spacy"), help="run only one of the two")
    ap.add_argument(
        "--spacy-same-ops",
        action="store_true",
        help="also run spaCy with harmwatch's matrix product (numpy's BLAS on one thread, as "
        "extract/model_ops.py loads the model): how much of the ratio is the maths library",
    )
    ap.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL, help=f"default: {DEFAULT_EVAL}")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target of the issue is missed")
    args = ap.parse_args(argv)
    # compare on the same cores: spaCy gets as many processes as harmwatch has workers
    cores = args.workers or os.cpu_count() or 1
    args.spacy_processes = args.spacy_processes or cores

    if not (args.eval_dir / "dev.jsonl").is_file():
        print(f"throughput.py: {args.eval_dir / 'dev.jsonl'} not found: the evaluation data live outside "
              "the repository, in ../shared/eval next to it; give another place with --eval-dir.", file=sys.stderr)  # fmt: skip
        return 2
    bindir = Path(sys.executable).parent
    hw = str(bindir / "harmwatch") if (bindir / "harmwatch").exists() else "harmwatch"
    targets = json.loads(BASELINE.read_text(encoding="utf-8")).get("targets", {}).get("throughput", {})
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="hw-throughput-") as tmp:
        inp = Path(tmp) / "input.jsonl"
        docs, words = make_input(args.eval_dir, args.docs, inp, args.all_languages)
        plan = []
        if args.only in (None, "harmwatch"):
            cmd = [hw, "extract", "--jsonl", str(inp)] + (
                ["--workers", str(args.workers)] if args.workers else []
            )
            plan.append((f"harmwatch extract --jsonl (workers={cores})", cmd))
        if args.only in (None, "spacy"):
            cmd = [sys.executable, str(ROOT / "benchmarks" / "spacy_baseline.py"), str(inp),
                   "--processes", str(args.spacy_processes)]  # fmt: skip
            plan.append((f"spacy en_core_web_sm full nlp.pipe (n_process={args.spacy_processes})", cmd))
            if args.spacy_same_ops:
                plan.append((
                    f"spacy en_core_web_sm full nlp.pipe (n_process={args.spacy_processes}), numpy BLAS",
                    [*cmd, "--same-ops"],
                ))  # fmt: skip
        for name, cmd in plan:
            print(f"running {name} on {docs:,} documents ...", file=sys.stderr, flush=True)
            run = measure(name, cmd, docs, words, Path(tmp))
            if run.lines_out != docs or run.errors:
                print(f"  warning: {run.lines_out} lines out for {docs} documents, {run.errors} errors",
                      file=sys.stderr)  # fmt: skip
            runs.append(run)
    md, missed = report(runs, args, targets)
    print(f"## harmwatch throughput ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs, "
          f"dev.jsonl {'texts of every language, language not given,' if args.all_languages else 'English texts'} "
          f"repeated to {docs:,} documents; harmwatch on {cores} worker(s), spaCy on {args.spacy_processes} process(es))\n")  # fmt: skip
    print(md)
    for m in missed:
        print(f"target missed: {m}", file=sys.stderr)
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
