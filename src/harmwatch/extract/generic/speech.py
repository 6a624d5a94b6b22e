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
  or the previous quotation's speaker).
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
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

from harmwatch.extract.context import DocContext
from harmwatch.extract.lang import load_pack
from harmwatch.records import Allegation, Quote, Response, Span

MIN_QUOTE_WORDS = 4
_GAP = 4  # words a "..." in a pack phrase may stand for
_MAX_PHRASE = 10  # words of a speaker, party or accused phrase
_DEFAULT_PAIRS = (("«", "»"), ("“", "”"), ("„", "“"), ('"', '"'))


@dataclass(frozen=True, slots=True)
class SpeechResult:
    quotes: tuple[Quote, ...] = ()
    allegations: tuple[Allegation, ...] = ()
    responses: tuple[Response, ...] = ()


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str  # as written
    key: str  # normalised (lower case, Arabic letters unified)
    word: bool


@dataclass(frozen=True, slots=True)
class _QuoteSpan:
    start: int  # the words, without the marks
    end: int
    outer_start: int  # with the marks
    outer_end: int


# --- text normalisation and tokens ---------------------------------------------------------------

_AR_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")  # harakat, dagger alef, tatweel
_AR_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})


def _norm(word: str) -> str:
    w = unicodedata.normalize("NFC", word).lower().replace("’", "'").replace("ʼ", "'")
    if any("\u0600" <= c <= "\u06ff" for c in w):
        w = _AR_DIACRITICS.sub("", w).translate(_AR_ALEF)
    return w.replace("ё", "е")


@cache
def _token_re(elision: bool) -> re.Pattern[str]:
    word = r"\w+['’](?=\w)|\w+(?:-\w+)*" if elision else r"\w+(?:['’ʼ-]\w+)*"
    return re.compile(rf"{word}|[^\w\s]")


def _tokens(text: str, elision: bool) -> list[_Tok]:
    return [
        _Tok(m.start(), m.end(), m.group(), _norm(m.group()), m.group()[0].isalnum() or m.group()[0] == "_")
        for m in _token_re(elision).finditer(text)
    ]


# --- the pack, compiled ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Phrase:
    label: str
    parts: tuple[tuple[frozenset[str], tuple[str, ...]] | None, ...]  # (exact forms, prefixes) or gap


@dataclass(frozen=True)
class _Lexicon:
    lang: str
    elision: bool
    verb_first: bool  # the subject usually follows its verb (Arabic: "وقال X")
    pairs: tuple[tuple[str, str], ...]
    prefixes: tuple[str, ...]  # clitic prefixes, longest first
    speech: tuple[_Phrase, ...]
    accuse: tuple[_Phrase, ...]
    speakers: tuple[_Phrase, ...]  # speech and accusation verbs together
    sources: tuple[_Phrase, ...]  # "selon" + source
    sources_after: tuple[_Phrase, ...]  # source + "zufolge"
    charges: tuple[_Phrase, ...]
    naming: tuple[_Phrase, ...]  # charges that name an event ("acte terroriste"): only as a party's words
    stances: tuple[_Phrase, ...]
    agents: tuple[_Phrase, ...]  # "par" + accused
    stops: frozenset[str]  # words that open a new clause: que, that, dass, что, أن
    skip: frozenset[str]  # auxiliaries and adverbs trimmed off a phrase's edges
    pronouns: frozenset[str]
    preps: frozenset[str]  # a chunk opening with one is not a subject (a place, a time)
    articles: frozenset[str]  # where a subject may start after a prepositional phrase
    aux: frozenset[str]  # auxiliaries and modals: a name ends before one ("X wollte sich ...")
    definite: str  # the definite article prefix of a language that writes one on each word (ال)
    ends: frozenset[str]  # words that end a name after its verb ("écrit X dans un communiqué")
    statements: frozenset[str]  # statement nouns: "communiqué du ministère" names the ministry
    linkers: frozenset[str]  # genitive words after a statement noun (du, des, de la, of)
    demonstratives: frozenset[str]  # "ese organismo": refers back to the named speaker
    titles: frozenset[str]  # office titles: alone, they refer back to the person named before
    # "un responsable": an indefinite title is someone new, never one named before
    indefinites: frozenset[str]
    not_names: frozenset[str]  # words a speaker phrase may not be made of alone (months, weekdays)
    # prepositions before the institution that speaks, in languages that say "in the ministry
    # they said" for "the ministry said" ("в Генштабе заявили", "у міськраді нагадали")
    speaker_preps: frozenset[str]
    # the party of a response written as a relative clause or an anaphor (responses only):
    # "X, qui a démenti" (relatives; those that are also conjunctions or articles, "que", "die",
    # only after a comma), "ces derniers ont revendiqué" (latter words: the last name before)
    relatives: frozenset[str] = frozenset()
    comma_relatives: frozenset[str] = frozenset()
    latter: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()  # "n'a pas démenti", "не отрицает": no stance taken
    from_party: tuple[_Phrase, ...] = ()  # "aus Kiew", "du côté de", "со стороны": whose reaction
    strikes: tuple[_Phrase, ...] = ()  # justifications that name the target struck: also an admission
    claims: tuple[_Phrase, ...] = ()  # "les affirmations de X", "заявления X": whose justification
    negated: tuple[_Phrase, ...] = ()  # a stance when negated: "n'a pas visé" (deny)


def _phrase(label: str, text: str, elision: bool) -> _Phrase:
    parts: list[tuple[frozenset[str], tuple[str, ...]] | None] = []
    if elision:  # "l'humanité" is two tokens, as the text's tokenizer makes it
        text = re.sub(r"(\w['’])(?=\w)", r"\1 ", text)
    for tok in text.split():
        if tok == "...":
            parts.append(None)
            continue
        exact: set[str] = set()
        prefixes: list[str] = []
        for alt in tok.split("|"):
            alt = _norm(alt)
            (prefixes.append(alt[:-1]) if alt.endswith("*") and len(alt) > 1 else exact.add(alt))
        parts.append((frozenset(exact), tuple(prefixes)))
    return _Phrase(label, tuple(parts))


def _phrases(label: str, texts: object, elision: bool) -> list[_Phrase]:
    if not isinstance(texts, list):
        return []
    return [_phrase(label, str(t), elision) for t in texts if str(t).strip()]


def _table(table: dict[str, object], elision: bool) -> tuple[_Phrase, ...]:
    out: list[_Phrase] = []
    for label, texts in table.items():
        if not label.startswith("_"):
            out.extend(_phrases(label, texts, elision))
    return tuple(out)


@cache
def _lexicon(lang: str) -> _Lexicon:
    pack = load_pack(lang)
    data = pack.data("speech")
    pairs = tuple(
        (str(p[0]), str(p[1])) for p in data.get("quote_pairs", []) if isinstance(p, list) and len(p) == 2
    )

    def words(key: str) -> frozenset[str]:
        return frozenset(_norm(w) for w in pack.words("speech", key))

    prefixes = tuple(sorted((_norm(p) for p in data.get("clitic_prefixes", [])), key=len, reverse=True))
    el = bool(data.get("elision", False))
    return _Lexicon(
        lang=lang,
        elision=el,
        verb_first=bool(data.get("verb_first", False)),
        pairs=pairs or _DEFAULT_PAIRS,
        prefixes=prefixes,
        speech=tuple(_phrases("speech", data.get("speech_verbs"), el)),
        accuse=tuple(_phrases("accuse", data.get("accuse_verbs"), el)),
        speakers=tuple(_phrases("speech", data.get("speech_verbs"), el))
        + tuple(_phrases("accuse", data.get("accuse_verbs"), el)),
        sources=tuple(_phrases("source", data.get("source_before"), el)),
        sources_after=tuple(_phrases("source", data.get("source_after"), el)),
        charges=_table(pack.table("speech", "charges"), el),
        naming=_table(pack.table("speech", "naming_charges"), el) if "naming_charges" in data else (),
        stances=_table(pack.table("speech", "stances"), el),
        agents=tuple(_phrases("agent", data.get("agent_words"), el)),
        stops=words("clause_words"),
        skip=words("skip_words"),
        pronouns=words("pronouns"),
        preps=words("prepositions"),
        articles=words("articles"),
        aux=words("aux_words"),
        definite=_norm(str(data.get("definite_prefix", ""))),
        ends=words("phrase_end_words") | words("prepositions"),
        statements=words("statement_nouns"),
        linkers=words("genitive_words"),
        demonstratives=words("demonstratives"),
        titles=words("titles"),
        indefinites=words("indefinite_articles"),
        not_names=words("not_names"),
        speaker_preps=words("speaker_preps"),
        relatives=words("relative_pronouns"),
        comma_relatives=words("comma_relative_pronouns"),
        latter=words("latter_words"),
        negations=words("negation_words"),
        from_party=tuple(_phrases("from", data.get("party_from"), el)),
        strikes=tuple(_phrases("strike", data.get("strike_targets"), el)),
        claims=tuple(_phrases("claim", data.get("claim_nouns"), el)),
        negated=_table(pack.table("speech", "negated_stances"), el) if "negated_stances" in data else (),
    )


def _variants(lex: _Lexicon, key: str) -> tuple[str, ...]:
    """A token and its forms without clitic prefixes (Arabic: و ف ب ل ك ال, alone or stacked)."""
    if not lex.prefixes:
        return (key,)
    hit = _VARIANTS.get((lex.lang, key))
    if hit is not None:
        return hit
    value = _strip_prefixes(lex.prefixes, key)
    if len(_VARIANTS) > 50_000:
        _VARIANTS.clear()
    _VARIANTS[(lex.lang, key)] = value
    return value


_VARIANTS: dict[tuple[str, str], tuple[str, ...]] = {}


def _strip_prefixes(prefixes: tuple[str, ...], key: str) -> tuple[str, ...]:
    out = [key]
    frontier = [key]
    for _ in range(2):
        nxt = []
        for w in frontier:
            for p in prefixes:
                if w.startswith(p) and len(w) - len(p) >= 2:
                    nxt.append(w[len(p) :])
        out.extend(nxt)
        frontier = nxt
    return tuple(dict.fromkeys(out))


def _part_ok(lex: _Lexicon, part: tuple[frozenset[str], tuple[str, ...]], tok: _Tok) -> bool:
    exact, prefixes = part
    for v in _variants(lex, tok.key):
        if v in exact or any(v.startswith(p) for p in prefixes):
            return True
    return False


def _match_at(lex: _Lexicon, phrase: _Phrase, toks: list[_Tok], i: int, hi: int) -> int | None:
    """The index after ``phrase`` matched from token ``i`` (words only), or None."""
    j = i
    parts = phrase.parts
    k = 0
    while k < len(parts):
        part = parts[k]
        if part is None:  # a gap: the next part within _GAP words
            nxt = parts[k + 1] if k + 1 < len(parts) else None
            if nxt is None:
                return j
            for g in range(j, min(hi, j + _GAP + 1)):
                if toks[g].word and _part_ok(lex, nxt, toks[g]):
                    j = g + 1
                    k += 2
                    break
                if toks[g].text in ".!?;؟":
                    return None
            else:
                return None
            continue
        if j >= hi or not toks[j].word or not _part_ok(lex, part, toks[j]):
            return None
        j += 1
        k += 1
    return j


@dataclass(frozen=True)
class _Index:
    """Phrases by the exact forms of their first word, and those whose first word is a stem."""

    by_first: dict[str, tuple[_Phrase, ...]]
    stems: tuple[tuple[tuple[str, ...], _Phrase], ...]
    _memo: dict[tuple[str, ...], tuple[_Phrase, ...]] = field(default_factory=dict, repr=False)

    def candidates(self, variants: tuple[str, ...]) -> tuple[_Phrase, ...]:
        """The phrases whose first word fits one of a token's ``variants``, each once, in the
        order: exact forms (variant by variant), then stems (memoised: words repeat)."""
        hit = self._memo.get(variants)
        if hit is None:
            cands: list[_Phrase] = []
            for v in variants:
                cands.extend(self.by_first.get(v, ()))
            for prefixes, ph in self.stems:
                if any(v.startswith(p) for v in variants for p in prefixes):
                    cands.append(ph)
            hit = tuple(dict.fromkeys(cands))
            if len(self._memo) >= _MEMO_WORDS:
                self._memo.clear()
            self._memo[variants] = hit
        return hit


_INDEXES: dict[int, tuple[tuple[_Phrase, ...], _Index]] = {}
_MEMO_WORDS = 2_000  # distinct words whose candidate phrases an index remembers (bounded memory)
_MATCHES: dict[tuple[int, int], tuple[list[tuple[int, int, str]], list[int]]] = {}


def _index(phrases: tuple[_Phrase, ...]) -> _Index:
    hit = _INDEXES.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    by_first: dict[str, list[_Phrase]] = {}
    stems: list[tuple[tuple[str, ...], _Phrase]] = []
    for ph in phrases:
        first = ph.parts[0] if ph.parts else None
        if first is None:
            continue
        for form in first[0]:
            by_first.setdefault(form, []).append(ph)
        if first[1]:
            stems.append((first[1], ph))
    index = _Index({k: tuple(v) for k, v in by_first.items()}, tuple(stems))
    _INDEXES[id(phrases)] = (phrases, index)
    return index


def _all_matches(
    lex: _Lexicon, phrases: tuple[_Phrase, ...], toks: list[_Tok]
) -> tuple[list[tuple[int, int, str]], list[int]]:
    """Every (first token, end token, label) where one of ``phrases`` matches in the report,
    computed once per report and phrase group; with the first tokens, for bisecting."""
    key = (id(phrases), id(toks))
    hit = _MATCHES.get(key)
    if hit is not None:
        return hit
    index = _index(phrases)
    out: list[tuple[int, int, str]] = []
    n = len(toks)
    for i, tok in enumerate(toks):
        if not tok.word:
            continue
        for ph in index.candidates(_variants(lex, tok.key)):
            end = _match_at(lex, ph, toks, i, n)
            if end is not None:
                out.append((i, end, ph.label))
    value = (out, [m[0] for m in out])
    _MATCHES[key] = value
    return value


def _find(
    lex: _Lexicon, phrases: tuple[_Phrase, ...], toks: list[_Tok], lo: int, hi: int
) -> list[tuple[int, int, str]]:
    """Every (first token, end token, label) where one of ``phrases`` matches in toks[lo:hi]."""
    matches, starts = _all_matches(lex, phrases, toks)
    a = bisect_left(starts, lo)
    b = bisect_left(starts, hi)
    return [m for m in matches[a:b] if m[1] <= hi]


# --- quotes ------------------------------------------------------------------------------------------


def _scan_quotes(text: str, pairs: tuple[tuple[str, str], ...]) -> list[_QuoteSpan]:
    """Top-level quotations, line by line; nested marks stay inside, an unclosed one runs to the
    line's end. Marks that both open and close (") close the innermost open one of the same kind."""
    closers: dict[str, set[str]] = {}
    for o, c in pairs:
        closers.setdefault(o, set()).add(c)
    marks = sorted({m for p in pairs for m in p if m not in ("'", "’")}, key=len, reverse=True)
    if not marks:
        return []
    mark_re = re.compile("|".join(re.escape(m) for m in marks))
    out: list[_QuoteSpan] = []
    for line in re.finditer(r"[^\n]+", text):
        stack: list[tuple[str, int, int]] = []  # (mark, its start, its end)
        for mm in mark_re.finditer(text, line.start(), line.end()):
            ch, pos, after = mm.group(), mm.start(), mm.end()
            nested_open = (
                ch in closers
                and stack
                and pos > line.start()
                and text[pos - 1] in " \t(["
                and after < line.end()
                and text[after].isalnum()
            )  # ' "воєнних злочинів"' inside a quotation: a straight mark that opens
            if nested_open:
                stack.append((ch, pos, after))
                continue
            if stack and ch in closers.get(stack[-1][0], ()):
                _, at, at_end = stack.pop()
                if not stack:
                    out.append(_QuoteSpan(at_end, pos, at, after))
                continue
            # a closer of an outer quotation closes it (and any open inside it)
            outer = next(
                (k for k in range(len(stack) - 1, -1, -1) if ch in closers.get(stack[k][0], ())), None
            )
            if outer is not None:
                _, at, at_end = stack[outer]
                del stack[outer:]
                if not stack:
                    out.append(_QuoteSpan(at_end, pos, at, after))
                continue
            if ch in closers:
                stack.append((ch, pos, after))
        if stack:  # left open: runs to the end of the line
            _, at, at_end = stack[0]
            out.append(_QuoteSpan(at_end, line.end(), at, line.end()))
    trimmed: list[_QuoteSpan] = []
    for q in out:
        s, e = q.start, q.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",،"):
            e -= 1
        if e > s:
            trimmed.append(_QuoteSpan(s, e, q.outer_start, q.outer_end))
    return trimmed


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


# --- phrases around a verb ---------------------------------------------------------------------------

_OPENING_MARKS = frozenset('"«„“‘‹')
_CLOSING_MARKS = frozenset('"»“”’›')
_CHUNK_BREAK = frozenset(',،;:()[]—–«»“”„"‹›‘’')
_END = frozenset(".!?؟;…")


def _cased(tok: _Tok) -> bool:
    return tok.text[:1].isupper()


def _has_case(toks: list[_Tok]) -> bool:
    return any(t.text[:1].lower() != t.text[:1].upper() for t in toks if t.word)


def _strip(lex: _Lexicon, toks: list[_Tok], lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and (not toks[lo].word or toks[lo].key in lex.skip):
        lo += 1
    while hi > lo and (
        not toks[hi - 1].word
        or toks[hi - 1].key in lex.skip
        or toks[hi - 1].key in lex.aux
        or (hi - 1 > lo and toks[hi - 1].key in lex.preps)  # "os militares na"
    ):
        hi -= 1
    return lo, hi


def _name(text: str, toks: list[_Tok], lo: int, hi: int, articles: frozenset[str] = frozenset()) -> str:
    """The words toks[lo:hi] as written, without a leading article ("le ministère" -> "ministère")."""
    while hi - lo > 1 and toks[lo].key in articles:
        lo += 1
    if (
        hi + 2 < len(toks)
        and toks[hi].text == "("
        and toks[hi + 2].text == ")"
        and toks[hi + 1].word
        and toks[hi + 1].text[:1].isupper()
    ):
        hi += 3  # "Centre des droits de l'homme (CDH)": the acronym the report goes on to use
    return text[toks[lo].start : toks[hi - 1].end]


_PRONOUN = "\x00pronoun"


def _usable(lex: _Lexicon, toks: list[_Tok], lo: int, hi: int) -> str | None:
    """Why toks[lo:hi] is no speaker: 'empty', a pronoun, a place or time; None when usable."""
    if lo >= hi:
        return "empty"
    words = [t for t in toks[lo:hi] if t.word]
    if words and all(t.key in lex.pronouns or t.key in lex.articles for t in words):
        return _PRONOUN  # "il", "ces derniers", "ses"
    if toks[lo].key in lex.preps:
        return "prep"
    if all(t.key in lex.not_names or t.text.isdigit() or t.key in lex.skip for t in words):
        return "date"
    return None


def _clause_start(lex: _Lexicon, toks: list[_Tok], lo: int, hi: int) -> int:
    """The first token of the clause that ends at ``hi`` (after a break or a clause word)."""
    for k in range(hi - 1, lo - 1, -1):
        t = toks[k]
        if (not t.word and t.text in _CHUNK_BREAK | _END) or t.key in lex.stops:
            return k + 1
    return lo


def _subject_before(lex: _Lexicon, text: str, toks: list[_Tok], lo: int, v: int) -> str | None:
    """The subject of the verb at ``v``: the last chunk of its clause before it (or _PRONOUN)."""
    hi = v
    lo2, hi = _strip(lex, toks, lo, hi)
    if lo2 >= hi:
        return None
    start = lo2
    for k in range(hi - 1, lo2 - 1, -1):  # the last chunk: after a clause word or a break
        t = toks[k]
        if (not t.word and t.text in _CHUNK_BREAK | _END) or t.key in lex.stops:
            # "Le gouverneur de X, Nom Prénom, a dit": a chunk that is only a name keeps its title
            start = k + 1
            break
    start, hi = _strip(lex, toks, start, hi)
    if hi - start > _MAX_PHRASE:
        start = hi - _MAX_PHRASE
    hi = _cut_predicate(lex, toks, start, hi)
    start = _past_speaker_prep(lex, toks, start, hi)
    why = _usable(lex, toks, start, hi)
    if why == _PRONOUN:
        return _PRONOUN
    if why is not None:
        return None
    return _name(text, toks, start, hi, lex.articles)


def _past_speaker_prep(lex: _Lexicon, toks: list[_Tok], start: int, hi: int) -> int:
    """Past a preposition that introduces the speaking institution ("в Генштабе" -> "Генштабе"),
    when a capitalised word follows it; else ``start``."""
    if (
        start + 1 < hi
        and toks[start].key in lex.speaker_preps
        and toks[start + 1].word
        and _cased(toks[start + 1])
    ):
        return start + 1
    return start


def _only_statement(lex: _Lexicon, toks: list[_Tok], s: int, e: int) -> bool:
    """Whether toks[s:e] only name a statement ("в повідомленні", "le communiqué"): the words of
    whoever issued it, named before."""
    words = [t for t in toks[s:e] if t.word and t.key not in lex.articles and t.key not in lex.preps]
    return bool(words) and all(any(v in lex.statements for v in _variants(lex, t.key)) for t in words)


def _cut_predicate(lex: _Lexicon, toks: list[_Tok], start: int, hi: int) -> int:
    """The end of a subject phrase toks[start:hi] without a predicate caught in it: before a
    speech, accusation or stance word ("Le ministère dément ... X" -> "Le ministère"), and, in a
    cased script other than German, without lower-case words after the last capitalised one
    ("Глава ... Александр Бастрыкин поручил" -> "... Бастрыкин")."""
    for phrases in (lex.speakers, lex.stances):
        matches, starts = _all_matches(lex, phrases, toks)
        k = bisect_left(starts, start + 1)
        if k < len(starts) and starts[k] < hi:
            hi = starts[k]
    words = toks[start:hi]
    if lex.lang != "de" and _has_case(words):
        last = max((i for i, t in enumerate(words) if t.word and _cased(t)), default=-1)
        if 0 < last < len(words) - 1 and all(not t.word or not _cased(t) for t in words[last + 1 :]):
            hi = start + last + 1
    return hi


def _appositive(lex: _Lexicon, text: str, toks: list[_Tok], e: int, hi: int) -> int | None:
    """The end of a short name-like chunk after a comma at ``e`` (", Ivan Qorbenko,")."""
    if e >= hi or toks[e].text not in ",،":
        return None
    k = e + 1
    m = k
    while m < hi and toks[m].word and toks[m].key not in lex.ends and m - k < 4:
        m += 1
    if m == k or toks[k].key in lex.preps | lex.stops | lex.skip:
        return None
    chunk = toks[k:m]
    if _has_case(chunk):
        return m if all(_cased(t) for t in chunk) else None
    return m if m - k <= 3 else None


def _phrase_after(lex: _Lexicon, text: str, toks: list[_Tok], v: int, hi: int) -> str | None:
    """The phrase after the verb ending at ``v`` (inverted subject, or VSO): up to a break, a
    clause word or a preposition; a short name-like chunk after a comma is its apposition."""
    i = v
    while i < hi and (
        (toks[i].word and toks[i].key in lex.skip)
        # "وصف فيه خاطر": a preposition with a pronoun suffix between a verb and its subject
        or (lex.verb_first and toks[i].key in lex.pronouns and i + 1 < hi and toks[i + 1].word)
        # 'laut "Ärzte ohne Grenzen"': a name in quote marks
        or (toks[i].text in _OPENING_MARKS and i + 1 < hi and toks[i + 1].word)
    ):
        i += 1
    # the words after "in a statement" (its issuer, if named), the preposition skipped or not
    in_statement = any(toks[c].key in lex.preps for c in range(v, i))
    stop = next((k for k in range(v, min(hi, v + 5)) if not toks[k].word), min(hi, v + 5))
    if any(toks[k].key in lex.preps for k in range(v, stop)) and _only_statement(lex, toks, v, stop):
        return _PRONOUN  # "- йдеться в повідомленні.": the issuer named before
    if (
        i + 1 < hi
        and toks[i].key in lex.speaker_preps
        and (
            _cased(toks[i + 1])
            # "повідомили у прокуратурі.": a body's common noun alone (named before: _named_body)
            or (toks[i + 1].word and (i + 2 >= hi or not toks[i + 2].word))
        )
    ):
        i += 1  # "повідомляють у Маріупольській міській раді"
    elif i < hi and toks[i].key in lex.preps:
        # "rapporte sur Telegram le président": the subject starts at the article after a name
        k = None
        if i + 1 < hi and _cased(toks[i + 1]) and toks[i + 1].key not in lex.articles:
            k = next((k for k in range(i + 2, min(hi, i + 5)) if toks[k].key in lex.articles), None)
        elif any(
            any(v in lex.statements for v in _variants(lex, toks[c].key))
            for c in range(i + 1, min(hi, i + 3))
        ):
            k = i + 1  # "dans un communiqué du ministère", "in der Stellungnahme des Forums"
            in_statement = True
        if k is None:
            end = next((k for k in range(i, hi) if not toks[k].word), hi)
            m = _appositive(lex, text, toks, end, hi)
            return _name(text, toks, end + 1, m, lex.articles) if m else None
        i = k
    j = i
    while j < hi and toks[j].word and toks[j].key not in lex.stops and j - i < _MAX_PHRASE:
        if j > i and (toks[j].key in lex.ends or toks[j].key in lex.aux or _starts_claim(lex, toks, j, hi)):
            break
        j += 1
    if lex.definite and j > i + 1 and not (j < hi and toks[j].text == ":"):
        # (before a colon the words from the verb on are all the speaker: "قال X ...:")
        j = _definite_phrase_end(lex, toks, i, j)
    s, e = _strip(lex, toks, i, j)
    why = _usable(lex, toks, s, e)
    if why == _PRONOUN:
        return _PRONOUN
    if why is not None:
        return None
    m = _appositive(lex, text, toks, e, hi)
    if m is None and j < hi and toks[j].key in lex.ends:
        # "el delegado del Gobierno en X, Pedro Vellmar": the name after the place
        c = next((c for c in range(j, min(hi, j + 5)) if not toks[c].word), None)
        if c is not None:
            m = _appositive(lex, text, toks, c, hi)
    if in_statement and m is None and _only_statement(lex, toks, s, e):
        return _PRONOUN  # "وأوضح في تصريح": a statement alone is the words of the verb's subject
    s = _after_statement(lex, toks, s, e)
    return _name(text, toks, s, m if m else e, lex.articles)


def _after_statement(lex: _Lexicon, toks: list[_Tok], s: int, e: int) -> int:
    """Past "(un) communiqué du" / "der Stellungnahme des" / "بيان": the issuer's name."""
    k = s
    while k < e and toks[k].key in lex.articles:
        k += 1
    if k < e - 1 and any(v in lex.statements for v in _variants(lex, toks[k].key)):
        k += 1
        while k < e - 1 and (toks[k].key in lex.linkers or toks[k].key in lex.articles):
            k += 1
        return k
    return s


def _definite_phrase_end(lex: _Lexicon, toks: list[_Tok], i: int, j: int) -> int:
    """Where the noun phrase from toks[i] ends in a language with a definite prefix on each word
    (Arabic): its words run while they carry the article ("الجيش الإسرائيلي"), and a short name
    closing the phrase before a break stays ("مدير المستشفى أحمد سالم:"); the object of a verb
    that comes after it does not ("نفى الجيش أي علاقة له بالقصف")."""
    k = i + 1
    while k < j and any(v.startswith(lex.definite) for v in _variants(lex, toks[k].key)[:1] + (toks[k].key,)):
        k += 1
    if k < j and j - k <= 3 and (j >= len(toks) or not toks[j].word or toks[j].key in lex.stops):
        return j  # a name of up to three words ends the phrase
    return k


def _starts_claim(lex: _Lexicon, toks: list[_Tok], j: int, hi: int) -> bool:
    """Whether a charge or stance phrase starts at token ``j`` (a name ends before it)."""
    for phrases in (lex.charges, lex.stances):
        matches, starts = _all_matches(lex, phrases, toks)
        k = bisect_left(starts, j)
        if k < len(starts) and starts[k] == j and matches[k][1] <= hi:
            return True
    return False


def _speaker_at(
    lex: _Lexicon,
    text: str,
    toks: list[_Tok],
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
    after = _phrase_after(lex, text, toks, ve, hi)
    if incise and after is not None and after != _PRONOUN:
        return after
    if pro_drop and lex.verb_first and after == _PRONOUN and k > lo and toks[k - 1].text in ",،":
        return _PRONOUN
    before = _subject_before(lex, text, toks, lo, vs)
    if before is not None and before != _PRONOUN:
        return before
    if after is not None and after != _PRONOUN:
        return after
    return _PRONOUN if _PRONOUN in (before, after) else None


def _source_at(lex: _Lexicon, text: str, toks: list[_Tok], lo: int, hi: int) -> str | None:
    """A source phrase in toks[lo:hi]: "selon X" (X after) or "X zufolge" (X before)."""
    for _s, e, _ in _find(lex, lex.sources, toks, lo, hi):
        verb = [v for v in _find(lex, lex.speech, toks, e, min(hi, e + 3)) if v[0] == e]
        if verb:  # "según informó el Observatorio"
            e = verb[0][1]
        name = _phrase_after(lex, text, toks, e, hi)
        if name and name != _PRONOUN:
            return name
    for s, _e, _ in _find(lex, lex.sources_after, toks, lo, hi):
        name = _subject_before(lex, text, toks, lo, s)
        if name and name != _PRONOUN:
            return name
    return None


def _speaker_in(
    lex: _Lexicon, text: str, toks: list[_Tok], lo: int, hi: int, last: bool = True, pro_drop: bool = False
) -> str | None:
    """The speaker a stretch of tokens names: a source phrase, else a speech or accusation verb
    (the last one when ``last``: the nearest to what follows)."""
    src = _source_at(lex, text, toks, lo, hi)
    if src:
        return src
    verbs = _find(lex, lex.speakers, toks, lo, hi)
    if not verbs:
        return None
    for verb in sorted(verbs, key=lambda v: v[0], reverse=last):
        who = _speaker_at(lex, text, toks, lo, hi, verb, pro_drop)
        if who is not None:
            return who
    return None


# --- sentences ------------------------------------------------------------------------------------


def _sentence_bounds(toks: list[_Tok], text: str) -> list[tuple[int, int]]:
    """Sentences as token ranges: a full stop before a space, or a line break."""
    out: list[tuple[int, int]] = []
    start = 0
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        brk = nxt is None or "\n" in text[t.end : nxt.start]
        if not brk and t.text in _END and nxt is not None and nxt.start > t.end:
            brk = True
        if brk:
            out.append((start, i + 1))
            start = i + 1
    return out


def _sent_of(bounds: list[tuple[int, int]], i: int) -> int:
    lo, hi = 0, len(bounds) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if bounds[mid][1] <= i:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _tok_at(toks: list[_Tok], char: int) -> int:
    """The index of the first token starting at or after ``char``."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < char:
            lo = mid + 1
        else:
            hi = mid
    return lo


# --- the three finders ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Attributed:
    quote: _QuoteSpan
    speaker: str | None


def _quotes(lex: _Lexicon, text: str, toks: list[_Tok], bounds: list[tuple[int, int]]) -> list[_Attributed]:
    out: list[_Attributed] = []
    previous: str | None = None
    prev_end = -1
    prev_quote_end = 0  # the token after the last quotation
    for q in _scan_quotes(text, lex.pairs):
        qa, qb = _tok_at(toks, q.outer_start), _tok_at(toks, q.outer_end)
        if qa >= len(toks):
            continue
        si = _sent_of(bounds, qa)
        s_lo, _ = bounds[si]
        s_hi = bounds[_sent_of(bounds, max(qa, qb - 1))][1] if qb > qa else bounds[si][1]
        # the rest of the sentence after the quotation; a quotation ending a sentence may be
        # attributed by the next words when they start with a comma or dash ("», a dit X.")
        r_hi = s_hi
        if qb < len(toks) and (qb >= s_hi or toks[qb].text in ",،—–-"):
            r_hi = bounds[_sent_of(bounds, qb)][1] if qb < len(toks) else s_hi
        speaker: str | None = None
        pronoun = False
        left = max(s_lo, prev_quote_end if prev_quote_end <= qa else s_lo)
        if qa > left and toks[qa - 1].text == ":":  # "X a déclaré : « ... »"
            who = _speaker_in(lex, text, toks, left, qa, pro_drop=True)
            if who == _PRONOUN:
                pronoun = True
            elif who:
                speaker = who
        # after: "», a déclaré X" / "» — написал X" (a verb within the first words)
        if speaker is None and not pronoun and qb < r_hi and (toks[qb].text in ",،—–-" or toks[qb].word):
            verbs = [v for v in _find(lex, lex.speech, toks, qb, min(r_hi, qb + 6))]
            if verbs:
                v = verbs[0]
                after = _phrase_after(lex, text, toks, v[1], r_hi)
                if after and after != _PRONOUN:
                    speaker = after
                else:
                    between = _subject_before(lex, text, toks, qb, v[0])
                    if between and between != _PRONOUN:
                        speaker = between
                    else:
                        pronoun = True
            if speaker is None and not pronoun:
                speaker = _source_at(lex, text, toks, qb, r_hi)
        # before, in the same sentence: "X a déclaré : « ... »", "selon X, « ... »" (not
        # words of an earlier quotation of the sentence)
        if speaker is None and not pronoun and qa > left:
            who = _speaker_in(lex, text, toks, left, qa, pro_drop=True)
            if who == _PRONOUN:
                pronoun = True
            elif who:
                speaker = who
        # a quotation opening its sentence after "X a déclaré :" in the sentence before
        if speaker is None and not pronoun and si > 0:
            p_lo, p_hi = bounds[si - 1]
            if p_hi > p_lo and toks[p_hi - 1].text == ":":
                who = _speaker_in(lex, text, toks, p_lo, p_hi)
                if who and who != _PRONOUN:
                    speaker = who
        if speaker is None and pronoun and qa > left:
            # "ونفى العميد X ... وأوضح في تصريح: «...»": a verb without its own subject shares
            # the subject of an earlier speech or stance verb of its sentence
            speaker = _earlier_subject(lex, text, toks, left, qa)
        near = previous is not None and q.outer_start - prev_end < 1500
        if speaker is not None and _role_only(lex, speaker):
            # "..., added the president", "ese organismo": the party named before
            stop = _sent_of(bounds, _tok_at(toks, prev_end)) if near else -1
            named = _named_before(lex, text, toks, bounds, si, speaker, stop)
            if named is None and near and previous is not None and not _role_only(lex, previous):
                named = previous
            if named is None and near:
                # (before the previous quotation; from this sentence on when its speaker was
                # itself only a title: "organisation 'Name'" ... "l'organisation a dit :")
                start = si if previous is not None and _role_only(lex, previous) else stop
                named = _named_before(lex, text, toks, bounds, start, speaker, -1)
            speaker = named or speaker
        if speaker is None and near and not pronoun:
            speaker = previous  # a follow-on quotation keeps the previous speaker
        if speaker is None:  # "il a ajouté" / no attribution: the nearest speaker named before
            for back in range(si - 1, max(-1, si - 3), -1):
                p_lo, p_hi = bounds[back]
                if near and toks[p_lo].start < prev_end:
                    break  # the previous quotation, in this sentence or after it, is nearer
                who = _speaker_in(lex, text, toks, p_lo, p_hi)
                if who and who != _PRONOUN:
                    speaker = who
                    break
            if (
                speaker is not None
                and _role_only(lex, speaker)
                and not _indefinite(lex, text, toks, bounds, back, speaker)
            ):
                # "Об этом говорится в заявлении ведомства": the body named before that sentence
                speaker = _named_before(lex, text, toks, bounds, back, speaker, -1) or speaker
        if speaker is None and near:
            speaker = previous
        if speaker is not None:
            previous, prev_end = speaker, q.outer_end
        out.append(_Attributed(q, speaker))
        prev_quote_end = qb
    # a quotation no words attribute takes the speaker of the one right after it
    # ('"..." , afirmou. ... "...", alertou X.')
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        if a.speaker is None and b.speaker and b.quote.outer_start - a.quote.outer_end < 400:
            out[k] = _Attributed(a.quote, b.speaker)
    return out


# languages whose nouns inflect by case ("ведомства", "міністра"): a title matches its forms
_INFLECTING = frozenset({"ru", "uk"})


def _inflected_title(lex: _Lexicon, word: str) -> str | None:
    """The title ``word`` is a case form of: the title less its last letter, then an ending of
    up to three letters ("ведомства" -> "ведомство", "министром" -> "министр"); never an
    adjective ("главный", "головний")."""
    if lex.lang not in _INFLECTING or word.endswith(_ADJECTIVE_ENDINGS):
        return None
    for title in lex.titles:
        if len(title) >= 5 and word.startswith(title[:-1]) and len(word) - len(title) <= 3:
            return title
    return None


_ADJECTIVE_ENDINGS = (
    "ый",
    "ий",
    "ой",
    "ая",
    "яя",
    "ое",
    "ее",
    "ые",
    "ие",
    "ых",
    "их",
    "ым",
    "им",
    "ого",
    "ему",
)


def _indefinite(
    lex: _Lexicon, text: str, toks: list[_Tok], bounds: list[tuple[int, int]], si: int, name: str
) -> bool:
    """Whether the sentence ``si`` writes ``name`` after an indefinite article ("Un responsable")."""
    lo, hi = bounds[si]
    at = text.find(name, toks[lo].start, toks[hi - 1].end)
    if at < 0:
        return False
    k = _tok_at(toks, at)
    return k > lo and toks[k - 1].key in lex.indefinites


def _earlier_subject(lex: _Lexicon, text: str, toks: list[_Tok], lo: int, hi: int) -> str | None:
    """The first party named as the subject of a speech, accusation or stance verb in
    toks[lo:hi], the first verb first (not a title alone, which refers further back)."""
    verbs = sorted(_find(lex, lex.speakers, toks, lo, hi) + _find(lex, lex.stances, toks, lo, hi))
    for verb in verbs:
        who = _speaker_at(lex, text, toks, lo, hi, verb)
        if who is not None and who != _PRONOUN and not _role_only(lex, who):
            return who
    return None


def _named_body(lex: _Lexicon, text: str, toks: list[_Tok], before: int, speaker: str | None) -> str | None:
    """A speaker given only by a common noun for a body ("le ministère", "у прокуратурі") as the
    proper name the report gave that body before, in which the noun's stem is a capitalised word
    ("Ministère de la Santé", "Офісі Генпрокурора"); else ``speaker`` as it is."""
    if speaker is None:
        return None
    raw = re.findall(r"\w+(?:['’-]\w+)*", speaker)
    kept = [w for w in raw if _norm(w) not in lex.articles and _norm(w) not in lex.preps]
    if not kept or len(kept) > 3 or not all(w[:1].islower() for w in kept) or len(kept[0]) < 5:
        return speaker
    head = _norm(kept[0])
    if head in lex.pronouns or head in lex.demonstratives:
        return speaker
    stem = head[: max(4, min(6, len(head) - 3))]
    end = _tok_at(toks, before)
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
            if _cased(toks[j]) and toks[j].key not in lex.articles | lex.indefinites | lex.skip:
                lo = j
        if lo == k and not (_cased(t) and t.key != head):
            continue  # the same common noun, or one without a name around it
        hi = k + 1
        while hi < len(toks) and hi - k < 6:
            if toks[hi].word and _cased(toks[hi]):
                hi += 1
            elif (
                toks[hi].word
                and (toks[hi].key in lex.linkers or toks[hi].key in lex.articles or toks[hi].key in lex.preps)
                and hi + 1 < len(toks)
                and toks[hi + 1].word
                and _cased(toks[hi + 1])
            ):
                hi += 2
            else:
                break
        return text[toks[lo].start : toks[hi - 1].end]
    return speaker


def _title_word(lex: _Lexicon, word: str) -> bool:
    """An office title, also as the head of a compound ("spd-minister", "außenminister")."""
    if word in lex.titles or _inflected_title(lex, word):
        return True
    if "-" in word and word.rsplit("-", 1)[1] in lex.titles:
        return True
    return lex.lang == "de" and any(word.endswith(t) for t in lex.titles if len(t) >= 6)


def _role_only(lex: _Lexicon, speaker: str) -> bool:
    """A speaker given only by a title ("le président", "глава держави", "der SPD-Minister") or
    a demonstrative ("ese organismo"): it refers back to a party named before."""
    raw = re.findall(r"\w+(?:['’-]\w+)*", speaker)
    words = [_norm(w) for w in raw]
    if words and words[0] in lex.demonstratives and len(words) <= 3:
        return True  # "ese organismo", "this organisation"
    kept = [(w, r) for w, r in zip(words, raw, strict=True) if w not in lex.articles]
    if not kept or not _title_word(lex, kept[0][0]):
        return False
    rest = kept[1:]
    if not rest:
        return True
    if any(r[:1].lower() != r[:1].upper() for _w, r in rest):  # a cased script: no name after it
        return all(r[:1].islower() for _w, r in rest) and len(rest) <= 2
    return len(rest) <= 1  # "وزير الصحة"


def _head_title(lex: _Lexicon, word: str) -> str | None:
    """The title a word is or ends with ("spd-minister" -> "minister"), without a definite
    prefix ("المنظمة" and "منظمة" are one title)."""
    if lex.definite and word.startswith(lex.definite) and word in lex.titles:
        bare = word[len(lex.definite) :]
        return bare if bare in lex.titles else word
    if word in lex.titles:
        return word
    inflected = _inflected_title(lex, word)
    if inflected:
        return inflected
    if "-" in word and word.rsplit("-", 1)[1] in lex.titles:
        return word.rsplit("-", 1)[1]
    if lex.lang == "de":
        return next((t for t in lex.titles if len(t) >= 6 and word.endswith(t)), None)
    return None


def _named_before(
    lex: _Lexicon,
    text: str,
    toks: list[_Tok],
    bounds: list[tuple[int, int]],
    si: int,
    role: str,
    stop: int,
) -> str | None:
    """The party a title or demonstrative (``role``) refers back to, in the sentences before
    ``si`` down to ``stop`` (excluded): a speaker or source named there, or a name written right
    after the same title ("Außenminister Hans Vellmar" for "der SPD-Minister")."""
    heads = {_head_title(lex, _norm(w)) for w in re.findall(r"\w+(?:['’-]\w+)*", role)} - {None}
    for back in range(si - 1, max(stop, si - 6, -1), -1):
        p_lo, p_hi = bounds[back]
        who = _speaker_in(lex, text, toks, p_lo, p_hi)
        if who and who != _PRONOUN and not _role_only(lex, who):
            return who
        # "Le ministère dément ...": the subject before a stance (not in a verb-first language,
        # where the words before it are a speech verb and its subject: "وقال الجيش إنه ...")
        stances = [] if lex.verb_first else _find(lex, lex.stances, toks, p_lo, p_hi)
        for s, _e, _ in stances:
            who = _subject_before(lex, text, toks, p_lo, s)
            if who and who != _PRONOUN and not _role_only(lex, who):
                return who
        for k in range(p_hi - 2, p_lo - 1, -1):
            if toks[k].word and _head_title(lex, toks[k].key) in heads:
                m = k + 1
                if m < p_hi - 1 and toks[m].text in _OPENING_MARKS:
                    # 'organisation "Name"': the words in the marks, in any script
                    e = m + 1
                    while e < p_hi and toks[e].word and e - m <= 4:
                        e += 1
                    if e > m + 1 and e < p_hi and not toks[e].word:
                        return _name(text, toks, m + 1, e)
                    continue
                while (
                    m < p_hi
                    and m - k <= 3
                    and toks[m].word
                    and _cased(toks[m])
                    and toks[m].key not in lex.titles
                ):
                    m += 1
                if m - k >= 2 and _has_case(toks[k + 1 : m]):
                    return _name(text, toks, k + 1, m)
    return None


def _inside(attributed: list[_Attributed], char: int) -> _Attributed | None:
    for a in attributed:
        if a.quote.outer_start <= char < a.quote.outer_end:
            return a
    return None


def _accused(lex: _Lexicon, text: str, toks: list[_Tok], lo: int, hi: int, after: int) -> str | None:
    for _s, e, _ in _find(lex, lex.agents, toks, lo, hi):
        name = _phrase_after(lex, text, toks, e, hi)
        if name and name != _PRONOUN:
            return name
    for _s, e, _ in _find(lex, lex.accuse, toks, lo, hi):
        name = _phrase_after(lex, text, toks, e, hi)
        if name and name != _PRONOUN:
            return name
    return None


def find_speech(ctx: DocContext) -> SpeechResult:
    """Quotes with their speakers, allegations and responses of one report, by its language pack."""
    lex = _lexicon((ctx.language or "").lower())
    text = ctx.text
    toks = _tokens(text, lex.elision)
    if not toks:
        return SpeechResult()
    _MATCHES.clear()
    try:
        return _speech(lex, text, toks)
    finally:
        _MATCHES.clear()


def _speech(lex: _Lexicon, text: str, toks: list[_Tok]) -> SpeechResult:
    """The claims of one report's tokens (see :func:`find_speech`)."""
    bounds = _sentence_bounds(toks, text)
    attributed = _quotes(lex, text, toks, bounds)
    full = _Acronyms(text)
    quotes = tuple(
        Quote(
            speaker=full(_named_body(lex, text, toks, a.quote.outer_start, a.speaker)),
            text=text[a.quote.start : a.quote.end],
            span=Span(a.quote.start, a.quote.end),
        )
        for a in attributed
        if _word_count(text[a.quote.start : a.quote.end]) >= MIN_QUOTE_WORDS
    )

    allegations: list[Allegation] = []
    responses: list[Response] = []
    seen_a: set[tuple[str | None, str]] = set()
    seen_r: set[tuple[str | None, str]] = set()
    last_speaker: str | None = None
    just_before: str | None = None  # the speaker named in the sentence before, if any
    for s_lo, s_hi in bounds:
        said: list[str | None] = []  # the sentence's speaker, found on first need

        def speaker(
            lo: int = s_lo, hi: int = s_hi, before: str | None = last_speaker, said: list = said
        ) -> str | None:
            if not said:
                who = _speaker_in(lex, text, toks, lo, hi, last=False)
                said.append(before if who == _PRONOUN else who)
            return said[0]

        found = [(s, e, c, False) for s, e, c in _find(lex, lex.charges, toks, s_lo, s_hi)]
        if lex.naming:
            found += [(s, e, c, True) for s, e, c in _find(lex, lex.naming, toks, s_lo, s_hi)]
        for s, e, charge, naming in found:
            quoted = _inside(attributed, toks[s].start)
            accuser = quoted.speaker if quoted is not None and quoted.speaker else speaker()
            if (accuser is None or accuser == _PRONOUN) and quoted is None:
                # "Un rapport de la Commission X conclut que ...": the issuer of a report or inquiry
                accuser = _issuer_before(lex, text, toks, s_lo, s) or accuser
            if accuser is None or accuser == _PRONOUN:
                accuser = just_before  # a charge right after a named speaker's sentence is theirs
            if naming and (quoted is None or not quoted.speaker):
                continue  # "l'acte terroriste" in the report's own words names the event
            if accuser and accuser != _PRONOUN and _role_only(lex, accuser):  # "la Mission", "ese organismo"
                si = _sent_of(bounds, s)
                named = _named_before(lex, text, toks, bounds, si + 1, accuser, si - 6)
                if named is None and last_speaker and not _role_only(lex, last_speaker):
                    named = last_speaker
                accuser = named or accuser
            accuser = accuser or "report"
            key = (_norm(accuser), charge)
            if key in seen_a:
                continue
            seen_a.add(key)
            span = Span(toks[s].start, toks[e - 1].end)
            accused = _accused(lex, text, toks, s_lo, s_hi, e)
            allegations.append(Allegation(full(accuser), accused, charge, text[span.start : span.end], span))
        covered: dict[str, int] = {}  # stance -> the end of its last match in this sentence
        stance_hits = _find(lex, lex.stances, toks, s_lo, s_hi)
        if lex.negated:  # "nous n'avons pas visé de civils", "не наносит ударов": a denial
            stance_hits = sorted(
                stance_hits
                + [m for m in _find(lex, lex.negated, toks, s_lo, s_hi) if _negated(lex, toks, s_lo, m[0])]
            )
        negated_hits = set(stance_hits) - set(_find(lex, lex.stances, toks, s_lo, s_hi))
        for s, e, stance in stance_hits:
            if covered.get(stance, -1) >= s:
                continue  # "affirmait avoir tué": one stance, not two
            inner = stance not in ("no_comment", "deny") and any(
                any(v in lex.negations for v in _variants(lex, t.key)) for t in toks[s + 1 : e - 1]
            )  # "habe keine Zivilisten angegriffen"
            if inner or (
                stance != "no_comment" and _negated(lex, toks, s_lo, s) and (s, e, stance) not in negated_hits
            ):
                continue  # "n'a pas démenti", "no negó", "не отрицает"
            covered[stance] = e
            quoted = _inside(attributed, toks[s].start)
            claimed = None
            if stance in ("justify", "acknowledge"):
                # "les affirmations de X selon lesquelles ...", 'заявления X о "..."'
                claimed = _claimed_by(lex, text, toks, s_lo, s)
            party: str | None
            if claimed:
                party = claimed
            elif quoted is not None and quoted.speaker:
                # "« Le ministère de la Défense dément ... »": the subject the quotation names
                party = _quoted_subject(lex, text, toks, quoted.quote, s) or quoted.speaker
            elif stance == "investigate" and (issuer := _genitive_name(lex, text, toks, e, s_hi)):
                party = issuer  # "l'enquête de l'ONU", "расследование СК", "investigación de la Fiscalía"
            elif stance == "justify" and (said_by := speaker()) and said_by != _PRONOUN:
                # "X a dit que les morts étaient des combattants": the justification is the
                # speaker's, not the subject of the clause it is said in
                party = said_by
            else:
                party = _party(lex, text, toks, s_lo, s_hi, s, e) or speaker()
            if party == _PRONOUN or _is_latter(lex, party):
                # "ces derniers": the last name; "l'armée affirme qu'elle n'a pas visé": the
                # sentence's speaker; else the speaker before
                said_by = speaker()
                party = _latter_named(lex, text, toks, s_lo, s) or (said_by if said_by != _PRONOUN else None)
            elif party is not None and _role_only(lex, party):  # "l'organisation", "the minister"
                si = _sent_of(bounds, s)
                named = _named_before(lex, text, toks, bounds, si + 1, party, si - 6)
                if named is None and last_speaker and not _role_only(lex, last_speaker):
                    named = last_speaker
                party = named or party
            if party is None:
                continue
            party = _extend_party(lex, text, toks, party, s_lo, s_hi, s)
            key = (_norm(party), stance)
            span = Span(toks[s].start, toks[e - 1].end)
            if key not in seen_r:
                seen_r.add(key)
                responses.append(Response(full(party), stance, text[span.start : span.end], span))
            if stance == "justify" and any(
                a < e and b > s for a, b, _ in _find(lex, lex.strikes, toks, s_lo, s_hi)
            ):
                # "we struck a weapons depot": naming the target it hit, the party owns the strike
                ack = (_norm(party), "acknowledge")
                if ack not in seen_r:
                    seen_r.add(ack)
                    responses.append(Response(full(party), "acknowledge", text[span.start : span.end], span))
        who = _speaker_in(lex, text, toks, s_lo, s_hi)
        if who and who != _PRONOUN:
            last_speaker = who
        just_before = who if who and who != _PRONOUN else None
    return SpeechResult(quotes=quotes, allegations=tuple(allegations), responses=tuple(responses))


class _Acronyms:
    """A speaker named by an acronym ("HRW") as the full name the report gives it ("Human Rights
    Watch (HRW)"): the words before the acronym in brackets, else capitalised words elsewhere in the
    report whose initials spell it."""

    _WORD = r"[^\W\d_][\w'’-]*"

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[str, str | None] = {}

    def __call__(self, name: str | None) -> str | None:
        if name is not None and len(name) >= 6 and name.isalpha() and not name.isupper():
            if name not in self.found:
                self.found[name] = self._syllabic(name)
            return self.found[name] or name
        if name is None or not (2 <= len(name) <= 6 and name.isalpha() and name.isupper()):
            return name
        if name not in self.found:
            self.found[name] = self._full(name)
        full = self.found[name]
        return f"{full} ({name})" if full else name

    # two words, the first capitalised, and the acronym that may follow them ("... штаб ЗСУ")
    _PAIR = re.compile(r"\b([^\W\d_]{4,})\s+([^\W\d_]{3,})(?:\s+([^\W\d_a-zа-яіїєґ]{2,6})\b)?")

    def _syllabic(self, word: str) -> str | None:
        """A syllabic abbreviation ("генштабу", "Минобороны") as the two words it is made of,
        where the report writes them ("Генеральний штаб ЗСУ"): the first word's first three to
        five letters, then the second word's stem, then an ending of up to four letters."""
        low = word.lower()
        for m in self._PAIR.finditer(self.text):
            first, second = m.group(1), m.group(2)
            if not first[:1].isupper() or low.startswith(first.lower()):
                continue
            stem = second.lower()[: max(3, len(second) - 2)]
            for k in (3, 4, 5):
                rest = low[k:]
                if low[:k] == first[:k].lower() and rest.startswith(stem) and len(rest) - len(stem) <= 4:
                    return " ".join(g for g in m.groups() if g)
        return None

    def _full(self, short: str) -> str | None:
        # capitalised words, with short linking words between them ("Centre des droits de l'homme")
        seq = re.compile(rf"(?:{self._WORD}\s+){{{len(short) - 1},{len(short) + 5}}}?{self._WORD}")
        for m in re.finditer(rf"\(\s*{re.escape(short)}\s*\)", self.text):
            words = self.text[max(0, m.start() - 200) : m.start()].split()
            for n in range(1, min(len(words), 12) + 1):
                cand = words[-n:]
                if _initials(cand) == short and cand[0][:1].isupper():
                    return " ".join(cand)
        for m in seq.finditer(self.text):
            words = m.group().split()
            for a in range(len(words)):
                if words[a][:1].isupper() and _initials(words[a:]) == short and words[-1][:1].isupper():
                    return " ".join(words[a:])
        return None


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _party(lex: _Lexicon, text: str, toks: list[_Tok], lo: int, hi: int, s: int, e: int) -> str | None:
    """Who takes a stance found at toks[s:e]: a source phrase of its sentence ("laut X"), the
    subject before it in its clause, else the phrase right after it (VSO, inversion)."""
    for a, b, _ in _find(lex, lex.agents, toks, e, min(hi, e + 3)):
        if a <= e + 1:  # "revendiquée par X"
            who = _phrase_after(lex, text, toks, b, hi)
            if who and who != _PRONOUN:
                return who
    src = _source_at(lex, text, toks, lo, hi)
    if src and _norm(src.split()[0]) not in lex.relatives:  # not "selon lesquelles ..."
        return src
    if lex.verb_first:  # "وأعلن X مسؤوليته": the speech verb's subject
        for verb in reversed(_find(lex, lex.speech, toks, lo, s)):
            who = _speaker_at(lex, text, toks, lo, s, verb)
            if who is not None and who != _PRONOUN:
                return who
    # a passive: "ist von der Bundeswehr angefordert worden", "fue reivindicado por X"
    c_lo = _clause_start(lex, toks, lo, s)
    for _a, b, _ in _find(lex, lex.agents, toks, c_lo, s):
        who = _phrase_after(lex, text, toks, b, s)
        if (
            who
            and who != _PRONOUN
            and (not _has_case(toks[b:s]) or _cased(toks[b]) or toks[b].key in lex.articles)
        ):
            return who
    k = s
    while k > lo and toks[k - 1].key in lex.articles:
        k -= 1
    if k < s:  # "X prometió una investigación": verb and article before a stance noun
        k -= 1
    # "X, qui a démenti", "die Armee, die ... bestritt": the relative pronoun's antecedent
    before = _relative_antecedent(lex, text, toks, lo, s)
    if before is None and k > lo:
        before = _subject_before(lex, text, toks, lo, k)
    if before is not None and before != _PRONOUN:
        before = _before_aux(lex, before)
    if before is None:  # "Aus X kam keine Reaktion", "Из X ответили отказом"
        before = _from_party(lex, text, toks, lo, s)
    if before is not None:
        return before
    # the stance word may follow its verb: "X a ouvert une enquête" is caught above; a speech
    # verb earlier in the clause names the party ("X a assuré que ... pas ...")
    verbs = [v for v in _find(lex, lex.speech, toks, lo, s)]
    for verb in reversed(verbs):
        who = _speaker_at(lex, text, toks, lo, s, verb)
        if who is not None:
            return who
    if lex.verb_first and e - s > 2:  # "وامتنع الجيش عن التعليق": the subject inside the phrase
        inner = _phrase_after(lex, text, toks, s + 1, e)
        if inner and inner != _PRONOUN:
            return inner
    after = _phrase_after(lex, text, toks, e, hi)
    return after


def _relative_antecedent(lex: _Lexicon, text: str, toks: list[_Tok], lo: int, s: int) -> str | None:
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
        if (not t.word and t.text in _CHUNK_BREAK | _END) or t.key in lex.stops:
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
        who = _subject_before(lex, text, toks, lo, end)
        if who is not None and who != _PRONOUN:
            caps = [w for w in re.findall(r"\w+", who) if w[:1].isupper()]
            opens = text[toks[lo].start :].startswith(who)  # its first word may be capitalised as such
            if not _has_case(toks[lo:end]) or len(caps) >= 1 + opens:
                return who
            first = first or who
        end = _clause_start(lex, toks, lo, end)
    return first


def _genitive_name(lex: _Lexicon, text: str, toks: list[_Tok], i: int, hi: int) -> str | None:
    """A capitalised name in the genitive right after a noun ending at ``i`` ("(enquête)
    indépendante de la Commission X", "(rapport) de la Mission", "(доклад) ООН", "(Bericht) der Nato"): up to
    two lower-case words, the genitive words, then the name (cased scripts only)."""
    k = i
    while k < hi and k - i < 2 and toks[k].word and not _cased(toks[k]) and toks[k].key not in lex.linkers:
        k += 1
    linked = False  # a genitive word, not only an article ("überprüft ... die Angaben")
    while k < hi and toks[k].word and (toks[k].key in lex.linkers or toks[k].key in lex.articles):
        linked = linked or toks[k].key in lex.linkers
        k += 1
    if lex.linkers and not linked:
        return None
    if k >= hi or not toks[k].word or not _cased(toks[k]) or toks[k].key in lex.not_names:
        return None
    if toks[k].key in lex.pronouns:
        return None
    if toks[k].key in lex.titles and not (k + 1 < hi and toks[k + 1].word and _cased(toks[k + 1])):
        return None  # "de la Mission" alone refers back to a name: the caller's fallbacks find it
    m = k + 1
    while (
        m < hi
        and toks[m].word
        and (_cased(toks[m]) or (toks[m].key in lex.linkers and m + 1 < hi and _cased(toks[m + 1])))
    ):
        m += 1
    return _name(text, toks, k, m, lex.articles)


def _issuer_before(lex: _Lexicon, text: str, toks: list[_Tok], lo: int, s: int) -> str | None:
    """The issuer of a report, statement or inquiry named before toks[s] in its sentence ("Une
    enquête de la Commission X a conclu que ...", "Ein Bericht der Nato stellt fest ...")."""
    inquiries = {a: b for a, b, label in _find(lex, lex.stances, toks, lo, s) if label == "investigate"}
    for k in range(lo, s):
        end = inquiries.get(k)
        if end is None and toks[k].word and any(v in lex.statements for v in _variants(lex, toks[k].key)):
            end = k + 1
        if end is not None:
            who = _genitive_name(lex, text, toks, end, s)
            if who:
                return who
    return None


def _from_party(lex: _Lexicon, text: str, toks: list[_Tok], lo: int, s: int) -> str | None:
    """The party a clause names with "from" before its stance ("Aus Kiew gab es keine Reaktion",
    "Du côté de X, on a démenti", "Со стороны Минобороны последовало опровержение"): the
    capitalised name right after such words at the clause's start (cased scripts)."""
    c = _clause_start(lex, toks, lo, s)
    for a, b, _ in _find(lex, lex.from_party, toks, lo, s):
        if a not in (c, lo):  # at the clause's or the sentence's start ("Du côté de X, ...")
            continue
        k = b
        while k < s and toks[k].word and toks[k].key in lex.articles:
            k += 1
        m = k
        while m < s and toks[m].word and _cased(toks[m]) and toks[m].key not in lex.not_names:
            m += 1
        if m > k:
            return _name(text, toks, k, m, lex.articles)
    return None


def _claimed_by(lex: _Lexicon, text: str, toks: list[_Tok], lo: int, s: int) -> str | None:
    """The party whose claim a justification is reported as, named in the genitive after a claim
    noun before it in its sentence ("les affirmations de X selon lesquelles ...", "заявления
    России о якобы ударе по ...")."""
    for _a, b, _ in reversed(_find(lex, lex.claims, toks, lo, s)):
        who = _genitive_name(lex, text, toks, b, s)
        if who:
            return who
    return None


def _extend_party(lex: _Lexicon, text: str, toks: list[_Tok], party: str, lo: int, hi: int, s: int) -> str:
    """A party phrase completed by the name that follows it in the sentence: a name in quote
    marks ('تنظيم "داعش"', "le groupe « Vent du Nord »") and, in a language with a definite
    prefix, the name after a title ("رئيس الوزراء أحمد سالم")."""
    a_char, b_char = toks[lo].start, toks[hi - 1].end
    at = [m.start() for m in re.finditer(re.escape(party), text[a_char:b_char])]
    if not at:
        return party
    start = a_char + min(at, key=lambda c: abs(a_char + c - toks[s].start))
    j = _tok_at(toks, start + len(party))
    if j < hi and toks[j].text in _OPENING_MARKS:
        close = next((k for k in range(j + 1, min(hi, j + 6)) if not toks[k].word), None)
        if close is not None and close > j + 1 and toks[close].text in _CLOSING_MARKS:
            return text[start : toks[close].end]
    words = [_norm(w) for w in party.split()]
    if (
        lex.definite
        and len(words) >= 2
        and any(v in lex.titles for v in _variants(lex, words[0]))
        and all(w.startswith(lex.definite) for w in words[1:])
    ):  # "رئيس الوزراء (الإسرائيلي)": a person's title; not "الجيش"
        m = j
        while (
            m < hi
            and m - j < 3
            and toks[m].word
            and not toks[m].key.startswith(lex.definite)
            and toks[m].key not in lex.stops | lex.preps | lex.pronouns | lex.linkers
        ):
            m += 1
        if m > j:
            return text[start : toks[m - 1].end]
    return party


def _before_aux(lex: _Lexicon, party: str) -> str:
    """A party phrase cut before an auxiliary caught in it (a verb-final clause: "die Armee hatte
    den Angriff bestritten" -> "die Armee")."""
    for m in re.finditer(r"\w+(?:['’-]\w+)*", party):
        if m.start() > 0 and _norm(m.group()) in lex.aux:
            return party[: m.start()].rstrip(" ,") or party
    return party


def _negated(lex: _Lexicon, toks: list[_Tok], lo: int, s: int) -> bool:
    """Whether a negation word stands in the three words before toks[s], in its clause."""
    for k in range(s - 1, max(lo, s - 4) - 1, -1):
        t = toks[k]
        if not t.word or t.key in lex.stops:
            return False
        if any(v in lex.negations for v in _variants(lex, t.key)):
            return True
    return False


def _is_latter(lex: _Lexicon, party: str | None) -> bool:
    """Whether a party phrase is only an anaphor of the last-named ("estos últimos")."""
    words = [_norm(w) for w in re.findall(r"\w+", party or "")]
    closed = lex.latter | lex.articles | lex.demonstratives | lex.pronouns
    return bool(words) and all(w in closed for w in words) and any(w in lex.latter for w in words)


def _latter_named(lex: _Lexicon, text: str, toks: list[_Tok], lo: int, s: int) -> str | None:
    """The party an anaphor of the last-named stands for ("ces derniers ont revendiqué", "el último
    negó", "последний отверг"): the last capitalised name written before it, in this sentence or
    the one before (cased scripts only)."""
    c = _clause_start(lex, toks, lo, s)
    k = next((k for k in range(c, s) if toks[k].key in lex.latter), None)
    if k is None:
        return None
    j = k
    while (
        j > 0
        and toks[j - 1].word
        and (toks[j - 1].key in lex.articles or toks[j - 1].key in lex.demonstratives)
    ):
        j -= 1
    for m in range(j - 1, max(-1, j - 80), -1):
        t = toks[m]
        if not (t.word and _cased(t)) or t.key in lex.not_names:
            continue
        initial = m == 0 or toks[m - 1].text in _END or "\n" in text[toks[m - 1].end : t.start]
        a = m
        while a > 0 and toks[a - 1].word and _cased(toks[a - 1]) and toks[a - 1].key not in lex.not_names:
            a -= 1
        if initial and a == m:
            continue  # a sentence's first word, alone
        if a == 0 or toks[a - 1].text in _END:  # the run opens the sentence: drop its first word
            if _usable(lex, toks, a, m + 1) is not None or toks[a].key in lex.articles:
                a += 1
        if a <= m:
            return _name(text, toks, a, m + 1, lex.articles)
    return None


def _quoted_subject(lex: _Lexicon, text: str, toks: list[_Tok], q: _QuoteSpan, s: int) -> str | None:
    """The named subject of a stance verb inside a quotation ("« Le Ministère de la Défense dément
    ... »", '"O Ministério da Defesa refuta ..."'): a chunk right before the stance, in its clause,
    whose first word after an article is capitalised and is not the quotation's first word."""
    qa = _tok_at(toks, q.start)
    if s <= qa + 1 or not _has_case(toks[qa:s]):
        return None
    k = s
    while k > qa and toks[k - 1].word and (toks[k - 1].key in lex.skip or toks[k - 1].key in lex.aux):
        k -= 1
    c = _clause_start(lex, toks, qa, k)
    a = c
    while a < k and toks[a].word and toks[a].key in lex.articles:
        a += 1
    if a >= k or a == qa or not _cased(toks[a]) or toks[a].key in lex.pronouns:
        return None
    if a == c and not toks[a - 1].word:
        return None  # a capitalised first word of a sentence or clause, without an article

    if any(not t.word for t in toks[a:k]):
        return None
    who = _subject_before(lex, text, toks, c, k)
    if who is None or who == _PRONOUN or who not in text[toks[a].start : toks[k - 1].end]:
        return None
    return who


# --- the per-stage entry points the engine calls ------------------------------------------------

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
