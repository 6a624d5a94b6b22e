"""Linking time at growing sizes, and the fitted growth exponent (log-log slope; target <= 1.2).

    .venv/bin/python benchmarks/link_scale.py                  # 10k, 30k, 100k synthetic events
    .venv/bin/python benchmarks/link_scale.py --sizes 2000 6000

Synthetic events: incidents spread over 50 countries, 4,000 towns and ten years, each reported
by 1-5 documents with jittered dates, spelling-free place names, figures that drift and short texts;
10% name only the country, 5% give no date. Prints a Markdown table; exits 1 above --max-exponent.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from collections import Counter
from datetime import date, timedelta

from harmwatch.link.cluster import link_all
from harmwatch.records import Casualty, DateRange, EventRef, Incident, Location, Perpetrator

TYPES = ("Air/drone strike", "Shelling/artillery/missile attack", "Attack", "Armed clash",
         "Remote explosive/landmine/IED", "Abduction/forced disappearance")  # fmt: skip
OPENERS = ("In", "Residents of", "Officials in", "Medics in", "Reporters in", "Monitors said that in")
VOCAB = tuple("the a of and said after near homes market shells night morning hospital rescue bodies".split())
SYLLABLES = ("ba", "ke", "ti", "mo", "ru", "sa", "de", "fi", "go", "lu", "na", "pe", "qi", "vo", "zu", "ja",
             "xe", "ci")  # fmt: skip
PERPS = ("state air force", "rebel front", "armed gang", "militia", "unknown")
START = date(2015, 1, 1).toordinal()


def town_name(t: int) -> str:
    """A distinct invented place name per number (letters only, like real names)."""
    parts = []
    for _ in range(4):
        parts.append(SYLLABLES[t % len(SYLLABLES)])
        t //= len(SYLLABLES)
    return "".join(parts).capitalize()


def synthetic_events(n: int, seed: int = 7) -> list[EventRef]:
    rng = random.Random(seed)
    countries = [f"Q{chr(65 + i // 26)}{chr(65 + i % 26)}"[1:] for i in range(50)]
    towns = []
    for t in range(4000):
        cc = countries[t % 50]
        lat0, lon0 = (t % 50) * 2.0 - 50, ((t % 50) * 7) % 300 - 150
        towns.append(
            (
                town_name(t),
                f"{town_name(t % 350 + 9000)} Province",
                cc,
                lat0 + rng.random() * 4,
                lon0 + rng.random() * 4,
            )
        )
    events: list[EventRef] = []
    incident = 0
    while len(events) < n:
        incident += 1
        name, admin1, cc, lat, lon = towns[rng.randrange(len(towns))]
        day = START + rng.randrange(3650)
        kind = TYPES[rng.randrange(len(TYPES))]
        perp = PERPS[rng.randrange(len(PERPS))]
        killed = rng.randrange(1, 120)
        for _ in range(rng.randint(1, 5)):
            if len(events) >= n:
                break
            doc = f"doc{len(events):07d}-i{incident}"
            r = rng.random()
            if r < 0.10:
                locs = (Location(name=cc, country=cc, kind="country"),)
            else:
                locs = (Location(name=name, admin1=admin1, country=cc, lat=lat, lon=lon, kind="city"),)
            d = None if rng.random() < 0.05 else date.fromordinal(day + rng.randint(-1, 1)).isoformat()
            k = max(1, killed + rng.randint(-5, 10))
            words = " ".join(rng.choice(VOCAB) for _ in range(12))
            text = (
                f"{rng.choice(OPENERS)} {name}, {admin1}, {k} people were killed on {d or 'a recent day'}; "
                f"{words}. Witness {town_name(incident)} of {town_name(incident * 7)} Street blamed the {perp}."
            )
            events.append(
                EventRef(
                    document_id=doc,
                    text=text,
                    url=f"https://outlet{rng.randrange(40)}.example/{doc}",
                    published=(date.fromordinal(day) + timedelta(days=rng.randint(0, 2))).isoformat(),
                    date=DateRange(start=d, end=d),
                    locations=locs,
                    sub_event_type=kind,
                    perpetrator=Perpetrator(name=perp),
                    casualties=(Casualty(outcome="killed", min=k, max=k),),
                )
            )
    return events


def pairwise_f1(incidents: list[Incident]) -> float:
    """Pairwise F1 of the linked groups against the generator's incidents (in each document id)."""

    def pairs(groups: Counter) -> int:
        return sum(k * (k - 1) // 2 for k in groups.values())

    pred, true, both = Counter(), Counter(), Counter()
    for i, inc in enumerate(incidents):
        for d in inc.documents:
            t = d.rsplit("-i", 1)[1]
            pred[i] += 1
            true[t] += 1
            both[(i, t)] += 1
    tp, pp, gp = pairs(both), pairs(pred), pairs(true)
    p, r = (tp / pp if pp else 1.0), (tp / gp if gp else 1.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--max-exponent", type=float, default=1.2)
    args = ap.parse_args()
    rows = []
    for n in args.sizes:
        events = synthetic_events(n)
        w0, c0 = time.perf_counter(), time.process_time()
        incidents = link_all(events)
        rows.append(
            (n, time.process_time() - c0, len(incidents), time.perf_counter() - w0, pairwise_f1(incidents))
        )
        del events, incidents
    xs = [math.log(r[0]) for r in rows]
    ys = [math.log(r[1]) for r in rows]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
    print("## Link scale (synthetic events)\n")
    print("| events | incidents | CPU s | wall s | events/s (CPU) | µs/event | pairwise F1 vs truth |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for n, t, k, wall, f1 in rows:
        print(f"| {n:,} | {k:,} | {t:.2f} | {wall:.2f} | {n / t:,.0f} | {1e6 * t / n:.0f} | {f1:.3f} |")
    ok = slope <= args.max_exponent
    print(
        f"\nfitted growth exponent (log-log slope of CPU time; the machine may be shared): **{slope:.3f}** (target <= {args.max_exponent}: "
        f"{'ok' if ok else 'FAIL'})"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
