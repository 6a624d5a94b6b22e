"""The engine's batch form gives what one call per document gives, failures in their place."""

from __future__ import annotations

from harmwatch.extract.engine import extract_document, extract_documents
from harmwatch.records import RawDocument

DOCS = [
    RawDocument(
        id="a", text="An air strike hit a market in the town on Monday, killing 12 people, officials said."
    ),
    RawDocument(
        id="b", text="Un bombardement a tué huit civils dans un village, selon la mairie.", language="fr"
    ),
    RawDocument(id="c"),  # neither text nor html: an error, in its place
    RawDocument(id="d", text="   "),
    RawDocument(
        id="e",
        text='"They fired at the crowd," a witness said. The army denied targeting civilians.',
        language="en",
    ),
]


def test_batch_equals_one_by_one():
    batch = extract_documents(DOCS)
    assert len(batch) == len(DOCS)
    for raw, got in zip(DOCS, batch, strict=True):
        if raw.id == "c":
            assert isinstance(got, Exception) and "neither text nor html" in str(got)
            continue
        assert not isinstance(got, Exception)
        assert got.to_dict() == extract_document(raw).to_dict()
    assert batch[0].events and batch[4].quotes  # not trivially empty


def test_empty_batch():
    assert extract_documents([]) == []
