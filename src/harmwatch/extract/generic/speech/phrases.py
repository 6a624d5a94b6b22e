"""The phrases around a speech or stance word: the subject before it in its clause, the phrase after
it (inversion, verb-first languages), names in the genitive; never a pronoun, a place or a date."""

from __future__ import annotations

import re
from bisect import bisect_left

from harmwatch.extract.generic.speech.lexicon import Lexicon
from harmwatch.extract.generic.speech.matching import all_matches, find_phrases, variants_of
from harmwatch.extract.generic.speech.plausible import (
    ADJECTIVE_ENDINGS,
    implausible,
    title_word,
    unglued_start,
)
from harmwatch.extract.generic.speech.tokens import Tok, norm

MAX_PHRASE = 10  # words of a speaker, party or accused phrase


OPENING_MARKS = frozenset('"«„“‘‹')


CLOSING_MARKS = frozenset('"»“”’›')


CHUNK_BREAK = frozenset(',،;:()[]—–«»“”„"‹›‘’')


END_MARKS = frozenset(".!?؟;…")


# a lower-case particle glued by a hyphen to a capitalised name ("al-Hussein", "el-Amin", "ad-Din",
# "bin-Salem"): the name's own case
_NAME_PARTICLE = re.compile(r"^[^\W\d_]{1,3}-(?=[^\W\d_])")


def cased(tok: Tok) -> bool:
    if tok.text[:1].isupper():
        return True
    m = _NAME_PARTICLE.match(tok.text)
    return m is not None and tok.text[m.end() : m.end() + 1].isupper()


def has_case(toks: list[Tok]) -> bool:
    return any(t.text[:1].lower() != t.text[:1].upper() for t in toks if t.word)


def strip_edges(lex: Lexicon, toks: list[Tok], lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and (not toks[lo].word or any(v in lex.skip for v in variants_of(lex, toks[lo].key))):
        lo += 1  # (with a clitic prefix too: "وكان")
    while hi > lo and (
        not toks[hi - 1].word
        or toks[hi - 1].key in lex.skip
        or toks[hi - 1].key in lex.aux
        or (hi - 1 > lo and toks[hi - 1].key in lex.preps)  # "os militares na"
        or (hi - 1 > lo and toks[hi - 1].key in lex.linkers)  # "la mission d'" (before a stance word)
    ):
        hi -= 1
    # a date at either edge ("30 декабря ВСУ", "les militaires lundi 3"): not part of a name
    a, b = lo, hi
    while a < b and _date_word(lex, toks[a]):
        a += 1
    while b > a and _date_word(lex, toks[b - 1]):
        b -= 1
    if a < b and any(toks[k].word and not _date_word(lex, toks[k]) for k in range(a, b)):
        lo, hi = a, b
    return lo, hi


def _date_word(lex: Lexicon, tok: Tok) -> bool:
    return tok.word and (tok.text.isdigit() or tok.key in lex.not_names)


def written(text: str, toks: list[Tok], lo: int, hi: int, articles: frozenset[str] = frozenset()) -> str:
    """The words toks[lo:hi] as written, without a leading article ("le ministère" -> "ministère")
    nor lower-case letters glued to the first word's capitalised name ("htmlRussland" -> "Russland")."""
    while hi - lo > 1 and toks[lo].key in articles:
        lo += 1
    start = toks[lo].start + unglued_start(toks[lo].text)
    if (
        hi + 2 < len(toks)
        and toks[hi].text == "("
        and toks[hi + 2].text == ")"
        and toks[hi + 1].word
        and toks[hi + 1].text[:1].isupper()
    ):
        hi += 3  # "Centre des droits de l'homme (CDH)": the acronym the report goes on to use
    return text[start : toks[hi - 1].end]


PRONOUN = "\x00pronoun"


def why_unusable(lex: Lexicon, toks: list[Tok], lo: int, hi: int) -> str | None:
    """Why toks[lo:hi] is no speaker: 'empty', a pronoun, a place or time, or words of no
    speaker's type (:func:`.plausible.implausible`); None when usable."""
    if lo >= hi:
        return "empty"
    words = [t for t in toks[lo:hi] if t.word]
    if words and all(t.key in lex.pronouns or t.key in lex.articles for t in words):
        return PRONOUN  # "il", "ces derniers", "ses"
    if toks[lo].key in lex.preps:
        return "prep"
    if all(t.key in lex.not_names or t.text.isdigit() or t.key in lex.skip for t in words):
        return "date"
    return implausible(lex, toks, lo, hi)


def clause_start(lex: Lexicon, toks: list[Tok], lo: int, hi: int) -> int:
    """The first token of the clause that ends at ``hi`` (after a break or a clause word)."""
    for k in range(hi - 1, lo - 1, -1):
        t = toks[k]
        if (not t.word and t.text in CHUNK_BREAK | END_MARKS) or t.key in lex.stops:
            return k + 1
    return lo


def subject_before(lex: Lexicon, text: str, toks: list[Tok], lo: int, v: int) -> str | None:
    """The subject of the verb at ``v``: the last chunk of its clause before it (or PRONOUN); a
    verb right after "and" shares the subject of the verb before it."""
    shared = _coordinated_subject(lex, text, toks, lo, v)
    if shared is not None:
        return shared
    hi = v
    lo2, hi = strip_edges(lex, toks, lo, hi)
    if lo2 >= hi:
        return None
    start = lo2
    for k in range(hi - 1, lo2 - 1, -1):  # the last chunk: after a clause word or a break
        t = toks[k]
        if (not t.word and t.text in CHUNK_BREAK | END_MARKS) or t.key in lex.stops:
            # "Le gouverneur de X, Nom Prénom, a dit": a chunk that is only a name keeps its title
            start = k + 1
            break
    start, hi = strip_edges(lex, toks, start, hi)
    if lex.capitalised_nouns:
        # the finite auxiliary before the last chunk, or inside it ("Die Armee in X hat Berichte
        # über einen Angriff zurückgewiesen": the subject before "hat", not the object after it)
        second = _v2_subject(lex, text, toks, lo2, start) or _v2_subject(lex, text, toks, lo2, hi)
        if second is not None:
            return second
    if hi - start > MAX_PHRASE:
        if toks[start].key in lex.articles and not (lex.capitalised_nouns or lex.verb_first):
            # "El relator especial de la ONU sobre la situación de los derechos humanos en X
            # afirmó": a head-first noun phrase opened by its article keeps its head
            hi = start + MAX_PHRASE
        else:
            start = hi - MAX_PHRASE
    hi = _cut_predicate(lex, toks, start, hi)
    hi = _before_channel(lex, toks, start, hi)
    start = _past_speaker_prep(lex, toks, start, hi)
    if lex.definite and lex.verb_first and start < hi:
        start, hi = _verb_first_subject(lex, toks, start, hi)
    why = why_unusable(lex, toks, start, hi)
    if why == "prep" and lex.articles:
        # "Durante la noche la policía negó": past a leading adverbial phrase, from its last article
        last = max((k for k in range(start + 2, hi) if toks[k].key in lex.articles), default=None)
        if last is not None and last + 1 < hi:
            start = last
            why = why_unusable(lex, toks, start, hi)
    if why == PRONOUN:
        return PRONOUN
    if why is not None:
        return None
    # "Les premiers rapports de la mission parlent", "Le communiqué du ministère affirme": the issuer
    start = _after_statement(lex, toks, start, hi)
    return written(text, toks, start, _before_place(lex, toks, start, hi), lex.articles)


def object_first_subject(
    lex: Lexicon, text: str, toks: list[Tok], lo: int, hi: int, s: int, e: int
) -> str | None:
    """The subject after the verb of a clause that opens with the stance or inquiry noun at
    toks[s:e] as its object ("Уголовное дело возбудила областная прокуратура", "Досудове
    розслідування за фактом ... розпочали слідчі поліції"): the phrase after a finite past verb
    (the pack's ``past_verb_endings``) past the noun and its complements, the last such word
    first (a genitive noun shaped as a verb comes before it: "по факту обстрела рынка возбудила");
    None where anything but its adjectives stands before the noun in its clause."""
    if not lex.past_endings:
        return None
    c = clause_start(lex, toks, lo, s)
    if any(t.word and not t.key.endswith(ADJECTIVE_ENDINGS) for t in toks[c:s]):
        return None
    verbs = []
    for j in range(e, min(hi, e + 14)):
        t = toks[j]
        if not t.word:
            if t.text in CHUNK_BREAK | END_MARKS:
                break
            continue
        if t.key in lex.stops and t.key not in lex.coordinators:
            break  # a new clause ("что", "который"), not "законов и обычаев"
        if _past_verb(lex, t):
            verbs.append(j)
    opening = _gender(toks[c:e], False)
    for j in reversed(verbs):
        if opening is not None and opening == _gender(toks[j : j + 1], True):
            return None  # "Следственный комитет возбудил уголовное дело": the verb agrees with the subject
        who = phrase_after(lex, text, toks, j + 1, hi)
        if who not in (None, PRONOUN):
            return who
    return None


# ru/uk gender or number ("m", "f", "n", "p") of a past verb's ending and of an adjective's
_VERB_GENDER = (("ла", "f"), ("ло", "n"), ("ли", "p"), ("л", "m"), ("в", "m"))
_ADJECTIVE_GENDER = (
    ("ый", "m"),
    ("ий", "m"),
    ("ой", "m"),
    ("ій", "m"),
    ("ая", "f"),
    ("яя", "f"),
    ("на", "f"),
    ("ка", "f"),
    ("ое", "n"),
    ("ее", "n"),
    ("не", "n"),
    ("ве", "n"),
    ("ые", "p"),
    ("ие", "p"),
    ("ні", "p"),
    ("ві", "p"),
)


def _gender(words: list[Tok], verb: bool) -> str | None:
    """The gender or number a past verb (``verb``) or the first adjective of a noun phrase
    shows by its ending (ru/uk); None where none tells."""
    for tok in words:
        for end, gender in _VERB_GENDER if verb else _ADJECTIVE_GENDER:
            if tok.word and tok.key.endswith(end):
                return gender
    return None


def _past_verb(lex: Lexicon, tok: Tok) -> bool:
    """A word shaped as a finite past verb (ru/uk): no title ("генерал") nor a capitalised word."""
    return (
        tok.word
        and not cased(tok)
        and len(tok.key) >= 5
        and tok.key.endswith(lex.past_endings)
        and not title_word(lex, tok.key)
    )


def _v2_subject(lex: Lexicon, text: str, toks: list[Tok], lo: int, start: int) -> str | None:
    """The subject of a German verb-final participle whose finite auxiliary stands in second place
    before the chunk found ("X und Y hatten am Montag nach der Anerkennung von A und B
    mitgeteilt": X und Y, not B): the phrase before that auxiliary, within the words since the last
    punctuation mark, when it is usable; else None."""
    edge = next(
        (
            k + 1
            for k in range(start - 1, lo - 1, -1)
            if not toks[k].word and toks[k].text in CHUNK_BREAK | END_MARKS
        ),
        lo,
    )
    aux = next((k for k in range(edge + 1, start) if toks[k].key in lex.aux), None)
    if aux is None:
        return None
    a, b = strip_edges(lex, toks, edge, aux)
    if (
        a >= b
        or b - a > MAX_PHRASE
        or any(t.key in lex.stops and t.key not in lex.coordinators for t in toks[a:b])
    ):
        return None
    if why_unusable(lex, toks, a, b) is not None:
        return None
    return written(text, toks, a, _before_place(lex, toks, a, b), lex.articles)


def _before_place(lex: Lexicon, toks: list[Tok], start: int, hi: int) -> int:
    """The end of a subject phrase without the place that closes it ("das Auswärtige Amt in
    Berlin" -> "das Auswärtige Amt", "le ministère à Gaza"): before a place preposition of the
    pack followed only by capitalised words, articles and genitive words; else ``hi``."""
    for k in range(start + 1, hi - 1):
        if toks[k].key in lex.place_preps:
            rest = toks[k + 1 : hi]
            if cased(toks[hi - 1]) and all(
                t.word and (cased(t) or t.key in lex.articles or t.key in lex.linkers) for t in rest
            ):
                return k
            return hi
    return hi


def _coordinated_subject(lex: Lexicon, text: str, toks: list[Tok], lo: int, v: int) -> str | None:
    """The subject of the speech, accusation or stance verb before "and" when the verb at ``v``
    follows it ("X a regretté les pertes et a démenti ...": X), in a main clause; else None."""
    k = v
    while k > lo and toks[k - 1].word and (toks[k - 1].key in lex.skip or toks[k - 1].key in lex.aux):
        k -= 1
    if not (k > lo and toks[k - 1].key in lex.coordinators):
        return None
    earlier: list[tuple[int, int, str]] = []
    for phrases in (lex.speakers, lex.stances):
        matches, starts = all_matches(lex, phrases, toks)
        a, b = bisect_left(starts, lo), bisect_left(starts, k - 1)
        earlier += [m for m in matches[a:b] if m[1] <= k - 1]
    if not earlier:
        return None
    verb = max(earlier)

    def subordinate(t: Tok) -> bool:
        return (not t.word and t.text in END_MARKS) or (t.key in lex.stops and t.key not in lex.coordinators)

    # "X negou que A ... e disse que ...": two verbs that each open their own complement clause
    # are coordinated across the first one's clause, and share its subject
    complements = (
        verb[1] < len(toks)
        and toks[verb[1]].key in lex.stops
        and any(toks[c].key in lex.stops for c in range(v + 1, min(len(toks), v + 3)))
        and not any(not t.word and t.text in END_MARKS for t in toks[verb[1] : k - 1])
    )
    if not complements and any(subordinate(t) for t in toks[lo : k - 1]):
        return None  # "X a assuré que ... et ...": a verb of a subordinate clause
    who = subject_before(lex, text, toks, lo, verb[0])
    return who if who is not None and who != PRONOUN else None


def _verb_first_subject(lex: Lexicon, toks: list[Tok], start: int, hi: int) -> tuple[int, int]:
    """The subject in a chunk of a verb-first language before a stance or speech word: past the
    verb that opens it ("وقدمت وزارة الدفاع" before "اعتذارها", "وأمر النائب العام" before
    "بتشكيل لجنة تحقيق"), then its noun phrase only ("النائب العام بتشكيل" -> "النائب العام")."""
    if opens_verb(lex, toks, start):
        if hi - start < 2:
            return start, start  # the verb alone: no subject before the stance ("وقالت لجنة ...")
        start += 1
    return start, _definite_phrase_end(lex, toks, start, hi, hi)


def looks_verb(lex: Lexicon, tok: Tok) -> bool:
    """Whether a word opening a clause of a verb-first language is its verb: it carries a clitic
    conjunction ("وأعربت", "فقدمت"), is no definite noun ("والجيش") nor a noun that opens with
    that letter ("وزارة", "وكالة", "وزير")."""
    key = tok.key
    if not tok.word or len(key) < 4 or key[0] not in "وف" or key in lex.nouns | lex.titles:
        return False
    rest = key[1:]
    return not _is_definite(lex, rest) and rest not in lex.titles and not rest.startswith("ال")


def opens_verb(lex: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether the word at ``k``, opening a clause of a verb-first language, is its verb: one
    with a clitic conjunction (:func:`looks_verb`), or one without that opens a stance or speech
    phrase of the pack and is no definite noun ("أقرت القيادة ..." after a dateline cut off)."""
    if looks_verb(lex, toks[k]):
        return True
    if not toks[k].word or _is_definite(lex, toks[k].key):
        return False
    return any(
        a == k
        for phrases in (lex.stances, lex.speech)
        for a, _b, _ in find_phrases(lex, phrases, toks, k, k + 4)
    )


def without_clitic(lex: Lexicon, name: str) -> str:
    """A name written with a clitic preposition ("لوزارة الصحة" -> "وزارة الصحة", "للأمم المتحدة"
    -> "الأمم المتحدة": ل before the article drops its alef; "للجنة" -> "لجنة", a noun of the pack
    that opens with ل)."""
    if not name.startswith("ل") or len(name) < 4:
        return name
    first = norm(name.split()[0])
    if name.startswith("لل") and first[1:] not in lex.nouns | lex.titles:
        return lex.definite + name[2:]
    return name[1:]


def _past_speaker_prep(lex: Lexicon, toks: list[Tok], start: int, hi: int) -> int:
    """Past a preposition that introduces the speaking institution ("в Генштабе" -> "Генштабе"),
    when a capitalised word follows it, or when the chunk is only the preposition and an
    institution's title, an adjective before it or not ("У відомстві назвали", "У російському
    відомстві стверджують"); else ``start``."""
    if start + 1 < hi and toks[start].key in lex.speaker_preps and toks[start + 1].word:
        if cased(toks[start + 1]):
            return start + 1
        if (
            hi - start <= 3
            and all(t.word for t in toks[start + 1 : hi])
            and _title_form(lex, toks[hi - 1].key)
        ):
            return start + 1
    return start


def _before_channel(lex: Lexicon, toks: list[Tok], start: int, hi: int) -> int:
    """The end of a subject before the statement it spoke in ("СБР в заявлении отвергли", "Die
    Armee in einer Mitteilung bestritt"): before a preposition, skip words or articles, and a
    statement noun that close the chunk; else ``hi``."""
    if hi - start < 3 or not _statement(lex, toks[hi - 1]):
        return hi
    k = hi - 2
    while (
        k > start
        and (toks[k].key in lex.skip or toks[k].key in lex.articles)
        and toks[k].key not in lex.preps
    ):
        k -= 1
    if k > start and toks[k].key in lex.preps:
        return k
    return hi


def _title_form(lex: Lexicon, key: str) -> bool:
    """Whether a word is a title of the pack or a case form of one ("відомстві", "ведомства")."""
    return key in lex.titles or any(
        len(t) >= 5 and key.startswith(t[:-1]) and len(key) - len(t) <= 3 for t in lex.titles
    )


def only_statement(lex: Lexicon, toks: list[Tok], s: int, e: int) -> bool:
    """Whether toks[s:e] only name a statement ("в повідомленні", "le communiqué"): the words of
    whoever issued it, named before."""
    words = [t for t in toks[s:e] if t.word and t.key not in lex.articles and t.key not in lex.preps]
    return bool(words) and all(any(v in lex.statements for v in variants_of(lex, t.key)) for t in words)


def _cut_predicate(lex: Lexicon, toks: list[Tok], start: int, hi: int) -> int:
    """The end of a subject phrase toks[start:hi] without a predicate caught in it: before a
    speech, accusation or stance word ("Le ministère dément ... X" -> "Le ministère"), and, in a
    cased script other than German, without lower-case words after the last capitalised one
    ("Глава ... Александр Бастрыкин поручил" -> "... Бастрыкин")."""
    for phrases in (lex.speakers, lex.stances):
        matches, starts = all_matches(lex, phrases, toks)
        k = bisect_left(starts, start + 1)
        if k < len(starts) and starts[k] < hi:
            hi = starts[k]
    words = toks[start:hi]
    if lex.lang != "de" and has_case(words):
        last = max((i for i, t in enumerate(words) if t.word and cased(t)), default=-1)
        if 0 < last < len(words) - 1 and all(not t.word or not cased(t) for t in words[last + 1 :]):
            hi = start + last + 1
    return hi


def _appositive(lex: Lexicon, text: str, toks: list[Tok], e: int, hi: int) -> int | None:
    """The end of a short name-like chunk after a comma at ``e`` (", Ivan Qorbenko,")."""
    if e >= hi or toks[e].text not in ",،":
        return None
    k = e + 1
    m = k
    written_name = k < hi and toks[k].key in lex.maqsura_preps and toks[k].text.endswith("ي")  # "، علي X،"
    # a rank or honorific before the name in a script without case ("، العميد X Y Z،", "، الدكتور
    # X Y،"): one word more
    ranked = (
        k < hi
        and toks[k].word
        and toks[k].key in lex.titles
        and toks[k].key not in lex.bodies
        and not has_case(toks[k : k + 1])
    )
    cap = 5 if ranked else 4
    while (
        m < hi and toks[m].word and (toks[m].key not in lex.ends or (m == k and written_name)) and m - k < cap
    ):
        m += 1
    if m == k or (toks[k].key in lex.preps | lex.stops | lex.skip and not written_name):
        return None
    chunk = toks[k:m]
    if all(t.text.isdigit() for t in chunk):
        return None  # "Ali Hassan, 45,": an age, not a name
    if any(_starts_claim(lex, toks, c, m) or _starts_verb(lex, toks, c) for c in range(k, m)):
        return None  # "، وأعلن فتح تحقيق": a new clause, not an apposition
    if has_case(chunk):
        if all(cased(t) for t in chunk):
            return m
        return _titled_appositive(lex, toks, k, hi)
    return m if m - k <= cap - 1 else None


def _titled_appositive(lex: Lexicon, toks: list[Tok], k: int, hi: int) -> int | None:
    """The end of an apposed name behind its title in a cased script (", general Ana Ruiz Soto,",
    ", le lieutenant Paul Mbala,"): articles, one or two lower-case words (no preposition, clause
    or linking word) and a run of two to four capitalised words closed by a punctuation mark or
    the end; else None."""
    c = k
    while c < hi and toks[c].word and toks[c].key in lex.articles and c - k < 2:
        c += 1
    first = c
    while c < hi and toks[c].word and not cased(toks[c]) and c - first < 2:
        if toks[c].key in lex.preps | lex.stops | lex.linkers | lex.skip | lex.pronouns:
            return None
        c += 1
    if c == first:
        return None
    run = c
    while c < hi and toks[c].word and cased(toks[c]) and toks[c].key not in lex.not_names and c - run < 4:
        c += 1
    if c - run < 2 or (c < hi and toks[c].word):
        return None
    return c


def _title_abbreviation(lex: Lexicon, toks: list[Tok], i: int, hi: int) -> bool:
    """Whether toks[i] is a title written as an abbreviation ("M.", "Dr.": an article word of the
    pack, capitalised, its full stop glued to it) before a name."""
    return (
        0 <= i
        and i + 2 < hi
        and toks[i].word
        and toks[i].key in lex.articles
        and cased(toks[i])
        and toks[i + 1].text == "."
        and toks[i + 1].start == toks[i].end
        and toks[i + 2].word
        and cased(toks[i + 2])
    )


def phrase_after(lex: Lexicon, text: str, toks: list[Tok], v: int, hi: int) -> str | None:
    """The phrase after the verb ending at ``v`` (inverted subject, or VSO): up to a break, a
    clause word or a preposition; a short name-like chunk after a comma is its apposition."""
    i = v
    while i < hi and (
        (toks[i].word and toks[i].key in lex.skip)
        # "وصف فيه خاطر": a preposition with a pronoun suffix between a verb and its subject
        or (lex.verb_first and toks[i].key in lex.pronouns and i + 1 < hi and toks[i + 1].word)
        # 'laut "Ärzte ohne Grenzen"': a name in quote marks
        or (toks[i].text in OPENING_MARKS and i + 1 < hi and toks[i + 1].word)
        # "a ajouté M. Dupont", "sagte Dr. Weber": a title's abbreviation and its full stop
        or _title_abbreviation(lex, toks, i - 1 if toks[i].text == "." else i, hi)
    ):
        i += 1
    if (
        not lex.verb_first
        and i < hi
        and toks[i].word
        and toks[i].key in lex.pronouns
        and i + 1 < hi
        and not cased(toks[i])
    ):
        # "», sagte er der Agentur", "— сказала она журналистам": the pronoun is the subject
        # (not a word that is also an article or demonstrative: "a dit ce responsable")
        if toks[i].key not in lex.articles and toks[i].key not in lex.demonstratives:
            return PRONOUN
    if lex.definite and i < hi and toks[i].word and toks[i].key in lex.ends and toks[i].key not in lex.preps:
        # "وقال لقناة الجزيرة: «...»": only whom the words were told to before the break; the
        # subject is the one named before
        brk = next((c for c in range(i, hi) if not toks[c].word), hi)
        if brk - i <= 4 and brk < hi and toks[brk].text == ":":
            return PRONOUN
    opened = i
    while i < hi and toks[i].word and (toks[i].key in lex.preps or (i > opened and not cased(toks[i]))):
        # "contou à agência, através de um intérprete, Iryna X": past lower-case prepositional
        # phrases that a comma closes, to the subject after them
        c = i + 1
        while c < hi and c - i <= 6 and toks[c].word and not cased(toks[c]):
            c += 1
        # (not where a definite article after a noun opens the subject: "à la radio le chef ...,")
        subject_in = any(
            toks[k].key in lex.articles
            and toks[k].key not in lex.indefinites
            and toks[k - 1].key not in lex.articles | lex.preps
            for k in range(i + 2, c)
        )
        if c + 1 < hi and c > i + 1 and not subject_in and toks[c].text == "," and toks[c + 1].word:
            i = c + 1
        else:
            break
    while True:  # "subrayó el jueves el portavoz", "наголосив у четвер речник": past a day
        c = i
        while (
            c < hi
            and toks[c].word
            and toks[c].key not in lex.not_names
            and (toks[c].key in lex.preps or toks[c].key in lex.articles)
            and c - i < 2
        ):
            c += 1
        if c + 1 < hi and c < hi and toks[c].word and toks[c].key in lex.not_names and toks[c + 1].word:
            i = c + 1
        else:
            break
    # the words after "in a statement" (its issuer, if named), the preposition skipped or not
    in_statement = any(toks[c].key in lex.preps for c in range(v, i))
    # "написав у Telegram начальник ...", "a écrit sur son compte Telegram le ministre": past the
    # channel the words were posted on (a preposition, a possessive, channel or statement nouns)
    channel = False
    if i < hi and toks[i].key in lex.preps | lex.speaker_preps:
        first = i + 1
        while first < hi and toks[first].word and toks[first].key in lex.skip:
            first += 1
        past = first
        while past < hi and (
            _statement(lex, toks[past])  # "en su cuenta de Telegram": linked channel nouns too
            or (
                past > first
                and toks[past].key in lex.linkers
                and past + 1 < hi
                and _statement(lex, toks[past + 1])
            )
        ):
            past += 1
        if any(_possessed_statement(lex, toks, k) for k in range(first, past)):
            return PRONOUN  # "وكتبت على صفحتها الرسمية": her own page; she was named before
        if (
            first < past < hi
            and toks[past].word
            and toks[past].key not in lex.linkers | lex.preps | lex.stops
        ):
            i, in_statement, channel = past, True, True
    stop = next((k for k in range(v, min(hi, v + 5)) if not toks[k].word), min(hi, v + 5))
    if (
        not channel
        and any(toks[k].key in lex.preps for k in range(v, stop))
        and only_statement(lex, toks, v, stop)
    ):
        return PRONOUN  # "- йдеться в повідомленні.": the issuer named before
    if (
        i + 1 < hi
        and toks[i].key in lex.speaker_preps
        and (
            cased(toks[i + 1])
            # "повідомили у прокуратурі.": a body's common noun alone (named before: named_body)
            or (toks[i + 1].word and (i + 2 >= hi or not toks[i + 2].word))
        )
    ):
        i += 1  # "повідомляють у Маріупольській міській раді"
    elif i < hi and toks[i].key in lex.preps:
        # "rapporte sur Telegram le président": the subject starts at the article after a name
        k = None
        a = i + 1  # the head of the prepositional phrase, past its articles ("à l'AFP")
        while a < hi and toks[a].word and toks[a].key in lex.articles and a - i < 3:
            a += 1
        if a < hi and toks[a].word and cased(toks[a]) and toks[a].key not in lex.articles:
            k = next((k for k in range(a + 1, min(hi, a + 4)) if toks[k].key in lex.articles), None)
            if k is None and a + 2 < hi and all(toks[c].word and cased(toks[c]) for c in (a + 1, a + 2)):
                k = a + 1  # "contó a EFE Ana Ruiz, vecina del bloque": the name after the outlet
        elif any(
            any(v in lex.statements for v in variants_of(lex, toks[c].key))
            for c in range(i + 1, min(hi, i + 3))
        ):
            k = i + 1  # "dans un communiqué du ministère", "in der Stellungnahme des Forums"
            in_statement = True
        elif lex.indefinites and a < hi and toks[a].word:
            # "a expliqué à la radio Jean Dupuis", "disse à agência AFP uma fonte": past a short
            # indirect object, the subject starts at an article, else at a capitalised name
            # (languages with articles only: elsewhere a case ending, not a word, ends the object)
            span = []
            for c in range(a + 1, min(hi, a + 4)):
                if not toks[c].word or toks[c].key in lex.preps or toks[c].key in lex.stops:
                    break
                span.append(c)
            k = next((c for c in span if toks[c].key in lex.articles), None)
            if k is None:
                k = next((c for c in span[:2] if cased(toks[c])), None)
        elif lex.case_inflection and a < hi and toks[a].word:
            # "— заявил на брифинге представитель X", "— сказав в ефірі телемарафону голова
            # громади": past a short prepositional phrase (its noun in a case form), the subject
            # starts at an office title in its own form
            k = next(
                (
                    c
                    for c in range(a + 1, min(hi, a + 4))
                    if toks[c].word and toks[c].key in lex.titles and not cased(toks[c])
                ),
                None,
            )
            if k is not None and any(
                not toks[c].word or toks[c].key in lex.preps | lex.stops for c in range(a, k)
            ):
                k = None
        if k is None:
            end = next((k for k in range(i, hi) if not toks[k].word), hi)
            m = _appositive(lex, text, toks, end, hi)
            return written(text, toks, end + 1, m, lex.articles) if m else None
        i = k
    colon = None
    if lex.definite:  # "وقال وزير الصحة في حكومة X فلان:": every word up to the colon
        colon = next((c for c in range(i, min(hi, i + MAX_PHRASE + 3)) if not toks[c].word), None)
        if colon is not None and (toks[colon].text != ":" or colon == i):
            colon = None
        if colon is not None and any(t.key in lex.stops or _statement(lex, t) for t in toks[i:colon]):
            colon = None  # not "وذكرت الهيئة في منشور على فيسبوك:": the channel is no name
        if colon is not None:  # "... أحمد سالم لوكالة الأنباء:": up to the outlet spoken to
            colon = next(
                (c for c in range(i + 1, colon) if toks[c].key in lex.ends and toks[c].key not in lex.preps),
                colon,
            )
    if lex.definite and colon is None:
        colon = _member_title_end(lex, toks, i, hi)
    j = i
    while colon is None and j < hi and toks[j].word and toks[j].key not in lex.stops and j - i < MAX_PHRASE:
        inside_name = cased(toks[j]) and cased(toks[j - 1]) and j + 1 < hi and cased(toks[j + 1])
        if j > i and (
            (toks[j].key in lex.ends and not inside_name)  # (not "Médicos Sem Fronteiras")
            or toks[j].key in lex.aux
            or (_starts_claim(lex, toks, j, hi) and not _closes_chain(lex, toks, i, j))
            # German capitalises nouns, not verbs: a lower-case word after a name is its
            # predicate ("Laut Sprecher Jan Feld richtete sich ...")
            or (
                lex.capitalised_nouns
                and cased(toks[j - 1])
                and not cased(toks[j])
                and toks[j].key not in lex.linkers
            )
        ):
            break
        j += 1
    if colon is not None:
        j = colon
    elif j - i == MAX_PHRASE and j < hi and toks[j].word and not lex.definite:
        # "la portavoz de la Oficina de Derechos Humanos de la ONU, Marta Ruiz": a long title
        # runs on to the comma before the name apposed to it
        comma = next((c for c in range(j, min(hi, j + 4)) if not toks[c].word), None)
        if comma is not None and _appositive(lex, text, toks, comma, hi):
            j = comma
    elif lex.definite and j > i and not (j < hi and toks[j].text == ":"):
        # (before a colon the words from the verb on are all the speaker: "قال X ...:")
        j = _definite_phrase_end(lex, toks, i, j, hi)
    s, e = strip_edges(lex, toks, i, j)
    if lex.case_inflection:
        # "— рассказал ТАСС представитель X": the outlet spoken to (a case form, no preposition)
        # before the subject's title
        title = next((k for k in range(s + 1, min(e, s + 4)) if title_word(lex, toks[k].key)), None)
        if title is not None and all(toks[k].word and cased(toks[k]) for k in range(s, title)):
            s = title
    why = why_unusable(lex, toks, s, e)
    if why == PRONOUN:
        return PRONOUN
    if why is not None:
        return None
    m = _appositive(lex, text, toks, e, hi)
    if m is None and e < hi and toks[e].text == "(":
        # "o porta-voz do Comando-Geral da Polícia (PRM), Leonel X,": the name apposed after the
        # body's acronym in brackets
        shut = next((c for c in range(e + 1, min(hi, e + 6)) if toks[c].text == ")"), None)
        if shut is not None:
            m = _appositive(lex, text, toks, shut + 1, hi)
    if m is None and j < hi and toks[j].key in lex.ends:
        # "el delegado del Gobierno en X, Pedro Vellmar": the name after the place
        mark = next((c for c in range(j, min(hi, j + 5)) if not toks[c].word), None)
        if mark is not None:
            m = _appositive(lex, text, toks, mark, hi)
        if m is None:
            m = _name_after_place(lex, toks, j, hi)
    if in_statement and m is None and (only_statement(lex, toks, s, e) or _possessed_statement(lex, toks, s)):
        # "وأوضح في تصريح", "ذكر في موقعه الإلكتروني": a statement alone, or one with a possessive
        # suffix, is the words of the verb's subject
        return PRONOUN
    s = _after_statement(lex, toks, s, e)
    return written(text, toks, s, m if m else e, lex.articles)


def _member_title_end(lex: Lexicon, toks: list[Tok], i: int, hi: int) -> int | None:
    """Where a person's title with a member preposition inside it ends (Arabic): "وقال المتحدث
    باسم المكتب في المدينة فلان الفلاني إن", "واتهم وزير الإعلام في الحكومة فلان الفلاني الجماعة
    بـ": up to the clause word, the phrase-end word or the break after the name that follows the
    body or place, at most three words past it (the last one, a definite object after a name,
    left out); None when the phrase is no such title or a statement noun comes first."""
    if toks[i].key not in lex.titles or toks[i].key in lex.bodies:
        return None
    end = next(
        (
            c
            for c in range(i + 1, min(hi, i + MAX_PHRASE + 3))
            if not toks[c].word
            or toks[c].key in lex.stops
            or toks[c].key in lex.aux
            or (toks[c].key in lex.ends and toks[c].key not in lex.member_preps)
        ),
        None,
    )
    if end is None:
        return None
    member = next((c for c in range(i + 1, end) if toks[c].key in lex.member_preps), None)
    if member is None or member + 2 >= end or any(_statement(lex, t) for t in toks[i:end]):
        return None
    place = noun_phrase_end(lex, toks, member + 1, member + 2, end)  # one word, or a definite phrase
    head = toks[member + 1].key
    if head in lex.bodies or lex.definite + head in lex.bodies:
        place = min(end, member + 3)  # a body and the place it serves: "في شرطة المدينة"
    elif _is_definite(lex, head):
        place = noun_phrase_end(lex, toks, member + 1, end, end)
    if place < end - 1 and toks[place].key in lex.titles and toks[place].key not in lex.bodies:
        place += 1  # "مدير مكتب الصحة في المحافظة الدكتور فلان": a rank or honorific before the name
    name = end - place
    if not 0 < name <= 3 or _is_definite(lex, toks[place].key):
        return None
    if name == 3 and _is_definite(lex, toks[end - 1].key):
        return end - 1
    return end


def _name_after_place(lex: Lexicon, toks: list[Tok], j: int, hi: int) -> int | None:
    """The end of a person's name that follows a title's place without a comma, in a script
    with capitals that are not every noun's ("сказала координаторка організації на півдні Олена
    Гуменюк"): after the preposition at ``j``, up to two lower-case words, then two or three
    capitalised words (not all capitals, not dates) that end the clause; else None."""
    if lex.capitalised_nouns or lex.definite:
        return None
    c = j + 1
    while (
        c < hi
        and c - j <= 2
        and toks[c].word
        and not cased(toks[c])
        and toks[c].key not in lex.stops
        and toks[c].key not in lex.articles  # ("para los Derechos Humanos": a body's own name)
    ):
        c += 1
    run = c
    while (
        run < hi
        and run - c < 3
        and toks[run].word
        and toks[run].text.istitle()
        and toks[run].key not in lex.not_names
    ):
        run += 1
    if c == j + 1 or run - c < 2 or (run < hi and toks[run].word and toks[run].key not in lex.stops):
        return None
    return run


def _after_statement(lex: Lexicon, toks: list[Tok], s: int, e: int) -> int:
    """Past "(un) communiqué du" / "der Stellungnahme des" / "بيان": the issuer's name."""
    k = s
    while k < e and toks[k].key in lex.articles:
        k += 1
    if _possessed_statement(lex, toks, k):
        return s  # "صفحتها الرسمية": an adjective follows, not an issuer
    if (
        k < e - 2
        and not cased(toks[k])
        and toks[k].key not in lex.linkers
        and any(v in lex.statements for v in variants_of(lex, toks[k + 1].key))
    ):
        k += 1  # "les premiers rapports de": an adjective before the statement noun
    if k < e - 1 and any(v in lex.statements for v in variants_of(lex, toks[k].key)):
        k += 1
        while k < e - 1 and (toks[k].key in lex.linkers or toks[k].key in lex.articles):
            k += 1
        return k
    return s


_POSSESSIVE_SUFFIXES = ("ه", "ها", "هم", "هما")  # Arabic "his / her / their" on a noun


def _statement(lex: Lexicon, tok: Tok) -> bool:
    """Whether a token is a statement or channel noun, also with an Arabic possessive suffix
    ("تقريرها", "رسالتهم": "تقرير", "رسالة")."""
    if not tok.word:
        return False
    forms = variants_of(lex, tok.key)
    if any(f in lex.statements for f in forms):
        return True
    if not lex.definite:
        return False
    for f in forms:
        for suffix in _POSSESSIVE_SUFFIXES:
            stem = f[: -len(suffix)]
            if f.endswith(suffix) and len(stem) >= 3:
                if stem in lex.statements or (stem.endswith("ت") and stem[:-1] + "ة" in lex.statements):
                    return True
    return False


def _possessed_statement(lex: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether toks[k] is a statement or channel noun that can take no issuer after it, in a
    language with a definite prefix: with that prefix or a possessive suffix ("التقرير",
    "موقعه", "صفحتها"); what follows is an adjective ("الإلكتروني", "الرسمية")."""
    if not lex.definite or k >= len(toks) or not toks[k].word:
        return False
    key = toks[k].key
    if not any(v in lex.statements for v in variants_of(lex, key)):
        return False
    return key.startswith(lex.definite) or key.endswith(_POSSESSIVE_SUFFIXES)


def _definite_phrase_end(lex: Lexicon, toks: list[Tok], i: int, j: int, hi: int | None = None) -> int:
    """Where the noun phrase from toks[i] ends in a language with a definite prefix on each word
    (Arabic), ``j`` the end of its run of words and ``hi`` of its sentence: see :func:`noun_phrase_end`;
    a short name closing the phrase before a break stays ("مدير المستشفى أحمد سالم:"); the object
    of a verb that comes after it does not ("نفى الجيش أي علاقة له بالقصف", "نفت الحكومة الاتهامات")."""
    k = noun_phrase_end(lex, toks, i, j, j if hi is None else hi)
    person = toks[i].key in lex.titles and toks[i].key not in lex.bodies  # "العميد", "المتحدث"
    # "المتحدث باسم الشرطة العقيد فلان الفلاني": a rank or honorific and a name of up to three
    # words after the title's phrase
    ranked = k < j and toks[k].key in lex.titles and toks[k].key not in lex.bodies
    if (
        k < j
        and not any(v in lex.bodies for v in variants_of(lex, toks[i].key))  # "الجيش بقصف ..."
        and j - k <= 3 + ranked
        and (
            j >= len(toks)
            or not toks[j].word
            or toks[j].key in lex.stops
            # "وقال العميد خالد سالم في تصريح": a person's name after a title, before "in"
            or (person and toks[j].key in lex.ends)
        )
        and not any(toks[c].key.endswith(("ه", "ها", "هم")) for c in range(k, j))  # "عناصره"
        and (
            not _is_definite(lex, toks[k].key)
            or (toks[k].key in lex.titles and toks[k].key not in lex.bodies)
        )
        and not any(_prefixed_definite(lex, toks[c].key) for c in range(k, j))
        and not any(toks[c].key in lex.name_linkers for c in range(k, j))
    ):
        if j - k == 3 and _is_definite(lex, toks[j - 1].key) and not _is_definite(lex, toks[k].key):
            # "رئيس الوزراء أحمد سالم القصف بأنه", "وزير الإعلام خالد العمري الميليشيا بـ": the
            # name (its surname definite or not), not the definite object after it
            return j - 1
        return j  # a name of up to three words ends the phrase (not "بالهجوم", "للمستشفى")
    return k


def _is_definite(lex: Lexicon, key: str) -> bool:
    return key.startswith(lex.definite) and len(key) - len(lex.definite) >= 2


def _bare(lex: Lexicon, key: str) -> str:
    return key[len(lex.definite) :] if _is_definite(lex, key) else key


_PLURAL_ENDINGS = ("ون", "ين")  # Arabic sound masculine plural


def _adjective(lex: Lexicon, key: str, heads: tuple[str, ...]) -> bool:
    """Whether a word may be an adjective of the nouns ``heads`` (Arabic: "العسكري", "المسلحة",
    "أمميون"); a masculine plural one only after a plural noun ("الجيش المدنيين" is two phrases)."""
    bare = _bare(lex, key)
    if not (bare in lex.adjectives or (len(bare) >= 4 and bare.endswith(lex.adjective_endings))):
        return False
    if heads and bare.endswith(_PLURAL_ENDINGS):
        return any(h.endswith(_PLURAL_ENDINGS) for h in heads)
    return True


def noun_phrase_end(lex: Lexicon, toks: list[Tok], i: int, j: int, hi: int, depth: int = 0) -> int:
    """Where the noun phrase from toks[i] ends (Arabic): a definite noun and its definite
    adjectives ("الجيش الإسرائيلي", "القوات المسلحة"); a construct chain closed by a definite noun,
    then adjectives ("وزارة الدفاع", "قيادة العمليات المشتركة"); an indefinite noun and its
    indefinite adjectives ("مصدر عسكري رفيع"); then a linked phrase ("المتحدث باسم الجيش",
    "مسؤول في وزارة الدفاع"). The words run up to ``j``, a linked phrase up to ``hi``."""

    def word(k: int) -> bool:
        return k < j and toks[k].word and toks[k].key not in lex.stops | lex.skip | lex.aux | lex.pronouns

    k = i + 1
    heads: tuple[str, ...] = (_bare(lex, toks[i].key),)
    definite = _is_definite(lex, toks[i].key)
    owned = toks[i].key.endswith(_POSSESSIVE_SUFFIXES)  # "نشرته", "عناصره": no construct chain
    if not definite and not owned:
        while (
            word(k)
            and k - i < 5
            and not _is_definite(lex, toks[k].key)
            and (
                not _adjective(lex, toks[k].key, heads)
                # "رئيس بلدية الطيبة": a noun shaped as an adjective ("-ية") in the chain, its
                # definite genitive after it (an indefinite adjective takes none)
                or (
                    word(k + 1)
                    and _is_definite(lex, toks[k + 1].key)
                    and not _adjective(lex, toks[k + 1].key, heads)
                    and toks[k + 1].key not in lex.titles
                )
            )
            and toks[k].key not in lex.name_linkers | lex.preps | lex.ends
            and not _prefixed_definite(lex, toks[k].key)
            and not toks[k].key.endswith(_POSSESSIVE_SUFFIXES)
        ):
            heads += (toks[k].key,)
            k += 1  # "قيادة قوات التحالف": a chain of nouns in the construct state
        if word(k) and _is_definite(lex, toks[k].key) and k - i < 5 and not _surname(lex, toks, k - 1):
            heads += (_bare(lex, toks[k].key),)
            definite = True
            k += 1  # the definite noun that closes the chain
    while word(k) and _is_definite(lex, toks[k].key) == definite and _adjective(lex, toks[k].key, heads):
        k += 1
    if depth < 2 and k + 1 < hi and toks[k + 1].word:
        key = toks[k].key
        if key in lex.name_linkers or (key in lex.member_preps and not definite):
            end = max(j, min(hi, k + 1 + MAX_PHRASE))
            return noun_phrase_end(lex, toks, k + 1, end, hi, depth + 1)
    if depth < 2 and word(k) and k - i >= 2 and _lam_genitive(lex, toks[k].key):
        # "اللجنة الدولية للصليب الأحمر", "الأمين العام للأمم المتحدة": a name's genitive with ل
        return noun_phrase_end(lex, toks, k, j, hi, depth + 1)
    return k


def _surname(lex: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether toks[k] is the last word of a person's name the report writes elsewhere as a name of
    two words or more closed by a punctuation mark ("... ، سامي ناصر، ..."): not a pack word, and
    a name, not a construct chain's head, so that the definite word after it is the verb's object
    ("ووصف ناصر الوضع ..."), not its genitive ("وزارة الدفاع"), unless the name goes on with
    one of the pack's name linkers ("بن", "أبو", "عبد")."""
    key = toks[k].key
    if (
        _is_definite(lex, key)
        or key in lex.titles | lex.bodies | lex.nouns | lex.adjectives | lex.name_linkers | lex.stops
        or len(key) < 3
    ):
        return False
    for m, t in enumerate(toks):
        if (
            m != k
            and t.key == key
            and 0 < m < len(toks) - 1
            and not toks[m + 1].word
            and toks[m - 1].word
            and not _is_definite(lex, toks[m - 1].key)
            and toks[m - 1].key not in lex.stops | lex.preps | lex.pronouns | lex.skip
            and toks[m - 1].key not in lex.titles | lex.bodies
        ):
            return True
    return False


def _lam_genitive(lex: Lexicon, key: str) -> bool:
    """Whether a word is a noun with the clitic ل ("للصليب", "لحقوق"), neither an outlet or
    audience spoken to (the pack's phrase-end words: "لوكالة", "للصحفيين") nor a plural of persons."""
    return (
        key.startswith("ل")
        and len(key) >= 5
        and key not in lex.ends | lex.nouns | lex.titles
        and not key.endswith(_PLURAL_ENDINGS)
    )


def _prefixed_definite(lex: Lexicon, key: str) -> bool:
    """A word with a clitic before its definite prefix ("بالهجوم", "للمستشفى"): a prepositional
    phrase or a conjunct, never a name (at least three letters after the prefix: not "سالم")."""
    return not key.startswith(lex.definite) and any(
        v.startswith(lex.definite) and len(v) - len(lex.definite) >= 3 for v in variants_of(lex, key)[1:]
    )


def _starts_verb(lex: Lexicon, toks: list[Tok], j: int) -> bool:
    """Whether a speech or accusation verb starts at token ``j``."""
    matches, starts = all_matches(lex, lex.speakers, toks)
    k = bisect_left(starts, j)
    return k < len(starts) and starts[k] == j


def _closes_chain(lex: Lexicon, toks: list[Tok], i: int, j: int) -> bool:
    """Whether toks[j] is the definite noun closing the construct chain that starts the phrase at
    toks[i] (Arabic "لجنة التحقيق": a name, though "التحقيق" is a stance word)."""
    return (
        bool(lex.definite)
        and j == i + 1
        and not _is_definite(lex, toks[i].key)
        and _is_definite(lex, toks[j].key)
    )


def _starts_claim(lex: Lexicon, toks: list[Tok], j: int, hi: int) -> bool:
    """Whether a charge or stance phrase starts at token ``j`` (a name ends before it)."""
    for phrases in (lex.charges, lex.stances):
        matches, starts = all_matches(lex, phrases, toks)
        k = bisect_left(starts, j)
        if k < len(starts) and starts[k] == j and matches[k][1] <= hi:
            return True
    return False


def genitive_name(lex: Lexicon, text: str, toks: list[Tok], i: int, hi: int) -> str | None:
    """A capitalised name in the genitive right after a noun ending at ``i`` ("(enquête)
    indépendante de la Commission X", "(rapport) de la Mission", "(доклад) ООН", "(Bericht) der Nato"): up to
    two lower-case words, the genitive words, then the name (cased scripts only)."""
    k = i
    while k < hi and k - i < 2 and toks[k].word and not cased(toks[k]) and toks[k].key not in lex.linkers:
        k += 1
    linked = False  # a genitive word, not only an article ("überprüft ... die Angaben")
    while k < hi and toks[k].word and (toks[k].key in lex.linkers or toks[k].key in lex.articles):
        linked = linked or toks[k].key in lex.linkers
        k += 1
    if lex.linkers and not linked:
        return None
    if k >= hi or not toks[k].word or not cased(toks[k]) or toks[k].key in lex.not_names:
        return None
    if toks[k].key in lex.pronouns:
        return None
    if toks[k].key in lex.titles and not (k + 1 < hi and toks[k + 1].word and cased(toks[k + 1])):
        return None  # "de la Mission" alone refers back to a name: the caller's fallbacks find it
    m = k + 1
    while (
        m < hi
        and toks[m].word
        and (cased(toks[m]) or (toks[m].key in lex.linkers and m + 1 < hi and cased(toks[m + 1])))
    ):
        m += 1
    return written(text, toks, k, m, lex.articles)
