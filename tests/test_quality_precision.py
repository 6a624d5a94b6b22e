"""Precision of claims in benchmarks/quality.py (issue 12): response_precision and
allegation_precision use score.py's matching rule, appear in the table and can take floors."""

from __future__ import annotations

import pytest

from tests.conftest import EVAL
from tests.scripts import load_script

Q = load_script("benchmarks/quality.py")

GOLD = [
    {
        "id": "p-1",
        "responses": [{"party": "Defence Ministry", "stance": "deny"}],
        "allegations": [{"accuser": "Human Rights Watch", "accused": "army", "charge": "war_crime"}],
    },
    {"id": "p-2", "responses": [], "allegations": []},
]
PREDS = {
    "p-1": {
        "responses": [
            {"party": "the Defence Ministry", "stance": "deny"},  # right party and stance
            {"party": "village council", "stance": "deny"},  # right stance, wrong party
            {"party": "Defence Ministry", "stance": "regret"},  # right party, wrong stance
        ],
        "allegations": [{"accuser": "Human Rights Watch", "accused": "army", "charge": "war_crime"}],
    },
    # a document whose gold holds no claim: every predicted one is wrong
    "p-2": {"responses": [{"party": "court", "stance": "deny"}], "allegations": []},
}


@pytest.fixture(scope="module")
def scorer():
    if not (EVAL / "score.py").is_file():
        pytest.skip(f"evaluation scorer not found at {EVAL} (kept outside the repository)")
    return Q.scorer_module(EVAL)


def test_claim_precision_counts_predicted_claims_matching_gold(scorer):
    got = Q.claim_precision(scorer, GOLD, PREDS)
    assert got["response_precision"] == {"value": 0.25, "n": 4}
    assert got["allegation_precision"] == {"value": 1.0, "n": 1}


def test_claim_precision_is_none_when_nothing_is_predicted(scorer):
    got = Q.claim_precision(scorer, GOLD, {"p-1": {}, "p-2": {"responses": None}})
    assert got["response_precision"] == {"value": None, "n": 0}
    assert got["allegation_precision"] == {"value": None, "n": 0}


def test_precision_rows_in_table_and_floors_apply():
    baseline = {"floors": {"dev_en": {"response_precision": 0.5, "allegation_precision": 0.5}}}
    results = {"dev_en": {"response_precision": 0.25, "allegation_precision": 1.0, "response_recall": 0.8}}
    md, below, _missed = Q.table(results, baseline)
    rows = [line.split(" | ")[0] for line in md.splitlines()]
    assert "| response_precision" in rows and "| allegation_precision" in rows
    assert rows.index("| response_recall") < rows.index("| response_precision")
    assert below == ["dev_en.response_precision = 0.25 < floor 0.5"]
