"""What the claim finders (:mod:`.allegations`, :mod:`.responses`) read of one report, scanned once
by :mod:`.report`."""

from __future__ import annotations

from typing import NamedTuple

from harmwatch.extract.generic.speech.acronyms import Acronyms
from harmwatch.extract.generic.speech.lexicon import Lexicon
from harmwatch.extract.generic.speech.quotes import Attributed
from harmwatch.extract.generic.speech.speakers import SentenceSpeakers
from harmwatch.extract.generic.speech.tokens import Tok


class ScannedReport(NamedTuple):
    """One report's text and tokens in its language's pack, its sentences (token bounds) with
    their speakers, its attributed quotations and the acronyms it spells out (``full``). A named
    tuple: each finder unpacks it into the names it reads."""

    lex: Lexicon
    text: str
    toks: list[Tok]
    bounds: list[tuple[int, int]]
    attributed: list[Attributed]
    sentences: list[SentenceSpeakers]
    full: Acronyms
