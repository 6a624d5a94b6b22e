import random
import re

import pytest

from harmwatch.extract.evidence import EVIDENCE
from harmwatch.extract.speech import cue_scan
from harmwatch.extract.speech.charge_words import CHARGES
from harmwatch.extract.speech.cue_scan import FOLDING_TO_ASCII, finditer, plan, split_alternation
from harmwatch.extract.speech.stance_words import STANCES

PACK = [pattern for _, _, pattern in STANCES + CHARGES + EVIDENCE]

SENTENCES = [
    "The ministry denied that its jets had struck the clinic, calling the reports fabricated.",
    "“We did not target civilians,” the colonel said on Tuesday, adding that the raid hit a depot.",
    "A spokeswoman said the fighters had been hiding among residents and used the school as a base.",
    "Investigators have opened an inquiry; the army said it regretted the loss of life.",
    "Rights groups accused the militia of war crimes and crimes against humanity in the valley.",
    "The governor could not immediately be reached for comment, and the police declined to comment.",
    "Officials claimed the strike was a legitimate military target and blamed the rebels.",
    "Satellite images and video footage show the crater; witnesses told reporters what they saw.",
    "Müller's team said the army wasn't in the area. İt was ſaid the KELVIN sign K and dotless ı are odd.",
    "No civilians were harmed, the navy insisted, while the opposition denounced a genocidal campaign.",
    "dénied DENIED deNIED — “denied” 'denied' denied’s x-denied _denied 3denied denied_",
    "",
    "     ",
    "The army, it said, acted in self-defence in response to rocket fire from the town.",
]


def _spans(matches):
    return [(m.re.pattern, m.span(), m.group()) for m in matches]


def test_folding_to_ascii_lists_every_character_that_matches_an_ascii_word_character():
    others = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    found = {m.group() for m in re.finditer(r"[a-z0-9_]", others, re.I)}
    assert found == set(FOLDING_TO_ASCII)


def test_the_pack_patterns_take_the_fast_path():
    assert all(cue_scan._INDEX.cue(p) is not None for p in PACK)


@pytest.mark.parametrize("text", SENTENCES)
def test_same_matches_as_finditer_on_the_pack_patterns(text):
    for pattern in PACK:
        assert _spans(finditer(pattern, text)) == _spans(pattern.finditer(text))


def test_same_matches_on_texts_joined_and_shuffled():
    rng = random.Random(12)
    words = " ".join(SENTENCES).split()
    for _ in range(40):
        rng.shuffle(words)
        text = " ".join(words[: rng.randrange(5, len(words))])
        for pattern in PACK:
            assert _spans(finditer(pattern, text)) == _spans(pattern.finditer(text))


def test_the_same_match_objects_with_their_groups():
    pattern = re.compile(r"\b(?P<verb>denied|rejected)\s+(\w+)|\bno\s+(comment)\b", re.I)
    text = "They denied everything and offered no comment; she rejected it."
    got = [(m.span(), m.groups(), m.lastgroup) for m in finditer(pattern, text)]
    assert got == [(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text)]
    assert len(got) == 3


def test_the_first_frame_that_matches_wins_and_matches_do_not_overlap():
    pattern = re.compile(r"\bstrike\s+on\s+the\s+\w+|\bthe\s+market\b|\bstrikes?\b", re.I)
    text = "The strike on the market and the market fire; two strikes."
    assert _spans(finditer(pattern, text)) == _spans(pattern.finditer(text))
    assert [m.group() for m in finditer(pattern, text)] == ["strike on the market", "the market", "strikes"]


@pytest.mark.parametrize(
    "source",
    [
        r"said",  # may begin inside a word ("unsaid")
        r"\w+\s+said",  # begins with any word
        r"\b(?:said)?",  # may match the empty string
        r"\b[a-z]+ly\b",  # a range: no prefixes listed
        r"(?<=n)said",  # the look-behind ends on a letter: the match begins inside a word
    ],
)
def test_patterns_without_a_word_start_prefix_run_as_they_are(source):
    pattern = re.compile(source, re.I)
    assert cue_scan._INDEX.cue(pattern) is None
    text = "unsaid, he said -said loudly; quickly Said"
    assert _spans(finditer(pattern, text)) == _spans(pattern.finditer(text))


def test_a_lookbehind_ending_on_a_space_promises_a_word_start():
    assert plan(re.compile(r"(?<=\bsaid\s)(?:the\s+)?army", re.I)) == frozenset({"the", "army"})
    assert plan(re.compile(r"(?<!\bno\s)\b(?:civilians?|people)\s+were", re.I)) == frozenset(
        {"civilian", "civilians", "people"}
    )


def test_a_negative_lookbehind_of_every_word_character_promises_a_word_start():
    assert plan(re.compile(r"(?<![\w-])(?:air ?strikes?|shell(?:ed|ing))")) == frozenset(
        {"air", "airstrike", "airstrikes", "shelled", "shelling"}  # "air strike" or "airstrike"
    )
    assert plan(re.compile(r"(?<![a-z])strikes?")) is None  # a digit or an accented letter may come before


def test_prefixes_stop_at_the_first_character_that_is_no_word_character():
    assert plan(re.compile(r"\bn[’']t\s+\w+|\bwar[- ]crimes?", re.I)) == frozenset({"n", "war"})
    assert plan(re.compile(r"\bDeni(?:ed|es)\b", re.I)) == frozenset({"denied", "denies"})


def test_split_alternation_keeps_sets_groups_and_escapes_whole():
    pattern = re.compile(r"\ba|b[|\]]c|(?:d|e)\||[]|]f|g\\|h")
    assert split_alternation(pattern) == [r"\ba", r"b[|\]]c", r"(?:d|e)\|", r"[]|]f", "g\\\\", "h"]
    assert split_alternation(re.compile(r"(a)|\1")) is None  # a reference to a group by number
    assert split_alternation(re.compile(r"(?i)a|b")) is None  # flags for the whole pattern
    assert split_alternation(re.compile(r"a # x|y", re.X)) is None
