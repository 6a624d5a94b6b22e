"""The speaker ranking's scorer: weighted features, the rules' pick on a tie, when it decides."""

from __future__ import annotations

import pytest

from harmwatch.extract.speech import speaker_ranking
from harmwatch.extract.speech.speaker_ranking import Candidate, SpeakerWeights, choose, weights_from


def _cands() -> list[Candidate]:
    return [
        Candidate("Tom Baker", {"rule": 1.0, "dist": 0.5, "subject": 1.0}),
        Candidate("Anna Weiss", {"rule": 0.0, "dist": 2.0, "subject": 1.0, "agree": 1.0}),
        Candidate(None, {"rule": 0.0, "none": 1.0}),
    ]


def test_score_is_the_weighted_sum_of_the_named_features():
    w = SpeakerWeights({"rule": 2.0, "dist": -1.0, "unknown_to_the_candidate": 5.0})
    assert w.score({"rule": 1.0, "dist": 0.5}) == pytest.approx(1.5)
    assert w.score({"never_weighed": 3.0}) == 0.0  # a feature the weights do not name weighs nothing


def test_the_best_scored_candidate_wins_and_the_rules_pick_wins_a_tie():
    assert SpeakerWeights({"agree": 1.0}).best(_cands()) == 1
    assert SpeakerWeights({"rule": 1.0}).best(_cands()) == 0
    assert SpeakerWeights({}).best(_cands()) == 0  # all tie: the first, the rules' pick
    assert SpeakerWeights({"none": 1.0}).best(_cands()) == 2


def test_the_rule_decides_only_when_its_weight_outweighs_every_other_feature_together():
    assert SpeakerWeights({"rule": 4.0, "subject": 0.5, "agree": 0.5}).rule_decides
    # dist ranges over 5: 0.5 * 5 + 0.5 * 2 (agree, -1..1) > 3
    assert not SpeakerWeights({"rule": 3.0, "dist": -0.5, "agree": 0.5}).rule_decides
    assert not SpeakerWeights({}).rule_decides


def test_choose_records_each_decision_while_a_fit_collects_them(monkeypatch):
    monkeypatch.setattr(speaker_ranking, "RECORD", [])
    assert choose("person", 42, _cands(), SpeakerWeights({"agree": 1.0})) == "Anna Weiss"
    (decision,) = speaker_ranking.RECORD
    assert (decision.point, decision.at, decision.chosen) == ("person", 42, 1)
    assert [c.name for c in decision.candidates] == ["Tom Baker", "Anna Weiss", None]


def test_weights_are_read_from_the_file_layout():
    w = weights_from({"weights": {"rule": "3.5", "dist": -0.25}, "fit": {"source": "a test"}})
    assert w.weights == {"rule": 3.5, "dist": -0.25}


def test_the_shipped_weights_keep_a_positive_weight_for_the_rules_pick():
    assert speaker_ranking.speaker_weights().weights["rule"] > 0
