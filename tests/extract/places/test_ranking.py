"""The place ranking's weights: read from the shipped data file, applied as a weighted sum."""

from __future__ import annotations

import json

import pytest

from harmwatch.extract.places.ranking import WEIGHTS_FILE, place_weights, weights_from


def test_score_is_the_weighted_sum_of_named_features():
    w = weights_from({"features": {"locative": 2.0, "dateline": -3.0}, "margins": {"min_score": -1.0}})
    assert w.score({"locative": 1.0, "dateline": 0.5, "unknown_feature": 9.0}) == pytest.approx(0.5)
    assert w.margin("min_score") == -1.0


def test_shipped_weights_are_fitted_and_complete():
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert "fit_place_weights.py" in data["source"]  # written by the fitting script, not by hand
    w = place_weights()
    assert set(w.margins) == {"min_score", "inside_gap", "held_gap", "list_gap"}
    for name in ("locative", "attack_sentence", "unknown_cued_home", "kind_admin1", "foreign_namesake"):
        assert name in w.features


def test_missing_margin_is_an_error():
    with pytest.raises(KeyError):
        weights_from({"features": {}}).margin("min_score")
