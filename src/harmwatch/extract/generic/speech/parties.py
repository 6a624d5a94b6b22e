"""The party of a response: the subject of its stance word, a source phrase of its sentence, the
antecedent of a relative pronoun, the name a "latter" word stands for, or a "from X" phrase."""

from __future__ import annotations

import re

from harmwatch.extract.generic.speech.lexicon import Lexicon
from harmwatch.extract.generic.speech.marks import QuoteSpan
from harmwatch.extract.generic.speech.matching import find_phrases, variants_of
from harmwatch.extract.generic.speech.phrases import (
    CHUNK_BREAK,
    CLOSING_MARKS,
    END_MARKS,
    OPENING_MARKS,
    PRONOUN,
    _is_definite,
    _starts_claim,
    cased,
    clause_start,
    genitive_name,
    has_case,
    looks_verb,
    noun_phrase_end,
    object_first_subject,
    opens_verb,
    phrase_after,
    subject_before,
    why_unusable,
    without_clitic,
    written,
)
from harmwatch.extract.generic.speech.roles import title_word
from harmwatch.extract.generic.speech.sentences import token_at
from harmwatch.extract.generic.speech.speakers import apposed_subject, source_at, speaker_at
from harmwatch.extract.generic.speech.tokens import Tok, norm


def stance_party(lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int, s: int, e: int) -> str | None:
    """Who takes a stance found at toks[s:e]: a source phrase of its sentence ("laut X"), the
    subject before it in its clause, else the phrase right after it (VSO, inversion)."""
    # a passive auxiliary in the two words before the stance or in it ("a été revendiquée", "fue
    # desmentido", "enquête a été ouverte"): "par X" is its agent; after a noun or an active verb
    # ("pesar por la muerte", "a justifié l'opération par ...") only a name is (in a language whose
    # pack lists its passive auxiliaries; else any phrase after the agent word is)
    # a stance noun before its passive chain of auxiliaries and reported-mood verbs ("une enquête
    # aurait été ouverte par X", "una investigación habría sido abierta por X"): the agent after
    # the chain and its participle
    chain = e
    while chain < min(hi, e + 3) and (
        toks[chain].key in lex.passive or toks[chain].key in lex.reported or toks[chain].key in lex.aux
    ):
        chain += 1
    passive = not lex.passive or any(toks[k].key in lex.passive for k in range(max(lo, s - 2), chain))
    for a, b, _ in find_phrases(lex, lex.agents, toks, e, min(hi, chain + 3)):
        if a <= chain + 1:  # "revendiquée par X", "enquête aurait été ouverte par X"
            who = phrase_after(lex, text, toks, b, hi)
            named = b < hi and (
                cased(toks[b]) or (b + 1 < hi and toks[b].key in lex.articles and cased(toks[b + 1]))
            )
            if who and who != PRONOUN and (passive or named or b - a > 1):
                return who
    if lex.verb_first and lex.definite and (shared := _circumstantial_party(lex, text, toks, lo, s)):
        return shared  # "، معربة عن أسفها": the sentence's subject
    if lex.verb_first and lex.definite and (owner := _construct_owner(lex, text, toks, s, e, hi)):
        return owner  # "جاء نفي الجيش سريعا": the stance noun's owner, not the verb before it
    if lex.verb_first and lex.definite:
        # "وأقر الجيش بقصف ...", "ورفضت الوزارة التعليق", "وهو ما نفته الأخيرة": the subject
        # right after a stance verb comes before any source or speech verb of the sentence
        negated = any(v in lex.negations for v in variants_of(lex, toks[s].key))
        if negated and e - s > 2:
            # "ولم ترد الجماعة على ...", "لم يصدر أي تعليق من الجماعة": past the negation and its
            # verb, else the party after "from" right after the stance
            who = phrase_after(lex, text, toks, s + 2, e)
            if who is None or who == PRONOUN or who.endswith(toks[e - 1].text):  # ("أي تعليق")
                who = next(
                    (
                        w
                        # (or "issued by" X inside the phrase or after it: "لم يصدر عن الجماعة أي
                        # تعليق", "لم يصدر أي تعليق عن الجماعة")
                        for _a, b, _ in find_phrases(lex, lex.from_party, toks, e, min(hi, e + 3))
                        + find_phrases(lex, lex.issued_by, toks, s + 2, min(hi, e + 3))
                        if (w := phrase_after(lex, text, toks, b, hi)) not in (None, PRONOUN)
                    ),
                    None,
                )
            if who is not None:
                return who
        who = phrase_after(lex, text, toks, s + 1, e) if e - s > 2 else phrase_after(lex, text, toks, e, hi)
        if who and who != PRONOUN and (is_latter(lex, who) or looks_verb(lex, toks[s])):
            return who
        c = clause_start(lex, toks, lo, s)
        latter = next((k for k in range(c, s) if toks[k].key in lex.latter), None)
        if latter is not None:  # "لكن الأخيرة نفت ذلك": the latter, resolved by the caller
            return toks[latter].text
    # a source phrase before the stance names its party; one after it ("X a revendiqué l'attaque,
    # où 30 habitants ont été tués selon des sources locales") only where no subject does
    src = source_at(lex, text, toks, lo, s)
    late = None if src else source_at(lex, text, toks, lo, hi)
    if src and norm(src.split()[0]) not in lex.relatives:  # not "selon lesquelles ..."
        return src
    if lex.verb_first:  # "وأعلن X مسؤوليته": the speech verb's subject
        for verb in reversed(find_phrases(lex, lex.speech, toks, lo, s)):
            who = speaker_at(lex, text, toks, lo, s, verb)
            if who is not None and who != PRONOUN:
                return who
    # a passive: "ist von der Bundeswehr angefordert worden", "fue reivindicado por X"
    c_lo = clause_start(lex, toks, lo, s)
    for _a, b, _ in find_phrases(lex, lex.agents, toks, c_lo, s):
        who = phrase_after(lex, text, toks, b, s)
        if (
            who
            and who != PRONOUN
            and (not has_case(toks[b:s]) or cased(toks[b]) or toks[b].key in lex.articles)
        ):
            return who
    k = s
    while k > lo and toks[k - 1].key in lex.articles:
        k -= 1
    if k < s:  # "X prometió una investigación": verb and article before a stance noun
        k -= 1
    c = clause_start(lex, toks, lo, k)
    if (
        c > lo
        and toks[c - 1].text in OPENING_MARKS
        and 0 < k - c <= 3
        and not any(cased(t) for t in toks[c:k])
    ):
        k = c - 1  # 'a qualifié ces morts de « profondément regrettables »': the subject before the marks
    inverted = object_first_subject(lex, text, toks, lo, hi, s, e)
    if inverted is not None:  # "Уголовное дело возбудила прокуратура": the subject after the verb
        return inverted
    addressee = _request_addressee(lex, text, toks, lo, s)
    if addressee is not None:  # "Eine Anfrage an X blieb unbeantwortet": X
        return addressee
    # "X, une ONG basée à Dakar, a démenti", "El Frente X, la principal facción, no se ha
    # pronunciado": the subject before an apposition that ends right before the stance
    apposed = _apposed_party(lex, text, toks, lo, s)
    if apposed is not None:
        return apposed
    # "X, qui a démenti", "die Armee, die ... bestritt": the relative pronoun's antecedent
    before = _relative_antecedent(lex, text, toks, lo, s)
    if before is None and k > lo:
        before = subject_before(lex, text, toks, lo, k)
    if before is not None and before != PRONOUN:
        before = _before_aux(lex, before)
    if before is None:  # "Aus X kam keine Reaktion", "Из X ответили отказом"
        before = _from_party(lex, text, toks, lo, s)
    if before is not None:
        return before
    if late and norm(late.split()[0]) not in lex.relatives:
        return late
    # the stance word may follow its verb: "X a ouvert une enquête" is caught above; a speech
    # verb earlier in the clause names the party ("X a assuré que ... pas ...")
    verbs = [v for v in find_phrases(lex, lex.speech, toks, lo, s)]
    for verb in reversed(verbs):
        who = speaker_at(lex, text, toks, lo, s, verb)
        if who is not None:
            return who
    if lex.verb_first and e - s > 2:  # "وامتنع الجيش عن التعليق": the subject inside the phrase
        inner = phrase_after(lex, text, toks, s + 1, e)
        if inner and inner != PRONOUN:
            return inner
    after = phrase_after(lex, text, toks, e, hi)
    if after is not None and after != PRONOUN and not lex.verb_first and not _names_someone(lex, after):
        return None  # "lamentó el suceso": the object of the stance, not its party
    return after


def _construct_owner(lex: Lexicon, text: str, toks: list[Tok], s: int, e: int, hi: int) -> str | None:
    """The owner of a one-word stance noun in the construct state (Arabic إضافة: a noun without
    the article, its owner right after it: "نفي الجيش", "نفي وزارة الدفاع"): the phrase after
    it when its first word is a body or an office title; else None (a verb, "ونفى الجيش",
    is left to the subject rules; "نفي الاتهامات" names what is denied, not who)."""
    if e - s != 1 or e >= hi or not toks[e].word or looks_verb(lex, toks[s]):
        return None
    if any(_is_definite(lex, v) or v.endswith(("ه", "ها", "هم")) for v in variants_of(lex, toks[s].key)):
        return None
    if not any(v in lex.bodies or title_word(lex, v) for v in variants_of(lex, toks[e].key)):
        return None
    who = phrase_after(lex, text, toks, e, hi)
    return who if who and who != PRONOUN else None


def _circumstantial_party(lex: Lexicon, text: str, toks: list[Tok], lo: int, s: int) -> str | None:
    """The party of a stance in a circumstantial clause after a comma, opened by a participle and
    no verb ("وأقر الجيش بالقصف، معربا عن أسفه"): the subject of the verb that opens the sentence
    (PRONOUN where that verb has none, "وأضافت أنها ...، معربة عن أسفها": the speaker); else None."""
    c = clause_start(lex, toks, lo, s)
    if not (lo < c <= s and s - c <= 2 and toks[c - 1].text in ",،" and toks[c].word):
        return None
    if looks_verb(lex, toks[c]) or _is_definite(lex, toks[c].key) or not opens_verb(lex, toks, lo):
        return None
    end = next((k for k in range(lo + 1, c) if not toks[k].word and toks[k].text in CHUNK_BREAK), c - 1)
    who = phrase_after(lex, text, toks, lo + 1, end)
    return who or PRONOUN


def _request_addressee(lex: Lexicon, text: str, toks: list[Tok], lo: int, s: int) -> str | None:
    """The body a request was put to, when the subject of the stance is that request ("Eine
    Anfrage der Agentur an X blieb unbeantwortet", "Una solicitud a X no obtuvo respuesta"): the
    phrase after the pack's ``request_prepositions`` that follow a ``request_nouns`` word in the
    clause; else None."""
    c = clause_start(lex, toks, lo, s)
    k = next((k for k in range(c, s) if toks[k].word and toks[k].key in lex.requests), None)
    if k is None:
        return None
    for m in range(k + 1, s - 1):
        if toks[m].word and toks[m].key in lex.request_preps:
            who = phrase_after(lex, text, toks, m + 1, s)
            return who if who and who != PRONOUN else None
    return None


def _apposed_party(lex: Lexicon, text: str, toks: list[Tok], lo: int, s: int) -> str | None:
    """The subject of a stance that follows "A, B," (past auxiliaries, negations and adverbs:
    "X, la principal facción, no se ha pronunciado"): see :func:`apposed_subject`; else None."""
    j = s
    while (
        j > lo
        and toks[j - 1].word
        and (
            toks[j - 1].key in lex.aux
            or toks[j - 1].key in lex.skip
            or any(v in lex.negations for v in variants_of(lex, toks[j - 1].key))
        )
    ):
        j -= 1
    if j <= lo or toks[j - 1].text != ",":
        return None
    return apposed_subject(lex, text, toks, lo, j - 1)


def verb_subject(lex: Lexicon, text: str, toks: list[Tok], lo: int, s: int) -> str | None:
    """The subject before a stance word in its clause, over an article and the verb that take a
    stance noun ("X prometió una investigación", "X ermittelt"): None at the clause's start."""
    k = s
    while k > lo and toks[k - 1].key in lex.articles:
        k -= 1
    if k < s:
        k -= 1
    if k <= clause_start(lex, toks, lo, s):
        return None
    who = subject_before(lex, text, toks, lo, k)
    return _before_aux(lex, who) if who and who != PRONOUN else who


def _names_someone(lex: Lexicon, phrase: str) -> bool:
    """Whether a phrase after a stance word may be its party (an inverted subject): in a cased
    script, a capitalised word or an office or body title ("a démenti le ministère"); German
    capitalises every noun and uncased scripts show nothing, so there any phrase may be."""
    raw = re.findall(r"\w+(?:['’-]\w+)*", phrase)
    words = [norm(w) for w in raw]
    if any(title_word(lex, w) for w in words):
        return True
    if lex.capitalised_nouns or not any(r[:1].lower() != r[:1].upper() for r in raw):
        return True  # German capitalises every noun, an uncased script has no case: no sign
    return any(r[:1].isupper() for r in raw)


def _relative_antecedent(lex: Lexicon, text: str, toks: list[Tok], lo: int, s: int) -> str | None:
    """The party of a stance in a relative clause, its antecedent: "la milice X, accusée et qui a
    toujours démenti" -> "milice X", "die Armee, die den Angriff bestritt" -> "Armee". The nearest
    chunk before the relative pronoun; in a cased script the nearest that holds a capitalised word,
    if one of the three chunks before it does."""
    r = None
    for k in range(s - 1, lo - 1, -1):
        t = toks[k]
        if t.key in lex.relatives or (t.key in lex.comma_relatives and k > lo and toks[k - 1].text in ",،"):
            r = k
            break
        if (not t.word and t.text in CHUNK_BREAK | END_MARKS) or t.key in lex.stops:
            return None
    if r is None:
        return None
    end = r
    first: str | None = None
    for _ in range(3):
        while end > lo and (not toks[end - 1].word or toks[end - 1].key in lex.stops):
            end -= 1  # back over the comma and a conjunction ("..., accusée et qui")
        if end <= lo:
            break
        who = subject_before(lex, text, toks, lo, end)
        if who is not None and who != PRONOUN:
            caps = [w for w in re.findall(r"\w+", who) if w[:1].isupper()]
            opens = text[toks[lo].start :].startswith(who)  # its first word may be capitalised as such
            if not has_case(toks[lo:end]) or len(caps) >= 1 + opens:
                return who
            first = first or who
        end = clause_start(lex, toks, lo, end)
    return first


def _from_party(lex: Lexicon, text: str, toks: list[Tok], lo: int, s: int) -> str | None:
    """The party a clause names with "from" before its stance ("Aus Kiew gab es keine Reaktion",
    "Du côté de X, on a démenti", "Со стороны Минобороны последовало опровержение"): the
    capitalised name right after such words at the clause's start (cased scripts)."""
    c = clause_start(lex, toks, lo, s)
    for a, b, _ in find_phrases(lex, lex.from_party, toks, lo, s):
        if a not in (c, lo):  # at the clause's or the sentence's start ("Du côté de X, ...")
            continue
        k = b
        while k < s and toks[k].word and toks[k].key in lex.articles:
            k += 1
        m = k
        while m < s and toks[m].word and cased(toks[m]) and toks[m].key not in lex.not_names:
            m += 1
        if m > k:
            return written(text, toks, k, m, lex.articles)
    return None


def claimed_by(lex: Lexicon, text: str, toks: list[Tok], lo: int, s: int) -> str | None:
    """The party whose claim a justification is reported as, named in the genitive after a claim
    noun before it in its sentence ("les affirmations de X selon lesquelles ...", "заявления
    России о якобы ударе по ...")."""
    for _a, b, _ in reversed(find_phrases(lex, lex.claims, toks, lo, s)):
        who = genitive_name(lex, text, toks, b, s)
        if who:
            return who
    return None


def extend_party(lex: Lexicon, text: str, toks: list[Tok], party: str, lo: int, hi: int, s: int) -> str:
    """A party phrase completed by the name that follows it in the sentence: a name in quote
    marks ('تنظيم "داعش"', "le groupe « Vent du Nord »") and, in a language with a definite
    prefix, the name after a title ("رئيس الوزراء أحمد سالم")."""
    a_char, b_char = toks[lo].start, toks[hi - 1].end
    at = [m.start() for m in re.finditer(re.escape(party), text[a_char:b_char])]
    if not at:
        return party
    start = a_char + min(at, key=lambda c: abs(a_char + c - toks[s].start))
    j = token_at(toks, start + len(party))
    if j < hi and toks[j].text in OPENING_MARKS:
        close = next((k for k in range(j + 1, min(hi, j + 6)) if not toks[k].word), None)
        if close is not None and close > j + 1 and toks[close].text in CLOSING_MARKS:
            return text[start : toks[close].end]
    words = [norm(w) for w in party.split()]
    if (
        lex.definite
        and len(words) >= 2
        and any(v in lex.titles for v in variants_of(lex, words[0]))
        and not any(v in lex.bodies for v in variants_of(lex, words[0]))
        and all(w.startswith(lex.definite) for w in words[1:])
    ):  # "رئيس الوزراء (الإسرائيلي)": a person's title; not "الجيش"
        m = j
        while (
            m < hi
            and m - j < 3
            and toks[m].word
            and not toks[m].key.startswith(lex.definite)
            and toks[m].key not in lex.stops | lex.preps | lex.pronouns | lex.linkers | lex.not_names
            and not _starts_claim(lex, toks, m, hi)
        ):
            m += 1
        # a person's name, not a possessed noun or a stance ("قائد الميليشيا تورط عناصره")
        owned = any(toks[c].key.endswith(("ه", "ها", "هم")) for c in range(j, m))  # "عناصره"
        closed = (
            m >= hi
            or not toks[m].word
            or toks[m].key in lex.stops | lex.preps | lex.ends
            or toks[m].key.startswith(lex.definite)  # the object: "... أحمد سالم القصف بأنه"
            or _starts_claim(lex, toks, m, hi)
        )  # the name closes its clause's subject ("... أحمد سالم عن أسفه")
        if m > j and closed and not owned and not any(_starts_claim(lex, toks, c, hi) for c in range(j, m)):
            return text[start : toks[m - 1].end]
    return party


def _before_aux(lex: Lexicon, party: str) -> str:
    """A party phrase cut before an auxiliary caught in it (a verb-final clause: "die Armee hatte
    den Angriff bestritten" -> "die Armee"); past an auxiliary that opens it, up to the object that
    follows the subject ("habe die Bundeswehr einen Kampfjet angefordert" -> "die Bundeswehr")."""
    words = list(re.finditer(r"\w+(?:['’-]\w+)*", party))
    if len(words) > 1 and norm(words[0].group()) in lex.aux:
        party = party[words[1].start() :]
        words = list(re.finditer(r"\w+(?:['’-]\w+)*", party))
    closed = lex.articles | lex.preps | lex.place_preps | lex.linkers | lex.coordinators | lex.name_linkers
    for m, prev in zip(words[1:], words, strict=False):
        key = norm(m.group())
        if (
            key in lex.aux
            or (lex.capitalised_nouns and key in lex.ends)
            # German capitalises every noun: a lower-case word after a noun, no article,
            # preposition or "und", is the clause's verb ("Norland führe keine ...")
            or (
                lex.capitalised_nouns
                and m.group()[:1].islower()
                and prev.group()[:1].isupper()
                and key not in closed
            )
        ):
            return party[: m.start()].rstrip(" ,") or party
    return party


def negated_before(lex: Lexicon, toks: list[Tok], lo: int, s: int) -> bool:
    """Whether a negation word stands in the three words before toks[s], in its clause."""
    for k in range(s - 1, max(lo, s - 4) - 1, -1):
        t = toks[k]
        if not t.word or t.key in lex.stops:
            return False
        if any(v in lex.negations for v in variants_of(lex, t.key)):
            return True
    return False


def negated_after(lex: Lexicon, toks: list[Tok], e: int, hi: int) -> bool:
    """Whether the clause of a stance ending at toks[e] closes with a negation word ("Die Armee
    bestritt den Angriff nicht, ...": German puts it after the object)."""
    k = e
    while k < hi and toks[k].word and toks[k].key not in lex.stops:
        k += 1
    return k > e and any(v in lex.negations for v in variants_of(lex, toks[k - 1].key))


def is_latter(lex: Lexicon, party: str | None) -> bool:
    """Whether a party phrase is only an anaphor of the last-named ("estos últimos")."""
    words = [norm(w) for w in re.findall(r"\w+", party or "")]
    closed = lex.latter | lex.articles | lex.demonstratives | lex.pronouns
    return bool(words) and all(w in closed for w in words) and any(w in lex.latter for w in words)


def latter_named(lex: Lexicon, text: str, toks: list[Tok], lo: int, s: int) -> str | None:
    """The party an anaphor of the last-named stands for ("ces derniers ont revendiqué", "el último
    negó", "последний отверг"): the last capitalised name written before it, in this sentence or
    the one before (cased scripts only)."""
    c = clause_start(lex, toks, lo, s)
    k = next((k for k in range(c, s) if toks[k].key in lex.latter), None)
    if k is None:
        k = next((k for k in range(s, min(len(toks), s + 4)) if toks[k].key in lex.latter), None)
        if k is None or not lex.definite:
            return None
    if lex.definite and not has_case(toks[max(0, k - 20) : k]):
        return _chunk_before(lex, text, toks, lo, c)
    j = k
    while (
        j > 0
        and toks[j - 1].word
        and (toks[j - 1].key in lex.articles or toks[j - 1].key in lex.demonstratives)
    ):
        j -= 1
    for m in range(j - 1, max(-1, j - 80), -1):
        t = toks[m]
        if not (t.word and cased(t)) or t.key in lex.not_names:
            continue
        initial = m == 0 or toks[m - 1].text in END_MARKS or "\n" in text[toks[m - 1].end : t.start]
        a = m
        while a > 0 and toks[a - 1].word and cased(toks[a - 1]) and toks[a - 1].key not in lex.not_names:
            a -= 1
        if initial and a == m:
            continue  # a sentence's first word, alone
        if a == 0 or toks[a - 1].text in END_MARKS:  # the run opens the sentence: drop its first word
            if why_unusable(lex, toks, a, m + 1) is not None or toks[a].key in lex.articles:
                a += 1
        if a <= m:
            return written(text, toks, a, m + 1, lex.articles)
    return None


def _chunk_before(lex: Lexicon, text: str, toks: list[Tok], lo: int, c: int) -> str | None:
    """The last noun phrase of the chunk right before the clause at ``c``, in an uncased script
    (Arabic): "اتهم فيها الجيش، قوات الدعم، وهو ما نفته الأخيرة" -> "قوات الدعم", "ووجهت الحكومة
    الاتهام إلى جماعة X، إلا أن الأخيرة نفت" -> "جماعة X" (after the last preposition, past a
    clause-opening verb and its subject)."""
    b = c
    while b > lo and (
        not toks[b - 1].word
        or any(
            v in lex.stops | lex.pronouns | lex.skip | lex.negations
            for v in variants_of(lex, toks[b - 1].key)
        )
    ):
        b -= 1  # back over ", وهو ما", "، إلا أن", "، غير أن"
    a = clause_start(lex, toks, lo, b)
    while a < b and toks[a].word and toks[a].key in lex.skip:
        a += 1
    p = a
    for k in range(a, b):
        key = toks[k].key
        if key in lex.preps:
            p = k + 1  # "... إلى جماعة X"
        elif k > a and key.startswith("ل") and len(key) >= 4 and key not in lex.nouns | lex.titles:
            p = k  # "... لجماعة X"
    verb = p < b and looks_verb(lex, toks[p])
    if verb:
        p += 1
    while p < b and (toks[p].key.endswith(("ه", "ها", "هم")) or not toks[p].word):
        p += 1  # "في بيانها"
    if verb and p < b:  # "واتهمت الحكومة جماعة X": past the subject, the object named last
        q = noun_phrase_end(lex, toks, p, b, b)
        p = q if p < q < b else p
    if p >= b:
        return None
    return without_clitic(lex, written(text, toks, p, b, lex.articles))


def quoted_subject(lex: Lexicon, text: str, toks: list[Tok], q: QuoteSpan, s: int) -> str | None:
    """The named subject of a stance verb inside a quotation ("« Le Ministère de la Défense dément
    ... »", '"O Ministério da Defesa refuta ..."'): a chunk right before the stance, in its clause,
    whose first word after an article is capitalised and is not the quotation's first word."""
    qa = token_at(toks, q.start)
    if s <= qa + 1 or not has_case(toks[qa:s]):
        return None
    k = s
    while k > qa and toks[k - 1].word and (toks[k - 1].key in lex.skip or toks[k - 1].key in lex.aux):
        k -= 1
    c = clause_start(lex, toks, qa, k)
    a = c
    while a < k and toks[a].word and toks[a].key in lex.articles:
        a += 1
    if a >= k or a == qa or not cased(toks[a]) or toks[a].key in lex.pronouns:
        return None
    if a == c and not toks[a - 1].word:
        return None  # a capitalised first word of a sentence or clause, without an article

    if any(not t.word for t in toks[a:k]):
        return None
    who = subject_before(lex, text, toks, c, k)
    if who is None or who == PRONOUN or who not in text[toks[a].start : toks[k - 1].end]:
        return None
    return who
