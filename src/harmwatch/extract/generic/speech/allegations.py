"""Allegations: charge words (the pack's ``charges``: war_crime, crime_against_humanity, genocide,
ihl_violation, human_rights_violation, civilian_targeting). The accuser is the speaker of the
quotation or sentence that carries them, else the issuer of a report, else ``report``; the
accused follows an agent word ("par", "von", "من قبل") or an accusation verb."""

from __future__ import annotations

from harmwatch.extract.generic.speech.acronyms import Acronyms
from harmwatch.extract.generic.speech.lexicon import Lexicon
from harmwatch.extract.generic.speech.matching import find_phrases, variants_of
from harmwatch.extract.generic.speech.parties import extend_party
from harmwatch.extract.generic.speech.phrases import PRONOUN, genitive_name, phrase_after
from harmwatch.extract.generic.speech.quotes import Attributed, quote_around
from harmwatch.extract.generic.speech.roles import named_before, role_only
from harmwatch.extract.generic.speech.sentences import sentence_of
from harmwatch.extract.generic.speech.speakers import SentenceSpeakers
from harmwatch.extract.generic.speech.tokens import Tok, norm
from harmwatch.records import Allegation, Span


def _accused(lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int, after: int) -> str | None:
    for _s, e, _ in find_phrases(lex, lex.agents, toks, lo, hi):
        name = phrase_after(lex, text, toks, e, hi)
        if name and name != PRONOUN:
            return name
    for _s, e, _ in find_phrases(lex, lex.accuse, toks, lo, hi):
        name = phrase_after(lex, text, toks, e, hi)
        if name and name != PRONOUN:
            return name
    return None


def _issuer_before(lex: Lexicon, text: str, toks: list[Tok], lo: int, s: int) -> str | None:
    """The issuer of a report, statement or inquiry named before toks[s] in its sentence ("Une
    enquête de la Commission X a conclu que ...", "Ein Bericht der Nato stellt fest ...")."""
    inquiries = {
        a: b for a, b, label in find_phrases(lex, lex.stances, toks, lo, s) if label == "investigate"
    }
    for k in range(lo, s):
        end = inquiries.get(k)
        if end is None and toks[k].word and any(v in lex.statements for v in variants_of(lex, toks[k].key)):
            end = k + 1
        if end is not None:
            who = genitive_name(lex, text, toks, end, s)
            if who:
                return who
    return None


def allegations_of(
    lex: Lexicon,
    text: str,
    toks: list[Tok],
    bounds: list[tuple[int, int]],
    attributed: list[Attributed],
    sentences: list[SentenceSpeakers],
    full: Acronyms,
) -> tuple[Allegation, ...]:
    """The allegations of one report, sentence by sentence, each accuser and charge once."""
    allegations: list[Allegation] = []
    seen_a: set[tuple[str | None, str]] = set()
    for (s_lo, s_hi), around in zip(bounds, sentences, strict=True):
        last_speaker, just_before = around.before, around.just_before
        found = [(s, e, c, False) for s, e, c in find_phrases(lex, lex.charges, toks, s_lo, s_hi)]
        if lex.naming:
            found += [(s, e, c, True) for s, e, c in find_phrases(lex, lex.naming, toks, s_lo, s_hi)]
        for s, e, charge, naming in found:
            quoted = quote_around(attributed, toks[s].start)
            accuser = quoted.speaker if quoted is not None and quoted.speaker else around.said()
            if (accuser is None or accuser == PRONOUN) and quoted is None:
                # "Un rapport de la Commission X conclut que ...": the issuer of a report or inquiry
                accuser = _issuer_before(lex, text, toks, s_lo, s) or accuser
            if accuser is None or accuser == PRONOUN:
                accuser = just_before  # a charge right after a named speaker's sentence is theirs
            if naming and (quoted is None or not quoted.speaker):
                continue  # "l'acte terroriste" in the report's own words names the event
            if accuser and accuser != PRONOUN and role_only(lex, accuser):  # "la Mission", "ese organismo"
                si = sentence_of(bounds, s)
                named = named_before(lex, text, toks, bounds, si + 1, accuser, si - 6)
                if named is None and last_speaker and not role_only(lex, last_speaker):
                    named = last_speaker
                accuser = named or accuser
            if accuser and accuser != PRONOUN and lex.definite:
                # 'عملية "نسر الصحراء"': the name in quote marks after the accuser's noun
                accuser = extend_party(lex, text, toks, accuser, s_lo, s_hi, s)
            accuser = accuser or "report"
            key = (norm(accuser), charge)
            if key in seen_a:
                continue
            seen_a.add(key)
            span = Span(toks[s].start, toks[e - 1].end)
            accused = _accused(lex, text, toks, s_lo, s_hi, e)
            allegations.append(Allegation(full(accuser), accused, charge, text[span.start : span.end], span))
    return tuple(allegations)
