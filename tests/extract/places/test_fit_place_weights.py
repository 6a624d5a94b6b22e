"""The fitting script's listwise regression, on candidates made up for the test."""

from __future__ import annotations

import numpy as np

from tests.scripts import load_script


def _script():
    return load_script("scripts/fit_place_weights.py")


def test_fit_learns_which_feature_marks_the_right_candidate():
    fit = _script()
    rng = np.random.default_rng(0)
    items = []
    for _ in range(60):
        # feature 0 marks the right candidate, feature 1 is noise
        x = np.column_stack([np.eye(3)[rng.integers(3)], rng.random(3)])
        items.append(fit.Item("acled", "fit", None, {}, None, x, x[:, 0].astype(bool)))
    w = fit.fit(items, ["marked", "noise"], l2=0.01, prior=np.zeros(2), dev_weight=1.0)
    assert w[0] > 2.0 and abs(w[1]) < w[0] / 4
    assert fit.top_right(items, w) == 1.0
    assert fit.reachable(items) == 1.0


def test_reports_without_a_right_candidate_are_left_out_of_the_fit():
    fit = _script()
    x = np.array([[1.0], [0.0]])
    none_right = fit.Item("acled", "fit", None, {}, None, x, np.array([False, False]))
    w = fit.fit([none_right] * 5, ["f"], l2=0.0, prior=np.array([0.5]), dev_weight=1.0)
    assert w[0] == 0.5  # nothing to learn from: the prior stays


def test_a_feature_no_note_shows_keeps_its_prior_weight():
    fit = _script()
    prior = fit.PlaceWeights({"seen": 1.0, "news_only": -3.0})
    assert fit.with_prior({"seen": 2.5}, prior) == {"seen": 2.5, "news_only": -3.0}
    assert fit.with_prior({"seen": 2.5}, None) == {"seen": 2.5}
