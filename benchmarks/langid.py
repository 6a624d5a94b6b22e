#!/usr/bin/env python3
"""Language identification: harmwatch's identify() against the language every gold document gives.

Reads ../shared/eval/dev.jsonl and the external files that carry a language, by path. A gold
language without a pack counts right when identify() names it, and also when it says "other" (no
pack either way); it counts wrong when a pack's language is named instead. Prints accuracy per file and
per gold language, the misses, and the time per document.

  python benchmarks/langid.py
  python benchmarks/langid.py --eval ../shared/eval --snippet 60   # first 60 characters only
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))

from harmwatch.extract.lang import SUPPORTED  # noqa: E402
from harmwatch.extract.langid import OTHER, identify  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--eval", default=os.path.join(here, "..", "..", "shared", "eval"))
    ap.add_argument("--snippet", type=int, default=0, help="identify from the first N characters only")
    args = ap.parse_args()
    files = [
        os.path.join(args.eval, "dev.jsonl"),
        *sorted(glob.glob(os.path.join(args.eval, "external", "*.jsonl"))),
    ]
    total_ok = total = 0
    spent = 0.0
    for path in files:
        ok = n = 0
        per: Counter[str] = Counter()
        per_ok: Counter[str] = Counter()
        misses = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                gold = doc.get("language")
                if not gold or not isinstance(doc.get("text"), str):
                    continue
                text = doc["text"][: args.snippet] if args.snippet else doc["text"]
                t = time.perf_counter()
                got = identify(text)
                spent += time.perf_counter() - t
                want = gold if gold in SUPPORTED else OTHER
                n += 1
                per[gold] += 1
                if got == want or (want == OTHER and got == gold):
                    ok += 1
                    per_ok[gold] += 1
                else:
                    misses.append(f"    {doc.get('id')}: gold {gold}, identified {got}")
        if not n:
            continue
        total_ok += ok
        total += n
        langs = ", ".join(f"{k} {per_ok[k]}/{v}" for k, v in sorted(per.items()))
        print(f"{os.path.basename(path)}: {ok}/{n} = {ok / n:.3f}  ({langs})")
        for m in misses[:10]:
            print(m)
    if total:
        print(f"all: {total_ok}/{total} = {total_ok / total:.4f}; {spent / total * 1000:.2f} ms per document")


if __name__ == "__main__":
    main()
