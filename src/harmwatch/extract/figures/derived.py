"""Document-level figures computed from the stated ones (``derived=True``).

- A list of killed figures per group ("3 soldiers and 2 civilians were killed") gives their sum,
  as coded datasets record one total per incident; the sum keeps its parts' bounds ("at least 200
  civilians and around a dozen fighters" is at least 212, open above).
- Overall killed figures (from several sources or updates) give a range from the lead figure
  to the highest, as casualty monitors record incidents; an open "at least N" gives N..N.

Nothing is derived that a stated figure already gives.
"""

from __future__ import annotations

import re

from harmwatch.extract.figures.numbers import number_value
from harmwatch.extract.lang import load_pack
from harmwatch.records import Casualty

EN = load_pack("en")

# "Unknown fatalities coded as 10 and split between 2 events": one share per event
_SPLIT_RE = re.compile(EN.pattern("figures", "split_between"), re.I)


_MORE_THAN_RE = re.compile(EN.pattern("figures", "more_than"), re.I)


def derive(
    casualties: list[Casualty], chains: list[list[tuple[Casualty, bool]]] | None = None, text: str = ""
) -> tuple[Casualty, ...]:
    """Derived figures of one document: ``casualties`` are its overall stated figures, ``chains``
    its coordinated lists of (figure, is a single victim), ``text`` the cleaned text."""
    out: list[Casualty] = []
    share = _split_share(text)
    if share is not None:
        out.append(share)
    parts: set[int] = set()  # the figures a derived total sums
    for chain in chains or ():
        total = _sum(chain)
        if total is not None:
            out.append(total)
            parts = {id(c) for c, _ in chain}
            break
    killed = [c for c in casualties if c.outcome == "killed" and not c.derived]
    # a lead figure that is one part of a summed list is no overall toll of its own: the total
    # keeps the bounds of all its parts ("at least 150 civilians and some 20 fighters" is
    # at least 170, never "150, exactly")
    spread = _range(killed) if not (killed and id(killed[0]) in parts) else None
    if spread is not None:
        out.append(spread)
    return tuple(out)


def _sum(chain: list[tuple[Casualty, bool]]) -> Casualty | None:
    """The total of one list of killed figures of distinct groups or single victims, with the
    bounds of its parts: the least is the sum of the parts' least values; the most is the sum of
    their most values, open (``None``) when any part is open ("at least 200") or vague ("dozens");
    approximate when any part is."""
    groups = [c.group for c, single in chain if not single]  # single victims are always distinct
    if len(chain) < 2 or len(set(groups)) < len(groups):
        return None
    figures = [c for c, _ in chain]
    if any(c.outcome != "killed" or c.min is None for c in figures):
        return None
    low = sum(c.min for c in figures if c.min is not None)
    highs = [None if c.vague else c.max for c in figures]
    high = None if any(h is None for h in highs) else sum(h for h in highs if h is not None)
    return Casualty(
        outcome="killed",
        min=low,
        max=high,
        group="people",
        approximate=any(c.approximate for c in figures),
        derived=True,
        source=figures[0].source,
    )


def _range(killed: list[Casualty]) -> Casualty | None:
    """The lead figure's lower bound to the highest of all overall killed figures.

    Later, smaller figures are mostly partial counts ("five of the victims were named"), so the
    range starts at the first figure the text gives; an open "at least N" alone reads as N..N,
    the lowest credible toll, as casualty monitors record it.
    """
    lows = [c.min if c.min is not None else c.max for c in killed]
    highs = [c.max if c.max is not None else _open_high(c) for c in killed]
    if not killed or lows[0] is None:
        return None
    lo = lows[0]
    hi = max([v for v in highs if v is not None], default=lo)
    hi = max(hi, lo)
    if any((c.min, c.max) == (lo, hi) for c in killed):
        return None  # already stated
    return Casualty(outcome="killed", min=lo, max=hi, group="people", derived=True, source=None)


def _open_high(c: Casualty) -> int | None:
    """The least a figure open upwards can be: "more than 100" is 101, "at least 100" is 100."""
    if c.min is None:
        return None
    return c.min + 1 if _MORE_THAN_RE.match(c.text) else c.min


def _split_share(text: str) -> Casualty | None:
    """One event's share of a total that the note says is split between several events."""
    m = _SPLIT_RE.search(text)
    if not m:
        return None
    parts = number_value(m.group("k"))
    if parts is None or parts[0] < 2:
        return None
    share = int(m.group("n")) // parts[0]
    return Casualty(outcome="killed", min=share, max=share, group="people", derived=True, source=None)
