"""Quotes, speakers, allegations and responses in any language, from the pack's ``speech.json``.

Mechanisms only; every word comes from ``lang/<code>/speech.json``:

- **quotes**: the pack's pairs of quote marks (``« »``, ``„ “``, ``“ ”``, ``" "``, ``» «``...),
  scanned line by line with a stack, so that nested marks stay inside the outer quotation and an
  opener left open runs to the end of its line (never an exception). Quotations of four words or
  more are kept.
- **speakers**: a source phrase ("selon X", "по словам X", "بحسب X") or a speech verb in the
  quotation's sentence, before it ("X a déclaré : « ... »") or after it ("« ... », a déclaré X",
  "« ... » — написал X"); the verb's subject is the phrase before it in its clause, or, when that
  is empty, a pronoun or a place ("In Moskau teilte ..."), the phrase after it. A quotation with no
  attribution of its own continues the previous speaker (a speech verb in the sentence before it,
  or the previous quotation's speaker); a pronoun ("a-t-il dit", "selon elle") or a title ("l'élu")
  refers back to the sentence before: its speaker, the subject of its stance, or the name it
  opens with.
- **allegations**: charge words (``charges``: war_crime, crime_against_humanity, genocide,
  ihl_violation, human_rights_violation, civilian_targeting); the accuser is the speaker of the
  quotation or sentence that carries them, else ``report``; the accused follows an agent word
  ("par", "by", "von", "من قبل") or an accusation verb.
- **responses**: stance words (``stances``: deny, acknowledge, investigate, justify, regret,
  no_comment); the party is the clause's subject, a source phrase of the sentence, or the
  previous speaker when the clause has only a pronoun.

Phrases in the pack are written as tokens separated by spaces; a token may list alternatives
("военное|военного") — the generated inflected forms —, end in ``*`` (any word starting so, for
compounds: "kriegsverbrech*"), or be ``...`` (up to four other words). Arabic tokens are matched
with their clitic prefixes stripped (the pack's ``clitic_prefixes``).

Modules: :mod:`.tokens` and :mod:`.lexicon` (the report's words, the pack compiled),
:mod:`.matching` (phrases found in tokens), :mod:`.marks` (quotation marks), :mod:`.sentences`,
:mod:`.phrases` (subjects and names around a verb), :mod:`.speakers`, :mod:`.roles` (titles and
demonstratives that refer back), :mod:`.acronyms`, :mod:`.quotes`, :mod:`.allegations`,
:mod:`.parties` and :mod:`.responses`; :mod:`.report` runs them over one report.
"""

from harmwatch.extract.generic.speech.quotes import MIN_QUOTE_WORDS
from harmwatch.extract.generic.speech.report import (
    SpeechResult,
    find_allegations,
    find_quotes,
    find_responses,
    find_speech,
)

__all__ = [
    "MIN_QUOTE_WORDS",
    "SpeechResult",
    "find_allegations",
    "find_quotes",
    "find_responses",
    "find_speech",
]
