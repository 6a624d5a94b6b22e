"""Who speaks in a stretch of tokens: a source phrase ("selon X", "по словам X", "X zufolge"), else
the subject of a speech or accusation verb."""

from __future__ import annotations

from harmwatch.extract.generic.speech.lexicon import Lexicon
from harmwatch.extract.generic.speech.matching import find_phrases, variants_of
from harmwatch.extract.generic.speech.phrases import PRONOUN, phrase_after, subject_before, without_clitic
from harmwatch.extract.generic.speech.tokens import Tok


def speaker_at(
    lex: Lexicon,
    text: str,
    toks: list[Tok],
    lo: int,
    hi: int,
    verb: tuple[int, int, str],
    pro_drop: bool = False,
) -> str | None:
    """The speaker of a speech verb found in toks[lo:hi]: its subject before, else the phrase
    after; after first when the verb follows a comma (an incise: "..., rapporte X"). With
    ``pro_drop``, a verb-first language's verb whose subject is only implied ("وأوضح في تصريح")
    has no subject before it either (the words before are an object: "ما نسب إليه")."""
    vs, ve, _ = verb
    k = vs
    while k > lo and toks[k - 1].word and toks[k - 1].key in lex.skip:
        k -= 1
    incise = lex.verb_first or (k > lo and toks[k - 1].text in ",،—–")
    after = phrase_after(lex, text, toks, ve, hi)
    if incise and after is not None and after != PRONOUN:
        return after
    if pro_drop and lex.verb_first and after == PRONOUN and k > lo and toks[k - 1].text in ",،":
        return PRONOUN
    before = subject_before(lex, text, toks, lo, vs)
    if before is not None and before != PRONOUN:
        return before
    if after is not None and after != PRONOUN:
        return after
    return PRONOUN if PRONOUN in (before, after) else None


def source_at(lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int) -> str | None:
    """A source phrase in toks[lo:hi]: "selon X" (X after) or "X zufolge" (X before)."""
    for _s, e, _ in find_phrases(lex, lex.sources, toks, lo, hi):
        verb = [v for v in find_phrases(lex, lex.speech, toks, e, min(hi, e + 3)) if v[0] == e]
        if verb:  # "según informó el Observatorio"
            e = verb[0][1]
        elif toks[e - 1].key in lex.stops:
            continue  # "بحسب ما نشرته X": a source phrase that wants a speech verb after it
        name = phrase_after(lex, text, toks, e, hi)
        if name and name != PRONOUN:
            # "وفقا لوزارة الصحة": the name without its clitic preposition
            return (
                without_clitic(lex, name)
                if set(variants_of(lex, toks[e - 1].key)) & lex.clitic_sources
                else name
            )
    for s, _e, _ in find_phrases(lex, lex.sources_after, toks, lo, hi):
        name = subject_before(lex, text, toks, lo, s)
        if name and name != PRONOUN:
            return name
    return None


def speaker_in(
    lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int, last: bool = True, pro_drop: bool = False
) -> str | None:
    """The speaker a stretch of tokens names: a source phrase, else a speech or accusation verb
    (the last one when ``last``: the nearest to what follows)."""
    src = source_at(lex, text, toks, lo, hi)
    if src:
        return src
    verbs = find_phrases(lex, lex.speakers, toks, lo, hi)
    if not verbs:
        return None
    for verb in sorted(verbs, key=lambda v: v[0], reverse=last):
        who = speaker_at(lex, text, toks, lo, hi, verb, pro_drop)
        if who is not None:
            return who
    return None


class SentenceSpeakers:
    """The speakers around one sentence, for the charges and stances in it: the last speaker named
    before it (``before``), the one named in the sentence right before it (``just_before``), and
    its own (:meth:`said`, found on first need: a pronoun there is ``before``)."""

    __slots__ = ("_lex", "_text", "_toks", "lo", "hi", "before", "just_before", "_said")

    def __init__(
        self,
        lex: Lexicon,
        text: str,
        toks: list[Tok],
        lo: int,
        hi: int,
        before: str | None,
        just_before: str | None,
    ) -> None:
        self._lex, self._text, self._toks = lex, text, toks
        self.lo, self.hi = lo, hi
        self.before, self.just_before = before, just_before
        self._said: list[str | None] = []

    def said(self) -> str | None:
        if not self._said:
            who = speaker_in(self._lex, self._text, self._toks, self.lo, self.hi, last=False)
            self._said.append(self.before if who == PRONOUN else who)
        return self._said[0]


def sentence_speakers(
    lex: Lexicon, text: str, toks: list[Tok], bounds: list[tuple[int, int]]
) -> list[SentenceSpeakers]:
    """One :class:`SentenceSpeakers` per sentence of ``bounds``, in order."""
    out: list[SentenceSpeakers] = []
    last_speaker: str | None = None
    just_before: str | None = None
    for lo, hi in bounds:
        out.append(SentenceSpeakers(lex, text, toks, lo, hi, last_speaker, just_before))
        who = speaker_in(lex, text, toks, lo, hi)
        if who and who != PRONOUN:
            last_speaker = who
        just_before = who if who and who != PRONOUN else None
    return out
