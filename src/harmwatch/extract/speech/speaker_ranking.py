"""A linear ranking of the names a speaker word may stand for: named features, fitted weights.

Where speaker resolution (:mod:`harmwatch.extract.speech.speakers`) has to choose among several
names for one word (the antecedent of "he"/"she", of "it"/"they", of "the ministry"/"the
official"), the rules' own pick competes with the other names the text gives before that word.
Each candidate is described by named features (``rule``: the rules' pick; ``dist``: how far back
its last mention lies; ``subject``: that mention is a clause's subject; ``agree``: the pronoun's
gender agrees; ...), scored as the weighted sum of its features; the best score wins, the rules'
pick on a tie.

The weights are not set by hand: ``scripts/fit_speaker_weights.py`` fits them (a listwise
logistic regression over each decision's candidates, towards a prior that is the rules' own
behaviour) and ships them in the English pack (``lang/en/speaker_weights.json``), read once. A
feature the file does not name weighs nothing, so a feature added later keeps the rules' pick
until the weights are fitted again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from math import log1p

from harmwatch.extract.lang import load_pack

MAX_MENTIONS = 20  # mentions of a name counted at most (the ``mentions`` feature is log1p of them)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name a speaker word may stand for (``None``: nobody), with its features."""

    name: str | None
    features: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Decision:
    """One choice among candidates: at which point of the resolution (``point``: "person",
    "group", "noun"), for the word at char ``at``, which candidate won."""

    point: str
    at: int
    candidates: tuple[Candidate, ...]
    chosen: int


# how far a feature's value can differ between two candidates (1 where not named here)
FEATURE_RANGE = {"agree": 2.0, "dist": 5.0, "sents": 5.0, "mentions": log1p(MAX_MENTIONS)}


@dataclass(frozen=True)
class SpeakerWeights:
    weights: Mapping[str, float]

    @cached_property
    def rule_decides(self) -> bool:
        """Whether the rules' pick wins whatever the other features say: its weight outweighs
        the most that all other features together can give another candidate (then the
        candidates need not be built at all)."""
        rest = sum(abs(w) * FEATURE_RANGE.get(k, 1.0) for k, w in self.weights.items() if k != "rule")
        return self.weights.get("rule", 0.0) > rest

    def score(self, features: Mapping[str, float]) -> float:
        w = self.weights
        return sum(w.get(k, 0.0) * v for k, v in features.items())

    def best(self, candidates: Sequence[Candidate]) -> int:
        """The index of the best-scored candidate; the first (the rules' pick) on a tie."""
        best, top = 0, None
        for i, c in enumerate(candidates):
            s = self.score(c.features)
            if top is None or s > top + 1e-9:
                best, top = i, s
        return best


def weights_from(data: Mapping) -> SpeakerWeights:
    return SpeakerWeights({str(k): float(v) for k, v in (data.get("weights") or {}).items()})


@cache
def speaker_weights() -> SpeakerWeights:
    """The shipped weights (``lang/en/speaker_weights.json``)."""
    return weights_from(load_pack("en").data("speaker_weights"))


# decisions are appended here while a fit script collects them (``None``: not collecting)
RECORD: list[Decision] | None = None


def ranking_active() -> bool:
    """Whether a choice needs its candidates: a fit collects decisions, or the weights let a
    candidate other than the rules' pick win."""
    return RECORD is not None or not speaker_weights().rule_decides


def choose(
    point: str, at: int, candidates: Sequence[Candidate], weights: SpeakerWeights | None = None
) -> str | None:
    """The name of the best candidate (``candidates[0]`` is the rules' pick)."""
    if len(candidates) == 1 and RECORD is None:
        return candidates[0].name
    k = (weights or speaker_weights()).best(candidates)
    if RECORD is not None:
        RECORD.append(Decision(point, at, tuple(candidates), k))
    return candidates[k].name
