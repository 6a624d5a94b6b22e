"""Speakers given only by a title, a demonstrative or a body's common noun ("le président", "ese
organismo", "у прокуратурі"), resolved to the party the report named before."""

from __future__ import annotations

import os
import re

from harmwatch.extract.generic.speech.lexicon import Lexicon
from harmwatch.extract.generic.speech.matching import find_phrases, variants_of
from harmwatch.extract.generic.speech.phrases import (
    END_MARKS,
    OPENING_MARKS,
    PRONOUN,
    _adjective,
    _bare,
    _is_definite,
    cased,
    clause_start,
    has_case,
    noun_phrase_end,
    subject_before,
    written,
)
from harmwatch.extract.generic.speech.plausible import ADJECTIVE_ENDINGS, inflected_title, title_word
from harmwatch.extract.generic.speech.sentences import sentence_of, token_at
from harmwatch.extract.generic.speech.speakers import (
    MAX_APPOSED,
    apposed_subject,
    opening_name,
    speaker_at,
    speaker_in,
)
from harmwatch.extract.generic.speech.tokens import Tok, norm, tokens_of


def named_indefinitely(
    lex: Lexicon, text: str, toks: list[Tok], bounds: list[tuple[int, int]], si: int, name: str
) -> bool:
    """Whether the sentence ``si`` writes ``name`` after an indefinite article ("Un responsable")."""
    lo, hi = bounds[si]
    at = text.find(name, toks[lo].start, toks[hi - 1].end)
    if at < 0:
        return False
    k = token_at(toks, at)
    return k > lo and toks[k - 1].key in lex.indefinites


def named_body(lex: Lexicon, text: str, toks: list[Tok], before: int, speaker: str | None) -> str | None:
    """A speaker given only by a common noun for a body ("le ministère", "у прокуратурі") as the
    proper name the report gave that body before, in which the noun's stem is a capitalised word
    ("Ministère de la Santé", "Офісі Генпрокурора"); else ``speaker`` as it is."""
    if speaker is None:
        return None
    raw = re.findall(r"\w+(?:['’-]\w+)*", speaker)
    kept = [w for w in raw if norm(w) not in lex.articles and norm(w) not in lex.preps]
    if not kept or len(kept) > 3 or not all(w[:1].islower() for w in kept) or len(kept[0]) < 5:
        return speaker
    head = norm(kept[0])
    if head in lex.pronouns or head in lex.demonstratives:
        return speaker
    stem = head[: max(4, min(6, len(head) - 3))]
    end = token_at(toks, before)
    for k in range(end - 1, max(-1, end - 600), -1):
        t = toks[k]
        if not (t.word and stem in t.key):
            continue
        # the capitalised words that open the name, up to three words before the noun
        # ("Харківській обласній прокуратурі")
        lo = k
        for j in range(k - 1, max(-1, k - 4), -1):
            if not toks[j].word or toks[j].key in lex.preps or toks[j].key in lex.stops:
                break
            if toks[j].key in lex.articles and not cased(toks[j]):
                break  # "disse à Lusa o administrador": the article opens the noun's phrase
            if cased(toks[j]) and toks[j].key not in lex.articles | lex.indefinites | lex.skip:
                lo = j
        if lo == k and not (cased(t) and t.key != head):
            continue  # the same common noun, or one without a name around it
        if lo == k and lex.case_inflection and _adjective_form(t.key, head):
            continue  # "Правозащитная организация": a capitalised adjective names no one
        hi = k + 1
        while hi < len(toks) and hi - k < 6:
            if toks[hi].word and cased(toks[hi]):
                hi += 1
            elif (
                toks[hi].word
                and (toks[hi].key in lex.linkers or toks[hi].key in lex.articles or toks[hi].key in lex.preps)
                and hi + 1 < len(toks)
                and toks[hi + 1].word
                and cased(toks[hi + 1])
            ):
                hi += 2
            else:
                break
        return text[toks[lo].start : toks[hi - 1].end]
    return speaker


def _adjective_form(key: str, noun: str) -> bool:
    """Whether ``key`` is shaped as an adjective ("правозащитная") where the noun ``noun``
    ("правозащитница") is not: a word of the noun's stem, never its name."""
    return key.endswith(ADJECTIVE_ENDINGS) and not noun.endswith(ADJECTIVE_ENDINGS)


def unnamed(lex: Lexicon, text: str, toks: list[Tok], party: str, lo: int) -> bool:
    """Whether a party phrase names no one in a script that capitalises names (German aside,
    which capitalises every noun): not the sentence's opening, no capitalised word, and no office
    title ("их самолеты", "информация об ударе", "les soldats"). Said in a speaker's reported
    clause, such a subject is what the speaker speaks of, not who takes the stance."""
    raw = re.findall(r"\w+(?:['’-]\w+)*", party)
    if lex.capitalised_nouns or not raw or not any(r[:1].lower() != r[:1].upper() for r in raw):
        return False
    if text[toks[lo].start :].startswith(party) or any(r[:1].isupper() for r in raw):
        return False  # a sentence's first word may be a name ("Valdor rejette ...")
    return not any(title_word(lex, norm(r)) for r in raw)


def role_only(lex: Lexicon, speaker: str) -> bool:
    """A speaker given only by a title ("le président", "глава держави", "der SPD-Minister") or
    a demonstrative ("ese organismo"): it refers back to a party named before."""
    raw = re.findall(r"\w+(?:['’-]\w+)*", speaker)
    words = [norm(w) for w in raw]
    if words and words[0] in lex.demonstratives and len(words) <= 3:
        return True  # "ese organismo", "this organisation"
    kept = [(w, r) for w, r in zip(words, raw, strict=True) if w not in lex.articles]
    if (
        lex.case_inflection
        and len(kept) == 2
        and kept[0][1][:1].islower()
        and kept[0][0].endswith(ADJECTIVE_ENDINGS)
    ):
        kept = kept[1:]  # "у російському відомстві", "военное ведомство": an adjective before the title
    if not kept or not title_word(lex, kept[0][0]):
        return False
    rest = kept[1:]
    if not rest:
        return True
    if any(r[:1].lower() != r[:1].upper() for _w, r in rest):  # a cased script: no name after it
        return all(r[:1].islower() for _w, r in rest) and len(rest) <= 2
    if (
        lex.definite
        and len(rest) == 1
        and kept[0][0] not in lex.statements
        and _bare(lex, kept[0][0]) not in lex.statements
        and _is_definite(lex, kept[0][0]) == _is_definite(lex, rest[0][0])
        and _adjective(lex, rest[0][0], (kept[0][0],))
    ):
        # "الجيش الإسرائيلي", "القوات الحكومية": a body its adjective names (an adjective agrees
        # in definiteness: after an indefinite title a definite word is its genitive, "مدير المستشفى")
        return False
    return len(rest) <= 1  # "وزير الصحة"


def _head_title(lex: Lexicon, word: str) -> str | None:
    """The title a word is or ends with ("spd-minister" -> "minister"), without a definite
    prefix ("المنظمة" and "منظمة" are one title)."""
    if lex.definite and word.startswith(lex.definite) and word in lex.titles:
        bare = word[len(lex.definite) :]
        return bare if bare in lex.titles else word
    if word in lex.titles:
        return word
    inflected = inflected_title(lex, word)
    if inflected:
        return inflected
    if "-" in word and word.rsplit("-", 1)[1] in lex.titles:
        return word.rsplit("-", 1)[1]
    if lex.capitalised_nouns:
        return next((t for t in lex.titles if len(t) >= 6 and word.endswith(t)), None)
    return None


def body_words(lex: Lexicon, phrase: str) -> set[str]:
    """The body nouns of a phrase (the pack's ``bodies``), without a definite prefix."""
    out = set()
    for w in re.findall(r"\w+(?:['’-]\w+)*", phrase):
        key = norm(w)
        if lex.definite and key.startswith(lex.definite) and key[len(lex.definite) :] in lex.bodies:
            key = key[len(lex.definite) :]
        if key in lex.bodies:
            out.add(key)
    return out


def head_body(lex: Lexicon, phrase: str) -> bool:
    """Whether a phrase's head, its first word past articles, is a body noun (the pack's
    ``body_titles``: "le ministère", "la Fiscalía", "الوزارة"), not a person's title ("le
    porte-parole du ministère" is a person's)."""
    for w in re.findall(r"\w+(?:['’-]\w+)*", phrase):
        w = re.split(r"['’]", w, maxsplit=1)[-1] if re.match(r"^\w{1,2}['’]", w) else w  # "l'armée"
        key = norm(w)
        if key in lex.articles:
            continue
        return bool(body_words(lex, w))
    return False


def _role_heads(lex: Lexicon, role: str) -> set[str]:
    """The titles the words of ``role`` are or end with."""
    return {h for w in re.findall(r"\w+(?:['’-]\w+)*", role) if (h := _head_title(lex, norm(w))) is not None}


def same_title(lex: Lexicon, role: str, other: str | None) -> bool:
    """Whether ``other`` holds one of the titles of ``role`` ("ein Sprecher des Ministeriums"
    for "der Sprecher")."""
    return bool(other) and bool(_role_heads(lex, role) & _role_heads(lex, other or ""))


def named_before(
    lex: Lexicon,
    text: str,
    toks: list[Tok],
    bounds: list[tuple[int, int]],
    si: int,
    role: str,
    stop: int,
) -> str | None:
    """The party a title or demonstrative (``role``) refers back to, in the sentences before
    ``si`` down to ``stop`` (excluded): a speaker or source named there, or a name written right
    after the same title ("Außenminister Hans Vellmar" for "der SPD-Minister")."""
    heads = _role_heads(lex, role)
    kinds = body_words(lex, role) if head_body(lex, role) else set()
    if kinds:  # "الوزارة", "le ministère": the last speaker that is such a body, over any other
        for back in range(si - 1, max(stop, si - 6, -1), -1):
            for last in (True, False):  # the sentence's last speaker, then its first
                who = speaker_in(lex, text, toks, *bounds[back], last=last)
                if who and who != PRONOUN and not role_only(lex, who) and kinds & body_words(lex, who):
                    return who
    for back in range(si - 1, max(stop, si - 6, -1), -1):
        p_lo, p_hi = bounds[back]
        who = speaker_in(lex, text, toks, p_lo, p_hi)
        if who and who != PRONOUN and not role_only(lex, who):
            return who
        who = stance_subject(lex, text, toks, p_lo, p_hi)
        if who is not None:
            return who
        who = _after_title(lex, text, toks, heads, p_lo, p_hi)
        if who is not None:
            return who
        # "Le président Louis Martin s'est exprimé ... », a dit le chef de l'État": the name
        # the sentence before opens with
        if role in text[toks[p_lo].start : toks[p_hi - 1].end]:
            continue  # the title's own sentence: its opening words are another party ("Der Angriff
            # verstößt gegen ..., erklärte die Organisation"), most of all where nouns are capitalised
        who = opening_name(lex, text, toks, p_lo, p_hi)
        if who is not None and not role_only(lex, who) and has_case(toks[p_lo:p_hi]):
            return who
    return None


def _after_title(lex: Lexicon, text: str, toks: list[Tok], heads: set[str], lo: int, hi: int) -> str | None:
    """The name written right after one of the titles ``heads`` in toks[lo:hi], the last such
    first ("Außenminister Hans Vellmar", 'organisation "Name"'); else None."""
    for k in range(hi - 2, lo - 1, -1):
        if toks[k].word and _head_title(lex, toks[k].key) in heads:
            m = k + 1
            if m < hi - 1 and toks[m].text in OPENING_MARKS:
                # 'organisation "Name"': the words in the marks, in any script
                e = m + 1
                while e < hi and toks[e].word and e - m <= 4:
                    e += 1
                if e > m + 1 and e < hi and not toks[e].word:
                    return written(text, toks, m + 1, e)
                continue
            while m < hi and m - k <= 3 and toks[m].word and cased(toks[m]) and toks[m].key not in lex.titles:
                m += 1
            if m - k >= 2 and has_case(toks[k + 1 : m]):
                return written(text, toks, k + 1, m)
    return None


def titled_before(
    lex: Lexicon, text: str, toks: list[Tok], bounds: list[tuple[int, int]], si: int, role: str
) -> str | None:
    """In a language that capitalises its nouns, the person a title alone (``role``: "der
    Vizegouverneur") names: the name the report wrote right after the same title in a sentence
    before ``si`` ("Der Vizegouverneur Max Adler besuchte ..."), the nearest first; else None
    (where every noun is capitalised, ``described_person`` cannot tell a name from a noun)."""
    if not lex.capitalised_nouns:
        return None
    heads = _role_heads(lex, role)
    if not heads:
        return None
    for back in range(si - 1, -1, -1):
        who = _after_title(lex, text, toks, heads, *bounds[back])
        if who is not None and not any(title_word(lex, norm(w)) for w in re.findall(r"\w+", who)):
            return who
    return None


def stance_subject(lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int) -> str | None:
    """The named subject before a stance in toks[lo:hi] ("Le ministère dément ..."; not in a
    verb-first language, where the words before it are a speech verb and its subject: "وقال
    الجيش إنه ..."); not a title alone."""
    if lex.verb_first:
        return None
    for s, _e, _ in find_phrases(lex, lex.stances, toks, lo, hi):
        c = clause_start(lex, toks, lo, s)
        if c > lo and toks[c - 1].key in lex.stops and toks[c - 1].key not in lex.coordinators:
            continue  # "Le porte-parole a assuré que la frappe visait ...": not a party
        if c > lo and toks[c - 1].text in OPENING_MARKS and not cased(toks[c]):
            continue  # 'de « profondément regrettables »': words in quote marks, no party
        k = s
        while k > lo and toks[k - 1].word and (toks[k - 1].key in lex.aux or toks[k - 1].key in lex.skip):
            k -= 1
        # "Le groupe X (ABC), affilié à Y, a revendiqué": the subject before the apposition
        who = apposed_subject(lex, text, toks, lo, k - 1) if k > lo and toks[k - 1].text == "," else None
        if who is None:
            who = subject_before(lex, text, toks, lo, s)
        if who and who != PRONOUN and not role_only(lex, who):
            return who
    return None


def quoted_name_after(lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int, role: str) -> str | None:
    """The name in quote marks right after a title in toks[lo:hi] ('organisation « Name »',
    "организации «Врачи без границ»"): the title's own name; else None."""
    at = text.find(role, toks[lo].start if lo < len(toks) else 0, toks[hi - 1].end if hi > lo else 0)
    if at < 0:
        return None
    m = token_at(toks, at + len(role))
    if not (m + 2 < len(toks) and toks[m].text in OPENING_MARKS and toks[m + 1].word):
        return None
    e = m + 1
    while e < len(toks) and toks[e].word and e - m <= 5:
        e += 1
    if e < len(toks) and not toks[e].word and toks[e].text not in OPENING_MARKS and cased(toks[m + 1]):
        return written(text, toks, m + 1, e)
    return None


def earlier_subject(lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int) -> str | None:
    """The first party named as the subject of a speech, accusation or stance verb in
    toks[lo:hi], the first verb first (not a title alone, which refers further back)."""
    verbs = sorted(
        find_phrases(lex, lex.speakers, toks, lo, hi) + find_phrases(lex, lex.stances, toks, lo, hi)
    )
    for verb in verbs:
        who = speaker_at(lex, text, toks, lo, hi, verb)
        if who is not None and who != PRONOUN and not role_only(lex, who):
            return who
    return None


def spoken_for(lex: Lexicon, party: str) -> str:
    """The body an unnamed spokesman speaks for, as the party or accuser ("porte-parole de
    l'armée" -> "armée", "Sprecher des Ministeriums" -> "Ministeriums", "المتحدث باسم التحالف" ->
    "التحالف"): the words after the title and its genitive word; else ``party`` as it is. A
    spokesman named is the party as named ("представитель ХАМАС Юсеф Асаад", "المتحدث باسم
    التحالف العميد فلان", "Ministeriumssprecher X"): his name, a rank before it ("генерал X") or,
    in Arabic, any words after the body's noun phrase keep the phrase whole."""
    if not lex.spokesmen:
        return party
    toks = tokens_of(party, lex.elision)
    i = 0
    while (
        i < len(toks)
        and toks[i].word
        and (
            toks[i].key in lex.articles
            or toks[i].key in lex.indefinites
            or (lex.case_inflection and not cased(toks[i]) and toks[i].key.endswith(ADJECTIVE_ENDINGS))
        )
    ):
        i += 1  # "le", "официальный"
    if (
        i < len(toks)
        and not any(t.word for t in toks[i + 1 :])
        and (body := _compound_body(lex, toks[i].text))
    ):
        return body  # "ein Regierungssprecher", "der Armeesprecher": the body (named, he keeps his name)
    if i >= len(toks) or not _spokesman(lex, toks[i].key):
        return party
    j = i + 1
    while lex.definite and j < len(toks) and toks[j].word and _adjective(lex, toks[j].key, (toks[i].key,)):
        j += 1  # "الناطق الرسمي باسم الجيش": the title's adjectives
    titled = j
    while j < len(toks) and toks[j].word and (toks[j].key in lex.linkers or toks[j].key in lex.name_linkers):
        j += 1
    while j < len(toks) and toks[j].word and toks[j].key in lex.articles:
        j += 1
    if (
        j == titled
        and (
            not lex.case_inflection  # "porte-parole Jean Dupuis", "المتحدث أحمد سالم": a person by title
            or 2 <= len(toks) - j <= 3
            and all(t.text.istitle() for t in toks[j:])  # "речник Іван Сірко"
        )
    ):
        return party
    end = len(toks)
    while end > j and not toks[end - 1].word:
        end -= 1
    if end <= j or any(not t.word for t in toks[j:end] if t.text not in "-'’"):
        return party
    if any(not cased(t) and title_word(lex, t.key) for t in toks[j + 1 : end]):
        return party  # "ведомства генерал-майор X": a rank and a name
    if lex.definite and noun_phrase_end(lex, toks, j, end, end) < end:
        return party  # "باسم التحالف العميد فلان"
    if has_case(toks[j:end]) and not lex.capitalised_nouns and end - j >= 3:
        run = end
        while run > j and toks[run - 1].text.istitle():
            run -= 1
        if end - run == 2 and toks[run - 1].key not in lex.linkers and not title_word(lex, toks[run - 1].key):
            return party  # "ХАМАС Юсеф Асаад": a name of two words after the body (not its
            # own name after a title: "l'ONG Amnesty International")
    return party[toks[j].start : toks[end - 1].end]


def apposed_spokesman(lex: Lexicon, text: str, toks: list[Tok], party: str, lo: int, s: int) -> str | None:
    """The spokesman's title a party named by a person's name stands in apposition with, before
    a stance at toks[s] ("Ein Vertreter der X-Miliz, Karl Brenner, wies ... zurück", "Jean Dupuis,
    porte-parole de l'armée, a démenti", "Son porte-parole, Jean Dupuis, a nié"): the title's
    body it names (:func:`spoken_for`), or the title itself where it names none (a possessive
    title, which the caller resolves to the body named before); else None."""
    if not lex.spokesmen or not party or party == PRONOUN:
        return None
    at = text.rfind(party, toks[lo].start, toks[s].start)
    if at < 0:
        return None
    i, j = token_at(toks, at), token_at(toks, at + len(party))
    chunks = []
    if j < s and toks[j].text == ",":  # "Name, porte-parole de l'armée,"
        k = next((c for c in range(j + 1, min(s, j + 2 + MAX_APPOSED)) if not toks[c].word), s)
        chunks.append((j + 1, k))
    if i > lo and toks[i - 1].text == ",":  # "Ein Vertreter der X-Miliz, Name,"
        a = next((c + 1 for c in range(i - 2, lo - 1, -1) if not toks[c].word), lo)
        chunks.append((a, i - 1))
    for a, b in chunks:
        if not 0 < b - a <= MAX_APPOSED or any(not t.word for t in toks[a:b] if t.text not in "-'’"):
            continue
        head = a
        while head < b and (toks[head].key in lex.articles or toks[head].key in lex.indefinites):
            head += 1
        title = text[toks[a].start : toks[b - 1].end]
        if not any(_spokesman(lex, t.key) for t in toks[a : min(b, head + 2)]):
            continue
        body = spoken_for(lex, title)
        if body != title or role_only(lex, title):
            return body
    return None


def spokesman_body(
    lex: Lexicon, text: str, toks: list[Tok], bounds: list[tuple[int, int]], party: str, lo: int, s: int
) -> str | None:
    """The body a party named by a person's name speaks for as its spokesman, where a title in
    apposition says so (:func:`apposed_spokesman`; a possessive title: the party of the sentence
    before, :func:`party_just_before`); else None."""
    title = apposed_spokesman(lex, text, toks, party, lo, s)
    if title is None or not role_only(lex, title):
        return title
    return party_just_before(lex, text, toks, bounds, sentence_of(bounds, s))


def party_just_before(
    lex: Lexicon, text: str, toks: list[Tok], bounds: list[tuple[int, int]], si: int
) -> str | None:
    """The party a possessive spokesman's title ("Son porte-parole, Name,", "Su portavoz, Name,")
    speaks for: the speaker or stance subject of the sentence right before ``si``, where it is
    named ("Le groupe X a rejeté ...") and not a title or common noun alone; else None."""
    if si <= 0:
        return None
    p_lo, p_hi = bounds[si - 1]
    who = speaker_in(lex, text, toks, p_lo, p_hi) or stance_subject(lex, text, toks, p_lo, p_hi)
    return who if who and who != PRONOUN and not role_only(lex, who) else None


def before_outlet(lex: Lexicon, party: str) -> str:
    """A party or accuser cut before the outlet it spoke to, in a language that names it without a
    preposition (``outlet_nouns``: "Verteidigungsministeriums der Agentur Tass" -> its first words,
    "Минобороны агентству ТАСС"); the party as it is where the outlet opens it."""
    if not lex.outlets:
        return party
    toks = tokens_of(party, lex.elision)
    for k in range(1, len(toks)):
        if toks[k].word and toks[k].key in lex.outlets:
            cut = k - 1 if toks[k - 1].key in lex.articles and k > 1 else k
            return party[: toks[cut - 1].end] if cut > 0 else party
    return party


def _compound_body(lex: Lexicon, word: str) -> str | None:
    """The body a compound spokesman's title names, in a language that writes the body and the
    title as one word (German: "Luftwaffensprecher" -> "Luftwaffe", "Regierungssprecher" ->
    "Regierung", "Hamas-Sprecher" -> "Hamas"): the word before the spokesman title, its linking
    letter dropped (``compound_links``: the endings whose last letter links, "ungs", "en");
    ``None`` for a word that is a spokesman title itself ("Pressesprecher")."""
    if not lex.compound_links:
        return None
    key = norm(word)
    if key in lex.spokesmen:
        return None
    for title in sorted(lex.spokesmen, key=len, reverse=True):
        if key.endswith(title) and len(key) - len(title) >= 3:
            head = word[: len(word) - len(title)]
            if head.endswith("-"):
                return head[:-1]
            if any(norm(head).endswith(link) for link in lex.compound_links):
                head = head[:-1]
            return head if len(head) >= 3 and head[:1].isupper() else None
    return None


def _spokesman(lex: Lexicon, key: str) -> bool:
    if key in lex.spokesmen:
        return True
    return lex.case_inflection and any(
        key.startswith(t) and len(key) - len(t) <= 3 and not key.endswith(ADJECTIVE_ENDINGS)
        for t in lex.spokesmen
    )


_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def _name_word(word: str) -> bool:
    """A word of a person's name: capitalised ("Ana"), or a particle glued to a capitalised one
    ("al-Hassan", "аль-Хасан"); not all capitals (an acronym: "ONU", "ВСУ")."""
    last = re.split(r"['’-]", word)[-1]
    return last[:1].isupper() and not (len(word) > 1 and word.isupper())


def person_named(lex: Lexicon, text: str, toks: list[Tok], speaker: str | None) -> str | None:
    """A quotation's speaker as a person's name, in a script that capitalises names only (not
    German's nouns, not Arabic): a title in an oblique case before a name ("губернатора Андрея
    Носкова", after "по словам") gives the name alone, the title being no form a report names
    anyone by; a surname alone ("Левченка", "Vasylenko") gives the full name the report writes
    elsewhere ("Сергій Левченко"); else the speaker as found."""
    if not speaker or lex.capitalised_nouns or lex.definite:
        return speaker
    words = list(_WORD.finditer(speaker))
    if not words or not has_case([t for t in toks[:50] if t.word]):
        return speaker
    first = norm(words[0].group())
    if (
        len(words) >= 3
        and first not in lex.titles
        and inflected_title(lex, first)
        and all(_name_word(w.group()) for w in words[-2:])
    ):
        return speaker[words[-2].start() :]
    if (
        len(words) >= 4
        and all(_name_word(w.group()) for w in words[-2:])
        and not _name_word(words[-3].group())
        and len(words[-3].group()) > 3
        and _name_word(words[-4].group())
        # (a phrase with a title before the name keeps it: "губернатор Белгородской области X Y")
        and not any(title_word(lex, norm(w.group())) for w in words[:-2])
        and not norm(words[-2].group()).endswith(ADJECTIVE_ENDINGS)  # "... Российской Федерации"
    ):
        # "Донецкой области Тереза Мартинес" (a place in the genitive after the title, cut off
        # before it): a place's noun between its capitalised word and two name words ends what
        # comes before the name
        return speaker[words[-2].start() :]
    if len(words) == 1 and _name_word(speaker) and len(speaker) >= 4:
        return _full_name(lex, text, toks, speaker) or speaker
    last = words[-1].group()
    if (
        len(words) == 2
        and _name_word(last)
        and len(last) >= 4
        and (title_word(lex, first) or first in lex.stops or first in lex.skip or first in lex.not_names)
    ):
        # "le lieutenant Mwamba", "Позже Петренко" (a sentence's first adverb): a rank or a word
        # that names no one before a surname: the full name the report wrote before
        full = _full_name(lex, text, toks, last)
        if full is not None and len(_WORD.findall(full)) >= 2:
            return full
    return speaker


def _full_name(lex: Lexicon, text: str, toks: list[Tok], surname: str) -> str | None:
    """The first name of two or three capitalised words in the report whose last word is
    ``surname`` (or, in a language that inflects names, shares its stem: "Левченка" and
    "Левченко"); else None."""
    key = norm(surname)
    no_first_name = lex.articles | lex.not_names | lex.preps | lex.stops | lex.pronouns
    first_names = 1 if lex.case_inflection else 2  # (see person_named)
    for k, t in enumerate(toks):
        if not (t.word and _name_word(t.text) and _same_name(lex, t.key, key)):
            continue
        lo = k
        while lo > 0 and k - lo < first_names and toks[lo - 1].word and _name_word(toks[lo - 1].text):
            before = toks[lo - 1].key
            if before in no_first_name or title_word(lex, before):
                break
            lo -= 1
        if lo < k and not (k + 1 < len(toks) and toks[k + 1].word and _name_word(toks[k + 1].text)):
            return written(text, toks, lo, k + 1)
    return None


def _same_name(lex: Lexicon, a: str, b: str) -> bool:
    if a == b:
        return True
    if not lex.case_inflection:
        return False
    return len(os.path.commonprefix([a, b])) >= max(4, min(len(a), len(b)) - 2)


def described_person(
    lex: Lexicon,
    text: str,
    toks: list[Tok],
    before: int,
    speaker: str | None,
    attribution: tuple[int, int] | None = None,
) -> str | None:
    """A speaker given by a common noun that describes a person ("poursuit le commerçant",
    "говорит водитель", "disse o líder") as the person the report named next to that noun
    before char ``before`` ("Moussa Hamani, un commerçant", "Водитель скорой Николай Гребнев",
    "líder religioso local, o xeique Momade Assane"); else None. Only in a script that
    capitalises names alone (a lower-case phrase is then no name). The tokens of
    ``attribution`` (the words that attribute the quotation) are searched first: "— розповіла
    речниця ДСНС у Запорізькій області Тетяна X" names the spokeswoman past a place."""
    if not speaker or lex.capitalised_nouns or head_body(lex, speaker):
        return None  # (a body, "a ajouté le ministère", describes no person)
    if lex.definite:
        return _definite_bearer(lex, text, toks, before, speaker, attribution)
    kept = []
    for w in _WORD.findall(speaker):
        w = re.split(r"['’]", w, maxsplit=1)[-1] if re.match(r"^\w{1,2}['’]", w) else w  # "l'officier"
        if norm(w) in lex.articles or any(c.isdigit() for c in w):
            continue  # "la", "28-year-old"
        kept.append(w)
    # lower-case words, an acronym among them ("речниця ДСНС"), the noun first
    if (
        not kept
        or len(kept) > 5
        or not kept[0][:1].islower()
        or not all(w[:1].islower() or (len(w) > 1 and w.isupper()) for w in kept)
    ):
        return None
    head = norm(kept[0])
    if len(head) < 4 or head in lex.pronouns or head in lex.demonstratives:
        return None
    stem = head[: max(4, len(head) - 2)]
    end = token_at(toks, before)
    first = list(range(attribution[1] - 1, attribution[0] - 1, -1)) if attribution else []
    for k in first + list(range(end - 1, max(-1, end - 400), -1)):
        key = toks[k].key
        if not toks[k].word or not (
            (key.startswith(stem) and len(key) - len(head) <= 3) or _compound_of(lex, key, head)
        ):
            continue
        if lex.case_inflection and key.endswith(ADJECTIVE_ENDINGS) and not head.endswith(ADJECTIVE_ENDINGS):
            continue  # "главный врач" is no form of "глава"
        who = _name_next_to(lex, text, toks, k)
        if who is not None:
            return who
    return _acronym_bearer(lex, text, toks, end, kept)


def _definite_bearer(
    lex: Lexicon,
    text: str,
    toks: list[Tok],
    before: int,
    speaker: str,
    attribution: tuple[int, int] | None,
) -> str | None:
    """In a language with a definite prefix and no capitals (Arabic), a speaker given by a
    definite noun alone, or with its adjective ("قال التاجر", "يقول الأب المكلوم"), as the noun
    and the name the report wrote right after the same noun, with or without its prefix, before
    char ``before`` or in the words of ``attribution`` ("وقال التاجر سامر حداد، ..."); else None."""
    words = [norm(w) for w in _WORD.findall(speaker)]
    if not 1 <= len(words) <= 2 or not _is_definite(lex, words[0]):
        return None
    noun = _bare(lex, words[0])
    if len(noun) < 3 or words[0] in lex.pronouns | lex.demonstratives | lex.stops:
        return None
    end = token_at(toks, before)
    first = list(range(attribution[1] - 1, attribution[0] - 1, -1)) if attribution else []
    for k in first + list(range(end - 1, max(-1, end - 400), -1)):
        if k > 0 and toks[k - 1].key in lex.linkers | lex.name_linkers | lex.preps | lex.speaker_preps:
            continue  # "المتحدث باسم المنسقية X": the noun a title's complement, X that title's bearer
        if toks[k].word and noun in variants_of(lex, toks[k].key):
            e = _bare_name_end(lex, toks, k + 1)
            if e - k - 1 >= 2:
                return written(text, toks, k, e)
    return None


def _bare_name_end(lex: Lexicon, toks: list[Tok], m: int) -> int:
    """The end of a run of up to four words from toks[m] that no pack list knows (a name in a
    script without capitals: "حسين عباس"), closed by a mark or the text's end; ``m`` where there
    is none (a relative clause, a preposition or an adjective follows the noun)."""
    known = (
        lex.stops
        | lex.preps
        | lex.skip
        | lex.pronouns
        | lex.aux
        | lex.titles
        | lex.bodies
        | lex.adjectives
        | lex.nouns
        | lex.relatives
        | lex.statements
        | lex.not_names
        | lex.ends
    )
    e = m
    while e < len(toks) and e - m < 4 and toks[e].word:
        e += 1
    if e < len(toks) and toks[e].word:
        return m  # more words run on: no name closed by a mark
    for c in range(m, e):
        if c not in (m, e - 1) and toks[c].key in lex.maqsura_preps:
            continue  # inside the name, "علي" is a name, not "على" ("سامر علي حداد")
        if any(v in known for v in variants_of(lex, toks[c].key)):
            return m
    return e


def _compound_of(lex: Lexicon, key: str, head: str) -> bool:
    """Whether ``key`` is a compound noun (in a case form) whose last part is the noun ``head``,
    in a language that inflects its nouns ("главврача" for "врач", "замминистра" for "министр")."""
    if not lex.case_inflection or len(head) < 4:
        return False
    return any(len(key) - e - len(head) >= 3 and key[: len(key) - e].endswith(head) for e in range(4))


def _acronym_bearer(lex: Lexicon, text: str, toks: list[Tok], end: int, kept: list[str]) -> str | None:
    """A title given with its body's acronym ("— додав очільник ОВА", "голова КМВА") as the
    person named next to the words that acronym abbreviates before token ``end`` ("начальник
    Херсонської обласної військової адміністрації Віталій X"), whatever title noun they had."""
    acronym = next((norm(w) for w in kept[1:] if 2 <= len(w) <= 6 and w.isupper()), None)
    if acronym is None:
        return None
    n = len(acronym)
    for k in range(end - 1, max(n - 2, end - 400), -1):
        run = toks[k - n + 1 : k + 1]
        if (
            all(t.word and not t.text.isupper() for t in run)
            and "".join(t.key[0] for t in run) == acronym
            and (who := _name_next_to(lex, text, toks, k)) is not None
        ):
            return who
    return None


def _name_next_to(lex: Lexicon, text: str, toks: list[Tok], k: int) -> str | None:
    """A person's name of two or three capitalised words right after the noun toks[k], past a
    few lower-case words, commas and articles ("Директор підприємства Віктор Самойленко"), or
    right before it, past a comma, an article and an age ("Fátima Abudo, 50 anos, moradora")."""

    def name_word(t: Tok) -> bool:
        return t.word and _name_word(t.text) and t.key not in lex.not_names and not title_word(lex, t.key)

    m = k + 1
    while m < len(toks) and m - k <= 8:
        t = toks[m]
        if name_word(t):
            e = m
            while e < len(toks) and e - m < 3 and name_word(toks[e]):
                e += 1
            complement = toks[m - 1].key in lex.linkers or toks[m - 1].key in lex.preps
            if e - m >= 2 and not complement:
                return written(text, toks, m, e)
            # one capitalised word of a place or body ("губернатор Белгородской области X"), or
            # the title's complement ("ministro dos Negócios Estrangeiros, X", "portavoz en Gaza, X")
            m = e
            continue
        if t.word and not t.text[:1].islower() and not (len(t.text) > 1 and t.text.isupper()):
            break  # (an acronym passes: "Главный врач ... ЦРБ Олег X")
        if (not t.word and t.text != ",") or t.key in lex.stops:
            break
        m += 1
    m = k - 1
    while m >= 0 and k - m <= 5 and not name_word(toks[m]):
        t = toks[m]
        if t.word and not (
            t.key in lex.articles or t.key in lex.indefinites or t.text.isdigit() or len(t.key) <= 5
        ):
            break
        if not t.word and t.text != ",":
            break
        m -= 1
    s = m
    while s >= 0 and m - s < 3 and name_word(toks[s]):
        s -= 1
    if m - s >= 2 and m < k - 1:
        return written(text, toks, s + 1, m + 1)
    return None


HEAD_CHARS = 160  # where a report's head ends: a headline and a dateline


def lead_quote_speaker(
    lex: Lexicon, text: str, toks: list[Tok], bounds: list[tuple[int, int]], qa: int, qb: int
) -> str | None:
    """The speaker of a quotation that stands alone at the head of a report, its sentence
    holding nothing else but a dateline ('BUNIA, 6 mai – « ... »'): the first person the next
    sentence names ("C'est ainsi que Jeanne X résume ...", "A descrição é de Fátima X",
    "Так описывает ... Валентина X"); else None. Only in a script that capitalises names alone."""
    if lex.capitalised_nouns or lex.definite or qa >= len(toks) or toks[qa].start > HEAD_CHARS:
        return None  # (not at the head: a headline and a dateline at most before it)
    lo = bounds[sentence_of(bounds, qa)][0]
    if qa > lo and toks[qa - 1].text not in {"–", "—", "-"}:
        return None  # words of the sentence before the quotation, not a dateline's dash
    if qa - lo > 8 or (
        any(t.word and t.text[:1].islower() for t in toks[lo:qa])
        and not any(t.text[:1].isdigit() or t.key in lex.not_names for t in toks[lo:qa])
    ):
        return None  # lower-case words before it and no date: no dateline
    j = qb
    while j < len(toks) and not toks[j].word:
        if toks[j].text in OPENING_MARKS:
            return None
        j += 1
    if j >= len(toks) or sentence_of(bounds, j) == sentence_of(bounds, qa):
        return None  # the sentence goes on after the quotation
    n_lo, n_hi = bounds[sentence_of(bounds, j)]
    k = n_lo
    while k < n_hi:
        if toks[k].text in OPENING_MARKS:
            return None  # another quotation first
        e = k
        while e < n_hi and e - k < 3 and toks[e].word and _name_word(toks[e].text):
            if title_word(lex, toks[e].key) or toks[e].key in lex.not_names:
                break
            e += 1
        if e - k >= 2 and k > n_lo:
            return written(text, toks, k, e)
        k = max(e, k + 1)
    return None


def turn_taker(
    lex: Lexicon,
    text: str,
    toks: list[Tok],
    q_start: int,
    attribution: tuple[int, int],
    speaker: str | None,
    previous: str | None,
    prev_end: int,
    spoken: list[str],
) -> str | None:
    """A speaker given only by a common noun no earlier words use ("reclamó la mujer", "— каже
    жінка", "sagte der Geistliche", "قال الطالب") after another person's quotation: one of the
    report's people takes the turn — the person named in the words since the previous quotation
    ("Жительница дома Тамара X говорит, что ... «...», — сказала пенсионерка"), else the last
    named speaker before the previous one (speakers alternate). None where the noun follows an
    indefinite article (someone new: "confie une voisine"), is a title (resolved as such), or
    was used before (an unnamed person the report goes on describing: "El conductor ... dijo el
    conductor"). ``q_start`` is the quotation's first token, ``prev_end`` the token after the
    previous quotation, ``spoken`` the speakers of the quotations before, in order."""
    if not speaker or speaker == previous:
        return None
    words = [w for w in _WORD.findall(speaker) if norm(w) not in lex.articles and not w[:1].isdigit()]
    if not 1 <= len(words) <= (1 if lex.capitalised_nouns else 3):
        return None  # (German: one noun, "die 34-jährige Händlerin"; more are a body's name)
    head = norm(words[0])
    if lex.definite:
        if not head.startswith(lex.definite) or len(head) - len(lex.definite) < 3:
            return None
        head = head[len(lex.definite) :]
    elif not lex.capitalised_nouns and not all(w[:1].islower() for w in words):
        return None
    if head in lex.pronouns or head in lex.demonstratives or title_word(lex, head) or len(head) < 4:
        return None
    if any(v in lex.statements for v in variants_of(lex, head)):
        return None  # "dice el comunicado": the words of a body, not a person's turn
    lo, hi = attribution
    at = next((k for k in range(lo, hi) if toks[k].word and norm(toks[k].text) == norm(words[0])), None)
    if at is None:
        return None
    span = len(tokens_of(speaker, lex.elision))
    if any(t.key in lex.indefinites for t in toks[max(lo, at - 1) : min(hi, at + span)]):
        return None  # "contou por telefone um enfermeiro do hospital": someone new
    det = at - 1
    while det > lo and toks[det].word and not cased(toks[det]) and toks[det].key not in lex.articles:
        det -= 1  # past an adjective ("die 34-jährige Händlerin")
    if lex.capitalised_nouns and not (det >= 0 and toks[det].key in lex.articles):
        return None  # German: a capitalised word without an article may be a surname
    stem = head[: max(4, len(head) - 2)]
    if any(t.word and stem in t.key for t in toks[:q_start]):
        return None
    if previous is not None:
        since = prev_end
        # (a quotation that ends its own sentence, 'O responsável acrescentou: "... quilómetros."',
        # has no attribution after it)
        ended = any(toks[j].text in END_MARKS for j in range(max(0, prev_end - 2), prev_end))
        while not ended and since < q_start and toks[since].text not in END_MARKS:
            since += 1  # past the rest of the previous quotation's sentence (its attribution)
    else:  # a report's first quotation: its own sentence and the one before
        since, ends = q_start - 1, 0
        while since >= 0 and not (toks[since].text in END_MARKS and ends == 1):
            ends += toks[since].text in END_MARKS
            since -= 1
    if has_case(toks[max(0, since) : q_start]):
        k = q_start - 1
        while k > since:
            if toks[k].word and _name_word(toks[k].text) and toks[k].key not in lex.not_names:
                e = k
                while k - 1 > since and toks[k - 1].word and _name_word(toks[k - 1].text):
                    k -= 1
                if (
                    2 <= e + 1 - k <= 3
                    and "\n" not in text[toks[k].start : toks[e].end]
                    and not any(title_word(lex, t.key) for t in toks[k : e + 1])
                    and (k == 0 or toks[k - 1].key not in lex.preps)  # "con Caracol Radio": an object
                    and not (
                        # German capitalises nouns: a name opens no noun phrase and its verb follows
                        lex.capitalised_nouns
                        and (
                            (k > 0 and toks[k - 1].key in lex.articles)
                            or any(t.key in lex.articles for t in toks[k : e + 1])
                            or (e + 1 < len(toks) and toks[e + 1].word and cased(toks[e + 1]))
                        )
                    )
                ):
                    who = written(text, toks, k, e + 1)
                    if previous is None or (who != previous and who not in previous):
                        return who
            k -= 1
    for who in reversed(spoken):
        if (
            who != previous
            and not role_only(lex, who)
            and (lex.definite or has_case(tokens_of(who, lex.elision)))
        ):
            return who
    return None
