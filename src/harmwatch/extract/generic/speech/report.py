"""The speech of one report: its quotes with their speakers, allegations and responses, found
once and shared by the engine's three stages."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, TypeVar

from harmwatch.extract.context import DocContext
from harmwatch.extract.generic.speech.acronyms import Acronyms
from harmwatch.extract.generic.speech.allegations import allegations_of
from harmwatch.extract.generic.speech.lexicon import Lexicon, load_lexicon
from harmwatch.extract.generic.speech.marks import word_count
from harmwatch.extract.generic.speech.matching import MATCHES
from harmwatch.extract.generic.speech.parties import extend_party
from harmwatch.extract.generic.speech.quotes import MIN_QUOTE_WORDS, attribute_quotes
from harmwatch.extract.generic.speech.responses import responses_of
from harmwatch.extract.generic.speech.roles import before_outlet, named_body, person_named, spoken_for
from harmwatch.extract.generic.speech.scanned import ScannedReport
from harmwatch.extract.generic.speech.sentences import sentence_bounds, token_at
from harmwatch.extract.generic.speech.speakers import sentence_speakers
from harmwatch.extract.generic.speech.tokens import Tok, norm, tokens_of
from harmwatch.records import Allegation, Quote, Response, Span


@dataclass(frozen=True, slots=True)
class SpeechResult:
    quotes: tuple[Quote, ...] = ()
    allegations: tuple[Allegation, ...] = ()
    responses: tuple[Response, ...] = ()


def find_speech(ctx: DocContext) -> SpeechResult:
    """Quotes with their speakers, allegations and responses of one report, by its language pack."""
    lex = load_lexicon((ctx.language or "").lower())
    text = ctx.text
    toks = tokens_of(text, lex.elision)
    if not toks:
        return SpeechResult()
    MATCHES.clear()
    try:
        return _speech(lex, text, toks)
    finally:
        MATCHES.clear()


def _speech(lex: Lexicon, text: str, toks: list[Tok]) -> SpeechResult:
    """The claims of one report's tokens (see :func:`find_speech`)."""
    bounds = sentence_bounds(toks, text)
    attributed = attribute_quotes(lex, text, toks, bounds)
    full = Acronyms(text, lex.capitalised_nouns)
    quotes = tuple(
        Quote(
            speaker=person_named(
                lex,
                text,
                toks,
                full(
                    _quoted_name(
                        lex,
                        text,
                        toks,
                        a.quote.outer_start,
                        named_body(lex, text, toks, a.quote.outer_start, a.speaker),
                    )
                ),
            ),
            text=text[a.quote.start : a.quote.end],
            span=Span(a.quote.start, a.quote.end),
        )
        for a in attributed
        if word_count(text[a.quote.start : a.quote.end]) >= MIN_QUOTE_WORDS
    )
    scanned = ScannedReport(
        lex, text, toks, bounds, attributed, sentence_speakers(lex, text, toks, bounds), full
    )
    return SpeechResult(
        quotes=quotes,
        allegations=_for_bodies(lex, allegations_of(scanned), "accuser", "charge"),
        responses=_for_bodies(lex, responses_of(scanned), "party", "stance"),
    )


_Claim = TypeVar("_Claim", Allegation, Response)


def _for_bodies(lex: Lexicon, claims: tuple[_Claim, ...], who: str, what: str) -> tuple[_Claim, ...]:
    """Claims whose party or accuser is a spokesman of a body ("Sprecher des Ministeriums") made
    by that body (:func:`.roles.spoken_for`; a quotation keeps its speaker as named), each
    (party, claim) once."""
    out: list[_Claim] = []
    seen: set[tuple[str, str]] = set()
    for claim in claims:
        name = getattr(claim, who)
        body = before_outlet(lex, spoken_for(lex, name)) if name else name
        if body != name:
            changes: dict[str, Any] = {who: body}
            claim = replace(claim, **changes)
        key = (norm(body or ""), getattr(claim, what))
        if key not in seen:
            seen.add(key)
            out.append(claim)
    return tuple(out)


def _quoted_name(lex: Lexicon, text: str, toks: list[Tok], at: int, speaker: str | None) -> str | None:
    """A speaker completed by the name in quote marks after it, in a language with a definite
    prefix ('عملية "نسر الصحراء"'); else as found."""
    if not speaker or not lex.definite:
        return speaker
    s = token_at(toks, at)
    return extend_party(lex, text, toks, speaker, 0, len(toks), min(s, len(toks) - 1))


_memo: list[tuple[str, str, SpeechResult]] = []  # the last report's result: the engine asks thrice


def _cached(ctx: DocContext) -> SpeechResult:
    entry = _memo[0] if _memo else None
    if entry is not None and entry[0] is ctx.text and entry[1] == ctx.language:
        return entry[2]
    value = find_speech(ctx)
    _memo[:] = [(ctx.text, ctx.language, value)]
    return value


def find_quotes(ctx: DocContext) -> tuple[Quote, ...]:
    return _cached(ctx).quotes


def find_allegations(ctx: DocContext) -> tuple[Allegation, ...]:
    return _cached(ctx).allegations


def find_responses(ctx: DocContext) -> tuple[Response, ...]:
    return _cached(ctx).responses
