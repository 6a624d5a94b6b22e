"""Discourse probes: responses, allegations and quote speakers whose party, accuser or speaker
is given across sentences, in a statement, in the quotation itself, by nested attribution or in
coordinated clauses (``data/discourse.tsv``, invented parties, no evaluation text).

A probe passes when some prediction names a party like the expected one (same words, or one name
holding all words of the other) with the expected label; a probe marked ``!`` passes when none
does. ``python -m tests.extract.speech.discourse`` prints the pass counts per family."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data" / "discourse.tsv"


@dataclass(frozen=True)
class Probe:
    family: str
    kind: str  # resp, alleg or spk
    name: str
    label: str
    negative: bool
    text: str


def probes() -> list[Probe]:
    out = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        family, kind, expected, text = line.split("\t")
        negative = expected.startswith("!")
        name, label = expected.lstrip("!").split("=", 1)
        out.append(Probe(family, kind, name, label, negative, text.replace("\\n", "\n")))
    return out


def _norm(s: str | None) -> str:
    s = re.sub(r"[^\w\s]", " ", (s or "").lower().replace("-", " "))
    s = re.sub(r"\b(the|of|a|an)\b", " ", s)
    return " ".join(s.split())


def alike(a: str | None, b: str | None) -> bool:
    """Two names of one party: equal, or one holds every word of the other."""
    wa, wb = set(_norm(a).split()), set(_norm(b).split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def passes(probe: Probe, make_ctx: Callable) -> bool:
    from harmwatch.extract.speech.allegations import find_allegations
    from harmwatch.extract.speech.quotes import find_quotes
    from harmwatch.extract.speech.responses import find_responses

    ctx = make_ctx(probe.text)
    if probe.kind == "resp":
        got = any(alike(r.party, probe.name) and r.stance == probe.label for r in find_responses(ctx))
    elif probe.kind == "alleg":
        got = any(alike(a.accuser, probe.name) and a.charge == probe.label for a in find_allegations(ctx))
    else:
        start = _norm(probe.label)
        got = any(_norm(q.text).startswith(start) and alike(q.speaker, probe.name) for q in find_quotes(ctx))
    return got != probe.negative


def tally(make_ctx: Callable) -> tuple[Counter, Counter, list[Probe]]:
    hits: Counter = Counter()
    totals: Counter = Counter()
    misses = []
    for p in probes():
        totals[p.family] += 1
        if passes(p, make_ctx):
            hits[p.family] += 1
        else:
            misses.append(p)
    return hits, totals, misses


if __name__ == "__main__":
    import sys

    from harmwatch.extract.context import DocContext
    from harmwatch.extract.engine import load_nlp

    nlp = load_nlp()

    def make(text: str) -> DocContext:
        return DocContext(text=text, doc=nlp(text), published=None, language="en", title=None)

    hits, totals, misses = tally(make)
    for fam in totals:
        print(f"{fam:16} {hits[fam]:3}/{totals[fam]}")
    print(f"{'all':16} {sum(hits.values()):3}/{sum(totals.values())}")
    if "-v" in sys.argv:
        from harmwatch.extract.speech.allegations import find_allegations
        from harmwatch.extract.speech.quotes import find_quotes
        from harmwatch.extract.speech.responses import find_responses

        for p in misses:
            ctx = make(p.text)
            got = (
                [(r.party, r.stance) for r in find_responses(ctx)]
                if p.kind == "resp"
                else [(a.accuser, a.charge) for a in find_allegations(ctx)]
                if p.kind == "alleg"
                else [(q.speaker, q.text[:30]) for q in find_quotes(ctx)]
            )
            print(f"MISS {p.family} {'!' if p.negative else ''}{p.name}={p.label}: {p.text!r}\n   -> {got}")
