"""The model's layers multiply with numpy's BLAS on one thread, and annotate as with thinc's BLIS."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, SENT_START, TAG
from thinc.api import NumpyOps

from harmwatch.errors import ConfigError
from harmwatch.extract.engine import MODEL
from harmwatch.extract.model_ops import ENV, gemm_backend, model_ops

TEXTS = [
    "The ministry said three people were killed when a drone struck a fuel depot near the port on Friday.",
    "Residents of the northern district told reporters that the shelling began before dawn.\n\nNobody has "
    "claimed the attack, and the army declined to comment.",
    "An investigation was opened by the prosecutor, who said 14 bodies had been recovered from the rubble.",
]


def _annotations(doc):
    return doc.to_array([TAG, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]).tolist()


def test_the_backend_is_numpy_unless_blis_is_asked(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert gemm_backend() == "numpy"
    monkeypatch.setenv(ENV, " BLIS ")
    assert gemm_backend() == "blis"
    monkeypatch.setenv(ENV, "mkl")
    with pytest.raises(ConfigError, match=ENV):
        gemm_backend()


@pytest.mark.slow
def test_numpy_products_annotate_as_blis_does(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    reference = spacy.load(MODEL, exclude=["lemmatizer"])  # thinc's default: BLIS
    with model_ops() as backend:
        fast = spacy.load(MODEL, exclude=["lemmatizer"])
    assert backend == "numpy"
    # the embedding and convolution layers (spaCy pins the parsers' small output layer to its default)
    layers = [*fast.get_pipe("tok2vec").model.walk(), *fast.get_pipe("ner").model.get_ref("tok2vec").walk()]
    ops = [layer.ops for layer in layers]
    assert all(isinstance(o, NumpyOps) and not o.use_blis for o in ops)
    got = [_annotations(d) for d in fast.pipe(TEXTS)]
    assert got == [_annotations(d) for d in reference.pipe(TEXTS)]


def test_blas_runs_on_one_thread_after_loading(nlp):
    from threadpoolctl import threadpool_info

    assert all(lib["num_threads"] == 1 for lib in threadpool_info() if lib["user_api"] == "blas")
