"""Who speaks in a stretch of tokens: a source phrase ("selon X", "по словам X", "X zufolge"), else
the subject of a speech or accusation verb."""

from __future__ import annotations

import re

from harmwatch.extract.generic.speech.lexicon import Lexicon
from harmwatch.extract.generic.speech.matching import find_phrases, variants_of
from harmwatch.extract.generic.speech.nominative import nominative_name
from harmwatch.extract.generic.speech.phrases import (
    END_MARKS,
    PRONOUN,
    cased,
    clause_start,
    looks_verb,
    phrase_after,
    subject_before,
    why_unusable,
    without_clitic,
    written,
)
from harmwatch.extract.generic.speech.plausible import implausible, title_word
from harmwatch.extract.generic.speech.tokens import Tok, norm

MAX_APPOSED = 8  # words of each comma-separated chunk of an apposed subject ("X, Name, verb")
MAX_RELATIVE = 20  # words of a relative clause between a subject and its verb ("X, qui ..., verb")


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
    vs, ve, label = verb
    if _participle_of_saying(lex, toks[vs]):
        # "وقالت X إن ...، مضيفة: «...»", "Отвечая на вопрос, X заявил": a participle of saying
        # has no subject of its own; that of the speech verb before it in its stretch, else none
        # where a speech verb after it has one (else the subject before it: "X выступило с
        # опровержением, заявив, что ...")
        verbs = find_phrases(lex, lex.speakers, toks, lo, hi)
        for earlier in (v for v in verbs if v[0] < vs):
            if _participle_of_saying(lex, toks[earlier[0]]):
                continue
            who = speaker_at(lex, text, toks, lo, vs, earlier, pro_drop)
            if who is not None and who != PRONOUN:
                return who
        if any(v[0] >= ve and not _participle_of_saying(lex, toks[v[0]]) for v in verbs):
            return None
    k = vs
    while k > lo and toks[k - 1].word and toks[k - 1].key in lex.skip:
        k -= 1
    if not lex.verb_first and k > lo and toks[k - 1].text == ",":
        apposed = apposed_subject(lex, text, toks, lo, k - 1)
        if apposed is not None:  # "Le maire de X, Jean Roux, a dénoncé ...": not an incise
            return apposed
    if lex.verb_first and label == "accuse" and lo == 0 and k > lo and toks[k - 1].word:
        # a headline's subject-first accusation ("الخارجية الفلسطينية تتهم إسرائيل بـ..."; a verb-first
        # body puts its subject after the verb): the phrase after the verb is whom it accuses
        first = subject_before(lex, text, toks, lo, vs)
        if first is not None and first != PRONOUN:
            return first
    incise = lex.verb_first or (k > lo and toks[k - 1].text in ",،—–")
    after = phrase_after(lex, text, toks, ve, hi)
    if any(a == ve for a, _b, _ in find_phrases(lex, lex.agents, toks, ve, min(hi, ve + 4))):
        after = None  # "Interrogé par l'AFP, X a dit": a passive's agent asked, X speaks
    if after is not None and after != PRONOUN and _past_clause_word(lex, text, toks, ve, hi, after):
        # "escribió en X que los disparos «...»": the subject of the clause the verb opens, not its own
        after = None
    if incise and after is not None and after != PRONOUN:
        return after
    if after is not None and after != PRONOUN and _opens_about_this(lex, toks, lo, vs):
        # "Об этом изданию рассказал глава района X", "Про це Суспільному розповів староста X":
        # a clause opened by "about this" puts its subject after the verb (the words between
        # are whom it was told to)
        return after
    if (
        lex.capitalised_nouns
        and incise
        and toks[k - 1].text == ","
        and (after == PRONOUN or (ve < hi and toks[ve].word and toks[ve].key in lex.pronouns))
    ):
        # German "Die Armee greife X an, hieß es", "..., sagte er": the pronoun after the verb
        # in second place is its subject (the clause before the comma is what was said; not so
        # in a free word order: "назвав их": an object)
        return PRONOUN
    if (
        pro_drop
        and lex.verb_first
        and (after == PRONOUN or (after is None and _coordinated(lex, toks[vs])))
        and k > lo
        and toks[k - 1].text in ",،"
    ):
        # "نفى X الاتهامات، وقال إن ...": the words before the comma are the object of the clause
        # before, not the subject of the verb "and" joins to it (that clause's, given by the caller)
        return PRONOUN
    before = subject_before(lex, text, toks, lo, vs)
    if before is None:
        before = _opening_subject_of_second_verb(lex, text, toks, lo, vs)
    if before is not None and before != PRONOUN:
        return before
    if before == PRONOUN and any(
        t.word and t.key in lex.pronouns for t in toks[clause_start(lex, toks, lo, vs) : vs]
    ):
        return PRONOUN  # "Er fügte hinzu", "Il a remercié les secours": the words after are no subject
    if (
        after is not None
        and after != PRONOUN
        and (label != "accuse" or before is None)
        and (incise or names_someone(lex, after))
    ):
        # (after "Elle accuse", the words are whom she accuses; "qui a dénoncé une attaque": a
        # verb's object, not its subject, unless it names someone)
        return after
    return PRONOUN if PRONOUN in (before, after) else None


_CLITIC_AND = ("و", "ف")  # Arabic "and", "then" written onto the next word


def _coordinated(lex: Lexicon, tok: Tok) -> bool:
    """Whether a verb carries a clitic "and" among the pack's prefixes ("وقال", "فأضاف")."""
    return any(
        c in lex.prefixes and tok.key.startswith(c) and tok.key[len(c) :] in variants_of(lex, tok.key)
        for c in _CLITIC_AND
    )


def _participle_of_saying(lex: Lexicon, tok: Tok) -> bool:
    return any(v in lex.speech_participles for v in variants_of(lex, tok.key))


def _opens_about_this(lex: Lexicon, toks: list[Tok], lo: int, v: int) -> bool:
    """Whether the clause of the verb at ``v`` opens with the pack's ``about_this`` phrase."""
    start = clause_start(lex, toks, lo, v)
    while start < v and not toks[start].word:
        start += 1
    return any(a == start for a, _b, _ in find_phrases(lex, lex.about_this, toks, start, v))


def _past_clause_word(lex: Lexicon, text: str, toks: list[Tok], ve: int, hi: int, phrase: str) -> bool:
    """Whether ``phrase``, found after the verb ending at token ``ve``, starts past a word that
    opens a new clause (``stops``: que, dass, что, أن) within toks[ve:hi]."""
    if ve >= hi:
        return False
    at = text.find(phrase, toks[ve].start, toks[hi - 1].end)
    return at >= 0 and any(t.word and t.key in lex.stops for t in toks[ve:hi] if t.end <= at)


def names_someone(lex: Lexicon, phrase: str) -> bool:
    """Whether a phrase after a verb that follows no comma may be its inverted subject: in a cased
    script other than German, only with a capitalised word or an office title ("a dénoncé le
    ministre"; not "a dénoncé une attaque"); elsewhere (German capitalises every noun, Arabic has
    no case, a verb-first language puts its subject there) any phrase may be."""
    words = re.findall(r"\w+(?:['’-]\w+)*", phrase)
    if lex.verb_first or lex.capitalised_nouns or not any(w[:1].lower() != w[:1].upper() for w in words):
        return True
    return any(w[:1].isupper() for w in words) or any(title_word(lex, norm(w)) for w in words)


def _opening_subject_of_second_verb(lex: Lexicon, text: str, toks: list[Tok], lo: int, v: int) -> str | None:
    """The subject of a speech verb right after "and" when the verb before "and" is not one of
    the pack's ("La Coordinadora X cuestionó esa versión y denunció ...", "Das Ministerium machte
    die Miliz verantwortlich und sprach von ..."): the name the sentence opens with, when nothing
    between it and "and" opens a subordinate clause; else None."""
    k = v
    while k > lo and toks[k - 1].word and (toks[k - 1].key in lex.skip or toks[k - 1].key in lex.aux):
        k -= 1
    if not (k - 1 > lo and toks[k - 1].key in lex.coordinators):
        return None
    if any(
        (not t.word and t.text in END_MARKS | {":", ";"})
        or (t.key in lex.stops and t.key not in lex.coordinators)
        for t in toks[lo : k - 1]
    ):
        return None
    return opening_name(lex, text, toks, lo, k - 1)


def _name_chunk(lex: Lexicon, toks: list[Tok], a: int, b: int) -> bool:
    """Whether toks[a:b] is a proper name: words only, each capitalised (genitive words and
    articles between them aside), at least one not an article ("Jean Roux", "Human Rights Watch")."""
    if b <= a or b - a > 4:
        return False
    core = [t for t in toks[a:b] if t.key not in lex.linkers and t.key not in lex.articles]
    return (
        bool(core)
        and all(t.word for t in toks[a:b])
        and all(cased(t) for t in core)
        and not any(t.key in lex.pronouns or t.key in lex.preps or t.key in lex.not_names for t in core)
    )


def _long_title(lex: Lexicon, toks: list[Tok], start: int, end: int, a: int, b: int) -> bool:
    """Whether toks[start:end], up to twice an apposed chunk, is a title phrase (its first word
    a title the pack knows, after articles, and no verb in it) before the proper name toks[a:b]."""
    if end - start > 2 * MAX_APPOSED or not _name_chunk(lex, toks, a, b) or b - a < 2:
        return False
    head = next((k for k in range(start, end) if toks[k].key not in lex.articles), end)
    return (
        head < end
        and title_word(lex, toks[head].key)
        and all(t.word or t.text in "()-" for t in toks[start:end])
        and not any(looks_verb(lex, t) for t in toks[head + 1 : end])
    )


def apposed_subject(lex: Lexicon, text: str, toks: list[Tok], lo: int, comma: int) -> str | None:
    """The subject of a verb after ``comma`` when the clause before it is "A, B," with B a name in
    apposition ("Le chef de la police, Karim Benali, a confirmé": Karim Benali) or A a name and B
    its description ("Nadia Karimi, infirmière, décrit": Nadia Karimi); else None."""
    prev = next((c for c in range(comma - 1, lo - 1, -1) if not toks[c].word), None)
    if prev is None or toks[prev].text != ",":
        return None
    relative = toks[prev + 1].key in lex.relatives or toks[prev + 1].key in lex.comma_relatives
    # a relative clause may run longer than an apposed name ("X, qui a soigné une soixantaine de
    # blessés à Adré, accuse ...")
    if not (0 < comma - prev - 1 <= (MAX_RELATIVE if relative else MAX_APPOSED)):
        return None
    end = _before_parenthesis(toks, lo, prev)  # "X (ABC), une ONG, ...": X
    start = next(
        (c + 1 for c in range(end - 1, lo - 1, -1) if not toks[c].word or toks[c].key in lex.stops), lo
    )
    if end - start > MAX_APPOSED and _long_title(lex, toks, start, end, prev + 1, comma):
        # "O chefe da administração militar da província de Norvale, Vitali Moroz, escreveu": a title
        # that names its body and place runs longer than an apposed chunk; the name after it
        return written(text, toks, prev + 1, comma, lex.articles)
    if not (0 < end - start <= MAX_APPOSED):
        return None
    if comma - prev - 1 > MAX_APPOSED:  # a long relative clause: after a name only ("X, qui ...")
        head = next((k for k in range(start, end) if toks[k].key not in lex.articles), None)
        if head is None or not cased(toks[head]) or lex.capitalised_nouns:
            return None
    if _participial(lex, toks, prev + 1, comma):
        # "Le groupe X (ABC), affilié à Y, a revendiqué", "Группировка в заявлении,
        # распространённом в соцсетях, отвергла": the subject before the participle's phrase
        for end_at in dict.fromkeys((_before_parenthesis(toks, lo, prev), prev)):
            who = subject_before(lex, text, toks, lo, end_at)  # the name, else its acronym
            if who is not None and who != PRONOUN:
                return who
    for a, b in ((prev + 1, comma), (start, end)):
        if _name_chunk(lex, toks, a, b):
            return written(text, toks, a, b, lex.articles)
    if _titled_name(lex, toks, prev + 1, comma):
        return written(text, toks, prev + 1, comma, lex.articles)
    if (
        all(t.word and t.key in lex.skip for t in toks[prev + 1 : comma])
        and why_unusable(lex, toks, start, end) is None
    ):
        return written(text, toks, start, end, lex.articles)  # "El ministerio, por su parte, dijo"
    if implausible(lex, toks, prev + 1, comma) == "bare" and why_unusable(lex, toks, start, end) is None:
        # "A chefe da missão no Chade, país arrasado pela seca, manifestou": a bare description
        return written(text, toks, start, end, lex.articles)
    return _described_subject(lex, text, toks, start, end, prev + 1)


def _participial(lex: Lexicon, toks: list[Tok], a: int, b: int) -> bool:
    """Whether toks[a:b] is a description opening with a lower-case participle by the pack's
    ``participle_endings`` ("affilié à Y", "acusado de ...", "распространённом в соцсетях")."""
    if not lex.participle_endings or b - a < 2 or not toks[a].word:
        return False
    first = toks[a]
    return (
        first.text[:1].islower()
        and len(first.key) >= 5
        and first.key.endswith(lex.participle_endings)
        and first.key not in lex.articles | lex.preps | lex.stops | lex.pronouns | lex.skip
    )


def _titled_name(lex: Lexicon, toks: list[Tok], a: int, b: int) -> bool:
    """Whether toks[a:b] is an article, one to three lower-case words and a person's name of two
    or more capitalised words ("le général Paul Mbala", "el comisario Luis Vera"), in a script that
    capitalises names only (not German)."""
    if lex.capitalised_nouns or b - a < 4 or toks[a].key not in lex.articles:
        return False
    k = a + 1
    while k < b and toks[k].word and not cased(toks[k]):
        if toks[k].key in lex.linkers or toks[k].key in lex.preps or toks[k].key in lex.articles:
            return False
        k += 1
    return (
        1 <= k - a - 1 <= 3
        and b - k >= 2
        and all(toks[c].word and cased(toks[c]) and toks[c].key not in lex.not_names for c in range(k, b))
    )


def _before_parenthesis(toks: list[Tok], lo: int, k: int) -> int:
    """The end of a chunk before ``k`` without the short parenthesis that closes it ("Le Comité
    de vigilance (CVC)" -> "Le Comité de vigilance"); else ``k``."""
    if k - 1 <= lo or toks[k - 1].text != ")":
        return k
    opening = next((c for c in range(k - 2, max(lo - 1, k - 6), -1) if toks[c].text == "("), None)
    return opening if opening is not None and opening > lo else k


def _described_subject(lex: Lexicon, text: str, toks: list[Tok], a: int, b: int, d: int) -> str | None:
    """The subject A of "A, <description>, verb" when the description opens with an indefinite
    article ("X, une organisation basée à Dakar, a dénoncé", "Y, eine Hilfsorganisation, ...") or
    a relative pronoun ("Le gouvernement, qui communique peu, n'a pas commenté", "El Centro X,
    que acompaña a las familias, sostuvo"): A when it is a usable phrase whose first word past its
    articles is capitalised, or any usable phrase before a relative clause; else None."""
    first = toks[d].key
    relative = first in lex.relatives or first in lex.comma_relatives
    if not (relative or first in lex.indefinites) or why_unusable(lex, toks, a, b) is not None:
        return None
    head = next((k for k in range(a, b) if toks[k].key not in lex.articles), None)
    if head is None or not (relative or cased(toks[head])):
        return None
    if any(t.key in lex.pronouns for t in toks[a:b]) or (lex.capitalised_nouns and head == a):
        return None  # "Als sie am Morgen, einen Tag später, ...": no subject (German
        # capitalises every noun and a sentence's first word: only "Die X, eine ..." is one)
    return written(text, toks, a, b, lex.articles)


def opening_name(lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int) -> str | None:
    """The named subject a sentence opens with, for a pronoun or a title in the next one to refer
    back to: a name in apposition ("X, Name, ..."; "Name, description, ..."), else the words from
    the sentence's start to the end of its first run of capitalised words ("Le général Pierre
    Leclerc a rejeté", "Генерал Пётр Лукин отверг"), when at most three lower-case words (no
    verb, auxiliary or preposition) come before that run and the run is a full name or follows
    only articles ("Die Armee veröffentlichte"); else None."""
    commas = [c for c in range(lo, min(hi, lo + 3 * MAX_APPOSED)) if toks[c].text == ","]
    for c in commas[:3]:
        who = apposed_subject(lex, text, toks, lo, c)
        if who is not None:
            return who
    i = lo
    while i < hi and not toks[i].word:
        i += 1
    if i >= hi or toks[i].key in lex.preps or toks[i].key in lex.pronouns or toks[i].key in lex.not_names:
        return None
    run = next((k for k in range(i + 1, min(hi, i + 5)) if toks[k].word and cased(toks[k])), None)
    if run is None:
        return None
    between = [t for t in toks[i + 1 : run] if t.key not in lex.articles and t.key not in lex.linkers]
    if any(
        not t.word or t.key in lex.aux or t.key in lex.skip or t.key in lex.preps or t.key in lex.stops
        for t in between
    ):
        return None
    if find_phrases(lex, lex.speakers, toks, i, run) or find_phrases(lex, lex.stances, toks, i, run):
        return None
    end = run
    while end < hi and end - run < 5 and toks[end].word:
        if cased(toks[end]):
            end += 1
        elif toks[end].key in lex.linkers and end + 1 < hi and toks[end + 1].word and cased(toks[end + 1]):
            end += 2  # "Ministério da Defesa"
        else:
            break
    if between and end - run < 2:
        return None
    if why_unusable(lex, toks, i, end) is not None:
        return None
    return written(text, toks, i, end, lex.articles)


def source_at(lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int) -> str | None:
    """A source phrase in toks[lo:hi]: "selon X" (X after) or "X zufolge" (X before); "pour X, ..."
    (an opening source word) only as the first words of toks[lo:hi]."""
    return _sources(lex, text, toks, lo, hi)[0]


def _sources(lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int) -> tuple[str | None, bool]:
    """The source a source phrase of toks[lo:hi] names (see :func:`source_at`), and, when it names
    none, whether one of its "selon" phrases has a pronoun for source ("selon elle", "según él",
    "по его словам", "nach seinen Worten": the words of someone named before); one pass over the
    phrases for both."""
    first = next((k for k in range(lo, hi) if toks[k].word), hi)
    opening = [
        m for m in find_phrases(lex, lex.sources_opening, toks, first, min(hi, first + 4)) if m[0] == first
    ]
    found = [(m, False) for m in find_phrases(lex, lex.sources, toks, lo, hi)] + [(m, True) for m in opening]
    # the longest source phrase at a start first ("nach Angaben von X", not "nach Angaben" + "von X")
    found.sort(key=lambda f: (f[0][0], -f[0][1]))
    pronoun = False
    for (s, e0, label), at_opening in found:
        if not at_opening and not pronoun:
            pronoun = any(t.key in lex.pronouns for t in toks[s : min(hi, e0 + 1)] if t.word)
        e = e0
        verb = [v for v in find_phrases(lex, lex.speech, toks, e, min(hi, e + 3)) if v[0] == e]
        if verb:  # "según informó el Observatorio"
            e = verb[0][1]
        elif toks[e - 1].key in lex.stops:
            if not at_opening and not pronoun:
                pronoun = phrase_after(lex, text, toks, e0, hi) == PRONOUN
            continue  # "بحسب ما نشرته X": a source phrase that wants a speech verb after it
        published = _published_by(lex, text, toks, e, hi)
        after = (
            None
            if published
            else _before_speech_verb(lex, text, toks, e, hi, phrase_after(lex, text, toks, e, hi))
        )
        name = published or after
        if not at_opening and not pronoun:
            pronoun = (
                after if e == e0 and not published else phrase_after(lex, text, toks, e0, hi)
            ) == PRONOUN
        if at_opening and name and not any(w[:1].isupper() for w in name.split()):
            continue  # "pour les habitants", "pour la première fois": no one named
        if name and name != PRONOUN:
            # "وفقا لوزارة الصحة": the name without its clitic preposition
            named = (
                without_clitic(lex, name)
                if set(variants_of(lex, toks[e - 1].key)) & lex.clitic_sources
                else name
            )
            if label == "genitive":  # "по словам Вадима Кольцова" -> "Вадим Кольцов"
                named = nominative_name(named, lex.lang)
            return named, pronoun
    for s, _e, _ in find_phrases(lex, lex.sources_after, toks, lo, hi):
        name = subject_before(lex, text, toks, lo, s)
        if name and name != PRONOUN:
            return name, pronoun
    return None, pronoun


def _before_speech_verb(
    lex: Lexicon, text: str, toks: list[Tok], e: int, hi: int, name: str | None
) -> str | None:
    """A source's name without the impersonal speech verb it runs into ("У заяві угруповання
    йдеться, що ...", "В сообщении группировки говорится": "угруповання", not "угруповання
    йдеться")."""
    if not name or name == PRONOUN:
        return name
    at = text.find(name, toks[e].start)
    if at < 0:
        return name
    for a, _b, _ in find_phrases(lex, lex.speech, toks, e + 1, hi):
        if at < toks[a].start < at + len(name):
            return text[at : toks[a].start].rstrip() or name
    return name


def _published_by(lex: Lexicon, text: str, toks: list[Tok], e: int, hi: int) -> str | None:
    """The agent of a statement a source phrase names ("selon un rapport publié mercredi par
    l'ONG X", "según un informe difundido por X"): the phrase after the agent word that follows
    the statement noun within four words; else None."""
    k = e
    while k < hi and toks[k].word and (toks[k].key in lex.articles or toks[k].key in lex.indefinites):
        k += 1
    if not (k < hi and toks[k].word and any(v in lex.statements for v in variants_of(lex, toks[k].key))):
        return None
    for a, b, _ in find_phrases(lex, lex.agents, toks, k + 1, min(hi, k + 6)):
        if a <= k + 4 and all(toks[c].word for c in range(k + 1, a)):
            who = phrase_after(lex, text, toks, b, hi)
            return who if who and who != PRONOUN else None
    return None


def speaker_in(
    lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int, last: bool = True, pro_drop: bool = False
) -> str | None:
    """The speaker a stretch of tokens names: a source phrase, else a speech or accusation verb
    (the last one when ``last``: the nearest to what follows)."""
    src, pronoun = _sources(lex, text, toks, lo, hi)
    if src:
        return src
    verbs = find_phrases(lex, lex.speakers, toks, lo, hi)
    for verb in sorted(verbs, key=lambda v: v[0], reverse=last):
        who = speaker_at(lex, text, toks, lo, hi, verb, pro_drop)
        if who is not None:
            return who
    return PRONOUN if pronoun else None


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
