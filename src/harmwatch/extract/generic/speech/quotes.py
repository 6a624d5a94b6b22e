"""Quotations with their speakers: the attribution in the quotation's sentence, before or after it,
else the speaker before it (a follow-on quotation) or right after it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from harmwatch.extract.generic.speech.lexicon import Lexicon
from harmwatch.extract.generic.speech.marks import QuoteSpan, scan_quotes
from harmwatch.extract.generic.speech.matching import find_phrases
from harmwatch.extract.generic.speech.parties import quoted_subject
from harmwatch.extract.generic.speech.phrases import (
    END_MARKS,
    PRONOUN,
    cased,
    looks_verb,
    phrase_after,
    subject_before,
)
from harmwatch.extract.generic.speech.roles import (
    body_words,
    described_person,
    earlier_subject,
    head_body,
    lead_quote_speaker,
    named_before,
    named_indefinitely,
    quoted_name_after,
    role_only,
    same_title,
    stance_subject,
    titled_before,
    turn_taker,
)
from harmwatch.extract.generic.speech.sentences import sentence_of, token_at
from harmwatch.extract.generic.speech.speakers import (
    MAX_APPOSED,
    apposed_subject,
    names_someone,
    opening_name,
    source_at,
    speaker_in,
)
from harmwatch.extract.generic.speech.tokens import Tok, norm

MIN_QUOTE_WORDS = 4


@dataclass(frozen=True, slots=True)
class Attributed:
    quote: QuoteSpan
    speaker: str | None


def attribute_quotes(
    lex: Lexicon, text: str, toks: list[Tok], bounds: list[tuple[int, int]]
) -> list[Attributed]:
    out: list[Attributed] = []
    previous: str | None = None
    prev_end = -1
    prev_quote_end = 0  # the token after the last quotation
    prev_statement = False  # the previous quotation's sentence names a statement it is from
    spoken: list[str] = []  # the speakers attributed so far, in order
    genders: dict[str, str] = {}  # a speaker -> "f" or "m", by the words that attributed them
    taken: dict[str, str] = {}  # a common noun's last word -> the person turn_taker gave it
    for q in scan_quotes(text, lex.pairs, lex.dialogue_dashes):
        qa, qb = token_at(toks, q.outer_start), token_at(toks, q.outer_end)
        if qa >= len(toks):
            continue
        si = sentence_of(bounds, qa)
        s_lo, _ = bounds[si]
        s_hi = bounds[sentence_of(bounds, max(qa, qb - 1))][1] if qb > qa else bounds[si][1]
        # the rest of the sentence after the quotation; a quotation ending a sentence may be
        # attributed by the next words when they start with a comma or dash ("», a dit X.")
        r_hi = s_hi
        ended = text[q.start : q.end].rstrip()[-1:] in (".", "!", "?", "…")
        if qb < len(toks) and ended and toks[qb].word and toks[qb].text[:1].isupper():
            r_hi = qb  # '"... por el río." La funcionaria pidió ...': a new sentence, no attribution
        elif qb < len(toks) and (qb >= s_hi or toks[qb].text in ",،—–-"):
            r_hi = bounds[sentence_of(bounds, qb)][1] if qb < len(toks) else s_hi
        # a quotation alone at the head of the report: the person the next sentence names
        speaker: str | None = (
            lead_quote_speaker(lex, text, toks, bounds, qa, qb) if previous is None else None
        )
        pronoun = False
        left = max(s_lo, prev_quote_end if prev_quote_end <= qa else s_lo)
        if speaker is None and qa > left and toks[qa - 1].text == ":":  # "X a déclaré : « ... »"
            who = speaker_in(lex, text, toks, left, qa, pro_drop=True)
            if who == PRONOUN:
                pronoun = True
            elif who:
                speaker = who
            else:  # "Мэр города Иван Петров: «...»": a name alone before the colon
                speaker = name_before_colon(lex, text, toks, left, qa - 1) or colon_subject(
                    lex, text, toks, left, qa - 1
                )
        # after: "», a déclaré X" / "» — написал X" (a verb within the first words)
        # (not a verb with a clitic "and" right after the marks in a verb-first language: '"..."
        # وطالبت بتحقيق' is a new clause of the subject before, not the quotation's attribution)
        new_clause = lex.verb_first and qb < r_hi and looks_verb(lex, toks[qb])
        if (
            speaker is None
            and not pronoun
            and not new_clause
            and qb < r_hi
            and (toks[qb].text in ",،—–-" or toks[qb].word)
        ):
            verbs = [v for v in find_phrases(lex, lex.speech, toks, qb, min(r_hi, qb + 6))]
            if verbs and any(t.word and t.key in lex.coordinators for t in toks[qb : verbs[0][0]]):
                # '"...", e reiterou o apoio de X', '« ... » et a appelé la France': a verb of a
                # clause coordinated after the quotation shares the subject before it; the words
                # after it are its object
                verbs = []
            if verbs:
                v = verbs[0]
                after = phrase_after(lex, text, toks, v[1], r_hi)
                if any(t.word and t.key in lex.pronouns for t in toks[qb : v[0]]):
                    after = None  # "», a-t-il dit lors d'un point de presse": the words after are no speaker
                if after and after != PRONOUN:
                    speaker = after
                else:
                    between = subject_before(lex, text, toks, qb, v[0])
                    if any(t.key in lex.pronouns for t in toks[qb : v[0]] if t.word):
                        between = PRONOUN  # "», a-t-il simplement déclaré"
                    if between and between != PRONOUN:
                        speaker = between
                    else:
                        pronoun = True
            if speaker is None and not pronoun:
                speaker = source_at(lex, text, toks, qb, r_hi)
            if speaker is None and not verbs and toks[qb].text in ",،—–-":
                # "», a-t-elle promis", "», — вважає він": a verb the pack lacks, inverted
                # with its pronoun subject: the speaker named before
                first = [t for t in toks[qb : min(r_hi, qb + 4)] if t.word][:2]
                pronoun = any(t.key in lex.pronouns for t in first)
        # before, in the same sentence: "X a déclaré : « ... »", "selon X, « ... »" (not
        # words of an earlier quotation of the sentence)
        if speaker is None and not pronoun and qa > left:
            who = speaker_in(lex, text, toks, left, qa, pro_drop=True)
            if who == PRONOUN:
                pronoun = True
            elif who:
                speaker = who
            elif taker := stance_subject(lex, text, toks, left, qa):
                # "X отвергли свою причастность, возложив ответственность на «...»", "X denied
                # it, calling it «...»": no speech verb; the subject that took the stance
                speaker = taker
        if speaker is None and not pronoun:
            # "« Le toit est tombé, raconte Ana, puis tout a brûlé »": the speaker named in an
            # incise that splits the quotation
            speaker = incise_speaker(lex, text, toks, q)
        # a quotation opening its sentence after "X a déclaré :" in the sentence before
        if speaker is None and not pronoun and si > 0:
            p_lo, p_hi = bounds[si - 1]
            if p_hi > p_lo and toks[p_hi - 1].text == ":":
                who = speaker_in(lex, text, toks, p_lo, p_hi)
                if who and who != PRONOUN:
                    speaker = who
                elif who is None:
                    speaker = colon_subject(lex, text, toks, p_lo, p_hi - 1)
        if (
            speaker is None
            and pronoun
            and qa > left
            and not any(t.word and t.key in lex.pronouns for t in toks[left:qa])
        ):
            # "ونفى العميد X ... وأوضح في تصريح: «...»": a verb without its own subject shares
            # the subject of an earlier speech or stance verb of its sentence
            speaker = earlier_subject(lex, text, toks, left, qa)
        near = previous is not None and q.outer_start - prev_end < 1500
        if (
            speaker is not None
            and previous is not None
            and prev_statement
            and si - sentence_of(bounds, max(0, token_at(toks, prev_end) - 1)) <= 1
            and _statement_only(lex, speaker)
        ):
            # '« A », écrit l'ONG dans un communiqué. Le texte précise que « B »': the statement
            # the sentence before named speaks for the party that issued it
            speaker = previous
        elif speaker is not None and si > 0 and _statement_only(lex, speaker):
            # 'X a reconnu, dans un communiqué, que ... « A », dit le texte': the party the
            # sentence before names as issuing a statement
            speaker = _issuer_before(lex, text, toks, *bounds[si - 1]) or speaker
        if speaker is not None and role_only(lex, speaker):
            # '"O Ministério da Defesa refuta ...", disseram os militares': the body the
            # quotation names as the subject of its own stance or speech verb
            speaker = _self_named(lex, text, toks, q) or speaker
        by_title = speaker is not None and role_only(lex, speaker)
        if speaker is not None and by_title and (surnamed := _surnamed(lex, speaker, spoken)):
            # "وأكد الرائد حداد" after "المتحدث باسم الشرطة الرائد سامي حداد": the speaker of a
            # quotation before whose name ends the title's words
            speaker = surnamed
        elif speaker is not None and by_title:
            # "», detalló el fiscal" after another speaker's quotation: the person the report
            # gave that title to ("el fiscal Rodrigo X"), over the speaker named last (below)
            bearer = described_person(lex, text, toks, q.outer_start, speaker, (qb, r_hi))
            if bearer is None:  # "», versprach der Vizegouverneur": "der Vizegouverneur Max Adler"
                bearer = titled_before(lex, text, toks, bounds, si, speaker)
            # "..., added the president", "ese organismo": the party named before
            stop = sentence_of(bounds, max(0, token_at(toks, prev_end) - 1)) if near else -1
            named = named_before(lex, text, toks, bounds, si, speaker, stop)
            # "», versprach der Vizegouverneur" where no one was named with that title: the title
            # is the speaker (where every noun is capitalised, no other speaker's turn), unless the
            # previous speaker held that title ("sagte ein Sprecher des Ministeriums" ... "Der Sprecher")
            own_title = (
                lex.capitalised_nouns
                and bearer is None
                and not head_body(lex, speaker)
                and not same_title(lex, speaker, previous)
            )
            if (
                named is None
                and near
                and previous is not None
                and not role_only(lex, previous)
                # "« ... », a ajouté le ministère" after its spokesman's quotation: a body does
                # not take the turn of a person's name (in a cased script) that names no body
                and not (head_body(lex, speaker) and _person_name(lex, previous))
                and not own_title
            ):
                named = previous
            if named is None and near and not own_title:
                # (before the previous quotation; from this sentence on when its speaker was
                # itself only a title: "organisation 'Name'" ... "l'organisation a dit :")
                start = si if previous is not None and role_only(lex, previous) else stop
                named = named_before(lex, text, toks, bounds, start, speaker, -1)
            speaker = named or speaker
            if bearer is not None and bearer not in speaker:
                speaker = bearer
        if speaker is None:  # "il a ajouté" / no attribution: the nearest speaker named before
            # (a sentence between the previous quotation and this one that names its own speaker
            # hands the turn to it: '« A », a dit X. Le maire Y a affirmé que ... « B »': Y; with
            # none between, a follow-on quotation keeps the previous speaker, below)
            for back in range(si - 1, max(-1, si - 3), -1):
                p_lo, p_hi = bounds[back]
                if near and toks[p_lo].start < prev_end:
                    break  # the previous quotation, in this sentence or after it, is nearer
                who = speaker_in(lex, text, toks, p_lo, p_hi)
                if who == PRONOUN and pronoun:
                    # "Il a indiqué que le maire, X, avait ... « ... », a-t-il ajouté": the
                    # sentence before is the same pronoun's, X only the one it spoke of
                    continue
                if who is None and pronoun:
                    # "Le général X a rejeté ... « ... », a-t-il dit": whom the sentence before
                    # is about, its subject before a stance or the name it opens with
                    who = stance_subject(lex, text, toks, p_lo, p_hi) or opening_name(
                        lex, text, toks, p_lo, p_hi
                    )
                if who and who != PRONOUN:
                    speaker = who
                    break
            if (
                speaker is not None
                and role_only(lex, speaker)
                and not named_indefinitely(lex, text, toks, bounds, back, speaker)
            ):
                # "Об этом говорится в заявлении ведомства": the body named before that sentence
                speaker = named_before(lex, text, toks, bounds, back, speaker, -1) or speaker
        followed = False
        if speaker is None and near:
            speaker, followed = previous, True
        if speaker is not None and role_only(lex, speaker):
            speaker = quoted_name_after(lex, text, toks, bounds[si][0], r_hi, speaker) or speaker
        if speaker is not None and speaker != previous:
            # "..., poursuit le commerçant": the person the report named by that noun before
            speaker = described_person(lex, text, toks, q.outer_start, speaker, (qb, r_hi)) or speaker
            # "», reclamó la mujer" with no one described so before: the other speaker's turn;
            # the same noun later is the same person ("sagte die 34-jährige Händlerin" ...
            # "sagte die Händlerin")
            noun = _noun_key(speaker)
            taker = taken.get(noun) or turn_taker(
                lex, text, toks, qa, (qb, r_hi), speaker, previous, prev_quote_end, spoken
            )
            if taker is not None:
                taken.setdefault(noun, taker)
                speaker = taker
        # "— додала вона" after a man's quotation: the woman who spoke before him
        gender = said_gender(lex, toks, qb, min(r_hi, qb + 5)) if qb < r_hi else None
        if gender is None and qa > left:
            gender = said_gender(lex, toks, max(left, qa - 8), qa)
        if (
            (pronoun or followed or by_title)
            and speaker is not None
            and gender
            and (genders.get(speaker) or named_gender(lex, text, toks, bounds, speaker, q.outer_start))
            not in (None, gender)
        ):
            # (a person named between, never quoted: the gender the words that named them give,
            # "Une voisine, X, a raconté ... », a-t-il ajouté": not X)
            speaker = next((w for w in reversed(spoken) if genders.get(w) == gender), speaker)
        if speaker is not None and gender:
            genders.setdefault(speaker, gender)
        if speaker is not None:
            spoken.append(speaker)
            previous, prev_end = speaker, q.outer_end
            # whether the words around the quotation name a statement it is from ("dans un
            # communiqué", "в заявлении"): a statement noun after it is that statement
            prev_statement = any(
                toks[k].word and toks[k].key in lex.statements for k in range(s_lo, s_hi) if not qa <= k < qb
            )
        out.append(Attributed(q, speaker))
        prev_quote_end = qb
    # a quotation no words attribute takes the speaker of the one right after it
    # ('"..." , afirmou. ... "...", alertou X.')
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        if a.speaker is None and b.speaker and b.quote.outer_start - a.quote.outer_end < 400:
            out[k] = Attributed(a.quote, b.speaker)
    return out


def _surnamed(lex: Lexicon, speaker: str, spoken: list[str]) -> str | None:
    """The latest of the speakers ``spoken`` that holds the last word of a title and one word
    (``speaker``: "العقيد سالم", "الرائد حداد") among more words, when that word is no pack word
    (a name, not "وزير الصحة"); else None."""
    words = [norm(w) for w in re.findall(r"\w+", speaker)]
    if len(words) != 2 or len(words[1]) < 3:
        return None
    known = lex.titles | lex.bodies | lex.stops | lex.preps | lex.pronouns | lex.nouns | lex.adjectives
    if words[1] in known or words[1] in lex.statements:
        return None
    for earlier in reversed(spoken):
        had = [norm(w) for w in re.findall(r"\w+", earlier)]
        if len(had) > 2 and words[1] in had:
            return earlier
    return None


def named_gender(
    lex: Lexicon, text: str, toks: list[Tok], bounds: list[tuple[int, int]], who: str, before: int
) -> str | None:
    """The gender the words around the last mention of ``who`` before the character ``before``
    give it ("Мешканка Оксана Мельник розповіла": "f"): a pronoun or a speech verb's ending in
    the name's sentence, from three words before the name to four after it; else None."""
    at = text.rfind(who, 0, before)
    if at < 0:
        return None
    k = token_at(toks, at)
    if k >= len(toks):
        return None
    lo, hi = bounds[sentence_of(bounds, k)]
    end = token_at(toks, at + len(who))
    return said_gender(lex, toks, max(lo, k - 3), min(hi, end + 4))


def said_gender(lex: Lexicon, toks: list[Tok], lo: int, hi: int) -> str | None:
    """The gender the words toks[lo:hi] that attribute a quotation give its speaker: "f" or "m"
    by a pronoun ("a-t-elle", "сказала она") or, where the pack lists endings, by a past speech
    verb ("додала", "сказал"); else None."""
    for t in toks[lo:hi]:
        # (a pronoun inverted after its verb: "a-t-elle", "raconte-t-il")
        pronoun = t.key.rsplit("-", 1)[-1] if t.word else ""
        if pronoun in lex.feminine:
            return "f"
        if pronoun in lex.masculine:
            return "m"
    for s, _e, _ in find_phrases(lex, lex.speech, toks, lo, hi):
        if lex.feminine_endings and toks[s].key.endswith(lex.feminine_endings):
            return "f"
        if lex.masculine_endings and toks[s].key.endswith(lex.masculine_endings):
            return "m"
    return None


def _person_name(lex: Lexicon, phrase: str) -> bool:
    """Whether a speaker is a person's name in a script with case: it ends with two capitalised
    words and names no body ("Paul Kasongo", "porte-parole, Paul Kasongo"; not "ministère de la
    Santé", not Arabic)."""
    words = re.findall(r"\w+(?:['’-]\w+)*", phrase)
    return (
        len(words) >= 2
        and all(w[:1].isupper() and not w.isupper() for w in words[-2:])
        and not body_words(lex, phrase)
    )


def _statement_only(lex: Lexicon, speaker: str) -> bool:
    """Whether a speaker phrase is only a statement noun with its article or demonstrative
    ("Le texte", "El documento", "документе", "البيان")."""
    words = [norm(w) for w in re.findall(r"\w+(?:['’-]\w+)*", speaker)]
    kept = [w for w in words if w not in lex.articles | lex.demonstratives | lex.preps | lex.speaker_preps]
    return len(kept) == 1 and kept[0] in lex.statements


def _issuer_before(lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int) -> str | None:
    """The party of a sentence toks[lo:hi] that names a statement ("X a admis, dans un
    communiqué, que ..."): the subject of its speech or stance verb, else the name it opens
    with; None where it names no statement."""
    if not any(t.word and t.key in lex.statements for t in toks[lo:hi]):
        return None
    who = speaker_in(lex, text, toks, lo, hi)
    if who is None or who == PRONOUN:
        who = stance_subject(lex, text, toks, lo, hi) or opening_name(lex, text, toks, lo, hi)
    if who is None or role_only(lex, who) or _statement_only(lex, who):
        return None
    return who


def _noun_key(phrase: str) -> str:
    """The last word of a speaker phrase, lower-cased: the noun a report repeats."""
    words = phrase.split()
    return words[-1].lower() if words else ""


INCISE_MARKS = frozenset(",—–")


def incise_speaker(lex: Lexicon, text: str, toks: list[Tok], q: QuoteSpan) -> str | None:
    """The speaker an incise inside a quotation names ("« A, raconte Ana Roux, 60 ans. B »",
    "«A, — каже лікарка Ольга, — B»"): a comma or dash
    followed by a speech verb and the phrase after it up to the next comma, dash or stop, when
    that phrase names someone; else None."""
    qa, qb = token_at(toks, q.start), token_at(toks, q.end)
    for k in range(qa + 1, qb - 2):
        if toks[k].word or toks[k].text not in INCISE_MARKS:
            continue
        verb = [v for v in find_phrases(lex, lex.speech, toks, k + 1, min(qb, k + 5)) if v[0] == k + 1]
        if not verb:
            continue
        end = next((c for c in range(verb[0][1], qb) if not toks[c].word), qb)
        if end >= qb or toks[end].text not in INCISE_MARKS | END_MARKS:
            continue  # the incise closes before the quotation goes on
        who = phrase_after(lex, text, toks, verb[0][1], end)
        if who and who != PRONOUN and names_someone(lex, who):
            return who
    return None


def _self_named(lex: Lexicon, text: str, toks: list[Tok], q: QuoteSpan) -> str | None:
    """The body a quotation opens with as the subject of a stance or speech verb in its first
    clause ("« Le ministère de la Défense dément ... »"): a speaker given only by a title speaks
    for it; else None."""
    qa, qb = token_at(toks, q.start), token_at(toks, q.end)
    hits = sorted(
        find_phrases(lex, lex.stances, toks, qa, min(qb, qa + 12))
        + find_phrases(lex, lex.speech, toks, qa, min(qb, qa + 12))
    )
    for s, _e, _ in hits[:1]:
        who = quoted_subject(lex, text, toks, q, s)
        if who and not role_only(lex, who):
            return who
    return None


def name_before_colon(lex: Lexicon, text: str, toks: list[Tok], lo: int, colon: int) -> str | None:
    """The speaker of "Title Name: « ... »": the words before the colon when they are only a
    short phrase ending in a capitalised name (no verb); else None."""
    start = colon
    while start > lo and toks[start - 1].word and colon - start < 8:
        start -= 1
    if (
        start > lo
        and toks[start - 1].text == ","
        and colon - lo <= 3 * MAX_APPOSED // 2
        and not find_phrases(lex, lex.speakers, toks, lo, colon)
        and not find_phrases(lex, lex.stances, toks, lo, colon)
    ):
        # "Un testigo, Ahmed Saleh, de 34 años: « ... »": a name in apposition, and no verb
        who = apposed_subject(lex, text, toks, lo, start - 1)
        if who is not None:
            return who
    if start > lo and toks[start - 1].word or start == colon or not cased(toks[colon - 1]):
        return None
    if find_phrases(lex, lex.speakers, toks, start, colon) or find_phrases(
        lex, lex.stances, toks, start, colon
    ):
        return None  # "Añadió:", "Il a ajouté :": a verb, handled as such
    if colon - start <= 3 and all(cased(t) for t in toks[start:colon]):
        first = toks[start].key
        if first not in lex.pronouns and first not in lex.preps and first not in lex.not_names:
            return text[toks[start].start : toks[colon - 1].end]  # "Selenskyj: „…“"
    who = opening_name(lex, text, toks, start, colon)
    if who is None or not text[toks[start].start : toks[colon - 1].end].endswith(who):
        return None
    return who


def colon_subject(lex: Lexicon, text: str, toks: list[Tok], lo: int, colon: int) -> str | None:
    """The speaker of a quotation after a colon that closes a clause with no speech verb ("L'abbé
    X, curé de la paroisse, a accueilli les déplacés : « ... »", "Die Anwohnerin X stand vor dem
    Eingang: „…“", "X fugiu com os filhos: «...»"): the named subject the clause opens with; else
    None (no name there: "Le bilan est lourd : « ... »")."""
    if colon <= lo or find_phrases(lex, lex.stances, toks, lo, colon):
        return None
    who = opening_name(lex, text, toks, lo, colon)
    if who is None or role_only(lex, who) or not names_someone(lex, who):
        return None
    return who


def quote_around(attributed: list[Attributed], char: int) -> Attributed | None:
    for a in attributed:
        if a.quote.outer_start <= char < a.quote.outer_end:
            return a
    return None
