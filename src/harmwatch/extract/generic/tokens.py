"""Tokens and sentences for any language: a blank spaCy tokenizer plus the rule sentencizer.

No parser, tagger or model: 3-6 ms per report. One pipeline per language, built on first use and
kept for the life of the process; languages spaCy has no tokenizer rules for use the
multi-language ("xx") one.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from harmwatch.extract.generic.compiled_regex import cached_big_patterns


@cache
def blank_nlp(lang: str) -> Language:
    """The blank pipeline of ``lang`` (tokenizer + sentencizer), cached per language. The
    language's module compiles its patterns on import; the very large ones (French's) come from
    the cache folder after the first time (``compiled_regex``)."""
    try:
        with cached_big_patterns():
            nlp = spacy.blank(lang)
    except (ImportError, KeyError, ValueError):  # spaCy has no rules for this code
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def tokenize(text: str, lang: str) -> Doc:
    """``text`` as a spaCy Doc with tokens and sentences; character offsets index ``text``."""
    return blank_nlp(lang)(text)
