"""Places of the incident in any language, from the gazetteer and the language's ``places.json``.

A mention is a run of words the gazetteer (:meth:`Gazetteer.find`: every script, case forms,
small towns) or the pack's country names know: capitalised words in a cased script (inner
connectors such as "de", "на" allowed), any words in Arabic, whose clitic prefixes (و ف ب ل ك)
are tried off. The words before a mention are its *cue*: a place noun ("в селе", "في مدينة",
"la ville de") says it is a settlement, a locative ("à", "в", "في", a ب prefix) that it is where
something happened, a region noun before or after it ("провинция", "области", "région") that it
is a province; a place noun cues the name after its adjective and connector too ("la ville
ukrainienne de X"). A name the gazetteer lacks is a place too after a place noun (any script) or a
locative (cased scripts): villages and camps are often in no gazetteer. A name of several words
that no exact key finds is looked up by its consonant skeleton (another transliteration). After
a place noun that itself follows a locative ("в селе X Y", "dans le village de X Y"), two
capitalised words are the village's name, not a person's first name and surname; in Arabic a
word of ``name_heads`` ("أم", "أبو", "عين", "دير") begins a name and takes the next word with it
("قرية أم دقيقة"). A country's name after a settlement noun ("el municipio de Argelia") names a
town: it votes for no country, and is an unknown place unless the report is about that country.

A name right after a reference phrase of ``references`` ("à 15 km de", "к северу от", "correspondant
à") is the point something is measured from, or where the reporter sits: it counts a fifth.

Guards: a name that is a common word of the language (spaCy's stop words, a capitalised first
word of a sentence), a town of under 1,000 people, a place abroad and, in scripts without
capitals, a single word naming a small place all need a cue; the report's country (voted by the
countries and cued places it names) wins over namesakes abroad.

Order, as in the English places module: the most specific incident place first (the best cued
town, else region), other towns of the report's country next, then regions, the country last.
"""

from __future__ import annotations

import importlib
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from harmwatch.extract.context import DocContext
from harmwatch.extract.lang import load_pack
from harmwatch.extract.places.gazetteer import Found, Gazetteer, Place, get_gazetteer, name_key, script_of
from harmwatch.records import Location, Span

MAX_WORDS = 4  # longest place name tried
MAX_UNKNOWN_WORDS = 3  # longest name the gazetteer lacks taken after a cue
TITLE_WEIGHT, LEAD_WEIGHT, LEAD_CHARS = 3.0, 2.0, 600
CUE_NOUN, CUE_LOCATIVE, CUE_NONE = 3.0, 2.0, 0.5
REFERENCE_FACTOR = 0.2  # a place named as a reference point ('15 km from X', 'north of X')
UNKNOWN_FACTOR = 0.8  # a name the gazetteer lacks counts a little less than a known one
COUNTRY_VOTE = 1.5
DEMONYM_VOTE = 0.25  # 'libanais', 'اللبناني': a weak vote for the country (attackers are named so too)
BIG_PLACE = 100_000  # a place this size may be named without a cue (abroad, or in Arabic script)
FAR_BIGGER = 100  # a namesake abroad this many times bigger is the place meant
SURE_PLACE = 10_000  # a smaller namesake votes for its country at half weight
MIN_CHARS = 3  # shorter words are never looked up alone
MAX_OTHER_TOWNS = 3
SHORT_WORD = 4  # an unknown name's short first word takes the next one ('Wad', 'Beit', 'Ain')
UNCASED = frozenset({"ar", "fa", "ur", "ps", "he", "zh", "ja", "ko", "th", "am"})

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ\-][^\W\d_]+)*")
_APOSTROPHE = "'’ʼ"
_SENTENCE_END = set('.!?\n:;«»"“”„()[]')
_GAP = re.compile(r"[ \u00a0\u202f]+")
_CUE_GAP = set(" \u00a0\u202f\"«„“'")


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str
    elided: bool = False  # "d" of "d’Orvalou": joined to the next word by an apostrophe


@dataclass(frozen=True)
class _Lang:
    code: str
    cased: bool
    locatives: tuple[tuple[str, ...], ...]
    nouns: tuple[tuple[str, ...], ...]
    regions: tuple[tuple[str, ...], ...]
    references: tuple[tuple[str, ...], ...]  # 'km from', 'north of': the next name is a reference point
    dotted: frozenset[str]  # cue words written as abbreviations ('г.', 'с.'): the dot is required
    cue_words: frozenset[str]  # every single cue word: never the start of a name
    connectors: frozenset[str]
    elisions: frozenset[str]
    countries: dict[str, str]  # name_key -> ISO
    country_names: dict[str, str]  # ISO -> the language's name
    prefixes: tuple[str, ...]
    rewrites: dict[str, str]
    locative_prefixes: frozenset[str]
    stop: frozenset[str]
    capitalised_nouns: bool  # German: a capitalised word after "in" is not yet a name
    heads: frozenset[str] = frozenset()  # words that begin a place name and take the next ('أم', 'عين')


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    found: tuple[Found, ...] = ()
    country: str | None = None  # a country name ('Сирії' -> SY)
    cue: float = CUE_NONE
    weight: float = 1.0
    common: bool = False  # a common word of the language: needs a cue
    region: bool = False  # a region noun before or after it
    known: bool = True  # False: a cued name the gazetteer lacks
    reference: bool = False  # named as a reference point ('15 km from X'): not where it happened
    prefixed: bool = False  # one uncased word cued only by a clitic prefix ('بالوجه'): often a common word
    settled: bool = False  # a country's name after a settlement noun ('municipio de Argelia'): a town

    @property
    def score(self) -> float:
        return self.cue * self.weight * (REFERENCE_FACTOR if self.reference else 1.0)


def _phrases(words) -> tuple[tuple[str, ...], ...]:
    out = {tuple(w.lower().rstrip(".").split()) for w in words if w.strip()}
    return tuple(sorted(out, key=len, reverse=True))


def _stop_words(code: str) -> frozenset[str]:
    try:
        mod = importlib.import_module(f"spacy.lang.{code}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(w.lower() for w in getattr(mod, "STOP_WORDS", ()))


@cache
def _lang(code: str) -> _Lang:
    data = load_pack(code).data("places")
    countries: dict[str, str] = {}
    for table in ("countries", "country_aliases"):
        for name, iso in (data.get(table) or {}).items():
            key = name_key(name)
            if key:
                countries.setdefault(key, str(iso))
    cues = [*(data.get("place_nouns") or []), *(data.get("region_nouns") or [])]
    locatives = _phrases(data.get("locatives") or [])
    nouns = _phrases(data.get("place_nouns") or [])
    regions = _phrases(data.get("region_nouns") or [])
    return _Lang(
        code=code,
        cased=code not in UNCASED,
        locatives=locatives,
        nouns=nouns,
        regions=regions,
        references=_phrases(data.get("references") or []),
        dotted=frozenset(w.lower().rstrip(".") for w in cues if w.endswith(".")),
        cue_words=frozenset(p[0] for p in (*locatives, *nouns, *regions) if len(p) == 1),
        connectors=frozenset(w.lower() for w in data.get("name_connectors") or []),
        elisions=frozenset(w.lower() for w in data.get("elisions") or []),
        countries=countries,
        country_names=dict(data.get("country_names") or {}),
        prefixes=tuple(data.get("clitic_prefixes") or ()),
        rewrites=dict(data.get("clitic_rewrites") or {}),
        locative_prefixes=frozenset(data.get("locative_prefixes") or ()),
        stop=_stop_words(code),
        capitalised_nouns=bool(data.get("capitalised_nouns")),
        heads=frozenset(w.lower() for w in data.get("name_heads") or []),
    )


def _tokens(text: str, L: _Lang) -> list[_Tok]:
    out = []
    for m in _WORD.finditer(text):
        word, start = m.group(), m.start()
        cut = next((i for i, c in enumerate(word) if c in _APOSTROPHE), -1)
        if cut > 0 and word[:cut].lower() in L.elisions and len(word) > cut + 1:
            out.append(_Tok(start, start + cut, word[:cut], word[:cut].lower(), elided=True))
            word, start = word[cut + 1 :], start + cut + 1
        out.append(_Tok(start, start + len(word), word, word.lower()))
    return out


def _joined(text: str, a: _Tok, b: _Tok) -> bool:
    """Two words next to each other: spaces only between them (no comma, no line break)."""
    if a.elided:
        return b.start - a.end == 1
    return bool(_GAP.fullmatch(text[a.end : b.start]))


ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "et", "en"})


def _upper(tok: _Tok) -> bool:
    """A capitalised word, or an Arabic name written with its article ('al-Qorra', 'el-Fasher')."""
    if tok.text[:1].isupper():
        return True
    head, _, rest = tok.text.partition("-")
    return head.lower() in ARTICLES and rest[:1].isupper()


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _strip_clitics(word: str, L: _Lang) -> tuple[tuple[str, int, bool], ...]:
    """Arabic-style clitic readings of a word: (rest, letters stripped, a locative prefix was one)."""
    return _clitic_readings(word, L.code) if L.prefixes else ()


@lru_cache(maxsize=50_000)
def _clitic_readings(word: str, code: str) -> tuple[tuple[str, int, bool], ...]:
    L = _lang(code)
    out: list[tuple[str, int, bool]] = []
    for p1 in ("", *L.prefixes):
        if p1 and not word.startswith(p1):
            continue
        rest1 = word[len(p1) :]
        for src, dst in L.rewrites.items():  # 'لل' is ل + ال
            if rest1.startswith(src) and len(rest1) - len(src) >= 2:
                out.append((dst + rest1[len(src) :], len(p1) + 1, True))
        for p2 in ("", *L.prefixes):
            if not (p1 or p2) or (p2 and not rest1.startswith(p2)):
                continue
            rest = rest1[len(p2) :]
            if len(rest) >= MIN_CHARS:
                locative = p1 in L.locative_prefixes or p2 in L.locative_prefixes
                out.append((rest, len(p1) + len(p2), locative))
    return tuple(out)


def _bare(word: str, L: _Lang) -> frozenset[str]:
    """A word and its clitic-stripped readings, lower-cased."""
    return _bare_forms(word, L.code)


@lru_cache(maxsize=50_000)
def _bare_forms(word: str, code: str) -> frozenset[str]:
    low = word.lower()
    return frozenset({low, *(r for r, _, _ in _strip_clitics(low, _lang(code)))})


def _phrase_at(
    text: str, toks: list[_Tok], lo: int, hi: int, phrases: tuple[tuple[str, ...], ...], L: _Lang
) -> bool:
    """One of ``phrases`` is the words toks[lo:hi] (its first word may carry clitics: 'بمدينة')."""
    if lo < 0 or hi > len(toks) or lo >= hi:
        return False
    window = toks[lo:hi]
    heads = _phrase_index(phrases)[0].get(tuple(t.low for t in window[1:]))
    if not heads:  # no phrase of this length ends in these words
        return False
    if any(not _joined(text, a, b) for a, b in zip(window, window[1:], strict=False)):
        return False
    firsts = _bare(window[0].text, L) if L.prefixes else {window[0].low}
    for first in heads:
        if first not in firsts:
            continue
        if len(window) == 1 and first in L.dotted and text[window[-1].end : window[-1].end + 1] != ".":
            continue
        return True
    return False


_PHRASE_INDEXES: dict[
    int, tuple[tuple[tuple[str, ...], ...], dict[tuple[str, ...], tuple[str, ...]], int]
] = {}


def _phrase_index(phrases: tuple[tuple[str, ...], ...]) -> tuple[dict[tuple[str, ...], tuple[str, ...]], int]:
    """``phrases`` by their words after the first (the key's length tells the phrase's), with the
    first words of each, and the longest phrase's length; built once per list."""
    hit = _PHRASE_INDEXES.get(id(phrases))
    if hit is None or hit[0] is not phrases:
        by_rest: dict[tuple[str, ...], list[str]] = {}
        for p in phrases:
            if p:
                by_rest.setdefault(tuple(p[1:]), []).append(p[0])
        hit = (phrases, {k: tuple(v) for k, v in by_rest.items()}, max((len(p) for p in phrases), default=0))
        _PHRASE_INDEXES[id(phrases)] = hit
    return hit[1], hit[2]


def _near(text: str, a: _Tok, b: _Tok) -> bool:
    """A cue word and the name after it: spaces or an opening quote between, no punctuation."""
    if a.elided:
        return b.start - a.end == 1
    gap = text[a.end : b.start]
    return len(gap) <= 3 and all(c in _CUE_GAP for c in gap)


def _before(text: str, toks: list[_Tok], i: int, phrases, L: _Lang, connectors: bool) -> bool:
    """One of ``phrases`` ends just before token ``i`` (connectors between allowed: 'ville de X')."""
    ends = [i]
    j = i
    while connectors and j > 0 and toks[j - 1].low in L.connectors and len(ends) < 3:
        j -= 1
        ends.append(j)
    if len(ends) > 1 and ends[-1] > 1 and L.cased and not _upper(toks[ends[-1] - 1]):
        adjective = ends[-1] - 1  # 'la ville ukrainienne de X': one word between the noun and 'de'
        if toks[adjective].low not in L.connectors and _near(text, toks[adjective - 1], toks[adjective]):
            ends.append(adjective)
    for e in ends:
        if e == 0 or not _near(text, toks[e - 1], toks[e]):
            continue
        n_max = _phrase_index(phrases)[1]
        if any(_phrase_at(text, toks, e - n, e, phrases, L) for n in range(1, n_max + 1)):
            return True
    return False


def _after(text: str, toks: list[_Tok], j: int, phrases, L: _Lang) -> bool:
    """One of ``phrases`` starts right after token ``j`` ('Полтавской области')."""
    if j + 1 >= len(toks) or not _near(text, toks[j], toks[j + 1]):
        return False
    n_max = _phrase_index(phrases)[1]
    return any(_phrase_at(text, toks, j + 1, j + 1 + n, phrases, L) for n in range(1, n_max + 1))


def _cue(text: str, toks: list[_Tok], i: int, L: _Lang, regions: bool = True) -> float:
    """How the words before token ``i`` place it: a place noun, a locative, or nothing."""
    if _before(text, toks, i, L.nouns, L, True) or (regions and _before(text, toks, i, L.regions, L, True)):
        return CUE_NOUN
    if _before(text, toks, i, L.locatives, L, False):
        return CUE_LOCATIVE
    return CUE_NONE


def _weight(ctx: DocContext, pos: int) -> float:
    first_line = ctx.text.find("\n")
    if 0 < first_line and pos < first_line:
        return TITLE_WEIGHT
    return LEAD_WEIGHT if pos < LEAD_CHARS else 1.0


def _can_start(tok: _Tok, L: _Lang) -> bool:
    if L.cased and not _upper(tok):
        return False
    return not (_bare(tok.text, L) & L.cue_words) and tok.low not in L.connectors and not tok.elided


def _mentions(ctx: DocContext, L: _Lang, gaz: Gazetteer) -> list[_Mention]:
    toks = _tokens(ctx.text, L)
    out: list[_Mention] = []
    i = 0
    while i < len(toks):
        found = _mention_at(ctx, toks, i, L, gaz) if _can_start(toks[i], L) else None
        if found is None and _can_start(toks[i], L):
            found = _unknown_at(ctx, toks, i, L)
        if found is None:
            i += 1
            continue
        m, nxt = found
        if _capital_article(ctx.text, toks, i, L):  # 'la vereda El Tambillo': the article is the name's
            m.start = toks[i - 1].start
            m.text = ctx.text[m.start : m.end]
        m.region = (
            m.region
            or _before(ctx.text, toks, i, L.regions, L, True)
            or (_after(ctx.text, toks, nxt - 1, L.regions, L) and not _locative_word(toks, nxt, L))
        )
        m.reference = bool(L.references) and _before(ctx.text, toks, i, L.references, L, True)
        out.append(m)
        i = nxt
    return out


def _run_ok(text: str, run: list[_Tok], L: _Lang) -> bool:
    if any(not _joined(text, a, b) for a, b in zip(run, run[1:], strict=False)):
        return False
    if L.cased:
        return _upper(run[-1]) and all(_upper(t) or t.low in L.connectors for t in run)
    return True


def _mention_at(
    ctx: DocContext, toks: list[_Tok], i: int, L: _Lang, gaz: Gazetteer
) -> tuple[_Mention, int] | None:
    text = ctx.text
    first = toks[i]
    for n in range(MAX_WORDS, 0, -1):
        j = i + n - 1
        if j >= len(toks) or not _run_ok(text, toks[i : j + 1], L):
            continue
        if n == 1 and len(first.text) < MIN_CHARS:
            continue
        if (
            n > 1
            and not L.cased
            and any(_bare(t.text, L) & (L.stop | L.cue_words) for t in toks[i + 1 : j + 1])
        ):
            continue  # a name does not run on over 'في' or 'مدينة'
        phrase = text[first.start : toks[j].end]
        readings: list[tuple[str, int, bool]] = [(phrase, 0, False)]
        if L.prefixes:
            readings += [
                (r + phrase[len(first.text) :], k, loc) for r, k, loc in _strip_clitics(first.text, L)
            ]
        for reading, skip, locative in readings:
            key = name_key(reading)
            if not key or len(key.replace(" ", "")) < MIN_CHARS:
                continue
            country = L.countries.get(key)
            found = () if country else gaz.find(reading)
            if not country and not found and n > 1 and L.cased:
                # a name of several words spelt another way ('Qorba Vellmarska' for 'Qorba Velmarskaya'): one skeleton
                found = tuple(Found(p, None, False, False) for p in gaz.lookup(reading) if p.kind == "city")
            if not country and not found:
                continue
            start = first.start + skip
            m = _Mention(start, toks[j].end, text[start : toks[j].end], found=found, country=country)
            m.weight = _weight(ctx, start)
            word_cue = _cue(text, toks, i, L)
            m.cue = max(word_cue, CUE_LOCATIVE if locative else CUE_NONE)
            m.settled = bool(country) and skip == 0 and _before(text, toks, i, L.nouns, L, True)
            m.prefixed = n == 1 and not L.cased and locative and word_cue < CUE_LOCATIVE
            bare = reading.split(" ")[0].lower()
            m.common = n == 1 and (
                first.low in L.stop
                or bare in L.stop
                or (L.cased and _sentence_start(text, first.start) and not country)
            )
            if n == 1 and not country and L.cased and _named_person(text, toks, j, L):
                return None  # 'Александр Кворбов': a first name, not the town it also names
            if n == 1 and not country and L.cased and first.text.isupper():
                return None  # an acronym ('RNDH') that some place is also called
            return m, j + 1
    return None


def _capital_article(text: str, toks: list[_Tok], i: int, L: _Lang) -> bool:
    """A capitalised connector inside a sentence right after a place noun begins the name after it
    ('la colonia Las Qorbas', 'la vereda El Qorbal', 'le village de La Qorbe')."""
    if not L.cased or i < 2:
        return False
    art = toks[i - 1]
    return (
        art.text[:1].isupper()
        and art.low in L.connectors
        and _joined(text, art, toks[i])
        and not _sentence_start(text, art.start)
        and _cue(text, toks, i - 1, L, regions=False) == CUE_NOUN
    )


def _locative_word(toks: list[_Tok], k: int, L: _Lang) -> bool:
    """Token ``k`` carries a locative clitic ('بولاية'): 'X بولاية Y' puts X in the region Y,
    it does not call X a region."""
    if k >= len(toks):
        return False
    word = toks[k].text
    firsts = {p[0] for p in L.regions}
    return word.lower() not in firsts and any(
        loc and rest in firsts for rest, _n, loc in _strip_clitics(word, L)
    )


def _placed_noun(text: str, toks: list[_Tok], i: int, L: _Lang) -> bool:
    """The place noun before token ``i`` follows a locative ('в селе X', 'dans le village de X'):
    the words after it name where something happened, not a person ('глава села X')."""
    k = i
    while k > 0 and toks[k - 1].low in L.connectors and i - k < 2:
        k -= 1  # 'village de X'
    n_max = _phrase_index(L.nouns)[1]
    for n in range(1, n_max + 1):
        lo = k - n
        if _phrase_at(text, toks, lo, k, L.nouns, L):
            if _before(text, toks, lo, L.locatives, L, False):
                return True
            # one article between ('dans le village', 'en la vereda')
            return (
                lo > 1 and toks[lo - 1].low in L.stop and _before(text, toks, lo - 1, L.locatives, L, False)
            )
    return False


def _camel(word: str) -> bool:
    return any(c.isupper() for c in word[1:]) and not any(c in "-'’" for c in word)


def _named_person(text: str, toks: list[_Tok], j: int, L: _Lang) -> bool:
    """A one-word name followed by a capitalised word (not a country, a cue word or a region's
    adjective): a person's first name and surname."""
    if j + 1 >= len(toks) or not _joined(text, toks[j], toks[j + 1]):
        return False
    nxt = toks[j + 1]
    if not _upper(nxt) or nxt.text.isupper() or _bare(nxt.text, L) & L.cue_words:
        return False
    if _after(text, toks, j + 1, L.regions, L):
        return False  # 'Лубни Полтавської області': the next word names the region
    return name_key(nxt.text) not in L.countries  # 'Daniel Ortega', though both words name towns


def _unknown_cue(cue: float, L: _Lang) -> bool:
    """A cue that makes a name the gazetteer lacks a place: a place noun, or a locative in a cased
    script whose nouns are not all capitalised."""
    return cue == CUE_NOUN or (cue == CUE_LOCATIVE and L.cased and not L.capitalised_nouns)


def _unknown_at(ctx: DocContext, toks: list[_Tok], i: int, L: _Lang) -> tuple[_Mention, int] | None:
    """A name the gazetteer lacks, right after a place noun (or, in a cased script whose nouns are
    not all capitalised, a locative); never an acronym."""
    text = ctx.text
    cue = _cue(text, toks, i, L, regions=False)
    if not _unknown_cue(cue, L):
        return None
    first = toks[i]
    head = bool(_bare(first.text, L) & L.heads)  # 'أم دقيقة': a name's first word, though a stop word
    if (_bare(first.text, L) & L.stop and not head) or (
        L.cased and (first.text.isupper() or _camel(first.text))
    ):
        return None  # an acronym or a brand ('AlterPresse'), not a village
    if i and script_of(first.text) != script_of(toks[i - 1].text):
        return None  # a word in another script than its cue ('в Telegram'): a brand, not a village
    j = i
    if L.cased:
        while (
            j + 1 < len(toks)
            and j + 1 - i < MAX_UNKNOWN_WORDS
            and _run_ok(text, toks[i : j + 2], L)
            and not (_bare(toks[j + 1].text, L) & L.cue_words)
            and not toks[j + 1].text.isupper()  # an acronym ('ОВА') is not part of the name
            and not _after(text, toks, j + 1, L.regions, L)  # nor the region's adjective
            and (
                toks[j].low in L.connectors
                or toks[j + 1].low in L.connectors
                or len(toks[j].text) <= SHORT_WORD
            )
        ):
            j += 1  # 'Qorb da Praia', 'Wad Vellmar'; not 'Village Firstname Surname'
        while j > i and toks[j].low in L.connectors:
            j -= 1
    elif (
        j + 1 < len(toks)
        and _joined(text, toks[j], toks[j + 1])
        and (head or toks[j + 1].text.startswith(("ال", "أل")))
        and not (_bare(toks[j + 1].text, L) & (L.stop | L.cue_words))
    ):
        j += 1  # 'دير البلح': a second word with the article; 'أم دقيقة': after a name's head
    if j == i and len(first.text) < MIN_CHARS:
        return None
    if j == i and L.cased and _named_person(text, toks, j, L):
        if not _placed_noun(text, toks, i, L):
            return None  # 'the mayor of the city Firstname Surname': a person, not a village
        j += 1  # 'в селе Новая Балка': a place noun after a locative names the place, in two words
    m = _Mention(first.start, toks[j].end, text[first.start : toks[j].end], cue=cue, known=False)
    m.weight = _weight(ctx, first.start)
    return m, j + 1


@cache
def _demonyms(code: str) -> dict[str, str]:
    """Word form -> ISO of the language's demonyms (the actors pack's table), lower-cased; in a
    cased script only forms written in lower case (not acronyms or country names in a case form)."""
    table = load_pack(code).table("actors", "demonyms")
    cased = code not in UNCASED
    out: dict[str, str] = {}
    for iso, forms in table.items():
        for form in forms if isinstance(forms, list) else ():
            if " " in form or "*" in form or (cased and not form[:1].islower()):
                continue
            out.setdefault(form.lower(), str(iso))
    return out


def _demonym_votes(ctx: DocContext, L: _Lang) -> dict[str, float]:
    """Each demonym ('libanais', 'اللبنانية') votes weakly for its country, weighted by position."""
    forms = _demonyms(L.code)
    votes: defaultdict[str, float] = defaultdict(float)
    if forms:
        for m in _WORD.finditer(ctx.text):
            iso = forms.get(m.group().lower())
            if iso:
                votes[iso] += DEMONYM_VOTE * _weight(ctx, m.start())
    return votes


def _report_country(mentions: list[_Mention], L: _Lang, extra: dict[str, float] | None = None) -> str | None:
    votes: defaultdict[str, float] = defaultdict(float, extra or {})
    size: dict[str, int] = {}
    for m in mentions:
        if m.common and m.cue == CUE_NONE:
            continue
        if m.country:
            if not m.settled:  # 'el municipio de Argelia': a town, no vote for the country
                votes[m.country] += COUNTRY_VOTE * m.cue * m.weight
            continue
        places = [f for f in m.found if not f.small and not f.inflected] or list(m.found)
        if (m.cue == CUE_NONE or m.prefixed) and (not L.cased or L.capitalised_nouns):
            places = [f for f in places if f.place.population >= BIG_PLACE]  # common words abound
        if m.region:  # a region votes for a province of that name, or a big city it is named after
            places = [f for f in places if f.place.kind == "admin1" or f.place.population >= BIG_PLACE]
        countries = {f.place.country for f in places}
        if not countries:
            continue
        for f in places:
            size[f.place.country] = max(size.get(f.place.country, 0), f.place.population)
        for c in countries:
            sure = any(
                f.place.population >= SURE_PLACE or f.place.kind == "admin1"
                for f in places
                if f.place.country == c
            )
            votes[c] += m.cue * m.weight / len(countries) * (1.0 if sure else 0.5)
    if not votes:
        return None
    return max(sorted(votes), key=lambda c: (votes[c], size.get(c, 0)))  # a tie: the bigger place


def _choose(m: _Mention, top: str | None, L: _Lang) -> Found | None:
    """The place a mention names: one in the report's country; abroad only a cued or big one."""
    if m.common and m.cue == CUE_NONE:
        return None
    found = m.found
    if m.region:
        found = tuple(f for f in found if f.place.kind != "country")
    home = [f for f in found if top and f.place.country == top]
    biggest = max((f.place.population for f in found), default=0)
    home_size = max((f.place.population for f in home), default=0)
    if home_size and home_size * FAR_BIGGER < biggest:  # a namesake of unknown size is not outweighed
        home = []  # 'New York': not the hamlet of that name in the report's country
    pool = [f for f in (home or list(found)) if not f.small or m.cue > CUE_NONE]
    if not pool:
        return None
    best = min(
        pool,
        key=lambda f: (
            f.inflected,
            f.small,
            f.place.kind != "admin1" if m.region else 0,
            -f.place.population,
        ),
    )
    one_word = " " not in m.text.strip()
    if (not L.cased or L.capitalised_nouns) and one_word and m.cue == CUE_NONE:
        if best.place.kind == "city" and best.place.population < BIG_PLACE:
            return None  # one uncased (or German capitalised) word with no cue: often a common word
    if home or top is None:
        return best
    if best.place.kind == "country" or (m.cue > CUE_NONE and best.place.population >= BIG_PLACE):
        return best
    return None


def _location(
    m: _Mention, p: Place | None, form: str | None, country: str | None, admin1: str | None
) -> Location:
    if p is None:
        return Location(
            name=m.text,
            admin1=admin1,
            country=country,
            kind="admin1" if m.region else "place",
            text=m.text,
            span=Span(m.start, m.end),
        )
    name = form or m.text
    aliases = tuple(dict.fromkeys(a for a in (m.text, p.name) if a and a != name))
    return Location(
        name=name,
        admin1=p.admin1,
        country=p.country,
        lat=None if m.region and p.kind == "city" else p.lat,
        lon=None if m.region and p.kind == "city" else p.lon,
        kind="admin1" if m.region else p.kind,
        text=m.text,
        span=Span(m.start, m.end),
        aliases=aliases,
    )


@dataclass
class _Candidate:
    mention: _Mention  # the first mention
    place: Place | None
    form: str | None
    score: float = 0.0

    @property
    def town(self) -> bool:
        return not self.mention.region and (self.place is None or self.place.kind == "city")


def find_places(ctx: DocContext) -> tuple[Location, ...]:
    """The report's places: the incident's most specific place first, its country last."""
    L = _lang(ctx.language or "")
    gaz = get_gazetteer()
    mentions = _mentions(ctx, L, gaz)
    if not mentions:
        return ()
    region_keys = {name_key(m.text) for m in mentions if m.region}
    for m in mentions:  # a name the text calls a region is a region wherever it appears
        m.region = m.region or name_key(m.text) in region_keys
    top = _report_country(mentions, L, _demonym_votes(ctx, L))
    cands: dict[tuple, _Candidate] = {}
    named_country: _Mention | None = None
    for m in mentions:
        if m.country and m.settled and m.country != top and top:
            # 'la vereda X, del municipio de Argelia' in a report on Colombia: a town, not Algeria
            m.known, m.country = False, None
            c = cands.setdefault(("?", name_key(m.text), False), _Candidate(m, None, None))
            c.score += m.score * UNKNOWN_FACTOR
            continue
        if m.country:
            if m.country == top and named_country is None:
                named_country = m
            continue
        if not m.known:
            if m.region:
                continue  # a region the gazetteer lacks ('Полтавської області'): not the place
            key: tuple = ("?", name_key(m.text), m.region)
            c = cands.setdefault(key, _Candidate(m, None, None))
            c.score += m.score * (UNKNOWN_FACTOR if m.cue == CUE_NOUN else UNKNOWN_FACTOR / 2)
            continue
        f = _choose(m, top, L)
        if f is None and _unknown_cue(m.cue, L) and not m.region and top:
            # 'the village of X', 'attacked in X' named only abroad: a place the gazetteer lacks
            m.known = False
            c = cands.setdefault(("?", name_key(m.text), False), _Candidate(m, None, None))
            c.score += m.score * (UNKNOWN_FACTOR if m.cue == CUE_NOUN else UNKNOWN_FACTOR / 2)
            continue
        if f is None:
            continue
        if f.place.kind == "country":
            if f.place.country == top and named_country is None:
                named_country = m
            continue
        key = (f.place.name, f.place.country, f.place.kind, f.place.lat, m.region)
        c = cands.setdefault(key, _Candidate(m, f.place, f.form))
        c.score += m.score
    country = top or next((c.place.country for c in cands.values() if c.place), None)
    ranked = sorted(cands.values(), key=lambda c: (-c.score, c.mention.start))
    ranked = [c for c in ranked if c.place is None or c.place.country == country or not country]
    towns = [c for c in ranked if c.town]
    regions = [c for c in ranked if not c.town]
    lead = towns[0] if towns and (not regions or towns[0].score >= regions[0].score / 2) else None
    order = ([lead] if lead else []) + [c for c in towns if c is not lead][:MAX_OTHER_TOWNS]
    order += regions[:2]
    out = [_location(c.mention, c.place, c.form, country, _admin1_near(c, ranked)) for c in order]
    if country:
        out.append(_country(country, named_country, L, gaz))
    return tuple(out)


def _admin1_near(c: _Candidate, ranked: list[_Candidate]) -> str | None:
    """The region of a name the gazetteer lacks: that of the next known place after it."""
    if c.place is not None:
        return c.place.admin1
    after = [o for o in ranked if o.place is not None and o.mention.start > c.mention.start]
    nearest = min(after, key=lambda o: o.mention.start, default=None)
    if nearest is None or nearest.mention.start - c.mention.end > 120:
        return None
    return nearest.place.admin1 if nearest.place else None


def _country(iso: str, m: _Mention | None, L: _Lang, gaz: Gazetteer) -> Location:
    english = gaz.country(iso)
    name = L.country_names.get(iso) or (english.name if english else iso)
    found = [m.text if m else "", english.name if english else ""]
    aliases = tuple(a for a in dict.fromkeys(found) if a and a != name)
    return Location(
        name=name,
        country=iso,
        kind="country",
        text=m.text if m else "",
        span=Span(m.start, m.end) if m else None,
        aliases=aliases,
    )
