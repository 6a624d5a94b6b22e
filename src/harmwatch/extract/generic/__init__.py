"""The language-neutral extraction engine for every language but English.

Each stage is a mechanism over a blank spaCy tokenization (tokens, sentences, offsets; no
parser) whose every word comes from the language pack ``extract/lang/<code>/<concept>.json``:

- ``tokens``: the blank tokenizer + sentencizer per language, cached;
- ``events``: the event gate, the sub-event type from weapon words, negative domains, background;
- ``figures``: casualty figures (numbers from ``numbers``), qualifiers, groups, sources, aggregates;
- ``actors``: the perpetrator, its ISO country and kind, and how it is attributed;
- ``targets``: what was hit;
- ``numbers`` / ``dates``: number mentions and the incident's date;
- ``places``: places in every script;
- ``speech``: quotes and speakers, allegations, responses;
- ``engine``: runs the stages and assembles the records (:func:`extract_generic`).
"""

from __future__ import annotations

from harmwatch.extract.generic.engine import GenericResult, extract_generic, make_context

__all__ = ["GenericResult", "extract_generic", "make_context"]
