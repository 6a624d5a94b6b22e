"""A linear ranking of candidate places: named features, weights fitted from coded data.

Every candidate place mention is described by named features (``cue_town``: "the village of X";
``sent0``: in the lead sentence; ``foreign_share``: how far its country is from the report's;
...). Its score is the weighted sum of those features. The weights are not set by hand: they are
fitted by ``scripts/fit_place_weights.py`` (a listwise logistic regression over each report's
candidates, on coded external notes) and ship as ``place_weights.json`` beside this module, read
once at run time. A feature the file does not name weighs nothing.

The file also holds the few margins the ranking uses after scoring (how much weaker a place
inside the winner may be and still be preferred as the more specific one), fitted by the same
script on the same data.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

WEIGHTS_FILE = Path(__file__).with_name("place_weights.json")


@dataclass(frozen=True)
class PlaceWeights:
    features: Mapping[str, float]
    margins: Mapping[str, float] = field(default_factory=dict)
    source: str = ""  # what the weights were fitted on (for people reading the file)

    def score(self, feats: Mapping[str, float]) -> float:
        w = self.features
        return sum(w.get(k, 0.0) * v for k, v in feats.items())

    def margin(self, name: str) -> float:
        return float(self.margins[name])


def weights_from(data: Mapping) -> PlaceWeights:
    return PlaceWeights(
        features={str(k): float(v) for k, v in (data.get("features") or {}).items()},
        margins={str(k): float(v) for k, v in (data.get("margins") or {}).items()},
        source=str(data.get("source") or ""),
    )


@cache
def place_weights(path: Path = WEIGHTS_FILE) -> PlaceWeights:
    with path.open(encoding="utf-8") as f:
        return weights_from(json.load(f))
