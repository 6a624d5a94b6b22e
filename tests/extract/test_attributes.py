"""The array form of the attribute ruler gives, token for token, what spaCy's ruler gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from harmwatch.extract.attributes import FACTORY, compile_ruler, use_array_ruler
from harmwatch.extract.engine import MODEL

TEXTS = [
    "The army said it had not struck the school, but residents there told us they were gonna leave.",
    "I think you ain't seen what they did: it's the third raid this week and we've had enough.",
    "There are 12 bodies at the hospital, and there were more in the rubble that nobody could reach.",
    "Something hit the market.\n\n  Everyone ran; somebody's car burned while her son shouted at them.",
    "Let's go, y'all, the shelling's gonna start again whether or not the ceasefire holds.",
    "Does the ministry have any figures?  It did not say, though officials may comment later.",
    "",
    "   \n",
]


@pytest.fixture(scope="module")
def pair():
    reference = spacy.load(MODEL, exclude=["lemmatizer"])
    fast = spacy.load(MODEL, exclude=["lemmatizer"])
    assert use_array_ruler(fast)
    return reference, fast


def _annotations(doc):
    return (
        doc.to_array([POS, MORPH, LEMMA, TAG, DEP, HEAD]).tolist(),
        [(t.pos_, str(t.morph), t.tag_, t.dep_, t.lemma_) for t in doc],
    )


def test_the_array_ruler_replaces_the_ruler_in_place(pair):
    reference, fast = pair
    assert fast.pipe_names == reference.pipe_names
    assert type(fast.get_pipe("attribute_ruler")).__name__ == "ArrayAttributeRuler"


@pytest.mark.parametrize("text", TEXTS)
def test_same_annotations_one_document(pair, text):
    reference, fast = pair
    assert _annotations(fast(text)) == _annotations(reference(text))


def test_same_annotations_in_a_batch(pair):
    """Two-token patterns ("gon na", "there are") never match across two documents of a batch."""
    reference, fast = pair
    texts = ["They were gon", "na leave", "there", "are six", *TEXTS]
    got = [_annotations(d) for d in fast.pipe(texts, batch_size=len(texts))]
    assert got == [_annotations(reference(t)) for t in texts]


def test_the_rules_change_something(pair):
    """Not a no-op: the tagger alone leaves POS unset, the ruler fills it in."""
    _, fast = pair
    doc = fast("She said they were not there.")
    assert [t.pos_ for t in doc] == ["PRON", "VERB", "PRON", "AUX", "PART", "ADV", "PUNCT"]


def test_unsupported_patterns_keep_spacys_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "a"}, {"LOWER": "b", "OP": "?"}]], {"TAG": "X"})
    assert compile_ruler(ruler) is None
    assert not use_array_ruler(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]


def test_supported_written_patterns_match_the_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["big", "small"]}}, {"LOWER": {"REGEX": "^ca[rt]s?$"}}]], {"TAG": "JJ"})
    ruler.add([[{"LOWER": {"NOT_IN": ["the"]}, "IS_SPACE": False}]], {"LEMMA": "x"}, index=0)
    ruler.add([[{"ORTH": "Big"}]], {"LEMMA": "large"})
    text = "The big cat saw the small cars.  Big dogs"
    expected = _annotations(nlp(text))
    fast = spacy.blank("en")
    fast.add_pipe("attribute_ruler").add_patterns(ruler.patterns)
    assert use_array_ruler(fast)
    assert fast.pipe_names == ["attribute_ruler"] and FACTORY in fast.pipe_factories.values()
    assert _annotations(fast(text)) == expected
