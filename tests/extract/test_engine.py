"""The extraction engine: a long text is parsed in pieces (bounded memory), the same text; the batch
form gives what one call per document gives, failures in their place."""

from __future__ import annotations

import subprocess
import sys

import pytest

from harmwatch.extract.engine import (
    PARSE_PIECE,
    PARSE_WHOLE,
    extract_clean,
    extract_document,
    extract_documents,
    parse,
    pieces,
)
from harmwatch.records import CleanText, RawDocument

STORY = "A drone strike hit a clinic in Kherson on Sunday, killing two nurses, the regional governor said."
FILLER = "The council met again to discuss the new budget for roads and schools in the district."


def test_pieces_cover_the_text_and_end_at_breaks():
    text = "\n\n".join(f"Paragraph {n}. " + FILLER * 20 for n in range(40))
    got = pieces(text, 5_000)
    assert "".join(got) == text
    assert all(len(p) <= 5_000 for p in got) and len(got) > 1
    assert all(p.endswith("\n\n") for p in got[:-1])
    one = " ".join([FILLER] * 500)  # one paragraph: cut after a sentence
    assert all(p.endswith(". ") for p in pieces(one, 5_000)[:-1])
    assert pieces("x" * 12_000, 5_000) == ["x" * 5_000, "x" * 5_000, "x" * 2_000]  # no break at all


def test_a_long_text_is_parsed_in_pieces_into_one_doc(nlp):
    text = STORY + " " + " ".join([FILLER] * (PARSE_WHOLE // len(FILLER) + 50))
    assert len(text) > PARSE_WHOLE
    doc = parse(nlp, text)
    assert doc.text == text and doc.has_annotation("DEP") and doc.has_annotation("SENT_START")
    assert len(list(doc.sents)) >= len(text) // PARSE_PIECE
    ex = extract_clean(CleanText(text=text), language="en", nlp=nlp)
    [event] = ex.events
    assert event.sub_event_type == "Air/drone strike" and event.casualties


@pytest.mark.parametrize(
    "text, n",
    [
        # a headline on a line of its own, no final stop: the parser ran it into the lead
        ("Rebels shell market in northern town, governor says\nThe shelling killed nine people.", 2),
        ("Army accused of burning homes in hill villages\nResidents said soldiers set fire to houses.", 2),
        # wrapped text: a hyphen ends the line, or the next line opens in lower case
        ("Fighters attacked the internationally-\nrecognized government's positions.", 1),
        ("The convoy was hit near the bridge and\nfour drivers were killed.", 1),
    ],
)
def test_a_line_break_ends_a_sentence_unless_the_text_is_wrapped(nlp, text, n):
    assert len(list(nlp(text).sents)) == n


def test_a_headline_line_does_not_swallow_the_accuser_of_the_lead(nlp):
    text = (
        "Ministry rejects claims over clinic strike\nHuman Rights Watch said the strike on the clinic, "
        "which killed five patients, was a war crime."
    )
    ex = extract_clean(CleanText(text=text), language="en", nlp=nlp)
    assert ("Human Rights Watch", "war_crime") in {(a.accuser, a.charge) for a in ex.allegations}


_PEAK = """
import resource, sys
from harmwatch.extract.engine import load_nlp, parse
nlp = load_nlp()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
parse(nlp, ({filler!r} + " ") * (120_000 // {n}))
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)
"""


@pytest.mark.slow
def test_parsing_120k_characters_stays_small():
    # one 120,000-character paragraph in one go took ~400 MB over the loaded model
    code = _PEAK.format(filler=FILLER, n=len(FILLER) + 1)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout.strip()) < 150, out.stdout


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


def test_an_abbreviated_rank_is_one_token_and_ends_no_sentence(nlp):
    doc = nlp("Army spokesman Brig. Jon Varga said the strike hit a depot.")
    assert "Brig." in [t.text for t in doc]
    assert len(list(doc.sents)) == 1
