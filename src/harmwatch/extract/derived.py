"""Document-level figures computed from the stated ones (``derived=True``).

- A list of killed figures per group ("3 soldiers and 2 civilians were killed") gives their sum,
  as coded datasets record one total per incident.
- Several overall killed figures (from several sources or updates) give the range from the
  lowest to the highest, as casualty monitors record incidents.

Nothing is derived from a single figure.
"""

from __future__ import annotations

from harmwatch.records import Casualty

# groups that count everyone hit, not one category of victims
OVERALL_GROUPS = frozenset({"people", "civilians"})


def derive(casualties: list[Casualty], chains: list[list[Casualty]] | None = None) -> tuple[Casualty, ...]:
    out: list[Casualty] = []
    for chain in chains or ():
        total = _sum(chain)
        if total is not None:
            out.append(total)
            break
    killed = [c for c in casualties if c.outcome == "killed" and c.group in OVERALL_GROUPS and not c.derived]
    spread = _range(killed)
    if spread is not None:
        out.append(spread)
    return tuple(out)


def _sum(chain: list[Casualty]) -> Casualty | None:
    """The total of one list of exact killed figures of distinct groups."""
    if len(chain) < 2 or len({c.group for c in chain}) < len(chain):
        return None
    if any(c.outcome != "killed" or c.min is None or c.min != c.max or c.vague for c in chain):
        return None
    total = sum(c.min for c in chain if c.min is not None)
    return Casualty(
        outcome="killed", min=total, max=total, group="people", derived=True, source=chain[0].source
    )


def _range(killed: list[Casualty]) -> Casualty | None:
    """Lowest to highest of several overall killed figures."""
    lows = [c.min if c.min is not None else c.max for c in killed]
    highs = [c.max if c.max is not None else c.min for c in killed]
    lows_known = [v for v in lows if v is not None]
    highs_known = [v for v in highs if v is not None]
    if len({(c.min, c.max) for c in killed}) < 2 or not lows_known:
        return None
    lo, hi = min(lows_known), max(highs_known)
    if lo >= hi:
        return None
    return Casualty(outcome="killed", min=lo, max=hi, group="people", derived=True, source=None)
