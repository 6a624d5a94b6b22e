"""Stance vocabularies built from the pack's lemmas."""

from __future__ import annotations

from harmwatch.extract.speech import stance_words as W


def test_telling_verbs_are_every_form_of_their_lemma_irregular_past_included():
    assert {"tell", "tells", "telling", "told"} <= W.TELLING
    assert "said" not in W.TELLING


def test_one_word_classes_get_irregular_forms_too():
    assert {"strike", "strikes", "struck"} <= W.STRIKES
    assert {"deny", "denied", "denies"} <= W.DENYING
